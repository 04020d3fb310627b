"""Speakers a reporter describes rather than names, or names after a description: one
unnamed person after "a", "one", "another" or a possessive ("her friend said", "a
Democratic senator said"); a description after the verb with the name in apposition
("..., said the firm's chief executive, Jo Roe."); a reporting verb closed by where
or when it was said ("Roe asked on Twitter."); a quotation a speaker "went on" with.
Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import OUTLET, claimants, last


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The clerk was also headed to Dover, her friend said.", "her friend"),
        (
            "The levy marks his return to the council, one longtime friend said.",
            "one longtime friend",
        ),
        (
            "After a long night of speeches, a Democratic senator said the levy would pass.",
            "a Democratic senator",
        ),
        (
            'Another commenter said, "Everyone here knows what she thinks of the levy."',
            "another commenter",
        ),
        ('"It will pass," said her lawyer.', "Alma Brisco's lawyer"),
        ("His spokesman said the levy would be repealed by June.", "his spokesman"),
        ("Their attorney told the court the levy was void.", "their attorney"),
    ],
)
def test_one_unnamed_person_after_a_determiner_or_a_possessive(
    sentence: str, expected: str
) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a name in apposition to the description speaks, not the description
        ("Her personal lawyer, Ed Kendry, wrote in a filing that the levy was void.", "Ed Kendry"),
        (
            "His top aide, Tad Devlin, said the campaign would go on to the convention.",
            "Tad Devlin",
        ),
    ],
)
def test_a_possessive_description_with_a_name_in_apposition_is_the_name(
    sentence: str, expected: str
) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In nearby Hollis, the mill is hanging on, said the firm's chief executive, "
            "Jon P. Ferrill.",
            "Jon P. Ferrill",
        ),
        (
            '"It was his first try at a statement of his own," said his best friend at '
            "Colby College, Bruce Tarry, who remembered it well.",
            "Bruce Tarry",
        ),
        ("The levy will pass, said the chairman of the board, the Rev. Jo Roe.", "Jo Roe"),
        ('"It will pass," said his wife, Maria Quell, who teaches in Dover.', "Maria Quell"),
    ],
)
def test_a_description_after_the_verb_then_the_name(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


def test_a_name_spoken_about_after_a_described_subject_is_not_the_speaker() -> None:
    body = (
        "Mr. Osei's former campaign manager, Cory Lendel, said the aide who succeeded him, "
        "Paul Marnet, should be fired over the speech."
    )
    assert last(body) == "Cory Lendel"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('"Does that fly?" former Osei adviser David Axler asked on Twitter.', "David Axler"),
        ('"Does that fly," former Osei adviser David Axler asked on Twitter.', "David Axler"),
        ('Jo Roe added in a statement: "We will win the levy vote."', "Jo Roe"),
    ],
)
def test_a_reporting_verb_closed_by_where_it_was_said(sentence: str, expected: str) -> None:
    assert claimants("David Axler spoke in Dover.\n\n" + sentence)[-1] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The state added in January 4,000 jobs.",
        "The state added in Hollis, where the levy passed, 4,000 jobs.",
    ],
)
def test_a_bare_object_verb_with_a_place_reports_no_words(sentence: str) -> None:
    assert last(sentence) == OUTLET


def test_a_quotation_of_several_sentences_closed_by_went_on_is_the_speakers() -> None:
    body = (
        "Donald Osei spoke to a radio host on Thursday.\n\n"
        '"I believe we should restart the levy now. We should restart it by noon. '
        'And think it over. This is all a lot of fuss," he went on.'
    )
    assert claimants(body)[1:] == ["Donald Osei"] * 4


@pytest.mark.parametrize(
    "sentence",
    [
        "He went on to win the race for the council in 2010.",
        "Osei went on about the levy for an hour at the meeting.",
        "The hearing went on for hours, and the levy passed.",
    ],
)
def test_went_on_without_a_quotation_reports_no_words(sentence: str) -> None:
    body = "Donald Osei spoke to a radio host on Thursday.\n\n" + sentence
    assert claimants(body)[-1] == OUTLET


def test_went_on_between_two_parts_of_a_quotation() -> None:
    body = 'Donald Osei spoke in Dover.\n\n"We will win," Osei went on, "and we will win big."'
    assert claimants(body)[-1] == "Donald Osei"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # where the person works follows the name: the person speaks, not the workplace
        (
            "Homicides are 2 percent of crimes, said criminologist Paul Ferris of Tarnbridge "
            "University.",
            "Paul Ferris",
        ),
        ("The levy raised $4 million, said economist Ann Lee at Harrow Institute.", "Ann Lee"),
        (
            "The levy raised $4 million, said economist Ann Lee of the Harrow Institute for "
            "Policy.",
            "Ann Lee",
        ),
        (
            "The levy raised $4 million, said pollster Ann Lee of Dover College on Monday.",
            "Ann Lee",
        ),
    ],
)
def test_a_described_name_before_where_it_works_speaks(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The firm lobbied on taxes and the hotels, said lobbyist and GOP strategist "
            "Hank Corliss, who was hired in 1992.",
            "Hank Corliss",
        ),
        ('"We lost," said economist and author Jo Roe.', "Jo Roe"),
        # "and" joins descriptions only: the names after "said" here are spoken about
        ("Brisco said China and Russia have agreed to the levy.", "Alma Brisco"),
    ],
)
def test_two_descriptions_joined_by_and_before_the_name(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('"We lost the final," added former player and coach Tom Rale.', "Tom Rale"),
        ('"The tour is over," said Hollywood actor and producer Tom Rale.', "Tom Rale"),
    ],
)
def test_descriptors_of_sport_film_and_business_before_the_name(
    sentence: str, expected: str
) -> None:
    assert last(sentence) == expected


def test_two_roles_joined_after_a_quotation_are_the_person_given_the_first() -> None:
    body = (
        "Sen. Ted Lusk of Vermont spoke on Monday.\n\n"
        '"The toll is a bad idea," the Vermont senator and county candidate told '
        "reporters."
    )
    assert claimants(body)[-1] == "Ted Lusk"


def test_a_role_told_a_paper_set_off_inside_the_sentence() -> None:
    sentence = "On most mornings, the former Acme executive told the Ledger, Roe read every bill."
    assert last(sentence) == "the former Acme executive"
    body = (
        "Sen. Ted Lusk of Vermont spoke on Monday.\n\n"
        '"The toll stays where it is," the Vermont senator told The Weekly Ledger.'
    )
    assert claimants(body)[-1] == "Ted Lusk"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "first" is no auxiliary here, and "lady", "chief" and "coach" head a role
        ("The first lady said the lunch program fed 9,000 children.", "the first lady"),
        ("The team's head coach told reporters the injury was minor.", "the team's head coach"),
        (
            "Police Chief Tomas Reyes spoke after the vote.\n\n"
            "The city's police chief told reporters that burglaries fell 12 percent.",
            "Tomas Reyes",
        ),
    ],
)
def test_a_role_headed_by_lady_chief_or_coach_speaks(body: str, expected: str) -> None:
    assert claimants(body)[-1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a common noun's possessive among the modifiers
        (
            "The state's top health official warned Tuesday that flu cases had tripled.",
            "the state's top health official",
        ),
        (
            "The county's chief medical examiner said the death was an accident.",
            "the county's chief medical examiner",
        ),
        (
            "The state's health department warned that flu cases had tripled.",
            "the state's health department",
        ),
    ],
)
def test_a_description_may_open_with_a_common_nouns_possessive(
    sentence: str, expected: str
) -> None:
    assert claimants(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the name in apposition to a possessive's role, with a verb the role patterns
        # read ("insisted", "acknowledged") and no role of theirs to resolve
        (
            "The family's attorney, Noreen Vasquez-Tell, insisted that the tenant was unarmed.",
            "Noreen Vasquez-Tell",
        ),
        (
            "The delegation's lead negotiator, Farid Ouazzani, acknowledged that the talks "
            "had stalled.",
            "Farid Ouazzani",
        ),
        # the name, without the body it is of
        (
            "Pike's union representative, Phil Garrow of the Harbor Police Guild, said the "
            "sergeant was cooperating.",
            "Phil Garrow",
        ),
    ],
)
def test_a_name_in_apposition_to_a_possessives_role_speaks(sentence: str, expected: str) -> None:
    assert claimants(sentence) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a role in lower case before the name, as news style writes it
        (
            'Hawks coach Dario Wendt said the team was tired. "We played scared," the coach said.',
            "Dario Wendt",
        ),
        (
            "Harbor County sheriff Ines Balogun closed the road at noon.\n\n"
            "The sheriff said the bridge was unsafe.",
            "Ines Balogun",
        ),
        # a role several people hold in a story is not given to the first one named
        (
            "Republican candidate Tad Orrin spoke first.\n\n"
            "The candidate said the levy was unfair.",
            "the candidate",
        ),
    ],
)
def test_a_lower_case_role_before_a_name_is_that_persons(body: str, expected: str) -> None:
    assert claimants(body)[-1] == expected


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the body a described person writes for gave the claimant
        (
            "According to Courier contributor and monetary historian Diana Marsh, rates have"
            " moved apart seven times.",
            "Diana Marsh",
        ),
        (
            "The rule covers unsworn statements, according to Courier legal analyst Judge"
            " Andrew Pike.",
            "Andrew Pike",
        ),
        # the second of two described is no one alone
        (
            "According to a study by economists Peter Lund and Justin Pierce, the levy cost"
            " 4,000 jobs.",
            "economists Peter Lund and Justin Pierce",
        ),
        # one named among those who say something
        (
            "Ada Pike, a teacher from Dover, Delaware, is among those who say the levy is unfair.",
            "Ada Pike",
        ),
        ("Ada Pike is among those who believe the levy is unfair.", "Ada Pike"),
        # a long aside in parentheses after the name
        (
            "Sen. Ada Pike (a Dover Democrat so young she has been taken for an intern) says"
            " the levy is unfair.",
            "Ada Pike",
        ),
    ],
)
def test_described_and_set_off_speakers(sentence: str, speaker: str) -> None:
    assert claimants(sentence) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # posting words: "took to Twitter to say" gave the outlet
        (
            "As supporters waited for her, Ada Pike took to Twitter to say thanks.",
            "Ada Pike",
        ),
        ("Ada Pike took to the Senate floor on Tuesday to denounce the levy.", "Ada Pike"),
        ("The senator took to Facebook late Tuesday night to defend the levy.", "Ada Pike"),
        # not words: taking to the streets
        ("The crowd took to the streets to protest the levy.", OUTLET),
        # a head of something with a name set beside it, after a quotation
        (
            '"The levy will soften," Dover Rep. Ted Roe’s chief of staff, Jo Kasper, told'
            " the Ledger.",
            "Jo Kasper",
        ),
    ],
)
def test_posting_and_set_off_heads(sentence: str, speaker: str) -> None:
    assert claimants("Sen. Ada Pike spoke on Monday.\n\n" + sentence)[-1] == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # stances the verb lists lacked
        ("Pike is doubling down on her support for the levy.", "Ada Pike"),
        ("Pike doubled down on the levy, saying it was fair.", "Ada Pike"),
        (
            "Pike has raised questions about the audit, suggesting the figures were forged.",
            "Ada Pike",
        ),
        ("Pike chastised the governor for refusing to help.", "Ada Pike"),
        # not stances
        ("For Pike, it meant embracing her American and Cuban sides with equal gusto.", OUTLET),
        ("The plan raised concerns about costs.", "the plan"),
    ],
)
def test_more_stances(sentence: str, speaker: str) -> None:
    assert claimants("Sen. Ada Pike spoke on Monday.\n\n" + sentence)[-1] == speaker


def test_a_he_after_a_shows_title_is_the_sentences_subject() -> None:
    # a quoted show title before the pronoun kept it from the sentence's own subject
    body = (
        "Donald Roe spoke on Monday. Economist Dean Baker said the debt was fine.\n\n"
        "Roe seemed to like it in an interview on CBS’s “This Morning,” in which he said"
        " the debt was fine."
    )
    assert claimants(body)[-1] == "Donald Roe"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # with whom between the verb and "that" gave the outlet
        ("Pike agreed with Roe that the levy was fair.", "Ada Pike"),
        ("Pike agrees with Lund that the levy is fair.", "Ada Pike"),
        # an agreement to act is no words
        ("Pike agreed to meet Roe on Friday.", OUTLET),
    ],
)
def test_agreeing_with_someone_that(sentence: str, speaker: str) -> None:
    assert claimants("Sen. Ada Pike spoke on Monday.\n\n" + sentence)[-1] == speaker
