"""A speaker named in apposition to what someone owns after a fronted phrase, a name
with an epithet ("Roe the realist"), and a people's adjective before a verb that reads as
a plural noun ("to calm Canadian fears"). Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import OUTLET, claimants, last


def test_the_name_in_apposition_to_what_someone_owns_speaks() -> None:
    sentence = (
        "In early May, Quillon's Ohio state director, Tad Mell, reached out to the firm, "
        'writing in a memo: "Send the forms by Friday."'
    )
    # It had given "Ohio", the first words after "Quillon's".
    assert last(sentence) == "Tad Mell"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "So Quillon the pragmatist knows that the new bridge alone will not end the delays.",
            "Quillon",
        ),
        ("Quillon the candidate said the levy was void.", "Quillon"),
        # (as before: a place, a day or a function word before "the" is no one)
        ("In Ohio the governor said the levy was void.", "the governor"),
        ("Then the mayor said the levy was void.", "the mayor"),
        ("Monday the mayor said the levy was void.", "the mayor"),
    ],
)
def test_a_name_with_an_epithet_speaks(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


def test_a_peoples_fears_are_no_speaker() -> None:
    sentence = "Wen has worked hard to calm Canadian fears, reassuring his counterpart."
    assert last(sentence) == OUTLET


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (as before: a surname that is also a people's word, and a person so described)
        ('Lena Cuban runs the mill.\n\n"It is too early to tell," Cuban said.', "Lena Cuban"),
        (
            "One generous Canadian wants the town to keep its library open.",
            "Canadian",
        ),
    ],
)
def test_a_peoples_word_can_still_name_a_speaker(body: str, expected: str) -> None:
    assert claimants(body)[-1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In Dover, Mell sat through a lecture from the Canadian premier, who said that the "
            "treaty has served both towns.",
            "the Canadian premier",
        ),
        ("The bill was sent to the governor, who has said she will sign it.", "the governor"),
        # (as before: a name, and a body that is no role)
        (
            "In Dover, Mell sat through a lecture from Ana Quillon, who said that the treaty "
            "has served both towns.",
            "Ana Quillon",
        ),
        ("The money went to the council, who said it would build a park.", OUTLET),
    ],
)
def test_a_role_a_who_said_clause_hangs_on(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # what the story calls the one it just quoted or introduced, by what they are
        (
            'Dana Quillon filed her papers on Monday. "I am in it to win," Quillon said. '
            "The candidate claims her campaign has raised $2 million.",
            "Dana Quillon",
        ),
        (
            "Hal Brenner, a developer, bought the pier in 2019. The billionaire "
            "said he would turn it into a hotel.",
            "Hal Brenner",
        ),
        # another person named in between: which one is unclear
        (
            'Dana Quillon spoke at the dinner. "It was offensive," said Ted Varga. More '
            "troubling was Quillon's refusal to answer. Instead, the candidate has insisted "
            "that her plans stay secret.",
            "the candidate",
        ),
        (
            'Hal Brenner owns the pier. "The race is close," said Ray Pike, a pollster. The '
            "mailer pictured Brenner, with a note that the businessman had praised the mayor.",
            "the businessman",
        ),
    ],
)
def test_an_epithet_is_the_one_just_named(body: str, expected: str) -> None:
    assert claimants(body)[-1] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an epithet that shows a gender is no one named with the other
        (
            'Tom Hale filed his papers. "We will win," Hale said. The actress said it was close.',
            "the actress",
        ),
        (
            'Ada Hale filed her papers. "We will win," Hale said. The actress said it was close.',
            "Ada Hale",
        ),
    ],
)
def test_an_epithet_of_one_gender(body: str, expected: str) -> None:
    assert claimants(body)[-1] == expected


def test_a_pronoun_after_an_office_is_the_office_not_the_one_spoken_to() -> None:
    body = (
        "Labour's budget raised taxes on employers by £25bn.\n\n"
        "Speaking to the BBC's Laura Kinsey on Sunday, the Chancellor insisted she had kept "
        'her pledges. "We said we would not raise taxes on working people," she said.'
    )
    # It had given Laura Kinsey, the one the Chancellor spoke to.
    assert claimants(body)[-2:] == ["the chancellor", "the chancellor"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a party's word between an owner and the role: the name apposed, else the whole
        (
            "Quillon's Republican challenger, businessman Jack Morrow, said the state was broke.",
            "Jack Morrow",
        ),
        ("Quillon's Democratic rival said the state was broke.", "Quillon's Democratic rival"),
        ("Quillon's Conservative rival said the state was broke.", "Quillon's Conservative rival"),
    ],
)
def test_an_owners_party_word_before_a_role(sentence: str, expected: str) -> None:
    assert claimants("Dana Quillon spoke on Monday.\n\n" + sentence)[-1] == expected
