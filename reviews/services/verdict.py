"""The verdict: the rating scale, and the review's rating, summary and rationale."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from claims.models import Claim
from core.errors import InvalidInput, NotFound
from reviews import queries
from reviews.hooks import verdict_public_changed
from reviews.models import Rating, Review, TimelineEvent
from reviews.services._base import A, _check, _check_version, _contributed, _event, review_for


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


@transaction.atomic
def review_mark_changed(*, claim_id: int) -> bool:
    """What a published verdict shows changed without a new revision (an archived copy of
    one of its sources appeared, a claim was merged into it): its review's `updated_at`
    moves, so export polls (`updated_since`, the ETag) and the public page's entity tag
    see it, and the higher layers are told (reviews.hooks). The version stays: nobody's
    open form goes stale. False when the claim has no published verdict."""
    changed = Review.objects.filter(claim_id=claim_id, published_revision__isnull=False).update(
        updated_at=timezone.now()
    )
    if changed:
        verdict_public_changed.send(sender=Review, claim_id=claim_id)
    return bool(changed)


def _unknown_rating(slug: str) -> InvalidInput:
    slugs = ", ".join(Rating.objects.filter(is_active=True).values_list("slug", flat=True))
    message = f"unknown rating {slug!r}; use one of: {slugs}."
    return InvalidInput(f"rating: {message}", extra={"errors": {"rating": [message]}})


@transaction.atomic
def review_update(
    *,
    claim: Claim | int,
    by: Any,
    version: int | None,
    rating: str | Rating | None = None,
    summary: str | None = None,
    rationale: str | None = None,
    claim_as_stated: str | None = None,
) -> Review:
    """Write the verdict: rating (by slug), summary, rationale, the claim as stated. None
    leaves a field as is. A claim as stated equal to the claim's text is stored blank (it
    then follows the claim's text, which is its default).

    A rating slug that names no active rating is refused (InvalidInput, with `errors`
    naming the field) before anything else is checked.
    """
    # A save is the most frequent write: the claim, its review and the rating named are
    # read together (see queries.review_to_edit) with only what a successful save reads; a
    # refusal loads the assignee or the last editor for its message.
    slug = rating if isinstance(rating, str) and rating else None
    pk = claim.pk if isinstance(claim, Claim) else claim
    try:
        claim, review, new_rating_id = queries.review_to_edit(pk, slug=slug)
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
    if claim_as_stated is not None:
        stated = claim_as_stated.strip()
        if stated == claim.text.strip():
            stated = ""
        if stated != review.claim_as_stated:
            changes["claim_as_stated"] = (review.claim_as_stated, stated, stated)
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
