#!/usr/bin/env python3
"""Summarizes the criterion results of the benchmarks crate as Markdown: time per operation and
ratios against the alternatives measured in the same run.

    cargo bench -p oauth-errors-benches
    python3 benches/report.py            # reads target/criterion

Each lookup benchmark iteration does 1 024 operations; times are criterion's median estimate of
an iteration divided by 1 024.
"""

import json
import os
import sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.join("target", "criterion")
TABLES = [
    ("weibo", 11),
    ("qq", 83),
    ("t10", 10),
    ("t30", 30),
    ("t100", 100),
    ("t300", 300),
    ("t1000", 1000),
    ("t10000", 10000),
]
OPERATIONS = ["from_code", "from_error", "description", "display"]
ALTERNATIVES = ["match", "HashMap", "phf"]


def median(group, function):
    path = os.path.join(ROOT, group, function, "new", "estimates.json")
    if not os.path.exists(path):
        return None
    with open(path) as file:
        return json.load(file)["median"]["point_estimate"]


def cell(value):
    return "" if value is None else f"{value:.2f}"


def ratio(ours, other):
    return "" if ours is None or other is None else f"{ours / other:.2f}×"


def lookups():
    out = []
    for operation in OPERATIONS:
        rows = []
        for table, size in TABLES:
            group = f"{operation}_{table}"
            ours = median(group, "oauth_errors")
            if ours is None:
                continue
            times = {name: median(group, name) for name in ALTERNATIVES}
            per = lambda value: None if value is None else value / 1024
            rows.append(
                f"| {table} | {size} | {cell(per(ours))} | "
                + " | ".join(cell(per(times[name])) for name in ALTERNATIVES)
                + f" | {ratio(ours, times['match'])} | {ratio(ours, times['HashMap'])} |"
            )
        if rows:
            out.append(f"### `{operation}` (ns per operation)\n")
            out.append("| table | rows | oauth-errors | match | HashMap | phf | ours ÷ match | ours ÷ HashMap |")
            out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
            out.extend(rows)
            out.append("")
    return out


def expansion():
    rows = []
    for size in (10, 30, 100, 300, 1000, 10000):
        time = median("expansion", str(size))
        if time is not None:
            rows.append(f"| {size} | {time / 1e6:.3f} | {time / size / 1e3:.2f} |")
    if not rows:
        return []
    return [
        "### The macro's expansion (parse, validate, expand)\n",
        "| rows | ms per table | µs per row |",
        "| ---: | ---: | ---: |",
        *rows,
        "",
    ]


if __name__ == "__main__":
    print("\n".join(lookups() + expansion()))
