"""NameBook reads each run of capitalised words once (names._parse_learned is cached
across documents); what depends on the sentence or the book is still decided each time."""

from __future__ import annotations

import pytest

from claims.extraction.names import NameBook, _parse_learned

_HEADLINE = "Borelings Quillfeather, Dover Mayor, Wins Big Vote In Tarn Today"
_PROSE = "Borelings Quillfeather, the mayor, won the vote."


@pytest.mark.parametrize("order", [(_HEADLINE, _PROSE), (_PROSE, _HEADLINE)])
def test_title_case_is_judged_per_sentence_whatever_was_read_before(
    order: tuple[str, str],
) -> None:
    learnt = {}
    for text in order:
        book = NameBook()
        book.learn(text)
        learnt[text] = book.by_surname.get("quillfeather")
    assert learnt[_HEADLINE] is None  # a headline's capitals with a plural: no name
    assert learnt[_PROSE] == "Borelings Quillfeather"


def test_each_book_keeps_its_own_names_and_roles() -> None:
    first = NameBook()
    first.learn("Gov. Maria Ostrovane said the rate fell.")
    second = NameBook()
    second.learn("Maria Ostrovane said the rate fell.")
    assert first.by_role.get("governor") == "Maria Ostrovane"
    assert "governor" not in second.by_role
    assert second.last_person == "Maria Ostrovane"


def test_a_parse_is_shared_and_cannot_be_changed() -> None:
    parsed = _parse_learned("Sen. Ada Quillfeather")
    assert parsed == (("Sen.", "Ada", "Quillfeather"), 0, ("Ada", "Quillfeather"))
    assert _parse_learned("Sen. Ada Quillfeather") is parsed
