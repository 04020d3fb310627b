"""A country's ministry or office keeps the country in its name: "Norway's Foreign
Ministry said" is Norway's, not just any "Foreign Ministry"; a person after an owner is
still the person. Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import claimants


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Norway's Foreign Ministry said the talks would resume.", "Norway's Foreign Ministry"),
        (
            "Portugal’s National Statistics Office said exports fell in May.",
            "Portugal’s National Statistics Office",
        ),
        ("Chile's Interior Ministry said 40 people were held.", "Chile's Interior Ministry"),
    ],
)
def test_a_countrys_body_keeps_the_country(sentence: str, speaker: str) -> None:
    assert claimants(sentence) == [speaker]


def test_a_person_after_an_owner_is_the_person() -> None:
    assert claimants("Radio Halvard's Imke Varga said the ferry was late.") == ["Imke Varga"]
