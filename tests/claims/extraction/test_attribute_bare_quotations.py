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
