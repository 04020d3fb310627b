"""A document whose words are quoted speaks through "read" or "reads": '"...," the
statement read.', '"...," read a sign at the rally.', 'The letter reads: "..."'. Not a
person reading aloud, nor a likeness ("The statement read like a confession."). Evidence
reports its findings past a clause set off by commas ("Exit polls from the runoff, which
Brisco won, showed ..."), after who made it ("A study by the tenants' union found"), with
"documented", "concluded", "estimates", and after a fronted phrase or in a joined
clause ("In Dover, a June poll found", "..., and a new Ledger poll shows"). Invented
sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import OUTLET, claimants, last


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("“The depot will close on Monday,” the statement read.", "the statement"),
        ("“Vote no on the levy,” read a sign outside the depot.", "a sign"),
        ("The county's letter reads: “We will not pay the fine.”", "the county's letter"),
        ("“We will not pay the fine,” the county's letter read.", "the county's letter"),
    ],
)
def test_a_document_read_out_is_the_claimant(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The clerk read the statement aloud to the board.",
        "The statement read like a confession.",
    ],
)
def test_reading_without_words_quoted_is_nobodys(sentence: str) -> None:
    assert last(sentence) == OUTLET


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a clause or an adverb set off by commas between the evidence and its verb
        (
            "Exit polls from the county runoff, which Brisco won easily, showed that most "
            "renters backed the levy.",
            "Exit polls from the county runoff",
        ),
        (
            "A Ledger survey of landlords has, however, revealed that few will raise rents.",
            "a Ledger survey of landlords",
        ),
        # verbs of findings
        ("The audit also documented nine missing payments.", "the audit"),
        ("Rents will rise by a third, the study concluded.", "the study"),
        # who made it, or a name with "of" in it, before the verb
        (
            "A study by the tenants' union at Harbor College found rents up by half.",
            "a study by the tenants' union at Harbor College",
        ),
        (
            "A University of Dover poll out this week shows the levy trailing.",
            "a University of Dover poll",
        ),
        ("A county poll released this week found most renters back the levy.", "a county poll"),
        (
            "A Ledger average of polls shows the levy ahead by two points.",
            "a Ledger average of polls",
        ),
        (
            "But a recent review of the mayor's texts seems to show that the depot deal was "
            "rushed.",
            "a recent review of the mayor's texts",
        ),
    ],
)
def test_evidence_reports_its_findings(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


def test_a_clause_object_is_no_evidence() -> None:
    assert last("Brisco released the records showed nothing.") == OUTLET


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In Dover, a June poll found the levy trailing by nine points.", "a June poll"),
        ("Overall, county records show the depot lost money for six years.", "county records"),
        (
            "The board meets on Tuesday, and a new Ledger poll shows the levy in a dead heat.",
            "a new Ledger poll",
        ),
    ],
)
def test_evidence_after_a_fronted_phrase_or_a_joined_clause(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the writer's restatement
        ("In other words, the figures show only part of the rent picture.", OUTLET),
        # the sentence names its source itself
        (
            "In fact, county records show the depot lost money, according to the Harbor Institute.",
            "the Harbor Institute",
        ),
    ],
)
def test_evidence_in_a_restatement_or_beside_its_source(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the outlet that obtained a document gave the claimant
        (
            "A memo from the harbour board obtained by the Courier says the quay would cost"
            " $4 billion.",
            "a memo from the harbour board",
        ),
        (
            "A March letter from the Dock Workers Union obtained by the Courier warns that"
            " the cuts would cost 300 jobs.",
            "Dock Workers Union",
        ),
        (
            "An email from Roe's campaign, obtained by the Courier, shows the donors were"
            " told in March.",
            "an email from Roe's campaign",
        ),
        (
            "A report by the inspector general, first reported by the Courier, found 40"
            " violations.",
            "a report by the inspector general",
        ),
    ],
)
def test_a_document_someone_obtained_speaks_not_who_obtained_it(
    sentence: str, speaker: str
) -> None:
    assert claimants(sentence) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # what a person writes in their own name is the person's words
        ("Pike's tweet said the levy was fair.", "Ada Pike"),
        ("Pike's letter, emailed to delegates on Thursday, says the levy is fair.", "Ada Pike"),
        ("Pike's remarks suggested the levy was fair.", "Ada Pike"),
        # on a site: the writer, not the site
        ("Pike's post on X said the levy was fair.", "Ada Pike"),
        # and a paper on a site or a subject, nobody's: the paper
        ("A post on Facebook said the levy was fair.", "a post on Facebook"),
        ("The report on Ohio said the levy was fair.", "the report on Ohio"),
        # not whom they hired, nor a place's or a body's paper
        # (the lawyer named by the owner's full name, as "her lawyer" is)
        ("Pike's lawyer said the levy was fair.", "Ada Pike's lawyer"),
        ("The company's statement said the levy was fair.", "the company's statement"),
    ],
)
def test_a_persons_own_writing_is_the_persons(sentence: str, speaker: str) -> None:
    assert claimants("Mayor Ada Pike spoke on Monday.\n\n" + sentence)[-1] == speaker
