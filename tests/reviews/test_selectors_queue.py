"""reviews.selectors: the queue (queue.py), its pages (paging.py), rows (lists.py) and the
text search on SQLite (search.py), with their query counts pinned at two sizes."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core.cache import cache
from django.utils import timezone

from claims.models import Claim
from reviews import selectors, services
from tests.factories import make_article, make_claim
from tests.reviews.workflow import claim_in

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    cache.clear()  # the test process's own memory cache


def ids(queryset: Any) -> list[int]:
    return [claim.pk for claim in queryset]


def test_the_queue_orders_by_score_and_filters(editor: Any, reviewer: Any) -> None:
    low, high = make_claim(checkworthiness=0.2), make_claim(checkworthiness=0.9)
    mine = claim_in("assigned", editor=editor, reviewer=reviewer)
    other = make_article(outlet="Daily Planet")
    planet = make_claim(article=other, claimant="Lois Lane", checkworthiness=0.5)
    queue = selectors.claim_queue(user=reviewer)
    assert ids(queue) == [high.pk, mine.pk, planet.pk, low.pk]
    assert ids(selectors.claim_queue(user=reviewer, filters={"ordering": "score"}))[0] == low.pk
    assert ids(selectors.claim_queue(user=reviewer, filters={"assignee": "me"})) == [mine.pk]
    unassigned = selectors.claim_queue(user=reviewer, filters={"assignee": "none"})
    assert mine.pk not in ids(unassigned) and len(ids(unassigned)) == 3
    by_status = selectors.claim_queue(user=reviewer, filters={"status": ["assigned"]})
    assert ids(by_status) == [mine.pk]
    by_outlet = selectors.claim_queue(user=reviewer, filters={"outlet": "daily planet"})
    assert ids(by_outlet) == [planet.pk]
    assert ids(selectors.claim_queue(user=reviewer, filters={"q": "lois"})) == [planet.pk]
    scored = selectors.claim_queue(user=reviewer, filters={"min_score": 0.4, "max_score": 0.8})
    assert ids(scored) == [mine.pk, planet.pk]
    assert not selectors.claim_queue(user=reviewer, filters={"likely_duplicate": True}).exists()


def test_the_overdue_filter_and_list_hold_late_unfinished_claims(
    editor: Any, reviewer: Any
) -> None:
    late = claim_in("queued", editor=editor, reviewer=reviewer)
    services.claim_assign(
        claim=late, by=editor, assignee=reviewer, due_at=timezone.now() - timedelta(hours=2)
    )
    claim_in("assigned", editor=editor, reviewer=reviewer)  # no due date
    overdue = selectors.claim_queue(user=editor, filters={"overdue": True})
    assert ids(overdue) == [late.pk] == ids(selectors.overdue_claims())


@pytest.mark.parametrize("size", [3, 30])
def test_a_queue_page_costs_two_queries_at_any_size(
    size: int, editor: Any, django_assert_num_queries: Any
) -> None:
    claims = [make_claim(checkworthiness=0.5) for _ in range(size)]
    with django_assert_num_queries(2):
        page = selectors.claim_queue_page(user=editor, page=1, per_page=25)
    assert [row["pk"] for row in page.claims] == [c.pk for c in claims][:25]
    assert (page.count, page.count_capped, page.has_next) == (size, False, size > 25)
    assert page.num_pages == (2 if size > 25 else 1)


def test_a_page_past_the_end_is_the_last_page(editor: Any, django_assert_num_queries: Any) -> None:
    claims = [make_claim(checkworthiness=0.5) for _ in range(4)]
    # The empty page, an exact count, then the last page's ids and rows.
    with django_assert_num_queries(4):
        page = selectors.claim_queue_page(user=editor, page=99, per_page=3)
    assert (page.number, page.count, page.start_index) == (2, 4, 4)
    assert [row["pk"] for row in page.claims] == [claims[3].pk]
    assert (page.has_previous, page.previous_page_number, page.has_next) == (True, 1, False)
    assert selectors.claim_queue_page(user=editor, page="x", per_page=3).number == 1
    assert selectors.claim_queue_page(user=editor, page=10**30, per_page=3).number == 2


def test_the_count_stops_at_the_cap(monkeypatch: Any, editor: Any) -> None:
    monkeypatch.setattr(selectors.paging, "QUEUE_COUNT_CAP", 5)
    for _ in range(8):
        make_claim()
    page = selectors.claim_queue_page(user=editor, per_page=3)
    assert (page.count, page.count_capped, page.num_pages) == (5, True, None)


def test_a_search_page_is_counted_as_far_as_it_reaches(editor: Any) -> None:
    for _ in range(4):
        make_claim(claimant="Minister Okafor")
    make_claim(claimant="Someone else")
    page = selectors.claim_queue_page(user=editor, filters={"q": "okafor"}, per_page=3)
    assert (len(page.claims), page.count, page.count_capped) == (3, 3, True)
    page = selectors.claim_queue_page(user=editor, filters={"q": "okafor"}, page=2, per_page=3)
    assert (len(page.claims), page.count, page.count_capped) == (1, 4, False)


def test_on_sqlite_a_search_is_never_rare_and_keeps_its_order(editor: Any) -> None:
    claim = make_claim(claimant="Dr Zielinski")
    filters = {"q": "zielinski"}
    assert selectors.search_is_rare(user=editor, filters=filters, per_page=25) is False
    found = selectors._search_page_ids(user=editor, filters=filters, number=1, per_page=25)
    assert found == [claim.pk]
    queryset = Claim.objects.all()
    kept = selectors.claims_rare_search_first(
        queryset, user=editor, filters=filters, ordering=("-checkworthiness", "id"), per_page=25
    )
    assert kept == (queryset, None)


def test_queue_rows_are_values_in_the_order_asked(
    editor: Any, reviewer: Any, django_assert_num_queries: Any
) -> None:
    first = claim_in("assigned", editor=editor, reviewer=reviewer)
    second = make_claim()
    with django_assert_num_queries(1):
        rows = selectors.claim_queue_rows(ids=[second.pk, 10**9, first.pk])
    assert [row["pk"] for row in rows] == [second.pk, first.pk]
    assert rows[1]["assignee__username"] == "rita"
    assert set(rows[0]) == {*selectors.QUEUE_ROW_FIELDS, "likely_duplicate"}
    assert rows[0]["likely_duplicate"] is False
    with django_assert_num_queries(1):
        api_rows = selectors.claim_list_rows(ids=[first.pk])
    assert set(api_rows[0]) == {*selectors.CLAIM_LIST_COLUMNS, *selectors.CLAIM_LIST_RATING}


def test_filter_choices_are_read_once_until_an_assignment(
    editor: Any, reviewer: Any, django_assert_num_queries: Any
) -> None:
    claim = claim_in("queued", editor=editor, reviewer=reviewer)
    with django_assert_num_queries(2):
        people, ratings = selectors.filter_choices()
    assert [(p.username, p.open_claims) for p in people] == [("rita", 0)] and ratings == []
    with django_assert_num_queries(0):
        selectors.filter_choices()
    services.claim_assign(claim=claim, by=editor, assignee=reviewer)
    with django_assert_num_queries(2):
        people, _ = selectors.filter_choices()
    assert [(p.username, p.open_claims) for p in people] == [("rita", 1)]


def test_reviewers_with_load_is_one_query_however_many_reviewers(
    editor: Any, reviewer: Any, other_reviewer: Any, django_assert_num_queries: Any
) -> None:
    for _ in range(3):
        claim_in("assigned", editor=editor, reviewer=reviewer)
    with django_assert_num_queries(1):
        loads = {u.username: u.open_claims for u in selectors.reviewers_with_load()}
    assert loads == {"rafael": 0, "rita": 3}
