"""british_style counts the quotation marks of the texts joined; the counts are the
texts' own (a line break reads as a text's start or end to both patterns)."""

from __future__ import annotations

import random

from claims.extraction import quotes


def _per_text(texts: list[str]) -> bool:
    single = sum(len(quotes._SINGLE_OPEN_RE.findall(t)) for t in texts)
    double = sum(len(quotes._DOUBLE_OPEN_RE.findall(t)) for t in texts)
    return any("‘" in t for t in texts) and single > double


def test_joined_counts_agree_with_per_text_counts() -> None:
    pieces = ["‘", "’", "“", "”", '"', "'", "Ada", "said", "90s", " ", " ", "\n", "1", "x."]
    rng = random.Random(5)
    seen = set()
    for _ in range(5000):
        texts = [
            "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
            for _ in range(rng.randint(1, 4))
        ]
        expected = _per_text(texts)
        seen.add(expected)
        assert quotes.british_style(texts) is expected, texts
    assert seen == {True, False}


def test_single_marks_at_a_texts_edges() -> None:
    assert quotes.british_style(["‘Enough,’ she said.", "He left."])
    assert not quotes.british_style(["“Enough,” she said.", "‘Enough,’ he said."])
    assert not quotes.british_style(['"Enough," she said', "‘90s music"])
