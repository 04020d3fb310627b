"""The archive's tasks: their queues, retries with backoff, and the link-rot sweep."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from celery.exceptions import Retry
from django.conf import settings as django_settings

from archive import tasks
from archive.fetch import Reason
from archive.models import Snapshot, SnapshotStatus
from core.models import OutboxMessage
from reviews.models import Source
from tests.archive.pages import PageServer, article
from tests.core.conftest import sent_messages

pytestmark = pytest.mark.usefixtures("archive_settings")


def _queue_of(name: str) -> str:
    from workbench.celery import app

    return str(app.amqp.router.route({}, name)["queue"].name)


def test_fetches_have_their_own_queue_and_the_sweep_is_maintenance() -> None:
    # A slow site must never hold up extraction: the fetches go to a queue no bulk or
    # interactive worker takes.
    assert _queue_of("archive.tasks.archive_source") == "archive"
    assert _queue_of("archive.tasks.recheck_snapshot") == "archive"
    assert django_settings.ARCHIVE_QUEUES == ["archive"]
    assert "archive" not in {*django_settings.BULK_QUEUES, *django_settings.INTERACTIVE_QUEUES}
    assert _queue_of("archive.tasks.sweep_link_rot") == "maintenance"
    beat = django_settings.CELERY_BEAT_SCHEDULE["archive-link-rot-sweep"]
    assert beat["task"] == "archive.tasks.sweep_link_rot"


@pytest.mark.django_db
def test_a_new_source_is_sent_to_the_archive_queue_not_the_extraction_one(
    add_source: Callable[..., Source],
    settings: Any,
    use_broker: Callable[[str], None],
    django_capture_on_commit_callbacks: Any,
) -> None:
    settings.ARCHIVE_ON_ADD = True
    use_broker("memory://")
    sent_messages("archive")  # the memory broker outlives a test: start empty
    with django_capture_on_commit_callbacks(execute=True):
        source = add_source("https://example.org/report")
    assert sent_messages(*settings.BULK_QUEUES) == []
    assert sent_messages("archive") == [
        ("archive", "archive.tasks.archive_source", [source.pk], {})
    ]


def test_fetch_tasks_retry_with_backoff() -> None:
    for task in (tasks.archive_source, tasks.recheck_snapshot):
        assert task.max_retries == django_settings.ARCHIVE_MAX_RETRIES
        assert task.retry_backoff == django_settings.ARCHIVE_RETRY_BACKOFF
        assert task.acks_late and task.reject_on_worker_lost


@pytest.mark.django_db
def test_a_server_error_is_retried_with_backoff_then_recorded(
    pages: PageServer, add_source: Callable[..., Source], monkeypatch: Any
) -> None:
    """On a worker: each failing attempt asks Celery for a retry (with backoff) until the
    last one, which records the failure."""
    source = add_source(pages.page("/busy", "try later", status=503))
    task = tasks.archive_source
    asked: list[dict[str, Any]] = []

    def retry(**kwargs: Any) -> Any:
        asked.append(kwargs)
        raise Retry(exc=kwargs.get("exc"), when=kwargs.get("countdown"))

    monkeypatch.setattr(task, "retry", retry)
    for attempt in range(task.max_retries):
        task.push_request(retries=attempt, is_eager=False)
        try:
            with pytest.raises(Retry):
                task.run(source.pk)
        finally:
            task.pop_request()
        assert not Snapshot.objects.exists()
    assert len(asked) == task.max_retries
    assert all(isinstance(a["exc"], tasks.services.ArchiveRetry) for a in asked)
    assert all(
        a["countdown"] <= django_settings.ARCHIVE_RETRY_BACKOFF * 2**n for n, a in enumerate(asked)
    )
    task.push_request(retries=task.max_retries, is_eager=False)
    try:
        assert task.run(source.pk) == Reason.HTTP_ERROR
    finally:
        task.pop_request()
    assert pages.hits("/busy") == 1 + task.max_retries
    snapshot = Snapshot.objects.get(source=source)
    assert (snapshot.failure_reason, snapshot.http_status) == (Reason.HTTP_ERROR, 503)


@pytest.mark.django_db
def test_run_in_process_a_failure_is_recorded_at_once(
    pages: PageServer, add_source: Callable[..., Source]
) -> None:
    """CELERY_TASK_ALWAYS_EAGER: no retry can reach the request that added the source."""
    source = add_source(pages.page("/busy", "try later", status=503))
    tasks.archive_source.delay(source.pk)
    assert pages.hits("/busy") == 1
    assert Snapshot.objects.get(source=source).status == SnapshotStatus.FAILED


@pytest.mark.django_db
def test_a_missing_source_ends_quietly() -> None:
    assert tasks.archive_source.apply(args=[999_999]).get() == "gone"
    assert tasks.recheck_snapshot.apply(args=[999_999]).get() == "gone"


@pytest.mark.django_db
def test_the_sweep_queues_a_recheck_of_each_due_copy(
    pages: PageServer, add_source: Callable[..., Source], settings: Any
) -> None:
    settings.ARCHIVE_SWEEP_BATCH = 1
    snapshots = []
    for n in range(2):
        source = add_source(pages.page(f"/{n}", article(f"P{n}", f"Text {n} here.")))
        snapshot = tasks.services.source_archive(source_id=source.pk)
        assert snapshot is not None
        snapshots.append(snapshot)
    assert tasks.sweep_link_rot.apply().get() == 0  # just taken: not due yet
    assert tasks.sweep_link_rot.apply(kwargs={"min_age_hours": 0}).get() == 2
    queued = OutboxMessage.objects.filter(task="archive.tasks.recheck_snapshot")
    assert sorted(m.args[0] for m in queued) == sorted(s.pk for s in snapshots)
