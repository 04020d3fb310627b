"""Writes for single articles: create, edit (re-anchoring claims), and asking for extraction."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from claims.ingestion import ArticleInput, IngestError, finish
from claims.models import Article, ClaimStatus, ExtractionStatus, content_hash_for
from core.errors import Conflict, InvalidInput, TooLarge
from core.outbox import outbox_add, outbox_add_many


def check_size(body: str) -> None:
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
    step = EXTRACTION_BATCH
    chunks = [ids[start : start + step] for start in range(0, len(ids), step)]
    single = chunks.pop() if chunks and len(chunks[-1]) == 1 else None
    # The batches in one INSERT, handed to the broker together after the commit.
    outbox_add_many(task="claims.tasks.extract_claims_batch", args_list=[[c] for c in chunks])
    if single:
        outbox_add(task="claims.tasks.extract_claims", args=single)


def article_create(*, data: ArticleInput, by: Any | None = None) -> Article:
    """Store one article (admin, web form, API) and queue its extraction."""
    try:
        data = finish(data)
    except IngestError as error:
        raise InvalidInput(error.message) from None
    check_size(data.body)
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
            check_size(value)
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
