"""Hostile shapes beside the runs of capitalised words test_attribute_openers.py feeds:
one word thousands of characters long, and a subject and its verb repeated thousands of
times. Before they were bounded they took seconds each (11 s for "Roe added " and a
15,000-character word; benchmarks/extraction.py --hostile times them) and the long word
came out as the speaker; now no speaker is invented and the spans stay the text's own."""

from __future__ import annotations

import pytest

from claims.extraction.pipeline import analyse
from claims.extraction.speech import _MAX_SUBJECT_MATCHES, _SUBJECT_VERB_RE, _main_clause_first
from tests.claims.extraction.claimants import OUTLET, last

_WORD = "Abc" * 3000  # one word of 9,000 characters


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_WORD + " said the levy would pass.", OUTLET),
        ('"The levy will pass," said ' + _WORD + ".", OUTLET),
        # Roe is a subject with a reporting verb; the run after it is no name
        ("Roe added " + _WORD + ", said x.", "Roe"),
        ("Roe asked on " + _WORD + ", said x.", "Roe"),
        ("Roe said " + "A." * 3000 + " that 3 is 4.", "Roe"),
        ("Roe said " + "Ab-" * 3000 + " that 3 is 4.", "Roe"),
    ],
)
def test_an_overlong_word_names_no_speaker(text: str, expected: str) -> None:
    assert last(text) == expected


def test_an_overlong_word_keeps_the_candidates_text_and_span() -> None:
    body = "The levy, " + _WORD + ", rose 40 percent in 2020, the clerk said."
    (sentence,) = analyse(body, outlet=OUTLET)
    assert body[sentence.span_start : sentence.span_end] == sentence.text == body
    assert _WORD in sentence.text  # lower-cased for the name patterns only


@pytest.mark.parametrize("text", ["Roe barked " * 3000 + "“x.”", "Roe went on " * 3000 + "."])
def test_a_subject_and_verb_repeated_names_no_one_beyond_the_first_matches(text: str) -> None:
    # Only the first matches are examined: the rest cannot make the search quadratic.
    assert len(list(_main_clause_first(_SUBJECT_VERB_RE, text, 0))) == _MAX_SUBJECT_MATCHES
    # the one "Roe barked" beside the quotation is beyond them: garbage in, the outlet's
    assert last(text) == OUTLET
