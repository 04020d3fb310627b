"""Which verdicts the export holds, and the one declaration of what each says.

`Verdict` is the export item: its fields, in order, are the item's keys, and the nested
values (appearances, rating, sources) are tuples in the order of `NESTED_KEYS`. Every
format is written from Verdicts (`verdict_item` for the JSON pages and webhooks, the fast
JSON writer in `jsontext`, CSV, ClaimReview), so they always agree.

What a verdict says (rating, texts, sources, writers, approver, correction note) is read
from its published revision (`Review.published_revision`), never from the review being
edited: while a correction is under way the export keeps serving what was published, and
the correction replaces it once approved.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any, NamedTuple

from django.db.models import Count, Max, QuerySet

from claims.models import ClaimStatus
from reviews.export.sql import NotIndexed
from reviews.models import Review

# --- which verdicts --------------------------------------------------------------------------

# A published verdict stays in the export while it is corrected (reopened, in progress, in
# review, reassigned); a claim merged into another is exported as that claim's appearance.
EXPORTED_STATUSES = (
    ClaimStatus.PUBLISHED,
    ClaimStatus.ASSIGNED,
    ClaimStatus.IN_PROGRESS,
    ClaimStatus.IN_REVIEW,
)


def verdict_queryset(*, filters: dict[str, Any] | None = None) -> QuerySet[Review]:
    """Published verdicts, oldest change first (so `updated_since` + cursor pages well),
    including those under correction (the export shows their published revision).

    filters (already validated): updated_since, published_after, published_before (datetimes),
    rating (slug), outlet (exact, case-insensitive), claimant (substring).
    """
    filters = filters or {}
    queryset = Review.objects.alias(claim_status=NotIndexed("claim__status")).filter(
        claim_status__in=EXPORTED_STATUSES, published_at__isnull=False
    )
    if filters.get("updated_since"):
        queryset = queryset.filter(updated_at__gte=filters["updated_since"])
    if filters.get("published_after"):
        queryset = queryset.filter(published_at__gte=filters["published_after"])
    if filters.get("published_before"):
        queryset = queryset.filter(published_at__lt=filters["published_before"])
    if filters.get("rating"):
        queryset = queryset.filter(published_revision__rating__slug=filters["rating"])
    if filters.get("outlet"):
        queryset = queryset.filter(claim__article__outlet__iexact=filters["outlet"])
    if filters.get("claimant"):
        queryset = queryset.filter(claim__claimant__icontains=filters["claimant"])
    return queryset.order_by("updated_at", "id")


def verdict_stamp(queryset: QuerySet[Review]) -> tuple[int, datetime | None]:
    """(count, last change) of a filtered export in one aggregate query, for ETag and
    Last-Modified. A change to the verdict, its claim or its article moves the stamp."""
    row = queryset.order_by().aggregate(
        n=Count("id"),
        last_review=Max("updated_at"),
        last_claim=Max("claim__updated_at"),
        last_article=Max("claim__article__updated_at"),
    )
    stamps = [
        value
        for key in ("last_review", "last_claim", "last_article")
        if (value := row[key]) is not None
    ]
    return int(row["n"]), max(stamps) if stamps else None


def etag_for(*, count: int, last: datetime | None, query: str, fmt: str) -> str:
    basis = f"{count}|{last.isoformat() if last else '-'}|{fmt}|{query}"
    return '"' + hashlib.sha256(basis.encode("utf-8")).hexdigest()[:32] + '"'


# --- what a verdict says ---------------------------------------------------------------------

# Nested values of a Verdict, as tuples in the order of their keys in the export item.
Appearance = tuple[str | None, str, str, str | None]
RatingOut = tuple[str, str, int | None, int | None, int | None]
SourceOut = tuple[str, str, str, str, str | None]
APPEARANCE_KEYS = ("url", "title", "outlet", "published_at")
RATING_KEYS = ("label", "slug", "value", "best", "worst")
SOURCE_KEYS = ("url", "title", "publisher", "stance", "archived_url")


class Verdict(NamedTuple):
    """One exported verdict with every value final; its fields are the export item's keys,
    in order, and their types say how each is written (see `jsontext`). `verdict_item`
    makes the item (a dict, for the JSON pages and webhooks); the streamed formats write a
    Verdict directly, since building tens of thousands of dicts only to encode them again
    was most of a big export's time."""

    id: int
    review_id: int
    claim_text: str
    # The claim in the reviewer's words as published (ClaimReview's claimReviewed); the
    # claim's text, the sentence in the article, when the reviewer wrote none.
    claim_as_stated: str
    claimant: str
    claim_date: str | None
    appearances: list[Appearance]
    rating: RatingOut | None
    summary: str
    rationale: str
    sources: list[SourceOut]
    # Everyone who wrote the published revision, joined with ", " (one name before there
    # was a list); `reviewers` lists them one by one.
    reviewer: str | None
    reviewers: tuple[str, ...]
    approver: str | None
    published_at: str | None
    updated_at: str | None
    corrected_at: str | None
    correction_note: str | None
    revisions: list[dict[str, Any]]
    url: str


# The keys of the Verdict fields that hold tuples (or lists of them): the item writes
# each tuple as an object with these keys.
NESTED_KEYS: dict[str, tuple[str, ...]] = {
    "appearances": APPEARANCE_KEYS,
    "rating": RATING_KEYS,
    "sources": SOURCE_KEYS,
}


def verdict_item(verdict: Verdict) -> dict[str, Any]:
    """The export item: the Verdict's fields, its nested tuples as objects."""
    item: dict[str, Any] = dict(zip(Verdict._fields, verdict, strict=True))
    item["appearances"] = [dict(zip(APPEARANCE_KEYS, a, strict=True)) for a in verdict.appearances]
    if verdict.rating is not None:
        item["rating"] = dict(zip(RATING_KEYS, verdict.rating, strict=True))
    item["sources"] = [dict(zip(SOURCE_KEYS, s, strict=True)) for s in verdict.sources]
    item["reviewers"] = list(verdict.reviewers)
    return item
