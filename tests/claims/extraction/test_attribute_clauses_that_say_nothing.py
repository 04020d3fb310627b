"""A verb of saying inside a clause that says nothing the sentence holds names no
speaker: an object's relative clause ("the levy, which Pike has criticized, passed")
and a fronted clause whose verb has nothing after it ("After Pike testified, the panel
..."). Where the clause's verb bridges to what is said ("which Pike said would cost"),
the preposition makes its subject the speaker ("an interview in which Pike said"), or
the fronted clause credits the main one ("As Pike noted, ..."), the subject still
speaks. A degree word before an adverb is no part of a group ("almost universally
say"). Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import OUTLET, claimants, last

_OPENING = "Councillor Ada Pike spoke at the hall on Monday.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The levy passed on Tuesday, although the ferry plan, which Pike has criticized, stalled.",
        "The levy, which the councillor opposed, passed the chamber by 12 votes.",
        "Harbor staff refused to sign the ferry contract, which Pike vehemently opposed.",
        "The mayor offered kind words about the treasurer, whom Pike attacked during the race.",
        "The two plans, which Pike rejected last spring, were revived on Friday.",
        "After Pike testified, the panel turned to the harbor budget.",
        "When the councillor spoke on Monday, protesters at the back chanted for an hour.",
        "After Pike testified before the committee, the levy passed by 12 votes.",
    ],
)
def test_a_clause_that_says_nothing_names_no_speaker(sentence: str) -> None:
    assert claimants(_OPENING + sentence)[-1] == OUTLET


@pytest.mark.parametrize(
    "sentence",
    [
        # the clause's verb bridges to what is said
        "The levy, which Pike said would cost $5 million, passed on Tuesday.",
        "The ferry plan, which Pike says includes 40 new routes, passed on Tuesday.",
        # a preposition before "which": the subject speaks in it
        "She gave an interview on Friday in which Pike said the levy was unfair.",
        "The council aired an advert in which Pike declares, ''The levy is unfair.''",
        # a name after "which" that is called or likened is characterised by the speaker
        "The ferry, which Pike called ''a disgrace,'' will sail on Monday.",
        # the fronted clause says something, or credits the main clause
        "After Pike said in a statement that the levy was unfair, the chamber voted.",
        "Even after the council unveiled a plan on which Pike pledged to spend $2 million, "
        "some doubted it.",
        "As Pike noted, the levy has cost the harbor $5 million.",
    ],
)
def test_a_clause_that_says_something_keeps_its_speaker(sentence: str) -> None:
    assert claimants(_OPENING + sentence)[-1] == "Ada Pike"


def test_a_degree_word_before_the_adverb_is_no_part_of_the_group() -> None:
    sentence = "But owners who run harbor ferries almost universally say the levy is unfair."
    assert last(sentence) == "owners who run harbor ferries"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Although Pike has denied the report, the memo shows she met the lobbyist twice.",
            "the memo",
        ),
        ("While Pike has praised the levy, records show the harbor lost $2 million.", "records"),
    ],
)
def test_evidence_in_the_main_clause_speaks_over_the_fronted_subject(
    sentence: str, expected: str
) -> None:
    assert claimants(_OPENING + sentence)[-1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Some records that Linder questioned are already stored in a vault, and there is "
            "no need to move them, Kenner wrote Linder.",
            "Kenner",
        ),
        ("The levy that Roe opposed was passed in May.", "The Ledger"),
        ("The plan that Roe criticized is still in force, the mayor said.", "the mayor"),
        # (a "that" which opens what was said, as before)
        ("Roe said that the levy is unfair.", "Roe"),
    ],
)
def test_a_that_clause_before_the_sentences_verb_says_nothing(sentence: str, expected: str) -> None:
    assert claimants(sentence)[-1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Though Pike has described herself as a moderate in the past, the Tarn Courier "
            "reported that she has moved left.",
            "the Tarn Courier",
        ),
        (
            "While Pike has said she is a moderate, the Courier reported that she has moved left.",
            "the Courier",
        ),
        # (no report in the main clause: the fronted clause's speaker, as before)
        ("After Pike said she would run, the party reported record donations.", "Ada Pike"),
    ],
)
def test_a_paper_reporting_in_the_main_clause_speaks_over_the_fronted_subject(
    sentence: str, expected: str
) -> None:
    assert claimants(_OPENING + sentence)[-1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Jo Renner received $250,000 from small donors after Pike endorsed him in a "
            "fundraising email.",
            "The Ledger",
        ),
        ("Jo Renner won the seat after Pike endorsed him.", "The Ledger"),
        # (words reported in the clause, or after it: as before)
        ("Jo Renner won the seat after Pike endorsed him, saying he was the best.", "Ada Pike"),
        ("Jo Renner won the seat after Pike said he would win.", "Ada Pike"),
    ],
)
def test_a_stance_told_as_when_says_nothing(sentence: str, expected: str) -> None:
    assert claimants(_OPENING + sentence)[-1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "It's a twist on how Jo Renner, who has endorsed Pike, was able to raise $2 million.",
            "The Ledger",
        ),
        ("Jo Renner, who has endorsed Pike, raised $2 million in May.", "The Ledger"),
        # (words of his own after it, or the stance closing the sentence: his, as before)
        ("Jo Renner, who has endorsed Pike, said the race was close.", "Jo Renner"),
        ("It is a twist for Jo Renner, who endorsed Pike.", "Jo Renner"),
    ],
)
def test_a_stance_told_in_passing_in_a_who_clause_says_nothing(
    sentence: str, expected: str
) -> None:
    assert claimants(_OPENING + sentence)[-1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "When the port beat out Salem, Tarn and other towns in the same week that the "
            "singer Ada Vane announced her return, Dover felt it had its luck back.",
            "Dover",
        ),
        # (a name after the clause's comma, then "and": the clause ends there, as before)
        ("After Pike testified, Renner and his team seemed to shift focus.", "The Ledger"),
    ],
)
def test_a_list_inside_a_fronted_clause_does_not_end_it(sentence: str, expected: str) -> None:
    assert claimants(_OPENING + sentence)[-1] == expected
