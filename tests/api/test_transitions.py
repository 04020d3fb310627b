"""Every workflow transition endpoint × every claim state × every role.

Expected statuses follow reviews.policy.RULES: the wrong person is refused with 403, the
wrong state with 409, and a refused call changes nothing (status, version, timeline).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from rest_framework.test import APIClient

from claims.models import Claim, ClaimStatus
from reviews import policy, services
from reviews.models import TimelineEvent
from tests.api.conftest import ROLES
from tests.factories import make_claim

pytestmark = pytest.mark.django_db

STATES = [str(value) for value in ClaimStatus.values]
# endpoint name → (policy rule, url suffix, body builder)
ACTIONS: dict[str, tuple[str, str, Callable[[Claim, dict[str, Any]], dict[str, Any]]]] = {
    "triage_queue": ("queue", "triage/", lambda c, ctx: {"decision": "queue"}),
    "triage_dismiss": ("dismiss", "triage/", lambda c, ctx: {"decision": "dismiss"}),
    "assign": ("assign", "assign/", lambda c, ctx: {"assignee": ctx["other_reviewer"].pk}),
    "assign_bulk": (
        "assign",
        "",
        lambda c, ctx: {"claims": [c.pk], "assignee": ctx["other_reviewer"].pk},
    ),
    "start": ("start", "start/", lambda c, ctx: {"version": c.version}),
    "submit": ("submit", "submit/", lambda c, ctx: {"version": c.version}),
    "approve": ("approve", "approve/", lambda c, ctx: {"version": c.version}),
    "return": ("return", "return/", lambda c, ctx: {"comment": "Cite the release."}),
    "reopen": ("reopen", "reopen/", lambda c, ctx: {"note": "The figure was revised."}),
    "merge": ("merge", "merge/", lambda c, ctx: {"canonical": make_claim().pk}),
}


def _url(action: str, claim: Claim) -> str:
    if action == "assign_bulk":
        return "/api/v1/claims/assign/"
    return f"/api/v1/claims/{claim.pk}/{ACTIONS[action][1]}"


def expected_status(action: str, claim: Claim, role: str, users: dict[str, Any]) -> int:
    if role == "anonymous":
        return 401
    if role in ("norole", "export"):
        return 403
    rule = policy.RULES[ACTIONS[action][0]]
    if not policy.has_role_for(rule, claim, users[role]):
        return 403
    if claim.status not in rule.states:
        return 409
    return 200


def _research_done(claim: Claim, reviewer: Any) -> None:
    """Rating, summary and a source, so an in-progress claim can be submitted."""
    review = services.review_for(claim)
    services.review_update(
        claim=claim, by=reviewer, version=review.version, rating="mixed", summary="Partly."
    )
    services.source_add(claim=claim, by=reviewer, url="https://example.org/evidence")


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", list(ACTIONS))
@pytest.mark.parametrize("state", STATES)
def test_transition_matrix(
    state: str,
    action: str,
    role: str,
    clients: dict[str, APIClient],
    claim_in: Callable[..., Claim],
    reviewer: Any,
    other_reviewer: Any,
    editor: Any,
    admin_user: Any,
    norole: Any,
) -> None:
    claim = claim_in(state)
    if state == ClaimStatus.IN_PROGRESS:
        _research_done(claim, reviewer)
        claim.refresh_from_db()
    users = {
        "reviewer": reviewer,
        "other_reviewer": other_reviewer,
        "editor": editor,
        "admin": admin_user,
        "norole": norole,
    }
    body = ACTIONS[action][2](claim, {"other_reviewer": other_reviewer})
    want = expected_status(action, claim, role, users)
    events_before = TimelineEvent.objects.filter(claim=claim).count()

    response = clients[role].post(_url(action, claim), body, format="json")

    assert response.status_code == want, response.content
    after = Claim.objects.get(pk=claim.pk)
    if want == 200:
        target = policy.RULES[ACTIONS[action][0]].target
        data = response.json()
        returned = data[0] if action == "assign_bulk" else data
        assert returned["id"] == claim.pk
        assert returned["status"] == after.status == target
        assert returned["version"] == after.version > claim.version
        assert TimelineEvent.objects.filter(claim=claim).count() > events_before
    else:
        assert set(response.json()) >= {"detail", "code"}
        assert (after.status, after.version) == (claim.status, claim.version)
        assert TimelineEvent.objects.filter(claim=claim).count() == events_before


def test_a_reviewer_cannot_approve_and_is_told_why(
    clients: dict[str, APIClient], claim_in: Callable[..., Claim]
) -> None:
    claim = claim_in(ClaimStatus.IN_REVIEW)
    response = clients["reviewer"].post(f"/api/v1/claims/{claim.pk}/approve/", {}, format="json")
    assert response.status_code == 403
    assert response.json() == {
        "detail": "Only an editor can approve a claim.",
        "code": "permission_denied",
    }


def test_approving_a_candidate_is_a_conflict_naming_the_allowed_state(
    clients: dict[str, APIClient], claim_in: Callable[..., Claim]
) -> None:
    claim = claim_in(ClaimStatus.CANDIDATE)
    response = clients["editor"].post(f"/api/v1/claims/{claim.pk}/approve/", {}, format="json")
    assert response.status_code == 409
    assert response.json()["code"] == "invalid_state"
    assert "in review" in response.json()["detail"]


def test_submit_is_refused_without_a_source_and_names_what_is_missing(
    clients: dict[str, APIClient], claim_in: Callable[..., Claim], reviewer: Any
) -> None:
    claim = claim_in(ClaimStatus.IN_PROGRESS)
    review = services.review_for(claim)
    services.review_update(
        claim=claim, by=reviewer, version=review.version, rating="false", summary="No."
    )
    claim.refresh_from_db()
    events = TimelineEvent.objects.filter(claim=claim).count()

    response = clients["reviewer"].post(f"/api/v1/claims/{claim.pk}/submit/", {}, format="json")

    assert response.status_code == 409
    body = response.json()
    assert body["code"] == "incomplete"
    assert body["missing"] == ["at least one source"]
    assert "at least one source" in body["detail"]
    after = Claim.objects.get(pk=claim.pk)
    assert (after.status, after.version) == (ClaimStatus.IN_PROGRESS, claim.version)
    assert TimelineEvent.objects.filter(claim=claim).count() == events


def test_submit_without_anything_names_every_missing_item(
    clients: dict[str, APIClient], claim_in: Callable[..., Claim]
) -> None:
    claim = claim_in(ClaimStatus.IN_PROGRESS)
    response = clients["reviewer"].post(f"/api/v1/claims/{claim.pk}/submit/", {}, format="json")
    assert response.status_code == 409
    assert response.json()["missing"] == ["a rating", "a summary", "at least one source"]


def test_the_author_of_a_review_cannot_approve_it(
    clients: dict[str, APIClient],
    claim_in: Callable[..., Claim],
    editor: Any,
    editor2: Any,
    reviewer: Any,
) -> None:
    # An editor who is also a reviewer writes the review; they may not publish it.
    editor2.groups.add(*reviewer.groups.all())
    claim = make_claim()
    services.claim_triage(claim=claim, by=editor, decision="queue")
    services.claim_assign(claim=claim, by=editor, assignee=editor2)
    services.claim_start(claim=claim, by=editor2)
    _research_done(claim, editor2)
    services.claim_submit(claim=claim, by=editor2)
    api = APIClient()
    api.force_authenticate(editor2)

    response = api.post(f"/api/v1/claims/{claim.pk}/approve/", {}, format="json")

    assert response.status_code == 403
    assert "four-eyes" in response.json()["detail"]
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.IN_REVIEW


def test_a_stale_version_on_a_transition_is_refused(
    clients: dict[str, APIClient], claim_in: Callable[..., Claim]
) -> None:
    claim = claim_in(ClaimStatus.ASSIGNED)
    response = clients["reviewer"].post(
        f"/api/v1/claims/{claim.pk}/start/", {"version": claim.version - 1}, format="json"
    )
    assert response.status_code == 409
    assert response.json()["code"] == "stale_version"


def test_bulk_assign_spreads_claims_by_load(
    clients: dict[str, APIClient],
    claim_in: Callable[..., Claim],
    reviewer: Any,
    other_reviewer: Any,
) -> None:
    claims = [claim_in(ClaimStatus.QUEUED) for _ in range(4)]
    response = clients["editor"].post(
        "/api/v1/claims/assign/",
        {"claims": [c.pk for c in claims], "strategy": "least_loaded"},
        format="json",
    )
    assert response.status_code == 200
    assignees = sorted(row["assignee"] for row in response.json())
    assert assignees == sorted([reviewer.pk, reviewer.pk, other_reviewer.pk, other_reviewer.pk])
    assert {row["status"] for row in response.json()} == {"assigned"}


def test_bulk_assign_is_all_or_nothing(
    clients: dict[str, APIClient], claim_in: Callable[..., Claim], reviewer: Any
) -> None:
    queued = claim_in(ClaimStatus.QUEUED)
    published = claim_in(ClaimStatus.PUBLISHED)
    response = clients["editor"].post(
        "/api/v1/claims/assign/",
        {"claims": [queued.pk, published.pk], "assignee": reviewer.pk},
        format="json",
    )
    assert response.status_code == 409
    assert Claim.objects.get(pk=queued.pk).status == ClaimStatus.QUEUED
