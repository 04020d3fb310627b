"""Names that open with an accented capital ("Émile", "Ángela", "Łukasz", "Özdemir") or a
glued article ("al-Hadid"): the sentence before them ends, they speak, and the claimant
keeps their spelling. Invented sentences."""

from __future__ import annotations

import pytest

from claims.extraction.names import fold_capitals, needs_folding, unfolded
from claims.extraction.pipeline import extract_candidates
from claims.extraction.segment import segment
from tests.claims.extraction.claimants import OUTLET, claimants, last


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Émile Varoux said the depot would close in May.", "Émile Varoux"),
        ("“The depot will close in May,” said Ángela Quirós.", "Ángela Quirós"),
        ("Łukasz Brzęk, the port director, said the depot would close.", "Łukasz Brzęk"),
        ("The port director, Óscar Tabeño, said the depot would close.", "Óscar Tabeño"),
        ("Defne Özkaran told reporters that the levy rose 40 percent.", "Defne Özkaran"),
        ("“The levy rose by a third,” Ms. Ñúñez-Vidal said.", "Ñúñez-Vidal"),
        ("Yusuf al-Rashidi said the depot would close in May.", "Yusuf al-Rashidi"),
        ("The minister, Tariq al-Suwaidi, said the depot would close.", "Tariq al-Suwaidi"),
        ("Samir el-Nabawy told reporters the depot would close.", "Samir el-Nabawy"),
        # a name that opens in plain capitals is read as before
        ("Tomas Eberle said the depot would close in May.", "Tomas Eberle"),
    ],
)
def test_a_name_opening_with_an_accented_capital_speaks(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


def test_a_pronoun_after_an_accented_name_is_theirs() -> None:
    body = (
        "Émile Varoux runs the port of Sète.\n\n"
        "He said the depot would close in May. “We have no other choice,” he added."
    )
    assert claimants(body) == [OUTLET, "Émile Varoux", "Émile Varoux"]


def test_a_quotation_of_two_sentences_after_an_accented_name() -> None:
    body = "“The levy rose,” said Ólöf Brandsdóttir. “It will rise again in June.”"
    assert claimants(body) == ["Ólöf Brandsdóttir", "Ólöf Brandsdóttir"]


def test_the_plain_spelling_used_in_the_same_text_is_left_as_found() -> None:
    # "Emile" is the text's own word too: the claimant is not respelt
    body = "Emile Roux met Émile Varoux on Monday.\n\nEmile Roux said the depot would close in May."
    assert claimants(body)[-1] == "Emile Roux"


def test_a_glued_article_capitalised_at_a_sentence_start_is_the_same_name() -> None:
    body = (
        "Bashar al-Hadid, the port director, said the depot would close.\n\n"
        "Al-Hadid added that it would reopen in 2031."
    )
    assert claimants(body) == ["Bashar al-Hadid", "Bashar al-Hadid"]


def test_a_glued_article_before_a_group_is_no_speaker() -> None:
    assert last("The depot was hit by al-Hamra fighters, officials said.") == "officials"


@pytest.mark.parametrize(
    ("body", "sentences"),
    [
        ("The levy rose. Ángela Quirós said so.", ["The levy rose.", "Ángela Quirós said so."]),
        ("It rose 40%. Óscar agreed.", ["It rose 40%.", "Óscar agreed."]),
        ('"It rose." Émile agreed.', ['"It rose."', "Émile agreed."]),
        # the split before a title still holds beside it
        (
            "It rose 40%. Óscar agreed. Mr. Tabeño did not.",
            ["It rose 40%.", "Óscar agreed.", "Mr. Tabeño did not."],
        ),
        # a title, an initial or a dotted abbreviation before the name ends nothing
        ("He met Dr. Émile Varoux on Monday.", ["He met Dr. Émile Varoux on Monday."]),
        ("It was J. Ángel Ruiz.", ["It was J. Ángel Ruiz."]),
        ("The U.S. Énergie fund grew.", ["The U.S. Énergie fund grew."]),
    ],
)
def test_a_sentence_ends_before_an_accented_capital(body: str, sentences: list[str]) -> None:
    assert [s.text for s in segment(body)] == sentences


def test_fold_capitals_keeps_length_and_records_the_words() -> None:
    unfold: dict[str, str] = {}
    text = "Émile Varoux met Łukasz Brzęk in Sète, ÖLAND."
    folded = fold_capitals(text, unfold)
    # capitals only: "Brzęk" and "Sète" keep their small letters
    assert folded == "Emile Varoux met Lukasz Brzęk in Sète, OLAND."
    assert len(folded) == len(text)
    assert unfold == {"Emile": "Émile", "Lukasz": "Łukasz", "OLAND": "ÖLAND"}
    assert unfolded("Lukasz Brzęk", unfold) == "Łukasz Brzęk"
    plain = "Tomas Eberle met “Ana” in Lyon."
    assert fold_capitals(plain, unfold) is plain


def test_spans_keep_the_accented_text() -> None:
    body = "Émile Varoux said the levy rose 40 percent in 2031."
    (candidate,) = extract_candidates(body, outlet=OUTLET)
    assert candidate.text == body
    assert candidate.claimant == "Émile Varoux"


def test_a_transcript_label_with_accented_capitals_speaks() -> None:
    body = (
        "NÚÑEZ: Taxes rose 35 percent last year.\n\nTABEÑO: They fell 2 percent in the same year."
    )
    assert claimants(body) == ["Núñez", "Tabeño"]


def test_an_accented_dateline_stays_outside_the_claim() -> None:
    body = "BOGOTÁ, Colombia (AP) — Óscar Tabeño said coffee exports rose 7% in 2031."
    (candidate,) = extract_candidates(body, outlet=OUTLET)
    assert candidate.text == "Óscar Tabeño said coffee exports rose 7% in 2031."
    assert candidate.claimant == "Óscar Tabeño"


@pytest.mark.parametrize(
    "text",
    [
        "Émile Varoux met Łukasz Brzęk.",
        "Tomas Eberle met “Ana” in Sète.",
        "Yusuf al-Rashidi said so.",
        "a well-known, full-time, all-American depot",
        "the total-Hadid",
        "El-Nabawy said so.",
    ],
)
def test_the_quick_document_check_agrees_with_fold_capitals(text: str) -> None:
    # attribution skips fold_capitals for a document the check finds nothing in
    assert needs_folding(text) == (fold_capitals(text, {}) != text)


def test_a_particle_capitalised_at_a_sentences_start_is_the_same_name() -> None:
    body = (
        "Commission President Ursula von der Lind said on Monday that the bloc would act.\n\n"
        "Von der Lind told reporters that the plan was ready."
    )
    assert claimants(body) == ["Ursula von der Lind", "Ursula von der Lind"]


def test_a_family_name_written_first_is_the_titled_full_name() -> None:
    body = (
        "Chinese Premier Li Qiangwei said on Monday that growth would pick up.\n\n"
        "Li added that exports had risen 8 percent."
    )
    assert claimants(body) == ["Li Qiangwei", "Li Qiangwei"]


def test_a_body_named_with_a_persons_surname_first_is_not_that_person() -> None:
    # "Hale Campaign" was never introduced with a title: "Hale" stays Hale
    body = (
        "The Hale Campaign said on Monday that it had raised $2 million.\n\n"
        "Hale said the money would pay for ads."
    )
    assert claimants(body)[-1] == "Hale"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a name in camel case, read whole and given back as written
        ("eBay said sales rose 4% in the quarter.", "eBay"),
        ("Sales rose 4%, eBay said.", "eBay"),
        ("iHeartMedia reported a loss of $2 million.", "iHeartMedia"),
        (
            "About two-thirds of teens use social media daily, according to the eSafety "
            "Commissioner.",
            "the eSafety Commissioner",
        ),
    ],
)
def test_a_name_in_camel_case(sentence: str, expected: str) -> None:
    assert claimants(sentence)[-1] == expected
