"""Parsing incoming articles: the seed format, plain text, HTML, JSON Lines and CSV.

Parsers turn raw bytes into `ArticleInput` values or `IngestError`s that name what is
wrong (and, for row formats, where). They never touch the database: `claims.services`
stores what they produce.
"""

from __future__ import annotations

import csv
import json
import multiprocessing
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from itertools import islice
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.dateparse import parse_date, parse_datetime

from core.api import parsers as bounded_json

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


# Newsroom furniture that is not part of the article. Each pattern matches a whole
# line (or the start of the first line); named group `outlet` records the outlet.
_BOILERPLATE_PATTERNS = [
    re.compile(r"^\s*(?:NEW\s+)?You can now listen to (?P<outlet>.+?) articles!?\s*", re.I),
    re.compile(r"^\s*CLICK HERE (?:TO|FOR)\b.*$", re.I),
    re.compile(r"^\s*(?:Sign up|Subscribe) (?:for|to) (?:our|the) .*newsletter.*$", re.I),
    re.compile(r"^\s*(?:Advertisement|ADVERTISEMENT|Story continues below.*)\s*$"),
]

_SEED_HEADER = re.compile(
    r"^\s*(?P<key>date|title|url|outlet|author|language)\s+(?P<value>.*)$", re.IGNORECASE
)
_DATE_VALUE = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2})\b\s*(?P<rest>.*)$")


# Any line one of the patterns above can match at its start; most lines match none.
_ANY_BOILERPLATE = re.compile(
    "|".join(
        f"(?{'i' if pattern.flags & re.IGNORECASE else '-i'}:{pattern.pattern})"
        for pattern in _BOILERPLATE_PATTERNS
    )
)
_BLANK_RUNS = re.compile(r"\n{3,}")
_TITLE_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s")


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


def strip_boilerplate(text: str) -> tuple[str, str]:
    """Remove newsroom furniture lines; return (clean text, outlet if one was named)."""
    outlet = ""
    lines = normalise_newlines(text).split("\n")
    if any(map(_ANY_BOILERPLATE.match, lines)):
        for index, line in enumerate(lines):
            for pattern in _BOILERPLATE_PATTERNS:
                match = pattern.match(line)
                if match:
                    if "outlet" in pattern.groupindex and not outlet:
                        outlet = match.group("outlet").strip()
                    line = line[match.end() :]
            lines[index] = line
    return _tidy(lines), outlet


def _tidy(lines: list[str]) -> str:
    # Trailing spaces go, and runs of blank lines collapse to one paragraph break.
    text = "\n".join([line.rstrip() for line in lines])
    if "\n\n\n" in text:
        text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip()


def derive_title(body: str) -> str:
    """A title from the first sentence, cut on a word boundary."""
    first = body.strip().split("\n", 1)[0]
    match = _TITLE_SENTENCE_END.search(first)
    sentence = first[: match.start() + 1] if match else first
    sentence = sentence.strip()
    if len(sentence) <= TITLE_MAX:
        return sentence
    cut = sentence[:TITLE_MAX].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


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


def finish(item: ArticleInput, *, line: int | None = None) -> ArticleInput:
    """Common checks and defaults for every format."""
    body, outlet = strip_boilerplate(item.body or "")
    if not body:
        raise IngestError("missing body: the article has no text", line=line)
    item.body = body
    item.outlet = (item.outlet or outlet).strip()[:200]
    item.title = (item.title or "").strip()[:500] or derive_title(body)
    item.author = (item.author or "").strip()[:300]
    return item


