"""Writes of the extraction: running the pipeline on articles and upserting their claims,
and the sweep of articles stuck in pending or running."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.conf import settings
from django.db import DataError, IntegrityError, transaction
from django.db.models import Case, F, PositiveIntegerField, Value, When
from django.db.models.functions import Length
from django.utils import timezone

from claims.hooks import claims_created
from claims.models import Article, Claim, ClaimOrigin, ClaimStatus, ExtractionStatus
from claims.services.articles import enqueue_extraction

logger = logging.getLogger(__name__)

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
    # Imported when first run, for start-up cost: the web and API processes that import
    # the services never run the pipeline (blingfire's library, the scoring model).
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
            .values_list("pk", "body", "content_hash", "outlet", "author")
        )
    extracted: list[_Extracted] = []
    failures: dict[int, str] = {}
    for pk, body, content_hash, outlet, author in texts:
        started = time.perf_counter()
        try:
            candidates = extract_candidates(
                body,
                outlet=outlet or None,
                author=author or None,
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
    from claims.extraction.pipeline import EXTRACTOR_VERSION  # start-up cost, as above

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
