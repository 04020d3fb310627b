"""Text copied from web pages and posts: characters that print nothing (soft hyphens,
zero-width spaces, direction marks, a byte order mark), a word processor's hyphens and
apostrophes, and a closing double mark typed where a quotation opens. Attribution reads
through them; spans keep the text as sent. Invented sentences."""

from __future__ import annotations

import pytest

from claims.extraction.pipeline import analyse, extract_candidates
from claims.extraction.quotes import needs_plain_marks, plain_marks
from tests.claims.extraction.claimants import OUTLET, claimants, last


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tova Mirren\u00ad said", "Tova Mirren said"),  # soft hyphen
        ("Tova\u200b Mirren", "Tova Mirren"),  # zero-width space
        ("\ufeffTova Mirren", "Tova Mirren"),  # byte order mark
        ("\u202a“Open the depot,” she wrote.\u202c", "“Open the depot,” she wrote."),
        ("\u200e\u2066Tova\u2069 Mirren", "Tova Mirren"),  # direction marks and isolates
        # a closing mark where a quotation opens: at the start, after a space or "("
        ("”Open the depot,” she wrote.", "“Open the depot,” she wrote."),
        ("She wrote ”Open the depot.”", "She wrote “Open the depot.”"),
        ("(”Open it”)", "(“Open it”)"),
        # hyphens a word processor puts in a name, a modifier letter apostrophe
        ("Tova Fenwick\u2011Okonjo", "Tova Fenwick-Okonjo"),
        ("Tova Fenwick\u2010Okonjo", "Tova Fenwick-Okonjo"),
        ("Fenwick\u02bcs office", "Fenwick’s office"),
        # a closing mark where it belongs stays one
        ("“Open it,” she wrote.", "“Open it,” she wrote."),
        ("the word “depot”, twice", "the word “depot”, twice"),
        ("“Open it.” Then she left.", "“Open it.” Then she left."),
    ],
)
def test_plain_marks(text: str, expected: str) -> None:
    assert plain_marks(text) == expected


def test_plain_text_is_returned_as_it_came() -> None:
    text = "“Open the depot,” said Tova Mirren."
    assert plain_marks(text) is text


def test_a_name_with_a_soft_hyphen_inside_is_the_speaker() -> None:
    assert last("“The depot stays shut until May,” said Tova Mir\u00adren.") == "Tova Mirren"


def test_a_double_barrelled_name_with_a_non_breaking_hyphen_is_whole() -> None:
    sentence = "Tova Fenwick\u2011Okonjo said the depot would stay shut until May."
    assert last(sentence) == "Tova Fenwick-Okonjo"


def test_a_zero_width_space_between_given_name_and_surname() -> None:
    assert last("Tova\u200b Mirren said the depot would stay shut until May.") == "Tova Mirren"


def test_a_quotation_after_a_direction_mark_is_the_speakers() -> None:
    # a comment pasted from a social network: the mark before the opening quotation
    body = (
        "Readers answered the mayor's post within the hour.\n\n"
        "\u202a”The depot is a hazard. Shut it for good,” said Chidi Okafor.\u202c"
    )
    assert claimants(body) == [OUTLET, "Chidi Okafor", "Chidi Okafor"]


def test_a_closing_mark_that_opens_a_quotation_of_two_sentences() -> None:
    body = "”The depot is a hazard. Shut it for good,” said Chidi Okafor."
    assert claimants(body) == ["Chidi Okafor", "Chidi Okafor"]


def test_a_byte_order_mark_before_the_first_name() -> None:
    assert claimants("\ufeffChidi Okafor said the depot leaked for a decade.") == ["Chidi Okafor"]


def test_spans_keep_the_characters_the_text_was_sent_with() -> None:
    body = "“The depot stays shut until 2031,” said Tova Mir\u00adren."
    (candidate,) = extract_candidates(body, outlet=OUTLET)
    assert candidate.text == body[candidate.span_start : candidate.span_end]
    assert "\u00ad" in candidate.text
    assert candidate.claimant == "Tova Mirren"


@pytest.mark.parametrize(
    "text",
    [
        "“Open the depot,” said Tova Mirren.",
        "Tova\u200b Mirren",
        "«Non,» dit-elle.",
        "She wrote ”Open the depot.”",
        "”Open it",
        "the word “depot”, twice",
        "a well-known, full-time depot",
        "Fenwick\u2011Okonjo",
    ],
)
def test_the_quick_document_check_agrees_with_plain_marks(text: str) -> None:
    # attribution skips plain_marks for a document the check finds nothing in
    assert needs_plain_marks(text) == (plain_marks(text) != text)


def test_the_score_and_type_read_through_soft_hyphens_and_guillemets() -> None:
    plain = "“Tolls rose to 5.2 percent in May, the highest since 2019,” said Tova Mirren."
    copied = (
        "«Tolls rose to 5.2 per\u00adcent in May, the high\u00adest since 2019,» said Tova Mirren."
    )
    (a,) = extract_candidates(plain, outlet=OUTLET)
    (b,) = extract_candidates(copied, outlet=OUTLET)
    assert b.text == copied
    assert (b.score, b.reasons, b.claim_type, b.claimant) == (
        a.score,
        a.reasons,
        a.claim_type,
        a.claimant,
    )


@pytest.mark.parametrize(
    "body",
    [
        # a paragraph that is only a zero-width space, between two others
        "Fares rose again.\n \u200b \n« not gifts then the a »",
        # a soft hyphen that opens a sentence before "who said"
        "The levy passed.\n\u00ad who said on said Brandt Kim.",
        # a participle with nothing before it
        ", saying the toll was void, Democrats that\n\nAll told, Ada",
        "\u200b\u00ad\u2060",
    ],
)
def test_marks_that_print_nothing_never_break_the_pipeline(body: str) -> None:
    # (each raised IndexError before: an empty sentence, or an empty text before "who")
    for a in analyse(body, outlet=OUTLET):
        assert a.candidate is None or a.candidate.claimant