def parse_text(text: str) -> ArticleInput:
    """The seed format (`date YYYY-MM-DD …` first line, optional headers) or plain text."""
    lines = normalise_newlines(text).split("\n")
    fields: dict[str, str] = {}
    body_start = 0
    first_line_rest = ""
    for index, line in enumerate(lines):
        if not line.strip() and not fields:
            body_start = index + 1
            continue
        match = _SEED_HEADER.match(line)
        if not match:
            break
        key, value = match.group("key").lower(), match.group("value").strip()
        if key == "date":
            date_match = _DATE_VALUE.match(value)
            if not date_match:
                break  # prose that happens to start with "date"
            fields["date"] = date_match.group("date")
            # The seed format runs straight on into the article on the same line.
            first_line_rest = date_match.group("rest")
            body_start = index + 1
            if first_line_rest:
                break
            continue
        if key in fields:
            break
        fields[key] = value
        body_start = index + 1
    body = "\n".join(([first_line_rest] if first_line_rest else []) + lines[body_start:])
    item = ArticleInput(
        body=body,
        title=fields.get("title", ""),
        url=clean_url(fields.get("url", "")),
        outlet=fields.get("outlet", ""),
        author=fields.get("author", ""),
        published_at=to_datetime(fields.get("date")),
        language=fields.get("language", "en") or "en",
    )
    return finish(item)


MAX_ATTRIBUTES = 1_000
# A start tag and its attribute text; quoted values are taken whole (they may hold < or >).
_START_TAG = re.compile(r"""<[A-Za-z][^\s/<>]*+((?>[^"'<>]++|"[^"]*+"|'[^']*+')*+)""")
# One attribute: a name, then maybe `=` and a value, quoted or not.
_ATTRIBUTE = re.compile(r"""[^\s"'=<>/]++(?>\s*+=\s*+(?>"[^"]*+"|'[^']*+'|[^\s"'=<>`]++))?+""")


def _refuse_pathological_markup(html: str) -> None:
    """Refuse an element with more than MAX_ATTRIBUTES attributes before lxml sees it: its
    HTML parser compares each attribute with all the others (120,000 of them took minutes).
    No page needs a thousand attributes on one element."""
    for match in _START_TAG.finditer(html):
        start, end = match.span(1)
        if end - start < 2 * MAX_ATTRIBUTES:  # each attribute takes at least 2 characters
            continue
        attributes = _ATTRIBUTE.finditer(html, start, end)
        if next(islice(attributes, MAX_ATTRIBUTES, None), None) is not None:
            line = html.count("\n", 0, match.start()) + 1
            raise IngestError(
                f"an HTML element on line {line:,} has more than {MAX_ATTRIBUTES:,} "
                "attributes; send the article as text instead",
                line=line,
            )


def _extract_html(html: str) -> dict[str, Any]:
    """The main text and metadata of a page, with trafilatura (run in a child process)."""
    import trafilatura

    _refuse_pathological_markup(html)
    body = trafilatura.extract(
        html, include_comments=False, include_tables=False, favor_precision=True
    )
    if not body:
        raise IngestError("no article text found in the HTML")
    metadata = trafilatura.extract_metadata(html)
    if metadata is None:
        return {"body": body}
    return {
        "body": body,
        "title": metadata.title or "",
        "author": metadata.author or "",
        "outlet": metadata.sitename or "",
        "url": metadata.url or "",
        "date": metadata.date or "",
    }


def _in_child(html: str, sender: Connection) -> None:
    try:
        outcome: tuple[str, Any] = ("ok", _extract_html(html))
    except IngestError as error:
        outcome = ("error", (error.message, error.line))
    except Exception as error:  # a parser failure refuses this page; it is not our crash
        outcome = ("error", (f"the HTML could not be parsed ({type(error).__name__})", None))
    sender.send(outcome)
    sender.close()


def _extract_html_bounded(html: str, *, seconds: float) -> dict[str, Any]:
    """`_extract_html` in a forked child that is killed after `seconds`.

    trafilatura has no time limit of its own, and some pages (a flat 1.9 MB page took 20 s)
    are slow without being wrong; run inside a request, they held a web worker that long.
    Forking is cheap (the child shares the parent's memory, trafilatura already imported)
    and the child touches no database connection.
    """
    import trafilatura  # noqa: F401  (imported once here, so every child has it)

    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_in_child, args=(html, sender), daemon=True)
    child.start()
    sender.close()
    try:
        if not receiver.poll(seconds):
            raise IngestError(
                f"the HTML page could not be parsed within {seconds:g} seconds (it is too "
                "large or too complex); send the article as text instead"
            )
        try:
            outcome, value = receiver.recv()
        except EOFError:
            raise IngestError(
                "the HTML parser stopped without an answer (the page is too complex); send "
                "the article as text instead"
            ) from None
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join()
    if outcome == "error":
        message, line = value
        raise IngestError(message, line=line)
    return dict(value)


