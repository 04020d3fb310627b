"""Where a claim's text sits in its article's body: pure functions, no Django.

A claim quotes a passage of the article (its span). When a person edits the claim's text,
the span follows the new text if the body still contains it: word for word first, then
ignoring case and differences in white space, preferring the occurrence nearest the old
span. When the body does not contain the new text, the claim keeps its old span and no
longer quotes the article word for word (`quotes_span` tells which).
"""

from __future__ import annotations

import re

_SPACE = re.compile(r"\s+")


def _normalised(text: str) -> tuple[str, list[int]]:
    """`text` lower-cased with every run of white space as one space, and for each of its
    characters the index in `text` of the character it came from."""
    out: list[str] = []
    origin: list[int] = []
    position = 0
    for match in _SPACE.finditer(text):
        _append(out, origin, text, position, match.start())
        out.append(" ")
        origin.append(match.start())
        position = match.end()
    _append(out, origin, text, position, len(text))
    return "".join(out), origin


def _append(out: list[str], origin: list[int], text: str, start: int, end: int) -> None:
    for index in range(start, end):
        # lower() may turn one character into two (İ): both map back to it.
        for char in text[index].lower():
            out.append(char)
            origin.append(index)


def _occurrences(haystack: str, needle: str) -> list[int]:
    found: list[int] = []
    at = haystack.find(needle)
    while at != -1:
        found.append(at)
        at = haystack.find(needle, at + 1)
    return found


def find_span(body: str, text: str, *, near: int = 0) -> tuple[int, int] | None:
    """The span `(start, end)` of `text` in `body`, or None when the body does not hold it.

    Word for word first; then ignoring case and white space (a line break where the claim
    has a space, two spaces for one). Of several occurrences, the one starting nearest
    `near` (the claim's old start) wins, the earlier one on a tie.
    """
    text = text.strip()
    if not text:
        return None
    exact = _occurrences(body, text)
    if exact:
        start = min(exact, key=lambda at: (abs(at - near), at))
        return start, start + len(text)
    flat_body, origin = _normalised(body)
    flat_text, _ = _normalised(text)
    loose = _occurrences(flat_body, flat_text)
    if not loose:
        return None
    candidates = [(origin[at], origin[at + len(flat_text) - 1] + 1) for at in loose]
    return min(candidates, key=lambda span: (abs(span[0] - near), span[0]))


def quotes_span(body: str, text: str, start: int, end: int) -> bool:
    """Whether `text` is the passage `body[start:end]`, ignoring case, white space and
    the white space around it."""
    return _normalised(body[start:end].strip())[0] == _normalised(text.strip())[0]
