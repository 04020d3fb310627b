"""The whole transition table: every state × action × role, at the service layer.

The expectations are written out here independently of reviews/policy.py, so a wrong
rule in the policy fails this test.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser

from claims.models import Claim
from core.errors import Conflict, Forbidden
from reviews import services
from reviews.models import TimelineEvent
from tests.factories import make_claim
from tests.reviews.workflow import STATES, claim_in

OPEN = {"candidate", "queued", "assigned", "in_progress", "in_review"}
EDITORS = {"editor", "admin"}
ASSIGNEE = {"assignee", "admin"}

# action: (states where allowed, roles allowed, resulting state)
EXPECTED: dict[str, tuple[set[str], set[str], str]] = {
    "queue": ({"candidate"}, EDITORS, "queued"),
    "dismiss": ({"candidate"}, EDITORS, "dismissed"),
    "restore": ({"dismissed"}, EDITORS, "candidate"),
    "assign": ({"queued", "assigned", "in_progress"}, EDITORS, "assigned"),
    "start": ({"assigned"}, ASSIGNEE, "in_progress"),
    "submit": ({"in_progress"}, ASSIGNEE, "in_review"),
    "approve": ({"in_review"}, EDITORS, "published"),
    "return": ({"in_review"}, EDITORS, "in_progress"),
    "reopen": ({"published"}, EDITORS, "in_progress"),
    "merge": (OPEN, EDITORS, "duplicate"),
}
ROLES = ("anonymous", "assignee", "other_reviewer", "editor", "admin")


def _call(action: str, claim: Claim, user: Any, people: dict[str, Any]) -> Callable[[], Any]:
    s = services
    calls: dict[str, Callable[[], Any]] = {
        "queue": lambda: s.claim_triage(claim=claim, by=user, decision="queue"),
        "dismiss": lambda: s.claim_triage(claim=claim, by=user, decision="dismiss"),
        "restore": lambda: s.claim_restore(claim=claim, by=user),
        "assign": lambda: s.claim_assign(claim=claim, by=user, assignee=people["other_reviewer"]),
        "start": lambda: s.claim_start(claim=claim, by=user),
        "submit": lambda: s.claim_submit(claim=claim, by=user),
        "approve": lambda: s.claim_approve(claim=claim, by=user),
        "return": lambda: s.claim_return(claim=claim, by=user, comment="Needs a better source."),
        "reopen": lambda: s.claim_reopen(claim=claim, by=user, note="Figure was revised."),
        "merge": lambda: s.claim_merge(claim=claim, by=user, canonical=make_claim()),
    }
    return calls[action]


@pytest.mark.django_db
@pytest.mark.parametrize("state", STATES)
def test_every_action_for_every_role_in_this_state(
    state: str,
    editor: Any,
    editor2: Any,
    reviewer: Any,
    other_reviewer: Any,
    admin_user: Any,
    ratings: None,
) -> None:
    people = {
        "anonymous": AnonymousUser(),
        "assignee": reviewer,
        "other_reviewer": other_reviewer,
        "editor": editor,
        "admin": admin_user,
    }
    for action, (states, allowed_roles, target) in EXPECTED.items():
        for role in ROLES:
            claim = claim_in(state, editor=editor2, reviewer=reviewer)
            before = (claim.status, claim.version, claim.assignee_id)
            events = TimelineEvent.objects.filter(claim=claim).count()
            run = _call(action, claim, people[role], people)
            case = f"{action} by {role} on {state}"
            # The assigned reviewer is only "the assignee" once the claim is assigned.
            acting_as = role
            if role == "assignee" and claim.assignee_id != reviewer.pk:
                acting_as = "other_reviewer"
            if acting_as in allowed_roles and state in states:
                run()
                claim.refresh_from_db()
                assert claim.status == target, case
                assert claim.version > before[1], case
                assert TimelineEvent.objects.filter(claim=claim).count() > events, case
                continue
            expected_error = Forbidden if acting_as not in allowed_roles else Conflict
            with pytest.raises(expected_error) as info:
                run()
            assert info.value.message, case
            claim.refresh_from_db()
            assert (claim.status, claim.version, claim.assignee_id) == before, case
            assert TimelineEvent.objects.filter(claim=claim).count() == events, case