def parse_html(html: str, *, seconds: float | None = None) -> ArticleInput:
    """Main text of an HTML page, with trafilatura; title/author/date/url from metadata.

    Parsing runs under a time bound (`seconds`, default settings.HTML_PARSE_SECONDS): a page
    that takes longer is refused with an IngestError, and the caller is never held longer.
    """
    from django.conf import settings

    bound = settings.HTML_PARSE_SECONDS if seconds is None else seconds
    found = _extract_html_bounded(html, seconds=bound)
    try:
        url = clean_url(found.get("url") or "")
    except IngestError:
        url = ""
    try:
        published_at = to_datetime(found.get("date") or None)
    except IngestError:
        published_at = None
    return finish(
        ArticleInput(
            body=found["body"],
            title=found.get("title", ""),
            author=found.get("author", ""),
            outlet=found.get("outlet", ""),
            url=url,
            published_at=published_at,
        )
    )


def _from_mapping(row: dict[str, Any], *, line: int) -> ArticleInput:
    unknown_types = [
        k
        for k in (*ROW_FIELDS, "language")
        if row.get(k) is not None and not isinstance(row[k], str)
    ]
    if unknown_types:
        raise IngestError(f"field {unknown_types[0]!r} must be a string", line=line)
    body = row.get("body") or ""
    if not body.strip():
        raise IngestError("missing body", line=line)
    item = ArticleInput(
        body=body,
        title=row.get("title") or "",
        url=clean_url(row.get("url"), line=line),
        outlet=row.get("outlet") or "",
        author=row.get("author") or "",
        published_at=to_datetime(row.get("published_at"), line=line),
        language=(row.get("language") or "en")[:16],
    )
    return finish(item, line=line)


# JSON escapes that spell a NUL or half of a surrogate pair (which may be unpaired).
_RISKY_ESCAPE = re.compile(r"\\u(?:0000|[dD][89a-fA-F])")


def _check_escapes(row: dict[str, Any], *, line: int) -> None:
    # A \u escape can spell what the raw bytes were checked for: NUL (which PostgreSQL
    # cannot store) and lone surrogates (which no UTF-8 text can hold).
    for key in (*ROW_FIELDS, "language"):
        value = row.get(key)
        if not isinstance(value, str):
            continue
        if "\x00" in value:
            raise IngestError(f"field {key!r} contains a NUL character (\\u0000)", line=line)
        if value.isascii():
            continue
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise IngestError(
                f"field {key!r} contains a lone surrogate (an unpaired \\ud800-\\udfff escape)",
                line=line,
            ) from None


def _lines(text: str, *, keepends: bool = False) -> Iterator[str]:
    """The lines of `text` one at a time, as `normalise_newlines(text).split("\\n")` gives
    them or, with `keepends`, as reading that text from a file does (each line ending in
    "\\n", no empty last one). A list of them all, or a normalised copy of the text, would
    multiply the memory a large upload takes."""
    start = 0
    next_cr, next_lf = text.find("\r"), text.find("\n")
    while True:
        if 0 <= next_cr < start:
            next_cr = text.find("\r", start)
        if 0 <= next_lf < start:
            next_lf = text.find("\n", start)
        end = next_lf if next_cr < 0 else next_cr if next_lf < 0 else min(next_cr, next_lf)
        if end < 0:
            if not keepends or start < len(text):
                yield text[start:]
            return
        if not keepends:
            yield text[start:end]
        elif text[end] == "\n":
            yield text[start : end + 1]
        else:
            yield text[start:end] + "\n"
        start = end + (2 if text.startswith("\r\n", end) else 1)


