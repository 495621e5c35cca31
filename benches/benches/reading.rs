//! Reading tables that make a careless reader slow, as the macro does (parse, validate, render
//! every problem): a long cell of markup, from 8 to 64 KiB (the longest read as Markdown), and a
//! 1 MiB row repeated 50 to 400 times (every copy a duplicate). Time per byte should stay flat
//! (linear growth) in both.
//!
//! The macro runs unoptimized, like every proc macro in a debug build; run this both ways:
//!
//! ```text
//! cargo bench -p oauth-errors-benches --bench reading                 # optimized
//! cargo bench -p oauth-errors-benches --bench reading --profile dev   # as the macro runs
//! ```

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use oauth_errors_benches::{check_and_report, long_cell_table, repeated_row_table};
use std::hint::black_box;
use std::time::Duration;

/// The cells: what each repeats. `a` + underscores + `b` was quadratic (a run of underscores
/// looked at again for each of its underscores).
const PIECES: [(&str, &str); 6] = [
    ("underscores", "_"),
    ("emphasis", "*a"),
    ("code_spans", "`a"),
    ("links", "[a]("),
    ("tags", "<a "),
    ("entities", "&amp"),
];

fn long_cells(c: &mut Criterion) {
    let mut group = c.benchmark_group("long_cell");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(2));
    for (name, piece) in PIECES {
        for kib in [8, 16, 32, 64] {
            let table = if name == "underscores" {
                long_cell_table(&format!("a{}b", "_".repeat(kib * 1024 - 2)), kib * 1024)
            } else {
                long_cell_table(piece, kib * 1024)
            };
            group.throughput(Throughput::Bytes(table.len() as u64));
            group.bench_with_input(BenchmarkId::new(name, kib), &table, |b, table| {
                b.iter(|| check_and_report(black_box(table)));
            });
        }
    }
    group.finish();
}

fn repeated_rows(c: &mut Criterion) {
    let mut group = c.benchmark_group("repeated_row");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(10));
    for rows in [50, 100, 200, 400] {
        let table = repeated_row_table(rows, 1024 * 1024);
        group.throughput(Throughput::Bytes(table.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(rows), &table, |b, table| {
            b.iter(|| check_and_report(black_box(table)));
        });
    }
    group.finish();
}

criterion_group!(benches, long_cells, repeated_rows);
criterion_main!(benches);
