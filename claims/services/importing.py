"""Bulk import of articles: duplicates skipped, the rest inserted in batches."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from django.db import transaction
from django.db.models import Q

from claims import queries
from claims.ingestion import (
    ArticleInput,
    IngestError,
    iter_csv,
    iter_json_array,
    iter_jsonl,
    looks_binary,
)
from claims.models import Article, content_hash_for
from claims.services.articles import check_size, enqueue_extraction
from core.api import parsers as bounded_json
from core.errors import InvalidInput, TooLarge

IMPORT_BATCH = 1000
# The batch of an import over HTTP, whose rows are all in memory already: one transaction
# (one commit, one hand-over to the broker) for a whole request of the default
# IMPORT_MAX_ROWS. Its duplicate checks hold a text and a URL a row: 20,000 parameters,
# within what PostgreSQL (65,535) and SQLite (32,766) take in one query.
REQUEST_BATCH = 10_000
# The row formats of a bulk import (HTTP body, upload or job) and their readers.
ROW_READERS = {"json": iter_json_array, "jsonl": iter_jsonl, "csv": iter_csv}


def import_parse(
    *, raw: bytes, format: str, name: str, max_bytes: int, how: str = ""
) -> list[ArticleInput | IngestError]:
    """Every row of a bulk import's body, parsed: the readers' articles and errors in input
    order. InvalidInput when the body as a whole is unreadable (`how` ends the message of
    an empty body: what to send instead); `max_bytes` bounds each article."""
    if not raw.strip():
        raise InvalidInput(f"{name} is empty{': ' + how if how else ''}.")
    if looks_binary(raw):
        raise InvalidInput(f"{name} looks binary (control characters); send UTF-8 text.")
    # Decoded as the importer decodes row files: a row with bad bytes is that row's error.
    text = raw.decode("utf-8", "surrogateescape").removeprefix("\ufeff")
    if format == "json":
        try:
            bounded_json.check_depth(text)
        except bounded_json.JSONTooDeep as exc:
            # As every endpoint that reads JSON answers it (core.api.parsers.JSONParser).
            raise InvalidInput(f"JSON parse error - {exc}", code="too_deep") from None
    try:
        return list(ROW_READERS[format](text, max_bytes=max_bytes))
    except IngestError as error:
        where = f" (line {error.line:,})" if error.line else ""
        raise InvalidInput(
            f"{name} is not a JSON array of articles{where}: {error.message}"
        ) from None


@dataclass
class ImportRow:
    """What became of one input row: `created` (`id` is the new article), `duplicate` (`id`
    is the article already holding its text or URL) or `error` (`reason` says why)."""

    line: int | None
    status: Literal["created", "duplicate", "error"]
    id: int | None = None
    reason: str = ""
    index: int = 0  # the row's place in the input (rows are reported in input order)


@dataclass
class ImportReport:
    imported: int = 0
    duplicates: int = 0
    errors: list[str] = field(default_factory=list)
    article_ids: list[int] = field(default_factory=list)
    # One entry per row, when asked for (`articles_import_rows`); None: counts only.
    rows: list[ImportRow] | None = None
    # id(item) -> the item's place in the input, to report the rows in input order.
    places: dict[int, int] = field(default_factory=dict, repr=False)


@dataclass
class _ImportState:
    """What one import has already seen, so duplicates within the input cost a set lookup."""

    creator_id: int | None
    hashes: set[str] = field(default_factory=set)
    urls: set[str] = field(default_factory=set)
    # The article each text and URL of this import went in as (per-row reports only).
    ids_by_hash: dict[str, int] = field(default_factory=dict)
    ids_by_url: dict[str, int] = field(default_factory=dict)


def articles_import(
    *,
    items: Iterable[ArticleInput],
    by: Any | None = None,
    report: ImportReport | None = None,
    batch_size: int | None = None,
) -> ImportReport:
    """Bulk import: skip duplicates (by content hash or URL), insert the rest in batches.

    Rows are checked in Python; duplicates within the input are found with sets, and those
    already stored with one query per batch of `batch_size` rows (IMPORT_BATCH unless
    given). Each batch goes in as one multi-row INSERT in its own transaction, and its
    extraction is queued after that commit (one task per EXTRACTION_BATCH articles). A row
    that is too large is reported with its origin (`file:line`) and the others go in.
    """
    size = batch_size or IMPORT_BATCH
    report = report or ImportReport()
    creator = by if by is not None and getattr(by, "is_authenticated", False) else None
    state = _ImportState(creator_id=creator.pk if creator is not None else None)
    batch: list[tuple[ArticleInput, str]] = []
    for item in items:
        try:
            check_size(item.body)
        except TooLarge as error:
            report.errors.append(f"{item.origin or 'item'}: {error.message}")
            if report.rows is not None:
                report.rows.append(
                    ImportRow(
                        _line_of(item),
                        "error",
                        reason=error.message,
                        index=report.places.get(id(item), 0),
                    )
                )
            continue
        batch.append((item, content_hash_for(item.body)))
        if len(batch) >= size:
            _import_batch(batch, state, report)
            batch = []
    if batch:
        _import_batch(batch, state, report)
    return report


def articles_import_rows(
    *,
    results: Iterable[ArticleInput | IngestError],
    by: Any | None = None,
    batch_size: int | None = None,
) -> ImportReport:
    """`articles_import` of parsed rows (the parsers' articles and errors, as for the HTTP
    import), reporting what became of each: `report.rows`, in the input's order.

    The same batches, INSERTs and extraction queueing as `articles_import`; a duplicate's
    existing article costs one more query per batch that has duplicates of stored rows.
    """
    rows: list[ImportRow] = []
    report = ImportReport(rows=rows)

    def articles() -> Iterable[ArticleInput]:
        for index, result in enumerate(results):
            if isinstance(result, IngestError):
                where = f"line {result.line}: " if result.line else ""
                report.errors.append(f"{where}{result.message}")
                rows.append(ImportRow(result.line, "error", reason=result.message, index=index))
            else:
                report.places[id(result)] = index
                yield result

    articles_import(items=articles(), by=by, report=report, batch_size=batch_size)
    rows.sort(key=lambda row: row.index)
    return report


def _line_of(item: ArticleInput) -> int | None:
    """The line the parsers wrote into `origin` ("line 12")."""
    number = item.origin.removeprefix("line ")
    return int(number) if number.isdigit() else None


def _import_batch(
    batch: list[tuple[ArticleInput, str]], state: _ImportState, report: ImportReport
) -> None:
    stored_hashes, stored_urls = queries.stored_keys(
        [content_hash for _, content_hash in batch], [item.url for item, _ in batch if item.url]
    )
    fresh: list[tuple[ArticleInput, str]] = []
    outcome: list[tuple[ArticleInput, str, str]] = []  # (item, hash, "fresh"/"stored"/"seen")
    for item, content_hash in batch:
        if content_hash in stored_hashes or (item.url and item.url in stored_urls):
            report.duplicates += 1
            outcome.append((item, content_hash, "stored"))
            continue
        if content_hash in state.hashes or (item.url and item.url in state.urls):
            report.duplicates += 1
            outcome.append((item, content_hash, "seen"))
            continue
        state.hashes.add(content_hash)
        if item.url:
            state.urls.add(item.url)
        fresh.append((item, content_hash))
        outcome.append((item, content_hash, "fresh"))
    ids: list[int] = []
    if fresh:
        with transaction.atomic():
            ids = queries.insert_articles(fresh, creator_id=state.creator_id)
            enqueue_extraction(ids)
        # Rows a concurrent import stored between our check and our INSERT are skipped by the
        # database (ON CONFLICT DO NOTHING): they are duplicates too.
        report.duplicates += len(fresh) - len(ids)
        report.imported += len(ids)
        report.article_ids.extend(ids)
    if report.rows is not None:
        _report_rows(outcome, fresh, ids, state, report)


def _report_rows(
    outcome: list[tuple[ArticleInput, str, str]],
    fresh: list[tuple[ArticleInput, str]],
    ids: list[int],
    state: _ImportState,
    report: ImportReport,
) -> None:
    """One ImportRow per row of the batch, duplicates with the article they repeat."""
    created = set(ids)
    if len(ids) == len(fresh):
        new = {content_hash: pk for (_, content_hash), pk in zip(fresh, ids, strict=True)}
    else:  # a concurrent import took some: ask the database which article has each
        new = {}
    lookup = [(item, h) for item, h, kind in outcome if kind == "stored"]
    lookup += [(item, h) for item, h in fresh if h not in new]
    stored_by_hash, stored_by_url = _stored_ids(lookup)
    for item, content_hash in fresh:
        pk = new.get(content_hash) or stored_by_hash.get(content_hash)
        pk = pk or (stored_by_url.get(item.url) if item.url else None)
        if pk is not None and pk in created:
            state.ids_by_hash[content_hash] = pk
            if item.url:
                state.ids_by_url[item.url] = pk
    for item, content_hash, kind in outcome:
        line = _line_of(item)
        if kind == "seen":
            pk = state.ids_by_hash.get(content_hash) or state.ids_by_url.get(item.url)
        else:
            pk = new.get(content_hash) or stored_by_hash.get(content_hash)
            pk = pk or (stored_by_url.get(item.url) if item.url else None)
        status: Literal["created", "duplicate"] = (
            "created" if kind == "fresh" and pk in created else "duplicate"
        )
        row = ImportRow(line, status, id=pk, index=report.places.get(id(item), 0))
        report.rows.append(row)  # type: ignore[union-attr]


def _stored_ids(items: list[tuple[ArticleInput, str]]) -> tuple[dict[str, int], dict[str, int]]:
    """The stored articles with these texts or URLs, by content hash and by URL (one query)."""
    if not items:
        return {}, {}
    hashes = [content_hash for _, content_hash in items]
    urls = [item.url for item, _ in items if item.url]
    by_hash: dict[str, int] = {}
    by_url: dict[str, int] = {}
    condition = Q(content_hash__in=hashes) | Q(url__in=urls) if urls else Q(content_hash__in=hashes)
    for pk, content_hash, url in Article.objects.filter(condition).values_list(
        "id", "content_hash", "url"
    ):
        by_hash[content_hash] = pk
        if url:
            by_url[url] = pk
    return by_hash, by_url
