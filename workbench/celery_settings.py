"""Celery settings, read into workbench/settings.py: the broker and its timeouts, the
queues and which task goes to which. Every variable is listed in .env.example."""

from __future__ import annotations

import environ

env = environ.Env()

__all__ = [
    "ARCHIVE_QUEUES",
    "BULK_QUEUES",
    "CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP",
    "CELERY_BROKER_CONNECTION_TIMEOUT",
    "CELERY_BROKER_TRANSPORT_OPTIONS",
    "CELERY_BROKER_URL",
    "CELERY_REDIS_SOCKET_CONNECT_TIMEOUT",
    "CELERY_REDIS_SOCKET_TIMEOUT",
    "CELERY_RESULT_BACKEND",
    "CELERY_RESULT_EXPIRES",
    "CELERY_TASK_ACKS_LATE",
    "CELERY_TASK_ALWAYS_EAGER",
    "CELERY_TASK_DEFAULT_QUEUE",
    "CELERY_TASK_EAGER_PROPAGATES",
    "CELERY_TASK_IGNORE_RESULT",
    "CELERY_TASK_PUBLISH_RETRY_POLICY",
    "CELERY_TASK_REJECT_ON_WORKER_LOST",
    "CELERY_TASK_ROUTES",
    "CELERY_TASK_SOFT_TIME_LIMIT",
    "CELERY_TASK_TIME_LIMIT",
    "CELERY_WORKER_PREFETCH_MULTIPLIER",
    "INTERACTIVE_QUEUES",
    "REDIS_URL",
]

REDIS_URL = env.str("REDIS_URL", default="redis://127.0.0.1:6379/0")
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default="") or REDIS_URL
CELERY_RESULT_BACKEND = env.str("CELERY_RESULT_BACKEND", default="") or REDIS_URL
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=False)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = 300
CELERY_TASK_SOFT_TIME_LIMIT = 240
CELERY_RESULT_EXPIRES = 3600
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Nobody reads a task's result. Storing none also means sending a task never subscribes to
# a result channel, which with Redis down held each request for ~20-30 s.
CELERY_TASK_IGNORE_RESULT = True
# Requests never wait on the broker: a publish gives up within about a second (one quick
# retry), and what it carried waits in the outbox (core/outbox.py) for the relay.
CELERY_BROKER_CONNECTION_TIMEOUT = 1
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 1,
    "interval_start": 0,
    "interval_step": 0.1,
    "interval_max": 0.1,
}
CELERY_BROKER_TRANSPORT_OPTIONS = {
    # A message is redelivered if it is not acked within this time (worker died mid-task).
    "visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=600),
    # A refused connection fails at once; these bound a broker that hangs (2-3 s at most).
    "socket_connect_timeout": 0.5,
    "socket_timeout": 2,
    "max_retries": 1,
}
CELERY_REDIS_SOCKET_CONNECT_TIMEOUT = 1
CELERY_REDIS_SOCKET_TIMEOUT = 5

# Separate queues, so a webhook or an e-mail never waits behind thousands of extraction or
# matching messages (after a 3,000-article import a webhook once waited 7 minutes). Workers
# for the interactive queues never take bulk work: see docker-compose.yml and scripts/run.sh.
INTERACTIVE_QUEUES = ["webhooks", "notifications", "maintenance", "celery"]
BULK_QUEUES = ["extraction", "matching"]
# Fetching source pages waits on other people's servers (up to ARCHIVE_TIMEOUT a page, with
# retries): its own queue and its own worker, so a slow site never holds up extraction.
ARCHIVE_QUEUES = ["archive"]
CELERY_TASK_DEFAULT_QUEUE = "celery"
CELERY_TASK_ROUTES = {
    "reviews.tasks.deliver_webhook": {"queue": "webhooks"},
    "reviews.tasks.send_notification_email": {"queue": "notifications"},
    "reviews.tasks.notify_overdue": {"queue": "notifications"},
    "claims.tasks.extract_claims": {"queue": "extraction"},
    "claims.tasks.extract_claims_batch": {"queue": "extraction"},
    "claims.tasks.match_new_claims": {"queue": "matching"},  # matching/tasks.py, old name
    "claims.tasks.sweep_stuck_extractions": {"queue": "maintenance"},
    # A bulk import job runs for minutes: on the bulk worker, never an interactive one. Its
    # queue is `matching`, which that worker serves in turn with `extraction`, so a job
    # does not wait behind the thousands of extraction messages earlier imports queued.
    "claims.tasks.run_import_job": {"queue": "matching"},
    "claims.tasks.sweep_stalled_import_jobs": {"queue": "maintenance"},
    "core.tasks.relay_outbox": {"queue": "maintenance"},
    "archive.tasks.archive_source": {"queue": "archive"},
    "archive.tasks.recheck_snapshot": {"queue": "archive"},
    "archive.tasks.sweep_link_rot": {"queue": "maintenance"},
    "archive.tasks.prune_blobs": {"queue": "archive"},
}
