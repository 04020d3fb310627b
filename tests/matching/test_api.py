"""`/api/v1/claims/{id}/matches/`: roles, the earlier verdict, decisions, and a query count
that is the same for 1 match as for many."""

from __future__ import annotations

from typing import Any

import pytest

from claims.models import Claim
from matching import services
from matching.models import ClaimMatch, ExternalVerdict
from reviews.models import Rating
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
    services.claims_match(claim_ids=[new.pk])
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


EARLIER = "The unemployment rate in Ohio fell to 3.9 percent in March, the lowest since 2000."
REPEAT = "Ohio's unemployment rate dropped to 3.9 percent in March, its lowest level since 2000."


@pytest.fixture
def published_earlier(editor: Any, editor2: Any, reviewer: Any, ratings: None) -> Claim:
    claim = claim_in("published", editor=editor, reviewer=reviewer, approver=editor2)
    Claim.objects.filter(pk=claim.pk).update(text=EARLIER)
    claim.refresh_from_db()
    return claim


def claim_with_text(text: str) -> Claim:
    article = make_article(body=f"{text} More text follows here.")
    return make_claim(article=article, span_start=0, span_end=len(text))


class TestMatchesApi:
    def test_roles_and_the_earlier_verdict(
        self,
        published_earlier: Claim,
        api_for: Any,
        editor: Any,
        reviewer: Any,
        other_reviewer: Any,
        admin_user: Any,
    ) -> None:
        new = claim_with_text(REPEAT)
        services.claims_match(claim_ids=[new.pk])
        url = f"/api/v1/claims/{new.pk}/matches/"
        assert api_for(None).get(url).status_code == 401
        for user in (reviewer, other_reviewer, editor, admin_user):
            assert api_for(user).get(url).status_code == 200
        [first, *_] = api_for(reviewer).get(url).json()
        assert first["matched_claim"] == published_earlier.pk
        verdict = first["verdict"]
        assert verdict["source"] == "newsroom" and verdict["rating_slug"] == "false"
        assert verdict["by"] == "rita" and verdict["url"].endswith(
            f"/claims/{published_earlier.pk}/"
        )
        assert api_for(None).get("/api/v1/claims/999999/matches/").status_code == 401
        assert api_for(editor).get("/api/v1/claims/999999/matches/").status_code == 404

    def test_confirm_and_reject_are_for_editors(
        self, published_earlier: Claim, api_for: Any, editor: Any, reviewer: Any
    ) -> None:
        new = claim_with_text(REPEAT)
        services.claims_match(claim_ids=[new.pk])
        match = ClaimMatch.objects.get(claim=new, matched_claim=published_earlier)
        base = f"/api/v1/claims/{new.pk}/matches/{match.pk}"
        assert api_for(reviewer).post(f"{base}/reject/").status_code == 403
        response = api_for(editor).post(f"{base}/reject/")
        assert response.status_code == 200, response.content
        assert api_for(editor).post(f"{base}/confirm/").status_code == 409
        assert api_for(editor).get(f"/api/v1/claims/{new.pk}/matches/").json() == []
