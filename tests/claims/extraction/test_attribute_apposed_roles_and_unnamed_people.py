"""Roles an apposition gives in words no list holds ("a farmer from Ohio"), with an
owner's or a plain word before them, and ages; progressive forms after a described
subject; one unnamed person ("the man", "the woman") whom a later "he" or "she" means;
a quotation that closes a quotation inside it. Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import OUTLET, claimants

INTRO = "Nora Vesely, a dairy farmer from Tarn County, met state officials on Monday.\n\n"
FILLER = "Milk prices have fallen by a third since spring.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The farmer said the new subsidies came too late.",
        '"The new subsidies came too late," the farmer said.',
        "The dairy farmer warned that more farms would close.",
        # (a plain word before the role the apposition gave)
        "The veteran farmer warned that more farms would close.",
    ],
)
def test_a_role_an_apposition_gave_is_that_person(sentence: str) -> None:
    assert claimants(INTRO + FILLER + sentence)[-1] == "Nora Vesely"


@pytest.mark.parametrize(
    ("opening", "sentence"),
    [
        (
            "Ivo Markham, the city's mayor, opened the session.",
            "The mayor said the pool would reopen.",
        ),
        (
            "Ivo Markham, the longtime mayor, opened the session.",
            "The mayor said the pool would reopen.",
        ),
        (
            "Ivo Markham, a delegate from Ohio, opened the session.",
            "The delegate said the pool would reopen.",
        ),
        ("Ivo Markham, 54, opened the session.", '"The pool will reopen," the 54-year-old said.'),
        (
            "Ivo Markham, a 54-year-old welder, opened the session.",
            '"The pool will reopen," the 54-year-old said.',
        ),
    ],
)
def test_owners_plain_words_and_ages_in_an_apposition(opening: str, sentence: str) -> None:
    assert claimants(opening + "\n\n" + FILLER + sentence)[-1] == "Ivo Markham"


def test_a_qualified_role_is_not_the_plain_one() -> None:  # (as before)
    body = (
        "Ivo Markham, a former prosecutor, opened the session.\n\n"
        + FILLER
        + "The prosecutor said the case would be dropped."
    )
    assert claimants(body)[-1] == "the prosecutor"


def test_a_counted_group_is_no_person_with_a_role() -> None:  # (as before)
    body = (
        "Bishop Tomas Reyl serves the valley's 40,000 Chaldean Catholics, the pastor of the "
        "poor in Dover.\n\n" + FILLER + "The pastor said the shelter would stay open."
    )
    assert claimants(body)[-1] != "Chaldean Catholics"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The board chair is warning residents that the reservoir could run dry by August.",
            "the board chair",
        ),
        (
            "The nation's largest dairy group is accusing the governor of political theater.",
            "the nation's largest dairy group",
        ),
        # (an unnamed one described: the article kept, not "delegate")
        (
            "The delegate and activist, who backs Mayor Dunn, warned that the fight would be "
            "bitter.",
            "the delegate",
        ),
    ],
)
def test_described_subjects_in_a_progressive_form_or_with_a_clause(
    sentence: str, expected: str
) -> None:
    assert claimants(sentence)[-1] == expected


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        ("", "the man"),
        # narration that names nobody else between them
        ("Now 52, he has worked at the plant for 30 years.\n\n", "the man"),
        # someone named between them is the one meant (as before)
        ("Tomas Reyl runs the union local.\n\n", "Tomas Reyl"),
    ],
)
def test_he_after_an_unnamed_man_quoted(between: str, expected: str) -> None:
    body = (
        '"We will appeal," said the man, who asked not to be named.\n\n'
        + between
        + '"They never told us anything," he said.'
    )
    assert claimants(body)[-1] == expected


def test_she_is_not_an_unnamed_man() -> None:  # (as before)
    body = '"We will appeal," said the man.\n\n"They never told us anything," she said.'
    assert claimants(body)[-1] == OUTLET


def test_the_clause_after_an_unnamed_speaker_does_not_speak() -> None:
    body = (
        '"We paid our taxes for 20 years," said the woman, who spoke on condition of '
        "anonymity because she feared her landlord would evict her.\n\n"
        '"I am even more scared now," she said.'
    )
    assert claimants(body) == ["the woman", "the woman"]


def test_a_quotation_that_closes_one_inside_it() -> None:
    body = "\"My mother always told me, 'You belong here,'\" said the retired nurse."
    assert claimants(body) == ["the retired nurse"]


def test_the_doctor_is_the_one_titled_dr() -> None:
    body = (
        "Dr. Samira Oduya said Tuesday that flu cases had doubled.\n\n"
        + FILLER
        + '"The vaccine is safe," the doctor said.'
    )
    assert claimants(body)[-1] == "Samira Oduya"


@pytest.mark.parametrize(
    "sentence",
    [
        "Opponents, led by the Harlow Taxpayers League, argue the county should cut spending.",
        "Opponents, backed by two unions, argue the county should cut spending.",
    ],
)
def test_a_group_led_or_backed_by_another(sentence: str) -> None:
    assert claimants(sentence) == ["Opponents"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The company that makes Glimmer said it would recall the cans.",
            "the company that makes Glimmer",
        ),
        (
            "The union that represents nurses said pay was too low.",
            "the union that represents nurses",
        ),
        (
            "A group that represents Ohio farmers said prices fell.",
            "a group that represents Ohio farmers",
        ),
    ],
)
def test_a_subject_whose_clause_names_someone_else(sentence: str, expected: str) -> None:
    assert claimants(sentence) == [expected]


def test_a_recall_of_cans_is_a_deed() -> None:
    sentence = "Brightwater Beverages recalled 2 million cans on Monday after reports of metal."
    assert claimants(sentence) == [OUTLET]


SPARRING = (
    "Sen. Marta Quinlan and Rep. Doug Haskell clashed over the farm bill on Tuesday.\n\n"
    "Quinlan, a Democrat, said the bill would cut food aid for 2 million families. She "
    'called it "a betrayal."\n\n'
    "Haskell disagreed. He said the cuts targeted fraud, not families. "
    '"Nobody who needs help will lose it," he said.\n\n'
    "The two have sparred before. "
)


def test_she_after_a_man_spoke_is_the_last_woman_who_spoke() -> None:
    body = (
        SPARRING + "Last year, she accused him of blocking relief; he said her figures were wrong."
    )
    assert claimants(body)[-1] == "Marta Quinlan"


def test_she_beside_someone_named_stays_unresolved() -> None:  # (as before)
    body = SPARRING + "Last year, Renwick thought she had blocked disaster relief."
    assert claimants(body)[-1] != "Marta Quinlan"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The economist said energy-intensive firms were hit hardest.", "Petra Halm"),
        ("The epidemiologist said cases would peak in May.", "Petra Halm"),
        # (as before: an office is the one the story gave it to, else unnamed)
        ("The governor said energy-intensive firms were hit hardest.", "the governor"),
    ],
)
def test_a_trade_as_subject_is_the_one_quoted_just_before(sentence: str, expected: str) -> None:
    body = '"The data are a clear disappointment," said Petra Halm of Nordbank. ' + sentence
    assert claimants(body)[-1] == expected


def test_a_turn_taken_up_again_after_an_interruption_keeps_its_label() -> None:
    body = (
        "MODERATOR: Senator, your time is up.\n\n"
        "VANCE: ... Let me finish. The plan cuts taxes for 90 percent of families.\n\n"
        "OKAFOR: -- That is not true."
    )
    assert claimants(body)[-3:] == ["Vance", "Vance", "Okafor"]


@pytest.mark.parametrize(
    "sentence",
    [
        # what someone said spoken of, not reported: a clause, then the sentence's verb
        "The account Mayor Roe retweeted was set up as a trap by a blogger.",
        "The figure Roe cited is wrong.",
        # what someone holds, named by a free relative
        "That is not what he personally wants.",
    ],
)
def test_what_someone_said_or_wants_spoken_of_is_the_writers(sentence: str) -> None:
    body = "Tom Roe spoke on Monday.\n\n" + sentence
    assert claimants(body)[-1] == OUTLET


def test_what_someone_said_leading_into_it_is_still_theirs() -> None:  # (as before)
    body = "Tom Roe spoke on Monday.\n\nHere is what he said: taxes are too high."
    assert claimants(body)[-1] == "Tom Roe"


@pytest.mark.parametrize(
    "sentence",
    [
        "The bank's chief economist, Huw Pell, warned last month that cutting too soon could "
        "backfire.",
        "The union's president, Huw Pell, insisted on Monday that the strike would go on.",
    ],
)
def test_a_role_and_a_name_set_off_speak_after_when(sentence: str) -> None:
    assert claimants(sentence) == ["Huw Pell"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Prices rose 4 percent, a figure economists said was alarming.", "economists"),
        ("The plan cut taxes, a move critics said was reckless.", "critics"),
        # (as before: a share of the group is its own)
        ("A few economists said prices were alarming.", "a few economists"),
    ],
)
def test_a_noun_set_off_is_no_part_of_the_group_after_it(sentence: str, expected: str) -> None:
    assert claimants(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Pike reaffirmed that the levy was unfair.",
        "Ada Pike rebutted the claim that the levy was fair.",
        "Ada Pike threatened that the union would strike.",
        "Ada Pike chimed in: the levy was unfair.",
    ],
)
def test_more_verbs_of_saying(sentence: str) -> None:
    assert claimants(sentence) == ["Ada Pike"]


@pytest.mark.parametrize(
    "sentence",
    [
        # (as before: a threat in deeds, a stance restated without its words)
        "Floods threatened to wash out the road.",
        "The speech came as some council members reaffirmed their opposition.",
    ],
)
def test_threats_and_stances_without_words(sentence: str) -> None:
    assert claimants(sentence) == [OUTLET]


@pytest.mark.parametrize(
    "opening",
    [
        "Ada Pike and Jo Renner published a study on Monday.",
        "Economists Ada Pike and Jo Renner met on Monday.",
    ],
)
def test_they_think_after_two_named_together(opening: str) -> None:
    body = opening + " They think the recovery is real."
    assert claimants(body)[-1] == "Ada Pike and Jo Renner"


def test_a_groups_word_before_a_name_is_no_part_of_it() -> None:
    body = (
        "Senators Mitch Rourke and Ann Lusk met on Tuesday.\n\n"
        '"It is time to stop," Mr. Rourke said.'
    )
    assert claimants(body)[-1] == "Mitch Rourke"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The budget office now says the deficit will grow sooner.", "the budget office"),
        (
            "Even the organizer of a pro-Roe rally said the rules increased the risk.",
            "the organizer of a pro-Roe rally",
        ),
        ("Even the organizer said the rules increased the risk.", "the organizer"),
        # a share of those asked reports through the survey that asked them
        (
            "According to a Courier-WTLV survey, 51 percent of respondents said they would vote "
            "for Pike.",
            "a Courier-WTLV survey",
        ),
    ],
)
def test_now_even_and_a_share_according_to_a_survey(sentence: str, expected: str) -> None:
    assert claimants(sentence) == [expected]


@pytest.mark.parametrize(
    ("opening", "sentence", "expected"),
    [
        (
            "The researchers, led by Dr. Ines Solberg, analyzed data from 14 satellites.",
            "They estimate the ice lost an area the size of Argentina.",
            "the researchers",
        ),
        ("The workers walked out on Monday.", "They say the plant is unsafe.", "the workers"),
        # (as before: "they" is no thing)
        ("The talks collapsed on Monday.", "They say the plant is unsafe.", OUTLET),
    ],
)
def test_they_after_people_the_narration_opens_with(
    opening: str, sentence: str, expected: str
) -> None:
    assert claimants(opening + " " + sentence)[-1] == expected


def test_a_budget_estimate_is_a_noun() -> None:  # (as before)
    assert claimants("The budget estimate the council approved was too low.") == [OUTLET]


def test_a_bodys_officer_after_someone_else_quoted_is_not_them() -> None:
    body = (
        "Whitfield's attorney, Marcus Lee, said his client would plead not guilty. \"She "
        'served this county honorably," he said.\n\n'
        "The scheme came to light after an audit flagged missing deposits, the county's "
        "finance director told reporters."
    )
    assert claimants(body)[-1] == "the county's finance director"


def test_she_after_a_man_spoke_is_the_one_named_near_whose_gender_nothing_shows() -> None:
    body = (
        'Zorina Lindqvist asked Tom Varga about his remarks. "Can happen when you are 45," '
        'she said.\n\n"You know, it happens," Varga went on. "But you gotta get over it."\n\n'
        "Varga took offense when Lindqvist confronted him in the first debate. He later called "
        'her "third-rate" as his feud with the network escalated.\n\n'
        "In the released excerpt, the two did not discuss his criticisms of her.\n\n"
        "She told a morning show on Monday the tone of the interview was cordial."
    )
    assert claimants(body)[-1] == "Zorina Lindqvist"


@pytest.mark.parametrize(
    "between",
    [
        # (as before: no group and no movement is "she")
        "Varga took offense when some Ohio Farmers confronted him.",
        "Varga took offense when the Five Star Movement confronted him.",
    ],
)
def test_she_is_no_group_named_near(between: str) -> None:
    body = (
        '"You gotta get over it," Tom Varga said.\n\n'
        + between
        + "\n\nShe told a show it was fine."
    )
    assert claimants(body)[-1] not in ("Ohio Farmers", "some Ohio Farmers", "Five Star Movement")


def test_a_democrat_before_a_name_is_no_part_of_it() -> None:
    body = 'Democrat Zora Teachout spoke on Monday.\n\n"This is serious," Teachout said.'
    assert claimants(body)[-1] == "Zora Teachout"


@pytest.mark.parametrize(
    "sentence",
    [
        "Writing on Facebook, Pike called the levy unfair.",
        "Pike called the report misleading.",
        "Pike called the vote rigged.",
    ],
)
def test_naming_with_an_evaluating_word_is_speech(sentence: str) -> None:
    assert claimants(sentence) == ["Pike"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Pike called Mayor Roe on Tuesday.",
        "Pike called the union and asked for a meeting.",
        "Pike called the university and asked.",
    ],
)
def test_calling_someone_is_no_speech(sentence: str) -> None:  # (as before)
    assert claimants(sentence) == [OUTLET]


@pytest.mark.parametrize(
    ("opening", "sentence", "expected"),
    [
        (
            "Brightwater Beverages recalled the cans on Monday.",
            "It said no injuries had been reported.",
            "Brightwater Beverages",
        ),
        (
            "The Federal Reserve held rates steady on Wednesday.",
            "It signaled two cuts next year.",
            "the Federal Reserve",
        ),
        (
            "The Supreme Court struck down the law on Friday.",
            "It ruled that the state had overstepped.",
            "the Supreme Court",
        ),
        # (as before: "it" is no person, and no case named by a place)
        ("Maria Lopez filed suit on Monday.", "It said the city had erred.", OUTLET),
        (
            "The Arizona case faces the tightest deadline.",
            "It states that courts should not rule late.",
            OUTLET,
        ),
    ],
)
def test_it_after_a_body_the_narration_opens_with(
    opening: str, sentence: str, expected: str
) -> None:
    assert claimants(opening + " " + sentence)[-1] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Orbis Mobile announced layoffs last month. Orbis said the cuts were needed.",
            "Orbis Mobile",
        ),
        # (as before: a person's surname, and a pair or a group whose name opens so)
        ("Tom Hale said it. Hale said more.", "Tom Hale"),
        ("Forbes and Wealth-X said it. Forbes said more.", "Forbes"),
    ],
)
def test_a_body_named_by_its_first_word_again(body: str, expected: str) -> None:
    assert claimants(body)[-1] == expected
