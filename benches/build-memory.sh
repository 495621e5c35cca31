#!/usr/bin/env bash
# Peak memory and time of `cargo build` of a crate that declares one error table of N rows
# (code, error id and description columns; names derived from the ids), two ways:
#   macro  oauth_errors::oauth_error_table! (this repository's crates)
#   hand   the same enum and API written by hand: `#[derive(Debug, Clone, Copy, PartialEq, Eq,
#          Hash)]` and a `match` per method, as one writes it without a macro
# For each size and way it builds the crate's dependencies first, then measures a debug build of
# the crate alone with GNU time (`/usr/bin/time -v`: the peak resident set of the largest
# process, rustc, and the wall time). Prints a Markdown table.
#
#   benches/build-memory.sh                            # 1 000 … 50 000 rows, both ways
#   SIZES="10000" WAYS="macro" benches/build-memory.sh
#   LIMIT_GB=12 benches/build-memory.sh                # stop a build above 12 GB (default 20)
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
sizes=${SIZES:-1000 5000 10000 20000 50000}
ways=${WAYS:-macro hand}
limit_gb=${LIMIT_GB:-20}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" "$repo" "$sizes" <<'PY'
import os, random, sys
work, repo, sizes = sys.argv[1], sys.argv[2], [int(size) for size in sys.argv[3].split()]
words = ["invalid", "expired", "token", "grant", "client", "scope", "request", "denied",
         "redirect", "uri", "access", "refresh", "code", "app", "key", "secret", "user", "rate"]

def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as file:
        file.write(text)

def camel(id):
    return "".join(word.capitalize() for word in id.split("_"))

members = []
for rows in sizes:
    rng = random.Random(rows)
    codes = rng.sample(range(100000, 10000000), rows)
    ids, seen = [], set()
    while len(ids) < rows:
        candidate = "_".join(rng.choice(words) for _ in range(rng.randint(2, 4))) + f"_{rng.randint(0, 99999)}"
        if candidate not in seen and camel(candidate) not in seen:
            seen.update((candidate, camel(candidate)))
            ids.append(candidate)
    descriptions = [f"错误描述 {i}: access token过期" for i in range(rows)]
    rows_of = list(zip(codes, ids, descriptions))
    main = "fn main() {\n    let code: i32 = std::env::args().count().try_into().unwrap_or(0);\n    if let Ok(error) = E::try_from(code) {\n        println!(\"{error:?} {error} {}\", error.description());\n    }\n    println!(\"{}\", E::ALL.len());\n}\n"

    table = "| code | error | description |\n| --- | --- | --- |\n" + "".join(
        f"| {c} | {i} | {d} |\n" for c, i, d in rows_of)
    members.append(f"macro-{rows}")
    write(f"{work}/macro-{rows}/Cargo.toml", f'[package]\nname = "macro-{rows}"\nversion = "0.1.0"\nedition = "2024"\n\n[dependencies]\noauth-errors = {{ path = "{repo}/oauth-errors", default-features = false }}\n')
    write(f"{work}/macro-{rows}/src/main.rs",
          "oauth_errors::oauth_error_table! {\n    pub enum E {\n        r#\"\n" + table + "\"#\n    }\n}\n" + main)

    arms = lambda f: "".join(f(c, camel(i), i, d) for c, i, d in rows_of)
    hand = f'''#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum E {{
{"".join(f"    {camel(i)},{chr(10)}" for _, i, _ in rows_of)}}}
impl E {{
    pub const ALL: &'static [E] = &[{", ".join(f"E::{camel(i)}" for _, i, _ in rows_of)}];
    pub const fn description(self) -> &'static str {{ match self {{ {arms(lambda c, n, i, d: f'E::{n} => "{d}", ')} }} }}
    pub const fn error(self) -> &'static str {{ match self {{ {arms(lambda c, n, i, d: f'E::{n} => "{i}", ')} }} }}
    pub const fn code(self) -> i32 {{ match self {{ {arms(lambda c, n, i, d: f"E::{n} => {c}, ")} }} }}
    pub const fn from_code(code: i32) -> Option<E> {{ match code {{ {arms(lambda c, n, i, d: f"{c} => Some(E::{n}), ")} _ => None }} }}
    pub fn from_error(error: &str) -> Option<E> {{ match error {{ {arms(lambda c, n, i, d: f'"{i}" => Some(E::{n}), ')} _ => None }} }}
}}
impl std::fmt::Display for E {{
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {{
        f.pad(match self {{ {arms(lambda c, n, i, d: f'E::{n} => "{i} ({c}): {d}", ')} }})
    }}
}}
impl std::error::Error for E {{}}
impl TryFrom<i32> for E {{ type Error = i32; fn try_from(code: i32) -> Result<E, i32> {{ E::from_code(code).ok_or(code) }} }}
impl std::str::FromStr for E {{ type Err = (); fn from_str(s: &str) -> Result<E, ()> {{ E::from_error(s).ok_or(()) }} }}
'''
    members.append(f"hand-{rows}")
    write(f"{work}/hand-{rows}/Cargo.toml", f'[package]\nname = "hand-{rows}"\nversion = "0.1.0"\nedition = "2024"\n')
    write(f"{work}/hand-{rows}/src/main.rs", hand + main)

write(f"{work}/Cargo.toml", "[workspace]\nmembers = [" + ", ".join(f'"{m}"' for m in members) + ']\nresolver = "3"\n')
PY

cd "$work"
export CARGO_TARGET_DIR="$work/target"
export CARGO_TERM_COLOR=never
cargo build -q -p oauth-errors

echo "Peak memory and time of \`cargo build\` (debug) of one crate holding one table, on $(nproc) cores ($(rustc --version))"
echo
echo "| rows | way | wall time | peak RSS |"
echo "| ---: | --- | ---: | ---: |"
for rows in $sizes; do
    for way in $ways; do
        report="$work/time-$way-$rows.txt"
        status=0
        (ulimit -v $((limit_gb * 1024 * 1024)); /usr/bin/time -v -o "$report" \
            cargo build -q -p "$way-$rows" >"$work/build-$way-$rows.log" 2>&1) || status=$?
        wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$report")
        kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$report")
        peak=$(awk -v kb="$kb" 'BEGIN { printf "%.2f GB", kb / 1024 / 1024 }')
        if [ "$status" -ne 0 ]; then
            peak="$peak (failed: over ${limit_gb} GB of address space, or an error; see below)"
            tail -3 "$work/build-$way-$rows.log" >&2
        fi
        echo "| $rows | $way | $wall | $peak |"
        # Free the disk: the next size builds from scratch anyway.
        rm -rf "$CARGO_TARGET_DIR/debug/deps/${way//-/_}_$rows"* "$CARGO_TARGET_DIR/debug/incremental/$way-$rows"*
    done
done
