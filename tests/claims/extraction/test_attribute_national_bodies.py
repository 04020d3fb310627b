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


def test_an_office_named_with_a_list_keeps_the_whole_list() -> None:
    # An office's title holds a list as a body's name does (it gave "Essex and Surrey",
    # two places, until the thirty-sixth round); the name set beside it speaks.
    claimant = claimants("The Governor of Kent, Essex and Surrey said the quay would reopen.")
    assert claimant == ["the Governor of Kent, Essex and Surrey"]
    sentence = (
        "The Secretary of State for Fisheries, Ports and Coastal Affairs, Ada Pike, told"
        " parliament the quay would reopen."
    )
    assert claimants(sentence) == ["Ada Pike"]
    sentence = (
        "The Secretary of State for Fisheries, Ports and Coastal Affairs said the quay"
        " would reopen."
    )
    assert claimants(sentence) == [
        "the Secretary of State for Fisheries, Ports and Coastal Affairs"
    ]
    sentence = (
        "Speaking in Dover, the Minister for Fisheries, Ports and Coastal Affairs, Ada Pike,"
        " said the quay would reopen."
    )
    assert claimants(sentence) == ["Ada Pike"]


def test_a_study_commissioned_by_a_body_with_a_list_found() -> None:
    sentence = (
        "The study, commissioned by the Department for Fisheries, Ports and Coastal "
        "Affairs, found that one in eight boats was unsafe."
    )
    assert claimants(sentence) == ["the study"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the name apposed to a description with an owner speaks
        ("Norway's largest shipbuilder, Kvarnholm, said it would cut 900 jobs.", "Kvarnholm"),
        ("Tarn's biggest employer, Harlow Mills, said it would close.", "Harlow Mills"),
        ("Texas' largest grocer, Pellway, said prices would rise.", "Pellway"),
        # and with its verb far away
        (
            "Norway's biggest retailer Brekke runs 900 stores and says it will hire 5,000 staff.",
            "Brekke",
        ),
        (
            "The state-owned shipping giant Kvarnholm runs two yards and says it has set up a "
            "fund.",
            "Kvarnholm",
        ),
    ],
)
def test_a_body_described_by_its_owner_speaks_by_name(sentence: str, speaker: str) -> None:
    assert claimants(sentence) == [speaker]


def test_a_description_apposed_to_a_description_is_not_a_name() -> None:
    # ("Ives's old friend, a farmer, said": no name apposed; the description stays)
    assert claimants("Ives's old friend, a ferry pilot, said the quay was unsafe.") == [
        "Ives's old friend"
    ]


def test_a_named_person_described_after_is_still_the_speaker() -> None:
    sentence = (
        "Ada Pike, the editor of the Tarn Valley's weekly paper, the Tarn Courier, said "
        "the levy was fair."
    )
    assert claimants(sentence) == ["Ada Pike"]
