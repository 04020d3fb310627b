"""Who speaks in a headline: "Mayor Roe Says Levy Will Pass", "Roe Calls for Audit",
"Levy Will Pass, Roe Says." A headline is written in title case, so the sentence patterns
of speech.py, which want a lower-case verb, do not see its speaker. A wire headline in
sentence case drops its articles instead: "Union chief says levy will pass", "Levy will
pass, analyst says."."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .groups import UNNAMED_NOUNS
from .lexicon import _LEADING_FUNCTION_WORDS, KIN_NOUNS
from .names import _TITLE_CASE_WORDS, clean_name, maybe_person

HEADLINE_VERBS = frozenset(
    [
        *("Says", "Said", "Tells", "Warns", "Calls", "Urges", "Vows", "Insists", "Argues"),
        *("Admits", "Predicts", "Slams", "Blasts", "Rips", "Claims", "Denies", "Defends"),
        # What a headline reports someone said or holds, in the present tense of a
        # headline: "Roe Praises ...", "Roe Compares ...", "Roe Tweets ...". Not the
        # verbs that are as often plural nouns ("Terror Attacks Highlight ...", "Hopes",
        # "Questions", "Demands").
        *("Praises", "Promises", "Compares", "Tweets", "Announces", "Accuses", "Pledges"),
        *("Touts", "Mocks", "Dismisses", "Declares", "Explains", "Threatens", "Condemns"),
        *("Criticizes", "Endorses", "Denounces", "Confirms", "Rejects", "Disavows"),
        *("Suggests", "Thinks", "Believes", "Wants", "Expects", "Proposes", "Asks"),
        *("Apologizes", "Responds", "Reveals", "Trashes", "Lashes", "Accepts", "Refuses"),
    ]
)
_VERBS = "|".join(sorted(HEADLINE_VERBS))
_NAME = r"(?:[A-Z][\w.'’&-]*\s+){0,3}[A-Z][\w.'’&-]*"
# The speaker opens the headline, or a rubric's colon: "Wow: Roe Just Said ...".
_LEADING_RE = re.compile(rf"(?:^|^[^:]{{1,20}}:\s+)(?P<subj>{_NAME})\s+(?:{_VERBS})\s+\S")
# The speaker closes it: "Levy Will Pass, Roe Says."
_TRAILING_RE = re.compile(
    # whom it was said to may follow: "..., Howard Dean Tells Democratic Convention."
    rf",[’”'\"]?\s+(?P<subj>{_NAME})\s+(?:{_VERBS})(?:\s+[A-Z][\w'’-]*){{0,4}}[.!]?$"
)
# Words a headline may leave in lower case, and the function words it capitalises
# (names.py), which tell nothing about its case.
_SMALL_WORDS = frozenset(
    ["a", "an", "the", "or", "but", "via", *(w.lower() for w in _TITLE_CASE_WORDS)]
)
_ADVERBS = frozenset(["Just", "Also", "Now", "Still", "Again", "Finally"])
_NOT_SPEAKERS = frozenset(["It", "This", "That", "What", "Who", "Why", "How", "Things"])


def is_title_case(words: Sequence[str]) -> bool:
    """Most of the sentence's words (small words aside) are capitalised."""
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if len(content) < 4:
        return False
    return sum(w[0].isupper() for w in content) >= 0.8 * len(content)


def headline_speaker(text: str, words: Sequence[str]) -> str | None:
    """The speaker of a title-case headline, or None."""
    if not is_title_case(words):
        return None
    m = _LEADING_RE.match(text) or _TRAILING_RE.search(text.strip())
    if m is None:
        return None
    tokens = m.group("subj").split()
    while tokens and tokens[-1] in _ADVERBS:
        tokens.pop()  # "Roe Just Said"
    if not tokens or tokens[-1] in _NOT_SPEAKERS or tokens[0] in _NOT_SPEAKERS:
        return None  # "What Roe Says", "Things Roe Said"
    if any(t.endswith(("'s", "’s")) for t in tokens[:-1]):
        # "Roe’s Son Says ...", not "Roe’s Final Column Explains ...": someone's person
        head = tokens[-1].lower()
        return " ".join(tokens) if head in UNNAMED_NOUNS or head in KIN_NOUNS else None
    if tokens[0] in _LEADING_FUNCTION_WORDS or tokens[0][0].isdigit():
        return None  # "If Roe Says It, It Is True", "17 Things Roe Said"
    return " ".join(tokens)


# Speakers a sentence-case headline names with no article: "Union chief says", "Roe
# campaign says", "..., former rival says", "Investment, official says, helped ...".
# (the unnamed people of groups.py, and roles, bodies and evidence a headline names bare)
_BARE_HEADS = "|".join(
    sorted(
        UNNAMED_NOUNS
        | {"candidate", "chief", "rival", "governor", "senator", "mayor", "judge", "leader"}
        | {"campaign", "study", "report", "poll", "survey", "lawsuit", "prosecutor"}
        # ("Nurses to strike in January, union says", "..., minister says")
        | {"union", "minister", "police", "watchdog", "regulator", "agency", "court"}
    )
)
_BARE_ROLE_SAYS_RE = re.compile(
    r"(?:^|,\s+|^(?:But|And|Yet)\s+)"
    rf"(?P<subj>(?:(?!(?i:{'|'.join(sorted(w.lower() for w in _LEADING_FUNCTION_WORDS))}|"
    r"his|her|their|its|our|my|your|this|that|these|those)\b)"
    # (no quotation mark closing before it: "Ann Vance’ campaign says")
    rf"[\w.&-]+\s+){{0,2}}?(?:{_BARE_HEADS}))\s+(?:says|warns|admits|predicts)\b"
)


def bare_role_speaker(text: str) -> str | None:
    """The speaker of a wire headline in sentence case, named with no article ("SEIU chief
    says ...", "..., analyst says."), or None."""
    m = _BARE_ROLE_SAYS_RE.search(text)
    if m is None:
        return None
    subj = m.group("subj")
    first = subj.split(None, 1)[0]
    if first in _LEADING_FUNCTION_WORDS or first.lower() in ("the", "a", "an"):
        return None
    return subj


# A headline that opens with the words, then who said them after a colon: "'We will not
# raise taxes': A conversation with Senator Ruth Okafor", "“We will win”: Okafor on the
# budget", "'...': Q&A with Ada Roe".
_QUOTE_THEN_WHO_RE = re.compile(
    r"[\"“‘'][^\"“”‘’]{3,200}[\"”’']\s*:\s+"
    r"(?:(?:A|An)\s+(?:conversation|interview|chat|talk)\s+with\s+|Q&A\s+with\s+)?"
    r"(?P<who>(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]*)"
    r"(?:\s+on\s+[^.;]{1,80})?\.?$"
)


def quote_then_speaker(text: str) -> str | None:
    """Who said the quotation a headline opens with, named after its colon, or None."""
    m = _QUOTE_THEN_WHO_RE.match(text)
    if m is None:
        return None
    who = clean_name(m.group("who"))
    return who if maybe_person(who) else None
