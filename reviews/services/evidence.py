"""The research around a verdict: sources (http(s) only) and notes."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone

from claims.models import Claim
from core.errors import InvalidInput, NotFound
from reviews.models import Note, Source, Stance
from reviews.services._base import A, _bump, _check, _contributed, _lock, _record, review_for

_url_validator = URLValidator(schemes=["http", "https"])


def _clean_url(value: str, field: str) -> str:
    url = (value or "").strip()
    if not url:
        return ""
    try:
        _url_validator(url)
    except ValidationError:
        raise InvalidInput(
            f"{field}: {url[:80]!r} is not an http(s) URL; other schemes are refused."
        ) from None
    return url


@transaction.atomic
def source_add(
    *,
    claim: Claim | int,
    by: Any,
    url: str,
    title: str = "",
    publisher: str = "",
    excerpt: str = "",
    stance: str = Stance.CONTEXT,
    accessed_at: datetime | None = None,
    archived_url: str = "",
) -> Source:
    claim = _lock(claim)
    _check("add_source", claim, by)
    clean = _clean_url(url, "url")
    if not clean:
        raise InvalidInput("url: a source needs a URL.")
    if stance not in Stance.values:
        raise InvalidInput(f"stance must be one of {', '.join(Stance.values)}.")
    source = Source.objects.create(
        claim=claim,
        url=clean,
        title=(title or "").strip()[:500],
        publisher=(publisher or "").strip()[:200],
        excerpt=(excerpt or "").strip(),
        stance=stance,
        accessed_at=accessed_at or timezone.now(),
        archived_url=_clean_url(archived_url, "archived_url"),
        added_by=by,
    )
    _record(claim, by, A.SOURCE_ADDED, field="sources", after={"url": clean, "title": source.title})
    _bump(claim, by)
    _contributed(review_for(claim, related=()).pk, by)
    return source


@transaction.atomic
def source_remove(*, source: Source | int, by: Any) -> None:
    pk = source.pk if isinstance(source, Source) else source
    found = Source.objects.filter(pk=pk).values_list("claim_id", flat=True).first()
    if found is None:
        raise NotFound(f"Source {pk} does not exist.")
    claim = _lock(found)
    _check("remove_source", claim, by)
    source_row = Source.objects.get(pk=pk)
    _record(
        claim,
        by,
        A.SOURCE_REMOVED,
        field="sources",
        before={"url": source_row.url, "title": source_row.title},
    )
    source_row.delete()
    _bump(claim, by)
    _contributed(review_for(claim, related=()).pk, by)


@transaction.atomic
def note_add(
    *,
    claim: Claim | int,
    by: Any,
    body: str,
    span_start: int | None = None,
    span_end: int | None = None,
) -> Note:
    claim = _lock(claim)
    _check("add_note", claim, by)
    text = (body or "").strip()
    if not text:
        raise InvalidInput("body: a note needs text.")
    if (span_start is None) != (span_end is None):
        raise InvalidInput("Give both span_start and span_end, or neither.")
    if span_start is not None and span_end is not None:
        length = len(claim.article.body)
        if not 0 <= span_start < span_end <= length:
            raise InvalidInput(f"The note's span must satisfy 0 <= start < end <= {length}.")
    note = Note.objects.create(
        claim=claim, author=by, body=text, span_start=span_start, span_end=span_end
    )
    _record(claim, by, A.NOTE_ADDED, after=text[:500])
    return note
