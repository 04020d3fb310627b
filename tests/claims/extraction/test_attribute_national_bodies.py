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


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The Department for Fisheries, Ports and Coastal Affairs said the quay would reopen.",
            "the Department for Fisheries, Ports and Coastal Affairs",
        ),
        (
            "A spokesperson for the Ministry of Transport, Tourism and Sport said fares "
            "would rise.",
            "the Ministry of Transport, Tourism and Sport",
        ),
        (
            "The Office for Science, Skills, Research and Innovation said 40 grants were made.",
            "the Office for Science, Skills, Research and Innovation",
        ),
    ],
)
def test_a_body_named_with_a_list_keeps_the_whole_list(sentence: str, speaker: str) -> None:
    assert claimants(sentence) == [speaker]


def test_a_list_after_a_head_that_is_no_body_is_not_joined() -> None:
    # "Governor" is no body's head word: the list is not read as part of one name
    claimant = claimants("The Governor of Kent, Essex and Surrey said the quay would reopen.")
    assert "Kent" not in claimant[-1]


def test_a_study_commissioned_by_a_body_with_a_list_found() -> None:
    sentence = (
        "The study, commissioned by the Department for Fisheries, Ports and Coastal "
        "Affairs, found that one in eight boats was unsafe."
    )
    assert claimants(sentence) == ["the study"]
