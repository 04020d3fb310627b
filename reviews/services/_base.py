"""What every workflow service does: lock the claim, check the policy and the version the
caller saw, bump the version and record the change on the timeline."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone

from claims.models import Claim
from core.errors import Conflict, Forbidden, InvalidInput, StaleVersion
from reviews import policy, queries
from reviews.models import Review, TimelineEvent

User = get_user_model()

A = TimelineEvent.Action


ACTION_VERBS = {
    "queue": "queue",
    "dismiss": "dismiss",
    "restore": "restore",
    "assign": "assign",
    "start": "start",
    "submit": "submit",
    "approve": "approve",
    "return": "return",
    "reopen": "reopen",
    "merge": "merge",
    "edit_claim": "edit",
    "edit_review": "edit the review of",
    "add_source": "add sources to",
    "remove_source": "remove sources from",
    "add_note": "add notes to",
}


def _display(user: Any) -> str:
    if user is None:
        return "someone"
    full = user.get_full_name() if hasattr(user, "get_full_name") else ""
    username = user.get_username()
    return f"{full} ({username})" if full else username


def _lock(claim: Claim | int, *, related: Sequence[str] = ("assignee", "updated_by")) -> Claim:
    """The claim, locked for the transaction. `related` are joined in the same query; a
    caller that names only what it reads on success spares the joins, and an error
    message that needs the others loads them then."""
    return queries.claim_for_update(
        claim.pk if isinstance(claim, Claim) else claim, related=related
    )


def _check(action: str, claim: Claim, user: Any) -> None:
    rule = policy.RULES[action]
    if not policy.has_role_for(rule, claim, user):
        verb = ACTION_VERBS[action]
        if rule.who == policy.EDITOR:
            raise Forbidden(f"Only an editor can {verb} a claim.")
        if claim.assignee_id is None:
            raise Forbidden(f"Only the assigned reviewer can {verb} this claim, and it has none.")
        raise Forbidden(
            f"Only {_display(claim.assignee)}, who is assigned to this claim, can {verb} it."
        )
    if claim.status not in rule.states:
        allowed = ", ".join(sorted(str(s).replace("_", " ") for s in rule.states))
        raise Conflict(
            f"Cannot {ACTION_VERBS[action]} a claim that is "
            f"{claim.get_status_display().lower()} (allowed when: {allowed}).",
            code="invalid_state",
        )


def _check_version(obj: Claim | Review, version: int | None, what: str) -> None:
    if version is None:
        return
    try:
        expected = int(version)
    except (TypeError, ValueError):
        raise InvalidInput("version must be a whole number.") from None
    if expected != obj.version:
        when = timezone.localtime(obj.updated_at).strftime("%Y-%m-%d %H:%M:%S %Z")
        raise StaleVersion(
            f"This {what} was changed by {_display(obj.updated_by)} at {when} "
            f"(version {obj.version}; you sent version {expected}). Reload to see their "
            "changes before saving yours.",
            extra={
                "current_version": obj.version,
                "changed_by": obj.updated_by.get_username() if obj.updated_by else None,
                "changed_at": obj.updated_at.isoformat(),
            },
        )


def _event(
    claim: Claim,
    actor: Any,
    action: str,
    *,
    field: str = "",
    before: Any = None,
    after: Any = None,
    message: str = "",
) -> TimelineEvent:
    """An unsaved timeline event (several are written with one bulk insert)."""
    return TimelineEvent(
        claim=claim,
        actor=actor if actor is not None and actor.is_authenticated else None,
        action=action,
        field=field,
        before=before,
        after=after,
        message=message,
    )


def _record(claim: Claim, actor: Any, action: str, **details: Any) -> TimelineEvent:
    """A timeline event saved now; `details` as `_event`'s (field, before, after, message)."""
    event = _event(claim, actor, action, **details)
    event.save(force_insert=True)
    return event


def _bump(claim: Claim, by: Any, fields: Iterable[str] = ()) -> None:
    claim.version += 1
    claim.updated_by = by if by is not None and by.is_authenticated else None
    claim.save(update_fields=[*fields, "version", "updated_by", "updated_at"])


def _transition(claim: Claim, by: Any, target: str, *, message: str = "") -> None:
    before = claim.status
    claim.status = target
    _bump(claim, by, ["status"])
    _record(claim, by, A.TRANSITION, field="status", before=before, after=target, message=message)


def review_for(
    claim: Claim,
    *,
    lock: bool = False,
    related: Sequence[str] = ("updated_by", "rating", "author"),
) -> Review:
    queryset = Review.objects.select_related(*related)
    if lock:
        queryset = queryset.select_for_update(of=("self",))
    try:
        return queryset.get(claim=claim)
    except Review.DoesNotExist:
        try:
            with transaction.atomic():
                # A new review has no rating, author or editor to join, so the row just
                # written is complete; no second read.
                review = Review.objects.create(claim=claim)
        except IntegrityError:  # created meanwhile by a caller not holding the claim lock
            review = queryset.get(claim=claim)
        return review


def _contributed(review_id: int, by: Any) -> None:
    """`by` changed the verdict's content: they may not approve it (four-eyes) and are
    credited with it when it is published. One insert; a second change adds nothing."""
    if by is None or not by.is_authenticated:
        return
    through = Review.contributors.through
    through.objects.bulk_create(
        [through(review_id=review_id, user_id=by.pk)], ignore_conflicts=True
    )


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
