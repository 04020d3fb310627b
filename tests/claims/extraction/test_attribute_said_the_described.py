"""The inverted form with a description and then a titled name with its home:
'"...," said the study's lead author, Dr. Jo Roe of the University of Leeds.' The name
speaks, not the description. Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import claimants


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "“Nobody needs a gym,” said the survey's lead author, Dr. Imke Varga of the "
            "University of Tromsø.",
            "Imke Varga",
        ),
        (
            "“The trial was small,” said the paper's senior author, Prof. Odile Brand of "
            "Halvard College.",
            "Odile Brand",
        ),
        (
            "“It is a fair levy,” said the county's chief lawyer, Dr. Tove Lind, who drafted it.",
            "Tove Lind",
        ),
    ],
)
def test_the_titled_name_after_the_description_speaks(sentence: str, speaker: str) -> None:
    # the first sentence of its article: nobody named before
    assert claimants(sentence) == [speaker]
