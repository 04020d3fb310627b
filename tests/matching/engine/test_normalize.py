from __future__ import annotations

import pytest

from matching.engine.normalize import (
    content_tokens,
    extract_entities,
    extract_numbers,
    normalize,
    strip_social_noise,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1,000 people", "1000 people"),
        ("1,250,000 votes", "1250000 votes"),
        ("70 per cent of them", "70 percent of them"),
        ("70% of them", "70 percent of them"),
        ("70 percent of them", "70 percent of them"),
        ("the 1st and 22nd", "the 1 and 22"),
        ("$5 million", "dollar 5 million"),
        ("ten foot wall", "10 foot wall"),
        ("a 3.5 rise", "a 3.5 rise"),
        ("2m people", "2 million people"),
    ],
)
def test_numbers_are_written_one_way(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_unicode_is_folded_and_lowercased() -> None:
    assert normalize("Café CRÈME brûlée") == "cafe creme brulee"
    assert normalize("Valentine’s “adult” meal") == normalize('Valentine\'s "adult" meal')
    assert normalize("Ｆｕｌｌｗｉｄｔｈ") == "fullwidth"


def test_urls_emails_and_embed_dates_are_removed() -> None:
    tweet = (
        "Look at this https://t.co/abc123pic.twitter.com/XyZ987 and www.example.com/x "
        "mail me at someone@example.org — Some Person (@someperson) January 2, 2020"
    )
    out = normalize(tweet)
    for noise in ("http", "t co", "pic", "twitter", "example", "someone", "january", "2020"):
        assert noise not in out.split(), noise
    # The author's name stays: it is often who the claim is about.
    assert "some person" in out


def test_handles_and_hashtags_become_words() -> None:
    assert normalize(".@BurgerKing offers #AdultMeals") == "burger king offers adult meals"
    assert "@" not in strip_social_noise("@someone said")


def test_us_and_dotted_acronyms() -> None:
    assert normalize("The U.S. and the USA") == "the usa and the usa"
    assert normalize("in D.C. today") == "in dc today"
    # A lowercase "us" is the pronoun and is dropped from content tokens.
    assert "usa" not in content_tokens("tell us more")


def test_content_tokens_drop_stop_words_and_stem() -> None:
    assert content_tokens("The protesters were arrested in Charlotte") == [
        "protest",
        "arrest",
        "charlott",
    ]


def test_extract_numbers_canonical_forms() -> None:
    assert extract_numbers("1,000 people (70 per cent) paid $3.50, not 3.0") == {
        "1000",
        "70",
        "3.5",
        "3",
    }
    assert extract_numbers("no digits here") == set()


def test_extract_entities_finds_capitalised_names() -> None:
    names = extract_entities("Sen. Chuck Schumer met Susan G. Komen in Charlotte on Monday.")
    assert {"chuck schumer", "susan g komen", "charlotte"} <= names
    # Honorifics and weekdays are not names.
    assert not any(n.startswith("sen") or "monday" in n for n in names)


def test_headline_capitals_are_not_names() -> None:
    assert (
        extract_entities("Did Police in Paris Confiscate Baguette Knives from Protesters?") == set()
    )
