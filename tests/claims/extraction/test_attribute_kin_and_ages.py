"""A person introduced by a kin noun and a given name only ("Her husband, Walt, ...") is
the next "he" or "she" of that gender; a name with an age and then a clause set off
after a fronted phrase still speaks ("Across the street, Tom Vance, 68, who owns a
store, said"). Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import claimants, last


@pytest.mark.parametrize(
    ("intro", "quotation", "expected"),
    [
        (
            "Her husband, Walt, who cooks the breakfasts, put it more bluntly.",
            '"It\'s killing us," he said.',
            "Walt",
        ),
        (
            "On Tuesday, his wife, Jane, called for an open count.",
            '"It is not smart," she said.',
            "Jane",
        ),
        # (a kin noun of the other gender: not the one introduced)
        ("Her husband, Walt, cooks the breakfasts.", '"It\'s killing us," she said.', "Ada Lind"),
    ],
)
def test_one_introduced_by_kin_and_a_given_name(intro: str, quotation: str, expected: str) -> None:
    body = (
        f'Ada Lind runs the Harbor Diner. "The levy hurt us," she said.\n\n{intro}\n\n{quotation}'
    )
    assert claimants(body)[-1] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Across the street, Tom Vance, 68, who owns a hardware store, said sales fell 25 percent.",
        "Downtown, Tom Vance, 68, said sales fell 25 percent.",
        "Tom Vance, 68, who owns a hardware store, said sales fell 25 percent.",
    ],
)
def test_a_name_with_an_age_and_a_clause_speaks(sentence: str) -> None:
    assert last(sentence) == "Tom Vance"
