"""A person named before a colon speaks the sentence ("Martin Cole: ..."), unless the
label is a dateline, a newsroom rubric or a place; a transcript's labels are read earlier
(speakers.py)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .gender import name_gender
from .lexicon import _INVERTED_VERBS, _LEADING_FUNCTION_WORDS, _NOT_SUBJECTS
from .names import _NAME_PHRASE, NameBook
from .speakers import is_rubric

# A headline or lead-in that names its speaker before a colon: "Martin Cole: Don't Trust
# the New Scanners.", 'Okonjo: "The levy is unfair."'.
_LABEL_RE = re.compile(rf"(?P<label>{_NAME_PHRASE}):\s+(?P<quote>[\"“‘']|''|``)?(?=\S)")
# Two people under one label: "Mark Blumenthal and Jon Cohen: “...”".
_PAIR_LABEL_RE = re.compile(
    rf"(?P<first>{_NAME_PHRASE})\s+and\s+(?P<second>{_NAME_PHRASE}):\s+(?=\S)"
)
# A title's speaker and whom or what the words are about: "Roe to Farmers: Levy Will
# Pass", "Roe on the Levy: ‘It Will Pass’", "Former Mayor Roe at Rally: ...".
_TITLE_ABOUT_RE = re.compile(
    rf"(?P<label>{_NAME_PHRASE})\s+(?:to|on|at|To|On|At)\s+[^:;\"“”]{{1,80}}:\s+(?=\S)"
)


# A title that names the evidence or the medium it reports before a colon: "Poll: Roe
# Leads in Dover", "IG report: State was inaccurate", "NY Post: ...", "AP: ...". Its
# findings are the source's, not the outlet's.
# (In a title only: "POLL:" and "REPORT:" are rubrics where a transcript's turns are read.)
_EVIDENCE_LABELS = "poll|report|survey|study|audit|memo|documents|emails|records"
_SOURCE_LABEL_RE = re.compile(
    rf"(?P<label>(?:[A-Z][\w.'’&/-]*\s+){{0,3}}(?:(?i:{_EVIDENCE_LABELS})|[A-Z][\w.'’&/-]*)"
    r"(?:\s+[A-Z][\w.'’&/-]*){0,3}):\s+(?=\S)"
)
_EVIDENCE_LABEL_WORDS = frozenset(_EVIDENCE_LABELS.split("|"))
# Words that make a label a news medium ("NY Daily News", "Wash Post Fact-Check").
_MEDIUM_WORDS = frozenset(
    [
        *("Post", "Times", "News", "Journal", "Tribune", "Herald", "Globe", "Gazette"),
        *("Examiner", "Magazine", "Press", "Review", "Reuters", "AP", "CNN", "NBC", "ABC"),
        *("CBS", "MSNBC", "NPR", "BBC", "WSJ", "Politico", "Axios", "Bloomberg", "Fox"),
    ]
)
# A title with a role before a name: "OK Gov Fallin:", "Former AG Mukasey:".
_LABEL_TITLES = frozenset(
    ["Gov", "Sen", "Rep", "AG", "Mayor", "Gen", "Dr", "Speaker", "Judge", "Sec", "Secretary"]
)


def _title_source(text: str, named_later: Callable[[], dict[str, str]]) -> str | None:
    """The poll, report, news medium or titled person an article's title names before a
    colon ("Poll: ...", "NY Post: ...", "OK Gov Fallin: ..."), else None."""
    m = _SOURCE_LABEL_RE.match(text)
    if m is None:
        return None
    label = m.group("label")
    tokens = label.split()
    if (
        tokens[0] in _NOT_SUBJECTS
        or tokens[0] in _LEADING_FUNCTION_WORDS
        # a column's name ("Dover's Business Report: ..."), not a source
        or any(t.endswith(("'s", "’s")) for t in tokens)
    ):
        return None
    words = [t.rstrip(".") for t in tokens]
    if tokens[-1].lower() in _EVIDENCE_LABEL_WORDS:
        return label
    if not _MEDIUM_WORDS.isdisjoint(words) or not _MEDIUM_WORDS.isdisjoint(
        w for t in words for w in t.split("-")
    ):
        return label
    titled = next((i for i, w in enumerate(words[:-1]) if w in _LABEL_TITLES), None)
    if titled is not None and words[titled + 1][:1].isupper():
        return named_later().get(words[-1].lower(), label)
    return None


def label_speaker(
    text: str,
    book: NameBook,
    shown_speaking: Callable[[], frozenset[str]],
    named_later: Callable[[], dict[str, str]] | None = None,
) -> str | None:
    """The person a sentence names before a colon: a name whose given name or title
    shows a person ("Martin Cole:", "Dr. Helen Marsh:"), or a name the article shows
    speaking elsewhere ("Varga: Okonjo should have called me." in an article where
    "Varga said"; 'Okonjo: "..."' after "Peter Okonjo"). Never a dateline
    ("NEW DELHI:"), a rubric ("Analysis:", "Morning Email:") or a place ("New
    Hampshire:"). In an article's title (`named_later` given), a single word also
    speaks when the article names a person with it in full ("Lynch: ..." before
    "Loretta Lynch said")."""
    pair = _PAIR_LABEL_RE.match(text)
    if pair is not None and all(
        len(pair.group(k).split()) > 1 and name_gender(pair.group(k)) is not None
        for k in ("first", "second")
    ):
        return f"{pair.group('first')} and {pair.group('second')}"
    m = _LABEL_RE.match(text)
    if m is None and named_later is not None:
        about = _TITLE_ABOUT_RE.match(text)
        if about is not None:
            name = _title_person(about.group("label"), named_later)
            if name is not None:
                return name
    if named_later is not None:
        source = _title_source(text, named_later)
        if source is not None:
            return source
    if m is None:
        return None
    label = m.group("label")
    if label.isupper() or is_rubric(label):
        return None
    tokens = label.split()
    if len(tokens) > 1 and tokens[0] in _INVERTED_VERBS:
        label, tokens = " ".join(tokens[1:]), tokens[1:]  # "Continued Stone: “...”"
    if len(tokens) > 4 or tokens[0] in _NOT_SUBJECTS or tokens[0] in _LEADING_FUNCTION_WORDS:
        return None
    if len(tokens) > 1 and name_gender(label) is not None:
        return label
    if len(tokens) == 1 and m.group("quote") is not None and label.lower() in book.by_surname:
        return label
    if len(tokens) == 1 and named_later is not None and label.lower() in named_later():
        # A title's label ("Lynch: No Outside Influence ...") is the surname or the given
        # name of a person the article names in full further down: that full name.
        return named_later()[label.lower()]
    return label if tokens[-1].rstrip(".").lower() in shown_speaking() else None


def _title_person(label: str, named_later: Callable[[], dict[str, str]]) -> str | None:
    """The person a title's label names: a full name with a known given name, or one word
    the article names a person with in full ("Lynch" before "Loretta Lynch said")."""
    tokens = label.split()
    if tokens[0] in _NOT_SUBJECTS or tokens[0] in _LEADING_FUNCTION_WORDS or is_rubric(label):
        return None
    if len(tokens) > 1 and name_gender(label) is not None:
        return label
    return named_later().get(tokens[-1].lower())


_ELSEWHERE_VERBS = "said|says|told|tells|wrote|writes|added|argued|tweeted|stated"
_ELSEWHERE_VERB_RE = re.compile(rf"\b(?:{_ELSEWHERE_VERBS})\b")
_NAME_BEFORE_RE = re.compile(r"([A-Z][\w'’-]*?)(?:['’]s)?,?\s+(?:[a-z]+\s+){0,2}$")
_NAME_AFTER_RE = re.compile(r"\s+((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)")


def shown_speaking(text: str) -> frozenset[str]:
    """Lower-cased words the text shows speaking ("Varga said", "said Sen. Leo Varga"),
    found in one pass over its reporting verbs: a label before a colon is a speaker if
    its name is among them."""
    found: set[str] = set()
    for verb in _ELSEWHERE_VERB_RE.finditer(text):
        before = _NAME_BEFORE_RE.search(text, max(0, verb.start() - 60), verb.start())
        after = _NAME_AFTER_RE.match(text, verb.end(), verb.end() + 80)
        for m in (before, after):
            if m is not None:
                found.update(w.rstrip(".").lower() for w in m.group(1).split())
    return frozenset(found)
