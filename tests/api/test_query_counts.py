"""List and detail endpoints cost a fixed number of queries, whatever the number of rows.

Each endpoint is measured at 10 and at 200 rows and must cost exactly the pinned count at
both sizes. A warm-up call first fills the per-user role cache, which real requests fill
once per request.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from rest_framework.test import APIClient

from claims.models import Claim, ClaimStatus
from reviews import services
from tests.factories import make_article, make_claim

pytestmark = pytest.mark.django_db

SIZES = (10, 200)


def _count(api: APIClient, url: str, queries: Any, expected: int) -> Any:
    api.get(url)  # warm-up: role cache
    with queries(expected):
        response = api.get(url)
    assert response.status_code == 200
    return response


@pytest.mark.parametrize("size", SIZES)
def test_claim_queue_costs_a_fixed_number_of_queries(
    size: int,
    clients: dict[str, APIClient],
    claim_in: Callable[..., Claim],
    editor: Any,
    reviewer: Any,
    django_assert_num_queries: Any,
) -> None:
    claim_in(ClaimStatus.PUBLISHED)
    for index in range(size - 1):
        claim = make_claim()
        if index % 3 == 0:
            services.claim_triage(claim=claim, by=editor, decision="queue")
            services.claim_assign(claim=claim, by=editor, assignee=reviewer)
    # The whole queue by score: one query, the page joined with its verdict's rating.
    response = _count(
        clients["editor"], "/api/v1/claims/?page_size=200", django_assert_num_queries, 1
    )
    assert len(response.json()["results"]) == size
    # Filtered, searched and ordered by due date: the page's ids (with the cursor's
    # column), then those claims with their ratings, after (on PostgreSQL) one that looks
    # for the word among the best claims to choose the plan.
    response = _count(
        clients["reviewer"],
        "/api/v1/claims/?assignee=me&status=assigned&ordering=due&q=e&page_size=200",
        django_assert_num_queries,
        3 if connection.vendor == "postgresql" else 2,
    )
    assert response.json()["results"]


@pytest.mark.parametrize("size", SIZES)
def test_claim_detail_costs_a_fixed_number_of_queries(
    size: int,
    clients: dict[str, APIClient],
    claim_in: Callable[..., Claim],
    reviewer: Any,
    django_assert_num_queries: Any,
) -> None:
    claim = claim_in(ClaimStatus.IN_PROGRESS)
    for index in range(size):
        services.source_add(claim=claim, by=reviewer, url=f"https://example.org/{index}")
        services.note_add(claim=claim, by=reviewer, body=f"Note {index}")
    # The claim with its joins, then its sources and its notes.
    response = _count(
        clients["editor"], f"/api/v1/claims/{claim.pk}/", django_assert_num_queries, 3
    )
    assert len(response.json()["sources"]) == size
    assert len(response.json()["notes"]) == size


@pytest.mark.parametrize("size", SIZES)
def test_article_list_costs_a_fixed_number_of_queries(
    size: int, clients: dict[str, APIClient], django_assert_num_queries: Any
) -> None:
    for _ in range(size):
        article = make_article()
        make_claim(article=article)
    response = _count(
        clients["reviewer"], "/api/v1/articles/?page_size=200", django_assert_num_queries, 1
    )
    assert len(response.json()["results"]) == size
    assert {row["claim_count"] for row in response.json()["results"]} == {1}


@pytest.mark.parametrize("size", SIZES)
def test_timeline_costs_a_fixed_number_of_queries(
    size: int,
    clients: dict[str, APIClient],
    claim_in: Callable[..., Claim],
    reviewer: Any,
    django_assert_num_queries: Any,
) -> None:
    claim = claim_in(ClaimStatus.IN_PROGRESS)
    for index in range(size):
        services.note_add(claim=claim, by=reviewer, body=f"Note {index}")
    # The claim (404 check), then one page of events joined with their actors.
    response = _count(
        clients["editor"],
        f"/api/v1/claims/{claim.pk}/timeline/?page_size=200",
        django_assert_num_queries,
        2,
    )
    assert len(response.json()["results"]) == min(claim.timeline.count(), 200) >= size


@pytest.mark.parametrize("size", SIZES)
def test_sources_cost_a_fixed_number_of_queries(
    size: int,
    clients: dict[str, APIClient],
    claim_in: Callable[..., Claim],
    reviewer: Any,
    django_assert_num_queries: Any,
) -> None:
    claim = claim_in(ClaimStatus.IN_PROGRESS)
    for index in range(size):
        services.source_add(claim=claim, by=reviewer, url=f"https://example.org/{index}")
    response = _count(
        clients["editor"],
        f"/api/v1/claims/{claim.pk}/sources/?page_size=200",
        django_assert_num_queries,
        2,
    )
    assert len(response.json()["results"]) == size


@pytest.mark.parametrize("size", SIZES)
def test_verdict_export_costs_a_fixed_number_of_queries(
    size: int,
    clients: dict[str, APIClient],
    claim_in: Callable[..., Claim],
    editor: Any,
    django_assert_num_queries: Any,
) -> None:
    canonical = claim_in(ClaimStatus.PUBLISHED)
    for _ in range(size - 1):
        claim_in(ClaimStatus.PUBLISHED)
    services.claim_merge(claim=make_claim(), by=editor, canonical=canonical)
    # ETag aggregate, the page of ids, then per page: verdict rows, rating scale, writers,
    # duplicate appearances, the sources' current archived copies, earlier revisions.
    response = _count(
        clients["editor"], "/api/v1/verdicts/?page_size=200", django_assert_num_queries, 8
    )
    results = response.json()["results"]
    assert len(results) == size
    assert all(len(item["sources"]) == 1 for item in results)
    by_id = {item["id"]: item for item in results}
    assert len(by_id[canonical.pk]["appearances"]) == 2
