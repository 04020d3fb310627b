"""Writes for articles and claims: ingestion, extraction upserts, manual claims."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from claims.ingestion import ArticleInput, IngestError, finish
from claims.models import (
    Article,
    Claim,
    ClaimOrigin,
    ClaimStatus,
    ExtractionStatus,
    content_hash_for,
)
from workbench.errors import Conflict, InvalidInput, TooLarge

logger = logging.getLogger(__name__)

IMPORT_BATCH = 500


# --- Articles -------------------------------------------------------------------------------


def _check_size(body: str) -> None:
    size = len(body.encode("utf-8"))
    if size > settings.UPLOAD_MAX_BYTES:
        raise TooLarge(
            f"The article is {size:,} bytes; the limit is {settings.UPLOAD_MAX_BYTES:,} bytes."
        )


def enqueue_extraction(article_ids: Iterable[int]) -> None:
    """Queue extraction for these articles once the surrounding transaction commits.

    A broker that is down must not lose the article: it stays `pending`, and the
    periodic sweep queues it again when the broker is back.
    """
    ids = list(article_ids)
    if not ids:
        return

    def _send() -> None:
        from claims.tasks import extract_claims

        for article_id in ids:
            try:
                extract_claims.delay(article_id)
            except Exception as exc:  # broker unreachable: the sweep will retry
                logger.warning(
                    "could not queue extraction for article %s (%s); the sweep will retry",
                    article_id,
                    exc.__class__.__name__,
                )
                if settings.CELERY_TASK_ALWAYS_EAGER:
                    raise

    transaction.on_commit(_send)


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
    if data.url and Article.objects.filter(url=data.url).exists():
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
    if article.url and Article.objects.filter(url=article.url).exclude(pk=article.pk).exists():
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


def articles_import(
    *, items: Iterable[ArticleInput], by: Any | None = None, report: ImportReport | None = None
) -> ImportReport:
    """Bulk import: skip duplicates (by content hash or URL), insert the rest in batches."""
    report = report or ImportReport()
    batch: list[ArticleInput] = []
    for item in items:
        batch.append(item)
        if len(batch) >= IMPORT_BATCH:
            _import_batch(batch, by, report)
            batch = []
    if batch:
        _import_batch(batch, by, report)
    return report


def _import_batch(batch: list[ArticleInput], by: Any | None, report: ImportReport) -> None:
    now = timezone.now()
    candidates: dict[str, Article] = {}
    for item in batch:
        try:
            _check_size(item.body)
        except TooLarge as error:
            report.errors.append(f"{item.origin or 'item'}: {error.message}")
            continue
        content_hash = content_hash_for(item.body)
        if content_hash in candidates:
            report.duplicates += 1
            continue
        candidates[content_hash] = Article(
            title=item.title,
            url=item.url,
            outlet=item.outlet,
            author=item.author,
            published_at=item.published_at,
            language=item.language or "en",
            body=item.body,
            content_hash=content_hash,
            created_by=by if by is not None and getattr(by, "is_authenticated", False) else None,
            extraction_status=ExtractionStatus.PENDING,
            extraction_queued_at=now,
        )
    existing = set(
        Article.objects.filter(content_hash__in=list(candidates)).values_list(
            "content_hash", flat=True
        )
    )
    urls = [a.url for a in candidates.values() if a.url]
    taken_urls = set(Article.objects.filter(url__in=urls).values_list("url", flat=True))
    fresh: list[Article] = []
    seen_urls: set[str] = set()
    for content_hash, article in candidates.items():
        if content_hash in existing or (article.url and article.url in taken_urls | seen_urls):
            report.duplicates += 1
            continue
        if article.url:
            seen_urls.add(article.url)
        fresh.append(article)
    if not fresh:
        return
    with transaction.atomic():
        created = Article.objects.bulk_create(fresh)
        ids = [a.pk for a in created]
        enqueue_extraction(ids)
    report.imported += len(ids)
    report.article_ids.extend(ids)


# --- Extraction --------------------------------------------------------------------------------


def _already_done(status: str, article: Article) -> bool:
    return status == ExtractionStatus.DONE and (
        article.extraction_finished_at is not None
        and article.extraction_queued_at is not None
        and article.extraction_finished_at >= article.extraction_queued_at
    )


def article_extract(*, article_id: int) -> Article | None:
    """Run the extraction pipeline for one article and upsert its candidate claims.

    Safe to run twice, concurrently or after a crash: candidates are keyed by their span
    (a unique constraint), and claims a person has touched are never overwritten.
    """
    from claims.extraction.pipeline import EXTRACTOR_VERSION, extract_candidates

    with transaction.atomic():
        article = Article.objects.select_for_update().filter(pk=article_id).first()
        if article is None:
            return None
        if _already_done(article.extraction_status, article):
            return article  # already done since it was last requested
        article.extraction_status = ExtractionStatus.RUNNING
        article.extraction_started_at = timezone.now()
        article.extraction_attempts += 1
        article.save(
            update_fields=[
                "extraction_status",
                "extraction_started_at",
                "extraction_attempts",
                "updated_at",
            ]
        )
    body, content_hash = article.body, article.content_hash
    started = time.perf_counter()
    try:
        candidates = extract_candidates(
            body,
            outlet=article.outlet or None,
            threshold=settings.EXTRACTION_THRESHOLD,
            max_candidates=settings.EXTRACTION_MAX_CLAIMS,
        )
    except Exception as exc:
        logger.exception("extraction failed for article %s", article_id)
        Article.objects.filter(pk=article_id).update(
            extraction_status=ExtractionStatus.FAILED,
            extraction_error=f"{exc.__class__.__name__}: {exc}"[:2000],
            extraction_finished_at=timezone.now(),
            updated_at=timezone.now(),
        )
        return Article.objects.filter(pk=article_id).first()
    elapsed_ms = int((time.perf_counter() - started) * 1000)

    with transaction.atomic():
        article = Article.objects.select_for_update().filter(pk=article_id).first()
        if article is None:
            return None
        if article.content_hash != content_hash:
            # The body changed while we worked; the edit queued a fresh run.
            return article
        created_ids = _upsert_candidates(article, candidates)
        article.extraction_status = ExtractionStatus.DONE
        article.extraction_error = ""
        article.extractor_version = EXTRACTOR_VERSION
        article.extraction_finished_at = timezone.now()
        article.extraction_ms = elapsed_ms
        article.save(
            update_fields=[
                "extraction_status",
                "extraction_error",
                "extractor_version",
                "extraction_finished_at",
                "extraction_ms",
                "updated_at",
            ]
        )
        if created_ids:
            transaction.on_commit(lambda: _enqueue_matching(created_ids))
    return article


def _enqueue_matching(claim_ids: list[int]) -> None:
    try:
        from claims.tasks import match_new_claims

        match_new_claims.delay(claim_ids)
    except Exception as exc:
        logger.warning("could not queue matching (%s)", exc.__class__.__name__)
        if settings.CELERY_TASK_ALWAYS_EAGER:
            raise


def _upsert_candidates(article: Article, candidates: list[Any]) -> list[int]:
    existing = {
        (c.span_start, c.span_end): c
        for c in Claim.objects.filter(article=article, origin=ClaimOrigin.EXTRACTED)
    }
    wanted = {(c.span_start, c.span_end) for c in candidates}
    to_create: list[Claim] = []
    for candidate in candidates:
        key = (candidate.span_start, candidate.span_end)
        claim = existing.get(key)
        fields = {
            "text": candidate.text,
            "quote": candidate.text,
            "claimant": candidate.claimant[:300],
            "claim_type": candidate.claim_type,
            "checkworthiness": min(max(float(candidate.score), 0.0), 1.0),
            "reasons": list(candidate.reasons),
        }
        if claim is None:
            to_create.append(
                Claim(
                    article=article,
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
    Claim.objects.bulk_create(to_create, ignore_conflicts=True)
    keys = {(c.span_start, c.span_end) for c in to_create}
    rows = Claim.objects.filter(article=article, origin=ClaimOrigin.EXTRACTED).values_list(
        "pk", "span_start", "span_end"
    )
    return [pk for pk, start, end in rows if (start, end) in keys]


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
