"""Text normalisation for claim matching: pure functions, no Django.

``normalize`` produces the canonical lowercase form that every other stage
(tokens, fuzzy ratios, numbers) works on, so two wordings of the same claim
meet on the same string as far as cheap rules allow.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import Stemmer

__all__ = [
    "STOPWORDS",
    "content_tokens",
    "extract_entities",
    "extract_numbers",
    "normalize",
    "strip_social_noise",
    "tokenize",
]

# A social-media embed ends with "— Display Name (@handle) Month D, YYYY". The
# date is noise; the name stays, since the author is often the subject of the
# claim ("Neko Case (@NekoCase)" -> "Neko Case's farmhouse burned down").
_EMBED_DATE_RE = re.compile(r"(?<=\))\s*[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}\s*$")
_URL_RE = re.compile(
    r"(?:https?://|www\.)\S+?(?=pic\.twitter\.com|\s|$)"
    r"|pic\.twitter\.com/\w+"
    r"|\b[\w-]+\.(?:com|org|net|gov|edu|ly|co|io|me|info)/\S*",
    re.IGNORECASE,
)
_EMAIL_RE = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b")
# "U.S." / "U.S.A." / "US" (capitals only: "us" is a pronoun) all become "usa".
_USA_RE = re.compile(r"\bU\.S\.(?:A\.)?|\bU\.S\.A\b|\bU\.S\b|\bUSA?\b")
# Other dotted acronyms: "D.C." -> "DC", "U.K." -> "UK".
_ACRONYM_RE = re.compile(r"\b(?:[A-Za-z]\.){2,}")
_HANDLE_RE = re.compile(r"(?<![\w@])[@#](\w+)")
# Split "BurgerKing" -> "Burger King", "AustralianFires" -> "Australian Fires".
_CAMEL_RE = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
    }
)

_THOUSANDS_RE = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_PERCENT_RE = re.compile(r"\s*%|\bper\s*-?\s*cent\b|\bpct\b")
_CURRENCY_RE = re.compile(r"[$\u00a3\u20ac](?=\s?\d)")
_CURRENCY_WORDS = {"$": " dollar ", "\u00a3": " pound ", "\u20ac": " euro "}
_ORDINAL_RE = re.compile(r"\b(\d+)(?:st|nd|rd|th)\b")
_SCALE_RE = re.compile(r"\b(\d+(?:\.\d+)?)\s?(k|m|mn|bn|b)\b")
_SCALES = {"k": "thousand", "m": "million", "mn": "million", "bn": "billion", "b": "billion"}
_NUMBER_WORDS = {
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
    "thirteen": "13",
    "fourteen": "14",
    "fifteen": "15",
    "sixteen": "16",
    "seventeen": "17",
    "eighteen": "18",
    "nineteen": "19",
    "twenty": "20",
    "thirty": "30",
    "forty": "40",
    "fifty": "50",
    "sixty": "60",
    "seventy": "70",
    "eighty": "80",
    "ninety": "90",
    "hundred": "100",
}
_NUMBER_WORD_RE = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b")
_APOSTROPHE_RE = re.compile(r"(?<=\w)'(?:s\b)?")
# Keep decimal points inside numbers; everything else that is not a word
# character becomes a space.
_NOISE_RE = re.compile(r"(?:(?<!\d)\.|\.(?!\d)|[^\w.])+")
_NUMBER_RE = re.compile(r"\b\d+(?:\.\d+)?\b")
_SPACE_RE = re.compile(r"\s+")
_HAS_DIGIT_RE = re.compile(r"\d")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS: frozenset[str] = _words(
    """
    a about above after again against all am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for
    from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours ourselves out over own same she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up
    very was we were what when where which while who whom why will with would you your
    yours yourself yourselves us also via amp rt lol omg u ur im dont doesnt didnt isnt wasnt
    arent cant wont yet still ever even much many one get got go going gonna let lets may
    might must shall says said say tell told like make made new news really
    """
)

_STEMMER = Stemmer.Stemmer("english")


@lru_cache(maxsize=65536)
def strip_social_noise(text: str) -> str:
    """Remove the date of an embed trailer ("— Name (@handle) Jan 1, 2020"), URLs and
    e-mail addresses.

    Handles and hashtags in the body are kept as words ("@BurgerKing" ->
    "Burger King") because they often name the subject of the claim.
    """
    # Each pattern runs only when its trigger character is present: most claims
    # have no URL, handle or acronym, and this runs for every stored claim.
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    text = text.rstrip()
    if text.endswith(tuple("0123456789")):
        text = _EMBED_DATE_RE.sub(" ", text)
    if "/" in text or "www." in text:
        text = _URL_RE.sub(" ", text)
    has_at = "@" in text
    if has_at:
        text = _EMAIL_RE.sub(" ", text)
    if "U" in text:
        text = _USA_RE.sub("USA", text)
    if "." in text:
        text = _ACRONYM_RE.sub(lambda m: m.group(0).replace(".", "") + " ", text)
    if has_at or "#" in text:
        text = _HANDLE_RE.sub(lambda m: " " + _CAMEL_RE.sub(" ", m.group(1)) + " ", text)
    return text


def _fold(text: str) -> str:
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _normalize_numbers(text: str) -> str:
    if _HAS_DIGIT_RE.search(text):
        if "," in text:
            text = _THOUSANDS_RE.sub("", text)
        text = _ORDINAL_RE.sub(r"\1", text)
        text = _SCALE_RE.sub(lambda m: f"{m.group(1)} {_SCALES[m.group(2)]}", text)
    if "%" in text or "cent" in text or "pct" in text:
        text = _PERCENT_RE.sub(" percent", text)
    return _NUMBER_WORD_RE.sub(lambda m: _NUMBER_WORDS[m.group(1)], text)


@lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """Canonical matching form: lowercase, accents folded, URLs/handles noise
    removed, numbers written one way ("1,000" -> "1000", "70 per cent" and
    "70%" -> "70 percent", "ten" -> "10"), punctuation reduced to spaces."""
    text = _fold(strip_social_noise(text))
    if "$" in text or "\u00a3" in text or "\u20ac" in text:
        text = _CURRENCY_RE.sub(lambda m: _CURRENCY_WORDS[m.group(0)], text)
    if "'" in text:
        text = _APOSTROPHE_RE.sub("", text)
    text = _normalize_numbers(text)
    text = _NOISE_RE.sub(" ", text).replace("_", " ")
    return _SPACE_RE.sub(" ", text).strip()


def tokenize(text: str) -> list[str]:
    """Tokens of the normalised text, stop words included."""
    return normalize(text).split()


@lru_cache(maxsize=131072)
def _stem(word: str) -> str:
    return str(_STEMMER.stemWord(word))


def content_tokens(text: str) -> list[str]:
    """Stemmed tokens without stop words: the vocabulary of retrieval."""
    return [_stem(tok) for tok in normalize(text).split() if tok not in STOPWORDS]


def extract_numbers(text: str) -> set[str]:
    """Numbers in canonical form: ``"1,000 people (70 per cent)"`` -> ``{"1000", "70"}``.

    Trailing ``.0`` is dropped so "3.0" and "3" agree.
    """
    out: set[str] = set()
    for num in _NUMBER_RE.findall(normalize(text)):
        if "." in num:
            num = num.rstrip("0").rstrip(".")
        out.add(num.lstrip("0") or "0")
    return out


# Words that are capitalised for reasons other than being a name.
_NOT_NAMES = STOPWORDS | _words(
    """
    breaking viral watch video photo pic update breaking fact check claim true false fake
    hoax report reports today yesterday tomorrow monday tuesday wednesday thursday friday
    saturday sunday january february march april june july august september october
    november december mr mrs ms dr sen rep gov pres president senator congressman
    congresswoman former vice first lady sir st us via yes oh wow please thank thanks
    """
)
_INITIAL_RE = re.compile(r"\b([A-Z])\.(?=\s+[A-Z])")
_CAP_WORD_RE = re.compile(r"[A-Z][\w'\u2019-]*[\w]|[A-Z]")


_WORD_RE = re.compile(r"\b[^\W\d_][\w'-]{2,}")


def _is_title_case(text: str) -> bool:
    """Headline style ("Did Police in Paris Confiscate Knives?") capitalises
    every content word, so capitals say nothing about names there."""
    capitalised = 0
    lower = 0
    for word in _WORD_RE.findall(text):
        if word.lower() in STOPWORDS:
            continue
        if word[0].isupper():
            capitalised += 1
        else:
            lower += 1
    return capitalised >= 3 and lower <= 0.1 * capitalised


@lru_cache(maxsize=65536)
def _entities(text: str) -> frozenset[str]:
    # "Susan G. Komen": an initial's full stop does not end the name.
    text = _INITIAL_RE.sub(r"\1", strip_social_noise(text).translate(_QUOTES))
    if _is_title_case(text):
        return frozenset()
    names: set[str] = set()
    current: list[str] = []
    # Walk word by word; a run of capitalised words is one name.
    for raw in re.split(r"(\s+|[.,;:!?()\"\[\]/])", text):
        if not raw or raw.isspace():
            continue
        word = raw.strip("'-")
        if word and _CAP_WORD_RE.fullmatch(word) and not (word.isupper() and len(word) > 5):
            folded = _fold(word)
            folded = _APOSTROPHE_RE.sub("", folded)
            if folded not in _NOT_NAMES:
                current.append(folded)
                continue
        if current:
            names.add(" ".join(current))
            current = []
    if current:
        names.add(" ".join(current))
    return frozenset(names)


def extract_entities(text: str) -> set[str]:
    """Capitalised name sequences, lowercased and folded:
    ``"Sen. Chuck Schumer met Heidi Fleiss"`` -> ``{"chuck schumer", "heidi fleiss"}``.

    Honorifics, month names and stop words break or are dropped from a name;
    all-caps words longer than five letters (shouting, not acronyms) are ignored,
    and a headline-style text where nearly every word is capitalised yields none.
    """
    return set(_entities(text))


def stem(word: str) -> str:
    """The Snowball English stem (the same algorithm as PostgreSQL's `english` config)."""
    return _stem(word)
