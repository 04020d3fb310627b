"""The verdict export: which verdicts, in which shape, and the CSV / NDJSON / ClaimReview
renderers.

One function builds a verdict item (`iter_verdicts`); every format and the webhook payload
use it, so they always agree. Rows are read with `values_list` in chunks from a single
`.iterator()` (a server-side cursor on PostgreSQL) and each chunk's sources, duplicate
appearances and superseded revisions are fetched with one query each, so memory stays flat
however many verdicts are exported and a page costs a fixed number of queries.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from itertools import islice
from typing import Any

from django.conf import settings
from django.db import connection
from django.db.models import CharField, Count, F, Func, Max, Min, QuerySet
from django.utils.text import slugify

from claims.models import Claim, ClaimStatus
from reviews.models import Rating, Review, Source, VerdictRevision

CHUNK_SIZE = 2000
FORMATS = ("json", "csv", "ndjson", "claimreview")

# --- which verdicts --------------------------------------------------------------------------


def verdict_queryset(*, filters: dict[str, Any] | None = None) -> QuerySet[Review]:
    """Published verdicts, oldest change first (so `updated_since` + cursor pages well).

    filters (already validated): updated_since, published_after, published_before (datetimes),
    rating (slug), outlet (exact, case-insensitive), claimant (substring).
    """
    filters = filters or {}
    queryset = Review.objects.filter(
        claim__status=ClaimStatus.PUBLISHED, published_at__isnull=False
    )
    if filters.get("updated_since"):
        queryset = queryset.filter(updated_at__gte=filters["updated_since"])
    if filters.get("published_after"):
        queryset = queryset.filter(published_at__gte=filters["published_after"])
    if filters.get("published_before"):
        queryset = queryset.filter(published_at__lt=filters["published_before"])
    if filters.get("rating"):
        queryset = queryset.filter(rating__slug=filters["rating"])
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


# --- one verdict item ------------------------------------------------------------------------

_MAIN = (
    "id",
    "claim_id",
    "claim__text",
    "claim__claimant",
    "claim_date_iso",
    "claim__article__url",
    "claim__article__title",
    "claim__article__outlet",
    "claim__article_id",
    "rating__label",
    "rating__slug",
    "rating__value",
    "summary",
    "rationale",
    "author__username",
    "author__first_name",
    "author__last_name",
    "approver__username",
    "approver__first_name",
    "approver__last_name",
    "published_at_iso",
    "updated_at_iso",
    "corrected_at_iso",
    "correction_note",
)


class IsoUTC(Func):
    """A timestamp as the API writes it (ISO 8601, UTC, microseconds, `Z`), formatted by
    the database.

    Parsing tens of thousands of timestamps into datetimes only to format them again costs
    more than the rest of the row. PostgreSQL formats with `to_char`. SQLite already holds
    Django's text form, `YYYY-MM-DD HH:MM:SS[.ffffff]` in UTC (the fraction left out when
    it is zero), which only needs the `T`, the fraction and the `Z`. Other databases
    return the datetime and `iso()` formats it.
    """

    output_field = CharField()

    def as_sql(
        self,
        compiler: Any,
        connection: Any,
        function: str | None = None,
        template: str | None = None,
        arg_joiner: str | None = None,
        **extra_context: Any,
    ) -> Any:
        return compiler.compile(self.source_expressions[0])

    def as_postgresql(self, compiler: Any, connection: Any, **extra: Any) -> Any:
        sql, params = compiler.compile(self.source_expressions[0])
        return (
            f"to_char(({sql}) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')",
            params,
        )

    def as_sqlite(self, compiler: Any, connection: Any, **extra: Any) -> Any:
        sql, params = compiler.compile(self.source_expressions[0])
        return (
            f"CASE WHEN length({sql}) = 19 THEN replace({sql}, ' ', 'T') || '.000000Z' "
            f"ELSE replace({sql}, ' ', 'T') || 'Z' END",
            (*params, *params, *params),
        )


# Databases whose IsoUTC gives finished text; elsewhere `iso()` formats a datetime.
_FORMATS_IN_SQL = ("postgresql", "sqlite")


def _iso_text(column: str) -> Any:
    """The column as finished text where the database can format it; as a datetime for
    `iso()` elsewhere."""
    return IsoUTC(column) if connection.vendor in _FORMATS_IN_SQL else F(column)


def _with_iso_dates(queryset: QuerySet[Review]) -> QuerySet[Review]:
    return queryset.annotate(
        claim_date_iso=_iso_text("claim__article__published_at"),
        published_at_iso=_iso_text("published_at"),
        updated_at_iso=_iso_text("updated_at"),
        corrected_at_iso=_iso_text("corrected_at"),
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
    best, worst = scale if scale is not None else rating_scale()
    rows = _with_iso_dates(queryset).values_list(*_MAIN).iterator(chunk_size=chunk_size)
    for chunk in _chunks(rows, chunk_size):
        yield from _items(chunk, best, worst)


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


def _among(queryset: QuerySet[Any], column: str, ids: list[int]) -> QuerySet[Any]:
    """`column IN ids`, as one parameter on PostgreSQL (an array) and SQLite (JSON text).

    A chunk has thousands of ids; `__in` binds each as its own parameter, which costs more
    to build and send than the rows it fetches (on SQLite, Django's per-value preparation
    of 2,000 ids took longer than the query). `= ANY(%s)` sends one array; SQLite reads a
    JSON array with its built-in `json_each`.
    """
    table = queryset.model._meta.db_table
    if connection.vendor == "postgresql":
        return queryset.extra(  # noqa: S610 - table and column are constants, ids a parameter
            where=[f'"{table}"."{column}" = ANY(%s)'], params=[ids]
        )
    if connection.vendor == "sqlite":
        return queryset.extra(  # noqa: S610 - table and column are constants, ids a parameter
            where=[f'"{table}"."{column}" IN (SELECT value FROM json_each(%s))'],  # noqa: S608
            params=[json.dumps([int(i) for i in ids])],
        )
    return queryset.filter(**{f"{column}__in": ids})


def _items(chunk: list[tuple[Any, ...]], best: int | None, worst: int | None) -> list[dict]:
    claim_ids = [row[1] for row in chunk]
    review_ids = [row[0] for row in chunk]

    sources: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for claim_id, url, title, publisher, stance, archived in (
        _among(Source.objects.all(), "claim_id", claim_ids)
        .order_by("claim_id", "created_at", "id")
        .values_list("claim_id", "url", "title", "publisher", "stance", "archived_url")
    ):
        sources[claim_id].append(
            {
                "url": url,
                "title": title,
                "publisher": publisher,
                "stance": stance,
                "archived_url": archived or None,
            }
        )

    also: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for canonical_id, *article in (
        _among(Claim.objects.all(), "duplicate_of_id", claim_ids)
        .order_by("duplicate_of_id", F("article__published_at").asc(nulls_last=True), "article_id")
        .annotate(article_published_iso=_iso_text("article__published_at"))
        .values_list(
            "duplicate_of_id",
            "article_id",
            "article__url",
            "article__title",
            "article__outlet",
            "article_published_iso",
        )
    ):
        also[canonical_id].append(tuple(article))

    revisions: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for review_id, number, label, slug, value, summary, published, superseded, note in (
        _among(VerdictRevision.objects.filter(superseded_at__isnull=False), "review_id", review_ids)
        .order_by("review_id", "number")
        .annotate(
            published_iso=_iso_text("published_at"), superseded_iso=_iso_text("superseded_at")
        )
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

    # A handful of people review thousands of verdicts: name each one once per chunk.
    people: dict[tuple[Any, ...], str | None] = {}
    pattern = settings.FACTCHECK_URL_PATTERN
    items = []
    for (
        review_id,
        claim_id,
        text,
        claimant,
        claim_date,
        article_url,
        article_title,
        outlet,
        article_id,
        rating_label,
        rating_slug,
        rating_value,
        summary,
        rationale,
        author_user,
        author_first,
        author_last,
        approver_user,
        approver_first,
        approver_last,
        published_at,
        updated_at,
        corrected_at,
        correction_note,
    ) in chunk:
        appearances = [
            {
                "url": article_url or None,
                "title": article_title,
                "outlet": outlet,
                "published_at": iso(claim_date),
            }
        ]
        seen = {article_id}
        for other_id, url, title, other_outlet, other_date in also.get(claim_id, ()):
            if other_id in seen:
                continue
            seen.add(other_id)
            appearances.append(
                {
                    "url": url or None,
                    "title": title,
                    "outlet": other_outlet,
                    "published_at": iso(other_date),
                }
            )
        ordinal = rating_value is not None
        items.append(
            {
                "id": claim_id,
                "review_id": review_id,
                "claim_text": text,
                "claimant": claimant,
                "claim_date": iso(claim_date),
                "appearances": appearances,
                "rating": (
                    {
                        "label": rating_label,
                        "slug": rating_slug,
                        "value": rating_value,
                        "best": best if ordinal else None,
                        "worst": worst if ordinal else None,
                    }
                    if rating_slug is not None
                    else None
                ),
                "summary": summary,
                "rationale": rationale,
                "sources": sources.get(claim_id, []),
                "reviewer": people.get((author_user, author_first, author_last))
                or _remember(people, author_user, author_first, author_last),
                "approver": people.get((approver_user, approver_first, approver_last))
                or _remember(people, approver_user, approver_first, approver_last),
                "published_at": iso(published_at),
                "updated_at": iso(updated_at),
                "corrected_at": iso(corrected_at),
                "correction_note": correction_or_none(correction_note) if corrected_at else None,
                "revisions": revisions.get(review_id, []),
                "url": factcheck_url(claim_id, text, pattern),
            }
        )
    return items


def correction_or_none(note: str | None) -> str | None:
    return note or None


# --- renderers ------------------------------------------------------------------------------

CSV_COLUMNS = (
    "id",
    "claim_text",
    "claimant",
    "claim_date",
    "appearance_urls",
    "outlets",
    "rating_label",
    "rating_slug",
    "rating_value",
    "best_rating",
    "worst_rating",
    "summary",
    "rationale",
    "source_urls",
    "reviewer",
    "approver",
    "published_at",
    "updated_at",
    "corrected_at",
    "correction_note",
    "url",
)
# A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_row(item: dict[str, Any]) -> list[Any]:
    rating = item["rating"] or {}
    urls = [a["url"] for a in item["appearances"] if a["url"]]
    outlets = list(dict.fromkeys(a["outlet"] for a in item["appearances"] if a["outlet"]))
    values = [
        item["id"],
        item["claim_text"],
        item["claimant"],
        item["claim_date"],
        " ".join(urls),
        "; ".join(outlets),
        rating.get("label"),
        rating.get("slug"),
        rating.get("value"),
        rating.get("best"),
        rating.get("worst"),
        item["summary"],
        item["rationale"],
        " ".join(s["url"] for s in item["sources"]),
        item["reviewer"],
        item["approver"],
        item["published_at"],
        item["updated_at"],
        item["corrected_at"],
        item["correction_note"],
        item["url"],
    ]
    # csv_safe inlined: it runs for every cell of every exported row.
    return ["'" + v if isinstance(v, str) and v.startswith(_FORMULA_START) else v for v in values]


class _Line:
    """A file-like sink that hands back what csv.writer wrote."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def write(self, text: str) -> int:
        self.parts.append(text)
        return len(text)

    def take(self) -> str:
        text = "".join(self.parts)
        self.parts.clear()
        return text


