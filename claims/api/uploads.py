"""An uploaded article file (.txt or .html) read into an ArticleInput."""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

from django.conf import settings
from rest_framework import serializers

from claims.ingestion import ArticleInput, IngestError, decode_bytes, parse_html, parse_text
from core.errors import TooLarge

UPLOAD_SUFFIXES = (".txt", ".html", ".htm")


def article_input_from_upload(upload: Any, fields: dict[str, Any]) -> ArticleInput:
    """The file's article, with the metadata `fields` given alongside it overriding what the
    file says. A wrong suffix or bad text is a 400 on `file`; too many bytes a 413."""
    name = PurePath(upload.name or "upload").name
    suffix = PurePath(name).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        raise serializers.ValidationError(
            {"file": [f"{name}: unsupported file type; send {', '.join(UPLOAD_SUFFIXES)}."]}
        )
    if upload.size > settings.UPLOAD_MAX_BYTES:
        raise TooLarge(
            f"{name} is {upload.size:,} bytes; the limit is {settings.UPLOAD_MAX_BYTES:,} bytes."
        )
    try:
        text = decode_bytes(upload.read(), max_bytes=settings.UPLOAD_MAX_BYTES, name=name)
        item = parse_html(text) if suffix in (".html", ".htm") else parse_text(text)
    except IngestError as error:
        raise serializers.ValidationError({"file": [error.message]}) from None
    for key, value in fields.items():
        if value not in (None, ""):
            setattr(item, key, value)
    return item
