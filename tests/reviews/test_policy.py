"""reviews.policy as a table: every rule × role × state, written out here independently of
the policy, so a wrong rule fails. (tests/reviews/test_transitions.py runs the transitions
through the services; this covers the edit rules too, without a database write.)"""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser

from claims.models import Claim, ClaimStatus
from reviews import policy
from reviews.models import Review
from tests.factories import make_claim, make_user

STATES = tuple(ClaimStatus.values)
OPEN = {"candidate", "queued", "assigned", "in_progress", "in_review"}
EDITORS = {"editor", "admin"}
ASSIGNEE = {"assignee", "admin"}
WORKERS = {"editor", "admin", "assignee"}
ROLES = ("anonymous", "inactive_editor", "assignee", "other_reviewer", "editor", "admin")

# rule: {state: roles allowed}; a state not named allows no one.
EXPECTED: dict[str, dict[str, set[str]]] = {
    "queue": {"candidate": EDITORS},
    "dismiss": {"candidate": EDITORS},
    "restore": {"dismissed": EDITORS},
    "assign": {s: EDITORS for s in ("queued", "assigned", "in_progress")},
    "start": {"assigned": ASSIGNEE},
    "submit": {"in_progress": ASSIGNEE},
    "approve": {"in_review": EDITORS},
    "return": {"in_review": EDITORS},
    "reopen": {"published": EDITORS},
    "merge": {s: EDITORS for s in OPEN},
    # Before assignment only editors shape the claim, even one that names an assignee.
    "edit_claim": {
        "candidate": EDITORS,
        "queued": EDITORS,
        "assigned": WORKERS,
        "in_progress": WORKERS,
    },
    "edit_review": {s: ASSIGNEE for s in ("assigned", "in_progress")},
    "add_source": {s: ASSIGNEE for s in ("assigned", "in_progress")},
    "remove_source": {s: ASSIGNEE for s in ("assigned", "in_progress")},
    "add_note": {s: WORKERS for s in (*OPEN, "published")},
}
TARGETS = {
    "queue": "queued",
    "dismiss": "dismissed",
    "restore": "candidate",
    "assign": "assigned",
    "start": "in_progress",
    "submit": "in_review",
    "approve": "published",
    "return": "in_progress",
    "reopen": "in_progress",
    "merge": "duplicate",
}


@pytest.fixture
def people(db: Any, editor: Any, reviewer: Any, other_reviewer: Any, admin_user: Any) -> Any:
    inactive = make_user(username="gone", role="editor")
    inactive.is_active = False
    inactive.save()
    return {
        "anonymous": AnonymousUser(),
        "inactive_editor": inactive,
        "assignee": reviewer,
        "other_reviewer": other_reviewer,
        "editor": editor,
        "admin": admin_user,
    }


def test_the_table_names_every_rule() -> None:
    assert set(EXPECTED) == set(policy.RULES)


@pytest.mark.parametrize("rule", sorted(EXPECTED))
def test_every_rule_for_every_role_in_every_state(rule: str, people: dict[str, Any]) -> None:
    for state in STATES:
        # Every claim here names the reviewer as its assignee, whatever its state.
        claim = Claim(status=state, assignee_id=people["assignee"].pk)
        for role in ROLES:
            allowed = role in EXPECTED[rule].get(state, set())
            user = people[role]
            case = f"{rule} by {role} on {state}"
            assert policy.can(rule, claim, user) is allowed, case
            assert (rule in policy.allowed_actions(claim, user)) is allowed, case


def test_a_claim_without_an_assignee_has_no_assignee_rules(people: dict[str, Any]) -> None:
    claim = Claim(status="in_progress", assignee_id=None)
    assert policy.allowed_actions(claim, people["assignee"]) == set()
    assert policy.allowed_actions(claim, people["editor"]) == {
        "assign",
        "merge",
        "edit_claim",
        "add_note",
    }
    # Admins act as the assignee of any claim.
    assert {"edit_review", "add_source", "submit"} <= policy.allowed_actions(claim, people["admin"])


def test_assign_states_are_where_the_claim_page_offers_assign_for_every_role(
    people: dict[str, Any],
) -> None:
    """One answer for a whole list (the queue's rows): the states in which the claim page
    offers "Assign" to that person, a candidate's included (queued, then assigned)."""
    for role in ROLES:
        user = people[role]
        offered = {
            state
            for state in STATES
            if policy.can("assign", Claim(status=state), user)
            or policy.can("queue", Claim(status=state), user)
        }
        assert policy.assign_states(user) == offered, role
        expected = {"candidate", "queued", "assigned", "in_progress"} if role in EDITORS else set()
        assert policy.assign_states(user) == expected, role


def test_transitions_lists_the_rules_with_a_target_in_order() -> None:
    names = [name for name, _rule in policy.transitions()]
    assert names == list(TARGETS)
    assert {name: rule.target for name, rule in policy.transitions()} == TARGETS
    assert all(policy.RULES[name] is rule for name, rule in policy.transitions())


@pytest.mark.django_db
def test_submit_requirements_name_what_is_missing_in_order() -> None:
    claim = make_claim()
    names = [what for what, _met in policy.SUBMIT_REQUIREMENTS]
    assert names == ["a rating", "a summary", "at least one source"]
    unmet = [what for what, met in policy.SUBMIT_REQUIREMENTS if not met(claim, None)]
    assert unmet == names
    review = Review(claim=claim, summary="  ")
    assert [what for what, met in policy.SUBMIT_REQUIREMENTS if not met(claim, review)] == names
