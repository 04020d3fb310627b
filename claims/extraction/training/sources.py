"""What kind of Source an annotated attribution names (named, pronoun, common noun), its cue
type, and the name it gives."""

from __future__ import annotations

import re

from ..lexicon import _ORG_HEADS
from ..names import GENERATIONS, OF_TITLES, clean_name, person_after_office
from ..places import is_place

_WORD_RE = re.compile(r"[A-Za-z][\w'’.-]*")

PRONOUNS = frozenset(
    [
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "you",
        "him",
        "her",
        "them",
        "us",
        "me",
        "his",
        "hers",
        "their",
        "its",
        "our",
        "my",
        "your",
        "who",
        "which",
    ]
)
# Capitalised words that do not make a Source a name of its own.
_COMMON_CAPITALISED = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "some",
        "many",
        "most",
        "several",
        "both",
        "all",
        "other",
        "others",
        "republican",
        "republicans",
        "democrat",
        "democrats",
        "democratic",
        "gop",
        "conservative",
        "conservatives",
        "liberal",
        "liberals",
        "progressive",
        "progressives",
        "officials",
        "official",
        "aides",
        "aide",
        "critics",
        "supporters",
        "voters",
        "experts",
        "analysts",
        "sources",
        "source",
        "people",
        "americans",
        "president",
        "vice",
        "senator",
        "sen.",
        "sen",
        "gov.",
        "gov",
        "governor",
        "rep.",
        "rep",
        "representative",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "mr.",
        "mrs.",
        "ms.",
        "dr.",
        "candidate",
        "nominee",
        "leader",
        "leaders",
        "advisers",
        "adviser",
        "lawmakers",
        "lawmaker",
        # counts, quantifiers and roles that open a Source without naming anyone: "One of
        # his advisers", "Two in three", "Another", "Friends, lobbyists and former foes",
        # "the former CEO of Hewlett-Packard", "the former House Speaker"
        *("one", "two", "three", "four", "another", "anyone", "someone", "everyone"),
        *("nobody", "friends", "organizers", "about", "almost", "half", "ceo", "chairman"),
        *("chairwoman", "speaker", "anchor"),
    ]
)
SAY_CUES = frozenset(
    [
        "say",
        "says",
        "said",
        "saying",
        "told",
        "tell",
        "tells",
        "according",
        "wrote",
        "write",
        "writes",
        "tweeted",
        "tweet",
        "tweets",
        "added",
        "adds",
        "stated",
        "states",
    ]
)


# the name book's suffixes, as _norm_tokens writes them ("jr", "iii")
_GENERATIONS = frozenset(g.lower().rstrip(".") for g in GENERATIONS)


def _norm_tokens(phrase: str) -> list[str]:
    """Lower-cased words, "the" and possessives dropped, and a generation suffix after a
    full name ("Harry Hurt III", "Joseph R. Biden Jr."), so that the surname is last."""
    words = [w.lower().strip(".,'’\"“”") for w in phrase.replace("’s", "").split()]
    words = [w for w in words if w and w not in ("the", "'s")]
    if len(words) > 2 and words[-1] in _GENERATIONS:
        words.pop()
    return words


def source_kind(source: str) -> str:
    """``pronoun``, ``named`` or ``common`` for an annotated Source phrase, by its head
    word: "Trump", "the State Department" are named; "officials", "White House
    officials", "the Ohio governor" are common nouns (roles)."""
    low = source.lower().strip()
    if not low:
        return "none"
    if low in PRONOUNS:
        return "pronoun"
    words = _WORD_RE.findall(_head_phrase(source))
    if not words:
        return "common"
    head = words[-1]
    if head[0].isupper() and head.lower() not in _COMMON_CAPITALISED:
        return "named"
    return "named" if _apposed_name(source) else "common"


def _apposed_name(source: str) -> str | None:
    """The name in apposition to a common head: "One of his advisers, Tad Devine," and
    "The Podesta Group's CEO, Kimberley Fritts," name Devine and Fritts."""
    parts = _PARENTHESIS_RE.sub("", source).split(",")
    if len(parts) < 2:
        return None
    second = parts[1].strip()
    chain = _NAME_CHAIN_RE.fullmatch(second)
    if chain is None or second.split()[0].lower() in _COMMON_CAPITALISED or is_place(second):
        return None  # "a woman in Worcester, Massachusetts,": where she is
    return clean_name(second)


def cue_type(cue: str) -> str:
    return "say" if not SAY_CUES.isdisjoint(w.lower() for w in _WORD_RE.findall(cue)) else "other"


_CONNECTORS = r"(?:of|for|and|on|&|de|del|der|van|von|al|bin|la|le|da|di|du)"
_NAME_WORD_PATTERN = r"(?:[A-Z][\w'’.&-]*|\d+(?:st|nd|rd|th))"
_NAME_CHAIN_RE = re.compile(
    rf"{_NAME_WORD_PATTERN}(?:(?:\s+{_CONNECTORS})*\s+{_NAME_WORD_PATTERN})*"
)


_PARENTHESIS_RE = re.compile(r"\s*\([^()]*\)")
# A role of an organisation, unnamed before a comma: "a former spokesman for Ukraine's
# Foreign Ministry, Oleg Voloshyn," is Voloshyn, whose role the ministry only qualifies.
_ROLE_OF_RE = re.compile(
    r"\s*(?:[Aa]n?|[Tt]he|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"[a-z][\w-]*\s+(?:of|for|at|with|from|to|in)\s+[^,]+,"
)
# A weekday or a participle after the head ends the name: "A Monmouth poll out Monday",
# "a CBS poll released Monday" and "His speech Tuesday" name no one called "Monday".
_WHEN_RE = r"(?:last\s+|this\s+|on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
_CLAUSE_RE = re.compile(
    r"\s+(?:of|from|at|in|who|whose|which|with|on)\s+|,"
    rf"|\s+(?:released|published|filed|issued|conducted|out)\b|\s+{_WHEN_RE}"
)