def iter_jsonl(text: str, *, max_bytes: int) -> Iterator[ArticleInput | IngestError]:
    for number, line in enumerate(_lines(text), start=1):
        if not line or line.isspace():
            continue
        try:
            if _row_size(line, line=number) > max_bytes:
                raise IngestError(
                    f"row is larger than the limit of {max_bytes:,} bytes", line=number
                )
            try:
                value = bounded_json.loads(line)
            except json.JSONDecodeError as exc:
                raise IngestError(
                    f"invalid JSON ({exc.msg} at column {exc.colno})", line=number
                ) from None
            except bounded_json.JSONTooDeep as exc:
                raise IngestError(str(exc), line=number) from None
            if not isinstance(value, dict):
                raise IngestError("each line must be a JSON object", line=number)
            if _RISKY_ESCAPE.search(line):
                _check_escapes(value, line=number)
            item = _from_mapping(value, line=number)
            item.origin = f"line {number}"
            yield item
        except IngestError as error:
            error.line = number
            yield error


class _CountedLines:
    """The lines handed to csv.reader, numbered across readers (the reader is restarted after
    an unterminated quote), and whether they ran out."""

    def __init__(self, lines: Iterator[str], *, count: int = 0) -> None:
        self.lines = lines
        self.count = count
        self.exhausted = False

    def __iter__(self) -> _CountedLines:
        return self

    def __next__(self) -> str:
        try:
            line = next(self.lines)
        except StopIteration:
            self.exhausted = True
            raise
        self.count += 1
        return line


def _quote_errors(exc: csv.Error, *, start: int, end: int, at_end: bool) -> Iterator[IngestError]:
    """The errors for a record csv refused: it started on line `start`, the error came on
    line `end` (`at_end`: at the end of the file, inside a quoted field)."""
    if at_end:
        yield IngestError(
            "unterminated quote: a quoted field in this row never closes; the lines after it "
            "are read as rows of their own",
            line=start,
        )
    elif end > start:
        # The missing quote made every line up to `end` part of one field, until the next
        # quote in the file closed it and the text after that quote broke the row.
        yield IngestError(
            f"unterminated quote: a quoted field in this row runs on to line {end:,}, taking "
            "the rows in between as its text; add the closing quote and import again",
            line=start,
        )
        for line in range(start + 1, end + 1):
            yield IngestError(
                f"this row was swallowed by the unterminated quote on line {start:,}; import "
                "it again once that quote is closed",
                line=line,
            )
    else:
        yield IngestError(
            f"malformed quotes ({exc}): a quoted field ends with a quote followed by a comma "
            "or the end of the line; a quote inside it is written twice",
            line=start,
        )


def iter_csv(text: str, *, max_bytes: int) -> Iterator[ArticleInput | IngestError]:
    csv.field_size_limit(max(max_bytes * 2, 131072))
    # strict: a quote that does not close where it should is an error, not text that
    # silently swallows the rows after it.
    source = _CountedLines(_lines(text, keepends=True))
    reader = csv.reader(source, strict=True)
    try:
        header = [name.strip().lower() for name in next(reader, [])]
    except csv.Error as exc:
        yield IngestError(f"unreadable CSV header ({exc})", line=1)
        return
    if "body" not in header:
        yield IngestError(
            f"the CSV header must name a 'body' column (found: {', '.join(header) or 'none'}); "
            f"known columns: {', '.join(ROW_FIELDS)}",
            line=1,
        )
        return
    while True:
        start = source.count + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            at_end = source.exhausted
            yield from _quote_errors(exc, start=start, end=source.count, at_end=at_end)
            if at_end and source.count > start:
                # Nothing closed the quote: read the lines after the broken row again.
                source = _CountedLines(
                    islice(_lines(text, keepends=True), start, None), count=start
                )
                reader = csv.reader(source, strict=True)
            continue
        if not cells:
            continue  # a blank line
        number = source.count
        try:
            size = _row_size("".join(cells), line=number)
            if len(cells) > len(header):
                raise IngestError("the row has more cells than the header", line=number)
            if size > max_bytes:
                raise IngestError(
                    f"row is larger than the limit of {max_bytes:,} bytes", line=number
                )
            cells += [""] * (len(header) - len(cells))  # missing cells are empty
            item = _from_mapping(dict(zip(header, cells, strict=True)), line=number)
            item.origin = f"line {number}"
            yield item
        except IngestError as error:
            error.line = number
            yield error


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
