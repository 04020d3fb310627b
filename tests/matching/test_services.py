"""Claim matching in the database: candidates, storage, decisions and the queue flag
(the matches API: test_api.py)."""

from __future__ import annotations

from typing import Any

import pytest

from claims.models import Claim
from matching import selectors, services
from matching.models import ClaimMatch, ExternalVerdict
from reviews import selectors as reviews_selectors
from reviews.models import Rating, TimelineEvent
from tests.factories import make_article, make_claim
from tests.reviews.workflow import claim_in

pytestmark = pytest.mark.django_db

EARLIER = "The unemployment rate in Ohio fell to 3.9 percent in March, the lowest since 2000."
REPEAT = "Ohio's unemployment rate dropped to 3.9 percent in March, its lowest level since 2000."
UNRELATED = "The city council approved a new bicycle lane on Main Street on Tuesday."


def claim_with_text(text: str) -> Claim:
    article = make_article(body=f"{text} More text follows here.")
    return make_claim(article=article, span_start=0, span_end=len(text))


@pytest.fixture
def published_earlier(editor: Any, editor2: Any, reviewer: Any, ratings: None) -> Claim:
    claim = claim_in("published", editor=editor, reviewer=reviewer, approver=editor2)
    Claim.objects.filter(pk=claim.pk).update(text=EARLIER)
    claim.refresh_from_db()
    return claim


def test_a_repeated_claim_finds_the_earlier_verdict_and_not_unrelated_ones(
    published_earlier: Claim,
) -> None:
    claim_with_text(UNRELATED)
    new = claim_with_text(REPEAT)
    assert services.claims_match(claim_ids=[new.pk]) == 1
    matches = selectors.claim_matches(claim=new)
    assert [m.matched_claim_id for m in matches][:1] == [published_earlier.pk]
    best = matches[0]
    assert best.score >= 0.5
    assert any("3.9" in reason or "number" in reason for reason in best.reasons), best.reasons


def test_external_verdicts_are_candidates(ratings: None) -> None:
    external = ExternalVerdict.objects.create(
        claim_text=EARLIER,
        publisher="Other Fact Check",
        url="https://other.example.org/ohio",
        textual_rating="False",
        rating=Rating.objects.get(slug="false"),
    )
    new = claim_with_text(REPEAT)
    services.claims_match(claim_ids=[new.pk])
    assert [m.external_id for m in selectors.claim_matches(claim=new)][:1] == [external.pk]


def test_a_rejected_pair_is_never_suggested_again(published_earlier: Claim, editor: Any) -> None:
    new = claim_with_text(REPEAT)
    services.claims_match(claim_ids=[new.pk])
    match = ClaimMatch.objects.get(claim=new, matched_claim=published_earlier)
    services.match_reject(claim_id=new.pk, match_id=match.pk, by=editor)
    services.claims_match(claim_ids=[new.pk])
    assert published_earlier.pk not in [
        m.matched_claim_id for m in selectors.claim_matches(claim=new)
    ]
    assert ClaimMatch.objects.filter(claim=new, matched_claim=published_earlier).count() == 1
    assert TimelineEvent.objects.filter(claim=new, action="match_rejected").exists()


def test_confirming_merges_into_the_earlier_claim(
    published_earlier: Claim, editor: Any, reviewer: Any
) -> None:
    new = claim_with_text(REPEAT)
    services.claims_match(claim_ids=[new.pk])
    match = ClaimMatch.objects.get(claim=new, matched_claim=published_earlier)
    with pytest.raises(Exception, match="Only an editor"):
        services.match_confirm(claim_id=new.pk, match_id=match.pk, by=reviewer)
    services.match_confirm(claim_id=new.pk, match_id=match.pk, by=editor)
    new.refresh_from_db()
    assert (new.status, new.duplicate_of_id) == ("duplicate", published_earlier.pk)


