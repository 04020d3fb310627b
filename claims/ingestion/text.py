"""Plain text and the seed format, and the clean-up every format shares (newsroom furniture,
a title from the first sentence)."""

from __future__ import annotations

import re

from claims.ingestion.validation import (
    TITLE_MAX,
    ArticleInput,
    IngestError,
    clean_url,
    normalise_newlines,
    to_datetime,
)

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


def strip_boilerplate(text: str) -> tuple[str, str]:
    """Remove newsroom furniture lines; return (clean text, outlet if one was named)."""
    text = normalise_newlines(text)
    if "\n" not in text and _ANY_BOILERPLATE.match(text) is None:
        # One line and no furniture (a claim-sized item): what `_tidy([text])` gives.
        return text.strip(), ""
    return _strip_lines(text.split("\n"))


def _strip_lines(lines: list[str]) -> tuple[str, str]:
    outlet = ""
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
