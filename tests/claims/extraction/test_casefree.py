"""CaseFree: a lower-case pattern searched in lower-cased text finds what the same
pattern with re.IGNORECASE finds."""

from __future__ import annotations

import random
import re
import sys

import pytest

from claims.extraction import classify, filters
from claims.extraction.casefree import FOLDING, CaseFree


def test_folding_lists_every_character_ignorecase_equates_with_an_ascii_letter() -> None:
    letter = re.compile("[a-z]", re.IGNORECASE)
    found = [chr(cp) for cp in range(0x80, sys.maxunicode + 1) if letter.fullmatch(chr(cp))]
    assert sorted(found) == sorted(FOLDING)


def test_a_pattern_with_a_capital_letter_is_refused() -> None:
    with pytest.raises(ValueError, match="lower case"):
        CaseFree(r"\bSaid\b")
    CaseFree(r"\W+said\S*\b")  # escapes are no letters


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CLICK HERE to subscribe", True),
        ("Click Here", True),
        ("ſubſcribe now for more", True),  # long s: IGNORECASE reads "subscribe"
        ("İT'S over", False),
        ("The governor said the plan was sound.", False),
        ("Photo: Ada Roe", True),
        ("REUTERS/Ada Roe", True),
        ("reuters/ 4", False),
    ],
)
def test_boilerplate_reads_any_case(text: str, expected: bool) -> None:
    assert filters._BOILERPLATE.found(text) is expected


_PATTERNS = [filters._BOILERPLATE, filters._VERB, classify._NUMBER_WORD, classify._COMPARED]
_PATTERNS.append(classify._PREDICTION)


@pytest.mark.parametrize("pattern", _PATTERNS, ids=lambda p: p.pattern.split()[0][:30])
def test_found_agrees_with_the_ignorecase_pattern(pattern: CaseFree) -> None:
    exact = re.compile(pattern.pattern, pattern.flags)
    words = re.findall(r"[a-z]{2,}", pattern.pattern)
    pieces = [*words, "said", "2024", "12", ":", "(", ")", "©", "/", "’", "—", *FOLDING, "É"]
    rng = random.Random(7)
    hits = 0
    for _ in range(8000):  # (enough texts that each pattern is reached more than 10 times)
        parts = [rng.choice(pieces) for _ in range(rng.randint(1, 10))]
        text = "".join(
            (p.upper() if rng.random() < 0.3 else p)
            + rng.choice([" ", " ", " ", " ", "", ". ", ": "])
            for p in parts
        )
        expected = exact.search(text) is not None
        hits += expected
        assert pattern.found(text) is expected, text
    assert hits > 10  # the texts reach the pattern, not only its misses
