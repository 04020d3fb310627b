"""Triage in one step: claim_assign(accept=True) and claims_assign_bulk(accept=True) accept
a candidate and assign it in one transaction, each step checked against the policy."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import Group

from claims.models import ClaimStatus
from core.errors import Conflict, Forbidden, InvalidInput
from reviews import services
from reviews.models import TimelineEvent
from tests.factories import make_claim, make_user
from tests.reviews.workflow import claim_in

pytestmark = pytest.mark.django_db


def history(claim: Any) -> list[tuple[str, Any, Any]]:
    return list(
        TimelineEvent.objects.filter(claim=claim)
        .order_by("id")
        .values_list("action", "before", "after")
    )


def test_a_candidate_is_accepted_and_assigned_in_one_call(editor: Any, reviewer: Any) -> None:
    claim = make_claim()
    services.claim_assign(
        claim=claim, by=editor, assignee=reviewer, accept=True, version=claim.version
    )
    claim.refresh_from_db()
    assert (claim.status, claim.assignee) == (ClaimStatus.ASSIGNED, reviewer)
    # The timeline tells both steps, as if taken one after the other.
    assert history(claim) == [
        ("transition", "candidate", "queued"),
        ("assigned", None, "rita"),
        ("transition", "queued", "assigned"),
    ]


def test_without_accept_a_candidate_is_still_refused(editor: Any, reviewer: Any) -> None:
    claim = make_claim()
    with pytest.raises(Conflict, match="candidate"):
        services.claim_assign(claim=claim, by=editor, assignee=reviewer)
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.CANDIDATE


def test_accepting_is_for_editors_only(reviewer: Any, other_reviewer: Any) -> None:
    claim = make_claim()
    with pytest.raises(Forbidden, match="Only an editor can queue"):
        services.claim_assign(claim=claim, by=reviewer, assignee=other_reviewer, accept=True)
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.CANDIDATE and not history(claim)


@pytest.mark.parametrize("state", ["dismissed", "in_review", "published"])
def test_accept_does_not_open_other_states(
    state: str, editor: Any, reviewer: Any, ratings: None
) -> None:
    claim = claim_in(state, editor=editor, reviewer=reviewer)
    with pytest.raises(Conflict):
        services.claim_assign(claim=claim, by=editor, assignee=reviewer, accept=True)


def test_a_failed_assignment_leaves_the_candidate_a_candidate(editor: Any) -> None:
    claim = make_claim()
    with pytest.raises(InvalidInput, match="is not a reviewer"):
        # An editor without the reviewer role cannot take research: nothing is accepted.
        services.claim_assign(claim=claim, by=editor, assignee=editor, accept=True)
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.CANDIDATE and not history(claim)


def test_an_editor_who_also_reviews_assigns_themselves(db: Any) -> None:
    researcher = make_user(username="erin", role="editor")
    researcher.groups.add(Group.objects.get(name="reviewer"))
    claim = make_claim()
    services.claim_assign(claim=claim, by=researcher, assignee=researcher, accept=True)
    claim.refresh_from_db()
    assert (claim.status, claim.assignee) == (ClaimStatus.ASSIGNED, researcher)


def test_bulk_assignment_accepts_the_candidates_among_the_claims(
    editor: Any, reviewer: Any
) -> None:
    candidate = make_claim()
    queued = claim_in("queued", editor=editor, reviewer=reviewer)
    assigned = services.claims_assign_bulk(
        claims=[candidate.pk, queued.pk], by=editor, assignee=reviewer.pk, accept=True
    )
    assert {claim.status for claim in assigned} == {ClaimStatus.ASSIGNED}
    assert history(candidate)[0] == ("transition", "candidate", "queued")
    # Without accept, a candidate among them refuses the whole batch.
    other = make_claim()
    with pytest.raises(Conflict):
        services.claims_assign_bulk(claims=[other.pk], by=editor, assignee=reviewer.pk)
