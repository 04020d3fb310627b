"""A full name written only as an owner ("Maren Tull's plan") is learnt, so a later
"Tull said" gives the full name; a title's period ("Man of the Year Jo Roe") and a
question's verb ("Will Tull run?") open no name, nor does a headline's preposition or
verb before an owner ("Beneath Tull's Wins", "Debating Tull's Record"); an honorific
picks between namesakes when a pronoun looks back ("Mrs. Tull's ..., she said").
Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import claimants


@pytest.mark.parametrize("mark", ["'s", "’s", "'"])
def test_a_full_name_written_as_an_owner_is_learnt(mark: str) -> None:
    body = (
        f"After Tuesday's vote, Maren Tull{mark} chance of winning rests on one county.\n\n"
        "Tull said the harbor levy would pass next week."
    )
    assert claimants(body)[-1] == "Maren Tull"


@pytest.mark.parametrize(
    "opening",
    [
        "Voters who doubt Man of the Year Jorah Lusk will be disappointed.",
        "Game over. Will Lusk come down off the fence?",
        "Can Lusk win the harbor seat?",
    ],
)
def test_a_title_period_or_a_question_verb_opens_no_name(opening: str) -> None:
    body = f"{opening}\n\nJorah Lusk toured the harbor.\n\nLusk said the levy cost $5 million."
    assert claimants(body)[-1] == "Jorah Lusk"


def test_a_given_name_that_is_also_a_verb_still_opens_a_name() -> None:
    body = "Will Lusk said the film would open in May.\n\nLusk added that it cost $90 million."
    assert claimants(body) == ["Will Lusk", "Will Lusk"]


@pytest.mark.parametrize(
    "headline", ["Beneath Tull's Wins, Signs of Trouble", "Debating Tull's Record on the Harbor"]
)
def test_a_headline_word_before_an_owner_is_no_given_name(headline: str) -> None:
    body = (
        f"{headline}\n\n"
        "Maren Tull spoke in Dover on Monday.\n\n"
        "Her rival was quick to answer.\n\n"
        '"I never thought the levy would pass," she said.'
    )
    assert claimants(body)[-1] == "Maren Tull"


def test_an_honorific_picks_between_namesakes_when_a_pronoun_looks_back() -> None:
    body = (
        "In a year when Peter Tull's record has faced scrutiny, Maren Tull is shaping her "
        "campaign.\n\n"
        "Mrs. Tull's embrace of her husband's legacy comes after a hard primary.\n\n"
        "With inequality a main concern among voters, she has sought to distance herself "
        "from the harbor deals of the 1990s."
    )
    assert claimants(body)[-1] == "Maren Tull"


@pytest.mark.parametrize(
    "headline",
    [
        "Understated Lusk raises his profile.",
        "Embattled Lusk heads to Dover.",
        "Disgraced Lusk quits.",
    ],
)
def test_a_headline_s_participle_opens_no_name(headline: str) -> None:
    body = f"{headline}\n\nJorah Lusk toured the harbor.\n\nLusk said the levy cost $5 million."
    assert claimants(body)[-1] == "Jorah Lusk"


@pytest.mark.parametrize("name", ["Murshed Zaheed", "Khaled Omar", "Alwaleed Bin Talal"])
def test_a_given_name_ending_like_a_participle_still_opens_a_name(name: str) -> None:
    body = f"{name} spoke at the harbor.\n\n{name.split()[-1]} said the levy cost $5 million."
    assert claimants(body)[-1] == name


def test_a_role_in_apposition_is_learnt() -> None:
    body = (
        "Gov. Ann Lusk and her challenger, state Sen. Tom Hale, clashed on Tuesday.\n\n"
        "Hale, a former prosecutor, said crime had risen 12 percent.\n\n"
        "The governor said the figure was wrong.\n\n"
        "The former prosecutor also said he would hire 500 more troopers."
    )
    assert claimants(body)[-2:] == ["Ann Lusk", "Tom Hale"]


def test_a_role_in_apposition_with_its_place_is_not_another_place_s() -> None:
    body = (
        "Sen. Dana Pike spoke in Dover on Monday.\n\n"
        "Pike, the senator from Vermont, said the levy was unfair.\n\n"
        "Jorah Lusk, who is third in the polls, spoke about the harbor.\n\n"
        '"We will see," the Maine senator told reporters.'
    )
    assert claimants(body)[-1] == "Jorah Lusk"  # (the one just introduced, not Dana Pike)


@pytest.mark.parametrize(
    ("opening", "later", "expected"),
    [
        # a name known by a word inside it, or after its glued article
        ("President Luiz Inácio Lula da Silva met the board.", "Lula", "Luiz Inácio Lula da Silva"),
        ("President Abdel Fattah al-Sisi met the board.", "Sisi", "Abdel Fattah al-Sisi"),
        ("Treasurer Melba Acosta Febo met the board.", "Ms. Acosta", "Melba Acosta Febo"),
        # (not one a descriptor was learnt with, nor a word of two names)
        ("The Dover-based Harbor Report met the board.", "Harbor", "Harbor"),
    ],
)
def test_a_name_known_by_a_word_inside_it(opening: str, later: str, expected: str) -> None:
    body = f"{opening}\n\n{later} said the levy cost $5 million."
    assert claimants(body)[-1] == expected


def test_a_name_of_five_words_with_a_particle_is_a_person() -> None:
    body = (
        "President Luiz Inácio Lula da Silva met the board.\n\n"
        "Lula said exports would double.\n\n"
        '"We are partners," the Brazilian leader told reporters.'
    )
    assert claimants(body)[-1] == "Luiz Inácio Lula da Silva"


def test_a_name_known_by_its_first_word_when_no_list_gives_it() -> None:
    body = (
        "The agency's director-general, Tedros Adhanom Ghebreyesus, spoke on Monday.\n\n"
        "Tedros added that the levy cost $5 million."
    )
    assert claimants(body)[-1] == "Tedros Adhanom Ghebreyesus"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The Ledger’s Matt Welsh said the ban is necessary.", "Matt Welsh"),
        (
            "The Tarn Courier's Ada Pike defended the ban, saying it is necessary.",
            "Ada Pike",
        ),
        ('As The Courier\'s Jo Renner puts it, "the port is broke."', "Jo Renner"),
        # (a body's role, a thing it has: as before)
        ("The Ledger's editorial board said the ban is necessary.", "the Ledger's editorial board"),
        ("The company's chief executive Ada Pike said the ban is necessary.", "Ada Pike"),
    ],
)
def test_a_person_a_paper_has_is_the_person(sentence: str, speaker: str) -> None:
    assert claimants(sentence)[-1] == speaker
