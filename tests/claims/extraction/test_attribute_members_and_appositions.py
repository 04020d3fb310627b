"""An unnamed party member speaks as one ("one senior Democrat said" is not "Democrat"); a
copula or an apposition says who a relative "who" is ("Ada Pellow is a Democrat who
wants ..."); an age or a conjunction before a name, and an apposition between dashes,
leave the person it names the subject; "All told" is no one telling; "she" is no
place's people ("New Yorkers"). Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import OUTLET, claimants, last


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('"The toll is a mistake," one senior Democrat said.', "one senior Democrat"),
        ('"The toll is a mistake," said one senior Democrat.', "one senior Democrat"),
        ('"The toll is a mistake," said one senior Democrat on Monday.', "one senior Democrat"),
        ("A Republican told the Ledger the toll would pass.", "a Republican"),
        ("One senior Democrat said the toll would pass.", "one senior Democrat"),
        ('"The toll is a mistake," a Harbor County Republican said.', "a Harbor County Republican"),
        # what was read before is read as before
        ('"The toll is a mistake," the Harbor County Democrat said.', "the Harbor County Democrat"),
        ('"The toll is a mistake," said Senate Democrat Ada Pellow.', "Ada Pellow"),
        ("Ada Pellow, a Democrat, said the toll would pass.", "Ada Pellow"),
    ],
)
def test_an_unnamed_party_member_speaks_as_one(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


def test_a_later_he_is_not_the_party_member() -> None:
    body = (
        '"The campaign has been slow to answer," one senior Democrat said.\n\n'
        "And Pellow campaign chairman Tad Orrin — her chief of staff in the old days —"
        " coined a slogan for her when I asked him how she would win."
        ' "She will fight for every family in the valley," he said.'
    )
    assert claimants(body) == ["one senior Democrat", OUTLET, "Tad Orrin"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ada Pellow is a Democrat who wants to be governor.", "Ada Pellow"),
        (
            "Ada Pellow, 52, is a lifelong Republican who believes the toll is too high.",
            "Ada Pellow",
        ),
        (
            "Ada Pellow is a conservative Tarn Valley Republican who believes the toll is"
            " too high.",
            "Ada Pellow",
        ),
        ("Ada Pellow, a Democrat who wants to be governor, spoke in Dover.", "Ada Pellow"),
        # not a place, and not a member someone else meets
        ("Ohio, a state that wants a Republican who wins, is key.", OUTLET),
        ("The race pits Ada Pellow against a Republican who says the toll is too high.", OUTLET),
    ],
)
def test_a_relative_who_after_a_party_member_is_the_one_described(
    sentence: str, expected: str
) -> None:
    assert claimants(sentence)[-1] == expected


def test_an_age_before_a_fronted_name_keeps_the_name_the_subject() -> None:
    body = (
        "Ari Arkwell, a consultant, said the plan was doomed.\n\n"
        "Nobody came to the fair.\n\n"
        "At a June fair in Dover, Ohio, 62-year-old Janet Pruitt also railed against the"
        " toll, and explained how much it cost her."
        ' "They should pay at the gate," she said.'
    )
    assert claimants(body) == ["Ari Arkwell", OUTLET, "Janet Pruitt", "Janet Pruitt"]


def test_an_age_before_an_opening_name_keeps_the_name_the_subject() -> None:
    body = (
        "Ari Arkwell, a consultant, said the plan was doomed.\n\n"
        "62-year-old Janet Pruitt also railed against the toll, and explained how much it"
        ' cost her. "They should pay at the gate," she said.'
    )
    assert claimants(body) == ["Ari Arkwell", "Janet Pruitt", "Janet Pruitt"]


def test_a_conjunction_before_the_subject_of_the_narration() -> None:
    # (a given name that shows no gender: the narration's subject decides, not the
    # man quoted before)
    body = (
        "Sen. Quinn Pellow is running again.\n\n"
        'Tad Orrin said the senator would help. "He has friends there," Orrin said.\n\n'
        "But Pellow isn't interested.\n\n"
        '"No. This is about my own race," she said, when asked about the visit.'
    )
    assert claimants(body)[-1] == "Quinn Pellow"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Tad Orrin called Wednesday for Treasurer Lena Vell to step down after saying"
            " in public that she thinks the budget is a fraud.",
            "Tad Orrin",
        ),
        ("Tad Orrin called Monday on the council to drop the toll.", "Tad Orrin"),
        ("All told, the group raised $4 million in March, three times its February haul.", OUTLET),
        ("All told, Tad Orrin said, the county spent $2 million on the fair.", "Tad Orrin"),
    ],
)
def test_a_day_before_called_for_and_all_told(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


def test_she_is_no_place_people() -> None:
    body = (
        "Lena Orrin, the candidate's wife, spoke to the Ledger.\n\n"
        "The interview ran in the week New Yorkers voted in the primary.\n\n"
        '"If he wins, he will keep this going," she said.'
    )
    assert claimants(body)[-1] == "Lena Orrin"
