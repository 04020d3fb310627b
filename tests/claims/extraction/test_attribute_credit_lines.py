"""A credit line under a quotation: a paragraph of its own, opened with a dash, that
names who said the paragraph of quotation above it ('"..."' | "- Mayor Lena
Ostrowski."), the layout of a fact-check's list of claims and of a pull quote. Not a
dashed list of topics, not a dashed name under narration, and never over a speaker the
quotation already has. Invented sentences."""

from __future__ import annotations

import pytest

from claims.extraction.segment import segment
from tests.claims.extraction.claimants import OUTLET, claimants


@pytest.mark.parametrize("dash", ["-", "—", "–"])
def test_the_credit_line_names_the_speaker_of_the_quotation_above(dash: str) -> None:
    body = (
        "We checked four claims from the second debate in Harbor City.\n\n"
        '"Nearly half of the bridges are rated poor. Nobody has fixed one in a decade."\n\n'
        f"{dash} Mayor Lena Ostrowski.\n\n"
        "She said later that the figure came from a 2019 survey."
    )
    assert claimants(body) == [OUTLET] + ["Lena Ostrowski"] * 4


def test_a_description_after_the_name_stays_out_of_the_claimant() -> None:
    body = (
        '"We cut the waiting list at the clinics by 40 percent."\n\n'
        "— Councilman Pete Varga, at the debate on Tuesday.\n\n"
        "The figure counts two of the five clinics."
    )
    assert claimants(body) == ["Pete Varga", "Pete Varga", OUTLET]


def test_a_surname_credit_is_the_full_name_given_before() -> None:
    body = (
        "Councilwoman Tess Marchetti opened the forum at the library.\n\n"
        '"The tram line will pay for itself within eight years."\n\n'
        "- Marchetti.\n\n"
        "The city's own study puts the figure at twenty years."
    )
    assert claimants(body)[1:3] == ["Tess Marchetti", "Tess Marchetti"]


def test_the_credit_line_replaces_a_speaker_carried_from_the_paragraph_before() -> None:
    # The second quotation alone would go on quoting the economist; its credit line
    # says whose it is.
    body = (
        '"The recovery looks less lopsided than in earlier years," said Ivo Brandt.\n\n'
        '"I wrote half of that bill myself."\n\n'
        "- Sen. Wendell Ashby."
    )
    assert claimants(body) == ["Ivo Brandt", "Wendell Ashby", "Wendell Ashby"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a dashed list of topics under a quotation: no name the article knows
        (
            'The flyer led with one line:\n\n"A cleaner harbor for everyone."\n\n- Jobs\n- Parks',
            [OUTLET, OUTLET, OUTLET, OUTLET],
        ),
        # a dashed name under narration, not under a quotation
        (
            "Three reporters won prizes this year.\n\n- Nadia Ferrante of the Courier.",
            [OUTLET, OUTLET],
        ),
        # the quotation already has its speaker
        (
            '"The vote was rigged," Omar Tillery said. "We will appeal."\n\n- Ruth Okafor.',
            ["Omar Tillery", "Omar Tillery", OUTLET],
        ),
    ],
)
def test_what_is_no_credit_line_credits_nobody(body: str, expected: list[str]) -> None:
    assert claimants(body) == expected


def test_the_segmenter_marks_a_line_opened_with_a_dash() -> None:
    body = 'HARBOR CITY (AP) — The mayor spoke.\n\n"Bridges first."\n\n— Lena Ostrowski.'
    assert [(s.text, s.dashed) for s in segment(body)] == [
        ("The mayor spoke.", False),
        ('"Bridges first."', False),
        ("Lena Ostrowski.", True),
    ]


def test_a_credit_on_the_quotations_own_line_names_its_speaker() -> None:
    body = (
        "We checked the mayor's claims from the campaign.\n\n"
        '"We cut the waiting list at the clinics by 40 percent." — Mayor Lena Ostrowski, '
        "in a campaign ad released Oct. 3.\n\n"
        "The figure counts two of the five clinics."
    )
    assert claimants(body) == [OUTLET, "Lena Ostrowski", "Lena Ostrowski", OUTLET]


def test_a_fact_checks_claim_label_before_the_quotation() -> None:
    body = (
        "Fact check: did the clinics' waiting list really fall?\n\n"
        'CLAIM: "We cut the waiting list at the clinics by 40 percent." — Councilman Pete'
        " Varga, at the debate on Tuesday.\n\n"
        "VERDICT: Mostly false."
    )
    assert claimants(body)[1:3] == ["Pete Varga", "Pete Varga"]


def test_an_unknown_name_without_a_title_on_the_quotations_line_is_no_credit() -> None:
    # a name the article never gave, with no title: not enough to say who spoke
    body = (
        "We checked the claims from the campaign.\n\n"
        '"We cut the waiting list by 40 percent." — Jobs, growth and schools.\n\n'
        "The figure counts two of the five clinics."
    )
    assert claimants(body)[1] == OUTLET


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('"This bill will cost jobs," — Rep. Ada Pike, R-Ohio', ["Ada Pike"]),
        ('"This bill will cost jobs" — Ada Pike', ["Ada Pike"]),
        ('"This bill will cost jobs," — Ada Pike (R-Ohio)', ["Ada Pike"]),
        # (a dashed phrase after a quoted term, in a clause of its own: as before)
        ('"Fair share" — the levy\'s slogan — was coined in May.', ["The Ledger"]),
    ],
)
def test_a_credit_kept_in_the_quotations_sentence(body: str, expected: list[str]) -> None:
    assert claimants(body) == expected
