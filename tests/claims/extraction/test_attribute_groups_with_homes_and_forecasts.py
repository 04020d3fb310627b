"""A group with a home whose name has "of" in it keeps the home ("Economists at the
University of Tarn disagreed, saying ..."), and a forecast given with its figure after a
participle is the subject's ("..., forecasting a deficit of $800 million"). Invented
sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import claimants


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Economists at the University of Tarn disagreed, saying the harbor faced a deficit.",
            "Economists at the University of Tarn",
        ),
        (
            "Economists at the University of Tarn balked, forecasting a deficit of $800 million.",
            "Economists at the University of Tarn",
        ),
        ("Harbor Lines balked, projecting that fares would rise 9 percent.", "Harbor Lines"),
        # (as before)
        ("Critics disagreed, saying the plan was flawed.", "Critics"),
        ("Some lawmakers balked, noting that the plan was flawed.", "some lawmakers"),
    ],
)
def test_groups_with_homes_and_forecasts(sentence: str, expected: str) -> None:
    assert claimants(sentence)[-1] == expected
