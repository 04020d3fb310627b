"""Whom "he" and "she" refer to when the speaker quoted last is someone else: the one person
the sentence itself names before the pronoun (as its subject or an owner, or after a
title), the subject of a narration clause after "but", a person whose apposition names a
city and its state, and a chain of narration sentences whose pronoun comes after an
opening phrase."""

from __future__ import annotations

import pytest

from claims.extraction.names import NameBook
from claims.extraction.pronouns import _sole_person_before
from tests.claims.extraction.claimants import claimants

# A man quoted first, so that a later "he" has someone else to fall back on.
OPENING = (
    'Councillor Ben Arkwright spoke first. "The levy is fair," Arkwright said.\n\n'
    "Dora Penhallow chairs the water board, and Teodor Vasko runs the depot.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the owner the sentence opens with
        (
            "Vasko's role is still being discussed, but he has said the depot needs two "
            "more trucks.",
            "Teodor Vasko",
        ),
        (
            "Penhallow's future on the board is unclear, but she said on Tuesday that the "
            "pipes would be replaced.",
            "Dora Penhallow",
        ),
        # a title before a name the article has not given in full
        (
            "Mayor Quennell angered the unions last spring when he said the depot would close.",
            "Quennell",
        ),
        # the subject of a clause after "how" and an adjective
        (
            "In a sign of how touchy Vasko is about the budget, he told the board the "
            "trucks were paid for.",
            "Teodor Vasko",
        ),
        # after a conjunction
        (
            "Unlike last year, when Vasko asked for four trucks, this time he said the "
            "depot could manage with two of them.",
            "Teodor Vasko",
        ),
    ],
)
def test_a_pronoun_refers_to_the_one_person_its_sentence_names_before_it(
    sentence: str, speaker: str
) -> None:
    assert claimants(OPENING + sentence)[-1] == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        # the person named is the object of a verb or a preposition: someone else speaks
        "The councillor later gave Vasko some credit, saying he had saved the depot.",
        "After a long meeting with Vasko, he said the trucks could wait.",
        # a reporting clause set off by commas: the one it names does not say it
        "The Vasko trucks are standing idle, he said, because nobody can drive them.",
        # a condition: someone else sets it
        "If Vasko loses the vote, he said he would back the rival bid for the depot.",
        # two people named: no one of them is the pronoun by this rule
        "Vasko's plan worried Penhallow, and he said the board would vote on it.",
    ],
)
def test_a_person_named_as_an_object_or_beside_another_is_not_the_pronoun(
    sentence: str,
) -> None:
    assert claimants(OPENING + sentence)[-1] != "Teodor Vasko"


def test_a_he_after_a_clause_opened_by_but_is_the_clauses_subject() -> None:
    body = (
        "Teodor Vasko runs the depot.\n\n"
        '"The levy is fair," Councillor Ben Arkwright said. "We have waited long enough."\n\n'
        "The chair moved on to the next item, but Vasko was not having it.\n\n"
        '"Nobody here has driven those trucks in a year," he said.'
    )
    assert claimants(body)[-1] == "Teodor Vasko"


def test_a_person_introduced_with_a_city_and_its_state_speaks_the_next_quotation() -> None:
    body = (
        OPENING + "Ivo Marchetti, a 61-year-old baker in Eugene, Ore., paid the levy twice "
        "last year.\n\n"
        '"Nobody at the depot answers the phone," he said.'
    )
    assert claimants(body)[-1] == "Ivo Marchetti"


def test_a_narration_chain_follows_a_pronoun_after_an_opening_phrase() -> None:
    body = (
        OPENING + "Former treasurer Piet Oduya agreed with the auditors.\n\n"
        "In a radio interview that spring, he was asked what had gone wrong. "
        '"Nobody read the contracts," he said.'
    )
    assert claimants(body)[-1] == "Piet Oduya"


