"""A person and their own people ("Ortiz and his colleagues noted ...") speak under the
person's full name, as given before. Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import claimants

_OPENING = (
    "Researchers led by Dr. Samuel Ortiz of Tarn University tracked 900 patients.\n\n"
    "Councillor Ada Pike spoke at the hall on Monday.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ortiz and his colleagues noted several limitations of the harbor study.",
            "Samuel Ortiz and his colleagues",
        ),
        ("Pike and her aides argued that the levy had cost $2 million.", "Ada Pike and her aides"),
        # (two names, as before)
        ("Ortiz and Pike said the levy had cost $2 million.", "Samuel Ortiz and Ada Pike"),
    ],
)
def test_a_person_and_their_own_people_speak_under_the_full_name(
    sentence: str, expected: str
) -> None:
    assert claimants(_OPENING + sentence)[-1] == expected
