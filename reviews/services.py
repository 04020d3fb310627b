"""Writes for the review workflow. Every adapter (admin, API, web views) calls these.

Each service locks the claim row (`select_for_update`), checks the policy (403 for the
wrong person, 409 for the wrong state or a stale version), changes the rows, bumps the
version and records the change on the timeline, all in one transaction. Notifications
and webhooks go out after commit.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.core.validators import URLValidator
from django.db import IntegrityError, connection, transaction
from django.db.models import BigIntegerField
from django.db.models.expressions import RawSQL
from django.utils import timezone
from django.utils.text import slugify

from claims.hooks import claims_created
from claims.models import (
    WORKLOAD_STATUSES,
    Article,
    Claim,
    ClaimOrigin,
    ClaimStatus,
    ClaimType,
)
from core import roles
from core.errors import Conflict, Forbidden, InvalidInput, NotFound, StaleVersion
from core.outbox import outbox_add
from reviews import policy, selectors
from reviews.models import (
    Assignment,
    Note,
    Notification,
    Rating,
    Review,
    RevisionContributor,
    Source,
    Stance,
    TimelineEvent,
    VerdictRevision,
)

logger = logging.getLogger(__name__)
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


# --- helpers ---------------------------------------------------------------------------------


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
    pk = claim.pk if isinstance(claim, Claim) else claim
    try:
        # get(), not first(): no ORDER BY to compile for a primary-key lookup.
        return Claim.objects.select_for_update(of=("self",)).select_related(*related).get(pk=pk)
    except Claim.DoesNotExist:
        raise NotFound(f"Claim {pk} does not exist.") from None


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


def _record(
    claim: Claim,
    actor: Any,
    action: str,
    *,
    field: str = "",
    before: Any = None,
    after: Any = None,
    message: str = "",
) -> TimelineEvent:
    event = _event(claim, actor, action, field=field, before=before, after=after, message=message)
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


def claim_link(claim: Claim | int) -> str:
    pk = claim.pk if isinstance(claim, Claim) else claim
    return f"{settings.SITE_URL.rstrip('/')}/claims/{pk}/"


def _notify(recipient: Any, claim: Claim, kind: str, message: str) -> None:
    """In-app notification now; its e-mail through the outbox, committed with the change and
    sent by a worker (a mail server or broker that is down never holds the request)."""
    if recipient is None:
        return
    notification = Notification.objects.create(
        recipient=recipient, claim=claim, kind=kind, message=message
    )
    if recipient.email:
        outbox_add(
            task="reviews.tasks.send_notification_email",
            kwargs={"notification_id": notification.pk},
        )


def notification_email_send(*, notification_id: int) -> bool:
    """E-mail one notification to its recipient (the `send_notification_email` task);
    False when it or its address is gone."""
    notification = (
        Notification.objects.select_related("recipient", "claim").filter(pk=notification_id).first()
    )
    if notification is None or not notification.recipient.email:
        return False
    claim = notification.claim
    body = f"{notification.message}\n"
    if claim is not None:
        body += f"\nClaim: {claim.text}\n\nOpen it: {claim_link(claim)}\n"
    send_mail(
        subject=f"[{settings.ORGANISATION_NAME}] {notification.message}"[:200],
        message=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[notification.recipient.email],
    )
    return True


def _webhooks(event: str, claim: Claim) -> None:
    """Record this event's webhook deliveries with the change itself (reviews.webhooks); the
    outbox sends them after the commit, or later if the broker is down."""
    from reviews.webhooks import queue_webhooks

    queue_webhooks(event=event, claim_id=claim.pk)


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


# --- ratings -------------------------------------------------------------------------------------


@transaction.atomic
def ratings_load(*, entries: list[dict[str, Any]]) -> tuple[int, int]:
    """Create or update the rating scale from seed entries; returns (created, updated)."""
    created = updated = 0
    for entry in entries:
        slug = entry.get("slug") or slugify(entry["label"])
        defaults = {
            "label": entry["label"],
            "description": entry.get("description", ""),
            "colour": entry.get("colour", "#6b7280"),
            "order": entry.get("order", 0),
            "value": entry.get("value"),
        }
        rating = Rating.objects.filter(slug=slug).first()
        if rating is None:
            Rating.objects.create(slug=slug, **defaults)
            created += 1
        elif any(getattr(rating, k) != v for k, v in defaults.items()):
            for key, value in defaults.items():
                setattr(rating, key, value)
            rating.save()
            updated += 1
    return created, updated


# --- claims: manual creation and edits --------------------------------------------------------


@transaction.atomic
def claim_create_manual(
    *,
    article: Article,
    span_start: int,
    span_end: int,
    by: Any,
    claimant: str = "",
    claim_type: str = ClaimType.OTHER,
) -> Claim:
    """A claim a person marked in the article; its text is the span."""
    if not (roles.is_editor(by) or roles.is_reviewer(by)):
        raise Forbidden("Only editors and reviewers can add claims.")
    try:
        start, end = int(span_start), int(span_end)
    except (TypeError, ValueError):
        raise InvalidInput("span_start and span_end must be whole numbers.") from None
    if not 0 <= start < end <= len(article.body):
        raise InvalidInput(
            f"The span must satisfy 0 <= span_start < span_end <= {len(article.body)} "
            "(the article's length)."
        )
    text = article.body[start:end]
    if not text.strip():
        raise InvalidInput("The selected span holds only white space.")
    if claim_type not in ClaimType.values:
        raise InvalidInput(f"claim_type must be one of {', '.join(ClaimType.values)}.")
    claim = Claim.objects.create(
        article=article,
        text=text.strip(),
        quote=text,
        span_start=start,
        span_end=end,
        claimant=(claimant or "").strip()[:300],
        claim_type=claim_type,
        origin=ClaimOrigin.MANUAL,
        status=ClaimStatus.CANDIDATE,
        edited_by_human=True,
        updated_by=by,
    )
    _record(claim, by, A.CREATED, message="Marked by hand in the article.")
    claims_created.send(sender=Claim, claim_ids=[claim.pk])
    return claim


CLAIM_EDITABLE = ("text", "claimant", "claim_type")


@transaction.atomic
def claim_update(
    *, claim: Claim | int, by: Any, changes: dict[str, Any], version: int | None
) -> Claim:
    """Edit the claim's text, claimant or type (with the version the editor saw)."""
    claim = _lock(claim)
    _check("edit_claim", claim, by)
    _check_version(claim, version, "claim")
    unknown = set(changes) - set(CLAIM_EDITABLE)
    if unknown:
        raise InvalidInput(f"{', '.join(sorted(unknown))} cannot be edited here.")
    changed: list[str] = []
    for name, value in changes.items():
        value = (value or "").strip() if isinstance(value, str) or value is None else value
        if name == "text" and not value:
            raise InvalidInput("text: a claim needs text.")
        if name == "claim_type" and value not in ClaimType.values:
            raise InvalidInput(f"claim_type must be one of {', '.join(ClaimType.values)}.")
        if name == "claimant" and len(value) > 300:
            raise InvalidInput("claimant: at most 300 characters.")
        old = getattr(claim, name)
        if old != value:
            setattr(claim, name, value)
            changed.append(name)
            _record(claim, by, A.EDITED, field=name, before=old, after=value)
    if changed:
        claim.edited_by_human = True
        _bump(claim, by, [*changed, "edited_by_human"])
    return claim


