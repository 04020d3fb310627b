"""An unnamed source familiar with what a named body owns: "A person familiar with
Korvo's plans said" is the person, unnamed, not "Korvo's plans" (nor the plans of a
later "the report said"). Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import claimants


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "A person familiar with Kvarnholm's plans said the yard would close.",
            "a person familiar with Kvarnholm's plans",
        ),
        (
            "But a source familiar with the Tarn Authority’s internal review said the "
            "servers had been hacked.",
            "a source familiar with the Tarn Authority’s internal review",
        ),
        (
            "Another source familiar with Ives’s thinking said she would not run.",
            "another source familiar with Ives’s thinking",
        ),
    ],
)
def test_the_unnamed_source_not_what_the_body_owns(sentence: str, speaker: str) -> None:
    assert claimants(sentence) == [speaker]


def test_a_report_after_such_a_source_is_the_report() -> None:
    body = (
        "A person familiar with Kvarnholm's plans said the yard would close.\n\n"
        "In all, 12 servers were hacked, the audit report said."
    )
    assert claimants(body)[-1] == "the audit report"


def test_a_named_person_before_an_owned_description_still_speaks() -> None:
    # "Clara Roe, Harold Roe's niece, argued": the one the description describes
    sentence = "Clara Ives, Harold Lund's niece, who farms near Tarn, argued the levy was unfair."
    assert claimants(sentence) == ["Clara Ives"]
