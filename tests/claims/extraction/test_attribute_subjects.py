"""Subjects of reporting verbs: places and groups are never "he" or "she", a pronoun
after a sentence adverb ("Rather, he said, ..."), contracted auxiliaries ("He’s argued"),
progressive forms ("is touting") and titles of local office. Invented sentences only."""

from __future__ import annotations

import pytest

from claims.extraction.places import is_place
from claims.extraction.speech import _SPEECH_WORDS
from tests.claims.extraction.claimants import claimants


@pytest.mark.parametrize("place", ["Norway", "Peru", "New Hampshire", "Wall Street"])
def test_he_never_refers_to_a_place_that_spoke(place: str) -> None:
    body = (
        "Trade envoy Marcus Oyelaran arrived in Geneva on Monday.\n\n"
        f"{place} said the tariff would rise 4 percent.\n\n"
        '"This is not the deal we signed," he said.'
    )
    assert claimants(body)[-1] == "Marcus Oyelaran"


def test_she_never_refers_to_a_group_that_spoke() -> None:
    body = (
        "Councillor Maren Holt spoke at the hearing.\n\n"
        "Democrats said the levy would raise $4 million.\n\n"
        '"We need every dollar of it," she said.'
    )
    assert claimants(body)[-1] == "Maren Holt"


def test_is_place() -> None:
    assert is_place("the United States") and is_place("Georgia") and is_place("Kenya")
    assert not is_place("Marcus Oyelaran") and not is_place("the Treasury")


@pytest.mark.parametrize("adverb", ["Rather", "Instead", "Still"])
def test_a_pronoun_after_a_sentence_adverb_is_the_speaker(adverb: str) -> None:
    body = (
        "Senator Paul Ostrander said the vote was close.\n\n"
        f"{adverb}, he said, continued delays at the port will cost 400 jobs."
    )
    assert claimants(body) == ["Paul Ostrander", "Paul Ostrander"]


@pytest.mark.parametrize(
    "sentence",
    [
        "He’s argued that the county lost 300 jobs.",
        "He's predicting a 5 percent rise in exports.",
        "He is touting the 2019 tax deal as a success.",
        "He’s also praising the 12 new teachers the county hired.",
    ],
)
def test_a_contracted_or_progressive_verb_reports_the_pronoun(sentence: str) -> None:
    body = f"Senator Paul Ostrander toured the port.\n\n{sentence}"
    assert claimants(body)[-1] == "Paul Ostrander"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ostrander is telling dock workers that the port will add 300 jobs.",
        "Ostrander is thanking voters in Dover for a 12-point win.",
        "Senator Ostrander is also congratulating his rival on 41 percent.",
        "Ostrander is questioning whether the $9 million grant was ever spent.",
        "Ostrander thanked the 40 volunteers who ran his campaign.",
        "Ostrander blamed the 2019 tax deal for the lost jobs.",
        "Ostrander vows to cut the levy by 2 percent.",
        "Ostrander slams the plan's $4 million price.",
        "He derided the 2019 tax deal as a 40-page giveaway.",
        "He lambasted the $4 million contract.",
        "He implied the county lost 300 jobs.",
        "Ostrander sees the 2019 tax deal as the cause of 300 lost jobs.",
        "He views the $4 million grant as wasted.",
        "Ostrander isn’t saying what the $4 million paid for.",
        "Ostrander didn’t say whether the levy rose 2 percent.",
        'Ostrander shot back, "The levy rose 2 percent."',
        "Ostrander fired back at the 40 critics of the port plan.",
        "Ostrander lashed out at the $4 million contract.",
        "Ostrander repeated that the port lost 40 jobs.",
        "Ostrander took to Twitter to say the levy rose 2 percent.",
        "Ostrander went on to say the port lost 40 jobs.",
        "Ostrander declined to say whether the $4 million was spent.",
        "Ostrander referred to the 40 protesters as friends.",
        "Ostrander rejected the claim that 300 jobs were lost.",
        "Ostrander credited the 2019 tax deal with 40 new jobs.",
        "Ostrander issued a statement calling the levy a 2 percent theft.",
        "Ostrander expressed concern that 40 jobs could go.",
        "Ostrander hints at a 2 percent levy cut.",
        "Ostrander decried the 2019 tax deal as a giveaway.",
        "Ostrander denounced the $4 million contract.",
        "Ostrander downplayed the loss of 40 jobs.",
        "Ostrander voiced confidence that the levy would fall 2 percent.",
        "Ostrander took aim at the 2019 tax deal.",
        "Ostrander spoke out against the $4 million contract.",
        "Ostrander charged that the port hid 40 layoffs.",
        "Ostrander described how the port lost 40 jobs.",
        "Ostrander described the levy as a 2 percent theft.",
        "Ostrander on Thursday evening said the levy rose 2 percent.",
        "Ostrander declined to comment on the $4 million contract.",
        "Ostrander refused to answer questions about the 40 jobs.",
        "Ostrander suggests that the levy rose 2 percent.",
        "Ostrander denies that the port lost 40 jobs.",
        "Ostrander contends the $4 million was never spent.",
        '"The levy rose 2 percent," he elaborated, "and the port lost 40 jobs."',
    ],
)
def test_more_verbs_of_speech_report_the_subject(sentence: str) -> None:
    assert claimants(f"Senator Paul Ostrander toured the port.\n\n{sentence}")[-1] == (
        "Paul Ostrander"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Ostrander's telling of the 2019 vote left out 300 jobs.",
        "Ostrander's metaphor is telling in itself, with 12 examples.",
        "Ostrander's questioning of the 40 witnesses took four hours.",
        "The comedian endures the lewd jokes of 40 colleagues.",
        "Ostrander sees 40 visitors a day at the port.",
        "The Herald's repeated requests for the 2019 figures went unanswered.",
        "Ostrander's plans to cut the levy 2 percent stalled.",
        "It is hard to say whether the 40 jobs will return.",
        "Voters were asked to say whether the levy should rise 2 percent.",
        "Ostrander was charged with 4 counts of fraud.",
        "Ostrander called Kirby on Tuesday about the 40 jobs.",
        "Ostrander maintains a 12-point lead in the polls.",
        "She boasts a 45-point lead among voters over 40.",
    ],
)
def test_a_verb_of_speech_used_as_a_noun_or_plain_seeing_reports_nothing(sentence: str) -> None:
    assert claimants(f"Port workers met on Monday.\n\n{sentence}")[-1] == "The Ledger"


