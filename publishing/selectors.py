"""Reads for the public pages: published data only, from each verdict's published revision.

A claim is public while its review has a published revision and the claim is published or
being corrected (the export's statuses): a draft, an unpublished claim or a claim merged
into another is not. While a correction is under way the page keeps the last published
revision. Every read costs a fixed number of queries (tests/publishing pin them).
"""

from __future__ import annotations

import hashlib
import itertools
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.db.models import Q, QuerySet
from django.urls import reverse
from django.utils.dateparse import parse_datetime
from django.utils.safestring import SafeString, mark_safe

from publishing.changes import Published, changes_between
from reviews.export import (
    EXPORTED_STATUSES,
    ClaimReviewWriter,
    Verdict,
    factcheck_url,
    verdicts_for,
)
from reviews.export.sql import NotIndexed
from reviews.models import Rating, Review, Source, VerdictRevision

PAGE_SIZE = 20
FEED_SIZE = 50


def published_reviews() -> QuerySet[Review]:
    """Reviews with a published revision whose claim is published or being corrected."""
    return Review.objects.alias(claim_status=NotIndexed("claim__status")).filter(
        claim_status__in=EXPORTED_STATUSES, published_revision__isnull=False
    )


def local_path(claim_id: int, stated: str) -> str:
    """`/checks/<id>/<slug>/`: the canonical path on this site, with the slug the export
    gives the claim as stated in its public URL (`factcheck_url`)."""
    return reverse("publishing:detail", args=[claim_id, factcheck_url(claim_id, stated, "{slug}")])


def _etag(*parts: Any) -> str:
    basis = "|".join(str(part) for part in parts)
    return '"' + hashlib.sha256(basis.encode("utf-8")).hexdigest()[:32] + '"'


# --- conditional GET: one cheap query each -----------------------------------------------------


@dataclass(frozen=True)
class Stamp:
    """What a conditional GET needs: the last change and an entity tag."""

    last_modified: datetime | None
    etag: str | None


def site_stamp(query: str = "") -> Stamp:
    """The latest change to any public verdict (one ORDER BY … LIMIT 1 on the review's
    updated_at index), for the list, the feed and the sitemap; `query` (the filters)
    goes into the entity tag."""
    last = published_reviews().order_by("-updated_at").values_list("updated_at", flat=True)[:1]
    found = list(last)
    latest = found[0] if found else None
    return Stamp(latest, _etag("site", latest.isoformat() if latest else "-", query))


@dataclass(frozen=True)
class DetailStamp:
    claim_id: int
    path: str
    last_modified: datetime
    etag: str


def detail_stamp(claim_id: int) -> DetailStamp | None:
    """The canonical path and last change of a public fact-check, or None (404)."""
    row = (
        published_reviews()
        .filter(claim_id=claim_id)
        .values_list(
            "published_revision__claim_as_stated",
            "claim__text",
            "updated_at",
            "claim__updated_at",
            "claim__article__updated_at",
        )
        .first()
    )
    if row is None:
        return None
    stated, text, *changes = row
    last = max(change for change in changes if change is not None)
    return DetailStamp(
        claim_id, local_path(claim_id, stated or text), last, _etag(claim_id, last.isoformat())
    )


# --- /checks/ ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    claim_id: int
    claim_as_stated: str
    claimant: str
    rating_label: str | None
    rating_slug: str | None
    summary: str
    published_at: datetime
    corrected_at: datetime | None
    path: str


@dataclass(frozen=True)
class EntryPage:
    entries: list[Entry]
    number: int
    has_next: bool

    @property
    def has_previous(self) -> bool:
        return self.number > 1


_ENTRY_COLUMNS = (
    "claim_id",
    "published_revision__claim_as_stated",
    "claim__text",
    "claim__claimant",
    "published_revision__rating__label",
    "published_revision__rating__slug",
    "published_revision__summary",
    "published_at",
    "corrected_at",
)


def _entries(queryset: QuerySet[Review]) -> list[Entry]:
    entries = []
    for row in queryset.values_list(*_ENTRY_COLUMNS):
        pk, stated, text, claimant, label, slug, summary, published, corrected = row
        stated = stated or text
        path = local_path(pk, stated)
        entries.append(
            Entry(pk, stated, claimant, label, slug, summary, published, corrected, path)
        )
    return entries


