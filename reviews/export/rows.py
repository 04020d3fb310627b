"""Reading verdicts from the database: every exported verdict is made here, as `Verdict`s.

Rows are read with `values_list` in chunks from a single `.iterator()` (a server-side
cursor on PostgreSQL) and each chunk's writers, duplicate appearances and superseded
revisions are fetched with one query each, so memory stays flat however many verdicts
are exported and a page costs a fixed number of queries.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from itertools import islice
from typing import Any

from django.conf import settings
from django.db.models import F, Max, Min, QuerySet, TextField
from django.db.models.functions import Cast
from django.utils.text import slugify

from claims.models import Claim
from reviews.export.sql import among, dates_formatted_in_sql, iso_text
from reviews.export.verdicts import Appearance, RatingOut, Verdict, verdict_item
from reviews.models import Rating, Review, RevisionContributor, Source, VerdictRevision

CHUNK_SIZE = 2000

# The columns of one verdict row, in the order `_verdicts` unpacks them.
_MAIN = (
    "id",
    "claim_id",
    "claim__text",
    "published_revision__claim_as_stated",
    "claim__claimant",
    "claim_date_iso",
    "claim__article__url",
    "claim__article__title",
    "claim__article__outlet",
    "claim__article_id",
    "published_revision_id",
    "published_revision__rating__label",
    "published_revision__rating__slug",
    "published_revision__rating__value",
    "published_revision__summary",
    "published_revision__rationale",
    "sources_json",
    "published_revision__approver__username",
    "published_revision__approver__first_name",
    "published_revision__approver__last_name",
    "published_at_iso",
    "updated_at_iso",
    "corrected_at_iso",
    "published_revision__correction_note",
)


def _with_iso_dates(queryset: QuerySet[Review]) -> QuerySet[Review]:
    return queryset.annotate(
        claim_date_iso=iso_text("claim__article__published_at"),
        published_at_iso=iso_text("published_at"),
        updated_at_iso=iso_text("updated_at"),
        corrected_at_iso=iso_text("corrected_at"),
        # As JSON text: a chunk's are decoded with one json.loads (see _verdicts).
        sources_json=Cast("published_revision__sources", output_field=TextField()),
    )


def iso(value: datetime | str | None) -> str | None:
    """ISO 8601 in UTC with microseconds and `Z`, as IsoUTC formats it in the database."""
    if value is None or isinstance(value, str):
        return value
    text = value.astimezone(UTC).isoformat(timespec="microseconds")
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _person(username: str | None, first: str | None, last: str | None) -> str | None:
    if username is None:
        return None
    return f"{first or ''} {last or ''}".strip() or username


def _remember(
    people: dict[tuple[Any, ...], str | None], username: str | None, first: Any, last: Any
) -> str | None:
    name = people[(username, first, last)] = _person(username, first, last)
    return name


def rating_scale() -> tuple[int | None, int | None]:
    """(best, worst) ratingValue of the ordinal scale."""
    row = Rating.objects.filter(value__isnull=False).aggregate(
        best=Max("value"), worst=Min("value")
    )
    return row["best"], row["worst"]


def factcheck_url(claim_id: int, text: str, pattern: str | None = None) -> str:
    pattern = pattern or settings.FACTCHECK_URL_PATTERN
    url = pattern.replace("{id}", str(claim_id))
    if "{slug}" in url:
        url = url.replace("{slug}", slugify(text)[:80] or str(claim_id))
    return url


def _chunks(rows: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, size)):
        yield chunk


def iter_verdicts(
    queryset: QuerySet[Review],
    *,
    chunk_size: int = CHUNK_SIZE,
    scale: tuple[int | None, int | None] | None = None,
) -> Iterator[dict[str, Any]]:
    """Verdict items for every review in `queryset`, in its order, chunk by chunk."""
    for chunk in iter_verdict_chunks(queryset, chunk_size=chunk_size, scale=scale):
        for verdict in chunk:
            yield verdict_item(verdict)


_DATES = tuple(_MAIN.index(name) for name in _MAIN if name.endswith("_iso"))


def _iso_row(row: tuple[Any, ...]) -> tuple[Any, ...]:
    values = list(row)
    for index in _DATES:
        values[index] = iso(values[index])
    return tuple(values)


def iter_verdict_chunks(
    queryset: QuerySet[Review],
    *,
    chunk_size: int = CHUNK_SIZE,
    scale: tuple[int | None, int | None] | None = None,
) -> Iterator[list[Verdict]]:
    """Every review in `queryset` as a Verdict, in its order, a list per chunk."""
    best, worst = scale if scale is not None else rating_scale()
    rows: Iterable[tuple[Any, ...]] = (
        _with_iso_dates(queryset).values_list(*_MAIN).iterator(chunk_size=chunk_size)
    )
    if not dates_formatted_in_sql():
        rows = map(_iso_row, rows)
    for chunk in _chunks(rows, chunk_size):
        yield _verdicts(chunk, best, worst)


def verdicts_for(
    queryset: QuerySet[Review],
    *,
    scale: tuple[int | None, int | None] | None = None,
    earlier: bool = True,
) -> list[Verdict]:
    """Every review of a small queryset (one public fact-check) as Verdicts, its rows read
    in one plain query: a server-side cursor (`iter_verdict_chunks`) costs three round
    trips to PostgreSQL where one serves a handful of rows. `earlier=False` leaves out the
    superseded revisions (`revisions` empty, one query fewer) for a caller that reads
    them itself or does not write them (ClaimReview has none)."""
    best, worst = scale if scale is not None else rating_scale()
    rows = list(_with_iso_dates(queryset).values_list(*_MAIN))
    if not dates_formatted_in_sql():
        rows = [_iso_row(row) for row in rows]
    return _verdicts(rows, best, worst, earlier=earlier) if rows else []


def verdict_items_for(review_ids: Sequence[int]) -> list[dict[str, Any]]:
    """Items for these reviews, in the order given (a page of the JSON export)."""
    if not review_ids:
        return []
    by_id = {
        item["review_id"]: item
        for item in iter_verdicts(Review.objects.filter(pk__in=review_ids).order_by())
    }
    return [by_id[pk] for pk in review_ids if pk in by_id]


def verdict_item_for_claim(claim_id: int) -> dict[str, Any] | None:
    """The item for one claim whatever its status (webhook payloads, e.g. on reopen)."""
    return next(iter_verdicts(Review.objects.filter(claim_id=claim_id)), None)


_REVISION = _MAIN.index("published_revision_id")
_SOURCES = _MAIN.index("sources_json")


def _verdicts(
    chunk: list[tuple[Any, ...]], best: int | None, worst: int | None, *, earlier: bool = True
) -> list[Verdict]:
    """A chunk's Verdicts: its writers, duplicate appearances, sources' copies and (when
    `earlier`) superseded revisions read with one query each, for the whole chunk."""
    claim_ids = [row[1] for row in chunk]
    review_ids = [row[0] for row in chunk]
    revision_ids = [row[_REVISION] for row in chunk if row[_REVISION] is not None]

    # A handful of people review thousands of verdicts: name each person once per chunk.
    people: dict[tuple[Any, ...], str | None] = {}
    writers: dict[int, list[str]] = defaultdict(list)
    for revision_id, username, first, last in (
        among(RevisionContributor.objects.all(), "revision_id", revision_ids)
        .order_by("revision_id", "position")
        .values_list("revision_id", "user__username", "user__first_name", "user__last_name")
    ):
        name = people.get((username, first, last)) or _remember(people, username, first, last)
        if name is not None:
            writers[revision_id].append(name)
    # Tuples: the streamed formats encode each distinct set of writers once.
    credits = {revision_id: tuple(names) for revision_id, names in writers.items()}

    also: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for canonical_id, other_id, url, title, outlet, published in (
        among(Claim.objects.all(), "duplicate_of_id", claim_ids)
        .order_by("duplicate_of_id", F("article__published_at").asc(nulls_last=True), "article_id")
        .annotate(article_published_iso=iso_text("article__published_at"))
        .values_list(
            "duplicate_of_id",
            "article_id",
            "article__url",
            "article__title",
            "article__outlet",
            "article_published_iso",
        )
    ):
        also[canonical_id].append((other_id, (url or None, title, outlet, iso(published))))

    # Each source's archived copy as it is now: a copy taken after publication is exported
    # at once, not only with the next publication (the revision froze what there was).
    copies: dict[int, dict[str, str]] = defaultdict(dict)
    for claim_id, url, archived in (
        among(Source.objects.exclude(archived_url=""), "claim_id", claim_ids)
        .order_by("claim_id", "id")
        .values_list("claim_id", "url", "archived_url")
    ):
        copies[claim_id][url] = archived

    revisions: dict[int, list[dict[str, Any]]] = defaultdict(list)
    superseded_revisions = VerdictRevision.objects.filter(superseded_at__isnull=False)
    for review_id, number, label, slug, value, summary, published, superseded, note in (
        among(
            superseded_revisions if earlier else superseded_revisions.none(),
            "review_id",
            review_ids,
        )
        .order_by("review_id", "number")
        .annotate(published_iso=iso_text("published_at"), superseded_iso=iso_text("superseded_at"))
        .values_list(
            "review_id",
            "number",
            "rating__label",
            "rating__slug",
            "rating__value",
            "summary",
            "published_iso",
            "superseded_iso",
            "correction_note",
        )
    ):
        revisions[review_id].append(
            {
                "number": number,
                "rating": {"label": label, "slug": slug, "value": value} if slug else None,
                "summary": summary,
                "published_at": iso(published),
                "superseded_at": iso(superseded),
                "correction_note": correction_or_none(note),
            }
        )

    return _build(chunk, best, worst, people, credits, also, revisions, copies)


def _build(
    chunk: list[tuple[Any, ...]],
    best: int | None,
    worst: int | None,
    people: dict[tuple[Any, ...], str | None],
    credits: dict[int, tuple[str, ...]],
    also: dict[int, list[tuple[Any, ...]]],
    revisions: dict[int, list[dict[str, Any]]],
    copies: dict[int, dict[str, str]],
) -> list[Verdict]:
    """Verdicts from their rows (`_MAIN`) and what was read beside them, by id: writers by
    revision, other appearances and sources' current copies by claim, superseded
    revisions by review. The one place a Verdict is made."""
    # Every row's published sources in one parse: decoding 2,000 small documents one by
    # one cost a tenth of the export.
    published = json.loads("[" + ",".join([row[_SOURCES] or "[]" for row in chunk]) + "]")
    # A handful of ratings: each is made once per chunk.
    ratings: dict[str, RatingOut] = {}
    pattern = settings.FACTCHECK_URL_PATTERN
    verdicts = []
    for (
        review_id,
        claim_id,
        text,
        stated,
        claimant,
        claim_date,
        article_url,
        article_title,
        outlet,
        article_id,
        revision_id,
        rating_label,
        rating_slug,
        rating_value,
        summary,
        rationale,
        _sources_json,
        approver_user,
        approver_first,
        approver_last,
        published_at,
        updated_at,
        corrected_at,
        correction_note,
    ), published_sources in zip(chunk, published, strict=True):
        appearances: list[Appearance] = [(article_url or None, article_title, outlet, claim_date)]
        if claim_id in also:
            seen = {article_id}
            for other_id, appearance in also[claim_id]:
                if other_id not in seen:
                    seen.add(other_id)
                    appearances.append(appearance)
        rating: RatingOut | None = None
        if rating_slug is not None:
            rating = ratings.get(rating_slug)
            if rating is None:
                ordinal = rating_value is not None
                rating = ratings[rating_slug] = (
                    rating_label,
                    rating_slug,
                    rating_value,
                    best if ordinal else None,
                    worst if ordinal else None,
                )
        names = credits.get(revision_id, ())
        stated = stated or text
        current = copies.get(claim_id)
        if current:
            # The copy the revision recorded stays; a source it had none for gets today's.
            published_sources = [
                [url, title, publisher, stance, archived or current.get(url)]
                for url, title, publisher, stance, archived in published_sources
            ]
        verdicts.append(
            Verdict(
                claim_id,
                review_id,
                text,
                stated,
                claimant,
                claim_date,
                appearances,
                rating,
                summary,
                rationale,
                published_sources,
                ", ".join(names) or None,
                names,
                people.get((approver_user, approver_first, approver_last))
                or _remember(people, approver_user, approver_first, approver_last),
                published_at,
                updated_at,
                corrected_at,
                correction_or_none(correction_note) if corrected_at else None,
                revisions.get(review_id, []),
                factcheck_url(claim_id, stated, pattern),
            )
        )
    return verdicts


def correction_or_none(note: str | None) -> str | None:
    return note or None