def stream_csv(queryset: QuerySet[Review], *, chunk_size: int = CHUNK_SIZE) -> Iterator[bytes]:
    sink = _Line()
    writer = csv.writer(sink)
    writer.writerow(CSV_COLUMNS)
    yield sink.take().encode("utf-8")
    for chunk in _chunks(iter_verdicts(queryset, chunk_size=chunk_size), chunk_size):
        for item in chunk:
            writer.writerow(csv_row(item))
        yield sink.take().encode("utf-8")


# One encoder for the whole export: json.dumps with options builds a new one per call.
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _dumps(value: Any) -> str:
    return _encode(value)


def stream_ndjson(queryset: QuerySet[Review], *, chunk_size: int = CHUNK_SIZE) -> Iterator[bytes]:
    for chunk in _chunks(iter_verdicts(queryset, chunk_size=chunk_size), chunk_size):
        yield "".join(_dumps(item) + "\n" for item in chunk).encode("utf-8")


def stream_claimreview(
    queryset: QuerySet[Review], *, chunk_size: int = CHUNK_SIZE
) -> Iterator[bytes]:
    """A JSON array of ClaimReview objects, written piece by piece."""
    from reviews.claimreview import claimreview_from_item

    yield b"["
    first = True
    for chunk in _chunks(iter_verdicts(queryset, chunk_size=chunk_size), chunk_size):
        parts = [_dumps(claimreview_from_item(item)) for item in chunk]
        text = ",\n".join(parts)
        yield (text if first else ",\n" + text).encode("utf-8")
        first = False
    yield b"]\n"
