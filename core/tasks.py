"""The outbox relay: a beat task, also queued when a worker starts."""

from __future__ import annotations

from typing import Any

from celery import shared_task
from celery.signals import worker_ready
from django.conf import settings

from core import outbox


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
