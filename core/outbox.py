"""Transactional outbox: side effects that must survive a broker outage.

A service that must trigger a task (deliver a webhook, match new claims, e-mail a
notification) calls `outbox_add` inside its transaction, so the message is committed with
the change or not at all. After the commit a fast path tries to hand it to the broker at
once, with the bounded timeouts of CELERY_BROKER_TRANSPORT_OPTIONS; when the broker is
down the row stays pending and the request goes on. `outbox_relay` (the beat task
`core.tasks.relay_outbox`, every OUTBOX_RELAY_SECONDS and when a worker starts) sends the
pending rows in order.

Rows are locked with SELECT ... FOR UPDATE SKIP LOCKED on PostgreSQL, so two relays (or a
relay and a fast path) never send the same row; SQLite's write transactions are already
serial. A message is at-least-once: the tasks behind it are idempotent. Tasks are named,
never imported, so this module stays below every app.

With CELERY_TASK_ALWAYS_EAGER (tests, the quick start without Redis) the fast path runs
the task in-process instead.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping, Sequence
from contextlib import ExitStack
from datetime import timedelta
from typing import Any

from celery import current_app
from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from core.models import OutboxMessage

logger = logging.getLogger(__name__)

RELAY_BATCH = 200
BACKLOG_AGE = timedelta(seconds=10)

# After a failed publish the fast path stands aside for a few seconds: every request in an
# outage would otherwise pay the connection timeout again, for a row the relay sends anyway.
_fast_path_paused_until = 0.0
_tasks_imported = False


def outbox_add(
    *,
    task: str,
    args: Sequence[Any] = (),
    kwargs: Mapping[str, Any] | None = None,
    queue: str = "",
) -> OutboxMessage:
    """Store a message for `task` in the current transaction; it is sent after the commit.

    `args` and `kwargs` must be JSON values (ids and plain values, as tasks take).
    """
    if task not in _registry():
        raise LookupError(f"No Celery task named {task!r} is registered.")
    message = OutboxMessage.objects.create(
        task=task, args=list(args), kwargs=dict(kwargs or {}), queue=queue
    )
    transaction.on_commit(lambda: _fast_path(message.pk))
    return message


def outbox_add_many(
    *, task: str, args_list: Sequence[Sequence[Any]], queue: str = ""
) -> list[OutboxMessage]:
    """`outbox_add` for many messages to one task: one INSERT, and one hand-over to the
    broker after the commit (a bulk import queues a message per hundred articles)."""
    if task not in _registry():
        raise LookupError(f"No Celery task named {task!r} is registered.")
    if not args_list:
        return []
    now = timezone.now()
    messages = OutboxMessage.objects.bulk_create(
        [
            OutboxMessage(task=task, args=list(args), kwargs={}, queue=queue, created_at=now)
            for args in args_list
        ]
    )
    pks = [message.pk for message in messages]
    transaction.on_commit(lambda: _fast_path(*pks))
    return messages


def _registry() -> Any:
    """The registered tasks, every app's `tasks` module imported (a worker does that at
    start; a web process only imports what it uses)."""
    global _tasks_imported
    if not _tasks_imported:
        current_app.loader.import_default_modules()
        _tasks_imported = True
    return current_app.tasks


def _fast_path(*pks: int) -> None:
    if not settings.CELERY_TASK_ALWAYS_EAGER:
        if time.monotonic() < _fast_path_paused_until:
            return
        # Messages an outage held back go first (a webhook's "reopened" before its
        # "corrected"): while there is such a backlog, the relay sends this one after it.
        # Rows younger than BACKLOG_AGE are other requests' own, about to be sent.
        backlog = OutboxMessage.objects.filter(
            sent_at__isnull=True,
            dead=False,
            pk__lt=min(pks),
            created_at__lt=timezone.now() - BACKLOG_AGE,
        )
        if backlog.exists():
            return
    outbox_relay(ids=pks, batch=max(len(pks), 1))


def outbox_relay(*, ids: Sequence[int] | None = None, batch: int = RELAY_BATCH) -> int:
    """Send pending messages (these ids, or all) in order; returns how many were sent.

    Stops at the first publish that fails (the broker is down): the row records the error
    and it and the rows after it wait for the next run.
    """
    if settings.CELERY_TASK_ALWAYS_EAGER:
        return _run_in_process(ids)
    sent = 0
    while True:
        done, failed = _send_batch(ids, batch)
        sent += done
        if failed or done < batch or ids is not None:
            return sent


def outbox_prune(*, older_than: timedelta) -> int:
    """Delete messages sent longer ago than `older_than`; returns how many."""
    deleted, _ = OutboxMessage.objects.filter(sent_at__lt=timezone.now() - older_than).delete()
    return deleted


def outbox_pending_count() -> int:
    return OutboxMessage.objects.filter(sent_at__isnull=True, dead=False).count()


def _pending(ids: Sequence[int] | None, batch: int) -> list[OutboxMessage]:
    queryset = OutboxMessage.objects.filter(sent_at__isnull=True, dead=False)
    if ids is not None:
        queryset = queryset.filter(pk__in=list(ids))
    # Ignored on SQLite, where the write transaction (IMMEDIATE) already excludes others.
    return list(queryset.select_for_update(skip_locked=True).order_by("pk")[:batch])


def _send_batch(ids: Sequence[int] | None, batch: int) -> tuple[int, bool]:
    global _fast_path_paused_until
    with transaction.atomic():
        sent, failure = _publish(_pending(ids, batch))
        if failure is not None:
            _failed(*failure)
        if sent:
            OutboxMessage.objects.filter(pk__in=sent).update(
                sent_at=timezone.now(), attempts=F("attempts") + 1, last_error=""
            )
    if failure is not None:
        pause = settings.OUTBOX_FAST_PATH_PAUSE_SECONDS
        _fast_path_paused_until = time.monotonic() + pause
        logger.warning("the broker is unreachable; pending outbox messages wait for the relay")
    return len(sent), failure is not None


def _publish(messages: list[OutboxMessage]) -> tuple[list[int], tuple[OutboxMessage, str] | None]:
    """Hand `messages` to the broker in order, up to the first that fails: the ids sent, and
    the first message not sent with the error (None when all went).

    One producer (one broker connection from the pool) for them all, taken at the first
    message: taking it may already fail when the broker is down. Its publishes are buffered
    and go out together when the batch closes (one Redis pipeline; kombu publishes at once
    on a transport that cannot batch). A batch that fails then may have been delivered in
    part: none of it counts as sent, and the relay sends it again (tasks are idempotent).
    """
    app = current_app
    tasks = _registry()
    published: list[OutboxMessage] = []
    unknown: list[OutboxMessage] = []
    failure: tuple[OutboxMessage, str] | None = None
    try:
        with ExitStack() as stack:
            producer = None
            for message in messages:
                if message.task not in tasks:
                    unknown.append(message)
                    continue
                options: dict[str, Any] = {"ignore_result": True}
                if message.queue:
                    options["queue"] = message.queue
                try:
                    if producer is None:
                        producer = stack.enter_context(app.producer_or_acquire())
                        stack.enter_context(producer.batch())
                    app.send_task(
                        message.task,
                        args=message.args,
                        kwargs=message.kwargs,
                        producer=producer,
                        **options,
                    )
                except Exception as exc:  # broker unreachable or timed out
                    failure = (message, f"{exc.__class__.__name__}: {exc}")
                    break
                published.append(message)
            # Leaving the block sends the buffered publishes, then releases the producer.
    except Exception as exc:  # the buffered publishes did not go (or not surely)
        if published:
            failure = (published[0], f"{exc.__class__.__name__}: {exc}")
        published = []
    for message in unknown:
        # Not a broker fault: record it and go on, so one bad row blocks nothing.
        _failed(message, f"No task named {message.task!r} is registered.", dead=True)
    return [message.pk for message in published], failure


def _failed(message: OutboxMessage, error: str, *, dead: bool = False) -> None:
    OutboxMessage.objects.filter(pk=message.pk).update(
        attempts=F("attempts") + 1, last_error=error[:2000], dead=dead
    )


def _run_in_process(ids: Sequence[int] | None) -> int:
    """Eager mode: mark the messages sent, then run their tasks here, in order."""
    with transaction.atomic():
        messages = _pending(ids, RELAY_BATCH if ids is None else len(ids))
        OutboxMessage.objects.filter(pk__in=[m.pk for m in messages]).update(
            sent_at=timezone.now(), attempts=F("attempts") + 1
        )
    tasks = _registry()
    for message in messages:
        task = tasks.get(message.task)
        if task is None:
            _failed(message, f"No task named {message.task!r} is registered.", dead=True)
            continue
        try:
            task.apply_async(args=message.args, kwargs=message.kwargs)
        except Exception as exc:
            _failed(message, f"{exc.__class__.__name__}: {exc}")
            raise
    return len(messages)
