"""claims.selectors: articles with their claim counts, and the outlets for the filters."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.cache import cache

from claims import selectors
from reviews import selectors as review_selectors
from reviews import services
from tests.factories import make_article, make_claim

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    cache.clear()  # the test process's own memory cache


@pytest.mark.parametrize("size", [1, 10])
def test_articles_come_newest_first_with_their_counts_in_one_query(
    size: int, editor: Any, django_assert_num_queries: Any
) -> None:
    articles = [make_article() for _ in range(size)]
    first = articles[0]
    make_claim(article=first)
    dismissed = make_claim(article=first, span_start=1)
    services.claim_triage(claim=dismissed, by=editor, decision="dismiss")
    with django_assert_num_queries(1):
        listed = list(selectors.articles_with_counts())
    assert [a.pk for a in listed] == [a.pk for a in reversed(articles)]
    counts = [(a.claim_count, a.open_count, a.published_count) for a in listed]  # type: ignore[attr-defined]
    assert counts == [(0, 0, 0)] * (size - 1) + [(2, 1, 0)]


def test_outlets_are_distinct_sorted_and_cached(django_assert_num_queries: Any) -> None:
    for outlet in ("Zeta Times", "Alpha Post", "Zeta Times", ""):
        make_article(outlet=outlet)
    with django_assert_num_queries(1):
        assert selectors.outlets() == ["Alpha Post", "Zeta Times"]
    make_article(outlet="Beta Wire")
    with django_assert_num_queries(0):
        assert selectors.outlets() == ["Alpha Post", "Zeta Times"]
    assert selectors.outlets(limit=1) == ["Alpha Post"]


def test_the_reviews_selectors_still_offer_them() -> None:
    assert review_selectors.articles_with_counts is selectors.articles_with_counts
    assert review_selectors.outlets is selectors.outlets
