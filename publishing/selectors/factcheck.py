"""One public fact-check, in one query."""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import F, OuterRef, TextField
from django.db.models.functions import Cast
from django.utils.dateparse import parse_datetime
from django.utils.safestring import SafeString, mark_safe

from core.prepared import PreparedRead
from publishing.changes import Published, changes_between
from publishing.selectors.stamps import published_reviews
from reviews.export import (
    ClaimReviewWriter,
    Verdict,
    one_verdict,
    one_verdict_queryset,
)
from reviews.export.sql import JSONRows, iso_text
from reviews.models import VerdictRevision


@dataclass(frozen=True)
class PublicSource:
    url: str
    title: str
    publisher: str
    stance: str
    archived_url: str | None


@dataclass(frozen=True)
class PublicRating:
    slug: str
    label: str
    description: str


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
    rating: PublicRating | None
    published_at: datetime
    updated_at: datetime | None
    article_date: datetime | None
    sources: list[PublicSource]
    corrections: list[Correction] = field(default_factory=list)


# What the corrections section needs of every published revision, oldest first.
_REVISION_COLUMNS = [
    "number",
    "rating__label",
    iso_text("published_at"),
    "correction_note",
    "claim_as_stated",
    "summary",
    "rationale",
    Cast("sources", output_field=TextField()),
]

# The fact-check in one row: the export's single-verdict read (reviews.export) with every
# revision and the rating's definition beside it.
_DETAIL = PreparedRead(
    lambda claim_id: one_verdict_queryset(
        published_reviews().filter(claim_id=claim_id),
        revisions_json=JSONRows(
            VerdictRevision.objects.filter(review_id=OuterRef("id")), _REVISION_COLUMNS
        ),
        rating_description=F("published_revision__rating__description"),
    )
)


def _moment(text: str) -> datetime:
    moment = parse_datetime(text)
    assert moment is not None, text
    return moment


def factcheck_detail(claim_id: int) -> FactCheck | None:
    """The public fact-check of a claim, or None, in one query: the export's Verdict (its
    row, the rating scale, writers, appearances and sources' copies) with every published
    revision, for the dates and the corrections section."""
    found = _DETAIL.rows(claim_id)
    if not found:
        return None
    verdict, (revisions_json, description) = one_verdict(found[0])
    history = [
        (number, label, _moment(published), note or "", stated, summary, rationale, sources)
        for number, label, published, note, stated, summary, rationale, sources in sorted(
            json.loads(revisions_json)
        )
    ]
    published = [
        Published(
            claim_as_stated=stated,
            rating_label=label,
            summary=summary,
            rationale=rationale,
            sources=json.loads(sources or "[]"),
        )
        for _, label, _, _, stated, summary, rationale, sources in history
    ]
    corrections = [
        Correction(after[0], after[2], changes_between(old, new), after[3])
        for (old, new), after in zip(itertools.pairwise(published), history[1:], strict=True)
    ]
    corrections.reverse()  # newest first
    rating = None
    if verdict.rating is not None:
        label, slug, *_ = verdict.rating
        rating = PublicRating(slug, label, description or "")
    # ClaimReviewWriter escapes <, > and & in the JSON (\u003c…), so it cannot end the
    # <script> element it is written into; the export writes the same bytes.
    json_ld = mark_safe(ClaimReviewWriter()(verdict))  # noqa: S308
    return FactCheck(
        verdict=verdict,
        json_ld=json_ld,
        rating=rating,
        published_at=history[0][2],
        updated_at=history[-1][2] if len(history) > 1 else None,
        article_date=parse_datetime(verdict.claim_date) if verdict.claim_date else None,
        # Each source's copy: the revision's, or the one archived since (reviews.export).
        sources=[PublicSource(*source) for source in verdict.sources],
        corrections=corrections,
    )
