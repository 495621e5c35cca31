//! Lookups of the generated enums against the alternatives, in one run: a hand-written `match`,
//! std's `HashMap` and `phf`. Each iteration does 1 024 lookups (four in five hit); criterion
//! reports the time per iteration and the throughput in lookups per second.

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, Throughput, criterion_group, criterion_main};
use oauth_errors_benches::{qq, t10, t30, t100, t300, t1000, t10000, weibo};
use std::collections::HashMap;
use std::fmt::Write as _;
use std::hint::black_box;
use std::time::Duration;

/// One table's data and implementations, whatever its module.
struct Table {
    name: &'static str,
    codes: &'static [i32],
    errors: &'static [&'static str],
    phf_codes: &'static phf::Map<i32, usize>,
    phf_errors: &'static phf::Map<&'static str, usize>,
    code_probes: &'static [i32],
    error_probes: &'static [&'static str],
    row_probes: &'static [usize],
}

macro_rules! table {
    ($name:ident) => {
        Table {
            name: stringify!($name),
            codes: &$name::CODES,
            errors: &$name::ERRORS,
            phf_codes: &$name::PHF_CODES,
            phf_errors: &$name::PHF_ERRORS,
            code_probes: &$name::CODE_PROBES,
            error_probes: &$name::ERROR_PROBES,
            row_probes: &$name::ROW_PROBES,
        }
    };
}

fn group(c: &mut Criterion, name: String) -> BenchmarkGroup<'_, WallTime> {
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Elements(1_024));
    group.measurement_time(Duration::from_secs(2));
    group.warm_up_time(Duration::from_millis(500));
    group
}

/// `from_code`, `from_error`, `description` and `Display` of one table.
macro_rules! lookups {
    ($c:expr, $module:ident, errors: $errors:tt) => {{
        let table = table!($module);
        let by_code: HashMap<i32, usize> =
            table.codes.iter().enumerate().map(|(row, &code)| (code, row)).collect();
        let mut g = group($c, format!("from_code/{}", table.name));
        g.bench_function("oauth_errors", |b| {
            b.iter(|| table.code_probes.iter().filter(|&&code| $module::Ours::from_code(black_box(code)).is_some()).count())
        });
        g.bench_function("match", |b| {
            b.iter(|| table.code_probes.iter().filter(|&&code| $module::Hand::from_code(black_box(code)).is_some()).count())
        });
        g.bench_function("HashMap", |b| {
            b.iter(|| table.code_probes.iter().filter(|&&code| by_code.get(&black_box(code)).is_some()).count())
        });
        g.bench_function("phf", |b| {
            b.iter(|| table.code_probes.iter().filter(|&&code| table.phf_codes.get(&black_box(code)).is_some()).count())
        });
        g.finish();

        lookups!(@errors $errors, $c, $module, table);

        let ours: Vec<$module::Ours> = table.row_probes.iter().map(|&row| $module::Ours::ALL[row]).collect();
        let hand: Vec<$module::Hand> = table.row_probes.iter().map(|&row| $module::Hand::ALL[row]).collect();
        let mut g = group($c, format!("description/{}", table.name));
        g.bench_function("oauth_errors", |b| {
            b.iter(|| ours.iter().map(|&error| black_box(error).description().len()).sum::<usize>())
        });
        g.bench_function("match", |b| {
            b.iter(|| hand.iter().map(|&error| black_box(error).description().len()).sum::<usize>())
        });
        g.finish();

        let mut g = group($c, format!("display/{}", table.name));
        let mut text = String::with_capacity(256);
        g.bench_function("oauth_errors", |b| {
            b.iter(|| ours.iter().map(|error| { text.clear(); write!(text, "{}", black_box(error)).unwrap(); text.len() }).sum::<usize>())
        });
        g.bench_function("match", |b| {
            b.iter(|| hand.iter().map(|error| { text.clear(); write!(text, "{}", black_box(error)).unwrap(); text.len() }).sum::<usize>())
        });
        g.finish();
    }};
    (@errors true, $c:expr, $module:ident, $table:ident) => {{
        let by_error: HashMap<&str, usize> =
            $table.errors.iter().enumerate().map(|(row, &error)| (error, row)).collect();
        let mut g = group($c, format!("from_error/{}", $table.name));
        g.bench_function("oauth_errors", |b| {
            b.iter(|| $table.error_probes.iter().filter(|&&error| $module::Ours::from_error(black_box(error)).is_some()).count())
        });
        g.bench_function("match", |b| {
            b.iter(|| $table.error_probes.iter().filter(|&&error| $module::Hand::from_error(black_box(error)).is_some()).count())
        });
        g.bench_function("HashMap", |b| {
            b.iter(|| $table.error_probes.iter().filter(|&&error| by_error.get(black_box(error)).is_some()).count())
        });
        g.bench_function("phf", |b| {
            b.iter(|| $table.error_probes.iter().filter(|&&error| $table.phf_errors.get(black_box(error)).is_some()).count())
        });
        g.finish();
    }};
    (@errors false, $c:expr, $module:ident, $table:ident) => {{
        let _ = &$table.phf_errors;
        let _ = &$table.error_probes;
    }};
}

fn benches(c: &mut Criterion) {
    lookups!(c, weibo, errors: true);
    lookups!(c, qq, errors: false);
    lookups!(c, t10, errors: true);
    lookups!(c, t30, errors: true);
    lookups!(c, t100, errors: true);
    lookups!(c, t300, errors: true);
    lookups!(c, t1000, errors: true);
    lookups!(c, t10000, errors: true);
}

criterion_group!(lookup, benches);
criterion_main!(lookup);
