"""The clean-up every article gets (claims/ingestion/text.py): a one-line body with no
newsroom furniture skips the line-by-line work, and must come out exactly as that work
would leave it."""

from __future__ import annotations

import random
import sys

import pytest

from claims.ingestion import ArticleInput, IngestError
from claims.ingestion.text import _strip_lines, finish, strip_boilerplate
from claims.ingestion.validation import normalise_newlines

WHITESPACE = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
FURNITURE = [
    "NEW You can now listen to Fox News articles!",
    "you can now listen to The Daily articles",
    "CLICK HERE TO GET THE APP",
    "Click here for more",
    "Sign up for our newsletter",
    "Subscribe to the weekly newsletter today",
    "Advertisement",
    "ADVERTISEMENT",
    "Story continues below advertisement",
    # Letters that only match the case-insensitive patterns through Unicode case folding.
    "CLIC\u212a HERE TO READ",
    "Sign up for our ne\u017fsletter",
    "You can now l\u0131sten to X articles",
]
PIECES = [
    *FURNITURE,
    "Unemployment fell to 4.2 percent, the ministry said.",
    "Crime &amp; punishment &lt;b&gt; rose 7&#37;.",
    "<p>Prices</p> <b>rose</b> 3 %.",
    "Café “quotes” — dashes… €5",
    "Cafe\u0301 combining accent",
    "日本の失業率は2.5%に低下した。",
    "advertisement in lower case is prose",
    "Story continues below",
    "  indented line",
    "trailing spaces   ",
    "\t",
    "",
]


def _line_by_line(text: str) -> tuple[str, str]:
    """The general path, which every body took before the one-line shortcut."""
    return _strip_lines(normalise_newlines(text).split("\n"))


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n",
        "One claim.",
        "  One claim with spaces around.  ",
        "\u00a0No-break spaces\u00a0",
        "\u2028Line separator is not a line break here\u2029",
        "Ends in a carriage return\r",
        "\rStarts with one",
        "Two lines\r\nin Windows style",
        "Two\rlines in old Mac style",
        *FURNITURE,
        *(f"  {line}  " for line in FURNITURE),
        "Advertisement: prices rose",
        "NEW   You can now listen to Fox News articles! Prices rose 4 percent.",
    ],
)
def test_the_one_line_shortcut_gives_what_the_line_by_line_clean_up_gives(text: str) -> None:
    assert strip_boilerplate(text) == _line_by_line(text)


def test_both_paths_agree_on_random_bodies_of_every_kind() -> None:
    """Random bodies built from furniture, prose, markup, entities, Unicode and every kind
    of whitespace, on one line or several: the cleaned text and the outlet are identical,
    and so is the stored article (`finish`), error or not."""
    rng = random.Random(18)
    separators = ["", " ", "\n", "\n\n", "\n\n\n", "\r\n", "\r", *WHITESPACE]
    for _ in range(20_000):
        parts = [rng.choice(PIECES) for _ in range(rng.randint(1, 4))]
        text = "".join(part + rng.choice(separators) for part in parts)
        if rng.random() < 0.5:
            text = text.replace("\n", " ").replace("\r", " ")  # one line
        assert strip_boilerplate(text) == _line_by_line(text), repr(text)
        fast = ArticleInput(body=text, title=rng.choice(["", " Title "]))
        try:
            finish(fast)
        except IngestError as error:
            cleaned, _ = _line_by_line(text)
            assert not cleaned, (repr(text), error.message)
            continue
        body, outlet = _line_by_line(text)
        assert fast.body == body and fast.outlet == outlet[:200], repr(text)
