#!/usr/bin/env bash
# Run the benchmarks on two versions of the code, alternately, on this machine.
#
#   bash benchmarks/before_after.sh BEFORE_REF [ROUNDS]
#   ONLY="ingest queue_page" SEED=small bash benchmarks/before_after.sh BEFORE_REF 3
#
# ONLY limits the run to the named benchmarks; SEED=small seeds 2,000 claims instead of
# 200,000 (SEED=none reuses what is there).
# BEFORE_REF (a commit) is checked out as a detached worktree beside this one
# (../workbench-before, so that both find the shared data at the same relative path);
# "after" is this checkout. For each benchmark the two run back to back, ROUNDS times
# (default 1; odd rounds before first, even rounds after first), so that both see the same
# machine conditions. Sizes are
# reduced from the scripts' defaults to keep one round under ~25 minutes; every script
# prints its data size and the machine's core count. Logs: var/before_after/<bench>.<side>.<round>.log
# Not run: checkworthiness_transformer.py (needs torch in another venv, ~70 min), and
# seed_scale.py, the data generator (COPY of generated rows; the data both sides read).
set -euo pipefail
cd "$(dirname "$0")/.."
AFTER="$PWD"
BEFORE_REF="${1:?usage: before_after.sh BEFORE_REF [ROUNDS]}"
ROUNDS="${2:-1}"
BEFORE="$(dirname "$AFTER")/workbench-before"
PY="$AFTER/.venv/bin/python"
OUT="$AFTER/var/before_after"
mkdir -p "$OUT"
export DJANGO_SECRET_KEY="${DJANGO_SECRET_KEY:-benchmark-only-not-a-secret}"

if [ -d "$BEFORE" ]; then git -C "$BEFORE" checkout -q --detach "$BEFORE_REF"; else
  git worktree add -q --detach "$BEFORE" "$BEFORE_REF"; fi
[ -e "$BEFORE/.venv" ] || ln -s "$AFTER/.venv" "$BEFORE/.venv"
echo "before: $(git -C "$BEFORE" log --oneline -1)"
echo "after:  $(git log --oneline -1)"

# The PostgreSQL data both sides read, seeded once with the after code (the schema is the
# same: the re-cut moved models without changing tables).
case "${SEED:-full}" in
  full) "$PY" benchmarks/seed_scale.py --create --reset --claims 200000 --articles 10000 > "$OUT/seed.log" 2>&1 ;;
  small) "$PY" benchmarks/seed_scale.py --create --reset --claims 2000 --articles 100 > "$OUT/seed.log" 2>&1 ;;
esac
if [ "${SEED:-full}" != none ]; then
  "$PY" benchmarks/seed_scale.py --create --reset --claims 1000 --articles 50 \
    --database-url postgres://postgres@127.0.0.1:5432/bench_small >> "$OUT/seed.log" 2>&1
fi

# The harness, not the code under test: ingest.py before 2026-12 started its worker without
# -Q, so it took only the default queue and never saw the extraction messages (neither
# side settled an article). Both sides run the fixed script; only the app code differs.
cp "$AFTER/benchmarks/ingest.py" "$BEFORE/benchmarks/ingest.py"

declare -A OLD_NAMES=([benchmarks/claim_matching.py]=benchmarks/matching.py)

run() {  # name, then the script and its arguments
  local name="$1"; shift
  if [ -n "${ONLY:-}" ] && [[ " $ONLY " != *" $name "* ]]; then return; fi
  for round in $(seq 1 "$ROUNDS"); do
    local sides="before after"  # odd rounds before first, even rounds after first
    [ $((round % 2)) -eq 0 ] && sides="after before"
    for side in $sides; do
      local dir="$AFTER"; [ "$side" = before ] && dir="$BEFORE"
      local script="$1"  # a script renamed since: the before side runs it by its old name
      [ -f "$dir/$script" ] || script="${OLD_NAMES[$script]:-$script}"
      echo "== $name ($side, round $round)"
      ( cd "$dir" && timeout 1200 "$PY" "$script" "${@:2}" ) > "$OUT/$name.$side.$round.log" 2>&1 \
        || echo "   (exit $?; see $OUT/$name.$side.$round.log)"
      tail -n 25 "$OUT/$name.$side.$round.log"
    done
  done
}

run extraction benchmarks/extraction.py --repeat 2
run worth_checking benchmarks/worth_checking.py
run export benchmarks/export.py --rows 20000
run matching benchmarks/claim_matching.py --sizes 10000 --queries 100
run api benchmarks/api.py --items 10000 --repeat 10
run queue_page benchmarks/queue_page.py --repeat 10 --max-seconds 10
run ingest benchmarks/ingest.py --articles 500
run load benchmarks/load.py --users 20 --duration 30
