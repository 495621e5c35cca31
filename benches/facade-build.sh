#!/usr/bin/env bash
# The facade's own build time (debug, the dev profile users get), with its dependencies built
# already: `cargo clean -p oauth-errors`, then `cargo build -p oauth-errors`, the median of
# several runs for each feature set, in the same run:
#   baseline   no provider (`--no-default-features --features response`): the crate's own code
#   default    every provider's tables (the default features)
#   oauth2     every provider's tables and logins (`--features oauth2`)
# and the ratios to the baseline: what the providers' tables and logins cost. Run it from the
# repository; it builds in the workspace's target directory.
#
#   benches/facade-build.sh            # 5 runs
#   RUNS=3 benches/facade-build.sh
set -euo pipefail

cd "$(dirname "$0")/.."
runs=${RUNS:-5}

declare -A flags=(
    [baseline]="--no-default-features --features response"
    [default]=""
    [oauth2]="--features oauth2"
)
declare -A median
for set in baseline default oauth2; do
    # shellcheck disable=SC2086
    cargo build -q -p oauth-errors ${flags[$set]}
    times=()
    for _ in $(seq "$runs"); do
        cargo clean -q -p oauth-errors
        start=$(date +%s.%N)
        # shellcheck disable=SC2086
        cargo build -q -p oauth-errors ${flags[$set]}
        end=$(date +%s.%N)
        times+=("$(awk -v s="$start" -v e="$end" 'BEGIN { print e - s }')")
    done
    median[$set]=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")
done

echo "the facade's build (debug), median of $runs runs, on $(nproc) cores ($(rustc --version)), $(date -u +%F)"
echo
echo "| features | build | / baseline |"
echo "| --- | ---: | ---: |"
for set in baseline default oauth2; do
    printf '| %s | %.2f s | %.2f× |\n' "$set" "${median[$set]}" \
        "$(awk -v a="${median[$set]}" -v b="${median[baseline]}" 'BEGIN { print a / b }')"
done
