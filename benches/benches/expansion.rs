//! The macro's expansion as a plain function (parse the input, parse and validate the table,
//! expand) on tables of 10 to 10 000 rows: its time per row should stay flat (linear growth).

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use oauth_errors_benches::{TABLES, expand_table};
use std::hint::black_box;
use std::time::Duration;

fn expansion(c: &mut Criterion) {
    let mut group = c.benchmark_group("expansion");
    group.measurement_time(Duration::from_secs(5));
    for (rows, table) in TABLES {
        group.throughput(Throughput::Elements(rows as u64));
        group.bench_with_input(BenchmarkId::from_parameter(rows), table, |b, table| {
            b.iter(|| expand_table(black_box(table)));
        });
    }
    group.finish();
}

criterion_group!(benches, expansion);
criterion_main!(benches);