def _head_phrase(source: str) -> str:
    """A Source phrase up to its first comma or post-modifier ("Robert Roe of the New
    York delegation" -> "Robert Roe"), unless that cuts an organisation's name
    ("the U.S. Bureau of Labor Statistics")."""
    # A party label is not part of the name: "Sen. Jo Roe (D-Conn.)" is Jo Roe.
    source = _PARENTHESIS_RE.sub("", source)
    text = re.split(r"['’]s\s", source.split(",")[0])[-1]  # "CNN's Tara Setmayer"
    m = _CLAUSE_RE.search(text)
    if m is None or m.start() == 0:
        return text
    before = text[: m.start()].split()
    if before[-1].lower() in _ORG_HEADS and m.group().strip() in ("of", "for", "on"):
        return text
    if (
        m.group().strip() == "of"
        and before[-1][:1].isupper()
        and before[-1].lower().rstrip(".") in OF_TITLES
        and person_after_office(text[m.end() :].split()) is not None
    ):
        return text  # "RNC Chief of Staff Katie Walsh": a title, then the person
    return text[: m.start()]


def source_name(source: str) -> str:
    """The name a Source phrase gives, as the article writes it: the last run of
    capitalised words (with "of", "for", "and" between them) before any comma,
    roles and titles stripped ("81-year-old Parker Eaton, a Republican" ->
    "Parker Eaton"; "the U.S. Bureau of Labor Statistics" kept whole)."""
    head = _head_phrase(source)
    words = _WORD_RE.findall(head)
    if (
        words and (words[-1][0].islower() or words[-1].lower() in _COMMON_CAPITALISED)
    ) or _ROLE_OF_RE.match(source):
        apposed = _apposed_name(source)
        if apposed:
            return apposed
    runs = _NAME_CHAIN_RE.findall(head)
    return clean_name(runs[-1]) if runs else source


RELATIVE_PRONOUNS = frozenset(["who", "which"])
# What ends the phrase a relative pronoun follows: punctuation (not an initial's or a
# title's full stop) and the words that start a new phrase. A name chain may run over
# "of", "for", "and" and "on" ("the U.S. Chamber of Commerce, which").
_PUNCTUATION_BREAK = r"(?<=[a-z]{3})(?<!Sen|Gov|Rep|Mrs|Gen|Sgt|Col)\.\s|[;:!?()\[\]\"“”—–,]"
_NAME_BREAK_RE = re.compile(_PUNCTUATION_BREAK)
_PHRASE_BREAK_RE = re.compile(
    _PUNCTUATION_BREAK + r"|\b(?:and|or|but|with|by|from|to|for|of|as|than|like|including|"
    r"among|about|against|at|on|in|that|when|while|after|before|since|because|if)\s"
)
_APPOSITION_ARTICLE_RE = re.compile(r"^\s*(?:a|an|the|one)\s", re.IGNORECASE)


def _name_at_end(text: str) -> str | None:
    """The name chain ``text`` ends with, if it ends with one (titles stripped)."""
    chunk = _NAME_BREAK_RE.split(text)[-1]
    runs = list(_NAME_CHAIN_RE.finditer(chunk))
    if runs and runs[-1].end() == len(chunk.rstrip()):
        return source_name(runs[-1].group())
    return None


def relative_antecedents(text: str, start: int) -> list[str]:
    """What the relative pronoun at ``start`` ("who", "which") refers to: the phrase it
    directly follows, by syntax rather than by a guess ("Ryder met Priebus, who said"
    -> "Priebus"; "legal experts, who worry" -> "legal experts"). After an apposition
    ("Jo Roe of Iowa, a farmer from Ames, Iowa, who said"), the name before it too."""
    before = text[max(0, start - 240) : start].rstrip(" ,-—–\"“”'’")
    chunks = _NAME_BREAK_RE.split(before)
    # "from Englewood, New Jersey, who": the place's state is not the antecedent
    while (
        len(chunks) > 1
        and _name_at_end(chunks[-1]) == chunks[-1].strip()
        and _name_at_end(chunks[-2])
        and not _APPOSITION_ARTICLE_RE.match(chunks[-1])
        and len(chunks[-1].split()) <= 2
        and re.search(r"\b(?:in|from|of|at)\s", chunks[-2])
    ):
        chunks.pop()
    last = chunks[-1].strip()
    name = _name_at_end(last)
    # an apposition is a short noun phrase; "the plan could open Roe up to attacks by
    # Doe, who" is a clause that ends with the antecedent
    if name and not (_APPOSITION_ARTICLE_RE.match(last) and len(last.split()) <= 10):
        return [name]
    if _APPOSITION_ARTICLE_RE.match(last) and len(chunks) > 1:
        # an apposition: its head noun ("a senior analyst" of "a senior analyst at
        # Jefferies") and the name it describes
        found = [_PHRASE_BREAK_RE.split(last + " ")[0].strip()]
        named = source_name(chunks[-2].strip())
        if source_kind(chunks[-2].strip()) == "named":
            found.append(named)
        return found
    if name:
        return [name]
    # the innermost phrase ("legal experts" of "alarm among legal experts") and, for a
    # head with a post-modifier ("one Democrat familiar with the talks"), the clause
    phrase = _PHRASE_BREAK_RE.split(last)[-1].strip()
    return [p for p in dict.fromkeys([phrase, last]) if p]
