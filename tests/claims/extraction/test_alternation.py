"""Alternations regrouped by first letter match exactly what the plain alternation matches."""

from __future__ import annotations

import random
import re

import pytest

from claims.extraction.alternation import (
    by_first_letter,
    first_letters,
    longest_first,
    split_alternatives,
)
from claims.extraction.lexicon import _PROGRESSIVE_VERBS, _SPEECH_VERBS


def test_split_keeps_groups_classes_and_escapes_whole() -> None:
    assert split_alternatives(r"ab|(?:c|d)e|[|x]y|\|z|f(?=g|h)") == [
        "ab",
        "(?:c|d)e",
        "[|x]y",
        r"\|z",
        "f(?=g|h)",
    ]


def test_split_refuses_unbalanced_patterns() -> None:
    with pytest.raises(ValueError):
        split_alternatives("a(b|c")
    with pytest.raises(ValueError):
        split_alternatives("a)b")


@pytest.mark.parametrize(
    ("branch", "letters"),
    [
        ("said", {"s"}),
        (r"(?:shot|hits)\s+back", {"s", "h"}),
        (r"(?P<v>wrote|writes)", {"w"}),
        ("s?aid", None),  # an optional first letter
        ("(?:on)?day", None),  # an optional group
        (r"[a-z]{3,}ly", None),  # a class
        (r"(?!only\b)[a-z]+ly", None),  # a lookahead first
        ("Monday", None),  # a capital letter
        (r"\d+ days", None),
    ],
)
def test_first_letters(branch: str, letters: set[str] | None) -> None:
    found = first_letters(branch)
    assert (found is None) if letters is None else found == letters


# Lists of the shapes the lexicons hold: prefixes of one another, lookaheads, groups
# with several first letters, branches that start with a class or an optional part.
_INVENTED_LISTS = [
    "say|says|said|sayings",
    r"put\s+it(?=\s*[,:;.]|\s*$)|puts|pushed\s+back\s+(?:on|against)|push",
    r"(?:shot|hits)\s+back|hits|shouted|h(?=x)|(?:on\s+)?(?:Monday|Friday)|\d+\s+days\s+ago",
    r"(?!(?:only|early)\b)[a-z]{3,}ly|openly|early|o|on|one",
    r"charged(?=\s+that\b)|charges|chided|(?:sees|views)(?=\s[^.,]{1,20}?\sas\s)|seen",
]


def _random_texts(words: list[str], n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    pieces = [*words, "that", "as", "it", ",", ".", "7", "on", "Monday", "Only", "SAID"]
    return [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(n)]


def _spans(rx: re.Pattern[str], texts: list[str]) -> list[list[tuple[int, int, str]]]:
    return [[(m.start(), m.end(), m.group()) for m in rx.finditer(t)] for t in texts]


@pytest.mark.parametrize("alternation", _INVENTED_LISTS)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_grouped_list_matches_as_the_plain_list(alternation: str, flags: int) -> None:
    words = re.findall(r"[A-Za-z]+", alternation)
    texts = _random_texts(words, 400, seed=len(alternation) + flags)
    for wrap in (r"\b(?:{})\b", r"(?:{})", r"Roe\s+(?:{})(?P<tail>\s+\w+)?"):
        plain = re.compile(wrap.format(alternation), flags)
        grouped = re.compile(wrap.format(by_first_letter(alternation)), flags)
        assert _spans(grouped, texts) == _spans(plain, texts)


@pytest.mark.parametrize("alternation", [_SPEECH_VERBS, _PROGRESSIVE_VERBS])
def test_the_shipped_verb_lists_match_as_before(alternation: str) -> None:
    words = re.findall(r"[a-z]+", alternation)
    texts = _random_texts(words, 300, seed=7)
    plain = re.compile(rf"\b(?:{alternation})\b")
    grouped = re.compile(rf"\b(?:{by_first_letter(alternation)})\b")
    assert _spans(grouped, texts) == _spans(plain, texts)
    # every branch has a plain first letter: no catch-all group is needed
    assert all(first_letters(b) is not None for b in split_alternatives(alternation))


# Lists with capitals, grouped with `cased` for a case-sensitive pattern.
_CASED_LISTS = [
    "Democrats|critics|Republicans|donors|Dems|Roe\\s+aides|rivals",
    r"(?:Sen|sen)\.\s+Roe|Senators|senators|(?:Ada|ada)\s+Roe|S?aid|Ada",
]


@pytest.mark.parametrize("alternation", _CASED_LISTS)
def test_a_cased_grouping_matches_as_the_plain_list_case_sensitively(alternation: str) -> None:
    words = re.findall(r"[A-Za-z]+", alternation)
    texts = _random_texts([*words, "DEMOCRATS", "democrats", "Critics"], 600, seed=3)
    grouped_pattern = by_first_letter(alternation, cased=True)
    for wrap in (r"\b(?:{})\b", r"(?:{})", r"Roe\s+(?:{})(?P<tail>\s+\w+)?"):
        plain = re.compile(wrap.format(alternation))
        grouped = re.compile(wrap.format(grouped_pattern))
        assert _spans(grouped, texts) == _spans(plain, texts)


def test_a_cased_grouping_gives_capitals_their_own_groups() -> None:
    assert by_first_letter("Democrats|critics|Republicans", cased=True) == (
        "(?:D(?:emocrats)|R(?:epublicans)|c(?:ritics))"
    )
    # without `cased`, a capital's branch goes behind a lookahead into every group
    assert (
        by_first_letter("Democrats|critics")
        == "(?:(?=c)(?:Democrats|critics)|(?![c])(?:Democrats))"
    )


def test_a_group_whose_branches_open_with_its_letter_opens_with_the_letter() -> None:
    assert by_first_letter("said|says|told") == "(?:s(?:aid|ays)|t(?:old))"
    assert by_first_letter(r"(?:shot|fired)\s+back|sighed") == (
        r"(?:f(?:(?:ired)\s+back)|s(?:(?:hot)\s+back|ighed))"
    )
    # an optional first letter: the group keeps its lookahead
    assert by_first_letter("s?aid|said").startswith("(?:(?=s)(?:")


def test_longest_first_puts_a_longer_word_before_the_word_it_begins_with() -> None:
    alternation = longest_first(["commission", "commissioner", "union"])
    assert alternation.split("|")[0] == "commissioner"
    found = re.match(rf"(?:{alternation})", "commissioner")
    assert found is not None and found.group() == "commissioner"
