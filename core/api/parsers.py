"""JSON with a nesting bound, for request bodies and for imported files.

`json.loads` recurses once per level of nesting: `"[" * 1000` raises RecursionError (a 500
in a view, an aborted import), and a document a few hundred levels deep still recurses
later (serializers, error bodies, `json.dumps` into a JSONField). No request or file the
workbench reads needs more than a handful of levels, so nesting is checked in one linear
scan before anything is parsed.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Mapping
from typing import IO, Any, Literal

from rest_framework import parsers
from rest_framework.exceptions import ParseError

MAX_JSON_DEPTH = 64
# What a subtree nested deeper than the bound becomes with `too_deep="mark"`: a string that
# no caller stores (it holds NUL characters, which the importers refuse anyway).
TOO_DEEP = "\x00nested too deep\x00"

# Everything up to the next bracket or unterminated string: whole strings (brackets inside
# them are text) and runs of anything else. Possessive, so a failure never backtracks.
_UP_TO_BRACKET = re.compile(r'(?:"(?:[^"\\]++|\\.)*+"|[^"\[\]{}]++)*+')


class JSONTooDeep(ValueError):
    """The document nests arrays/objects deeper than the bound."""

    def __init__(self, *, max_depth: int, position: int) -> None:
        super().__init__(
            f"JSON nested deeper than {max_depth} levels (at character {position:,}); "
            "send flatter data"
        )
        self.max_depth = max_depth
        self.position = position


def _too_deep_spans(text: str, max_depth: int) -> list[tuple[int, int]]:
    """(start, end) of each outermost array/object that opens deeper than `max_depth`.

    A document that is not valid JSON may give a partial answer: `json.loads` reports it.
    """
    spans: list[tuple[int, int]] = []
    depth = 0
    start = -1
    pos = 0
    size = len(text)
    skip = _UP_TO_BRACKET.match
    while True:
        match = skip(text, pos)
        pos = match.end() if match else pos
        if pos >= size or text[pos] == '"':  # the end, or an unterminated string
            break
        if text[pos] in "[{":
            depth += 1
            if depth == max_depth + 1:
                start = pos
        else:
            if depth == max_depth + 1 and start >= 0:
                spans.append((start, pos + 1))
                start = -1
            depth -= 1
            if depth < 0:  # unbalanced: not JSON, let the parser say where
                break
        pos += 1
    if start >= 0:
        spans.append((start, size))
    return spans


def _shallow(text: str, max_depth: int) -> bool:
    return text.count("[") + text.count("{") <= max_depth


def check_depth(text: str, *, max_depth: int = MAX_JSON_DEPTH) -> None:
    """Raise JSONTooDeep when `text` nests deeper than `max_depth`, without parsing it."""
    if _shallow(text, max_depth):
        return
    spans = _too_deep_spans(text, max_depth)
    if spans:
        raise JSONTooDeep(max_depth=max_depth, position=spans[0][0])


def loads(
    text: str | bytes,
    *,
    max_depth: int = MAX_JSON_DEPTH,
    too_deep: Literal["raise", "mark"] = "raise",
    **kwargs: Any,
) -> Any:
    """`json.loads` that never recurses deeper than `max_depth`.

    With `too_deep="raise"` a deeper document raises `JSONTooDeep` (a ValueError); with
    `"mark"` each subtree deeper than the bound is replaced by the `TOO_DEEP` string, so a
    file of many items can refuse only the items that hold one.
    """
    if isinstance(text, bytes | bytearray):
        text = text.decode("utf-8")
    # A document cannot nest deeper than it has brackets: most (an article row, a request
    # body) have a handful, counted at C speed, and skip the scan (a quarter of the CPU
    # time of a bulk import of JSON Lines).
    spans = [] if _shallow(text, max_depth) else _too_deep_spans(text, max_depth)
    if spans:
        if too_deep == "raise":
            raise JSONTooDeep(max_depth=max_depth, position=spans[0][0])
        marker = json.dumps(TOO_DEEP)
        pieces, last = [], 0
        for start, end in spans:
            pieces += [text[last:start], marker]
            last = end
        pieces.append(text[last:])
        text = "".join(pieces)
    try:
        return json.loads(text, **kwargs)
    except RecursionError:
        # Only when the stack is nearly used up already; the scan above bounds the rest.
        raise JSONTooDeep(max_depth=max_depth, position=0) from None


class JSONParser(parsers.JSONParser):
    """DRF's JSON parser with the nesting bound: a deep body is a 400, never a 500."""

    def parse(
        self,
        stream: IO[Any],
        media_type: str | None = None,
        parser_context: Mapping[str, Any] | None = None,
    ) -> Any:
        encoding = parsers.get_encoding(parser_context or {})  # type: ignore[attr-defined]
        try:
            text = codecs.decode(stream.read(), encoding)
        except UnicodeDecodeError as exc:
            raise ParseError(
                f"JSON parse error - the body is not valid {encoding} (byte {exc.start:,})"
            ) from None
        try:
            return loads(text, parse_constant=_refuse_constant if self.strict else None)
        except JSONTooDeep as exc:
            raise ParseError(f"JSON parse error - {exc}", code="too_deep") from None
        except ValueError as exc:
            raise ParseError(f"JSON parse error - {exc}") from None


def _refuse_constant(value: str) -> Any:
    raise ValueError(f"{value} is not a valid JSON value")
