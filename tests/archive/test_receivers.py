"""A source added anywhere is archived, through the outbox, without reviews naming us."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.db import transaction

from archive.models import Snapshot, SnapshotStatus
from core.models import OutboxMessage
from reviews.models import Source
from tests.archive.pages import PageServer, article

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("archive_settings")]


def _archive_messages() -> list[list[Any]]:
    return [m.args for m in OutboxMessage.objects.filter(task="archive.tasks.archive_source")]


def test_adding_a_source_queues_its_archiving_in_the_same_transaction(
    add_source: Callable[..., Source], settings: Any
) -> None:
    settings.ARCHIVE_ON_ADD = True
    source = add_source("https://stats.example.org/release")
    assert _archive_messages() == [[source.pk]]


def test_a_source_rolled_back_leaves_no_message(
    add_source: Callable[..., Source], settings: Any
) -> None:
    settings.ARCHIVE_ON_ADD = True
    with pytest.raises(RuntimeError), transaction.atomic():
        add_source("https://stats.example.org/release")
        raise RuntimeError("the request failed after the source was added")
    assert _archive_messages() == []
    assert not Source.objects.exists()


def test_saving_an_existing_source_queues_nothing(
    add_source: Callable[..., Source], settings: Any
) -> None:
    source = add_source("https://stats.example.org/release")
    settings.ARCHIVE_ON_ADD = True
    source.title = "Renamed"
    source.save()
    assert _archive_messages() == []


def test_archiving_on_add_can_be_turned_off(add_source: Callable[..., Source]) -> None:
    add_source("https://stats.example.org/release")  # archive_settings: ARCHIVE_ON_ADD off
    assert _archive_messages() == []


def test_the_new_source_is_archived_after_the_commit(
    pages: PageServer,
    add_source: Callable[..., Source],
    settings: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    settings.ARCHIVE_ON_ADD = True
    url = pages.page("/report", article("Report", "The ministry's figure was 4.2 percent."))
    with django_capture_on_commit_callbacks(execute=True):
        source = add_source(url)
    snapshot = Snapshot.objects.get(source=source)
    assert snapshot.status == SnapshotStatus.OK
    source.refresh_from_db()
    assert source.archived_url.endswith(f"/archive/{snapshot.pk}/")
