"""A group named by where it is ("Officials in Harbor County announced ...") speaks, not
the place; a group that reports a sentence at its end ("..., county officials said")
speaks for it, as a person there does. Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import last


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # any reporting verb, not only those a group's plural verbs list
        ("Officials in Harbor County announced the levy was void.", "Officials in Harbor County"),
        ("Police in Harbor County announced tighter checks on Tuesday.", "Police in Harbor County"),
        (
            "Leaders in Harbor County announced tighter checks on Tuesday.",
            "Leaders in Harbor County",
        ),
        (
            "Authorities in Harbor County, the district next to Dover, announced tighter checks.",
            "Authorities in Harbor County",
        ),
        ("Voters across the Tarn Valley rejected the toll.", "Voters across the Tarn Valley"),
        ("But members of the Quarry Council criticized the toll.", "members of the Quarry Council"),
        # what was read before is read as before
        ("Officials in Harbor County said the levy was void.", "Officials in Harbor County"),
        ("Ada Pellow of Harbor County said the levy was void.", "Ada Pellow"),
        ("Residents of Harbor County said the levy was void.", "Residents"),
    ],
)
def test_a_group_named_by_its_place_is_the_speaker(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Voters in Harbor County rejected the toll, officials said.", "officials"),
        (
            "Voters in Harbor County rejected the toll, Harbor officials announced.",
            "Harbor officials",
        ),
        ("Ada Pellow rejected the toll, her aides said.", "her aides"),
        ("Ada Pellow praised the toll, county officials confirmed on Monday.", "county officials"),
        ("Voters in Harbor County rejected the toll, Ada Pellow announced.", "Ada Pellow"),
        # a sentence that is someone's words already keeps its speaker
        ("Ada Pellow said the toll was void, her aides said.", "Ada Pellow"),
    ],
)
def test_a_group_reporting_at_the_end_speaks(sentence: str, expected: str) -> None:
    assert last(sentence) == expected
