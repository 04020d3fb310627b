"""reviews.selectors.dashboard: the dashboard's counts, cached for a short while."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core.cache import cache, caches
from django.utils import timezone

from claims.models import ClaimStatus
from reviews import selectors, services
from tests.factories import make_article, make_claim
from tests.reviews.workflow import claim_in

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    cache.clear()  # the test process's own memory cache
    # The figures' version, in the shared (database) cache: one read per figure, once set.
    selectors.forget_dashboard_counts()


@pytest.mark.parametrize("size", [1, 12])
def test_status_counts_name_every_state_in_one_count(
    size: int, editor: Any, django_assert_num_queries: Any
) -> None:
    for _ in range(size):
        make_claim()
    claim_in("queued", editor=editor, reviewer=None)
    with django_assert_num_queries(2):  # the figures' version, then the count
        counts = selectors.status_counts()
    assert counts == {status: 0 for status in ClaimStatus.values} | {
        "candidate": size,
        "queued": 1,
    }


def test_the_counts_are_kept_for_the_dashboards_seconds(
    monkeypatch: Any, django_assert_num_queries: Any
) -> None:
    make_claim()
    assert selectors.status_counts()["candidate"] == 1
    make_claim()
    with django_assert_num_queries(1):
        assert selectors.status_counts()["candidate"] == 1
    monkeypatch.setattr(selectors.dashboard, "DASHBOARD_COUNTS_SECONDS", 0)
    cache.clear()
    assert selectors.status_counts()["candidate"] == 2
    # A caller changing the dict it got does not change the cached one.
    selectors.status_counts()["candidate"] = 99
    assert selectors.status_counts()["candidate"] == 2


def test_extraction_backlog_counts_articles_per_state(django_assert_num_queries: Any) -> None:
    make_article(extraction_status="pending")
    make_article(extraction_status="pending")
    make_article(extraction_status="failed")
    with django_assert_num_queries(2):
        backlog = selectors.extraction_backlog()
    assert backlog == {"pending": 2, "running": 0, "done": 0, "failed": 1}


@pytest.mark.parametrize("published", [1, 3])
def test_published_per_day_is_zero_filled_in_one_count(
    published: int,
    editor: Any,
    reviewer: Any,
    ratings: None,
    django_assert_num_queries: Any,
) -> None:
    for _ in range(published):
        claim_in("published", editor=editor, reviewer=reviewer)
    with django_assert_num_queries(2):
        days = selectors.published_per_day(days=7)
    today = timezone.localdate()
    assert [day for day, _n in days] == [today - timedelta(days=6 - i) for i in range(7)]
    assert days[-1] == (today, published)
    assert sum(n for _day, n in days) == published


def test_a_transition_forgets_the_cached_figures_once_it_commits(
    editor: Any, reviewer: Any, ratings: None, django_capture_on_commit_callbacks: Any
) -> None:
    waiting = claim_in("in_review", editor=editor, reviewer=reviewer)
    before = selectors.dashboard_figures(days=7)
    assert before.status_counts["in_review"] == 1
    assert before.status_counts["published"] == 0
    with django_capture_on_commit_callbacks() as callbacks:
        services.claim_approve(claim=waiting, by=editor)
    # Not before the commit: a view counting meanwhile would cache the old figures anew.
    assert selectors.status_counts()["in_review"] == 1
    for callback in callbacks:
        callback()
    after = selectors.dashboard_figures(days=7)
    assert after.status_counts["in_review"] == 0
    assert after.status_counts["published"] == 1
    assert after.published_per_day[-1][1] == 1


def test_the_figures_version_is_read_once_for_all_three(django_assert_num_queries: Any) -> None:
    make_claim()
    selectors.dashboard_figures(days=7)
    with django_assert_num_queries(1):  # the version; the figures come from memory
        figures = selectors.dashboard_figures(days=7)
    assert figures.status_counts["candidate"] == 1


def test_an_evicted_version_comes_back_as_a_new_number() -> None:
    shared = caches[selectors.dashboard.SHARED_CACHE]
    first = shared.get(selectors.dashboard.DASHBOARD_VERSION_KEY)
    shared.delete(selectors.dashboard.DASHBOARD_VERSION_KEY)
    make_claim()
    # A small number could name figures cached before; the clock's never does.
    assert selectors.status_counts()["candidate"] == 1
    assert shared.get(selectors.dashboard.DASHBOARD_VERSION_KEY) > first
