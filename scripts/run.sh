#!/usr/bin/env bash
# `make run`: migrate, seed, create demo users, then serve on http://127.0.0.1:8000 with
# Celery workers (and beat) when Redis is reachable, or in-process tasks when it is not.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
export DJANGO_DEBUG="${DJANGO_DEBUG:-1}"
export DEMO_PASSWORD="${DEMO_PASSWORD:-workbench-demo}"
REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379/0}"
export REDIS_URL

if $BIN/python - "$REDIS_URL" <<'PY'
import sys, redis
try:
    redis.Redis.from_url(sys.argv[1], socket_connect_timeout=1).ping()
except Exception:
    sys.exit(1)
PY
then
  USE_WORKER=1
  export CELERY_TASK_ALWAYS_EAGER="${CELERY_TASK_ALWAYS_EAGER:-0}"
else
  USE_WORKER=0
  export CELERY_TASK_ALWAYS_EAGER=1
  echo "WARNING: Redis is not reachable at $REDIS_URL."
  echo "WARNING: tasks (claim extraction, matching, webhooks) will run in-process, inside"
  echo "WARNING: the web request. Start Redis for background workers."
fi

$BIN/python manage.py migrate --no-input -v0
$BIN/python manage.py load_seeds
echo "Demo logins:"
$BIN/python manage.py create_demo_users
if ! $BIN/python manage.py shell -v 0 -c "from django.contrib.auth import get_user_model as g; import sys; sys.exit(0 if g().objects.filter(is_superuser=True).exists() else 1)" 2>/dev/null; then
  DJANGO_SUPERUSER_PASSWORD="$DEMO_PASSWORD" $BIN/python manage.py createsuperuser --no-input --username admin --email admin@example.org >/dev/null
  # A row of create_demo_users' table (its COLUMNS: role 10, username 11).
  printf '  %-10s%-11s%s\n' admin admin "$DEMO_PASSWORD"
fi

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT INT TERM
if [ "$USE_WORKER" = 1 ]; then
  # Three workers, as in docker-compose.yml: webhooks, e-mails and the outbox relay never
  # wait behind an import's extraction and matching messages, nor these behind page fetches.
  $BIN/celery -A workbench worker --loglevel=warning --concurrency=1 --beat \
    -Q webhooks,notifications,maintenance,celery -n interactive@%h &
  pids+=($!)
  $BIN/celery -A workbench worker --loglevel=warning --concurrency=2 \
    -Q extraction,matching -n bulk@%h &
  pids+=($!)
  # Fetching source pages (the archive) waits on other servers: never in the bulk worker.
  $BIN/celery -A workbench worker --loglevel=warning --concurrency=1 \
    -Q archive -n archive@%h &
  pids+=($!)
  echo "Celery workers (interactive with beat, bulk and archive) started against $REDIS_URL"
fi
echo
echo "The workbench is at http://127.0.0.1:8000/  (admin: http://127.0.0.1:8000/admin/)"
echo
$BIN/python manage.py runserver 127.0.0.1:8000