def factcheck_page(
    *, page: int = 1, rating: str = "", claimant: str = "", search: str = ""
) -> EntryPage:
    """A page of public fact-checks, newest first publication first: one query (a row more
    than the page says whether there is a next one; no count over every verdict)."""
    queryset = published_reviews()
    if rating:
        queryset = queryset.filter(published_revision__rating__slug=rating)
    if claimant:
        queryset = queryset.filter(claim__claimant__icontains=claimant)
    if search:
        queryset = queryset.filter(
            Q(published_revision__claim_as_stated__icontains=search)
            | Q(claim__text__icontains=search)
            | Q(published_revision__summary__icontains=search)
        )
    start = (page - 1) * PAGE_SIZE
    rows = _entries(queryset.order_by("-published_at", "-id")[start : start + PAGE_SIZE + 1])
    return EntryPage(rows[:PAGE_SIZE], page, len(rows) > PAGE_SIZE)


def latest_entries(limit: int = FEED_SIZE) -> list[Entry]:
    """The latest (re)published fact-checks for the feed, last change first (one query)."""
    return _entries(published_reviews().order_by("-updated_at", "-id")[:limit])


def rating_choices() -> list[tuple[str, str]]:
    """(slug, label) of every active rating, in the scale's order (one query)."""
    return list(Rating.objects.filter(is_active=True).values_list("slug", "label"))


def rating_colours() -> list[tuple[str, str]]:
    """(slug, colour) of every rating, for the public stylesheet (one query)."""
    return list(Rating.objects.order_by("pk").values_list("slug", "colour"))


def sitemap_rows() -> QuerySet[Review, tuple[int, str, str, datetime]]:
    """(claim id, claim as stated, claim text, last publication) of every public
    fact-check, by claim id (the sitemap pages through it)."""
    return (
        published_reviews()
        .order_by("claim_id")
        .values_list(
            "claim_id",
            "published_revision__claim_as_stated",
            "claim__text",
            "published_revision__published_at",
        )
    )


# --- /checks/<id>/ ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PublicSource:
    url: str
    title: str
    publisher: str
    stance: str
    archived_url: str | None


@dataclass(frozen=True)
class Correction:
    number: int
    published_at: datetime
    changes: list[str]
    note: str


@dataclass
class FactCheck:
    """A public fact-check: the export's Verdict (so page and export agree), its JSON-LD,
    and what the page adds: the rating's definition, dates, sources' copies, corrections."""

    verdict: Verdict
    json_ld: SafeString
    rating: Rating | None
    published_at: datetime
    updated_at: datetime | None
    article_date: datetime | None
    sources: list[PublicSource]
    corrections: list[Correction] = field(default_factory=list)


def _published(revision: VerdictRevision) -> Published:
    return Published(
        claim_as_stated=revision.claim_as_stated,
        rating_label=revision.rating.label if revision.rating else None,
        summary=revision.summary,
        rationale=revision.rationale,
        sources=revision.sources or [],
    )


def factcheck_detail(claim_id: int) -> FactCheck | None:
    """The public fact-check of a claim, or None: 6 queries (the export's four for the
    Verdict: scale, row, writers, appearances; the revisions with their ratings; the
    sources' archived copies)."""
    # The page reads the earlier revisions itself (with what the corrections section needs).
    found = verdicts_for(published_reviews().filter(claim_id=claim_id), earlier=False)
    if not found:
        return None
    verdict = found[0]
    # Every revision was published; the last is the one the page shows.
    history = list(
        VerdictRevision.objects.filter(review_id=verdict.review_id)
        .select_related("rating")
        .order_by("number")
    )
    copies = dict(
        Source.objects.filter(claim_id=claim_id)
        .exclude(archived_url="")
        .order_by("created_at", "id")
        .values_list("url", "archived_url")
    )
    sources = [
        PublicSource(url, title, publisher, stance, archived or copies.get(url))
        for url, title, publisher, stance, archived in verdict.sources
    ]
    corrections = [
        Correction(
            after.number,
            after.published_at,
            changes_between(_published(before), _published(after)),
            after.correction_note,
        )
        for before, after in itertools.pairwise(history)
    ]
    corrections.reverse()  # newest first
    current = history[-1]
    # ClaimReviewWriter escapes <, > and & in the JSON (\u003c…), so it cannot end the
    # <script> element it is written into; the export writes the same bytes.
    json_ld = mark_safe(ClaimReviewWriter()(verdict))  # noqa: S308
    return FactCheck(
        verdict=verdict,
        json_ld=json_ld,
        rating=current.rating,
        published_at=history[0].published_at,
        updated_at=current.published_at if len(history) > 1 else None,
        article_date=parse_datetime(verdict.claim_date) if verdict.claim_date else None,
        sources=sources,
        corrections=corrections,
    )
