"""Reads: the newest snapshot of each source, rotten sources per claim and overall."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from archive import selectors, services
from archive.models import Snapshot
from reviews.models import Source
from tests.archive.pages import PageServer, article

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("archive_settings")]


@pytest.fixture
def three(pages: PageServer, add_source: Callable[..., Source]) -> list[Snapshot]:
    found = []
    for n in range(3):
        url = pages.page(f"/{n}", article(f"Page {n}", f"Report number {n} said so."))
        snapshot = services.source_archive(source_id=add_source(url).pk)
        assert snapshot is not None
        found.append(snapshot)
    return found


def test_the_newest_snapshot_of_each_source_in_one_query(
    three: list[Snapshot], pages: PageServer, django_assert_num_queries: Any
) -> None:
    pages.page("/0", "", status=500)
    newer = services.source_archive(source_id=three[0].source_id)
    assert newer is not None
    with django_assert_num_queries(1):
        latest = selectors.snapshots_latest(source_ids=[s.source_id for s in three])
    assert {k: v.pk for k, v in latest.items()} == {
        three[0].source_id: newer.pk,
        three[1].source_id: three[1].pk,
        three[2].source_id: three[2].pk,
    }


def test_rotten_sources_per_claim_and_overall(
    three: list[Snapshot], django_assert_num_queries: Any
) -> None:
    Snapshot.objects.filter(pk=three[0].pk).update(gone=True)
    Snapshot.objects.filter(pk=three[2].pk).update(changed=True)
    with django_assert_num_queries(1):
        overall = list(selectors.sources_rotten())
    flags = [(s.pk, s.archive_gone, s.archive_changed) for s in overall]  # type: ignore[attr-defined]
    assert flags == [
        (three[0].source_id, True, False),
        (three[2].source_id, False, True),
    ]
    claim = three[2].source.claim_id
    assert [s.pk for s in selectors.sources_rotten(claim=claim)] == [three[2].source_id]
    assert selectors.rotten_counts() == {"gone": 1, "changed": 1}


def test_a_fresh_copy_clears_the_flags_of_an_old_one(
    three: list[Snapshot],
) -> None:
    Snapshot.objects.filter(pk=three[0].pk).update(gone=True)
    services.source_archive(source_id=three[0].source_id)
    assert list(selectors.sources_rotten()) == []


def test_sources_to_archive(three: list[Snapshot], add_source: Callable[..., Source]) -> None:
    new = add_source("https://stats.example.org/never-archived")
    assert list(selectors.sources_to_archive(missing_only=True)) == [new]
    assert selectors.sources_to_archive(missing_only=False).count() == 4


def test_due_copies_come_in_batches(three: list[Snapshot], pages: PageServer) -> None:
    now = timezone.now()
    Snapshot.objects.filter(pk=three[1].pk).update(last_checked_at=now)
    batches = list(selectors.snapshot_ids_due(before=now, batch=1))
    assert batches == [[three[0].pk], [three[2].pk]]
    assert list(selectors.snapshot_ids_due(before=now - timedelta(hours=1), batch=10)) == []