# --- triage and assignment ----------------------------------------------------------------------


@transaction.atomic
def claim_triage(
    *, claim: Claim | int, by: Any, decision: str, reason: str = "", version: int | None = None
) -> Claim:
    if decision not in ("queue", "dismiss"):
        raise InvalidInput('decision must be "queue" or "dismiss".')
    claim = _lock(claim)
    _check(decision, claim, by)
    _check_version(claim, version, "claim")
    _transition(claim, by, policy.RULES[decision].target or "", message=reason.strip())
    return claim


@transaction.atomic
def claim_restore(*, claim: Claim | int, by: Any, version: int | None = None) -> Claim:
    claim = _lock(claim)
    _check("restore", claim, by)
    _check_version(claim, version, "claim")
    _transition(claim, by, ClaimStatus.CANDIDATE)
    return claim


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
        message=f"Due {due_at:%Y-%m-%d %H:%M}" if due_at else "",
    )
    if before_status != ClaimStatus.ASSIGNED:
        _record(claim, by, A.TRANSITION, field="status", before=before_status, after=claim.status)
    due = f" (due {timezone.localtime(due_at):%Y-%m-%d %H:%M})" if due_at else ""
    _notify(reviewer, claim, "assigned", f"{_display(by)} assigned you a claim{due}")
    return claim


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
) -> Claim:
    reviewer = _active_reviewer(assignee)
    claim = _lock(claim)
    _check_version(claim, version, "claim")
    _forget_loads()
    return _assign_locked(claim, reviewer=reviewer, by=by, due_at=_clean_due(due_at))


