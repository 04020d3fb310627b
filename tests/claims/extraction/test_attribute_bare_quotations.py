"""A paragraph of bare quotation, with no reporting verb outside its marks: it goes on
quoting the named body that ended the paragraph before with a quotation ('"...," the
Valley Times reported.' | '"...'), or the person that paragraph's narration opened with
("Gov. Mark Holloway continued his remarks." | '"...'). Not when the paragraph has a
speaker of its own, a hidden one ('"...," it read.'), or when the narration opened with
something that need not be a person. Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import OUTLET, claimants


def test_a_bare_quotation_goes_on_quoting_a_named_body() -> None:
    body = (
        '"We will keep the mill open," the Valley Times reported.\n\n'
        '"The owners agreed to a two-year plan on Friday."'
    )
    assert claimants(body) == ["the Valley Times", "the Valley Times"]


def test_an_unnamed_group_is_not_carried_into_the_next_paragraph() -> None:
    body = '"The mill will close," critics said.\n\n"Nobody listens to us."'
    assert claimants(body) == ["critics", OUTLET]


@pytest.mark.parametrize(
    ("narration", "quotation", "speaker"),
    [
        (
            "Gov. Mark Holloway continued his sharp remarks on Monday.",
            '"Four years ago the county was broke. Nobody wanted the job."',
            "Mark Holloway",
        ),
        (
            "Ruth Lang, the mill owner, answered questions for an hour.",
            '"We have orders through June. The plant is safe."',
            "Ruth Lang",
        ),
    ],
)
def test_a_bare_quotation_after_narration_quotes_the_person_it_opened_with(
    narration: str, quotation: str, speaker: str
) -> None:
    assert claimants(f"{narration}\n\n{quotation}") == [OUTLET, speaker, speaker]


def test_a_reporting_verb_inside_the_quotation_does_not_count() -> None:
    body = (
        "Gov. Mark Holloway continued his sharp remarks on Monday.\n\n"
        '"Four years ago, as they say in Ohio, the county was broke."'
    )
    assert claimants(body) == [OUTLET, "Mark Holloway"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a speaker of its own
        (
            'Gov. Mark Holloway toured the mill.\n\n"The budget is broken," said Ruth Lang.',
            [OUTLET, "Ruth Lang"],
        ),
        # a speaker the pipeline cannot name: not the governor either
        (
            'Gov. Mark Holloway toured the mill.\n\n"The budget is broken," it read.',
            [OUTLET, OUTLET],
        ),
        # a title, not a person
        (
            'Stealing Home sold a million copies.\n\n"It was a hard book to write."',
            [OUTLET, OUTLET],
        ),
    ],
)
def test_no_person_carried_into_a_quotation(body: str, expected: list[str]) -> None:
    assert claimants(body) == expected


_SAID = '"He was the best coach our league ever had," Ted Lusk has said at rallies.'


def test_a_quotation_of_several_words_in_the_next_sentence_goes_on_quoting() -> None:
    body = f'{_SAID} That makes him "by any measure a careful, honest and patient man."'
    assert claimants(body) == ["Ted Lusk", "Ted Lusk"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a term or a title in quotation marks
        ('Her critics call it "radical."', OUTLET),
        ('The county aired the film "Harbor Lights: The Final Tide" last year.', OUTLET),
        # someone else named, a pronoun subject, a colon introducing the quotation
        ('Ada Pike called it "a careful, honest and patient plan for the county."', "Ada Pike"),
        ('And she called it "a careful, honest and patient plan for the county."', "Ada Pike"),
        ('Later, on the radio: "It is a careful, honest and patient plan for the county."', OUTLET),
    ],
)
def test_no_speaker_carried_into_a_term_a_title_or_someone_elses_words(
    sentence: str, expected: str
) -> None:
    body = f"Ada Pike runs the county board.\n\n{_SAID} {sentence}"
    assert claimants(body)[1:] == ["Ted Lusk", expected]


def test_a_pronoun_and_a_verb_before_a_colon_quote_the_paragraph_after_without_marks() -> None:
    body = (
        "Gov. Nora Quill had no kind words for the toll. In a talk last April, she said:\n\n"
        "Let no one be fooled, the toll is a drain on the county. It cannot be ignored."
    )
    assert claimants(body) == [OUTLET, *["Nora Quill"] * 3]
