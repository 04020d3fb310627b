"""An organisation a story names in full and then by its first words speaks under its full
name ("Kestrel Pipelines ..." | "Kestrel said ..."), unless those words are a person's
name, the longer name is a product's or a title-case headline's. Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import claimants


@pytest.mark.parametrize(
    ("body", "full"),
    [
        (
            "A pipe owned by Kestrel Pipelines burst near the school on Sunday.\n\n"
            "Kestrel said it would pay for bottled water.",
            "Kestrel Pipelines",
        ),
        (
            "Nurses at Harwell Regional Medical Center voted to strike.\n\n"
            "Harwell Regional, which is owned by a chain, said it had offered raises.",
            "Harwell Regional Medical Center",
        ),
        (
            "Marlow Mutual Health will stop selling plans in three counties.\n\n"
            "Marlow said in a filing that its losses had become too large.",
            "Marlow Mutual Health",
        ),
        (
            "The county hired Dunmore Holdings LLC.\n\nDunmore said the audit was late.",
            "Dunmore Holdings LLC",
        ),
        (
            "The Greywell Broadband outage lasted a day.\n\n"
            "Greywell said the fault was fixed, according to a note to customers.",
            "Greywell Broadband",
        ),
    ],
)
def test_the_short_name_speaks_under_the_full_one(body: str, full: str) -> None:
    assert claimants(body)[-1] == full


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a person's surname, shown by a title
        (
            "Secretary Quill opened the fair. The Quill Foundation paid for it.\n\n"
            "Quill said the fair would return next year.",
            "Quill",
        ),
        # a product, not a body
        (
            "The Orvane Watch sold out in a day.\n\nOrvane said it would make more.",
            "Orvane",
        ),
        # a headline in title case
        (
            "Orvane Software Cuts Jobs Across Three Offices\n\n"
            "Orvane said the cuts would fall on its sales teams.",
            "Orvane",
        ),
    ],
)
def test_no_full_name_where_the_story_gives_none(body: str, speaker: str) -> None:
    assert claimants(body)[-1] == speaker
