"""The workflow actions posted from the workspace."""

from __future__ import annotations

import re
from typing import Any

import pytest

from claims.models import Claim, ClaimStatus
from reviews import services
from reviews.models import Review
from tests.factories import make_claim
from tests.web.claims.pages import HX, action_url, buttons

pytestmark = pytest.mark.django_db


# --- workflow actions --------------------------------------------------------------------------


def test_editor_queues_and_dismisses(client_for: Any, editor: Any) -> None:
    client = client_for(editor)
    one, two = make_claim(), make_claim()
    response = client.post(action_url(one, "queue"), {"version": one.version})
    assert response.status_code == 302 and response["Location"] == f"/claims/{one.pk}/"
    response = client.post(
        action_url(two, "dismiss"), {"version": two.version, "reason": "Opinion"}, headers=HX
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="workspace"')
    assert "Claim dismissed." in html and "restore" in buttons(html, two)
    assert Claim.objects.get(pk=one.pk).status == ClaimStatus.QUEUED
    assert Claim.objects.get(pk=two.pk).status == ClaimStatus.DISMISSED


def test_editor_assigns_with_a_due_date(
    client_for: Any, editor: Any, reviewer: Any, claim_in: Any
) -> None:
    claim = claim_in("queued")
    response = client_for(editor).post(
        action_url(claim, "assign"),
        {"assignee": reviewer.pk, "due_date": "2031-05-02", "version": claim.version},
        headers=HX,
    )
    assert response.status_code == 200
    claim.refresh_from_db()
    assert claim.assignee == reviewer and claim.status == ClaimStatus.ASSIGNED
    assert claim.due_at is not None and claim.due_at.date().isoformat() == "2031-05-02"


def test_assigning_without_a_reviewer_is_a_form_error(
    client_for: Any, editor: Any, claim_in: Any
) -> None:
    claim = claim_in("queued")
    response = client_for(editor).post(action_url(claim, "assign"), {"assignee": ""})
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()


def test_the_reviewer_starts_and_submits(client_for: Any, reviewer: Any, claim_in: Any) -> None:
    claim = claim_in("assigned")
    client = client_for(reviewer)
    assert client.post(action_url(claim, "start"), {"version": claim.version}).status_code == 302
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.IN_PROGRESS
    # Submitting without a rating, summary and source is refused with what is missing.
    response = client.post(action_url(claim, "submit"), {"version": claim.version}, headers=HX)
    assert response.status_code == 409
    html = response.content.decode()
    assert "still needs a rating, a summary and at least one source" in html
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.IN_PROGRESS


def test_approve_enforces_four_eyes_and_publishes(
    client_for: Any, editor: Any, editor2: Any, claim_in: Any
) -> None:
    claim = claim_in("in_review")
    Review.objects.filter(claim=claim).update(author=editor)
    response = client_for(editor).post(action_url(claim, "approve"), headers=HX)
    assert response.status_code == 403
    assert "four-eyes" in response.content.decode()
    response = client_for(editor2).post(action_url(claim, "approve"), headers=HX)
    assert response.status_code == 200
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.PUBLISHED


def test_return_needs_a_comment_and_reopen_needs_a_note(
    client_for: Any, editor: Any, claim_in: Any
) -> None:
    client = client_for(editor)
    claim = claim_in("in_review")
    empty = client.post(action_url(claim, "return"), {"comment": ""}, headers=HX)
    assert empty.status_code == 400
    assert re.search(
        r"<details class=\"action-details\" open>\s*<summary[^>]*>Return", empty.content.decode()
    )
    ok = client.post(action_url(claim, "return"), {"comment": "Add the 2019 figure."})
    assert ok.status_code == 302
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.IN_PROGRESS
    published = claim_in("published")
    assert client.post(action_url(published, "reopen"), {"note": ""}).status_code == 400
    client.post(action_url(published, "reopen"), {"note": "Figure was revised."})
    assert Claim.objects.get(pk=published.pk).status == ClaimStatus.IN_PROGRESS


def test_merge_into_a_canonical_claim(client_for: Any, editor: Any) -> None:
    claim, canonical = make_claim(), make_claim()
    client = client_for(editor)
    missing = client.post(action_url(claim, "merge"), {"canonical": 999999}, headers=HX)
    assert missing.status_code == 400 and "does not exist" in missing.content.decode()
    response = client.post(action_url(claim, "merge"), {"canonical": canonical.pk}, headers=HX)
    assert response.status_code == 200
    assert f'Duplicate of <a href="/claims/{canonical.pk}/">' in response.content.decode()
    assert Claim.objects.get(pk=claim.pk).duplicate_of_id == canonical.pk


def test_an_action_in_the_wrong_state_is_409_and_the_page_still_renders(
    client_for: Any, editor: Any
) -> None:
    claim = make_claim()
    response = client_for(editor).post(action_url(claim, "approve"))
    assert response.status_code == 409
    html = response.content.decode()
    assert "Cannot approve a claim that is candidate" in html
    assert '<div id="workspace"' in html  # full page, not an error page


def test_a_stale_action_is_refused(client_for: Any, editor: Any, reviewer: Any) -> None:
    claim = make_claim()
    services.claim_update(claim=claim, by=editor, changes={"claimant": "Someone"}, version=None)
    response = client_for(editor).post(action_url(claim, "queue"), {"version": 1}, headers=HX)
    assert response.status_code == 409
    assert "changed by" in response.content.decode()
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.CANDIDATE
