"""Quotation marks in a sentence: whether it has any, which ranges lie inside a quotation,
and whether a quotation is still open where it ends (straight, curly and typewriter
marks)."""

from __future__ import annotations

import re

# Typewriter quotes: ``...'' and ''...'' (two apostrophes) as some outlets write them.
# (One class of first characters, the second mark checked after it: the engine then finds
# the next candidate by scanning for the class, where an alternation made it try each
# branch at every character; the same matches as "[\"“”]|''|``".)
QUOTE_CHARS_RE = re.compile(r"[\"“”'`](?:(?<=[\"“”])|(?<=')'|(?<=`)`)")
OPENS_WITH_QUOTE_RE = re.compile(r"[\"“]|''|``")
# A quotation's closing mark after its last punctuation: '...,"', '...?”', "...,''" (the
# place a speaker's words end and the words about the speaker begin).
# An opening mark typed where a closing one belongs ('“It is unusual,“ said Roe') closes.
# (a quotation inside it may close first: '"... \'we are citizens,\'" said Roe')
CLOSING_MARK = r"[,.?!](?:['’](?=[\"”]))?(?:[\"”]|''|“(?=\s))"
# A quotation closes where the text ends ('"We need a wall,"', "... the word ‘no.’").
CLOSES_WITH_QUOTE_RE = re.compile(r"[\"”'’]\s*$")
# British style: 'We have fixed the foundations.' (a quote in single marks, whole).
SINGLE_QUOTED_RE = re.compile(r"['‘].*['’]\W*$", re.DOTALL)
# A sentence that opens with a short term or title in quotation marks, the narration
# going on after it in lower case: '"Sons of Dover" is an adaptation of ...',
# '"Containment" has been policy since ...' (not '"We will win," she said', whose
# quotation ends on a comma, nor '"Fine" said Roe': a reporting verb after it).
OPENS_WITH_MENTION_RE = re.compile(
    r"(?:[\"“]|'')[^\"“”,.;:!?]{1,60}(?:[\"”]|'')\s+"
    r"(?!(?:said|says|say|told|added|asked|replied|wrote|tweeted|declared|insisted)\b)[a-z]"
)


_MISTYPED_CLOSE_RE = re.compile(r"[,.?!]“(?:\s|$)")
# Words after a closing mark that go on with the sentence: not a speaker ('," he said').
_GOES_ON_RE = re.compile(r"\s+(?!(?:he|she|they|it|we|I)\s)[a-z]")


# Characters that print nothing, as text copied from a web page or a post carries them:
# soft hyphens, zero-width spaces and joiners, direction marks and embeddings, the byte
# order mark. Inside a name ("Jon\u00adKreel") or before a quotation mark they hide what
# the patterns look for.
_INVISIBLE = "\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")
# Marks read as their plain forms, one for one: guillemets («...», as some international
# desks quote) as curly double marks, the hyphen and the non-breaking hyphen a word
# processor puts in a double-barrelled name ("Ocasio\u2011Brandt") as "-", the modifier
# letter apostrophe ("Brandt\u02bcs") as "’".
_ONE_FOR_ONE = {ord("«"): "“", ord("»"): "”", 0x2010: "-", 0x2011: "-", 0x02BC: "’"}
_ODD_MARKS_RE = re.compile(f"[{_INVISIBLE}«\u2010\u2011\u02bc]")
# A closing mark typed where an opening one belongs: ”Never again,” at a paragraph's
# start, 'he said ”We won.”' (a mark that closes follows a word or a stop, not a space).
# (the mark first, then what stands before it: the engine scans for the mark alone)
_MISTYPED_OPEN_RE = re.compile(r"”(?<![^\s(]”)(?=\w)")


def needs_plain_marks(text: str) -> bool:
    """Whether `plain_marks` would change ``text`` (one quick scan of a whole document)."""
    return _ODD_MARKS_RE.search(text) is not None or (
        "”" in text and _MISTYPED_OPEN_RE.search(text) is not None
    )


