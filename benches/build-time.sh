#!/usr/bin/env bash
# Build times of a crate that declares a 2 000-row error table three ways:
#   macro  oauth_errors::oauth_error_table! (this repository's crates)
#   hand   the same API written by hand: an enum and a `match` per method
#   strum  the enum with strum and num_enum derives (EnumString, IntoStaticStr, EnumMessage,
#          Display, VariantArray, TryFromPrimitive, IntoPrimitive)
# It measures the edit loop (touch src/main.rs, then an incremental debug build) and a release
# build of the crate (its dependencies built already), takes the median of several runs, and
# prints the times and the ratios. Run it from anywhere; it builds in a temporary directory.
#
#   benches/build-time.sh              # 2 000 rows, 5 runs
#   ROWS=500 RUNS=3 benches/build-time.sh
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
rows=${ROWS:-2000}
runs=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" "$repo" "$rows" <<'PY'
import os, random, sys
work, repo, rows = sys.argv[1], sys.argv[2], int(sys.argv[3])
rng = random.Random(2000)
codes = rng.sample(range(100000, 1000000), rows)
words = ["invalid", "expired", "token", "grant", "client", "scope", "request", "denied",
         "redirect", "uri", "access", "refresh", "code", "app", "key", "secret", "user", "rate"]
ids, seen = [], set()
while len(ids) < rows:
    candidate = "_".join(rng.choice(words) for _ in range(rng.randint(2, 4))) + f"_{rng.randint(0, 99)}"
    if candidate not in seen:
        seen.add(candidate)
        ids.append(candidate)
descriptions = [f"错误描述 {i}: access token过期" for i in range(rows)]
names = [f"V{i}" for i in range(rows)]

def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as file:
        file.write(text)

write(f"{work}/Cargo.toml", '[workspace]\nmembers = ["macro", "hand", "strum"]\nresolver = "2"\n')
# Package names that clash with no dependency: the crates are built by name.
main = '''
fn main() {
    let arg = std::env::args().nth(1).unwrap_or_default();
    let by_code = arg.parse::<i32>().ok().and_then(|code| E::try_from(code).ok());
    let by_id: Option<E> = arg.parse().ok();
    if let Some(error) = by_code.or(by_id) {
        println!("{error} {} {}", DESCRIPTION(error), CODE(error));
    }
    println!("{}", ALL_LEN);
}
'''

# macro
table = "| code | name | error | description |\n| --- | --- | --- | --- |\n" + "".join(
    f"| {c} | {n} | {i} | {d} |\n" for c, n, i, d in zip(codes, names, ids, descriptions))
write(f"{work}/macro/Cargo.toml", f'[package]\nname = "with-macro"\nversion = "0.1.0"\nedition = "2024"\n\n[dependencies]\noauth-errors = {{ path = "{repo}/oauth-errors", default-features = false }}\n')
write(f"{work}/macro/src/main.rs",
      "oauth_errors::oauth_error_table! {\n    pub enum E {\n        r#\"\n" + table + "\"#\n    }\n}\n"
      "const DESCRIPTION: fn(E) -> &'static str = E::description;\nconst CODE: fn(E) -> i32 = E::code;\nconst ALL_LEN: usize = E::ALL.len();\n" + main)

# hand
variants = "".join(f"    {n},\n" for n in names)
arms = lambda f: "".join(f(c, n, i, d) for c, n, i, d in zip(codes, names, ids, descriptions))
hand = f'''#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum E {{
{variants}}}
impl E {{
    pub const ALL: &'static [E] = &[{", ".join(f"E::{n}" for n in names)}];
    pub const fn description(self) -> &'static str {{ match self {{ {arms(lambda c, n, i, d: f"E::{n} => {d!r}, ".replace("'", '"'))} }} }}
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
write(f"{work}/hand/Cargo.toml", '[package]\nname = "by-hand"\nversion = "0.1.0"\nedition = "2024"\n')
write(f"{work}/hand/src/main.rs", hand + "const DESCRIPTION: fn(E) -> &'static str = E::description;\nconst CODE: fn(E) -> i32 = E::code;\nconst ALL_LEN: usize = E::ALL.len();\n" + main)

# strum + num_enum
variants = "".join(f'    #[strum(serialize = "{i}", message = {d!r})]\n    {n} = {c},\n'.replace("'", '"') for c, n, i, d in zip(codes, names, ids, descriptions))
strum = f'''use strum::{{EnumMessage, VariantArray}};
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::EnumString, strum::IntoStaticStr, strum::EnumMessage,
         strum::Display, strum::VariantArray, num_enum::TryFromPrimitive, num_enum::IntoPrimitive)]
#[repr(i32)]
pub enum E {{
{variants}}}
fn description(error: E) -> &'static str {{ error.get_message().unwrap_or_default() }}
fn code(error: E) -> i32 {{ error.into() }}
const DESCRIPTION: fn(E) -> &'static str = description;
const CODE: fn(E) -> i32 = code;
const ALL_LEN: usize = E::VARIANTS.len();
'''
write(f"{work}/strum/Cargo.toml", '[package]\nname = "with-strum"\nversion = "0.1.0"\nedition = "2024"\n\n[dependencies]\nstrum = { version = "0.27", features = ["derive"] }\nnum_enum = "0.7"\n')
write(f"{work}/strum/src/main.rs", strum + main)
PY

cd "$work"
export CARGO_TARGET_DIR="$work/target"
export CARGO_TERM_COLOR=never

# Seconds of one command.
seconds() {
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}

median() {
    sort -g | awk '{ values[NR] = $1 } END { print (NR % 2) ? values[(NR + 1) / 2] : (values[NR / 2] + values[NR / 2 + 1]) / 2 }'
}

declare -A edit release package=([macro]=with-macro [hand]=by-hand [strum]=with-strum)
for crate in macro hand strum; do
    cargo build -q -p "${package[$crate]}"
    cargo build -q --release -p "${package[$crate]}"
    edit[$crate]=$(for _ in $(seq "$runs"); do
        touch "$crate/src/main.rs"
        seconds cargo build -q -p "${package[$crate]}"
    done | median)
    release[$crate]=$(for _ in $(seq "$runs"); do
        touch "$crate/src/main.rs"
        seconds cargo build -q --release -p "${package[$crate]}"
    done | median)
done

echo "$rows rows, median of $runs runs, on $(nproc) cores ($(rustc --version))"
echo
echo "| crate | edit loop (debug, incremental) | release build |"
echo "| --- | ---: | ---: |"
for crate in macro hand strum; do
    printf '| %s | %.2f s | %.2f s |\n' "$crate" "${edit[$crate]}" "${release[$crate]}"
done
echo
printf 'edit loop:     macro / hand = %.2f×, macro / strum = %.2f×\n' \
    "$(echo "${edit[macro]} / ${edit[hand]}" | bc -l)" "$(echo "${edit[macro]} / ${edit[strum]}" | bc -l)"
printf 'release build: macro / hand = %.2f×, macro / strum = %.2f×\n' \
    "$(echo "${release[macro]} / ${release[hand]}" | bc -l)" "$(echo "${release[macro]} / ${release[strum]}" | bc -l)"
