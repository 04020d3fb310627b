"""A body named with its kind after it speaks ("The Tarn Institute think tank said",
"The Harbor Capital hedge fund said"), its acronym between left out ("The Institute for
Fiscal Studies (IFS) think tank"); what a role's holder owns is the holder's when the
story named them ("The governor's spokesman said" after "Gov. Ann Lusk": Ann Lusk's
spokesman), and keeps its article when it did not. Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import claimants


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Tarn Institute think tank said the plans left little room.",
            "the Tarn Institute think tank",
        ),
        (
            "The Harbor Capital hedge fund said the shares were cheap.",
            "the Harbor Capital hedge fund",
        ),
        (
            "The Institute for Harbor Studies (IHS) think tank said the plans left little room.",
            "the Institute for Harbor Studies think tank",
        ),
        ("The Tarn Union lobby group said the levy was unfair.", "the Tarn Union lobby group"),
        # (as before)
        ("The Fairway Drug pharmacy chain said sales fell.", "the Fairway Drug pharmacy chain"),
        (
            "The Institute for Harbor Studies (IHS) said the levy was unfair.",
            "the Institute for Harbor Studies",
        ),
    ],
)
def test_a_body_named_with_its_kind_speaks(sentence: str, expected: str) -> None:
    assert claimants(sentence)[-1] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Gov. Ann Lusk spoke on Monday.\n\nThe governor's spokesman said nothing was decided.",
            "Ann Lusk's spokesman",
        ),
        (
            "Mayor Jo Pike spoke on Monday.\n\nThe mayor’s office said the levy would pass.",
            "Jo Pike's office",
        ),
        ("The governor's spokesman said no decision was taken.", "the governor's spokesman"),
        (
            "The prime minister's official spokesman said no decision was taken.",
            "the prime minister's official spokesman",
        ),
        ("The mayor’s office said the levy would pass.", "the mayor’s office"),
    ],
)
def test_what_a_role_s_holder_owns_is_theirs(body: str, expected: str) -> None:
    assert claimants(body)[-1] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The Kent County Sheriff's Office said Lusk had no prior arrests.\n\n"
            "The charity said in a statement that its programs would continue.",
            "the charity",
        ),
        (
            "Dover police said the harbor fund was empty.\n\n"
            "The nonprofit, which feeds 300 families, said its programs would continue.",
            "the nonprofit",
        ),
        # (as before: a body that may be one)
        (
            "The Tarn Foundation runs the shelter.\n\n"
            "The charity said in a statement that its programs would continue.",
            "the Tarn Foundation",
        ),
    ],
)
def test_a_government_office_is_no_charity(body: str, expected: str) -> None:
    assert claimants(body)[-1] == expected
