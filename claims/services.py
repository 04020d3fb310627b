"""Writes for articles and claims: ingestion, extraction upserts, manual claims."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.conf import settings
from django.db import DataError, IntegrityError, connection, transaction
from django.db.models import Case, F, PositiveIntegerField, Value, When
from django.db.models.functions import Length
from django.utils import timezone

from claims.hooks import claims_created
from claims.ingestion import ArticleInput, IngestError, finish
from claims.models import (
    Article,
    Claim,
    ClaimOrigin,
    ClaimStatus,
    ExtractionStatus,
    content_hash_for,
)
from core.errors import Conflict, InvalidInput, TooLarge
from core.outbox import outbox_add

logger = logging.getLogger(__name__)

IMPORT_BATCH = 1000


# --- Articles -------------------------------------------------------------------------------


def _check_size(body: str) -> None:
    # UTF-8 takes at most 4 bytes a character, so most texts need no encoding to measure.
    if len(body) * 4 <= settings.UPLOAD_MAX_BYTES:
        return
    size = len(body.encode("utf-8"))
    if size > settings.UPLOAD_MAX_BYTES:
        raise TooLarge(
            f"The article is {size:,} bytes; the limit is {settings.UPLOAD_MAX_BYTES:,} bytes."
        )


EXTRACTION_BATCH = 100  # articles per `extract_claims_batch` message


def enqueue_extraction(article_ids: Iterable[int]) -> None:
    """Queue extraction for these articles through the outbox (core.outbox): sent once the
    surrounding transaction commits, or by the relay when the broker is back.

    One article is one `extract_claims` task; more go as `extract_claims_batch` tasks of
    up to EXTRACTION_BATCH articles: sending a Celery message costs about 2.5 ms of CPU,
    which one message per article made most of a bulk import's time. The article also
    stays `pending` until it is extracted, so the periodic sweep queues it again if a
    message is ever lost.
    """
    ids = list(article_ids)
    for start in range(0, len(ids), EXTRACTION_BATCH):
        chunk = ids[start : start + EXTRACTION_BATCH]
        if len(chunk) == 1:
            outbox_add(task="claims.tasks.extract_claims", args=[chunk[0]])
        else:
            outbox_add(task="claims.tasks.extract_claims_batch", args=[chunk])


def article_create(*, data: ArticleInput, by: Any | None = None) -> Article:
    """Store one article (admin, web form, API) and queue its extraction."""
    try:
        data = finish(data)
    except IngestError as error:
        raise InvalidInput(error.message) from None
    _check_size(data.body)
    content_hash = content_hash_for(data.body)
    existing = Article.objects.filter(content_hash=content_hash).only("id").first()
    if existing:
        raise Conflict(
            f"This text was already imported as article {existing.id}.",
            code="duplicate",
            extra={"existing_id": existing.id},
        )
    if data.url and Article.objects.filter(url=data.url).exclude(url="").exists():
        raise Conflict(f"An article with the URL {data.url} already exists.", code="duplicate")
    article = Article(
        title=data.title,
        url=data.url,
        outlet=data.outlet,
        author=data.author,
        published_at=data.published_at,
        language=data.language or "en",
        body=data.body,
        created_by=by if by is not None and getattr(by, "is_authenticated", False) else None,
        extraction_status=ExtractionStatus.PENDING,
        extraction_queued_at=timezone.now(),
    )
    try:
        with transaction.atomic():
            article.save()
    except IntegrityError:
        raise Conflict("This article was imported at the same moment by someone else.") from None
    enqueue_extraction([article.id])
    return article


ARTICLE_EDITABLE = ("title", "url", "outlet", "author", "published_at", "language", "body")


@transaction.atomic
def article_update(*, article: Article, changes: dict[str, Any], by: Any | None = None) -> Article:
    """Edit an article; a changed body re-anchors its claims and re-runs extraction."""
    article = Article.objects.select_for_update().get(pk=article.pk)
    body_changed = False
    for name, value in changes.items():
        if name not in ARTICLE_EDITABLE:
            raise InvalidInput(f"{name} cannot be changed.")
        if name == "body":
            value = (value or "").strip()
            if not value:
                raise InvalidInput("body: the article needs text.")
            _check_size(value)
            body_changed = value != article.body
        setattr(article, name, value)
    if body_changed:
        new_hash = content_hash_for(article.body)
        clash = Article.objects.filter(content_hash=new_hash).exclude(pk=article.pk).first()
        if clash:
            raise Conflict(f"This text is already stored as article {clash.id}.", code="duplicate")
        article.extraction_status = ExtractionStatus.PENDING
        article.extraction_queued_at = timezone.now()
    if (
        article.url
        and Article.objects.filter(url=article.url).exclude(url="").exclude(pk=article.pk).exists()
    ):
        raise Conflict(f"An article with the URL {article.url} already exists.", code="duplicate")
    article.save()
    if body_changed:
        _reanchor_claims(article)
        enqueue_extraction([article.id])
    return article


def _reanchor_claims(article: Article) -> None:
    """Move every claim's span to where its original quote now stands in the body."""
    for claim in article.claims.all():
        quote = claim.quote or claim.text
        if article.body[claim.span_start : claim.span_end] == quote:
            continue
        position = article.body.find(quote) if quote else -1
        if position >= 0:
            claim.span_start, claim.span_end = position, position + len(quote)
            claim.save(update_fields=["span_start", "span_end", "updated_at"])
        elif claim.status == ClaimStatus.CANDIDATE and not claim.edited_by_human:
            # An untouched candidate whose sentence is gone: extraction will redo it.
            claim.delete()
        else:
            # Keep the person's work; clamp the span so it stays valid.
            end = min(claim.span_end, len(article.body))
            start = min(claim.span_start, max(end - 1, 0))
            claim.span_start, claim.span_end = start, max(end, start + 1)
            claim.save(update_fields=["span_start", "span_end", "updated_at"])


