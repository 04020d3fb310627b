"""names.may_end_a_full_name: the test attribution runs before learning a whole story's
names again (a headline's "Ives says ..." is the full name the story gives below). It may
say yes when no name ends in the word, never no when one does."""

from __future__ import annotations

import pytest

from claims.extraction.names import NameBook, may_end_a_full_name

# Stories whose names end in many ways: particles, initials, a generation, a trailing
# full stop, an apostrophe, a hyphen, a title before, an office, an envoy, a headline.
_STORIES = [
    ["Commission President Ursula von der Leyen spoke.", "Leyen had no comment."],
    ["The report was signed by Joseph R. Quarrington Jr.", "Others disagreed."],
    ["It was written by Ada Pellow.", "Nobody else signed it."],
    ["Sen. Tom O'Hallorane said the levy would pass.", "Rep. Mia Brook-Tarrant agreed."],
    ["The UN envoy to Syria Geir Pellandsen met the minister."],
    ["Secretary of State Jo Vantree and Gov. Maria Delgado spoke on Monday."],
    ["Okonjo Aims Jab At Varga Over Levy", "Peter Okonjo said the levy was unfair."],
    ["J. K. Rowlands\nand Amy De la Cruz\tspoke.", "MARY ANN SMITH: We won."],
    # (the word opens a sentence before the story names the person in full)
    ["Tarrant fans cheered.", "Coach Ivo Tarrant said the team would win."],
    ["Team spirit was high. — Twitchy Team (@TwitchyTeam) June 28"],
]


@pytest.mark.parametrize("texts", _STORIES)
def test_every_full_name_the_book_learns_is_found_by_its_last_word(texts: list[str]) -> None:
    book = NameBook()
    for text in texts:
        book.learn(text)
    fulls = {*book.by_surname.values(), *(n for ns in book.namesakes.values() for n in ns)}
    assert fulls  # (each story teaches at least one full name)
    for full in fulls:
        assert may_end_a_full_name(full.split()[-1], texts), full


@pytest.mark.parametrize(
    ("word", "texts"),
    [
        ("Russia", ["On Thursday, Russia said no.", "Pressure on Russia grew."]),
        ("Russia", ["Russia rejected it.", "Moscow, Russia, said nothing."]),
        ("Trade", ["Trade fell.", "Trade groups said so."]),  # it opens every sentence
        ("Ives", ["Ives says the quay will close.", "Nobody named her in full."]),
    ],
)
def test_no_name_part_before_the_word_is_a_no(word: str, texts: list[str]) -> None:
    assert not may_end_a_full_name(word, texts)


def test_a_capitalised_word_or_a_particle_before_it_is_a_yes() -> None:
    assert may_end_a_full_name("Russia", ["Sanctions on Mother Russia grew."])
    assert may_end_a_full_name("Leyen", ["It was der Leyen."])
    # a word before it too long for a name's is not searched: a yes, never a wrong no
    assert may_end_a_full_name("Roe", ["x" * 100 + " Roe said so."])
    # (the word read back from each place: whitespace of any kind before it)
    assert may_end_a_full_name("Roe", ["It was Ada \n\t Roe."])
    assert not may_end_a_full_name("Roe", ["Roe went on " * 50 + "and on."])
