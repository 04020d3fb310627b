"""The score's patterns written for speed (the first letter first, the checks before it
after it) find exactly what their plain forms find."""

from __future__ import annotations

import random
import re

import pytest

from claims.extraction import features

# The plain forms, as first written.
_PLAIN_ENTITY = r"(?<=[\w,;:)\]\"”’%-] )(?!I\b|I'|I’)[A-Z][A-Za-z'’.-]*[a-z]"
_PLAIN_ABOUT_OTHER = features._ABOUT_OTHER_RE.pattern.replace(
    r"[A-Zhst](?<!\w.)(?:(?<=[Hh])e|(?<=[Ss])he|(?<=[Tt])hey|(?<=[A-Z])[a-z]++)",
    r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[A-Z][a-z]+)",
)
_PIECES = [
    *("I", "I'm", "I’d", "Iowa", "Ice", "He", "he", "She", "shed", "They", "the", "Hence"),
    *("Ada", "ROE", "said", "says", "was", "not", "voted", "never", "has", "O'Neil", "x"),
    *("_", "é", "É", "1", "2024", ",", ";", ":", ")", "]", '"', "”", "’", "%", "-", "."),
]


def _texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(
            rng.choice(_PIECES) + rng.choice([" ", " ", " ", "", ", ", ". "])
            for _ in range(rng.randint(1, 12))
        )
        for _ in range(n)
    ]


@pytest.mark.parametrize(
    ("fast", "plain"),
    [(features._ENTITY_RE, _PLAIN_ENTITY), (features._ABOUT_OTHER_RE, _PLAIN_ABOUT_OTHER)],
    ids=["entity", "about_other"],
)
def test_fast_form_matches_the_plain_form(fast: re.Pattern[str], plain: str) -> None:
    assert plain != fast.pattern
    reference = re.compile(plain)
    hits = 0
    for text in _texts(11, 4000):
        expected = [m.span() for m in reference.finditer(text)]
        hits += bool(expected)
        assert [m.span() for m in fast.finditer(text)] == expected, text
    assert hits > 100


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        ("Then Iowa voted, and I said so.", ["Iowa"]),
        ("He met Ada Roe, then I'm told Ed left.", ["Ada", "Roe", "Ed"]),
        ("Ada left.", []),  # the first word is no entity
    ],
)
def test_entities(text: str, entities: list[str]) -> None:
    assert features._ENTITY_RE.findall(text) == entities
