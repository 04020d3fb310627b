"""The transactional outbox: a message is committed with its change, sent after the commit
when the broker answers, kept for the relay when it does not, and sent once, in order."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from contextlib import contextmanager
from typing import Any

import pytest
from django.db import connection, connections, transaction
from kombu.exceptions import BatchPublishError
from kombu.messaging import Producer

from core import outbox
from core.models import OutboxMessage
from tests.conftest import require
from tests.core.conftest import CLOSED_PORT_BROKER, sent_messages

MATCH = "claims.tasks.match_new_claims"


def test_an_unknown_task_name_is_refused_when_the_message_is_written(db: Any) -> None:
    with pytest.raises(LookupError, match=r"claims\.tasks\.no_such_task"):
        outbox.outbox_add(task="claims.tasks.no_such_task")
    assert not OutboxMessage.objects.exists()


def test_a_rolled_back_change_leaves_no_message_and_sends_nothing(
    db: Any, use_broker: Callable[[str], None], django_capture_on_commit_callbacks: Any
) -> None:
    use_broker("memory://")
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        outbox.outbox_add(task=MATCH, args=[[1]])
        raise RuntimeError("the change failed")
    assert callbacks == []
    assert not OutboxMessage.objects.exists()
    assert sent_messages("matching") == []


def test_after_the_commit_the_message_goes_to_its_queue_at_once(
    db: Any, use_broker: Callable[[str], None], django_capture_on_commit_callbacks: Any
) -> None:
    use_broker("memory://")
    with django_capture_on_commit_callbacks(execute=True):
        message = outbox.outbox_add(task=MATCH, args=[[7, 8]])
    message.refresh_from_db()
    assert message.sent_at is not None and message.attempts == 1 and message.last_error == ""
    assert sent_messages("matching", "celery") == [("matching", MATCH, [[7, 8]], {})]


def test_many_messages_go_in_with_one_insert_and_out_in_order_after_the_commit(
    db: Any,
    use_broker: Callable[[str], None],
    django_capture_on_commit_callbacks: Any,
    django_assert_num_queries: Any,
) -> None:
    use_broker("memory://")
    with (
        django_capture_on_commit_callbacks(execute=False) as callbacks,
        django_assert_num_queries(1),
    ):
        messages = outbox.outbox_add_many(task=MATCH, args_list=[[[1]], [[2, 3]], [[4]]])
    assert sent_messages("matching") == []  # nothing before the commit
    assert len(callbacks) == 1  # one hand-over for all of them
    callbacks[0]()
    assert sent_messages("matching") == [
        ("matching", MATCH, [[1]], {}),
        ("matching", MATCH, [[2, 3]], {}),
        ("matching", MATCH, [[4]], {}),
    ]
    assert not OutboxMessage.objects.filter(pk__in=[m.pk for m in messages], sent_at=None)
    with pytest.raises(LookupError):
        outbox.outbox_add_many(task="claims.tasks.no_such_task", args_list=[[1]])


def test_a_broker_that_is_down_keeps_the_message_and_the_relay_sends_it_later(
    db: Any, use_broker: Callable[[str], None], django_capture_on_commit_callbacks: Any
) -> None:
    use_broker(CLOSED_PORT_BROKER)
    started = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        message = outbox.outbox_add(task=MATCH, args=[[1]])
    assert time.monotonic() - started < 2
    message.refresh_from_db()
    assert message.sent_at is None and message.attempts == 1
    assert "Connection refused" in message.last_error

    use_broker("memory://")
    assert outbox.outbox_relay() == 1
    message.refresh_from_db()
    assert message.sent_at is not None and message.attempts == 2 and message.last_error == ""
    assert sent_messages("matching") == [("matching", MATCH, [[1]], {})]
    assert outbox.outbox_relay() == 0  # sent once, never again
    assert sent_messages("matching") == []


def test_after_a_refused_publish_the_fast_path_stands_aside_for_a_while(
    db: Any, use_broker: Callable[[str], None], django_capture_on_commit_callbacks: Any
) -> None:
    use_broker(CLOSED_PORT_BROKER)
    with django_capture_on_commit_callbacks(execute=True):
        first = outbox.outbox_add(task=MATCH, args=[[1]])
    with django_capture_on_commit_callbacks(execute=True):
        second = outbox.outbox_add(task=MATCH, args=[[2]])
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.attempts, second.attempts) == (1, 0)  # the second did not try again


def test_a_new_message_never_overtakes_what_an_outage_held_back(
    db: Any, use_broker: Callable[[str], None], django_capture_on_commit_callbacks: Any
) -> None:
    from django.utils import timezone

    held = OutboxMessage.objects.create(
        task=MATCH, args=[[1]], created_at=timezone.now() - outbox.BACKLOG_AGE * 2
    )
    use_broker("memory://")
    with django_capture_on_commit_callbacks(execute=True):
        fresh = outbox.outbox_add(task=MATCH, args=[[2]])
    fresh.refresh_from_db()
    assert fresh.sent_at is None and fresh.attempts == 0  # left to the relay
    assert sent_messages("matching") == []
    assert outbox.outbox_relay() == 2
    assert [args for _, _, args, _ in sent_messages("matching")] == [[[1]], [[2]]]
    held.refresh_from_db()
    assert held.sent_at is not None


def test_the_relay_sends_in_order_and_stops_at_the_first_refusal(
    db: Any, use_broker: Callable[[str], None]
) -> None:
    messages = [
        OutboxMessage.objects.create(task=MATCH, args=[[n]]) for n in range(1, 4)
    ]  # written without a fast path: as if the process died right after the commit
    use_broker(CLOSED_PORT_BROKER)
    assert outbox.outbox_relay() == 0
    attempts = [OutboxMessage.objects.get(pk=m.pk).attempts for m in messages]
    assert attempts == [1, 0, 0]

    use_broker("memory://")
    assert outbox.outbox_relay() == 3
    assert [args for _, _, args, _ in sent_messages("matching")] == [[[1]], [[2]], [[3]]]


def test_the_relay_sends_a_backlog_larger_than_one_batch(
    db: Any, use_broker: Callable[[str], None]
) -> None:
    OutboxMessage.objects.bulk_create(
        OutboxMessage(task=MATCH, args=[[n]]) for n in range(outbox.RELAY_BATCH + 5)
    )
    use_broker("memory://")
    assert outbox.outbox_relay() == outbox.RELAY_BATCH + 5
    assert outbox.outbox_pending_count() == 0
    assert len(sent_messages("matching")) == outbox.RELAY_BATCH + 5


def test_a_row_naming_a_task_that_no_longer_exists_does_not_block_the_others(
    db: Any, use_broker: Callable[[str], None]
) -> None:
    gone = OutboxMessage.objects.create(task="claims.tasks.renamed_since")
    kept = OutboxMessage.objects.create(task=MATCH, args=[[5]])
    use_broker("memory://")
    assert outbox.outbox_relay() == 1
    gone.refresh_from_db()
    kept.refresh_from_db()
    assert gone.sent_at is None and "renamed_since" in gone.last_error and gone.dead
    assert kept.sent_at is not None
    assert outbox.outbox_pending_count() == 0


def test_a_dead_message_does_not_hold_new_messages_back(
    db: Any, use_broker: Callable[[str], None], django_capture_on_commit_callbacks: Any
) -> None:
    from django.utils import timezone

    OutboxMessage.objects.create(
        task="claims.tasks.renamed_since", created_at=timezone.now() - outbox.BACKLOG_AGE * 2
    )
    use_broker("memory://")
    outbox.outbox_relay()  # finds the row unrunnable and gives up on it
    with django_capture_on_commit_callbacks(execute=True):
        fresh = outbox.outbox_add(task=MATCH, args=[[7]])
    fresh.refresh_from_db()
    assert fresh.sent_at is not None  # sent at once, not left behind the dead row


def test_the_relay_task_forgets_messages_sent_long_ago(
    db: Any, use_broker: Callable[[str], None], settings: Any
) -> None:
    from datetime import timedelta

    from django.utils import timezone

    from core.tasks import relay_outbox

    old = OutboxMessage.objects.create(
        task=MATCH, sent_at=timezone.now() - settings.OUTBOX_KEEP - timedelta(minutes=1)
    )
    recent = OutboxMessage.objects.create(task=MATCH, sent_at=timezone.now())
    pending = OutboxMessage.objects.create(task=MATCH, args=[[3]])
    use_broker("memory://")
    assert relay_outbox.run() == 1
    assert set(OutboxMessage.objects.values_list("pk", flat=True)) == {recent.pk, pending.pk}
    assert not OutboxMessage.objects.filter(pk=old.pk).exists()


def test_eagerly_the_fast_path_runs_the_task_in_process(
    db: Any, django_capture_on_commit_callbacks: Any
) -> None:
    from matching.models import ClaimMatch
    from tests.factories import make_claim

    text = "Unemployment fell to 4.2 percent in May, the lowest level since 1990."
    earlier, repeated = make_claim(text=text), make_claim(text=text)
    with django_capture_on_commit_callbacks(execute=True):
        message = outbox.outbox_add(task=MATCH, args=[[repeated.pk]])
    message.refresh_from_db()
    assert message.sent_at is not None and message.attempts == 1
    assert ClaimMatch.objects.filter(claim=repeated, matched_claim=earlier).exists()


@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True)
def test_two_relays_at_once_never_send_the_same_message_twice(
    use_broker: Callable[[str], None],
) -> None:
    require(connection.vendor == "postgresql", "SKIP LOCKED needs PostgreSQL (set DATABASE_URL)")
    OutboxMessage.objects.bulk_create(OutboxMessage(task=MATCH, args=[[n]]) for n in range(600))
    use_broker("memory://")
    barrier = threading.Barrier(4)
    counts: list[int] = []

    def relay() -> None:
        try:
            barrier.wait(timeout=10)
            counts.append(outbox.outbox_relay(batch=20))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=relay) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    sent = [args[0][0] for _, _, args, _ in sent_messages("matching")]
    assert sum(counts) == 600
    assert sorted(sent) == list(range(600))  # each exactly once
    assert len([c for c in counts if c]) >= 2  # they really ran side by side


def test_a_batch_whose_hand_over_fails_is_kept_whole_for_the_relay(
    db: Any,
    use_broker: Callable[[str], None],
    django_capture_on_commit_callbacks: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A batch's publishes go to the broker together when it closes (one Redis pipeline);
    when that fails, which of them arrived is unknown: none counts as sent, the first
    records why, and the relay sends them all again (the tasks are idempotent)."""

    @contextmanager
    def failing_batch(self: Producer, max_size: int = 1000) -> Any:
        yield
        raise BatchPublishError("Redis publish batch failed; delivery is uncertain")

    use_broker("memory://")
    monkeypatch.setattr(Producer, "batch", failing_batch)
    with django_capture_on_commit_callbacks(execute=True):
        messages = outbox.outbox_add_many(task=MATCH, args_list=[[[1]], [[2]], [[3]]])
    rows = list(OutboxMessage.objects.filter(pk__in=[m.pk for m in messages]).order_by("pk"))
    assert [row.sent_at for row in rows] == [None, None, None]
    assert [row.attempts for row in rows] == [1, 0, 0]
    assert "BatchPublishError" in rows[0].last_error
    assert outbox._fast_path_paused_until > 0  # the next requests leave it to the relay
    sent_messages("matching")  # the memory broker took them at once: drop those

    monkeypatch.undo()
    use_broker("memory://")
    assert outbox.outbox_relay() == 3
    assert [args for _, _, args, _ in sent_messages("matching")] == [[[1]], [[2]], [[3]]]
    assert outbox.outbox_pending_count() == 0
