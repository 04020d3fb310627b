r"""The verdict export: which verdicts, in which shape, and the CSV / NDJSON / ClaimReview
renderers.

One function makes every exported verdict (`_verdicts`, as `Verdict` tuples whose fields are
the item's keys); the item dict (`verdict_item`: JSON pages, webhooks) and every streamed
format are written from it, so they always agree, and tests pin that the streamed JSON is
exactly the encoded item. Rows are read with `values_list` in chunks from a single
`.iterator()` (a server-side cursor on PostgreSQL) and each chunk's writers, duplicate
appearances and superseded revisions are fetched with one query each, so memory stays flat
however many verdicts are exported and a page costs a fixed number of queries.

What a verdict says (rating, texts, sources, writers, approver, correction note) is read
from its published revision (`Review.published_revision`), never from the review being
edited: while a correction is under way the export keeps serving what was published, and
the correction replaces it once approved.

Every JSON the export writes escapes `<`, `>` and `&` as `\u003c`, `\u003e` and `\u0026`,
so that it can be embedded in an HTML `<script>` (ClaimReview's usual home) as it is.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from itertools import islice
from json.encoder import encode_basestring
from typing import Any, NamedTuple

from django.conf import settings
from django.db import connection
from django.db.models import CharField, Count, F, Func, Max, Min, QuerySet, TextField
from django.db.models.functions import Cast
from django.utils.text import slugify

from claims.models import Claim, ClaimStatus
from reviews.models import Rating, Review, RevisionContributor, VerdictRevision

CHUNK_SIZE = 2000
FORMATS = ("json", "csv", "ndjson", "claimreview")

# --- which verdicts --------------------------------------------------------------------------


class _ColumnAsIs(Func):
    """One column as it is on every database; subclasses rewrite it for some backends
    (`as_sqlite`, `as_postgresql`)."""

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


class _NotIndexed(_ColumnAsIs):
    """The column as is, except that SQLite may not use an index for it (`+column`).

    Without statistics SQLite takes `claims_claim.status = 'published'` for a rare value and
    starts from the status index, so every export and every page sorted all published
    verdicts in a temporary B-tree. Kept off that index it walks `review_updated_idx` in
    the export's order instead (a page of 200 read 200 rows, not all of them).
    """

    def as_sqlite(self, compiler: Any, connection: Any, **extra: Any) -> Any:
        sql, params = compiler.compile(self.source_expressions[0])
        return f"+{sql}", params


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
    queryset = Review.objects.alias(claim_status=_NotIndexed("claim__status")).filter(
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


class IsoUTC(_ColumnAsIs):
    """A timestamp as the API writes it (ISO 8601, UTC, microseconds, `Z`), formatted by
    the database.

    Parsing tens of thousands of timestamps into datetimes only to format them again costs
    more than the rest of the row. PostgreSQL formats with `to_char`. SQLite already holds
    Django's text form, `YYYY-MM-DD HH:MM:SS[.ffffff]` in UTC (the fraction left out when
    it is zero), which only needs the `T`, the fraction and the `Z`. Other databases
    return the datetime and `iso()` formats it.
    """

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


# Nested values of a Verdict, as tuples in the order of their keys in the export item.
Appearance = tuple[str | None, str, str, str | None]
RatingOut = tuple[str, str, int | None, int | None, int | None]
SourceOut = tuple[str, str, str, str, str | None]
APPEARANCE_KEYS = ("url", "title", "outlet", "published_at")
RATING_KEYS = ("label", "slug", "value", "best", "worst")
SOURCE_KEYS = ("url", "title", "publisher", "stance", "archived_url")


class Verdict(NamedTuple):
    """One exported verdict with every value final; its fields are the export item's keys,
    in order. `verdict_item` makes the item (a dict, for the JSON pages and webhooks); the
    streamed formats write a Verdict directly, since building tens of thousands of dicts
    only to encode them again was most of a big export's time."""

    id: int
    review_id: int
    claim_text: str
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


