"""The content hash that finds duplicates: its fast whitespace folding must never change it."""

from __future__ import annotations

import hashlib
import random
import sys
import unicodedata

import pytest

from claims.models import content_hash_for, fold_whitespace

WHITESPACE = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]


def test_the_hash_of_a_known_text_is_unchanged() -> None:
    # Computed with the original definition, sha256 of " ".join(NFC(text).split()):
    # every stored article's hash depends on it.
    expected = "c69822e44304979812e6fb58e1743f08ca22b5c041e97e70d6b8b0865d209d50"
    messy = "Cafe\u0301 prices rose 3 percent.\n\nThe “index” fell.\u00a0 Done.\r\n"
    assert content_hash_for(messy) == expected
    assert content_hash_for("Café prices rose 3 percent. The “index” fell. Done.") == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n",
        "\n\n\n",
        " ",
        "one",
        "one two",
        "Para one.\n\nPara two.\n",
        "\nLeading newline.",
        "Trailing space. \nNext.",
        "Space line\n \nafter.",
        "Tab\tinside.",
        "No-break\u00a0space.",
        "Line\u2028separator.",
        "Carriage\r\nreturn.",
        "Unit\x1fseparator.",
        "Bell\x07 is not whitespace.",
        "Zero\u200bwidth space is not whitespace.",
    ],
)
def test_folding_equals_splitting_on_whitespace_and_joining(text: str) -> None:
    assert fold_whitespace(text) == " ".join(text.split())


def test_folding_equals_splitting_on_random_text_with_every_kind_of_whitespace() -> None:
    alphabet = [*WHITESPACE, *"ab.é€\u0301\x00\x07\u200b", *["\n"] * 6, *[" "] * 10]
    rng = random.Random(8)
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert fold_whitespace(text) == " ".join(text.split()), repr(text)


def test_the_hash_equals_its_definition_on_text_with_every_kind_of_whitespace() -> None:
    # Prose's own \xe2 characters (dashes, quotes, the euro sign) beside the whitespace
    # characters that share that first byte in UTF-8.
    alphabet = [*WHITESPACE, *"ab.—–“”’…€\u0301\u200b", *["\n"] * 6, *[" "] * 10]
    rng = random.Random(9)
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        folded = " ".join(unicodedata.normalize("NFC", text).split())
        expected = hashlib.sha256(folded.encode("utf-8")).hexdigest()
        assert content_hash_for(text) == expected, repr(text)


@pytest.mark.parametrize("space", WHITESPACE)
def test_each_whitespace_character_is_folded(space: str) -> None:
    text = f"Prices rose{space}4 percent — the “index”\n\nfell."
    assert fold_whitespace(text) == "Prices rose 4 percent — the “index” fell."
