"""The person a narration sentence is about, when it does not open with them: after a
fronted phrase ("In a statement on Friday, Roe went further ..."), in the apposition of a
possessive role ("Ashford's budget chief, Mark Pell, played down ..."), and a name with a
generation suffix ("Harry Osei III" is "Mr. Osei"). A "he" or "she" in the next
sentence refers to them, not to the last name the sentence mentions. Invented
sentences."""

from __future__ import annotations

import pytest

from claims.extraction.names import NameBook
from tests.claims.extraction.claimants import claimants

INTRO = (
    '"The levy is fair," Mayor Carla Diaz said.\n\n'
    "Senator Dan Okafor and Governor Rick Vance have clashed over the levy for months.\n\n"
)


@pytest.mark.parametrize(
    "narration",
    [
        "In a statement on Friday, Okafor went further in trying to hold Vance to account.",
        "On Tuesday, Senator Dan Okafor voted against the levy that Vance signed.",
        "After the vote, Okafor left the chamber without a word to Vance.",
        "Later, Mr. Okafor toured the port with Vance.",
    ],
)
def test_a_pronoun_after_a_fronted_phrase_is_the_subject_not_the_last_name(
    narration: str,
) -> None:
    body = INTRO + narration + '\n\n"There is no excuse for this," he said. "The port is failing."'
    assert claimants(body)[-2:] == ["Dan Okafor", "Dan Okafor"]


def test_a_pronoun_after_a_possessive_role_apposition_is_the_person_it_names() -> None:
    body = (
        INTRO + "Ashford's budget chief, Mark Pell, played down the worries Vance raised. "
        "The levy may cost $40 million, but the port will gain more, he says."
    )
    assert claimants(body)[-1] == "Mark Pell"


def test_a_possessive_role_apposition_names_the_speaker() -> None:
    body = INTRO + "Okafor's running mate, Sen. Tim Kaplan, drew a contrast, saying it failed."
    assert claimants(body)[-1] == "Tim Kaplan"


@pytest.mark.parametrize(
    ("full", "later", "surname"),
    [
        ("Harry Osei III", "Mr. Osei", "osei"),
        ("Joseph R. Brandt Jr.", "Brandt", "brandt"),
        ("Luther Dane Corrow IV", "Corrow", "corrow"),
    ],
)
def test_a_generation_suffix_is_not_the_surname(full: str, later: str, surname: str) -> None:
    book = NameBook()
    book.learn(f"{full} wrote the book in 1993.")
    assert book.by_surname[surname] == full.rstrip(".")  # a sentence's full stop dropped
    assert book.resolve(later) == full.rstrip(".")


def test_a_pronoun_after_a_titled_surname_with_a_generation_suffix() -> None:
    body = (
        INTRO + "Harry Osei III wrote a book about the port in 1993.\n\n"
        "''Publish the book,'' the pitch on Kickfund says.\n\n"
        "Mr. Osei hopes to see the book printed before the vote. ''Time is short,'' he said."
    )
    assert claimants(body)[-1] == "Harry Osei III"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The State Department less than three months ago said in a letter that "
            "the levy was legal.",
            "the State Department",
        ),
        ("Okafor earlier this year said the levy was fair.", "Dan Okafor"),
        ("Okafor two days ago told reporters the levy was fair.", "Dan Okafor"),
        ("Vance earlier Thursday said the port would reopen.", "Rick Vance"),
    ],
)
def test_a_time_phrase_between_the_subject_and_its_verb(sentence: str, expected: str) -> None:
    assert claimants(INTRO + sentence)[-1] == expected


def test_a_title_joined_by_and_in_an_apposition_is_not_the_speaker() -> None:
    body = (
        INTRO + "Ana Lutz, president and CEO of the Dover Port Association stated, "
        "“It is not a political problem; it is a math problem.”"
    )
    assert claimants(body)[-1] == "Ana Lutz"
    # (since the thirty-sixth round a surname and a full name joined by "and" are a pair;
    # "CEO" stays out of it either way)
    assert claimants(INTRO + "Okafor and CEO Dana Lind said the levy would pass.")[-1] == (
        "Dan Okafor and Dana Lind"
    )


def test_a_pronoun_closing_a_quotation_of_several_sentences_is_the_narrations_subject() -> None:
    body = (
        INTRO + '"The port will recover," Okafor said.\n\n'
        "Growing up in Dover, Mark Mendes watched the port shrink.\n\n"
        '"The port is failing. They keep cutting jobs, and nobody listens," he said. '
        '"We need the levy."'
    )
    assert claimants(body)[-3:] == ["Mark Mendes"] * 3


def test_a_quotation_its_own_sentence_introduces_is_not_the_narration_before() -> None:
    body = (
        INTRO + "In an email, Mark Mendes had to explain the delay to Ruth Okafor.\n\n"
        "Ruth Okafor sounded annoyed: “It's an open letter! Just post it,” she wrote."
    )
    assert claimants(body)[-2:] == ["Ruth Okafor", "Ruth Okafor"]


def test_an_apposition_between_hyphens_is_skipped_to_the_verb() -> None:
    body = (
        INTRO + "Port chief Mark Pell - who once said he would close the harbor - said on "
        "Saturday that the levy was a disgrace."
    )
    assert claimants(body)[-1] == "Mark Pell"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Mr. Okafor, recalling his youth, responded by first saying ''a few kind "
            "words'' about the levy.",
            "Dan Okafor",
        ),
        (
            "Okafor declined to claim victory - only saying that he was relieved.",
            "Dan Okafor",
        ),
        (
            'Port front-runner Mark Pell - who once said he would "close the harbor" - '
            "said on Saturday that the levy was a disgrace.",
            "Mark Pell",
        ),
    ],
)
def test_a_verb_of_saying_after_first_only_or_a_spaced_hyphen(sentence: str, expected: str) -> None:
    assert claimants(INTRO + sentence)[-1] == expected


def test_a_described_name_right_before_a_colon_speaks_the_quotation() -> None:
    body = (
        INTRO + "The timing of the surge does not surprise Republican pollster Ana Lutz: "
        "“Historically, lesser-known candidates rise late.”"
    )
    assert claimants(body)[-1] == "Ana Lutz"


def test_quick_to_point_out_reports_the_subjects_words() -> None:
    body = INTRO + (
        "Okafor was quick to point out how few dairy farmers hold such views, and he does "
        "not call them cranks."
    )
    assert claimants(body)[-1] == "Dan Okafor"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Okafor paused, then revealed why the port mattered to him.", "Dan Okafor"),
        (
            "Okafor invoked the mayor and suggested that the critiques were attacks on her.",
            "Dan Okafor",
        ),
        (
            "On Tuesday, Mr. Okafor deflected questions about the levy before saying, "
            "''I have no comment.''",
            "Dan Okafor",
        ),
        # acquiring, not saying
        (
            "The port held most of its trade while adding Dover and Salem to its routes.",
            "The Ledger",
        ),
    ],
)
def test_a_verb_of_saying_after_then_and_or_before(sentence: str, expected: str) -> None:
    assert claimants(INTRO + sentence)[-1] == expected


def test_a_request_put_to_an_organisation_is_the_askers() -> None:
    body = INTRO + "Okafor has asked the Harbor Commission to intervene in the levy dispute."
    assert claimants(body)[-1] == "Dan Okafor"
