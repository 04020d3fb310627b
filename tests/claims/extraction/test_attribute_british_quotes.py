"""British style: quotations in single marks (‘...’), read as double ones when a document
opens more quotations with ‘ than with “ or "; apostrophes stay apostrophes. Invented
sentences."""

from __future__ import annotations

import pytest

from claims.extraction.quotes import (
    british_style,
    in_quotation,
    outside_quotations,
    single_to_double,
)
from tests.claims.extraction.claimants import OUTLET, claimants


def test_a_quotation_of_several_sentences_in_single_marks_is_the_speakers() -> None:
    body = (
        "The chancellor, Rachel Reeves, spoke in Leeds on Monday.\n\n"
        "Reeves said: ‘The public finances are in a mess. We will fix them by 2029.’\n\n"
        "‘The last government left a hole of £22bn. Nobody denies that,’ Reeves said."
    )
    assert claimants(body) == [OUTLET, *["Rachel Reeves"] * 4]


def test_a_quotation_in_single_marks_after_its_speaker_goes_on() -> None:
    body = (
        "‘It is a tax on jobs,’ said the lobby’s director general, Rain Newton-Smith. "
        "‘Firms will hire fewer people.’"
    )
    assert claimants(body) == ["Rain Newton-Smith", "Rain Newton-Smith"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("‘We will win,’ she said.", '"We will win," she said.'),
        # punctuation outside the marks, British style
        ("‘We will win’, she said.", '"We will win", she said.'),
        # apostrophes: inside a word, a plural's possessive, a decade
        ("‘The voters’ anger is real,’ she said.", '"The voters’ anger is real," she said.'),
        ("‘We don’t know,’ said Reeves’s aide.", '"We don’t know," said Reeves’s aide.'),
        (
            "Labour’s lead has narrowed since the ‘90s.",
            "Labour’s lead has narrowed since the ‘90s.",
        ),
    ],
)
def test_single_marks_become_double_ones_and_apostrophes_stay(text: str, expected: str) -> None:
    converted, inside = single_to_double(text, False)
    assert (converted, inside) == (expected, False)
    assert len(converted) == len(text)  # offsets hold


def test_a_quotation_left_open_is_still_open_at_the_end() -> None:
    assert single_to_double("‘We will fix the roads.", False) == ('"We will fix the roads.', True)
    assert single_to_double("Nobody doubts it.’", True) == ('Nobody doubts it."', False)


def test_american_style_with_nested_single_marks_is_left_alone() -> None:
    texts = ["“He told me ‘no way,’ and walked off,” said Jo Roe.", "“We lost,” Roe said."]
    assert not british_style(texts)
    assert british_style(["‘We won,’ she said.", "Roe’s team cheered."])


def test_the_quotation_helpers_find_what_lies_inside_and_outside_the_marks() -> None:
    text = '"The toll is too high," Ada Roe said, "and it must go."'
    assert in_quotation(text, 5, False)
    assert not in_quotation(text, text.index("Ada"), False)
    # (the marks themselves stay outside)
    assert outside_quotations(text, False) == '" " Ada Roe said, " "'
    # a sentence that opens inside a quotation left open before it
    assert outside_quotations("It must go,” she said.", True) == " ” she said."
    assert not in_quotation("No marks here at all.", 3, False)


def test_straight_single_marks_quote_like_curly_ones() -> None:
    # typed or pasted with straight marks: 'We have fixed it,' she said.
    body = (
        "Ada Lind, the harbour master, spoke on Monday.\n\n"
        "'We have fixed the quay,' she said.\n\n"
        "'It is safe now. Nobody should worry about it,' she added.\n\n"
        "'It's a disgrace,' said Councillor Tom Hale. 'The council wasn't told.'"
    )
    assert claimants(body) == [OUTLET, *["Ada Lind"] * 3, "Tom Hale", "Tom Hale"]


def test_straight_apostrophes_stay_in_the_claimant_as_written() -> None:
    body = (
        "'We have fixed the quay,' Ada Lind said.\n\n"
        "'It is safe now,' she added.\n\n"
        "The pilots' union was angry, Lind's deputy said."
    )
    assert claimants(body)[-1] == "Lind's deputy"


def test_typewriter_double_marks_are_not_read_as_two_singles() -> None:
    # ''...'' is a double mark typed twice: the quotation is its speaker's
    body = "Ada Lind spoke on Monday.\n\n''It is safe now,'' she said. ''Nobody should worry.''"
    assert claimants(body) == [OUTLET, "Ada Lind", "Ada Lind"]


def test_a_few_apostrophes_do_not_make_single_quotations() -> None:
    body = "Lind's deputy said the pilots' union was angry.\n\n\"It isn't safe,\" Lind said."
    assert claimants(body) == ["Lind's deputy", "Lind"]
