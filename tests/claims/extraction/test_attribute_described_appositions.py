"""A name in apposition to a role speaks, whatever plain words describe it first ("Its
founder, retired dairy farmer Ilse Varga, said"), after a title in capitals ("The local
MP, Ilse Varga, said") and after an according-to role ("according to its treasurer, Ilse
Varga."). Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import INTRO, claimants, last


@pytest.mark.parametrize(
    "sentence",
    [
        "Its founder, retired dairy farmer Ilse Varga, said she had seen such deals fail.",
        "The founder, retired dairy farmer Ilse Varga, said she had seen such deals fail.",
        "The club's treasurer, longtime bookkeeper Ilse Varga, argued that the dues were low.",
        "The local MP, Ilse Varga, said she had written to the water board.",
        "The levy raised $4 million, according to its treasurer, Ilse Varga.",
        "The levy raised $4 million, according to the county treasurer, Ilse Varga, who "
        "spoke on Monday.",
    ],
)
def test_the_described_name_speaks(sentence: str) -> None:
    assert last(sentence) == "Ilse Varga"


@pytest.mark.parametrize(
    "sentence",
    [
        # a name the role stands beside is not the role's
        "The mayor's aide, beside Ilse Varga, argued that the levy was fair.",
        "The mayor's aide, standing with Ilse Varga, argued that the levy was fair.",
        "Its chairman, along with Ilse Varga, argued that the levy was fair.",
        "The mayor, flanked by Ilse Varga, said the levy was fair.",
    ],
)
def test_a_name_beside_the_role_is_not_it(sentence: str) -> None:
    assert last(sentence) != "Ilse Varga"


def test_a_role_with_no_name_after_it() -> None:
    sentence = "The levy raised $4 million, according to the treasurer, who spoke Monday."
    assert last(sentence) == "the treasurer"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("An engineer at the depot said the trucks were late.", "an engineer at the depot"),
        ("A welder in the east yard said the trucks were late.", "a welder in the east yard"),
        (
            "One welder, who asked not to be named because she feared losing her job, said "
            "the trucks were late.",
            "one welder",
        ),
        (
            "One welder at the depot, who asked not to be named because she feared losing "
            "her job, said the trucks were late.",
            "one welder at the depot",
        ),
    ],
)
def test_an_unnamed_person_where_they_work(sentence: str, speaker: str) -> None:
    assert last(sentence) == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The Ohio governor's office said it was reviewing the spill.", "Ohio governor's office"),
        (
            "The Vermont attorney general's office said it was reviewing the spill.",
            "Vermont attorney general's office",
        ),
    ],
)
def test_a_state_officer_s_office(sentence: str, speaker: str) -> None:
    assert last(sentence) == speaker


@pytest.mark.parametrize("gap", [" ", "\n\n"])
def test_she_after_an_unnamed_person_is_that_person(gap: str) -> None:
    sentence = (
        "One welder at the depot, who asked not to be named because she feared losing her "
        f'job, said the trucks were late.{gap}"We all saw it coming," she said.'
    )
    assert claimants(INTRO + sentence)[-1] == "one welder at the depot"


def test_she_after_an_unnamed_document_is_not_it() -> None:
    sentence = (
        'A video of the hearing shows the trucks were late. "We all saw it coming," she said.'
    )
    assert claimants(INTRO + sentence)[-1] != "a video of the hearing"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the reported clause has a subject of its own
        (
            "The league's deputy commissioner, Ilse Varga, said the league believed the suit "
            "had no merit.",
            "Ilse Varga",
        ),
        # a plural owner before a body's apposed name
        (
            "The pilots' union, the Harrowgate Pilots Guild, said in a statement that it "
            "welcomed the deal.",
            "the Harrowgate Pilots Guild",
        ),
    ],
)
def test_the_apposed_name_says_it(sentence: str, speaker: str) -> None:
    assert last(sentence) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Brisco called it the most important ruling the court had made in a decade.",
        "Brisco, who wrote the ruling, called it one of the hardest cases she had heard.",
        "Brisco called the levy reckless.",
        "Brisco called the plan unworkable and unfair.",
    ],
)
def test_calling_something_what_it_is_is_a_stance(sentence: str) -> None:
    assert last(sentence) == "Alma Brisco"


@pytest.mark.parametrize(
    "sentence",
    [
        "Brisco called the clerk on Tuesday.",
        "Brisco called it quits after the hearing.",
        "Brisco called the lawyers back in.",
    ],
)
def test_a_call_is_no_stance(sentence: str) -> None:
    assert last(sentence) == "The Ledger"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a named spokeswoman for a body, with a clause about the body
        (
            "Ilse Varga, a spokeswoman for the Harbor Levy Fairness Alliance, which opposed "
            "the levy, said the group would gather signatures.",
            "Ilse Varga",
        ),
        # a stance verb with its clause and no "that"
        ("The port director, Ilse Varga, insisted the levy had been a success.", "Ilse Varga"),
    ],
)
def test_the_named_one_speaks(sentence: str, speaker: str) -> None:
    assert last(sentence) == speaker


def test_a_stance_verb_with_no_clause_is_no_speech() -> None:
    assert last("The port director, Ilse Varga, insisted on a recount.") == "The Ledger"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "claims", "promised", "declared" after a name set off by commas: the verb reports
        # words unless a noun or a non-report follows it, or it is passive.
        ("Her opponent, state Sen. Orla Penn, claims the opposite.", "Orla Penn"),
        ("His rival, Bertil Sande, claims the count is wrong.", "Bertil Sande"),
        ("The union's chief, Ines Marl, promised that wages would rise.", "Ines Marl"),
        ("The union's chief, Ines Marl, promised to be a tough negotiator.", "The Ledger"),
        ("A rival mill, Tarn Textiles, was promised $9 million in grants.", "The Ledger"),
    ],
)
def test_a_guarded_verb_after_a_name_set_off_by_commas(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            'The new rules "are steps in the right direction," Ada Pike, assistant secretary '
            "for population, refugees, and migration, said on the same call.",
            "Ada Pike",
        ),
        (
            '"The port will reopen," Ivo Rask, minister for fisheries, farms and forests, '
            "said on Tuesday.",
            "Ivo Rask",
        ),
        # (two people, not one with a list: the second speaks as before)
        ("Ada Pike, a lawyer, and Jo Roe said the plan works.", "Jo Roe"),
    ],
)
def test_an_apposition_holding_a_list_of_words(sentence: str, speaker: str) -> None:
    assert last(sentence) == speaker
