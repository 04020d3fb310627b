"""Speakers whose verb of saying comes further on or is a less common one: a person
described by trade before "..., saying", someone's office, a document that "goes on to
say", each side, all but a few, a share with its figure beside it, a description that
tweets, and the name a description is in apposition to. Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import OUTLET, claimants, last


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The retired surgeon opened with a story about her first clinic, saying that rural "
            "hospitals are closing.",
            "the retired surgeon",
        ),
        (
            "His office issued a terse statement saying the county would appeal.",
            "his office",
        ),
        ("Her campaign sent a memo saying the race was tied.", "Alma Brisco's campaign"),
        ('The memo goes on to say: "Renters pay the most."', "the memo"),
    ],
)
def test_a_description_before_a_far_verb(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


def test_a_document_of_something_is_no_speaker() -> None:
    sentence = (
        "The notice of an unpaid fine, announcing that the permit had lapsed, sat on the desk."
    )
    assert last(sentence) == OUTLET


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Each side said the delay was the fault of the county.", "each side"),
        ("All but two said the council must revisit the zoning plan.", "all but two"),
        ('Another person tweeted: "This is a scandal."', "another person"),
        (
            "Just under a third, 31 percent, say the bridge should be rebuilt.",
            "just under a third",
        ),
        (
            "Among renters in Dover, about three-fifths, 58 percent, say rents rose too fast.",
            "about three-fifths",
        ),
    ],
)
def test_sides_shares_and_one_more_person(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


def test_the_name_a_description_is_in_apposition_to_speaks() -> None:
    body = (
        "“Quillon needs a plan for the river towns,” Ada Pikett, the polling guru who "
        "founded the site tweeted on Wednesday."
    )
    assert claimants(body) == ["Ada Pikett"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a name that ends a fronted phrase is no apposition
        "In an interview with the hosts Tad Mell and Ana Quillon, the mayoral candidate said "
        "the levy was void.",
        "As for Mr. Mell, the staff letter noted that he had missed the vote.",
    ],
)
def test_a_name_before_a_fronted_comma_is_not_the_speaker(sentence: str) -> None:
    assert "Mell" not in last(sentence) and "Quillon" not in last(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Quillon used to back the plan, but now said it would fail.", "Quillon"),
        (
            '"The shop is all we have," his wife, Ana Quillon, wrote to the judge in May.',
            "Ana Quillon",
        ),
        ('"The shop is all we have," his wife, Ana, wrote to the judge in May.', "Ana"),
        # (as before: no name in apposition; a place is none)
        ('"The shop is all we have," her lawyer said.', "Alma Brisco's lawyer"),
        ('"The shop is all we have," his wife, Boston, wrote.', "his wife"),
    ],
)
def test_now_said_and_a_name_beside_a_description_after_a_quotation(
    sentence: str, expected: str
) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # verbs of attack and rebuke
        (
            "On Saturday, Senator Ana Quillon of Ohio, a Democratic rival, assailed him for "
            "backing the dam.",
            "Ana Quillon",
        ),
        ("Quillon chides the council and praises the mayor at a news conference.", "Quillon"),
        ("In a speech on Friday, Mayor Tad Mell condemned the attack on the depot.", "Tad Mell"),
        # the one who took a stance, in the passive
        ("Mell was endorsed on Monday by former rival Ana Quillon.", "Ana Quillon"),
        (
            "The plan was sharply criticized by Ana Quillon of the tenants union.",
            "Ana Quillon",
        ),
        # (not a place, not a thing that befell someone, not a lone party word)
        ("The plan was criticized by Ohio.", OUTLET),
        ("The town was hit by a storm.", OUTLET),
        ("Democrat blasts donors as she opens her campaign.", OUTLET),
    ],
)
def test_stances_of_attack_and_their_passive(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


def test_a_fronted_clause_yields_to_the_main_clauses_group() -> None:
    sentence = (
        "While Quillon has condemned the plan, the tenants who met her on Friday say rents "
        "are too high."
    )
    assert last(sentence) == "the tenants who met her on Friday"
    # (as before: a name in the main clause)
    assert last("While Mell attacked the plan, Quillon said it would pass.") == "Quillon"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            '"There never was a stop order," said the station chief known as Rob, speaking for '
            "the first time.",
            "Rob",
        ),
        ("The station chief, known only as Rob, said the order never came.", "Rob"),
        (
            "One of the women, Marla Tuppen, 70, had served in the Navy and said she was sure the "
            "mill would close.",
            "Marla Tuppen",
        ),
        # (no words of his)
        ("The man known as Rob ran the base.", OUTLET),
    ],
)
def test_known_as_and_one_of_them_named(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tad Mell and Ana Quillon both denounced the levy.", "Tad Mell and Ana Quillon"),
        ("Mell and Quillon both stressed that the vote was close.", "Mell and Quillon"),
        ("The two both said no.", "the two"),
    ],
)
def test_both_between_a_subject_and_its_verb(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The agencies declined to give details, saying the inquiry is still open.",
            "the agencies",
        ),
        ("The banks raised rates and said more rises would follow.", "the banks"),
        # (not bodies of something: "The departments of parks and roads")
        (
            "The departments of parks and roads refused to comment, saying nothing more.",
            OUTLET,
        ),
    ],
)
def test_bodies_before_a_far_verb(sentence: str, expected: str) -> None:
    assert last(sentence) == expected
