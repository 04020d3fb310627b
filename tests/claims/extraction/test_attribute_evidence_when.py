"""Evidence keeps its finding when the sentence says when it came out, between the noun
and the verb: "A Register survey last month found him ahead" was the outlet's. Invented
sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import OUTLET, claimants, last


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A Tarn Ledger survey last month found Ivo Marsh ahead by nine points.",
            "a Tarn Ledger survey",
        ),
        ("A county poll this week showed that the levy had lost support.", "a county poll"),
        # (as before: "found that" after a day)
        ("The audit on Friday found that the toll fund was short.", "the audit"),
        ("A new poll earlier this year found the levy trailing.", "a new poll"),
        # (as before, with nothing between)
        ("A county poll showed that the levy had lost support.", "a county poll"),
        # what was read before is read as before: a time alone finds nothing
        ("Last month the county found a leak in the reservoir.", OUTLET),
    ],
)
def test_evidence_with_a_time_before_its_verb(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # standings with the poll at the end gave the outlet
        (
            "Pike leads Roe 48% to 42% in a new Harbor University poll.",
            "a new Harbor University poll",
        ),
        ("Pike has a 10-point lead in the Ledger polling average.", "the Ledger polling average"),
        ("Roe trails by 6 points in a Courier survey released Tuesday.", "a Courier survey"),
        # no standings, or no poll at the end
        ("Roe took part in a poll.", OUTLET),
        ("Pike leads in fundraising, the poll notwithstanding.", OUTLET),
    ],
)
def test_standings_told_with_the_poll_at_the_end(sentence: str, speaker: str) -> None:
    assert claimants(sentence) == [speaker]
