"""British and international forms of a speaker's name: "Sir", "Cllr", "the Rt Hon" and
letters after a name ("MP", "QC") are titles, not the name; a peer keeps "Lord"; a
quotation in guillemets is a quotation. Invented sentences."""

from __future__ import annotations

import pytest

from claims.extraction.names import clean_name
from claims.extraction.quotes import plain_marks
from tests.claims.extraction.claimants import claimants, last


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Sir Keiran Walby", "Keiran Walby"),
        ("Cllr Dev Anand", "Dev Anand"),
        ("The Rt Hon Nadia Whitlow MP", "Nadia Whitlow"),
        ("Rt. Hon. Nadia Whitlow", "Nadia Whitlow"),
        ("Nadia Whitlow MP", "Nadia Whitlow"),
        ("Ada Roe QC", "Ada Roe"),
        ("Ada Roe KC, OBE", "Ada Roe"),
        # a peer is named by the title; two letters alone are a name ("MP" stays)
        ("Lord Pennick", "Lord Pennick"),
        ("Ada MP", "Ada MP"),
        # what was cleaned before is cleaned as before
        ("Mr Hallam", "Hallam"),
        ("the Ukrainian president", "the Ukrainian president"),
    ],
)
def test_clean_name_drops_british_titles(phrase: str, expected: str) -> None:
    assert clean_name(phrase) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sir Keiran Walby said the depot would close in May.", "Keiran Walby"),
        ("“The depot will close,” said Sir Keiran Walby.", "Keiran Walby"),
        ("The Rt Hon Nadia Whitlow MP said the levy rose by a third.", "Nadia Whitlow"),
        ("Cllr Dev Anand told the meeting the levy rose by a third.", "Dev Anand"),
        ("Ada Roe QC told the court the levy was void.", "Ada Roe"),
        ("Lord Pennick told peers the depot would close in May.", "Lord Pennick"),
        ("«The depot will close in May,» said Anne Morvan.", "Anne Morvan"),
    ],
)
def test_a_british_title_is_no_part_of_the_claimant(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


def test_a_pronoun_after_a_knight_is_his() -> None:
    body = "“The levy is void,” said Sir Keiran Walby. He added that it would fall in May."
    assert claimants(body) == ["Keiran Walby", "Keiran Walby"]


def test_guillemets_read_as_double_marks() -> None:
    assert plain_marks("«Non,» dit-elle.") == "“Non,” dit-elle."


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A member of a parliament or an assembly, titled by party: the person speaks.
        (
            "Labour MP Corin Ashby said many colleagues were uneasy. Ashby added that she "
            "would vote against it.",
            ["Corin Ashby", "Corin Ashby"],
        ),
        ("SNP MSP Ailsa Drummond said the levy was unfair.", ["Ailsa Drummond"]),
        ("Green MEP Tomas Ekberg told the chamber the deal was rushed.", ["Tomas Ekberg"]),
        (
            "Conservative MP Hal Pryce opened the debate. The MP said the bill would fail.",
            ["The Ledger", "Hal Pryce"],
        ),
    ],
)
def test_a_member_of_parliament_titled_by_party(body: str, expected: list[str]) -> None:
    assert claimants(body) == expected


def test_a_shadow_office_is_not_the_office() -> None:
    # "Shadow chancellor Mel Stride" made him "the chancellor"; "The Chancellor, Rachel
    # Reeves, has defended" taught no role (a stance verb after the apposition)
    body = (
        "The Chancellor, Rachel Reeves, has defended the rise.\n\n"
        "Shadow chancellor Mel Stride said it was wrong.\n\n"
        "The chancellor said she had no regrets.\n\n"
        "The shadow chancellor said he would repeal it."
    )
    assert claimants(body) == ["Rachel Reeves", "Mel Stride", "Rachel Reeves", "Mel Stride"]


def test_a_headlines_bare_title_is_not_the_shadow_holders() -> None:
    body = (
        "Chancellor defends tax rise\n\nShadow chancellor Mel Stride said the rise broke a promise."
    )
    assert claimants(body)[0] != "Mel Stride"
