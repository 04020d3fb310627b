"""Row formats, many articles a file: JSON Lines and CSV; each bad row is reported by its line
and the others go in."""

from __future__ import annotations

import csv
import json
import operator
import re
from collections.abc import Iterator
from itertools import chain, islice
from typing import Any

from claims.ingestion.text import finish
from claims.ingestion.validation import (
    ROW_FIELDS,
    ArticleInput,
    IngestError,
    _row_size,
    clean_url,
    to_datetime,
)
from core.api import parsers as bounded_json

# `isinstance(value, str)`, called from C by `map`.
_IS_STR = str.__instancecheck__


def _from_mapping(row: dict[str, Any], *, line: int) -> ArticleInput:
    # Most rows hold only strings (every CSV row does): one pass at C speed tells.
    if not all(map(_IS_STR, row.values())):
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


def _json_object(value: Any, source: str, *, line: int, what: str) -> ArticleInput:
    """One decoded JSON row (`source` its text) as an article, or IngestError saying why."""
    if not isinstance(value, dict):
        raise IngestError(f"{what} must be a JSON object", line=line)
    if _RISKY_ESCAPE.search(source):
        _check_escapes(value, line=line)
    item = _from_mapping(value, line=line)
    item.origin = f"line {line}"
    return item


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
            yield _json_object(value, line, line=number, what="each line")
        except IngestError as error:
            error.line = number
            yield error


# A line and its "\n", or a last line without one: `_lines(text, keepends=True)` for a text
# without "\r", found at C speed.
_FILE_LINE = re.compile(r"[^\n]*\n|[^\n]+")
_MATCHED = operator.methodcaller("group")


def _file_lines(text: str, *, skip: int = 0) -> Iterator[str]:
    """The lines of `text` as reading it from a file gives them, after the first `skip`.

    csv.reader takes one line at a time: a generator handing them over cost more than
    parsing the CSV (a third of a bulk import of 10,000 articles)."""
    if "\r" in text:
        lines: Iterator[str] = _lines(text, keepends=True)
    else:
        lines = map(_MATCHED, _FILE_LINE.finditer(text))
    return islice(lines, skip, None) if skip else lines


def _flag_end(ended: list[bool]) -> Iterator[str]:
    """Nothing, noting that the lines before it ran out (chained after them)."""
    ended.append(True)
    yield from ()


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
    # silently swallows the rows after it. Lines are numbered by the reader (`line_num`, the
    # lines it took), after the `skipped` ones it was started after.
    ended: list[bool] = []
    reader = csv.reader(chain(_file_lines(text), _flag_end(ended)), strict=True)
    skipped = 0
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
        start = skipped + reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            at_end, end = bool(ended), skipped + reader.line_num
            yield from _quote_errors(exc, start=start, end=end, at_end=at_end)
            if at_end and end > start:
                # Nothing closed the quote: read the lines after the broken row again.
                ended.clear()
                lines = _file_lines(text, skip=start)
                reader = csv.reader(chain(lines, _flag_end(ended)), strict=True)
                skipped = start
            continue
        if not cells:
            continue  # a blank line
        number = skipped + reader.line_num
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


_WHITESPACE = re.compile(r"[ \t\n\r]*")


def iter_json_array(text: str, *, max_bytes: int) -> Iterator[ArticleInput | IngestError]:
    """A JSON array of article objects (the fields of a JSON Lines row), each reported by
    the line its object starts on, the others going in.

    One element that is not an object, or lacks a body, is that row's error. A document
    that is not a JSON array at all (or breaks off: no later element can be found) raises
    IngestError, naming where.
    """
    decoder = json.JSONDecoder()
    skip = _WHITESPACE.match
    line, counted = 1, 0

    def line_at(position: int) -> int:
        nonlocal line, counted
        line += text.count("\n", counted, position)
        counted = position
        return line

    pos = skip(text, 0).end()  # type: ignore[union-attr]
    if not text.startswith("[", pos):
        raise IngestError("the body must be a JSON array of article objects", line=line_at(pos))
    pos = skip(text, pos + 1).end()  # type: ignore[union-attr]
    if text.startswith("]", pos):
        pos += 1
    else:
        while True:
            start = pos
            number = line_at(start)
            try:
                value, pos = decoder.raw_decode(text, start)
            except json.JSONDecodeError as exc:
                raise IngestError(
                    f"invalid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})",
                    line=exc.lineno,
                ) from None
            except RecursionError:
                raise IngestError(
                    f"JSON nested too deeply (the element on line {number:,})", line=number
                ) from None
            yield _array_element(value, text[start:pos], line=number, max_bytes=max_bytes)
            pos = skip(text, pos).end()  # type: ignore[union-attr]
            if text.startswith(",", pos):
                pos = skip(text, pos + 1).end()  # type: ignore[union-attr]
                continue
            if text.startswith("]", pos):
                pos += 1
                break
            raise IngestError(
                "invalid JSON (expected ',' or ']' after an element)", line=line_at(pos)
            )
    if skip(text, pos).end() != len(text):  # type: ignore[union-attr]
        raise IngestError("invalid JSON (text after the closing ']')", line=line_at(pos))


def _array_element(
    value: Any, source: str, *, line: int, max_bytes: int
) -> ArticleInput | IngestError:
    try:
        if _row_size(source, line=line) > max_bytes:
            raise IngestError(f"row is larger than the limit of {max_bytes:,} bytes", line=line)
        return _json_object(value, source, line=line, what="each element")
    except IngestError as error:
        error.line = line
        return error
