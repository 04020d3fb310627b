"""Who may do what to a claim, in which state. Services enforce it; pages use it to show
only the buttons a user may press."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from claims.models import OPEN_STATUSES, Claim, ClaimStatus
from core import roles
from reviews.models import Review

EDITOR = "editor"
ASSIGNEE = "assignee"  # the reviewer holding the claim (admins too)
WORKER = "worker"  # the assignee, or an editor


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


def transitions() -> Iterator[tuple[str, Rule]]:
    """The rules that move a claim to another state, as (name, rule), in RULES' order."""
    return ((name, rule) for name, rule in RULES.items() if rule.target is not None)


# What a verdict needs before it is submitted for review, and again before it is approved:
# (what is missing, as the refusal names it; whether the claim and its review have it).
# Sources prefetched with the claim are read from the prefetch, without a query.
SUBMIT_REQUIREMENTS: tuple[tuple[str, Callable[[Claim, Review | None], bool]], ...] = (
    ("a rating", lambda claim, review: review is not None and review.rating_id is not None),
    ("a summary", lambda claim, review: review is not None and bool(review.summary.strip())),
    ("at least one source", lambda claim, review: claim.sources.exists()),
)


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
    return False


def can(action: str, claim: Claim, user: Any) -> bool:
    rule = RULES[action]
    return claim.status in rule.states and has_role_for(rule, claim, user)


def allowed_actions(claim: Claim, user: Any) -> set[str]:
    return {name for name in RULES if can(name, claim, user)}


def assign_states(user: Any) -> frozenset[str]:
    """The states of the claims `user` may assign from a list (the queue's rows): the assign
    rule's (re-assignment included), and a candidate's, which claim_assign(accept=True) queues
    first under the queue rule (triage in one step, as the claim page offers it). Empty for
    one who may not assign."""
    assign, queue = RULES["assign"], RULES["queue"]
    # Who may take an editor's rule does not depend on the claim (has_role_for reads it only
    # for the assignee's rules): one answer serves every row, an unsaved claim stands in.
    any_claim = Claim()
    if not (has_role_for(assign, any_claim, user) and has_role_for(queue, any_claim, user)):
        return frozenset()
    return assign.states | queue.states
