"""The entity pattern of the score's features on written sentences (its fast form against
its plain one is checked with the other rewritten patterns in test_pattern_fast_forms.py)."""

from __future__ import annotations

import pytest

from claims.extraction import features


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        ("Then Iowa voted, and I said so.", ["Iowa"]),
        ("He met Ada Roe, then I'm told Ed left.", ["Ada", "Roe", "Ed"]),
        ("Ada left.", []),  # the first word is no entity
    ],
)
def test_entities(text: str, entities: list[str]) -> None:
    assert features._ENTITY_RE.findall(text) == entities
