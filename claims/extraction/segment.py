"""Sentence segmentation with exact character offsets.

blingfire's sentence splitter does the bulk of the work (about 1.5M words/s here,
against ~2.7k words/s for pysbd on long text: see benchmarks/extraction.py); a few
cheap, regex-driven post-fixes handle the cases it gets wrong: titles such as
"Gov." or "Mr." read as sentence ends, a quoted question followed by its
attribution ('"Are you sure?" he asked.'), line breaks, and bullet lists.

Contract: for every ``Sentence`` s, ``s.text == body[s.start:s.end]``; leading and
trailing whitespace (and bullet markers) are removed by moving the offsets, never
by changing the text.
"""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass

import blingfire

from .letters import ACCENTED_CAPITALS, CAPITALS, SMALL_LETTERS
from .places import is_place
from .speakers import speaker_labels

__all__ = ["Sentence", "byline_author", "segment"]


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    index: int
    # The transcript label its paragraph opens with ("TRUMP:", "Sen. Warren:"),
    # outside the span; None in ordinary prose.
    speaker: str | None = None
    # Whether its line opens with a dash, outside the span: a list item, or the credit
    # line under a quotation ('"..."' | "- Jane Roe.").
    dashed: bool = False


# Titles and other abbreviations that (almost) never end a sentence: a split right
# after one of them is always wrong ("Gov. | Newsom said").
_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "gov",
        "sen",
        "rep",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "maj",
        "prof",
        "rev",
        "hon",
        "pres",
        "supt",
        "fr",
        "sr",
        "st",
        "mt",
        "ft",
        "vs",
        "v",
        "gov't",
        "dept",
        "cf",
        "e.g",
        "i.e",
        "approx",
    ]
)
# Month abbreviations end a sentence only when the next word is not a number and
# not lower case ("in Jan. 2022" / "in Jan. last year"); so does "No." ("No. 10 Downing
# Street" / "The senator would vote no. He said ...").
_MONTHS = frozenset(
    [
        *("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
        *("no", "nos"),
    ]
)
# Words that typically start a new sentence; after "U.S." or "p.m." such a word
# means the abbreviation did end the sentence ("...in the U.S. He said").
_SENTENCE_STARTERS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "there",
        "here",
        "but",
        "and",
        "so",
        "yet",
        "or",
        "if",
        "when",
        "while",
        "after",
        "before",
        "as",
        "in",
        "on",
        "at",
        "for",
        "from",
        "by",
        "with",
        "without",
        "then",
        "now",
        "however",
        "meanwhile",
        "still",
        "also",
        "later",
        "earlier",
        "last",
        "on",
        "what",
        "who",
        "why",
        "how",
        "where",
        "one",
        "some",
        "many",
        "most",
        "all",
        "no",
        "not",
    ]
)