@pytest.mark.parametrize(
    "sentence",
    [
        "Penhallow has the final say on the depot's trucks.",
        "The board, not the council, gets the last say on the levy.",
    ],
)
def test_say_as_a_noun_after_an_adjective_names_no_speaker(sentence: str) -> None:
    # "the final say" is no subject "the final" and its verb "say"
    assert claimants(OPENING + sentence)[-1] == "The Ledger"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Vasko's role is unclear, but he has said the depot needs trucks.", "Teodor Vasko"),
        ("Unlike last year, when Vasko asked for trucks, this time he said so.", "Teodor Vasko"),
        # each of these is stopped by one check alone
        ("The mayor thanked Vasko warmly, and he said the depot would stay.", None),  # object
        ("Vasko and Arkwright met at noon, and he said the depot would close.", None),  # two
        ("Vasko's trucks are standing idle, he said, because nobody drives them.", None),
        ("If Vasko loses the vote, he said he would back the rival bid.", None),  # a condition
        ("Penhallow's plan is unclear, but he said the pipes would be replaced.", None),  # she
    ],
)
def test_the_one_person_before_the_pronoun_and_each_check_that_rules_it_out(
    sentence: str, expected: str | None
) -> None:
    book = NameBook()
    book.learn(OPENING)
    book.learn(sentence)
    at = sentence.index(" he ") + 1
    genders = {"Dora Penhallow": "f"}  # as "Ms. Penhallow" would teach
    assert _sole_person_before(sentence, at, book, genders, "m") == expected


_ONE_QUOTED_BEFORE = (
    "Jo Renner won the race in Ohio.\n\n"
    '"He is viable," said Ivo Pike, a professor at the university.\n\n'
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a pronoun in a relative clause of the sentence the subject opens
        ("Renner backs a plan that he says is fair.", "Jo Renner"),
        ("Renner rallied voters with a plan he says is fair.", "Jo Renner"),
        # ... after a quoted term of the narration
        (
            'Renner rallied voters with calls to end the "rigged economy" that he says is '
            "kept by donors.",
            "Jo Renner",
        ),
        # (a reporting clause closing the sentence: someone else says it of the subject)
        ("Also, Renner lost, he said.", "Ivo Pike"),
        ('"We will win," he said.', "Ivo Pike"),
    ],
)
def test_a_pronoun_in_the_openers_relative_clause_is_the_opener(
    sentence: str, expected: str
) -> None:
    assert claimants(_ONE_QUOTED_BEFORE + sentence)[-1] == expected


_OPINIONS_BEFORE = "Opinions on the levy differ sharply.\n\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "they" inside the sentence a plural subject opens
        (
            "Millennials have reached a broad consensus on the levy: By nearly 2-1, they say "
            "it should pass.",
            "Millennials",
        ),
        ("Farmers in Ohio oppose the levy, and they say it will cost jobs.", "Farmers"),
        (
            "Senate Democrats blocked the bill because they said it was a poison pill.",
            "Senate Democrats",
        ),
        # (a reporting clause closing the sentence; a fronted word; a person's name)
        ("Republicans lost Ohio, they said.", "Opinions"),
        ("Sometimes, they say, the levy means more work.", "Opinions"),
    ],
)
def test_they_inside_the_sentence_is_the_plural_it_opens_with(sentence: str, expected: str) -> None:
    assert claimants(_OPINIONS_BEFORE + sentence)[-1] == expected


_ONE_BIASED_BEFORE = (
    "Jo Renner won the race in Ohio.\n\n"
    '"He is biased," said Ivo Pike, a professor at the university.\n\n'
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "One of Renner's earlier attacks came in May, when he told the Courier that the "
            "judge was biased.",
            "Jo Renner",
        ),
        (
            "The campaign has bristled at some of Renner's comments, including one in May in "
            "which he said the judge was biased.",
            "Jo Renner",
        ),
        # (a name after "of" that is no share's owner: as before)
        ("After meeting with Renner, he said the judge was biased.", "Ivo Pike"),
        (
            "A friend of Renner's came in May, when he told the Courier the judge was biased.",
            "Ivo Pike",
        ),
    ],
)
def test_he_after_a_share_of_what_someone_has_is_that_someone(sentence: str, expected: str) -> None:
    assert claimants(_ONE_BIASED_BEFORE + sentence)[-1] == expected
