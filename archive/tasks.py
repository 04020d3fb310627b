"""Celery tasks: thin adapters that re-fetch rows by id and call a service."""

from __future__ import annotations

import logging
from typing import Any

from celery import shared_task
from django.conf import settings

from archive import selectors, services
from core.tasks import RETRY_TASK_OPTIONS, RETRYABLE

logger = logging.getLogger(__name__)

# Fetches that failed in a way worth another try (ArchiveRetry: 5xx, 429, timeouts) and
# database hiccups are retried with exponential backoff and jitter; the last attempt
# records the failure instead of raising.
FETCH_TASK_OPTIONS: dict[str, Any] = {
    "bind": True,
    "acks_late": True,
    "reject_on_worker_lost": True,
    "autoretry_for": (services.ArchiveRetry, *RETRYABLE),
    "retry_backoff": settings.ARCHIVE_RETRY_BACKOFF,
    "retry_backoff_max": 600,
    "retry_jitter": True,
    "max_retries": settings.ARCHIVE_MAX_RETRIES,
    "ignore_result": True,
}


def _last_attempt(task: Any) -> bool:
    # Run in-process (CELERY_TASK_ALWAYS_EAGER: the quick start, tests) a retry would run
    # at once and its exception reach the request that added the source: record instead.
    return bool(task.request.is_eager) or task.request.retries >= task.max_retries


@shared_task(**FETCH_TASK_OPTIONS)
def archive_source(self: Any, source_id: int) -> str:
    final = _last_attempt(self)
    snapshot = services.source_archive(source_id=source_id, final_attempt=final)
    if snapshot is None:
        return "gone"
    return snapshot.status if not snapshot.failure_reason else snapshot.failure_reason


@shared_task(**FETCH_TASK_OPTIONS)
def recheck_snapshot(self: Any, snapshot_id: int) -> str:
    final = _last_attempt(self)
    snapshot = services.snapshot_recheck(snapshot_id=snapshot_id, final_attempt=final)
    if snapshot is None:
        return "gone"
    return "gone" if snapshot.gone else "changed" if snapshot.changed else "same"


@shared_task(**RETRY_TASK_OPTIONS, ignore_result=True)
def sweep_link_rot(min_age_hours: float | None = None) -> int:
    """The link-rot sweep (beat): queue a re-check of every copy that is due, in batches."""
    queued = 0
    before = services.recheck_due_before(min_age_hours=min_age_hours)
    for ids in selectors.snapshot_ids_due(before=before, batch=settings.ARCHIVE_SWEEP_BATCH):
        queued += services.snapshots_queue_recheck(ids=ids)
    if queued:
        logger.info("queued a link-rot check of %d archived sources", queued)
    return queued


@shared_task(acks_late=True, ignore_result=True)
def prune_blobs() -> int:
    """Beat, daily: delete the stored pages no snapshot refers to."""
    return len(services.blobs_prune())
