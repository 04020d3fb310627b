"""Bulk import of articles: duplicates skipped, the rest inserted in batches."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction

from claims import queries
from claims.ingestion import ArticleInput
from claims.models import content_hash_for
from claims.services.articles import check_size, enqueue_extraction
from core.errors import TooLarge

IMPORT_BATCH = 1000


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
            check_size(item.body)
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
    stored_hashes, stored_urls = queries.stored_keys(
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
        ids = queries.insert_articles(fresh, creator_id=state.creator_id)
        enqueue_extraction(ids)
    # Rows a concurrent import stored between our check and our INSERT are skipped by the
    # database (ON CONFLICT DO NOTHING): they are duplicates too.
    report.duplicates += len(fresh) - len(ids)
    report.imported += len(ids)
    report.article_ids.extend(ids)
