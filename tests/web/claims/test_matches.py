"""The similar-claims panel of the claim workspace: earlier verdicts, confirm, reject."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from claims.models import Claim
from matching import services as matching_services
from matching.models import ClaimMatch
from tests.factories import make_article, make_claim
from tests.reviews.workflow import claim_in

pytestmark = pytest.mark.django_db

EARLIER = "The unemployment rate in Ohio fell to 3.9 percent in March, the lowest since 2000."
REPEAT = "Ohio's unemployment rate dropped to 3.9 percent in March, its lowest level since 2000."


@pytest.fixture
def pair(
    editor: Any, editor2: Any, reviewer: Any, ratings: None
) -> tuple[Claim, Claim, ClaimMatch]:
    earlier = claim_in("published", editor=editor, reviewer=reviewer, approver=editor2)
    Claim.objects.filter(pk=earlier.pk).update(text=EARLIER)
    article = make_article(body=REPEAT + " More follows.")
    new = make_claim(article=article, span_start=0, span_end=len(REPEAT))
    matching_services.claims_match(claim_ids=[new.pk])
    return earlier, new, ClaimMatch.objects.get(claim=new, matched_claim=earlier)


def test_the_panel_shows_the_earlier_verdict_with_who_and_when(
    client_for: Any, reviewer: Any, pair: tuple[Claim, Claim, ClaimMatch]
) -> None:
    earlier, new, _match = pair
    page = client_for(reviewer).get(reverse("web-claim", args=[new.pk])).content.decode()
    assert "Similar claims" in page
    assert f"#{earlier.pk}" in page and "False" in page and "by rita" in page
    assert 'data-action="reject-match"' not in page  # reviewers see, editors decide


def test_an_editor_rejects_a_match_and_it_is_not_suggested_again(
    client_for: Any, editor: Any, pair: tuple[Claim, Claim, ClaimMatch]
) -> None:
    earlier, new, match = pair
    client = client_for(editor)
    page = client.get(reverse("web-claim", args=[new.pk])).content.decode()
    assert 'data-action="reject-match"' in page and 'data-action="confirm-match"' in page
    response = client.post(reverse("web-claim-match", args=[new.pk, match.pk, "reject"]))
    assert response.status_code in (200, 302)
    matching_services.claims_match(claim_ids=[new.pk])
    page = client.get(reverse("web-claim", args=[new.pk])).content.decode()
    assert f"Same claim: merge into #{earlier.pk}" not in page


def test_an_editor_confirms_a_match_which_merges_the_claim(
    client_for: Any, editor: Any, pair: tuple[Claim, Claim, ClaimMatch]
) -> None:
    earlier, new, match = pair
    client_for(editor).post(reverse("web-claim-match", args=[new.pk, match.pk, "confirm"]))
    new.refresh_from_db()
    assert (new.status, new.duplicate_of_id) == ("duplicate", earlier.pk)


def test_reviewers_cannot_decide_matches_by_url(
    client_for: Any, reviewer: Any, pair: tuple[Claim, Claim, ClaimMatch]
) -> None:
    _earlier, new, match = pair
    response = client_for(reviewer).post(
        reverse("web-claim-match", args=[new.pk, match.pk, "reject"])
    )
    assert response.status_code == 403
    match.refresh_from_db()
    assert not match.rejected