_OPENERS = " \t\n\"'“‘([—–-"
_DOTTED_ABBREV_RE = re.compile(r"^(?:[A-Za-z]\.){2,}$")
_TITLE_HINTS = ("Mr.", "Mrs.", "Ms.", "Dr.", "Gov.", "Sen.", "Rep.", "Gen.", "Prof.", "Rev.")
# blingfire sometimes keeps "... last year. Dr. Smith agreed." as one sentence.
_MISSED_SPLIT_RE = re.compile(
    r"(?<=[a-z0-9%][a-z0-9%][.!?])[\"'”’)]?\s+(?=(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Prof|Rev)\.\s)"
)
# blingfire also keeps "... rose. Ángela Ruiz said so." as one sentence: it does not see
# most accented capitals (Á, É, Ñ, Ó, ...) as the start of one.
_ACCENTED_CAPITAL_RE = re.compile(f"[{ACCENTED_CAPITALS}]")
_MISSED_ACCENTED_SPLIT_RE = re.compile(
    rf"(?<=[a-z0-9%][a-z0-9%][.!?])[\"'”’)]?\s+(?=[\"“‘']?[{ACCENTED_CAPITALS}][\w'’])"
)
# A line is a "block": it never shares a sentence with the next line unless the
# line break is a hard wrap inside a sentence.
_LINE_RE = re.compile(r"[^\r\n]+")
_BLANK_GAP_RE = re.compile(r"\n[ \t\f\v]*\r?\n")
_BULLET_RE = re.compile(r"^[ \t]*(?:[-*•‣◦▪●–—]|\(?\d{1,3}[.)]|\(?[a-zA-Z][)])[ \t]+")
_TERMINAL_RE = re.compile(r"""[.!?:;"'”’)\]]\s*$""")
# A wire dateline opening a paragraph: "WASHINGTON (AP) — ", "KYIV, Ukraine (AP) — ",
# "SPRINGFIELD, Ill. (AP) — ", "RALEIGH, N.C. — ", "LONDON, March 3 (Reuters) - ",
# "NEW YORK -- ", AP's old "WASHINGTON (AP) _ ", a title-case city with its agency
# ("Washington, D.C. (AP) —"), a date and the agency ("Dec 3 (Reuters) - "), a press
# release's ("SAN JUAN, Puerto Rico, Dec. 3, 2026 /PRNewswire/ -- ") or the agency alone
# ("(CNN) — "), the day before the month ("BERLIN, 3 December (dpa) - "). The sentence
# starts after it.
# Capitals and small letters of a place name, accented ones too ("BOGOTÁ", "SÃO PAULO",
# "Québec City").
_UP = CAPITALS
_LOW = SMALL_LETTERS
# (a country of three words: "DUBAI, United Arab Emirates, Nov 2 (Reuters) - ")
_DATELINE_STATE = (
    rf"(?:,\s+(?:[{_UP}][{_LOW}]+\.?(?:\s+[{_UP}][{_LOW}]+\.?){{0,2}}|(?:[{_UP}]\.){{2,}}))?"
)
# (the month first, "Dec. 3, 2026", or the day first, "3 December 2026", "3 Dic.")
_DATELINE_DATE = (
    r"(?:,?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?"
    r"|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?))?"
)
# "(AP)", "(Reuters)", a press-release wire between slashes: "/PRNewswire/"
# ("BERLIN (dpa) - ": an agency in lower case)
# (a United Nations release's date in brackets: "GENEVA (3 December 2026) – ")
_DATELINE_AGENCY = (
    r"(?:\([A-Z][\w&.' -]{0,30}\)|\([a-z]{2,5}\)|/[A-Z][\w&.' -]{0,30}/"
    r"|\(\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}\))"
)
# The dash with a space after it, or before it only ("ATLANTA (AP) —Gov. Roe said"),
# a full stop before it ("Brussels, 3 Dec (EFE).- "), or TASS's full stop after its
# name ("MOSCOW, December 3. /TASS/. ").
_DATELINE_DASH = rf"(?:\s*\.?(?:[—–]|--?|_)\s+|\s+(?:[—–]|--?|_)|(?<=/)\.\s+)(?=[{_UP}\"“‘'])"
# A city in capitals, one or two ("TOKYO/BEIJING (Reuters) - "), or in title case.
_CAPITALS_CITY = rf"[{_UP}][{_UP}'’.-]+(?:(?:[ ,]+|/)[{_UP}][{_UP}'’.-]+)*"
_TITLE_CITY = rf"[{_UP}][{_LOW}]+(?:\s+[{_UP}][{_LOW}]+)*"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
_DATELINE_RE = re.compile(
    # (the agency between two dashes too: "LOS ANGELES — (AP) — ")
    rf"(?:{_CAPITALS_CITY}{_DATELINE_STATE}{_DATELINE_DATE}"
    rf"(?:\.?\s*(?:(?:[—–]|--?)\s*)?{_DATELINE_AGENCY})?"
    rf"|{_TITLE_CITY}{_DATELINE_STATE}{_DATELINE_DATE}\s*{_DATELINE_AGENCY}"
    # a date and the agency with no city: "Dec 3 (Reuters) - "
    rf"|[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}(?:,\s+\d{{4}})?\s*{_DATELINE_AGENCY}"
    # a full date alone: "Dec. 7, 2026 — ", "7 December 2026 - "
    rf"|{_MONTH}\s+\d{{1,2}},\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}"
    # a live blog's time stamp: "9:42 p.m. ET — ", "21:42 GMT - ", "Updated 9:42 a.m. — "
    r"|(?:Updated\s+)?\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?"
    rf"|{_DATELINE_AGENCY}){_DATELINE_DASH}"
)
# A city in title case and its state or country with a dash and no agency: "Mexico City,
# Mexico — ", "Springfield, Ill. — " (taken only when one of them is a place the extractor
# knows: not "Smith, Jones — ").
_TITLE_DATELINE_RE = re.compile(
    rf"(?P<city>{_TITLE_CITY}),\s+"
    rf"(?P<state>[{_UP}][{_LOW}]+\.?(?:\s+[{_UP}][{_LOW}]+\.?)?|(?:[{_UP}]\.){{2,}})"
    rf"{_DATELINE_DATE}{_DATELINE_DASH}"
)
# Two forms with no spaced dash: the Wall Street Journal's "WASHINGTON—The Senate ...",
# "GENEVA, Switzerland—The WHO ..." (a city of plain capitals, no "U.S.—China"), and
# CNN's "Washington (CNN) The Senate ..." (an agency of capitals, not "(D)"), the space
# after it sometimes lost where a web page is copied: "Washington (CNN)The Senate".
_DATELINE_TIGHT_RE = re.compile(
    rf"(?:[{_UP}]{{3,}}(?:(?:[ ,]+|/)[{_UP}]{{2,}})*{_DATELINE_STATE}{_DATELINE_DATE}"
    rf"(?:\s*{_DATELINE_AGENCY})?[—–]"
    rf"|(?:{_CAPITALS_CITY}|{_TITLE_CITY})"
    rf"{_DATELINE_STATE}{_DATELINE_DATE}\s*\([A-Z]{{2,6}}\)\s*)(?=[{_UP}\"“‘'])"
)
# South Asian papers' "NEW DELHI: India's economy grew ...", "ISLAMABAD, Dec 3: ...",
# "New Delhi: ..." and ANI's "New Delhi [India], Dec 3 (ANI): ...": a place and a colon,
# taken as a dateline only on the first line (see _colon_dateline).
_COLON_DATELINE_RE = re.compile(
    rf"(?P<place>[{_UP}][{_UP}.'’-]+(?: [{_UP}][{_UP}.'’-]+){{0,2}}|{_TITLE_CITY})"
    rf"(?:\s+\[[{_UP}][{_LOW}]+(?:\s+[{_UP}][{_LOW}]+)*\])?{_DATELINE_DATE}"
    rf"(?P<agency>\s*{_DATELINE_AGENCY})?:\s+(?=[{_UP}\"“‘'])"
)
_CAPITALS_LABEL_RE = re.compile(
    rf"^[{_UP}][{_UP}.'’-]+(?: [{_UP}][{_UP}.'’-]+){{0,2}}:\s", re.MULTILINE
)
_TITLE_LABEL_RE = re.compile(rf"^[{_UP}][{_LOW}]+(?: [{_UP}][{_LOW}]+){{0,2}}:\s", re.MULTILINE)
# A byline on a line of its own: "By Jane Doe, Associated Press", "By JANE DOE and
# JOHN ROE". Neither a sentence nor a claim: it is left out of every span.
_BYLINE_RE = re.compile(
    r"[ \t]*By\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
    r"(?:(?:,\s+|\s+and\s+)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}){0,3}"
    r"(?:,\s+[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})?[ \t]*$"
)


