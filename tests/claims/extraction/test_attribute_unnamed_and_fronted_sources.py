"""Unnamed sources, plurals and fronted phrases: "A person familiar with Korvo's plans
said" is the person, unnamed, not "Korvo's plans"; a relative clause's "they" is the
plural the sentence opens with; "As one analyst put it", "In the words of Jo Roe" give
whose words follow. Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import claimants


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "A person familiar with Kvarnholm's plans said the yard would close.",
            "a person familiar with Kvarnholm's plans",
        ),
        (
            "But a source familiar with the Tarn Authority’s internal review said the "
            "servers had been hacked.",
            "a source familiar with the Tarn Authority’s internal review",
        ),
        (
            "Another source familiar with Ives’s thinking said she would not run.",
            "another source familiar with Ives’s thinking",
        ),
    ],
)
def test_the_unnamed_source_not_what_the_body_owns(sentence: str, speaker: str) -> None:
    assert claimants(sentence) == [speaker]


def test_a_report_after_such_a_source_is_the_report() -> None:
    body = (
        "A person familiar with Kvarnholm's plans said the yard would close.\n\n"
        "In all, 12 servers were hacked, the audit report said."
    )
    assert claimants(body)[-1] == "the audit report"


def test_a_named_person_before_an_owned_description_still_speaks() -> None:
    # "Clara Roe, Harold Roe's niece, argued": the one the description describes
    sentence = "Clara Ives, Harold Lund's niece, who farms near Tarn, argued the levy was unfair."
    assert claimants(sentence) == ["Clara Ives"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Ferry crews oppose the timetable, which they say ignores the tides.", "Ferry crews"),
        (
            "The two councillors opposed the levy, which they called a tax on boats.",
            "the two councillors",
        ),
        (
            "Both bidders focused on what they said was the need for a new quay.",
            "both bidders",
        ),
    ],
)
def test_a_plural_subject_holds_what_its_relative_they_says(sentence: str, speaker: str) -> None:
    # after another group spoke: the sentence's own plural, not the last group
    body = f"Harbour pilots said the quay was unsafe.\n\n{sentence}"
    assert claimants(body)[-1] == speaker


def test_a_quoted_relative_they_is_the_quotations() -> None:
    body = (
        "Ives spoke on Monday.\n\n"
        '"Crews oppose the timetable, which they say is unsafe," Ives said.'
    )
    assert claimants(body)[-1] == "Ives"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('As one harbour pilot put it, "The quay is a trap."', "one harbour pilot"),
        ("As a senior aide noted, the levy will pass.", "a senior aide"),
        ('In the words of Tove Lind, a former engineer, the quay was "a known risk."', "Tove Lind"),
        ("In Lind's own words, the quay was a known risk.", "Tove Lind"),
        ('In the words of one pilot, the quay was "a trap."', "one pilot"),
    ],
)
def test_whose_words_a_fronted_phrase_gives(sentence: str, speaker: str) -> None:
    body = f"Tove Lind spoke on Monday, and Ives answered her.\n\n{sentence}"
    assert claimants(body)[-1] == speaker


@pytest.mark.parametrize(
    "sentence", ["In other words, the levy is dead.", "As many voters know, the levy is dead."]
)
def test_other_fronted_phrases_give_no_words(sentence: str) -> None:
    assert claimants(sentence) == ["The Ledger"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Early results of an exit poll of Tarn voters are showing that half want a new quay.",
            "Early results of an exit poll of Tarn voters",
        ),
        ("Recent polling is showing Ives with a 9-point lead.", "Recent polling"),
        ("The harbour board's letter warns that fees will rise.", "the harbour board's letter"),
        ("A campaign radio ad released Monday accuses Ives of lying.", "a campaign radio ad"),
        (
            "As the Courier's investigative unit reported just today, the port sold the quay.",
            "the Courier's investigative unit",
        ),
    ],
)
def test_evidence_documents_and_reports_that_show_or_warn(sentence: str, speaker: str) -> None:
    assert claimants(sentence) == [speaker]


def test_a_bare_quotation_is_the_one_the_next_paragraph_reveals() -> None:
    body = (
        '"We will not let this stand. The people of Tarn deserve better."\n\n'
        "That was Councillor Ada Lind on Tuesday, reacting to the vote.\n\n"
        '"Nobody will pay."\n\n'
        "So said Jo Pike, the union's leader, on Monday."
    )
    assert claimants(body) == ["Ada Lind"] * 3 + ["Jo Pike"] * 2


def test_that_was_without_a_quotation_before_reveals_nobody() -> None:
    body = '"It is a fair levy," Lind said.\n\nThat was the year the ferry sank.'
    assert claimants(body) == ["Lind", "The Ledger"]


def test_what_someone_owns_is_no_plural_that_holds_a_view() -> None:
    body = "Ives spoke on Monday.\n\nIves's proposals target pilots, which they say is unfair."
    assert "proposals" not in claimants(body)[-1]  # (the guard: no owned plural)
