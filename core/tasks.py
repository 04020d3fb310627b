"""The outbox relay: a beat task, also queued when a worker starts."""

from __future__ import annotations

from typing import Any

from celery import shared_task
from celery.signals import worker_ready
from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError
from kombu.exceptions import OperationalError as BrokerError

from core import outbox

# What a task may hit while the database or the broker is briefly away: worth a retry.
RETRYABLE = (OperationalError, InterfaceError, DatabaseError, BrokerError, ConnectionError)

# A sweep or a re-render: acknowledged after it ran, retried a few times with backoff on
# the errors above. Each app's tasks add their own limits and result handling.
RETRY_TASK_OPTIONS: dict[str, Any] = {
    "acks_late": True,
    "autoretry_for": RETRYABLE,
    "retry_backoff": 5,
    "max_retries": 3,
}


@shared_task(acks_late=True, ignore_result=True)
def relay_outbox() -> int:
    """Send the outbox's pending messages and forget those sent long ago."""
    sent = outbox.outbox_relay()
    outbox.outbox_prune(older_than=settings.OUTBOX_KEEP)
    return sent


@worker_ready.connect
def _relay_when_a_worker_starts(sender: Any = None, **kwargs: Any) -> None:
    # What piled up while the broker or the workers were away goes out now, not at the
    # next beat.
    relay_outbox.apply_async()
