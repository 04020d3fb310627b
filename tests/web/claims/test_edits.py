"""Editing the claim text and the verdict, with versions and conflicts."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.urls import reverse
from django.utils.html import escape

from claims.models import Claim
from reviews import services
from reviews.models import Review
from tests.web.claims.pages import HX

pytestmark = pytest.mark.django_db


# --- research: the claim text and the verdict -------------------------------------------------


def test_the_reviewer_edits_the_claim_text_with_its_version(
    client_for: Any, reviewer: Any, claim_in: Any
) -> None:
    claim = claim_in("in_progress")
    response = client_for(reviewer).post(
        reverse("web-claim-edit", args=[claim.pk]),
        {
            "text": "Unemployment fell to 3.9%.",
            "claimant": "Ministry",
            "claim_type": "statistic",
            "version": claim.version,
        },
        headers=HX,
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="panel-claim"')
    assert (
        'id="panel-timeline" class="card panel" aria-labelledby="timeline-title" hx-swap-oob="true"'
        in html
    )
    claim.refresh_from_db()
    assert claim.text == "Unemployment fell to 3.9%." and claim.edited_by_human


def test_a_stale_claim_edit_is_409_names_who_changed_it_and_keeps_the_typed_text(
    client_for: Any, reviewer: Any, editor: Any, claim_in: Any
) -> None:
    claim = claim_in("in_progress")
    seen = claim.version
    services.claim_update(
        claim=claim, by=editor, changes={"text": "Editor's wording"}, version=seen
    )
    response = client_for(reviewer).post(
        reverse("web-claim-edit", args=[claim.pk]),
        {"text": "My careful wording", "claimant": "", "claim_type": "other", "version": seen},
        headers=HX,
    )
    assert response.status_code == 409
    html = response.content.decode()
    assert f"This claim was changed by {escape(editor.get_full_name() or 'edna')}" in html
    assert re.search(r">\s*My careful wording</textarea>", html)
    assert "Editor&#x27;s wording" in html  # their saved version is shown next to mine
    assert f'name="version" value="{seen + 1}"' in html  # a second save is deliberate
    assert Claim.objects.get(pk=claim.pk).text == "Editor's wording"


def test_saving_the_verdict(client_for: Any, reviewer: Any, claim_in: Any) -> None:
    claim = claim_in("assigned")
    response = client_for(reviewer).post(
        reverse("web-claim-review", args=[claim.pk]),
        {"rating": "mostly-false", "summary": "Half of it.", "rationale": "Details.", "version": 1},
        headers=HX,
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="panel-review"')
    assert re.search(r'value="mostly-false"\s+checked', html)
    review = Review.objects.select_related("rating").get(claim=claim)
    assert review.rating is not None
    assert (review.rating.slug, review.summary, review.version) == (
        "mostly-false",
        "Half of it.",
        2,
    )


def test_a_stale_verdict_save_is_409_with_the_typed_text_preserved(
    client_for: Any, reviewer: Any, claim_in: Any
) -> None:
    claim = claim_in("in_progress")
    version = Review.objects.get(claim=claim).version
    client = client_for(reviewer)
    client.post(
        reverse("web-claim-review", args=[claim.pk]),
        {
            "rating": "true",
            "summary": "Saved in the other tab.",
            "rationale": "",
            "version": version,
        },
    )
    response = client.post(
        reverse("web-claim-review", args=[claim.pk]),
        {
            "rating": "mixed",
            "summary": "Typed in this tab.",
            "rationale": "Long reasoning.",
            "version": version,
        },
        headers=HX,
    )
    assert response.status_code == 409
    html = response.content.decode()
    assert "This review was changed by" in html
    assert re.search(r">\s*Typed in this tab.</textarea>", html)
    assert re.search(r">\s*Long reasoning.</textarea>", html)
    assert re.search(r'value="mixed"\s+checked', html)
    assert "Saved in the other tab." in html
    assert Review.objects.get(claim=claim).summary == "Saved in the other tab."
    # Without htmx the full page comes back with the same 409 and the same text.
    plain = client.post(
        reverse("web-claim-review", args=[claim.pk]),
        {"rating": "mixed", "summary": "Typed in this tab.", "rationale": "", "version": version},
    )
    assert plain.status_code == 409
    assert re.search(r">\s*Typed in this tab.</textarea>", plain.content.decode())


def test_an_unknown_rating_is_a_form_error(client_for: Any, reviewer: Any, claim_in: Any) -> None:
    claim = claim_in("assigned")
    response = client_for(reviewer).post(
        reverse("web-claim-review", args=[claim.pk]),
        {"rating": "pants-on-fire", "summary": "", "version": 1},
    )
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()


def test_the_verdict_form_offers_the_claim_as_stated_starting_from_the_claim_text(
    client_for: Any, reviewer: Any, claim_in: Any
) -> None:
    claim = claim_in("in_progress")
    page = client_for(reviewer).get(reverse("web-claim", args=[claim.pk])).content.decode()
    assert '<label for="review_claim_as_stated">Claim as stated</label>' in page
    assert f"{escape(claim.text)}</textarea>" in page
    review = Review.objects.get(claim=claim)
    response = client_for(reviewer).post(
        reverse("web-claim-review", args=[claim.pk]),
        {
            "claim_as_stated": "Unemployment has halved since 2021",
            "rating": "false",
            "summary": review.summary,
            "rationale": review.rationale,
            "version": review.version,
        },
        headers=HX,
    )
    assert response.status_code == 200
    assert "Unemployment has halved since 2021</textarea>" in response.content.decode()
    assert Review.objects.get(claim=claim).claim_as_stated == "Unemployment has halved since 2021"