def byline_author(body: str) -> str | None:
    """Whom a byline among the body's first lines names ("By Jane Doe" -> "Jane Doe", "By
    JANE DOE, Associated Press" -> "Jane Doe", "By Jane Doe and John Roe" -> both), or
    None. Whether that is one writer is the pipeline's question."""
    for line in body.lstrip()[:600].splitlines()[:6]:
        if not line.lstrip().startswith("By ") or _BYLINE_RE.match(line) is None:
            continue
        name = line.strip()[3:].split(",", 1)[0].strip()
        return name.title() if name.isupper() else name
    return None


_ONE_BYTE = ctypes.c_char * 1


def _blingfire_offsets(text: str) -> list[tuple[int, int]]:
    """Sentence (start, end) character offsets from blingfire.

    The library's Python wrapper maps UTF-8 byte offsets back to characters with a
    Python loop over every byte; doing the mapping with slice decoding keeps the
    whole call in C for ASCII text and nearly so otherwise.
    """
    data = text.encode("utf-8")
    n = len(data)
    if n == 0:
        return []
    lib = getattr(blingfire, "blingfire", None)
    func = getattr(lib, "TextToSentencesWithOffsets", None)
    if func is None:  # pragma: no cover - older/newer wrapper layouts
        _, offs = blingfire.text_to_sentences_and_offsets(text)
        return [(int(s), int(e)) for s, e in offs]
    # Plain byte buffers, passed by the address of one shared one-byte array type: an
    # array type sized to each text (ctypes.create_string_buffer, ctypes.c_int32 * size)
    # is a new class per call, which costs more to make than the rest of the call on a
    # short article. The offsets are C ints (32 bits), read back through a memoryview.
    out = bytearray(n * 2)
    starts = bytearray(n * 2 * 4)
    ends = bytearray(n * 2 * 4)
    out_len = func(
        ctypes.c_char_p(data),
        ctypes.c_int(n),
        ctypes.byref(_ONE_BYTE.from_buffer(out)),
        ctypes.byref(_ONE_BYTE.from_buffer(starts)),
        ctypes.byref(_ONE_BYTE.from_buffer(ends)),
        ctypes.c_int(n * 2),
    )
    if out_len <= 0 or out_len > n * 2:
        return [(0, len(text))]
    text_end = out.find(0)  # (the sentences as text, NUL-terminated)
    count = out.count(b"\n", 0, text_end if text_end >= 0 else len(out)) + 1
    byte_starts = memoryview(starts).cast("i")[:count].tolist()
    # blingfire's end offsets are inclusive: the last byte of the last character.
    byte_ends = memoryview(ends).cast("i")[:count].tolist()
    if len(data) == len(text):  # ASCII: bytes and characters coincide
        return [(s, e + 1) for s, e in zip(byte_starts, byte_ends, strict=True)]
    result: list[tuple[int, int]] = []
    pos_b = 0
    pos_c = 0

    def to_char(b: int) -> int:
        nonlocal pos_b, pos_c
        pos_c += len(data[pos_b:b].decode("utf-8", errors="ignore"))
        pos_b = b
        return pos_c

    for s, e in zip(byte_starts, byte_ends, strict=True):
        cs = to_char(s)
        ce = to_char(e + 1)
        result.append((cs, ce))
    return result


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _should_merge(prev: str, nxt: str) -> bool:
    """True when the boundary between ``prev`` and ``nxt`` is a false split."""
    head = nxt.lstrip(_OPENERS)
    if not head:
        return False
    c = head[0]
    # A sentence does not start in lower case: '"Are you sure?" he asked.',
    # "at 5 p.m. yesterday", "Wait... what".
    if c.islower():
        return True
    if not prev.endswith("."):
        return False
    last = prev.rsplit(None, 1)[-1].lstrip(_OPENERS)
    low = last[:-1].lower()
    if low in _TITLES:
        return True
    word = head.split(None, 1)[0].rstrip(",.;:!?\"'”’").lower()
    if low in _MONTHS:
        return c.isdigit()
    if len(low) == 1 and last[0].isupper():
        # An initial ("J. K. Rowling"); "plan B." ending a sentence is rarer.
        return c.isupper() and word not in _SENTENCE_STARTERS
    if _DOTTED_ABBREV_RE.match(last):
        # "U.S. Senate" continues; "in the U.S. He said" does not.
        return word not in _SENTENCE_STARTERS
    return False


