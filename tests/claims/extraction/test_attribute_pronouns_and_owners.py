"""A "he" or "she" after a speaker described by whose they are ("Lusk's opponent", "Hale's
article") is the owner when the owner is of the pronoun's gender and the description
shows none; a description that shows a gender ("Lusk's wife"), or an owner of the other
gender, keeps the description. Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import claimants

_OPENING = "Gov. Ann Lusk and state Sen. Tom Hale clashed on Tuesday over the harbor levy.\n\n"


@pytest.mark.parametrize(
    ("narration", "pronoun_sentence", "expected"),
    [
        (
            "Lusk's opponent has pledged to cut the levy to 3 percent.",
            'She called the plan "a fantasy."',
            "Ann Lusk",
        ),
        (
            "Hale's article also attacked the governor for the ferry contract.",
            'He calls the contract "a giveaway."',
            "Tom Hale",
        ),
        # (a description with a gender of its own, or an owner of the other gender)
        (
            "Lusk's husband said the family had paid the levy.",
            "He said it had cost $2,000.",
            "Lusk's husband",
        ),
        (
            "Lusk's lawyer said the suit had no merit.",
            "He said it would be dismissed.",
            "Ann Lusk's lawyer",
        ),
    ],
)
def test_a_pronoun_after_an_owned_description(
    narration: str, pronoun_sentence: str, expected: str
) -> None:
    assert claimants(f"{_OPENING}{narration} {pronoun_sentence}")[-1] == expected
