"""The workflow's transitions: triage, restore, start, submit, approve (four-eyes, with a
published revision), return, reopen for a correction, and merge into a canonical claim."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone

from claims.models import Claim, ClaimStatus
from core.errors import Conflict, Forbidden, InvalidInput, NotFound
from reviews import policy, selectors
from reviews.hooks import verdict_public_changed
from reviews.models import Assignment, Note, Review, RevisionContributor, VerdictRevision
from reviews.services._base import (
    A,
    _bump,
    _check,
    _check_version,
    _display,
    _join,
    _lock,
    _record,
    _transition,
    review_for,
)
from reviews.services.notifications import _notify, _webhooks
from reviews.services.verdict import review_mark_changed


def _move(claim: Claim, by: Any, target: str, *, message: str = "") -> None:
    """_transition, and the dashboard's cached counts forgotten once this commits (they would
    otherwise contradict the live lists beside them for up to half a minute)."""
    _transition(claim, by, target, message=message)
    transaction.on_commit(selectors.forget_dashboard_counts)


@transaction.atomic
def claim_triage(
    *, claim: Claim | int, by: Any, decision: str, reason: str = "", version: int | None = None
) -> Claim:
    if decision not in ("queue", "dismiss"):
        raise InvalidInput('decision must be "queue" or "dismiss".')
    claim = _lock(claim)
    _check(decision, claim, by)
    _check_version(claim, version, "claim")
    _move(claim, by, policy.RULES[decision].target or "", message=reason.strip())
    return claim


@transaction.atomic
def claim_restore(*, claim: Claim | int, by: Any, version: int | None = None) -> Claim:
    claim = _lock(claim)
    _check("restore", claim, by)
    _check_version(claim, version, "claim")
    _move(claim, by, ClaimStatus.CANDIDATE)
    return claim


@transaction.atomic
def claim_start(*, claim: Claim | int, by: Any, version: int | None = None) -> Claim:
    claim = _lock(claim)
    _check("start", claim, by)
    _check_version(claim, version, "claim")
    review = review_for(claim)
    if review.author_id is None:
        review.author = claim.assignee
        review.save(update_fields=["author", "updated_at"])
    _move(claim, by, ClaimStatus.IN_PROGRESS)
    return claim


def submit_missing(claim: Claim, review: Review | None) -> list[str]:
    """What the verdict still lacks before it can be submitted or approved, in the words
    of the refusal (policy.SUBMIT_REQUIREMENTS). A claim with no review yet (None) lacks its
    rating and summary."""
    return [what for what, met in policy.SUBMIT_REQUIREMENTS if not met(claim, review)]


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
    _move(claim, by, ClaimStatus.IN_REVIEW)
    return claim


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
        claim_as_stated=review.claim_as_stated or claim.text,
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
    _move(claim, by, ClaimStatus.PUBLISHED, message="Correction published" if previous else "")
    _notify(review.author, claim, "approved", f"{_display(by)} approved and published your verdict")
    _webhooks("verdict.corrected" if previous else "verdict.published", claim)
    verdict_public_changed.send(sender=Review, claim_id=claim.pk)
    return claim


@transaction.atomic
def claim_return(*, claim: Claim | int, by: Any, comment: str, version: int | None = None) -> Claim:
    claim = _lock(claim)
    _check("return", claim, by)
    _check_version(claim, version, "claim")
    text = (comment or "").strip()
    if not text:
        raise InvalidInput("comment: say what needs to change before it can be approved.")
    _move(claim, by, ClaimStatus.IN_PROGRESS, message=text)
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
    _move(claim, by, ClaimStatus.IN_PROGRESS, message=f"Reopened for correction: {text}")
    _notify(review.author, claim, "reopened", f"{_display(by)} reopened your verdict: {text}"[:500])
    _webhooks("verdict.reopened", claim)
    verdict_public_changed.send(sender=Review, claim_id=claim.pk)
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
    transaction.on_commit(selectors.forget_dashboard_counts)
    # Claims that pointed at the merged one now point at the canonical claim.
    Claim.objects.filter(duplicate_of=target).update(duplicate_of=root)
    # The canonical claim's published verdict gains an appearance.
    review_mark_changed(claim_id=root.pk)
    return target
