"""Who may do what to a claim, in which state. Services enforce it; pages use it to show
only the buttons a user may press."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from claims.models import OPEN_STATUSES, Claim, ClaimStatus
from core import roles

EDITOR = "editor"
ASSIGNEE = "assignee"  # the reviewer holding the claim (admins too)
WORKER = "worker"  # the assignee, or an editor
ANY_ROLE = "any_role"  # any reviewer or editor


@dataclass(frozen=True)
class Rule:
    states: frozenset[str]
    who: str
    target: str | None = None  # new status for transitions; None for edits


S = ClaimStatus
RULES: dict[str, Rule] = {
    # transitions
    "queue": Rule(frozenset({S.CANDIDATE}), EDITOR, S.QUEUED),
    "dismiss": Rule(frozenset({S.CANDIDATE}), EDITOR, S.DISMISSED),
    "restore": Rule(frozenset({S.DISMISSED}), EDITOR, S.CANDIDATE),
    "assign": Rule(frozenset({S.QUEUED, S.ASSIGNED, S.IN_PROGRESS}), EDITOR, S.ASSIGNED),
    "start": Rule(frozenset({S.ASSIGNED}), ASSIGNEE, S.IN_PROGRESS),
    "submit": Rule(frozenset({S.IN_PROGRESS}), ASSIGNEE, S.IN_REVIEW),
    "approve": Rule(frozenset({S.IN_REVIEW}), EDITOR, S.PUBLISHED),
    "return": Rule(frozenset({S.IN_REVIEW}), EDITOR, S.IN_PROGRESS),
    "reopen": Rule(frozenset({S.PUBLISHED}), EDITOR, S.IN_PROGRESS),
    "merge": Rule(frozenset(OPEN_STATUSES), EDITOR, S.DUPLICATE),
    # edits
    "edit_claim": Rule(frozenset({S.CANDIDATE, S.QUEUED, S.ASSIGNED, S.IN_PROGRESS}), WORKER),
    "edit_review": Rule(frozenset({S.ASSIGNED, S.IN_PROGRESS}), ASSIGNEE),
    "add_source": Rule(frozenset({S.ASSIGNED, S.IN_PROGRESS}), ASSIGNEE),
    "remove_source": Rule(frozenset({S.ASSIGNED, S.IN_PROGRESS}), ASSIGNEE),
    "add_note": Rule(frozenset(OPEN_STATUSES) | {S.PUBLISHED}, WORKER),
}
TRANSITIONS = tuple(name for name, rule in RULES.items() if rule.target is not None)


def has_role_for(rule: Rule, claim: Claim, user: Any) -> bool:
    if not (user is not None and user.is_authenticated and user.is_active):
        return False
    if roles.is_admin(user):
        return True
    if rule.who == EDITOR:
        return roles.is_editor(user)
    is_assignee = claim.assignee_id is not None and claim.assignee_id == user.pk
    if rule.who == ASSIGNEE:
        return is_assignee and roles.is_reviewer(user)
    if rule.who == WORKER:
        if roles.is_editor(user):
            return True
        if rule is RULES["edit_claim"] and claim.status in (S.CANDIDATE, S.QUEUED):
            return False  # before assignment only editors shape the claim
        return is_assignee and roles.is_reviewer(user)
    if rule.who == ANY_ROLE:
        return roles.is_editor(user) or roles.is_reviewer(user)
    return False


def can(action: str, claim: Claim, user: Any) -> bool:
    rule = RULES[action]
    return claim.status in rule.states and has_role_for(rule, claim, user)


def allowed_actions(claim: Claim, user: Any) -> set[str]:
    return {name for name in RULES if can(name, claim, user)}


def can_view(claim: Claim, user: Any) -> bool:
    """Everyone with a role may read every claim; only acting is restricted."""
    return bool(user.is_authenticated) and (
        roles.is_editor(user) or roles.is_reviewer(user) or roles.is_admin(user)
    )