def _split_block(body: str, raw: list[tuple[int, int]], accented: bool) -> list[tuple[int, int]]:
    """Fixed-up sentences of one line block from blingfire's spans clipped to it
    (``accented``: whether the body has an accented capital anywhere)."""
    spans: list[tuple[int, int]] = []
    for s0, e0 in raw:
        s, e = _strip_span(body, s0, e0)
        if s >= e:
            continue
        # Missed splits before a title ("... year. Dr. Smith agreed.") and before an
        # accented capital ("... rose. Ángela Ruiz said so.").
        sub_start = s
        text = body[s:e]
        cuts: list[re.Match[str]] = []
        if any(t in text for t in _TITLE_HINTS):
            cuts.extend(_MISSED_SPLIT_RE.finditer(body, s, e))
        if accented and _ACCENTED_CAPITAL_RE.search(text):
            cuts.extend(_MISSED_ACCENTED_SPLIT_RE.finditer(body, s, e))
            cuts.sort(key=lambda m: m.start())
        for m in cuts:
            spans.append((sub_start, m.start()))
            sub_start = m.end()
        spans.append((sub_start, e))
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and _should_merge(body[merged[-1][0] : merged[-1][1]], body[s:e]):
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def _colon_dateline(colon: re.Match[str], body: str, end: int) -> bool:
    """Whether a first line's "Place: ..." (``_COLON_DATELINE_RE``) is a dateline: always
    with a news agency ("(ANI):"); else the place must be one the extractor knows and no
    other line may open with a label of its case (a transcript: "CHINA: We oppose ..." |
    "FRANCE: ..."); a place in title case also needs the line to end as a sentence does,
    which a headline does not ("Ukraine: Russia Fires 40 Missiles")."""
    if colon.group("agency"):
        return True
    place = colon.group("place")
    if not is_place(place.title()):
        return False
    if place[1:2].isupper():
        return len(_CAPITALS_LABEL_RE.findall(body, 0, 20_000)) <= 1  # (0: "ROME, Dec 3:")
    return body[end - 1] in ".!?\"”’'" and len(_TITLE_LABEL_RE.findall(body, 0, 20_000)) <= 1


