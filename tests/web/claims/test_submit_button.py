"""The submit button shows whether submission would go through (issue 17, item 13)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.urls import reverse

from claims.models import Claim, ClaimStatus
from reviews import services
from tests.web.claims.pages import HX, action_url, page

pytestmark = pytest.mark.django_db


def submit_button(html: str) -> str:
    """The submit form's button tag (the panel may come as a swap of its own)."""
    form = re.search(r'data-action="submit".*?</form>', html, re.S)
    assert form is not None, "no submit form on the page"
    button = re.search(r"<button[^>]*>", form.group(0))
    assert button is not None
    return button.group(0)


def in_progress(claim_in: Any, reviewer: Any) -> Claim:
    claim = claim_in("assigned")
    services.claim_start(claim=claim, by=reviewer)
    return Claim.objects.get(pk=claim.pk)


def test_submit_is_disabled_with_what_is_missing_beside_it(
    client_for: Any, reviewer: Any, claim_in: Any
) -> None:
    claim = in_progress(claim_in, reviewer)
    html = page(client_for(reviewer), claim)
    button = submit_button(html)
    assert " disabled" in button and 'aria-describedby="submit-missing"' in button
    assert (
        '<p id="submit-missing" class="checklist small">To submit, this still needs a rating, '
        "a summary, at least one source.</p>"
    ) in html


def test_submit_turns_on_once_the_checklist_is_complete(
    client_for: Any, reviewer: Any, claim_in: Any
) -> None:
    claim = in_progress(claim_in, reviewer)
    client = client_for(reviewer)
    services.review_update(claim=claim, by=reviewer, version=None, rating="false", summary="")
    services.source_add(claim=claim, by=reviewer, url="https://stats.example.org/q1")
    still = page(client, claim)
    assert " disabled" in submit_button(still)
    assert "this still needs a summary.</p>" in still
    # The last requirement, saved through the verdict form: the action panel it swaps in
    # has the button enabled and no checklist.
    version = Claim.objects.get(pk=claim.pk).review.version
    response = client.post(
        reverse("web-claim-review", args=[claim.pk]),
        {"rating": "false", "summary": "The ministry says 4.1%.", "version": version},
        headers=HX,
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="panel-actions"' in html
    assert " disabled" not in submit_button(html)
    assert "submit-missing" not in html


def test_the_server_still_refuses_a_submit_posted_past_the_disabled_button(
    client_for: Any, reviewer: Any, claim_in: Any
) -> None:
    claim = in_progress(claim_in, reviewer)
    response = client_for(reviewer).post(
        action_url(claim, "submit"), {"version": claim.version}, headers=HX
    )
    assert response.status_code == 409
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.IN_PROGRESS
