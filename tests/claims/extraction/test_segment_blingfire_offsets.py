"""segment._blingfire_offsets reads blingfire's sentence offsets through its own buffers
(no ctypes array class per text length) and must give exactly what blingfire's Python
wrapper gives, in characters, for ASCII and for text with multi-byte characters."""

from __future__ import annotations

import gc

import blingfire
import pytest

from claims.extraction.segment import _blingfire_offsets

_TEXTS = [
    "One sentence. Another one! A third? Yes.",
    "Ünïcödé “quotes” — dashes. Next one… and more. Ça va.",
    "Mr. Roe met Dr. Pike at 5 p.m. on Jan. 3. They spoke.",
    "a",
    "é. b.",
    "First line\nsecond line. Third.\n\nA new paragraph here.",
    "“Quoted,” she said. ‘Single,’ he said. 漢字の文。次の文。",
    "x" * 5000 + ". " + "Short one.",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_offsets_are_blingfires_own(text: str) -> None:
    _, expected = blingfire.text_to_sentences_and_offsets(text)
    assert _blingfire_offsets(text) == [(int(s), int(e)) for s, e in expected]


def test_empty_text_has_no_sentences() -> None:
    assert _blingfire_offsets("") == []


def test_a_call_leaves_no_cyclic_garbage() -> None:
    _blingfire_offsets("Warm up. Twice.")
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        for n in range(5):  # a new length each time
            _blingfire_offsets("A sentence. " * (n + 3))
        assert gc.collect() == 0
    finally:
        if was_enabled:
            gc.enable()