def plain_marks(text: str) -> str:
    """``text`` as attribution reads it: without the characters that print nothing, with
    odd marks as their plain forms, and with a closing double mark that opens a quotation
    typed as an opening one."""
    if _ODD_MARKS_RE.search(text) is not None:
        text = _INVISIBLE_RE.sub("", text).translate(_ONE_FOR_ONE)
    if "”" in text:
        text = _MISTYPED_OPEN_RE.sub("“", text)
    return text


# A ’ that can close a quotation: after a letter or a stop, before no letter or digit
# ("don’t" and "Reeves’s" go on).
_SINGLE_CLOSE_RE = re.compile(r"(?<=\S)’(?![\w])")


def closes_on_single(text: str, single_open: bool) -> tuple[bool, bool]:
    """For a sentence inside a double quotation: (whether a single closing mark ends that
    quotation, whether a single quotation is open after the sentence). A ’ after a stop or
    a comma, with no single quotation open and no mark after it, ends the double one, as
    a mistyped mark: 'Roe tweeted: “Let’s go. We can win.’ Roe was there.' A ’ that closes
    a ‘ opened before (in this sentence or an earlier one) is that quotation's."""
    if "’" not in text and "‘" not in text:
        return False, single_open  # most sentences
    events = sorted(
        [(m.start(), "open") for m in _SINGLE_OPEN_RE.finditer(text)]
        + [(m.start(), "close") for m in _SINGLE_CLOSE_RE.finditer(text)]
    )
    for at, kind in events:
        if kind == "open":
            single_open = True
        elif single_open:
            single_open = False
        elif text[at - 1 : at] in ".?!," and QUOTE_CHARS_RE.search(text, at) is None:
            return True, False
    return False, single_open


def has_quote(text: str) -> bool:
    return '"' in text or "“" in text or "”" in text or "''" in text or "``" in text


def quoted_ranges(text: str, inside: bool) -> list[tuple[int, int]]:
    """The character ranges of a sentence that lie inside a quotation."""
    spans: list[tuple[int, int]] = []
    start = 0 if inside else -1
    opener = ""  # the mark that opened the quotation, when it opened in this sentence
    nested = 0  # curly quotations opened inside a straight one
    for m in QUOTE_CHARS_RE.finditer(text):
        ch = m.group()
        opening = ch in ("“", "``") or (ch not in ("”",) and start < 0)
        if opening and start >= 0 and ch == "“" and _MISTYPED_CLOSE_RE.match(text, m.start() - 1):
            opening = False  # '“It is unusual,“ said Roe': a mistyped closing mark
        if start >= 0 and opener != "“":
            # '"Justice isn't about “Equal Justice Under Law” anymore.': a curly quotation
            # inside a straight one (or one open since an earlier sentence) is nested when
            # the sentence goes on after it; '"Trump said, “Only her.”' closes both.
            if ch == "“" and opening:
                nested += 1
                continue
            if ch == "”" and nested:
                nested -= 1
                if _GOES_ON_RE.match(text, m.end()):
                    continue
        if opening and start < 0:
            start, opener, nested = m.end(), ch, 0
        elif not opening and start >= 0:
            spans.append((start, m.start()))
            start = -1
    if start >= 0:
        spans.append((start, len(text)))
    return spans


def in_quotation(text: str, pos: int, inside: bool) -> bool:
    """Whether position ``pos`` of a sentence lies inside a quotation."""
    return (inside or has_quote(text)) and any(a <= pos < b for a, b in quoted_ranges(text, inside))


def outside_quotations(text: str, inside: bool, ranges: list[tuple[int, int]] | None = None) -> str:
    """The sentence's words outside its quotations, the parts joined by spaces
    (``ranges``: its quoted ranges, when already found)."""
    at, parts = 0, []
    for a, b in quoted_ranges(text, inside) if ranges is None else ranges:
        parts.append(text[at:a])
        at = b
    parts.append(text[at:])
    return " ".join(parts)


