"""Who holds a claim: assignment to one reviewer, in bulk or spread by load, with due dates."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from django.db import transaction
from django.utils import timezone

from claims.models import WORKLOAD_STATUSES, Claim, ClaimStatus
from core import dates, roles
from core.errors import Conflict, Forbidden, InvalidInput, NotFound
from reviews import selectors
from reviews.models import Assignment
from reviews.services._base import (
    A,
    User,
    _bump,
    _check,
    _check_version,
    _display,
    _lock,
    _record,
    _transition,
)
from reviews.services.notifications import _notify


def _active_reviewer(user_or_id: Any) -> Any:
    user = user_or_id
    if not isinstance(user_or_id, User):
        try:
            user = User.objects.filter(pk=int(user_or_id)).first()
        except (TypeError, ValueError):
            user = None
    if user is None or not user.is_active:
        raise InvalidInput("assignee: no active user with that id.")
    if not roles.is_reviewer(user) or (user.is_superuser and not user.groups.exists()):
        raise InvalidInput(f"assignee: {_display(user)} is not a reviewer.")
    return user


def _assign_locked(claim: Claim, *, reviewer: Any, by: Any, due_at: datetime | None) -> Claim:
    _check("assign", claim, by)
    now = timezone.now()
    previous = claim.assignee
    if previous is not None and previous.pk == reviewer.pk and claim.due_at == due_at:
        return claim  # nothing changes
    Assignment.objects.filter(claim=claim, ended_at__isnull=True).update(ended_at=now)
    Assignment.objects.create(
        claim=claim, reviewer=reviewer, assigned_by=by, assigned_at=now, due_at=due_at
    )
    claim.assignee = reviewer
    claim.due_at = due_at
    before_status = claim.status
    claim.status = ClaimStatus.ASSIGNED
    _bump(claim, by, ["assignee", "due_at", "status"])
    _record(
        claim,
        by,
        A.ASSIGNED,
        field="assignee",
        before=previous.get_username() if previous else None,
        after=reviewer.get_username(),
        message=f"Due {dates.moment(due_at)}" if due_at else "",
    )
    if before_status != ClaimStatus.ASSIGNED:
        _record(claim, by, A.TRANSITION, field="status", before=before_status, after=claim.status)
    due = f" (due {dates.moment(due_at)})" if due_at else ""
    _notify(reviewer, claim, "assigned", f"{_display(by)} assigned you a claim{due}")
    return claim


def _accept_locked(claim: Claim, *, by: Any) -> None:
    """Triage and assignment in one step: a candidate is first queued for research, as
    claim_triage(decision="queue") would, under the same policy rule."""
    if claim.status == ClaimStatus.CANDIDATE:
        _check("queue", claim, by)
        _transition(claim, by, ClaimStatus.QUEUED)


def _clean_due(due_at: datetime | None) -> datetime | None:
    if due_at is not None and timezone.is_naive(due_at):
        due_at = timezone.make_aware(due_at)
    return due_at


@transaction.atomic
def claim_assign(
    *,
    claim: Claim | int,
    by: Any,
    assignee: Any,
    due_at: datetime | None = None,
    version: int | None = None,
    accept: bool = False,
) -> Claim:
    """Assign a queued (or already assigned) claim to a reviewer. With `accept`, a candidate
    is accepted and assigned in one step: queued, then assigned, each checked against the
    policy, in one transaction."""
    reviewer = _active_reviewer(assignee)
    claim = _lock(claim)
    _check_version(claim, version, "claim")
    if accept:
        _accept_locked(claim, by=by)
    _forget_loads()
    return _assign_locked(claim, reviewer=reviewer, by=by, due_at=_clean_due(due_at))


def _forget_loads() -> None:
    """The queue's reviewer choices show each reviewer's load: read it afresh after an
    assignment. Now, for this request's next page, and after commit, in case another
    request cached the old load in between. The dashboard's counts per state, after commit."""
    selectors.forget_filter_choices()
    transaction.on_commit(selectors.forget_filter_choices)
    transaction.on_commit(selectors.forget_dashboard_counts)  # a claim may become "assigned"


def reviewer_workloads() -> dict[int, int]:
    """Open claims held by every active reviewer (zero for those with none), read fresh."""
    return {
        user.pk: user.open_claims
        for user in selectors.reviewers_with_load().order_by("pk").only("pk")
    }


@transaction.atomic
def claims_assign_bulk(
    *,
    claims: Sequence[int],
    by: Any,
    assignee: Any | None = None,
    strategy: str | None = None,
    due_at: datetime | None = None,
    accept: bool = False,
) -> list[Claim]:
    """Assign many claims to one reviewer, or spread them by `least_loaded`; with `accept`,
    candidates among them are accepted (queued) first, as claim_assign(accept=True) does.

    All or nothing: if any claim cannot be assigned, none is.
    """
    if not roles.is_editor(by):
        raise Forbidden("Only an editor can assign claims.")
    ids = list(dict.fromkeys(int(pk) for pk in claims))
    if not ids:
        raise InvalidInput("claims: give at least one claim id.")
    if (assignee is None) == (strategy is None):
        raise InvalidInput('Give either "assignee" or "strategy": "least_loaded".')
    if strategy is not None and strategy != "least_loaded":
        raise InvalidInput('strategy must be "least_loaded".')
    locked = {
        c.pk: c
        for c in Claim.objects.select_for_update(of=("self",))
        .select_related("assignee", "updated_by")
        .filter(pk__in=ids)
        .order_by("pk")
    }
    missing = [pk for pk in ids if pk not in locked]
    if missing:
        raise NotFound(f"No claim with id {', '.join(map(str, missing))}.")
    _forget_loads()
    if accept:
        for pk in ids:
            _accept_locked(locked[pk], by=by)
    due = _clean_due(due_at)
    result = []
    if assignee is not None:
        reviewer = _active_reviewer(assignee)
        for pk in ids:
            result.append(_assign_locked(locked[pk], reviewer=reviewer, by=by, due_at=due))
        return result
    loads = reviewer_workloads()
    if not loads:
        raise Conflict("There is no active reviewer to assign to.", code="no_reviewers")
    people = {u.pk: u for u in User.objects.filter(pk__in=loads)}
    for pk in ids:
        claim = locked[pk]
        # Fewest open claims first; ties go to the reviewer with the lowest id, so the
        # spread is deterministic.
        target = min(loads, key=lambda uid: (loads[uid], uid))
        if claim.assignee_id is not None and claim.status in WORKLOAD_STATUSES:
            loads[claim.assignee_id] = loads.get(claim.assignee_id, 1) - 1
        result.append(_assign_locked(claim, reviewer=people[target], by=by, due_at=due))
        loads[target] += 1
    return result