def verdict_item(verdict: Verdict) -> dict[str, Any]:
    """The export item: the Verdict's fields, its nested tuples as objects."""
    item: dict[str, Any] = dict(zip(Verdict._fields, verdict, strict=True))
    item["appearances"] = [dict(zip(APPEARANCE_KEYS, a, strict=True)) for a in verdict.appearances]
    if verdict.rating is not None:
        item["rating"] = dict(zip(RATING_KEYS, verdict.rating, strict=True))
    item["sources"] = [dict(zip(SOURCE_KEYS, s, strict=True)) for s in verdict.sources]
    item["reviewers"] = list(verdict.reviewers)
    return item


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
    if connection.vendor not in _FORMATS_IN_SQL:
        rows = map(_iso_row, rows)
    for chunk in _chunks(rows, chunk_size):
        yield _verdicts(chunk, best, worst)


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


_REVISION = _MAIN.index("published_revision_id")
_SOURCES = _MAIN.index("sources_json")


def _verdicts(chunk: list[tuple[Any, ...]], best: int | None, worst: int | None) -> list[Verdict]:
    claim_ids = [row[1] for row in chunk]
    review_ids = [row[0] for row in chunk]
    revision_ids = [row[_REVISION] for row in chunk if row[_REVISION] is not None]

    # A handful of people review thousands of verdicts, under a handful of ratings: name
    # each person and make each rating once per chunk.
    people: dict[tuple[Any, ...], str | None] = {}
    writers: dict[int, list[str]] = defaultdict(list)
    for revision_id, username, first, last in (
        _among(RevisionContributor.objects.all(), "revision_id", revision_ids)
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
        also[canonical_id].append((other_id, (url or None, title, outlet, iso(published))))

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

    # Every row's published sources in one parse: decoding 2,000 small documents one by
    # one cost a tenth of the export.
    published = json.loads("[" + ",".join([row[_SOURCES] or "[]" for row in chunk]) + "]")
    ratings: dict[str, RatingOut] = {}
    pattern = settings.FACTCHECK_URL_PATTERN
    verdicts = []
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
        verdicts.append(
            Verdict(
                claim_id,
                review_id,
                text,
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
                factcheck_url(claim_id, text, pattern),
            )
        )
    return verdicts


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


_NO_RATING = (None, None, None, None, None)


def csv_row(verdict: Verdict) -> list[Any]:
    label, slug, value, best, worst = verdict.rating or _NO_RATING
    appearances = verdict.appearances
    values = [
        verdict.id,
        verdict.claim_text,
        verdict.claimant,
        verdict.claim_date,
        " ".join([url for url, _, _, _ in appearances if url]),
        "; ".join(dict.fromkeys([outlet for _, _, outlet, _ in appearances if outlet])),
        label,
        slug,
        value,
        best,
        worst,
        verdict.summary,
        verdict.rationale,
        " ".join([source[0] for source in verdict.sources]),
        verdict.reviewer,
        verdict.approver,
        verdict.published_at,
        verdict.updated_at,
        verdict.corrected_at,
        verdict.correction_note,
        verdict.url,
    ]
    # csv_safe inlined: it runs for every cell of every exported row.
    return ["'" + v if isinstance(v, str) and v.startswith(_FORMULA_START) else v for v in values]


# csv.writer's default (excel) dialect, written out: a cell holding a comma, a quote or a
# line break is quoted, quotes doubled; None is empty; lines end in CRLF. Joining the cells
# here took half the time the csv module did (tests compare the two on any text).
_NEEDS_QUOTES = re.compile(r'[",\r\n]').search


def _quoted(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return '"' + value.replace('"', '""') + '"'
    return str(value)


def csv_line(values: Sequence[Any]) -> str:
    """One CSV line, as csv.writer(...).writerow(values) writes it."""
    return (
        ",".join(
            [v if v.__class__ is str and _NEEDS_QUOTES(v) is None else _quoted(v) for v in values]
        )
        + "\r\n"
    )


def stream_csv(queryset: QuerySet[Review], *, chunk_size: int = CHUNK_SIZE) -> Iterator[bytes]:
    yield csv_line(CSV_COLUMNS).encode("utf-8")
    for chunk in iter_verdict_chunks(queryset, chunk_size=chunk_size):
        yield "".join([csv_line(csv_row(verdict)) for verdict in chunk]).encode("utf-8")


# The export's JSON: compact, non-ASCII as is. One encoder for the whole export (json.dumps
# with options builds a new one per call).
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def html_safe(text: str) -> str:
    r"""JSON text with `<`, `>` and `&` written as `\u003c`, `\u003e`, `\u0026`: the same
    JSON, which an HTML page can embed in a `<script>` without `</script>` in a value
    ending it. JSON's own syntax has none of the three, so only string contents change."""
    if "<" in text or ">" in text or "&" in text:  # three scans cost less than one replace
        return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    return text


def dumps(value: Any) -> str:
    """The export's JSON encoding of `value`, safe to embed in HTML (see html_safe)."""
    return html_safe(_encode(value))


# The streamed JSON formats write each verdict from templates, exactly as `dumps` would
# write its item (tests pin that): strings through the encoder's own string function,
# integers as `str` writes them, null for None.
_string = encode_basestring


def _object_template(keys: Sequence[str]) -> str:
    return "{" + ",".join(f"{_string(key)}:%s" for key in keys) + "}"


_ITEM_JSON = _object_template(Verdict._fields)
_APPEARANCE_JSON = _object_template(APPEARANCE_KEYS)
_SOURCE_JSON = _object_template(SOURCE_KEYS)


def verdict_json(verdict: Verdict, ratings: dict[tuple[Any, ...], str]) -> str:
    """`dumps(verdict_item(verdict))`, written directly; `ratings` caches the JSON of each
    rating and each set of writers between calls."""
    return html_safe(_verdict_json(verdict, ratings))


def _verdict_json(verdict: Verdict, ratings: dict[tuple[Any, ...], str]) -> str:
    """verdict_json before html_safe, which the stream applies once per chunk."""
    (
        claim_id,
        review_id,
        text,
        claimant,
        claim_date,
        appearances,
        rating,
        summary,
        rationale,
        sources,
        reviewer,
        reviewers,
        approver,
        published_at,
        updated_at,
        corrected_at,
        correction_note,
        revisions,
        url,
    ) = verdict
    if rating is None:
        rating_json = "null"
    else:
        rating_json = ratings.get(rating) or ratings.setdefault(
            rating, dumps(dict(zip(RATING_KEYS, rating, strict=True)))
        )
    string = _string
    return _ITEM_JSON % (
        claim_id,
        review_id,
        string(text),
        string(claimant),
        "null" if claim_date is None else string(claim_date),
        "["
        + ",".join(
            [
                _APPEARANCE_JSON
                % (
                    "null" if a_url is None else string(a_url),
                    string(title),
                    string(outlet),
                    "null" if date is None else string(date),
                )
                for a_url, title, outlet, date in appearances
            ]
        )
        + "]",
        rating_json,
        string(summary),
        string(rationale),
        "["
        + ",".join(
            [
                _SOURCE_JSON
                % (
                    string(s_url),
                    string(title),
                    string(publisher),
                    string(stance),
                    "null" if archived is None else string(archived),
                )
                for s_url, title, publisher, stance, archived in sources
            ]
        )
        + "]",
        # Null checks written out: a helper call per value cost a tenth of the export.
        "null" if reviewer is None else string(reviewer),
        ratings.get(reviewers) or ratings.setdefault(reviewers, _encode(reviewers)),
        "null" if approver is None else string(approver),
        "null" if published_at is None else string(published_at),
        "null" if updated_at is None else string(updated_at),
        "null" if corrected_at is None else string(corrected_at),
        "null" if correction_note is None else string(correction_note),
        _encode(revisions) if revisions else "[]",
        string(url),
    )


def stream_ndjson(queryset: QuerySet[Review], *, chunk_size: int = CHUNK_SIZE) -> Iterator[bytes]:
    ratings: dict[tuple[Any, ...], str] = {}
    for chunk in iter_verdict_chunks(queryset, chunk_size=chunk_size):
        text = "\n".join([_verdict_json(verdict, ratings) for verdict in chunk])
        yield html_safe(text + "\n").encode("utf-8")


def stream_claimreview(
    queryset: QuerySet[Review], *, chunk_size: int = CHUNK_SIZE
) -> Iterator[bytes]:
    """A JSON array of ClaimReview objects, written piece by piece."""
    from reviews.claimreview import ClaimReviewWriter

    write = ClaimReviewWriter()
    yield b"["
    first = True
    for chunk in iter_verdict_chunks(queryset, chunk_size=chunk_size):
        text = ",\n".join([write.unescaped(verdict) for verdict in chunk])
        yield html_safe(text if first else ",\n" + text).encode("utf-8")
        first = False
    yield b"]\n"