def quote_state(text: str, inside: bool) -> tuple[bool, bool, bool]:
    """(starts inside a quote, ends inside a quote, has a quote mark) for a sentence."""
    if not has_quote(text):
        return inside, inside, False  # most sentences: no regex scan
    ranges = quoted_ranges(text, inside)
    return inside, bool(ranges) and ranges[-1][1] == len(text), True


# British style quotes a speaker in single marks: ‘We will fix it,’ she said. A document
# that opens more quotations with ‘ than with “ or " has its single quotation marks read
# as straight double ones (one character for one, so offsets hold); an apostrophe stays
# one ("don’t", "Reeves’s", "the voters’ anger").
_SINGLE_OPEN_RE = re.compile(r"(?<![\w‘’'])‘(?=[^\s\d])")  # not "‘90s"
_DOUBLE_OPEN_RE = re.compile(r"“|(?:^|(?<=\s))\"(?=[^\s\d])")


# Straight single marks used as quotation marks (typed, or pasted from a page that quotes
# in them): 'We will fix it,' she said. An opening one follows a line's start, a space, a
# bracket or a dash and comes before a letter; two together ('') are the typewriter's
# double mark and left alone.
_STRAIGHT_OPEN_RE = re.compile(r"(?:^|(?<=[\s(\[—–-]))'(?=[A-Za-z])")


def curled_singles(texts: list[str]) -> list[str] | None:
    """The texts with straight single marks as curly ones (‘ opening, ’ elsewhere: an
    apostrophe is a ’ too), when the document quotes in them more than in double marks;
    else None. One character for one: offsets hold."""
    whole = "\n".join(texts)
    if "'" not in whole or "‘" in whole:
        return None  # most documents: no straight single mark, or curly ones already
    opening = len(_STRAIGHT_OPEN_RE.findall(whole))
    if opening < 2 or opening <= len(_DOUBLE_OPEN_RE.findall(whole)) + whole.count("''"):
        return None
    out = []
    for text in texts:
        if "'" not in text:
            out.append(text)
            continue
        chars = list(text)
        for i, ch in enumerate(chars):
            if ch != "'" or text[i - 1 : i] == "'" or text[i + 1 : i + 2] == "'":
                continue  # ('' stays)
            chars[i] = "‘" if _STRAIGHT_OPEN_RE.match(text, i) else "’"
        out.append("".join(chars))
    return out


def british_style(texts: list[str]) -> bool:
    """Whether the texts quote in single marks rather than double ones."""
    # (joined by line breaks: both patterns read a line break as they read a text's
    # start or end, so the counts are the texts' own)
    whole = "\n".join(texts)
    if "‘" not in whole:
        return False  # most documents: no scan
    return len(_SINGLE_OPEN_RE.findall(whole)) > len(_DOUBLE_OPEN_RE.findall(whole))


def single_to_double(text: str, inside: bool) -> tuple[str, bool]:
    """``text`` with its single quotation marks as straight double ones, and whether a
    quotation is still open where it ends. A ’ closes an open quotation unless a letter
    or digit follows it ("don’t") or it ends a plural before a lower-case word ("the
    voters’ anger")."""
    if "‘" not in text and "’" not in text:
        return text, inside
    chars = list(text)
    for i, ch in enumerate(chars):
        if ch == "‘" and not inside and _SINGLE_OPEN_RE.match(text, i):
            chars[i], inside = '"', True
        elif ch == "’" and inside and i > 0 and not text[i - 1].isspace():
            after = text[i + 1 : i + 3]
            if after[:1].isalnum():
                continue  # an apostrophe inside a word
            if text[i - 1] == "s" and after[:1] == " " and after[1:2].islower():
                continue  # "the voters’ anger": a plural's possessive
            chars[i], inside = '"', False
    return "".join(chars), inside
