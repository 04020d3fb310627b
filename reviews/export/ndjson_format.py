"""`ndjson`: the whole filtered set, one verdict item per line (as `json` writes it)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.db.models import QuerySet

from reviews.export.jsontext import html_safe, verdict_json_unescaped
from reviews.export.registry import ExportFormat, register
from reviews.export.rows import CHUNK_SIZE, iter_verdict_chunks
from reviews.models import Review


def stream_ndjson(queryset: QuerySet[Review], *, chunk_size: int = CHUNK_SIZE) -> Iterator[bytes]:
    cache: dict[Any, str] = {}
    for chunk in iter_verdict_chunks(queryset, chunk_size=chunk_size):
        text = "\n".join([verdict_json_unescaped(verdict, cache) for verdict in chunk])
        yield html_safe(text + "\n").encode("utf-8")


NDJSON = register(
    ExportFormat(
        name="ndjson",
        order=2,
        media_type="application/x-ndjson; charset=utf-8",
        extension="ndjson",
        stream=stream_ndjson,
    )
)