def article_mark_pending(*, article_id: int) -> None:
    """Mark an article as wanting extraction (again) from now on."""
    Article.objects.filter(pk=article_id).update(
        extraction_status=ExtractionStatus.PENDING,
        extraction_queued_at=timezone.now(),
        extraction_error="",
    )


def articles_request_extraction(*, article_ids: list[int]) -> int:
    """Re-run extraction for many articles (the command's --all): one UPDATE, and batches."""
    if not article_ids:
        return 0
    with transaction.atomic():
        updated = Article.objects.filter(pk__in=article_ids).update(
            extraction_status=ExtractionStatus.PENDING,
            extraction_queued_at=timezone.now(),
            extraction_error="",
        )
        enqueue_extraction(article_ids)
    return updated


def article_request_extraction(*, article: Article) -> Article:
    """Re-run extraction (admin action, API, command)."""
    article_mark_pending(article_id=article.pk)
    enqueue_extraction([article.pk])
    article.refresh_from_db()
    return article


@dataclass
class ImportReport:
    imported: int = 0
    duplicates: int = 0
    errors: list[str] = field(default_factory=list)
    article_ids: list[int] = field(default_factory=list)


@dataclass
class _ImportState:
    """What one import has already seen, so duplicates within the input cost a set lookup."""

    creator_id: int | None
    hashes: set[str] = field(default_factory=set)
    urls: set[str] = field(default_factory=set)


def articles_import(
    *, items: Iterable[ArticleInput], by: Any | None = None, report: ImportReport | None = None
) -> ImportReport:
    """Bulk import: skip duplicates (by content hash or URL), insert the rest in batches.

    Rows are checked in Python; duplicates within the input are found with sets, and those
    already stored with one query per batch of IMPORT_BATCH. Each batch goes in as one
    multi-row INSERT in its own transaction, and its extraction is queued after that
    commit (one task per EXTRACTION_BATCH articles). A row that is too large is reported
    with its origin (`file:line`) and the others go in.
    """
    report = report or ImportReport()
    creator = by if by is not None and getattr(by, "is_authenticated", False) else None
    state = _ImportState(creator_id=creator.pk if creator is not None else None)
    batch: list[tuple[ArticleInput, str]] = []
    for item in items:
        try:
            _check_size(item.body)
        except TooLarge as error:
            report.errors.append(f"{item.origin or 'item'}: {error.message}")
            continue
        batch.append((item, content_hash_for(item.body)))
        if len(batch) >= IMPORT_BATCH:
            _import_batch(batch, state, report)
            batch = []
    if batch:
        _import_batch(batch, state, report)
    return report