def test_high_scores_flag_likely_duplicates_in_the_queue(
    published_earlier: Claim, editor: Any, settings: Any
) -> None:
    new = claim_with_text(REPEAT)
    other = claim_with_text(UNRELATED)
    services.claims_match(claim_ids=[new.pk, other.pk])
    settings.MATCH_DUPLICATE_SCORE = ClaimMatch.objects.get(claim=new).score
    queue = reviews_selectors.claim_queue(user=editor, filters={})
    flags = {c.pk: c.likely_duplicate for c in queue}  # type: ignore[attr-defined]
    assert flags[new.pk] is True and flags[other.pk] is False
    only = reviews_selectors.claim_queue(user=editor, filters={"likely_duplicate": True})
    assert list(only.values_list("pk", flat=True)) == [new.pk]


def test_the_queue_page_and_the_claims_api_mark_and_filter_likely_duplicates(
    published_earlier: Claim, editor: Any, client_for: Any, api_for: Any, settings: Any
) -> None:
    new = claim_with_text(REPEAT)
    other = claim_with_text(UNRELATED)
    services.claims_match(claim_ids=[new.pk, other.pk])
    settings.MATCH_DUPLICATE_SCORE = ClaimMatch.objects.get(claim=new).score

    page = client_for(editor).get("/queue/").content.decode()
    row_of_new = page.split(f'name="claims" value="{new.pk}"', 1)[1].split("</tr>", 1)[0]
    row_of_other = page.split(f'name="claims" value="{other.pk}"', 1)[1].split("</tr>", 1)[0]
    assert "likely duplicate" in row_of_new and "likely duplicate" not in row_of_other
    only = client_for(editor).get("/queue/", {"likely_duplicate": "on"}).content.decode()
    assert (
        f'name="claims" value="{new.pk}"' in only
        and f'name="claims" value="{other.pk}"' not in only
    )

    api = api_for(editor)
    listed = {c["id"]: c["likely_duplicate"] for c in api.get("/api/v1/claims/").json()["results"]}
    assert listed[new.pk] is True and listed[other.pk] is False
    flagged = api.get("/api/v1/claims/", {"likely_duplicate": "true"}).json()["results"]
    assert [c["id"] for c in flagged] == [new.pk]
    unflagged = api.get("/api/v1/claims/", {"likely_duplicate": "false"}).json()["results"]
    assert new.pk not in {c["id"] for c in unflagged} and other.pk in {c["id"] for c in unflagged}
    refused = api.get("/api/v1/claims/", {"likely_duplicate": "maybe"})
    assert refused.status_code == 400 and "likely_duplicate" in refused.json()["detail"]
    assert api.get(f"/api/v1/claims/{new.pk}/").json()["likely_duplicate"] is True
    assert api.get(f"/api/v1/claims/{other.pk}/").json()["likely_duplicate"] is False

    # Once an editor rejects the match, the claim is no longer flagged.
    match = ClaimMatch.objects.get(claim=new)
    assert api.post(f"/api/v1/claims/{new.pk}/matches/{match.pk}/reject/").status_code == 200
    assert api.get(f"/api/v1/claims/{new.pk}/").json()["likely_duplicate"] is False


def test_likely_duplicate_means_a_score_at_or_above_the_setting(settings: Any) -> None:
    settings.MATCH_DUPLICATE_SCORE = 0.8
    assert selectors.is_likely_duplicate(0.8) and selectors.is_likely_duplicate(0.95)
    assert not selectors.is_likely_duplicate(0.79)


def test_a_decision_by_name_confirms_or_rejects(published_earlier: Claim, editor: Any) -> None:
    new = claim_with_text(REPEAT)
    services.claims_match(claim_ids=[new.pk])
    match = ClaimMatch.objects.get(claim=new, matched_claim=published_earlier)
    with pytest.raises(ValueError, match="unknown match decision"):
        services.match_decide(claim_id=new.pk, match_id=match.pk, decision="merge", by=editor)
    decided = services.match_decide(
        claim_id=new.pk, match_id=match.pk, decision="reject", by=editor
    )
    assert decided.rejected and not decided.confirmed
