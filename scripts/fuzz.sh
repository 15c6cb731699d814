#!/usr/bin/env bash
# Runs every libFuzzer target of fuzz/ for a bounded time, seeded with the shared Kratos
# fixtures and the saved regression inputs. Usage:
#   bash scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
# `npm test` (scripts/test.mjs) runs 15 s per target; a longer run is documented in fuzz/README.md.
# Needs cargo-fuzz (scripts/setup.sh installs it). The stable toolchain builds the targets with
# RUSTC_BOOTSTRAP=1 (cargo-fuzz passes nightly-only flags such as -Zsanitizer=address).
# Exits non-zero if any target finds a crash; the input is left in fuzz/artifacts/<target>/.
set -euo pipefail
cd "$(dirname "$0")/.."
export RUSTC_BOOTSTRAP=1
seconds="${1:-15}"
shift || true
fixtures="$(cd .. && pwd)/shared/kratos/fixtures"
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(cd fuzz && cargo fuzz list)
fi

(cd fuzz && cargo fuzz build)
failed=()
for target in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$target"
  seeds=("corpus/$target" "$fixtures/v0" "$fixtures/v1")
  [ -d "fuzz/regressions/$target" ] && seeds+=("regressions/$target")
  log="fuzz/artifacts/$target.log"
  mkdir -p fuzz/artifacts
  if (cd fuzz && cargo fuzz run "$target" "${seeds[@]}" -- \
      -max_total_time="$seconds" -dict=kratos.dict -max_len=65536 -rss_limit_mb=2048 \
      -timeout=10 -print_final_stats=1) >"$log" 2>&1; then
    runs=$(awk '/^stat::number_of_executed_units:/ { print $2 }' "$log")
    echo "fuzz $target: ${runs:-?} executions in ${seconds}s, no crash"
  else
    echo "fuzz $target: FAILED (log: $log)"
    grep -E "panicked|ERROR: |Test unit written|SUMMARY" "$log" | head -10 || true
    failed+=("$target")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: crashes in ${failed[*]}: copy the input from fuzz/artifacts/<target>/ to fuzz/regressions/<target>/ (replayed by cargo test, tests/fuzz.rs), fix, re-run"
  exit 1
fi
echo "fuzz: ${#targets[@]} targets, no crash"