def _import_batch(
    batch: list[tuple[ArticleInput, str]], state: _ImportState, report: ImportReport
) -> None:
    stored_hashes, stored_urls = _stored_keys(
        [content_hash for _, content_hash in batch], [item.url for item, _ in batch if item.url]
    )
    fresh: list[tuple[ArticleInput, str]] = []
    for item, content_hash in batch:
        if (
            content_hash in stored_hashes
            or content_hash in state.hashes
            or (item.url and (item.url in stored_urls or item.url in state.urls))
        ):
            report.duplicates += 1
            continue
        state.hashes.add(content_hash)
        if item.url:
            state.urls.add(item.url)
        fresh.append((item, content_hash))
    if not fresh:
        return
    with transaction.atomic():
        ids = _insert_articles(fresh, creator_id=state.creator_id)
        enqueue_extraction(ids)
    # Rows a concurrent import stored between our check and our INSERT are skipped by the
    # database (ON CONFLICT DO NOTHING): they are duplicates too.
    report.duplicates += len(fresh) - len(ids)
    report.imported += len(ids)
    report.article_ids.extend(ids)


def _stored_keys(hashes: list[str], urls: list[str]) -> tuple[set[str], set[str]]:
    """The content hashes and URLs among these that are already stored, in one query.

    Hand-written SQL: building the same query with the ORM (a union of two `__in` lookups)
    cost more than running it. Each half uses its unique index; the URL one is partial,
    so its condition is repeated word for word (without it SQLite scans every article).
    """
    table, hash_column, url_column = (
        connection.ops.quote_name(name) for name in (Article._meta.db_table, "content_hash", "url")
    )
    sql = (
        f"SELECT {hash_column}, {url_column} FROM {table} "  # noqa: S608
        f"WHERE {hash_column} IN ({', '.join(['%s'] * len(hashes))})"
    )
    if urls:
        sql += (
            f" UNION ALL SELECT {hash_column}, {url_column} FROM {table} "  # noqa: S608
            f"WHERE {url_column} IN ({', '.join(['%s'] * len(urls))}) "
            f"AND NOT ({url_column} = '')"
        )
    stored_hashes: set[str] = set()
    stored_urls: set[str] = set()
    with connection.cursor() as cursor:
        cursor.execute(sql, [*hashes, *urls])
        for content_hash, url in cursor.fetchall():
            stored_hashes.add(content_hash)
            if url:
                stored_urls.add(url)
    return stored_hashes, stored_urls


# Filled per row by the importer, in this order; every other column takes one value per batch.
_ROW_FIELDS = ("title", "url", "outlet", "author", "published_at", "language", "body")


