"""GET /api/v1/claims/{id}/matches/ costs the same queries for 1 match as for many."""

from __future__ import annotations

from typing import Any

import pytest

from claims import matching_services
from claims.models import Claim
from reviews.models import ClaimMatch, ExternalVerdict, Rating
from tests.factories import make_article, make_claim
from tests.reviews.workflow import claim_in

pytestmark = pytest.mark.django_db

# The claim row, then the matches with their earlier claims, reviews and external verdicts
# in one join (api_for authenticates without a query).
QUERIES = 2
TEXT = "The unemployment rate in Ohio fell to {n}.9 percent in March, the lowest since 2000."


def _claim(text: str) -> Claim:
    article = make_article(body=f"{text} More text follows here.")
    return make_claim(article=article, span_start=0, span_end=len(text))


def _earlier_verdicts(n: int, *, editor: Any, editor2: Any, reviewer: Any) -> None:
    for i in range(n):
        claim = claim_in("published", editor=editor, reviewer=reviewer, approver=editor2)
        Claim.objects.filter(pk=claim.pk).update(text=TEXT.format(n=i + 3))
        ExternalVerdict.objects.create(
            claim_text=TEXT.format(n=i + 3),
            publisher=f"Other Fact Check {i}",
            url=f"https://other.example.org/ohio-{i}",
            textual_rating="False",
            rating=Rating.objects.get(slug="false"),
        )


def _matches_count(
    n: int,
    *,
    queries: int,
    api_for: Any,
    editor: Any,
    editor2: Any,
    reviewer: Any,
    django_assert_num_queries: Any,
) -> int:
    _earlier_verdicts(n, editor=editor, editor2=editor2, reviewer=reviewer)
    new = _claim("Ohio's unemployment rate dropped to 3.9 percent in March, its lowest since 2000.")
    matching_services.claims_match(claim_ids=[new.pk])
    stored = ClaimMatch.objects.filter(claim=new).count()
    client = api_for(reviewer)
    client.get(f"/api/v1/claims/{new.pk}/matches/")  # warm caches (content types, session)
    with django_assert_num_queries(queries):
        response = client.get(f"/api/v1/claims/{new.pk}/matches/")
    assert response.status_code == 200
    body = response.json()
    assert len(body) == stored
    assert all(m["verdict"] is not None for m in body)
    return stored


@pytest.mark.parametrize("earlier", [1, 4])
def test_matches_endpoint_query_count_is_flat(
    earlier: int,
    api_for: Any,
    editor: Any,
    editor2: Any,
    reviewer: Any,
    ratings: None,
    django_assert_num_queries: Any,
) -> None:
    stored = _matches_count(
        earlier,
        queries=QUERIES,
        api_for=api_for,
        editor=editor,
        editor2=editor2,
        reviewer=reviewer,
        django_assert_num_queries=django_assert_num_queries,
    )
    # Each earlier verdict is both a newsroom claim and an external ClaimReview; the larger
    # case must really list more matches (a differing number lowers some below the cut-off).
    assert stored >= earlier + 1
