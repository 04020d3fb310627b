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


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an office the story gave no one is not one who holds another office
        (
            'Sen. Tom Hale said the governor was "bluffing."\n\n'
            "The state has borrowed $3.1 billion since 2020, according to the comptroller.",
            "the comptroller",
        ),
        # the office the story gave the one quoted is that person, as before
        (
            'Sen. Tom Hale said the plan was sound. "It will pass," the senator said.',
            "Tom Hale",
        ),
    ],
)
def test_an_office_is_not_one_who_holds_another(body: str, expected: str) -> None:
    assert claimants(body)[-1] == expected


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The pair had been traveling together, wrote film director Osman Haddad on Facebook.",
            "Osman Haddad",
        ),
        ('"The port is broke," said retired army colonel Ada Pike.', "Ada Pike"),
        # (an article before the descriptor is no plain word of the name's: as before)
        (
            '"The port is broke," said a former U.S. port official who saw the books.',
            "a former U.S. port official",
        ),
    ],
)
def test_a_plain_word_before_the_descriptor_after_the_verb(sentence: str, speaker: str) -> None:
    assert claimants(sentence)[-1] == speaker