@pytest.mark.parametrize(
    "sentence",
    [
        "Winning both states would close one of Ostrander's most promising paths.",
        "The warning came too late for 300 workers.",
        "Ostrander was, as ever, promising.",
    ],
)
def test_an_adjective_or_noun_in_ing_reports_nothing(sentence: str) -> None:
    assert claimants(f"Senator Paul Ostrander toured the port.\n\n{sentence}")[-1] == ("The Ledger")


@pytest.mark.parametrize("adverb", ["Then", "Even", "Now"])
def test_a_sentence_adverb_is_not_part_of_the_name(adverb: str) -> None:
    body = f"Judge Alma Brisco ruled on Monday.\n\n{adverb} Brisco said the fine was $4 million."
    assert claimants(body)[-1] == "Alma Brisco"


@pytest.mark.parametrize("title", ["Councilman", "Sheriff", "Assemblywoman"])
def test_local_titles_are_not_part_of_the_name(title: str) -> None:
    assert claimants(f"{title} Roy Tibbs said arrests fell 12 percent.") == ["Roy Tibbs"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "But hacking specialists say the leaked files might not be genuine.",
            "hacking specialists",
        ),
        ("A calmer Varga may not be bad, say some Democrats, who recall 1998.", "Democrats"),
        (
            "All four candidates have said they would cut the levy by 4 percent.",
            "All four candidates",
        ),
    ],
)
def test_more_unnamed_groups_are_sources(sentence: str, expected: str) -> None:
    assert claimants(sentence) == [expected]


def test_a_group_after_the_verb_must_end_the_clause() -> None:
    # "said many veterans of the race": not a clause-final group, so not taken.
    assert claimants('"We will win 300 seats," said many veterans of the race.') == ["The Ledger"]


def test_a_person_named_after_descriptors_is_the_subject_of_a_far_verb() -> None:
    body = "Ostrander campaign manager Ada Pike rejected the idea, saying the levy rose 2 percent."
    assert claimants(body) == ["Ada Pike"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("As reported by the Dover Herald, the levy rose 2 percent.", "the Dover Herald"),
        ("As first reported in Harbor Weekly on Tuesday, 40 jobs went.", "Harbor Weekly"),
    ],
)
def test_as_reported_by_names_the_medium(sentence: str, expected: str) -> None:
    assert claimants(sentence) == [expected]


def test_context_words_of_the_verb_patterns_do_not_open_the_speech_scan() -> None:
    # "that" (in "charged that") or "about" (in "spoke about") in the prefilter would send
    # most sentences through the speaker patterns; each pattern's first word is enough.
    assert {"that", "about", "back", "against", "support"}.isdisjoint(_SPEECH_WORDS)
    assert {"charged", "spoke", "took", "issued", "voiced", "shot"} <= _SPEECH_WORDS


def test_back_opens_a_sentence_without_being_a_name() -> None:
    body = (
        "Mayor Jo Roe toured the port.\n\n"
        'Back in 1999, Roe praised the plan, telling the Herald: "It adds 40 jobs."'
    )
    assert claimants(body)[-1] == "Jo Roe"


def test_a_possessive_role_gives_way_to_the_name_in_its_apposition() -> None:
    body = "Ostrander's attorney, Ada Pike, declined to comment on the 40 charges."
    assert claimants(body) == ["Ada Pike"]
