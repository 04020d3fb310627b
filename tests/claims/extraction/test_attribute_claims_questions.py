"""The verbs "claims", "promises", "worries" and "reckons" as speech ("Pellow claims the
levy will raise ..."), and not as nouns ("have claims on the river", "Pellow's inflated
claims", "Her worries about ...") or causes ("The drought worries farmers"); a
question's opening verb is no part of a name ("Did Tom Arkwright mislead ...?" teaches
"Tom Arkwright"); a term spelt out beside its acronym ("PDR (Project Delivery Review)")
and a region ("the West Coast") are no person. Invented sentences."""

from __future__ import annotations

import pytest

from claims.extraction.names import NameBook
from tests.claims.extraction.claimants import OUTLET, claimants

OPENING = "Councilwoman Ada Pellow spoke at the hearing on Monday.\n\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Pellow claims the levy will raise $4 million a year.", "Ada Pellow"),
        ("And she claims her deputy approved the figure.", "Ada Pellow"),
        ("The lawsuit claims the county ignored three warnings.", "the lawsuit"),
        ("Pellow promises a vote on the levy before June.", "Ada Pellow"),
        ("She worries the county will run out of money by spring.", "Ada Pellow"),
        ("The board worries that rents will rise.", "the board"),
        ("Pellow reckons the plan will pass.", "Ada Pellow"),
    ],
)
def test_claims_reports_what_its_subject_says(sentence: str, expected: str) -> None:
    assert claimants(OPENING + sentence)[-1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Both towns have claims on the river.", OUTLET),
        ("Pellow's inflated claims that the bridge is safe drew criticism.", OUTLET),
        ("The insurers paid the flood claims, the county said.", "the county"),
        ("Harwood claims the seat after a recount.", OUTLET),
        ("Her promises of a quick vote went unanswered.", OUTLET),
        ("The drought worries farmers across the valley.", OUTLET),
        ("Her worries about the budget are well known.", OUTLET),
        ("Growing rural worries about the budget reached the council.", OUTLET),
    ],
)
def test_claims_as_a_noun_or_a_win_reports_nobody(sentence: str, expected: str) -> None:
    assert claimants(OPENING + sentence)[-1] == expected


def test_a_question_opening_a_sentence_is_no_part_of_the_name() -> None:
    body = "Did Tom Arkwright mislead the council?\n\nArkwright said he had not."
    assert claimants(body) == [OUTLET, "Tom Arkwright"]


@pytest.mark.parametrize(
    "text",
    [
        "She filed her PDR (Project Delivery Review) early.",
        "She filed her Project Delivery Review (PDR) early.",
    ],
)
def test_a_term_spelt_out_beside_its_acronym_is_no_person(text: str) -> None:
    book = NameBook()
    book.learn(text)
    assert "review" not in book.by_surname
    assert book.last_person is None


def test_a_person_beside_other_capitals_in_parentheses_is_still_learnt() -> None:
    book = NameBook()
    book.learn("The report (Project Delivery Review) was filed by Gov. Ray Dunmore (PDR).")
    assert book.by_surname["dunmore"] == "Ray Dunmore"


def test_a_region_is_no_person() -> None:
    book = NameBook()
    book.learn("Tenants on the West Coast pay more than those in the Rust Belt.")
    assert book.last_person is None
    assert not book.by_surname


@pytest.mark.parametrize(
    "text",
    [
        "Top Quillfeather aides met on Monday.",
        "He praised Corvan Inc. for the new plant.",
        "FULL TEXT: the mayor's speech on the levy.",
        "The Northern Harbor Command moved two ships.",
        "Arrests rose over New Year's weekend.",
        "The Senate Ethics Committee met on Monday.",
        "Two Immigration and Customs Enforcement vans came at dawn.",
        "Central American families waited at the border.",
    ],
)
def test_no_person_is_learnt_from_words_that_name_no_one(text: str) -> None:
    book = NameBook()
    book.learn(text)
    assert book.last_person is None
    assert not book.by_surname


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Entrusting Gail Morrow with the budget was a mistake.", "Gail Morrow"),
        ("MARIA DELGADO spoke first.", "MARIA DELGADO"),
    ],
)
def test_a_person_beside_such_words_is_still_learnt(text: str, expected: str) -> None:
    book = NameBook()
    book.learn(text)
    assert book.last_person == expected