def _insert_articles(rows: list[tuple[ArticleInput, str]], *, creator_id: int | None) -> list[int]:
    """INSERT the rows with as few statements as the database allows; the new ids, in order.

    An INSERT … ON CONFLICT DO NOTHING with every value a parameter: the ORM's bulk_create
    spends most of an import preparing each value of each field in Python (measured: about
    half of the CPU time of 10,000 articles), and cannot both skip conflicts and return
    ids. The parameters are built straight from the inputs: every per-row column but the
    date is a string the database takes as it is.
    """
    now = timezone.now()
    meta = Article._meta
    constant: dict[str, Any] = {
        "extraction_status": ExtractionStatus.PENDING.value,
        "extraction_queued_at": now,
        "created_by_id": creator_id,
        "created_at": now,
        "updated_at": now,
    }
    by_name = {f.attname: f for f in meta.concrete_fields}
    per_row = [by_name[name] for name in (*_ROW_FIELDS, "content_hash")]
    once = [f for f in meta.concrete_fields if not f.primary_key and f not in per_row]
    once_values = tuple(
        f.get_db_prep_save(
            constant[f.attname] if f.attname in constant else f.get_default(), connection
        )
        for f in once
    )
    published_field = by_name["published_at"]
    adapt_datetime = connection.ops.adapt_datetimefield_value

    def prep_date(value: datetime | None) -> Any:
        # An aware datetime needs only the backend's adaptation; a naive one takes the
        # field's path (a warning, then read in the current time zone).
        if isinstance(value, datetime) and value.utcoffset() is not None:
            return adapt_datetime(value)
        return published_field.get_db_prep_save(value, connection)

    values = [
        (
            item.title,
            item.url,
            item.outlet,
            item.author,
            prep_date(item.published_at),
            item.language or "en",
            item.body,
            content_hash,
            *once_values,
        )
        for item, content_hash in rows
    ]
    fields = per_row + once
    quote = connection.ops.quote_name
    table, pk, hash_column = quote(meta.db_table), quote("id"), quote("content_hash")
    placeholder = "(" + ", ".join(["%s"] * len(fields)) + ")"
    # Names come from the model's metadata and every value is a parameter.
    columns = ", ".join(quote(str(f.column)) for f in fields)
    insert = f"INSERT INTO {table} ({columns}) VALUES "  # noqa: S608
    created: dict[str, int] = {}
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            # One prepared INSERT run per row costs SQLite less than a multi-row one, but
            # returns nothing. SQLite has one writer at a time and gives each new row an id
            # above every earlier one: within this transaction, the ids above the largest
            # before the INSERT are exactly the rows it added.
            with transaction.atomic():
                cursor.execute(f"SELECT COALESCE(MAX({pk}), 0) FROM {table}")  # noqa: S608
                (last_id,) = cursor.fetchone()
                cursor.executemany(f"{insert}{placeholder} ON CONFLICT DO NOTHING", values)
                cursor.execute(
                    f"SELECT {pk}, {hash_column} FROM {table} WHERE {pk} > %s",  # noqa: S608
                    [last_id],
                )
                created.update((content_hash, pk) for pk, content_hash in cursor.fetchall())
        else:
            per_statement = max(1, _max_query_params() // len(fields))
            for start in range(0, len(values), per_statement):
                chunk = values[start : start + per_statement]
                cursor.execute(
                    f"{insert}{', '.join([placeholder] * len(chunk))} ON CONFLICT DO NOTHING "
                    f"RETURNING {pk}, {hash_column}",
                    [value for row in chunk for value in row],
                )
                created.update((content_hash, pk) for pk, content_hash in cursor.fetchall())
    # RETURNING gives no order guarantee across backends: the input's order, by hash.
    return [created[h] for _, h in rows if h in created]


def _max_query_params() -> int:
    limit = connection.features.max_query_params
    if connection.vendor == "sqlite":
        # Django assumes SQLite's historical 999; the library in use says what it allows.
        import sqlite3

        connection.ensure_connection()
        limit = connection.connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    return min(limit or 65535, 20000)


# --- Extraction --------------------------------------------------------------------------------


EXTRACTION_CHUNK = 25  # articles claimed, extracted and written together
EXTRACTION_CHUNK_CHARS = 2_000_000  # … unless their text is this long: one long article alone
# A batch that has run this long queues its unstarted articles as a new batch, so that a
# batch of long articles never meets the task time limit (CELERY_TASK_SOFT_TIME_LIMIT).
EXTRACTION_BATCH_SECONDS = 60.0


@dataclass
class ExtractionReport:
    done: int = 0
    failed: int = 0
    skipped: int = 0  # gone, already done since last requested, or body changed meanwhile
    deferred: list[int] = field(default_factory=list)  # queued again as a new batch


@dataclass
class _Extracted:
    article_id: int
    content_hash: str
    candidates: list[Any]
    elapsed_ms: int


def _already_done(status: str, finished_at: datetime | None, queued_at: datetime | None) -> bool:
    return (
        status == ExtractionStatus.DONE
        and finished_at is not None
        and queued_at is not None
        and finished_at >= queued_at
    )


def article_extract(*, article_id: int) -> Article | None:
    """Run the extraction pipeline for one article and upsert its candidate claims.

    Safe to run twice, concurrently or after a crash: candidates are keyed by their span
    (a unique constraint), and claims a person has touched are never overwritten.
    """
    _extract_chunk([article_id], ExtractionReport())
    return Article.objects.filter(pk=article_id).first()


def articles_extract_batch(
    *, article_ids: list[int], time_budget: float = EXTRACTION_BATCH_SECONDS
) -> ExtractionReport:
    """Extract many articles (the `extract_claims_batch` task) with `article_extract`'s
    guarantees for each: status, version, timing and error recorded per article, the same
    idempotent upsert, human-touched claims left alone.

    The work goes in chunks that are claimed, extracted and written with one transaction
    before and one after the pipeline, instead of two per article. An article whose
    pipeline raises, or whose claims the database refuses, is marked failed on its own and
    the others go on. Connection errors propagate, so the task retries the whole batch
    (finished articles are then skipped).
    """
    report = ExtractionReport()
    wanted = list(dict.fromkeys(article_ids))
    sizes = dict(
        Article.objects.filter(pk__in=wanted)
        .annotate(chars=Length("body"))
        .values_list("pk", "chars")
    )
    report.skipped += len(wanted) - len(sizes)  # deleted since they were queued
    chunks = list(_chunks([pk for pk in wanted if pk in sizes], sizes))
    started = time.monotonic()
    for index, chunk in enumerate(chunks):
        if index and time.monotonic() - started > time_budget:
            report.deferred = [pk for rest in chunks[index:] for pk in rest]
            enqueue_extraction(report.deferred)
            break
        _extract_chunk(chunk, report)
    return report


def _chunks(ids: list[int], sizes: dict[int, int]) -> Iterable[list[int]]:
    chunk: list[int] = []
    chars = 0
    for pk in ids:
        if chunk and (len(chunk) >= EXTRACTION_CHUNK or chars + sizes[pk] > EXTRACTION_CHUNK_CHARS):
            yield chunk
            chunk, chars = [], 0
        chunk.append(pk)
        chars += sizes[pk]
    if chunk:
        yield chunk


def _extract_chunk(ids: list[int], report: ExtractionReport) -> None:
    from claims.extraction.pipeline import extract_candidates

    now = timezone.now()
    with transaction.atomic():
        rows = list(
            Article.objects.select_for_update()
            .filter(pk__in=ids)
            .order_by("pk")  # one lock order for every batch: no deadlocks between them
            .values_list(
                "pk", "extraction_status", "extraction_finished_at", "extraction_queued_at"
            )
        )
        todo = [
            pk
            for pk, status, finished, queued in rows
            if not _already_done(status, finished, queued)
        ]
        report.skipped += len(ids) - len(todo)
        if not todo:
            return
        Article.objects.filter(pk__in=todo).update(
            extraction_status=ExtractionStatus.RUNNING,
            extraction_started_at=now,
            extraction_attempts=F("extraction_attempts") + 1,
            updated_at=now,
        )
        texts = list(
            Article.objects.filter(pk__in=todo)
            .order_by("pk")
            .values_list("pk", "body", "content_hash", "outlet")
        )
    extracted: list[_Extracted] = []
    failures: dict[int, str] = {}
    for pk, body, content_hash, outlet in texts:
        started = time.perf_counter()
        try:
            candidates = extract_candidates(
                body,
                outlet=outlet or None,
                threshold=settings.EXTRACTION_THRESHOLD,
                max_candidates=settings.EXTRACTION_MAX_CLAIMS,
            )
        except Exception as exc:
            logger.exception("extraction failed for article %s", pk)
            failures[pk] = f"{exc.__class__.__name__}: {exc}"
            continue
        elapsed_ms = int((time.perf_counter() - started) * 1000)
        extracted.append(_Extracted(pk, content_hash, candidates, elapsed_ms))
    _mark_failed(failures, report)
    if not extracted:
        return
    try:
        _store_extracted(extracted, report)
    except (IntegrityError, DataError):
        # One article's claims refused by the database must not sink the others: write
        # each on its own, and mark the ones that still fail.
        for one in extracted:
            try:
                _store_extracted([one], report)
            except (IntegrityError, DataError) as exc:
                logger.exception("storing the claims of article %s failed", one.article_id)
                _mark_failed({one.article_id: f"{exc.__class__.__name__}: {exc}"}, report)


def _mark_failed(failures: dict[int, str], report: ExtractionReport) -> None:
    now = timezone.now()
    for pk, error in failures.items():
        Article.objects.filter(pk=pk).update(
            extraction_status=ExtractionStatus.FAILED,
            extraction_error=error[:2000],
            extraction_finished_at=now,
            updated_at=now,
        )
    report.failed += len(failures)


def _store_extracted(extracted: list[_Extracted], report: ExtractionReport) -> None:
    from claims.extraction.pipeline import EXTRACTOR_VERSION

    with transaction.atomic():
        current = dict(
            Article.objects.select_for_update()
            .filter(pk__in=[e.article_id for e in extracted])
            .order_by("pk")
            .values_list("pk", "content_hash")
        )
        # Gone, or the body changed while we worked (the edit queued a fresh run).
        kept = [e for e in extracted if current.get(e.article_id) == e.content_hash]
        if not kept:
            report.skipped += len(extracted)
            return
        created_ids = _upsert_candidates(kept)
        now = timezone.now()
        Article.objects.filter(pk__in=[e.article_id for e in kept]).update(
            extraction_status=ExtractionStatus.DONE,
            extraction_error="",
            extractor_version=EXTRACTOR_VERSION,
            extraction_finished_at=now,
            extraction_ms=Case(
                *(When(pk=e.article_id, then=Value(e.elapsed_ms)) for e in kept),
                output_field=PositiveIntegerField(),
            ),
            updated_at=now,
        )
        if created_ids:
            claims_created.send(sender=Claim, claim_ids=created_ids)
    report.done += len(kept)
    report.skipped += len(extracted) - len(kept)


def _upsert_candidates(kept: list[_Extracted]) -> list[int]:
    """Create, refresh or drop the extracted candidates of these articles, in bulk; the ids
    of the claims created."""
    article_ids = [e.article_id for e in kept]
    existing = {
        (c.article_id, c.span_start, c.span_end): c
        for c in Claim.objects.filter(article_id__in=article_ids, origin=ClaimOrigin.EXTRACTED)
    }
    wanted: set[tuple[int, int, int]] = set()
    to_create: list[Claim] = []
    for extracted in kept:
        for candidate in extracted.candidates:
            key = (extracted.article_id, candidate.span_start, candidate.span_end)
            wanted.add(key)
            claim = existing.get(key)
            fields = {
                "text": candidate.text,
                "quote": candidate.text,
                "claimant": candidate.claimant[:300],
                "claim_type": candidate.claim_type,
                "checkworthiness": min(max(float(candidate.score), 0.0), 1.0),
                "reasons": list(candidate.reasons),
                "worth_checking": bool(candidate.worth_checking),
            }
            if claim is None:
                to_create.append(
                    Claim(
                        article_id=extracted.article_id,
                        span_start=candidate.span_start,
                        span_end=candidate.span_end,
                        origin=ClaimOrigin.EXTRACTED,
                        status=ClaimStatus.CANDIDATE,
                        **fields,
                    )
                )
            elif claim.status == ClaimStatus.CANDIDATE and not claim.edited_by_human:
                changed = [name for name, value in fields.items() if getattr(claim, name) != value]
                if changed:
                    for name in changed:
                        setattr(claim, name, fields[name])
                    claim.save(update_fields=[*changed, "updated_at"])
    # Untouched candidates the pipeline no longer proposes (a rule or body changed) go.
    stale = [
        claim.pk
        for key, claim in existing.items()
        if key not in wanted and claim.status == ClaimStatus.CANDIDATE and not claim.edited_by_human
    ]
    if stale:
        Claim.objects.filter(pk__in=stale).delete()
    if not to_create:
        return []
    # ignore_conflicts: a concurrent run that inserted the same span first wins quietly.
    Claim.objects.bulk_create(to_create, ignore_conflicts=True, batch_size=500)
    keys = {(c.article_id, c.span_start, c.span_end) for c in to_create}
    rows = Claim.objects.filter(
        article_id__in=article_ids, origin=ClaimOrigin.EXTRACTED
    ).values_list("pk", "article_id", "span_start", "span_end")
    return [pk for pk, article_id, start, end in rows if (article_id, start, end) in keys]


def articles_stuck(*, older_than: datetime) -> list[int]:
    """Articles whose extraction was requested or started before `older_than` and never ended."""
    pending = Article.objects.filter(
        extraction_status=ExtractionStatus.PENDING, extraction_queued_at__lt=older_than
    ) | Article.objects.filter(
        extraction_status=ExtractionStatus.PENDING, extraction_queued_at__isnull=True
    )
    running = Article.objects.filter(
        extraction_status=ExtractionStatus.RUNNING, extraction_started_at__lt=older_than
    )
    return list((pending | running).values_list("pk", flat=True)[:5000])


def articles_sweep_stuck() -> list[int]:
    """Re-queue extraction for articles stuck in pending or running (the beat sweep)."""
    cutoff = timezone.now() - settings.EXTRACTION_STUCK_AFTER
    ids = articles_stuck(older_than=cutoff)
    if ids:
        Article.objects.filter(pk__in=ids).update(
            extraction_status=ExtractionStatus.PENDING, extraction_queued_at=timezone.now()
        )
        enqueue_extraction(ids)
    return ids
