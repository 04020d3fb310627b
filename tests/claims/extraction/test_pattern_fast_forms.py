"""Patterns rewritten for speed (the first letter first, a word taken whole, an alternation
grouped by its first letters ...) find exactly what their plain forms find, with the same
groups: checked on random texts built from the pieces each pattern turns on."""

from __future__ import annotations

import random
import re

import pytest

from claims.extraction import attribute, features, groups, names, pronouns, quotes, speech
from claims.extraction.alternation import longest_first


def _undone(pattern: str, *rewrites: tuple[str, str]) -> str:
    """`pattern` with each rewrite for speed undone (each must be there)."""
    for fast, plain in rewrites:
        assert fast in pattern, fast
        pattern = pattern.replace(fast, plain)
    return pattern


_SUBJECT_VERB_PLAIN = _undone(
    speech._SUBJECT_VERB_RE.pattern,
    (names._WORD_END_NAME_PHRASE, names._NAME_PHRASE),
    ("""{1,240}?(?=[,\\"“'])(?:""", """{1,240}?(?:"""),
    ("[a-z][\\w-]*+", "[a-z][\\w-]*"),
)

_GROUP_CORE_PLAIN = _undone(
    groups._GROUP_CORE_RE.pattern, (groups._GROUP_NOUNS_RX, f"(?:{groups.GROUP_NOUNS})")
)

_PLURAL_SUBJECT_PLAIN = _undone(
    groups._PLURAL_SUBJECT_RE.pattern,
    (f"(?i:{groups._PRE_HEAD_STOP_RX})", f"(?i:{groups._PRE_HEAD_STOP})"),
)

# The score's features, as first written: a word's boundary before it, its letters.
_ENTITY_PLAIN = r"(?<=[\w,;:)\]\"”’%-] )(?!I\b|I'|I’)[A-Z][A-Za-z'’.-]*[a-z]"
_ABOUT_OTHER_PLAIN = _undone(
    features._ABOUT_OTHER_RE.pattern,
    (
        r"[A-Zhst](?<!\w.)(?:(?<=[Hh])e|(?<=[Ss])he|(?<=[Tt])hey|(?<=[A-Z])[a-z]++)",
        r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[A-Z][a-z]+)",
    ),
)
_FEATURE_PIECES = [
    *("I", "I'm", "I’d", "Iowa", "Ice", "He", "he", "She", "shed", "They", "the", "Hence"),
    *("Ada", "ROE", "said", "says", "was", "not", "voted", "never", "has", "O'Neil", "x"),
    *("_", "é", "É", "1", "2024", ",", ";", ":", ")", "]", '"', "”", "’", "%", "-", "."),
]

_CASES = {
    "entity": (features._ENTITY_RE, _ENTITY_PLAIN, _FEATURE_PIECES),
    "about_other": (features._ABOUT_OTHER_RE, _ABOUT_OTHER_PLAIN, _FEATURE_PIECES),
    "plural_subject": (
        groups._PLURAL_SUBJECT_RE,
        _PLURAL_SUBJECT_PLAIN,
        [
            *("Many", "Some", "voters", "Voters", "protesters", "officials", "in", "Dover"),
            *("who", "said", "say", "told", "believe", "also", "privately", "THE", "To"),
            *("For", "with", "Nine", "in", "10", "percent", "of", "them", "It's", "it’s"),
            *("local", "farm", "Farm", "workers", "men", "people", ",", "."),
        ],
    ),
    "group_core": (
        groups._GROUP_CORE_RE,
        _GROUP_CORE_PLAIN,
        [
            *("Democrats", "Republicans", "democrats", "critics", "aides", "officials"),
            *("people", "familiar", "with", "the", "matter", "said", "told", "say", "also"),
            *("who", "spoke", "on", "condition", "of", "anonymity", "estimated", "wrote"),
            *("added", "that", ",", ".", '"', "Two", "Senior", "D", "R", "xDemocrats"),
        ],
    ),
    "subject_verb": (
        speech._SUBJECT_VERB_RE,
        _SUBJECT_VERB_PLAIN,
        [
            *("Ada", "Roe", "U.S.", "Roe's", "Roe’s", "O'Neil", "von", "der", "Leyen"),
            *("Sen.", "J.", "Jr.", "Roe-Hale", "Acme", "of", "the", "the", "Tarn"),
            *("said", "says", "told", "warned", "is", "was", "also", "has", "ly"),
            *("a", "spokeswoman", "campaign", "he", "she", "Monday", "1,200", "(R-Ohio)"),
            *(",", ",", ".", "'", "''", '"', "“", "”", "—", "-", ";", "(", ")", "2024"),
        ],
    ),
    "quote_chars": (
        quotes.QUOTE_CHARS_RE,
        r"[\"“”]|''|``",
        ["'", "''", "`", "``", '"', "“", "”", "a", "’", " "],
    ),
    "union_unit": (
        attribute._UNIT_WORD_RE,
        r"\b(?:Local|Council|District|Lodge|Region) \d",
        ["Local", "Council", "District", "Lodge", "Region", "xLocal", "_", "1", "a", "\n"],
    ),
    "gender_hint": (
        pronouns._GENDER_ROLE_HINT_RE,
        rf"\b(?:{longest_first(pronouns._ROLE_GENDERS)})\b",
        [*sorted(pronouns._ROLE_GENDERS)[:40], "s", "x", "-", "_"],
    ),
}


# Sentences each rewrite of the subject-verb pattern turns on: an apposition ending at a
# title's typewriter or curly quotation mark, a possessive after a name, a name with
# dots and hyphens, a figure with a comma in an apposition.
_WRITTEN = [
    "Ada Roe, host of ''Meet the Press,'' said the vote was close.",
    "Ada Roe, host of “Meet the Press,” said the vote was close.",
    "Ada Roe, whose show ''Tarn Today'' ended, said so.",
    "Roe's campaign said it would appeal.",
    "Roe’s campaign manager, Jo Hale, said it would appeal.",
    "The U.S.-led coalition said the strikes hit the depot.",
    "U.S. envoy Jo Roe-Hale said the talks would resume.",
    "Ada Roe, who hired 1,200 workers, said the plant would stay.",
    "O'Neil told reporters the plan was dead.",
]


def _texts(pieces: list[str], seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return _WRITTEN + [
        "".join(
            rng.choice(pieces) + rng.choice([" ", " ", " ", "", ", ", ". "])
            for _ in range(rng.randint(1, 14))
        )
        for _ in range(n)
    ]


@pytest.mark.parametrize("case", sorted(_CASES))
def test_fast_form_matches_the_plain_form(case: str) -> None:
    fast, plain, pieces = _CASES[case]
    assert plain != fast.pattern
    reference = re.compile(plain)
    hits = 0
    for text in _texts(pieces, 7, 3000):
        expected = [(m.span(), m.groups()) for m in reference.finditer(text)]
        hits += bool(expected)
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == expected, text
    assert hits > 100