def _forget_loads() -> None:
    """The queue's reviewer choices show each reviewer's load: read it afresh after an
    assignment. Now, for this request's next page, and after commit, in case another
    request cached the old load in between."""
    selectors.forget_filter_choices()
    transaction.on_commit(selectors.forget_filter_choices)


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
) -> list[Claim]:
    """Assign many claims to one reviewer, or spread them by `least_loaded`.

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


# --- research -------------------------------------------------------------------------------------


@transaction.atomic
def claim_start(*, claim: Claim | int, by: Any, version: int | None = None) -> Claim:
    claim = _lock(claim)
    _check("start", claim, by)
    _check_version(claim, version, "claim")
    review = review_for(claim)
    if review.author_id is None:
        review.author = claim.assignee
        review.save(update_fields=["author", "updated_at"])
    _transition(claim, by, ClaimStatus.IN_PROGRESS)
    return claim


def _active_rating(slug: str) -> RawSQL:
    """The id of the active rating `slug` names (or NULL), as a column of another query.

    Raw SQL: as a Django Subquery the read that carries it took about 0.5 ms more CPU
    (SQLite), more than this lookup as a statement of its own.
    """
    quote = connection.ops.quote_name
    sql = (
        f"SELECT {quote('id')} FROM {quote(Rating._meta.db_table)} "  # noqa: S608
        f"WHERE {quote('slug')} = %s AND {quote('is_active')}"
    )
    # The slug is a parameter; the SQL holds only names quoted from the model.
    return RawSQL(sql, [slug], output_field=BigIntegerField())  # noqa: S611


def _unknown_rating(slug: str) -> InvalidInput:
    slugs = ", ".join(Rating.objects.filter(is_active=True).values_list("slug", flat=True))
    message = f"unknown rating {slug!r}; use one of: {slugs}."
    return InvalidInput(f"rating: {message}", extra={"errors": {"rating": [message]}})


# What a review save reads of the review (all but created_at), after the claim's status
# and assignee: fewer columns to compile and load than whole rows.
REVIEW_READ = [
    f"review__{name}"
    for name in (
        "claim_id",
        "rating_id",
        "summary",
        "rationale",
        "author_id",
        "approver_id",
        "submitted_at",
        "approved_at",
        "published_at",
        "corrected_at",
        "correction_note",
        "version",
        "updated_by_id",
        "updated_at",
    )
]


def _review_to_edit(pk: int, *, slug: str | None) -> tuple[Claim, Review | None, int | None]:
    """The claim, locked for the transaction; its review with its rating, locked too, or
    None when it has none; and the id of the active rating `slug` names, if any.

    SQLite has no row locks: a transaction holds the database's write lock from its first
    statement (BEGIN IMMEDIATE; a deferred one could not commit over a concurrent write),
    so one statement reads the claim with its review there. PostgreSQL reads the review
    once the claim's lock is granted: a join in the locking statement could return the
    review as it was before the writer that held the lock committed.
    """
    lookup = {"new_rating_id": _active_rating(slug)} if slug else {}
    if connection.vendor == "sqlite":
        try:
            claim = (
                Claim.objects.select_related("review__rating")
                .only("status", "assignee_id", *REVIEW_READ, "review__rating__slug")
                .annotate(**lookup)
                .get(pk=pk)
            )
        except Claim.DoesNotExist:
            raise NotFound(f"Claim {pk} does not exist.") from None
        try:
            review: Review | None = claim.review
        except Review.DoesNotExist:
            review = None
        return claim, review, getattr(claim, "new_rating_id", None)
    claim = _lock(pk, related=())
    queryset = Review.objects.select_for_update(of=("self",)).select_related("rating")
    try:
        review = queryset.annotate(**lookup).get(claim=claim)
    except Review.DoesNotExist:
        if not slug:
            return claim, None, None
        found = Rating.objects.filter(slug=slug, is_active=True).values_list("pk", flat=True)
        return claim, None, found.first()
    return claim, review, getattr(review, "new_rating_id", None)


@transaction.atomic
def review_update(
    *,
    claim: Claim | int,
    by: Any,
    version: int | None,
    rating: str | Rating | None = None,
    summary: str | None = None,
    rationale: str | None = None,
) -> Review:
    """Write the verdict: rating (by slug), summary, rationale. None leaves a field as is.

    A rating slug that names no active rating is refused (InvalidInput, with `errors`
    naming the field) before anything else is checked.
    """
    # A save is the most frequent write: the claim, its review and the rating named are
    # read together (see _review_to_edit) with only what a successful save reads; a
    # refusal loads the assignee or the last editor for its message.
    slug = rating if isinstance(rating, str) and rating else None
    pk = claim.pk if isinstance(claim, Claim) else claim
    try:
        claim, review, new_rating_id = _review_to_edit(pk, slug=slug)
    except NotFound:
        if slug and not Rating.objects.filter(slug=slug, is_active=True).exists():
            raise _unknown_rating(slug) from None
        raise
    if slug and new_rating_id is None:
        raise _unknown_rating(slug)
    _check("edit_review", claim, by)
    if review is None:
        review = review_for(claim, lock=True, related=("rating",))
    _check_version(review, version, "review")
    changes: dict[str, Any] = {}
    if rating is not None:
        new_rating: Rating | None = None
        if isinstance(rating, Rating):
            new_rating = rating
        elif slug:
            # Its id and slug are all a save reads; other fields load if someone asks.
            new_rating = Rating.from_db(review._state.db, ["id", "slug"], [new_rating_id, slug])
        if (new_rating.pk if new_rating else None) != review.rating_id:
            changes["rating"] = (
                review.rating.slug if review.rating else None,
                new_rating.slug if new_rating else None,
                new_rating,
            )
    for name, value in (("summary", summary), ("rationale", rationale)):
        if value is not None and value.strip() != getattr(review, name):
            changes[name] = (getattr(review, name), value.strip(), value.strip())
    if not changes:
        return review
    events = []
    for name, (before, after, value) in changes.items():
        setattr(review, name, value)
        events.append(_event(claim, by, A.REVIEW_EDITED, field=name, before=before, after=after))
    # One insert for all the fields changed, in the order above (the timeline's order).
    TimelineEvent.objects.bulk_create(events)
    if review.author_id is None:
        review.author = by
    review.version += 1
    review.updated_by = by
    # Only the changed columns: the claim lock keeps other writers out meanwhile, so this
    # is the same row a full save would write, in a shorter statement.
    review.save(update_fields=[*changes, "author", "version", "updated_by", "updated_at"])
    _contributed(review.pk, by)
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


_url_validator = URLValidator(schemes=["http", "https"])


def _clean_url(value: str, field: str) -> str:
    url = (value or "").strip()
    if not url:
        return ""
    try:
        _url_validator(url)
    except ValidationError:
        raise InvalidInput(
            f"{field}: {url[:80]!r} is not an http(s) URL; other schemes are refused."
        ) from None
    return url


@transaction.atomic
def source_add(
    *,
    claim: Claim | int,
    by: Any,
    url: str,
    title: str = "",
    publisher: str = "",
    excerpt: str = "",
    stance: str = Stance.CONTEXT,
    accessed_at: datetime | None = None,
    archived_url: str = "",
) -> Source:
    claim = _lock(claim)
    _check("add_source", claim, by)
    clean = _clean_url(url, "url")
    if not clean:
        raise InvalidInput("url: a source needs a URL.")
    if stance not in Stance.values:
        raise InvalidInput(f"stance must be one of {', '.join(Stance.values)}.")
    source = Source.objects.create(
        claim=claim,
        url=clean,
        title=(title or "").strip()[:500],
        publisher=(publisher or "").strip()[:200],
        excerpt=(excerpt or "").strip(),
        stance=stance,
        accessed_at=accessed_at or timezone.now(),
        archived_url=_clean_url(archived_url, "archived_url"),
        added_by=by,
    )
    _record(claim, by, A.SOURCE_ADDED, field="sources", after={"url": clean, "title": source.title})
    _bump(claim, by)
    _contributed(review_for(claim, related=()).pk, by)
    return source


@transaction.atomic
def source_remove(*, source: Source | int, by: Any) -> None:
    pk = source.pk if isinstance(source, Source) else source
    found = Source.objects.filter(pk=pk).values_list("claim_id", flat=True).first()
    if found is None:
        raise NotFound(f"Source {pk} does not exist.")
    claim = _lock(found)
    _check("remove_source", claim, by)
    source_row = Source.objects.get(pk=pk)
    _record(
        claim,
        by,
        A.SOURCE_REMOVED,
        field="sources",
        before={"url": source_row.url, "title": source_row.title},
    )
    source_row.delete()
    _bump(claim, by)
    _contributed(review_for(claim, related=()).pk, by)


@transaction.atomic
def note_add(
    *,
    claim: Claim | int,
    by: Any,
    body: str,
    span_start: int | None = None,
    span_end: int | None = None,
) -> Note:
    claim = _lock(claim)
    _check("add_note", claim, by)
    text = (body or "").strip()
    if not text:
        raise InvalidInput("body: a note needs text.")
    if (span_start is None) != (span_end is None):
        raise InvalidInput("Give both span_start and span_end, or neither.")
    if span_start is not None and span_end is not None:
        length = len(claim.article.body)
        if not 0 <= span_start < span_end <= length:
            raise InvalidInput(f"The note's span must satisfy 0 <= start < end <= {length}.")
    note = Note.objects.create(
        claim=claim, author=by, body=text, span_start=span_start, span_end=span_end
    )
    _record(claim, by, A.NOTE_ADDED, after=text[:500])
    return note


# --- submit, approve, return, reopen, merge ---------------------------------------------


def submit_missing(claim: Claim, review: Review) -> list[str]:
    missing = []
    if review.rating_id is None:
        missing.append("a rating")
    if not review.summary.strip():
        missing.append("a summary")
    if not claim.sources.exists():
        missing.append("at least one source")
    return missing


@transaction.atomic
def claim_submit(*, claim: Claim | int, by: Any, version: int | None = None) -> Claim:
    claim = _lock(claim)
    _check("submit", claim, by)
    _check_version(claim, version, "claim")
    review = review_for(claim, lock=True)
    missing = submit_missing(claim, review)
    if missing:
        raise Conflict(
            "Cannot submit for review yet: it still needs " + _join(missing) + ".",
            code="incomplete",
            extra={"missing": missing},
        )
    review.submitted_at = timezone.now()
    if review.author_id is None:
        review.author = by
    review.save(update_fields=["submitted_at", "author", "updated_at"])
    _transition(claim, by, ClaimStatus.IN_REVIEW)
    return claim


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


@transaction.atomic
def claim_approve(*, claim: Claim | int, by: Any, version: int | None = None) -> Claim:
    """Four-eyes: an editor who did not write the review publishes it."""
    claim = _lock(claim)
    _check("approve", claim, by)
    _check_version(claim, version, "claim")
    review = review_for(claim, lock=True)
    if review.author_id is not None and review.author_id == by.pk:
        raise Forbidden("You wrote this review, so someone else must approve it (four-eyes rule).")
    writers = list(
        Review.contributors.through.objects.filter(review=review)
        .order_by("id")
        .values_list("user_id", flat=True)
    )
    if by.pk in writers:
        raise Forbidden(
            "You changed this verdict's rating, texts or sources since it was last published, "
            "so another editor must approve it (four-eyes rule)."
        )
    missing = submit_missing(claim, review)
    if missing:
        raise Conflict(
            "Cannot approve: the review lacks " + _join(missing) + ".", code="incomplete"
        )
    now = timezone.now()
    previous = review.revisions.order_by("-number").first()
    number = previous.number + 1 if previous else 1
    if previous is not None:
        review.corrected_at = now
        # The text published before is still in this one: its writers keep their credit.
        earlier = RevisionContributor.objects.filter(revision=previous).order_by("position")
        writers = [*earlier.values_list("user_id", flat=True), *writers]
    else:
        review.published_at = now
    VerdictRevision.objects.filter(review=review, superseded_at__isnull=True).update(
        superseded_at=now
    )
    revision = VerdictRevision.objects.create(
        review=review,
        number=number,
        rating=review.rating,
        summary=review.summary,
        rationale=review.rationale,
        author=review.author,
        approver=by,
        published_at=now,
        correction_note=review.correction_note if previous else "",
        # As the export writes them (an empty archived URL is null), so it reads them as is.
        sources=[
            [url, title, publisher, stance, archived or None]
            for url, title, publisher, stance, archived in claim.sources.order_by(
                "created_at", "id"
            ).values_list("url", "title", "publisher", "stance", "archived_url")
        ],
    )
    RevisionContributor.objects.bulk_create(
        RevisionContributor(revision=revision, user_id=user, position=position)
        for position, user in enumerate(dict.fromkeys(writers))
    )
    review.contributors.clear()
    review.published_revision = revision
    review.approver = by
    review.approved_at = now
    review.version += 1
    review.updated_by = by
    review.save()
    _transition(
        claim, by, ClaimStatus.PUBLISHED, message="Correction published" if previous else ""
    )
    _notify(review.author, claim, "approved", f"{_display(by)} approved and published your verdict")
    _webhooks("verdict.corrected" if previous else "verdict.published", claim)
    return claim


@transaction.atomic
def claim_return(*, claim: Claim | int, by: Any, comment: str, version: int | None = None) -> Claim:
    claim = _lock(claim)
    _check("return", claim, by)
    _check_version(claim, version, "claim")
    text = (comment or "").strip()
    if not text:
        raise InvalidInput("comment: say what needs to change before it can be approved.")
    _transition(claim, by, ClaimStatus.IN_PROGRESS, message=text)
    Note.objects.create(claim=claim, author=by, body=f"Returned: {text}")
    _notify(
        claim.assignee, claim, "returned", f"{_display(by)} returned a claim to you: {text}"[:500]
    )
    return claim


@transaction.atomic
def claim_reopen(*, claim: Claim | int, by: Any, note: str, version: int | None = None) -> Claim:
    """Reopen a published verdict for a correction; the published revision is kept."""
    claim = _lock(claim)
    _check("reopen", claim, by)
    _check_version(claim, version, "claim")
    text = (note or "").strip()
    if not text:
        raise InvalidInput("note: say what is being corrected.")
    review = review_for(claim, lock=True)
    review.correction_note = text
    review.submitted_at = None
    review.version += 1
    review.updated_by = by
    review.save()
    _transition(claim, by, ClaimStatus.IN_PROGRESS, message=f"Reopened for correction: {text}")
    _notify(review.author, claim, "reopened", f"{_display(by)} reopened your verdict: {text}"[:500])
    _webhooks("verdict.reopened", claim)
    return claim


@transaction.atomic
def claim_merge(
    *, claim: Claim | int, by: Any, canonical: Claim | int, version: int | None = None
) -> Claim:
    """Mark a claim as a duplicate of a canonical one, which supplies its verdict."""
    canonical_id = canonical.pk if isinstance(canonical, Claim) else int(canonical)
    claim_id = claim.pk if isinstance(claim, Claim) else int(claim)
    if canonical_id == claim_id:
        raise InvalidInput("canonical: a claim cannot be a duplicate of itself.")
    # Lock both rows in id order so two merges cannot deadlock.
    rows = {
        c.pk: c
        for c in Claim.objects.select_for_update(of=("self",))
        .select_related("assignee", "updated_by")
        .filter(pk__in=[claim_id, canonical_id])
        .order_by("pk")
    }
    if claim_id not in rows:
        raise NotFound(f"Claim {claim_id} does not exist.")
    if canonical_id not in rows:
        raise InvalidInput(f"canonical: claim {canonical_id} does not exist.")
    target, root = rows[claim_id], rows[canonical_id]
    _check("merge", target, by)
    _check_version(target, version, "claim")
    seen = {target.pk}
    while root.duplicate_of_id is not None:
        if root.duplicate_of_id in seen:
            raise Conflict("Those claims already point at each other.")
        seen.add(root.pk)
        root = Claim.objects.get(pk=root.duplicate_of_id)
    if root.pk == target.pk:
        raise Conflict("That claim is already a duplicate of this one.")
    if root.status == ClaimStatus.DISMISSED:
        raise Conflict("A dismissed claim cannot be the canonical claim.")
    before = target.status
    Assignment.objects.filter(claim=target, ended_at__isnull=True).update(ended_at=timezone.now())
    target.duplicate_of = root
    target.status = ClaimStatus.DUPLICATE
    _bump(target, by, ["duplicate_of", "status"])
    _record(target, by, A.MERGED, field="duplicate_of", before=None, after=root.pk)
    _record(target, by, A.TRANSITION, field="status", before=before, after=target.status)
    # Claims that pointed at the merged one now point at the canonical claim.
    Claim.objects.filter(duplicate_of=target).update(duplicate_of=root)
    return target


# --- notifications ------------------------------------------------------------------------------


def notifications_mark_read(*, user: Any, ids: Iterable[int] | None = None) -> int:
    queryset = Notification.objects.filter(recipient=user, read_at__isnull=True)
    if ids is not None:
        queryset = queryset.filter(pk__in=list(ids))
    return queryset.update(read_at=timezone.now())


def overdue_notify() -> int:
    """Remind each reviewer of their overdue claims (run daily by beat)."""
    now = timezone.now()
    overdue = Claim.objects.filter(
        due_at__lt=now, status__in=WORKLOAD_STATUSES, assignee__isnull=False
    ).select_related("assignee")
    sent = 0
    for claim in overdue:
        with transaction.atomic():
            _notify(claim.assignee, claim, "overdue", f"A claim was due {claim.due_at:%Y-%m-%d}")
        sent += 1
    return sent


ACTIONS: dict[str, Callable[..., Any]] = {
    "start": claim_start,
    "submit": claim_submit,
    "approve": claim_approve,
}
