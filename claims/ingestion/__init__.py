"""Parsing incoming articles: the seed format, plain text, HTML, JSON Lines and CSV.

By topic: `validation` (the input, its error, decoding, dates, URLs), `text` (plain text,
the seed format, shared clean-up), `html`, `rows` (JSON Lines, CSV); `parse_file` picks
one by suffix. Every public name stays importable from `claims.ingestion`.

Parsers turn raw bytes into `ArticleInput` values or `IngestError`s that name what is
wrong (and, for row formats, where). They never touch the database: `claims.services`
stores what they produce.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from claims.ingestion.html import MAX_ATTRIBUTES, parse_html
from claims.ingestion.rows import iter_csv, iter_json_array, iter_jsonl
from claims.ingestion.text import derive_title, finish, parse_text, strip_boilerplate
from claims.ingestion.validation import (
    ROW_FIELDS,
    SUPPORTED_SUFFIXES,
    TITLE_MAX,
    ArticleInput,
    IngestError,
    clean_url,
    decode_bytes,
    looks_binary,
    normalise_newlines,
    to_datetime,
)

__all__ = [
    "MAX_ATTRIBUTES",
    "ROW_FIELDS",
    "SUPPORTED_SUFFIXES",
    "TITLE_MAX",
    "ArticleInput",
    "IngestError",
    "clean_url",
    "decode_bytes",
    "derive_title",
    "finish",
    "iter_csv",
    "iter_json_array",
    "iter_jsonl",
    "looks_binary",
    "normalise_newlines",
    "parse_file",
    "parse_html",
    "parse_text",
    "strip_boilerplate",
    "to_datetime",
]


def parse_file(path: Path, *, max_bytes: int) -> Iterator[ArticleInput | IngestError]:
    """Every article (or error) in one file, by its suffix."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        yield IngestError(
            f"unsupported file type {suffix or '(none)'}; use {', '.join(SUPPORTED_SUFFIXES)}"
        )
        return
    raw = path.read_bytes()
    if suffix in (".jsonl", ".ndjson", ".csv"):
        # Row formats hold many articles: the size limit applies per row, and a row with
        # bad bytes is reported on its own line while the others go in.
        if looks_binary(raw):
            yield IngestError(f"{path.name} looks binary; send UTF-8 text.")
            return
        text = raw.decode("utf-8", "surrogateescape").removeprefix("\ufeff")
    else:
        try:
            text = decode_bytes(raw, max_bytes=max_bytes, name=path.name)
        except IngestError as error:
            yield error
            return
    del raw  # the bytes are not needed while the rows are read and imported
    if suffix in (".jsonl", ".ndjson"):
        yield from iter_jsonl(text, max_bytes=max_bytes)
    elif suffix == ".csv":
        yield from iter_csv(text, max_bytes=max_bytes)
    else:
        try:
            item = parse_html(text) if suffix in (".html", ".htm") else parse_text(text)
        except IngestError as error:
            yield error
            return
        yield item
