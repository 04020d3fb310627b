"""Celery tasks: thin adapters that re-fetch rows by id and call a service."""

from __future__ import annotations

import logging
from typing import Any

from celery import shared_task
from django.db import DatabaseError, InterfaceError, OperationalError
from kombu.exceptions import OperationalError as BrokerError

from claims import services

logger = logging.getLogger(__name__)

RETRYABLE = (OperationalError, InterfaceError, DatabaseError, BrokerError, ConnectionError)


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


@shared_task(acks_late=True, autoretry_for=RETRYABLE, retry_backoff=5, max_retries=3)
def sweep_stuck_extractions() -> int:
    ids = services.articles_sweep_stuck()
    if ids:
        logger.info("re-queued extraction for %d stuck articles", len(ids))
    return len(ids)
