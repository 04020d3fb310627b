#!/usr/bin/env bash
# `make test`: lint, Django checks, then the whole pytest suite.
# With CI=true, integration and browser tests must run: a missing service or browser fails.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
export DJANGO_SECRET_KEY="${DJANGO_SECRET_KEY:-insecure-test-key-only-for-tests}"

echo "== ruff"
$BIN/ruff check .
$BIN/ruff format --check .
echo "== import layers"
$BIN/lint-imports
echo "== mypy"
$BIN/mypy .
echo "== django checks"
$BIN/python manage.py check
$BIN/python manage.py makemigrations --check --dry-run
echo "== pytest"
# Unit tests in parallel; integration and browser tests start their own worker/server
# processes, so they run in a second, serial pass.
case "${DATABASE_URL:-}" in
  postgres*)
    # On PostgreSQL (CI), the unit tests run twice: on PostgreSQL, then on the embedded
    # SQLite default that `make run` uses, so both backends' own code paths are tested.
    # Tests marked for one backend run only in its pass: none is skipped.
    $BIN/pytest -n 2 --dist loadfile -m "not integration and not e2e and not sqlite" "$@"
    echo "== pytest (SQLite)"
    env -u DATABASE_URL $BIN/pytest -n 2 --dist loadfile \
      -m "not integration and not e2e and not postgresql" "$@"
    ;;
  *)
    # SQLite only: the PostgreSQL tests are left out (CI runs them).
    $BIN/pytest -n 2 --dist loadfile -m "not integration and not e2e and not postgresql" "$@"
    ;;
esac
# schemathesis is not needed here, and its end-of-session hook re-imports modules while
# worker threads run, which trips a CPython 3.11 AST bug.
$BIN/pytest -p no:schemathesis -m "integration or e2e" "$@"