def _blocks(body: str) -> list[tuple[int, int, int]]:
    """Line blocks as (start, end, paragraph index).

    Each line is its own block (a bullet item, a heading, a paragraph) unless it
    is a hard wrap: the line has no closing punctuation and the next starts in
    lower case. Paragraph numbers advance at every hard line break.
    """
    blocks: list[tuple[int, int, int]] = []
    paragraph = -1
    prev_end = 0
    for m in _LINE_RE.finditer(body):
        s, e = m.start(), m.end()
        line = m.group()
        bullet = _BULLET_RE.match(line)
        if bullet is not None:
            s += bullet.end()
        elif line[:1].isupper() or line[:1] == "(" or line[:1].isdigit():
            if line.startswith("By ") and _BYLINE_RE.match(line):
                continue
            dateline = _DATELINE_RE.match(body, s, e) or _DATELINE_TIGHT_RE.match(body, s, e)
            if dateline is None and line[1:2].islower():
                titled = _TITLE_DATELINE_RE.match(body, s, e)
                if titled is not None and (
                    is_place(titled.group("city")) or is_place(titled.group("state").rstrip("."))
                ):
                    dateline = titled
            if dateline is None and not blocks and ":" in line:
                colon = _COLON_DATELINE_RE.match(body, s, e)
                if colon is not None and _colon_dateline(colon, body, e):
                    dateline = colon
            if dateline is not None:
                s = dateline.end()
        s, e = _strip_span(body, s, e)
        if s >= e:
            continue
        if (
            blocks
            and bullet is None
            and not _BLANK_GAP_RE.search(body, prev_end, s)
            and body[s].islower()
            and not _TERMINAL_RE.search(body, blocks[-1][0], blocks[-1][1])
        ):
            # Hard-wrapped continuation of the previous line.
            blocks[-1] = (blocks[-1][0], e, blocks[-1][2])
        else:
            paragraph += 1
            blocks.append((s, e, paragraph))
        prev_end = e
    return blocks


# The dashes that open a credit line ("- Jane Roe."; filters.py and attribute.py read them)
DASHES = frozenset(["-", "–", "—"])


def segment(body: str) -> list[Sentence]:
    """Split ``body`` into sentences with character offsets and paragraph numbers."""
    # One blingfire call for the whole body (a call per line costs more than the
    # splitting itself); its sentences are then clipped to the line blocks, so a
    # line break is always a boundary.
    raw = _blingfire_offsets(body)
    sentences: list[Sentence] = []
    j = 0
    blocks = _blocks(body)
    labels = speaker_labels(body, blocks) if ":" in body else {}
    accented = not body.isascii() and _ACCENTED_CAPITAL_RE.search(body) is not None
    for b, (b_start, b_end, paragraph) in enumerate(blocks):
        speaker = None
        if b in labels:
            b_start, speaker = labels[b]
        while j < len(raw) and raw[j][1] <= b_start:
            j += 1
        clipped: list[tuple[int, int]] = []
        k = j
        while k < len(raw) and raw[k][0] < b_end:
            clipped.append((max(raw[k][0], b_start), min(raw[k][1], b_end)))
            k += 1
        marker = body[body.rfind("\n", 0, b_start) + 1 : b_start].strip()
        dashed = marker in DASHES
        for s, e in _split_block(body, clipped, accented):
            sentences.append(Sentence(s, e, body[s:e], paragraph, len(sentences), speaker, dashed))
            dashed = False
    return sentences
