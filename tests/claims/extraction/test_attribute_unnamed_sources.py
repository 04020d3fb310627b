"""Unnamed sources this round adds: a plural subject after one or two fronted phrases
("Around that date, 38 percent said"), a relative clause after a group's head ("People
who have fought such levies before say"), a share of people ("A majority of her donors
say"), and an unnamed person or group whose verb of saying comes late ("A Roe campaign
official then walked back the remarks, saying ..."). Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import INTRO, OUTLET, claimants, last


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Around that date, 38 percent said they would back the levy.", "38 percent"),
        ("Among Dover voters, 61 percent said they are sure of the levy.", "61 percent"),
        (
            "Still, while the port cannot stop every ship, forecasters say it could do more.",
            "forecasters",
        ),
        (
            "At the same time, though, port officials have long worried about the levy.",
            "port officials",
        ),
        (
            "In separate interviews, three former Osei employees said the levy was fair.",
            "three former Osei employees",
        ),
    ],
)
def test_a_plural_subject_after_fronted_phrases(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "People who have fought such levies before say it could be repealed.",
            "People who have fought such levies before",
        ),
        (
            "The state officials whose laws were struck down say the courts have changed.",
            "the state officials whose laws were struck down",
        ),
        (
            "A majority of her donors say they intend to back the levy.",
            "a majority of her donors",
        ),
        ("Half of those polled said the levy was too high.", "Half of those polled"),
    ],
)
def test_a_group_with_a_relative_clause_or_a_share_of_people(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Rita Osei met farmers who say the levy is fair.",
        "Brisco won the votes of people who say the levy is fair.",
    ],
)
def test_a_group_inside_a_clause_or_an_object_is_no_source(sentence: str) -> None:
    assert last(sentence) == "The Ledger"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A Brisco campaign official then walked back the remarks, saying that she "
            "had no levy in mind.",
            "a Brisco campaign official",
        ),
        (
            "Campaign officials then walked back the remarks, saying that she had no levy in mind.",
            "Campaign officials",
        ),
        (
            "People close to her defended the levy, arguing that it would pass.",
            "People close to her",
        ),
        (
            "One operative inside Osei Tower tried to play down the ruling, saying it was old.",
            "one operative inside Osei Tower",
        ),
        (
            "A press aide for Mr. Osei, who paid for the study, declined to say who wrote it.",
            "a press aide for Mr. Osei",
        ),
        (
            "The Brisco campaign sent a fundraising email Friday saying that the levy will pass.",
            "the Brisco campaign",
        ),
    ],
)
def test_an_unnamed_source_whose_verb_of_saying_comes_late(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Supporters of the levy hope this is just a pause for the port.",
            "Supporters of the levy",
        ),
        ("Some Republicans doubt that the levy will change much.", "some Republicans"),
        ("Port officials expect it to raise $4 million next year.", "Port officials"),
        ("Critics charge that she skewed the levy toward donors.", "Critics"),
        ("Harbor experts have concluded that the levy cut traffic.", "Harbor experts"),
        ("Dover senators have vowed to block the levy.", "Dover senators"),
    ],
)
def test_a_group_that_hopes_fears_doubts_or_expects(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


def test_they_inside_a_quotation_is_no_speaker_of_its_own() -> None:
    body = (
        INTRO + "Some Dover strategists fear the levy will cost votes.\n\n"
        '"I worry that they will think voters turn out on anger alone," said Ana Lutz, '
        'a consultant. "Anger alone won\'t move anyone. They need a reason to show up."'
    )
    assert claimants(body)[-2:] == ["Ana Lutz", "Ana Lutz"]


def test_a_reply_on_social_media_writing_a_quotation() -> None:
    body = (
        INTRO + "Ana Lutz asked all candidates to drop the word.\n\n"
        "Brisco responded to Lutz’s question on Facebook writing, “Of course I will. "
        "That word was a bad pick.”"
    )
    assert claimants(body)[-2:] == ["Alma Brisco", "Alma Brisco"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "But port activists clamoring to block the levy say they are in the majority.",
            "port activists clamoring to block the levy",
        ),
        ("Officials meeting in Dover said the levy was too high.", "Officials meeting in Dover"),
        ("Caucus-goers were somewhat more likely to say they favored the levy.", "Caucus-goers"),
    ],
)
def test_a_group_with_a_participles_phrase_or_more_likely_to_say(
    sentence: str, expected: str
) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nevertheless, experts agree that the levy will cut traffic.", "experts"),
        ("Privately, some Dover officials said the levy was doomed.", "some Dover officials"),
        (
            "Nonetheless, port owners backing the bill have said they have the votes.",
            "port owners backing the bill",
        ),
    ],
)
def test_a_group_after_a_sentence_adverb(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


def test_an_unnamed_party_member_quoted_goes_on_speaking() -> None:
    body = (
        INTRO + "“The levy will be defeated,” said a Dover Republican, who, like all "
        "respondents, answered anonymously. “But it will not collapse in a week.”\n\n"
        "“It is over,” added a Salem Democrat.\n\n"
        "“Voters like the levy,” said a senior Republican National Committee member."
    )
    assert claimants(body)[-4:] == [
        "a Dover Republican",
        "a Dover Republican",
        "a Salem Democrat",
        "a senior Republican National Committee member",
    ]


def test_an_unnamed_person_quoted_goes_on_in_the_next_paragraph() -> None:
    body = (
        INTRO + '"You will see a big ad buy," said one Democrat involved in the planning. '
        '"Money is not a problem."\n\n'
        '"What happens when millions go after the levy?"'
    )
    assert claimants(body)[-3:] == ["one Democrat involved in the planning"] * 3


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Investors see roughly a one-in-four chance that the levy passes.", "Investors"),
        ("Party leaders want no replay of the 1994 fight over the levy.", "Party leaders"),
        ("Port officers favored the levy 46 percent to 32 percent.", "Port officers"),
        (
            "Last spring only 27 percent of Dover voters said they backed it.",
            "only 27 percent of Dover voters",
        ),
        # the trailing poll reports what the voters hold
        ("Eighty-four percent of Dover voters oppose the levy, the poll found.", "the poll"),
    ],
)
def test_a_group_that_sees_wants_or_favors(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Some callers faced long hold times for customer support.",
        "Port attorneys for the city appeared to oppose the levy in court.",
    ],
)
def test_a_noun_or_a_verb_phrase_is_no_groups_view(sentence: str) -> None:
    # "customer support" is a noun; "appeared to oppose" is no group's head and its verb
    assert last(sentence) == "The Ledger"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Many backers privately say that the levy will pass.", "many backers"),
        (
            "Five former clerks separately told the Herald that the port lost 40 jobs.",
            "Five former clerks",
        ),
        ("Officials told reporters the port would close in 2020.", "Officials"),
    ],
)
def test_a_group_speaks_past_an_adverb_and_tells_a_listener(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("His campaign said the fees went to charity.", "his campaign"),
        ("But her office later said the fees went to charity.", "Alma Brisco's office"),
        ("The venue, his campaign said, had been booked for weeks.", "his campaign"),
        ('"The fees went to charity," her campaign said.', "Alma Brisco's campaign"),
        ("Their company has argued that the ferry contract is binding.", "their company"),
        # a person of the body is the person
        ("His campaign staffer said the fees went to charity.", "his campaign staffer"),
    ],
)
def test_a_body_that_speaks_for_the_person_a_possessive_names(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Lusk insiders recently told the Ledger they would wait.", "Lusk insiders"),
    ],
)
def test_a_group_with_an_adverb_before_its_verb(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


def test_a_pronoun_is_never_the_head_of_a_the_subject() -> None:
    # ("the Ledger they" was the speaker)
    assert last("In the Ledger they argued that the levy was void.") == OUTLET


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a count's lead
        (
            "About a dozen members of Congress said they would vote no.",
            "about a dozen members of Congress",
        ),
        (
            "At least 12 members of Congress said they would vote no.",
            "At least 12 members of Congress",
        ),
        (
            "More than half of those asked in the Ledger poll said the levy was fair.",
            "More than half of those asked in the Ledger poll",
        ),
        # one member of a body, not the body
        ("A member of Congress said the levy was void.", "a member of Congress"),
        (
            "One member of the Dover Council told the Ledger the levy was void.",
            "one member of the Dover Council",
        ),
    ],
)
def test_a_count_or_a_member_of_a_body_is_the_source(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


def test_what_befalls_a_group_is_not_what_it_says() -> None:
    sentence = (
        "About 4,000 ferry riders in Dover would pay less next spring, "
        "according to a fact sheet the council released Monday."
    )
    assert last(sentence) == "a fact sheet the council"


def test_a_role_of_an_organisation_after_a_quotation_is_the_person_quoted() -> None:
    body = (
        "Ada Fiorin spoke in Dover on Monday.\n\n"
        '"The levy is void," Fiorin said.\n\n'
        '"It will be repealed," the former CEO of Acme added.'
    )
    assert claimants(body)[-1] == "Ada Fiorin"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ferry riders, the polls tell us, want lower fares.", "the polls"),
        (
            "Over the same winter, county records show, the ferry ran 140 trips.",
            "county records",
        ),
        ("Turnout will be low, the new survey indicates, at about 30 percent.", "the new survey"),
    ],
)
def test_evidence_set_off_inside_the_sentence(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


def test_evidence_set_off_inside_a_quotation_is_the_quotations() -> None:
    sentence = (
        '"As the company changed hands, county records show, cash flowed to the '
        'foundation," the Herald reported.'
    )
    assert last(sentence) == "the Herald"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # kin after a possessive
        ("She had just opened a second bakery, her sister added.", "her sister"),
        ("Her husband said the levy was void.", "her husband"),
        # someone of a person named with "the ...'s": not that person
        ("Lusk will sign the budget, the mayor’s spokesman said.", "the mayor’s spokesman"),
        # a source of theirs after "according to"
        (
            "The captain had sailed the route since 2011, according to his Facebook profile.",
            "his Facebook profile",
        ),
        (
            "The levy is void, according to her two lawyers.",
            "Alma Brisco's two lawyers",
        ),
    ],
)
def test_someone_or_something_of_a_person_is_the_source(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


def test_according_to_what_someone_prefers_is_no_source() -> None:
    sentence = "Most riders take a seat by the window, according to their own habit."
    assert last(sentence) == OUTLET


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('Yet another said, "Lusk has the votes to win the ferry board."', "another"),
        ("And another said the levy was void.", "another"),
        ("One said the levy was void.", "one"),
        ("A third said the levy was void.", "a third"),
    ],
)
def test_one_more_of_those_quoted_unnamed(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Most nights, former employees said, she stayed at the ferry office until ten.",
            "former employees",
        ),
        ("Civil rights groups say the levy is unfair.", "Civil rights groups"),
        ("The plan, longtime customers said, is a mistake.", "longtime customers"),
    ],
)
def test_more_groups_that_speak(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


def test_a_group_with_a_that_clause() -> None:
    sentence = "But progressive groups that have endorsed Lusk say the rules are unfair."
    assert last(sentence) == "progressive groups that have endorsed Lusk"


@pytest.mark.parametrize(
    "sentence",
    [
        "Even then, the decline is 14%, according to our analysis of the same data.",
        "According to our count, 40 bridges are rated poor.",
        "According to my sources, the mayor will resign before the vote.",
    ],
)
def test_according_to_the_writers_own_work_is_the_outlets(sentence: str) -> None:
    # it gave "our analysis of the same data", a source named by no one
    assert claimants("Mayor Ada Roe spoke on Monday.\n\n" + sentence)[-1] == OUTLET


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # one described before, pointed back to, gave the outlet
        ("That person said the hostility had hampered him.", "that person"),
        ("This source told the Ledger the talks had failed.", "this source"),
        ("That official said the talks had failed.", "that official"),
        # a relative "that" before a plural is no pointing back
        ("He worked for a charity that prosecutors said was a front.", "prosecutors"),
    ],
)
def test_that_person_described_before(sentence: str, speaker: str) -> None:
    assert claimants(sentence)[-1] == speaker


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # those close to a person speak for themselves, not for the person
        ("An aide to Ed Rudd said she was furious.", "an aide to Ed Rudd"),
        ("Two aides to Brisco said she was furious.", "two aides to Brisco"),
        (
            "Two aides to Brisco, who spoke on condition of anonymity, said she was furious.",
            "two aides to Brisco",
        ),
        ("A source close to Brisco said she would not resign.", "a source close to Brisco"),
        ("A lawyer for Brisco said the ruling would stand.", "a lawyer for Brisco"),
        ("An adviser to Brisco told the Ledger she was furious.", "an adviser to Brisco"),
    ],
)
def test_one_close_to_a_person_is_not_the_person(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a group inside a relative clause yields to the sentence's own source
        (
            "Vaccination rates fell to 92.7% last year, according to state data, below the "
            "95% level experts say is needed to prevent outbreaks.",
            "state data",
        ),
        # (a group with its own clause after "according to" speaks, as before)
        ("According to the survey, experts say the level is too low.", "experts"),
    ],
)
def test_a_group_in_a_relative_clause(sentence: str, expected: str) -> None:
    assert last(sentence) == expected
