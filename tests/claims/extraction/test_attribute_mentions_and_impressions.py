"""A sentence that opens with a term or a title in quotation marks, its narration going
on in lower case, quotes no one ('"Sons of Dover" is an adaptation of ...'), and the
writer's impression of what someone holds is the writer's ("It doesn't sound like Pike
knows ..."). Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import OUTLET, claimants

_OPENING = '"The levy is unfair," said Ada Pike, one of the stars of the play.\n\n'


@pytest.mark.parametrize(
    "sentence",
    [
        '"Sons of Dover" is an adaptation of a show called "Brokers," written by a troupe.',
        '"Containment" has been the harbor policy since the war.',
        '"Make Dover Great" resonated with him so much that he wears a cap bearing it.',
        "It doesn't sound like Pike knows what she will do next.",
        "It seems as if Pike believes the levy will pass.",
    ],
)
def test_a_mention_or_an_impression_is_the_writer_s(sentence: str) -> None:
    assert claimants(_OPENING + sentence)[-1] == OUTLET


@pytest.mark.parametrize(
    "sentence",
    [
        '"We will win," she added.',
        '"We will win" she added.',
        '"It is over."',
        '"Fine" said Pike, and left.',
    ],
)
def test_a_quotation_at_the_opening_is_still_quoted(sentence: str) -> None:
    assert claimants(_OPENING + sentence)[-1] == "Ada Pike"
