"""What every incoming article is checked against: the input type, its error, bytes decoded
as text, dates and URLs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.dateparse import parse_date, parse_datetime

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".ndjson", ".csv")
ROW_FIELDS = ("title", "url", "outlet", "author", "published_at", "body")
TITLE_MAX = 120


class IngestError(Exception):
    """A file, row or upload that cannot become an article; the message says why."""

    def __init__(self, message: str, *, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


@dataclass
class ArticleInput:
    body: str
    title: str = ""
    url: str = ""
    outlet: str = ""
    author: str = ""
    published_at: datetime | None = None
    language: str = "en"
    origin: str = field(default="", compare=False)  # "file.csv:12", for reports


def _row_size(value: str, *, line: int) -> int:
    """The UTF-8 size of a row, refusing invalid UTF-8 and NUL bytes.

    Row formats are decoded with surrogateescape so one bad row cannot sink the file: its
    bad bytes are the surrogates that make encoding it fail.
    """
    if value.isascii():
        size = len(value)
    else:
        try:
            size = len(value.encode("utf-8"))
        except UnicodeEncodeError:
            raise IngestError("invalid UTF-8 in this row", line=line) from None
    if "\x00" in value:
        raise IngestError("NUL byte in this row (binary data?)", line=line)
    return size


def normalise_newlines(text: str) -> str:
    # Each pass copies the text (a whole upload): skip the ones with nothing to replace.
    if "\r" not in text:
        return text
    text = text.replace("\r\n", "\n")
    return text.replace("\r", "\n") if "\r" in text else text


def decode_bytes(raw: bytes, *, max_bytes: int, name: str = "file") -> str:
    """Decode an upload or file as UTF-8 text, refusing oversize and binary input."""
    if len(raw) > max_bytes:
        raise IngestError(
            f"{name} is {len(raw):,} bytes; the limit is {max_bytes:,} bytes.",
        )
    if b"\x00" in raw:
        raise IngestError(f"{name} looks binary (it contains NUL bytes); send UTF-8 text.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise IngestError(
            f"{name} is not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start}, "
            f"line {line}).",
            line=line,
        ) from None
    if looks_binary(raw):
        raise IngestError(f"{name} looks binary (many control characters); send UTF-8 text.")
    return text


_CONTROL_BYTES = bytes(byte for byte in range(32) if byte not in b"\n\r\t\f")


def looks_binary(raw: bytes) -> bool:
    head = raw[:4096]
    if not head:
        return False
    control = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return control / len(head) > 0.05


def to_datetime(value: Any, *, line: int | None = None) -> datetime | None:
    """ISO dates and datetimes; a date alone means midnight UTC; naive means UTC."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        parsed: datetime | None = value
    else:
        text = str(value).strip()
        try:
            parsed = parse_datetime(text)
            if parsed is None:
                day = parse_date(text)
                parsed = datetime.combine(day, time.min) if isinstance(day, date) else None
        except ValueError:
            parsed = None
        if parsed is None:
            raise IngestError(
                f"bad date {text[:40]!r}: use ISO 8601, e.g. 2025-09-04 or 2025-09-04T14:30:00Z",
                line=line,
            )
    assert parsed is not None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


_url_validator = URLValidator(schemes=["http", "https"])
# The everyday URL (http(s), a plain ASCII host name, printable ASCII after it), which
# URLValidator accepts too; anything else goes through URLValidator itself.
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_PLAIN_URL = re.compile(
    rf"https?://(?P<host>{_LABEL}(?:\.{_LABEL})*\.[A-Za-z]{{2,63}})(?:[/?#][!-~]*)?"
)


def clean_url(value: Any, *, line: int | None = None) -> str:
    url = str(value or "").strip()
    if not url:
        return ""
    plain = _PLAIN_URL.fullmatch(url)
    if plain and len(url) <= _url_validator.max_length and len(plain.group("host")) <= 253:
        return url
    try:
        _url_validator(url)
    except ValidationError:
        raise IngestError(
            f"bad url {url[:80]!r}: only http(s) URLs are accepted", line=line
        ) from None
    return url
