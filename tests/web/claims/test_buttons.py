"""The workflow buttons come from the policy's transitions: one row each, one service call."""

from __future__ import annotations

import inspect
from datetime import date
from types import SimpleNamespace
from typing import Any

import pytest

from claims.models import ClaimStatus
from reviews import policy, services
from tests.factories import make_claim
from tests.web.claims.pages import buttons, page
from web.claims.buttons import BUTTONS, action_items, transitions
from web.forms import AssignForm

# Valid input for each form that asks for more than the version.
POSTED: dict[str, dict[str, Any]] = {
    "assign": {"assignee": "7", "due_date": "2030-01-02"},
    "return": {"comment": "Check the second source."},
    "reopen": {"note": "The figure was revised."},
    "merge": {"canonical": "3"},
    "dismiss": {"reason": "Opinion"},
}


def test_every_transition_rule_has_a_button_and_every_button_a_rule() -> None:
    assert set(BUTTONS) == transitions()
    assert transitions() == {name for name, rule in policy.RULES.items() if rule.target}


def test_buttons_keep_their_order_labels_and_styles() -> None:
    assert [(name, b.label, b.style, b.folded) for name, b in BUTTONS.items()] == [
        ("queue", "Queue for research", "primary", False),
        ("assign", "Assign", "primary", True),
        ("start", "Start research", "primary", False),
        ("submit", "Submit for approval", "primary", False),
        ("approve", "Approve and publish", "primary", False),
        ("return", "Return to reviewer", "warning", True),
        ("reopen", "Reopen for correction", "warning", True),
        ("restore", "Restore as candidate", "secondary", False),
        ("merge", "Merge as duplicate", "secondary", True),
        ("dismiss", "Dismiss", "danger", True),
    ]


@pytest.mark.parametrize("name", list(BUTTONS))
def test_each_form_gives_exactly_what_its_service_takes(name: str) -> None:
    button = BUTTONS[name]
    reviewers = [
        SimpleNamespace(pk=7, get_full_name=lambda: "R", get_username=lambda: "r", open_claims=0)
    ]
    form = button.make_form(name, {"version": "4", **POSTED.get(name, {})}, reviewers=reviewers)
    assert form.is_valid(), form.errors
    arguments = form.arguments()
    assert arguments["version"] == 4
    inspect.signature(button.service).bind(claim=1, by=None, **arguments)


def test_the_forms_turn_input_into_service_arguments() -> None:
    assign = BUTTONS["assign"].make_form(
        "assign", {"assignee": "7", "due_date": "2030-01-02"}, reviewers=[]
    )
    assert isinstance(assign, AssignForm)
    assign.fields["assignee"].choices = [("7", "R")]  # type: ignore[attr-defined]
    assert assign.is_valid(), assign.errors
    assert assign.arguments()["assignee"] == 7
    due = assign.arguments()["due_at"]
    assert (due.date(), due.hour, due.minute) == (date(2030, 1, 2), 23, 59)
    dismiss = BUTTONS["dismiss"].make_form("dismiss", {"version": ""}, reviewers=[])
    assert dismiss.is_valid()
    assert dismiss.arguments() == {"version": None, "reason": ""}
    assert BUTTONS["queue"].service.keywords == {"decision": "queue"}  # type: ignore[attr-defined]
    assert BUTTONS["dismiss"].service.keywords == {"decision": "dismiss"}  # type: ignore[attr-defined]


def test_action_items_follow_the_allowed_set_in_table_order() -> None:
    items = action_items(
        allowed={"dismiss", "queue", "edit_claim", "add_note"},
        version=3,
        assignee_id=None,
        reviewers=[],
        bound={},
    )
    assert [item["name"] for item in items] == ["queue", "dismiss"]
    assert [item["form"]["version"].value() for item in items] == [3, 3]
    assert items[1]["folded"] and not items[0]["folded"]


STATES = ("candidate", "queued", "dismissed", "assigned", "in_progress", "in_review", "published")


@pytest.mark.django_db
@pytest.mark.parametrize("state", [*STATES, "duplicate"])
def test_each_user_sees_exactly_the_buttons_the_policy_allows(
    state: str,
    claim_in: Any,
    client_for: Any,
    editor: Any,
    editor2: Any,
    reviewer: Any,
    other_reviewer: Any,
    admin_user: Any,
) -> None:
    if state == "duplicate":
        claim = claim_in("candidate")
        services.claim_merge(claim=claim, by=editor, canonical=make_claim())
        claim.refresh_from_db()
        assert claim.status == ClaimStatus.DUPLICATE
    else:
        claim = claim_in(state)
    seen = {}
    for user in (editor, editor2, reviewer, other_reviewer, admin_user):
        expected = policy.allowed_actions(claim, user) & transitions()
        if "queue" in expected:
            expected.add("assign")  # triage in one step: a candidate is assigned at once
        shown = buttons(page(client_for(user), claim), claim)
        assert shown == expected, (state, user.username)
        seen[user.username] = shown
    # The matrix is not trivially empty: someone can act in every open or published state.
    if state != "duplicate":
        assert any(seen.values()), state
