"""Celery tasks: thin adapters that re-fetch rows by id and call a service."""

from __future__ import annotations

import logging
from typing import Any

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded

from claims import services
from core.tasks import RETRY_TASK_OPTIONS, RETRYABLE

logger = logging.getLogger(__name__)

IMPORT_JOB_SECONDS = 1800


# Both extraction tasks: redelivered if the worker dies mid-task, retried with backoff on
# database and broker errors; nobody reads their result, and one costs the sender a
# subscription.
EXTRACTION_TASK_OPTIONS: dict[str, Any] = {
    "acks_late": True,
    "reject_on_worker_lost": True,
    "autoretry_for": RETRYABLE,
    "retry_backoff": 2,
    "retry_backoff_max": 60,
    "retry_jitter": True,
    "max_retries": 6,
    "ignore_result": True,
}


@shared_task(**EXTRACTION_TASK_OPTIONS)
def extract_claims(article_id: int) -> str:
    article = services.article_extract(article_id=article_id)
    if article is None:
        return "gone"
    return str(article.extraction_status)


@shared_task(**EXTRACTION_TASK_OPTIONS)
def extract_claims_batch(article_ids: list[int]) -> dict[str, int]:
    """`extract_claims` for many articles: what bulk imports and the sweep queue."""
    report = services.articles_extract_batch(article_ids=article_ids)
    return {
        "done": report.done,
        "failed": report.failed,
        "skipped": report.skipped,
        "deferred": len(report.deferred),
    }


@shared_task(**RETRY_TASK_OPTIONS)
def sweep_stuck_extractions() -> int:
    ids = services.articles_sweep_stuck()
    if ids:
        logger.info("re-queued extraction for %d stuck articles", len(ids))
    return len(ids)


@shared_task(
    **RETRY_TASK_OPTIONS,
    reject_on_worker_lost=True,
    ignore_result=True,
    # A job of IMPORT_ASYNC_MAX_ROWS articles takes minutes, beyond the default limits.
    soft_time_limit=IMPORT_JOB_SECONDS,
    time_limit=IMPORT_JOB_SECONDS + 60,
)
def run_import_job(job_id: int) -> str:
    try:
        job = services.import_job_run(job_id=job_id)
    except SoftTimeLimitExceeded:
        services.import_job_fail(
            job_id=job_id,
            reason=f"The import took longer than {IMPORT_JOB_SECONDS} s and was stopped; the "
            "rows imported so far are kept. Send the rest as smaller jobs.",
        )
        return "failed"
    return "gone" if job is None else str(job.status)


@shared_task(**RETRY_TASK_OPTIONS)
def sweep_stalled_import_jobs() -> int:
    ids = services.import_jobs_sweep_stalled()
    if ids:
        logger.info("queued %d stalled import jobs again", len(ids))
    return len(ids)
