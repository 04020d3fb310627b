"""Who "he", "she" and "they" refer to (attribute.py asks once a sentence's speaker is a
pronoun): the speakers seen so far, checked for gender (gender.py) and for being a person
at all, the person a sentence opens with, and the people named just before."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from itertools import accumulate

from .alternation import by_first_letter, longest_first
from .gender import PRONOUN_GENDER, honorific_gender, name_gender
from .groups import is_plural
from .lexicon import _PRONOUNS, _ROLE_WORDS
from .names import NameBook, maybe_person, only_titles_quoted, place_or_people
from .quotes import QUOTE_CHARS_RE
from .segment import Sentence
from .speech import _fronted_subject, _opening_subject

_HONORIFIC_RE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+([A-Z][\w'’-]+)")
_CAPITALISED_RE = re.compile(r"[A-Z][\w'’-]+")
_PRONOUN_AT_RE = {p: re.compile(rf"\b(?:{p}|{p.capitalize()})\b") for p in _PRONOUNS}
_TRAILING_CLAUSE_RE = re.compile(
    # (not a relative clause's: "a plan that he says is fair", "a plan he says is fair")
    r"(?<!that\s)(?<!which\s)(?:he|she|they)\s+(?:also\s+)?(?:said|says|added|adds|told\s+\w+|"
    r"wrote|noted|argued|explained|continued|insisted|recalled|predicted)"
    r"(?!\s+(?:is|are|was|were|will|would|could|can|has|have|had)\b)(?:\s+\w+){0,3}?\s*[.!?]?$"
)
# What may stand before the person a sentence makes its subject or owner: nothing, a
# comma, or a conjunction ("Suu Kyi's fate is unclear", "..., when Mr. Roe turned"); not
# "if" ("If Roe loses, he said he would back her rival": a condition someone else sets).
_SUBJECT_BEFORE_WORDS = frozenset(
    [
        *("but", "and", "yet", "when", "while", "as", "because", "since"),
        *("though", "although", "unlike", "even", "still", "once", "until"),
    ]
)
_WORD_BEFORE_RE = re.compile(r"(?:^|[,;:(—–]|(?P<word>[\w.]+))\W*$")
_HOW_AND_WORD_RE = re.compile(r"\bhow\s+\S+\s*$")
# How far back the word before a name is looked for (a bounded window, whatever the text).
_BEFORE_WINDOW = 40
# What may follow that person: "Obama is", "Trump's" (not "Obama, he said").
_OWNER_OR_SUBJECT_RE = re.compile(r"(?:['’]s?\b|\s+[a-z])")
# A reporting clause set off by commas ("The Roe outlets stand in the way, he said, by
# ..."): the one who says it is not the one it names.
_SET_OFF_REPORT_RE = re.compile(
    r"(?:he|she)\s+(?:also\s+)?(?:said|says|added|adds|wrote|writes|noted|argued|told\s+\w+)"
    r"\s*(?:,|[.!?]?$)"
)
# How many sentences back an antecedent is looked for when the speakers seen so far
# all disagree in gender.
_ANTECEDENT_WINDOW = 4
# A capitalised word after a sentence's first, which may name a person ("I" names none).
_NAMED_WORD_RE = re.compile(r"(?<=\s)[A-Z][a-z]")


# Nouns of a person that show their gender, put beside a name: "A spokeswoman for the
# guild, Dana Roe, said", "Dana Roe, his wife, said" ("chairman" is left out: it is also
# the title of women)
_ROLE_GENDERS = {
    **dict.fromkeys(
        [
            *("spokeswoman", "chairwoman", "congresswoman", "councilwoman", "assemblywoman"),
            *("alderwoman", "businesswoman", "policewoman", "actress", "waitress", "wife"),
            *("mother", "daughter", "sister", "grandmother", "widow", "aunt", "niece"),
            *("girlfriend", "granddaughter", "woman", "girl"),
        ],
        "f",
    ),
    **dict.fromkeys(
        [
            *("spokesman", "congressman", "councilman", "assemblyman", "businessman"),
            *("policeman", "husband", "father", "son", "brother", "grandfather", "widower"),
            *("uncle", "nephew", "boyfriend", "grandson", "man", "boy"),
        ],
        "m",
    ),
}


def described_gender(phrase: str) -> str | None:
    """The gender the head of an owned description shows: "the swimmer's mother" f, "the
    coach's brother" m (not "the businessman": a role the story may have given a name)."""
    if "'s " not in phrase and "’s " not in phrase:
        return None
    return _ROLE_GENDERS.get(phrase.rsplit(None, 1)[-1].lower())


# (grouped by first letter: the hint is searched for at every word of a story)
_GENDER_ROLE = by_first_letter(longest_first(_ROLE_GENDERS))
_GENDER_ROLE_HINT_RE = re.compile(rf"\b(?:{_GENDER_ROLE})\b")
_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3}"
_ROLE_THEN_NAME_RE = re.compile(
    rf"\b(?P<role>{_GENDER_ROLE})(?:\s+(?:for|of|to)\s+[^,;\"“”]{{1,60}}?)?,\s+(?P<name>{_NAME}),"
)
_NAME_THEN_ROLE_RE = re.compile(
    rf"(?P<name>{_NAME}),\s+(?:a|an|the|his|her|their|its)\s+(?:[\w'’-]+\s+){{0,4}}?"
    rf"(?P<role>{_GENDER_ROLE})\b"
)


def gender_hinted(texts: Sequence[str]) -> frozenset[int]:
    """The indices of the texts with a noun of a person that shows a gender, found in one
    pass over them all (most sentences have none)."""
    whole = "\n".join(texts)
    found = [m.start() for m in _GENDER_ROLE_HINT_RE.finditer(whole)]
    if not found:
        return frozenset()
    starts = list(accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
    return frozenset(bisect_right(starts, at) - 1 for at in found)


def _learn_role_genders(text: str, book: NameBook, genders: dict[str, str]) -> None:
    """Genders shown by a noun of a person beside their name (see _ROLE_GENDERS); asked
    only for the texts gender_hinted() found."""
    for rx in (_ROLE_THEN_NAME_RE, _NAME_THEN_ROLE_RE):
        for m in rx.finditer(text):
            full = book.resolve(m.group("name"))
            if book.by_surname.get(full.rsplit(None, 1)[-1].lower()) == full:
                genders.setdefault(full, _ROLE_GENDERS[m.group("role")])


def _learn_honorifics(text: str, book: NameBook, genders: dict[str, str]) -> None:
    for m in _HONORIFIC_RE.finditer(text):
        gender = honorific_gender(m.group(1))
        surname = m.group(2).removesuffix("'s").removesuffix("’s")  # (not "Jones": "Jone")
        full = _named(text, m.start(2), surname, book)
        if gender and full and name_gender(full) in (None, gender):
            # ("Mrs. Clinton" is not Bill Clinton, whom the book knew first)
            genders.setdefault(full, gender)


def _persons_in(text: str, book: NameBook) -> list[str]:
    """Full names of the people the text mentions, in order (known surnames only)."""
    found: list[str] = []
    for m in _CAPITALISED_RE.finditer(text):
        word = m.group()
        if word.endswith(("’s", "'s")):
            word = word[:-2]
        full = _named(text, m.start(), word, book)
        if full is not None and (not found or found[-1] != full):
            found.append(full)
    return found


# A person described by whose they are: "Delgado's opponent", "Roe's wife".
_OWNED_DESCRIPTION_RE = re.compile(r"(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)['’]s\s+[a-z]")
_HONORIFIC_BEFORE_RE = re.compile(r"\b(?:Mrs?|Ms|Miss)\.?\s+$")


def _named(text: str, start: int, surname: str, book: NameBook) -> str | None:
    """Who the surname at ``start`` is: the full name the book knows first, or, when two
    people share it, the one its honorific shows ("Mrs. Clinton" after "Bill Clinton"
    and "Hillary Clinton")."""
    key = surname.lower()
    full = book.by_surname.get(key)
    if full is not None and len(book.namesakes.get(key, ())) > 1:
        honorific = _HONORIFIC_BEFORE_RE.search(text, max(0, start - 6), start)
        if honorific is not None:
            return book.resolve(f"{honorific.group().strip()} {surname}")
    return full


def _word_before(text: str, at: int) -> tuple[str | None, int]:
    """The word just before `at` and where it starts; (None, -1) after a punctuation
    mark or at the start of the text."""
    lo = max(0, at - _BEFORE_WINDOW)
    m = _WORD_BEFORE_RE.search(text[lo:at])
    if m is None or m.group("word") is None:
        return None, -1
    return m.group("word"), lo + m.start("word")


_SHARE_BEFORE_OF_RE = re.compile(
    r"\b(?i:one|some|many|most|several|each|all|both|none|two|three|few)\s+of\s+$"
)


def _sole_person_before(
    text: str, end: int, book: NameBook, genders: dict[str, str], want: str
) -> str | None:
    """The one person the sentence names before `end`, as a subject or an owner, if it
    names exactly one and the gender agrees: "President Obama angered many when he
    said", "Suu Kyi's fate is unclear, but she said", "In an example of how sensitive
    Obama is about it, he used" (not "After meeting with Obama, he said")."""
    if text[:end].rstrip().endswith(",") and _SET_OFF_REPORT_RE.match(text, end):
        return None
    found: list[tuple[str, int, int]] = []
    for m in _CAPITALISED_RE.finditer(text, 0, end):
        word = m.group()
        bare = word[:-2] if word.endswith(("’s", "'s")) else word
        full = _named(text, m.start(), bare, book) or book.by_surname.get(word.lower())
        start = m.start()
        word_before, at = _word_before(text, start)
        if full is not None and word_before is not None and word_before in full.split():
            start = at  # "Bo Tarrant's": from the given name
            word_before, at = _word_before(text, start)
        if word_before is not None and word_before.lower() in _ROLE_WORDS:
            full = full or book.resolve(f"{word_before} {bare}")  # "President Obama"
            start = at
        if full is None or not maybe_person(full):
            continue
        if not found or found[-1][0] != full:
            found.append((full, start, m.start() + len(bare)))
    if len({f for f, _, _ in found}) != 1:
        return None
    full, start, stop = found[-1]
    lead, _ = _word_before(text, start)
    # ("Even more, how sensitive Obama is ...": an adjective after "how" too)
    how = _HOW_AND_WORD_RE.search(text[max(0, start - _BEFORE_WINDOW) : start]) is not None
    # ("One of Trump's earlier jeremiads came in February, when he told ...": an owner
    # after a share of what he has)
    share_of = (
        lead is not None
        and lead.lower() == "of"
        and text.startswith(("'s", "’s"), stop)
        and _SHARE_BEFORE_OF_RE.search(text, max(0, start - 12), start) is not None
    )
    if lead is not None and lead.lower() not in _SUBJECT_BEFORE_WORDS and not how and not share_of:
        return None  # "give Trump some credit", "after meeting with Obama"
    if not _OWNER_OR_SUBJECT_RE.match(text, stop):
        return None
    gender = genders.get(full) or name_gender(full)
    return full if gender in (None, want) else None


def _opening_group(pronoun: str, text: str) -> str | None:
    """The plural subject ``text`` opens with, when ``pronoun`` is "they" inside it and no
    quotation or closing reporting clause comes between: "Millennials have reached a
    consensus: by nearly 2-1, they say ..." (not "Republicans lost Ohio, they said.",
    where someone else says it of them)."""
    if pronoun != "they":
        return None
    at = _PRONOUN_AT_RE[pronoun].search(text)
    if (
        at is None
        or at.start() == 0
        or QUOTE_CHARS_RE.search(text, 0, at.start()) is not None
        or _TRAILING_CLAUSE_RE.match(text, at.start()) is not None
    ):
        return None
    opening = _opening_subject(text)
    if (
        opening is None
        or not 0 <= text.find(opening) < at.start()
        # ("Sometimes, they say, it means ...": a fronted word, no subject)
        or text.startswith(",", text.find(opening) + len(opening))
        or not is_plural(opening)
        # (one word may be a plural unknown to the name lists, "Millennials"; a given
        # name or two words may be a person's, "Ada Williams")
        or name_gender(opening) is not None
        or (" " in opening and maybe_person(opening))
    ):
        return None
    return opening


# A short quoted term after a word of the narration: 'end the "rigged economy" that'.
_QUOTED_TERM_RE = re.compile(r"(?<=[a-z,] )[\"“](?P<term>[^\"“”]{1,40})[\"”]")


def _only_terms_quoted(text: str) -> bool:
    """Whether every quotation in ``text`` is a term of up to four words inside the
    narration (a scare quote, no one's sentence)."""
    marks = sum(text.count(c) for c in '"“”')
    terms = [m for m in _QUOTED_TERM_RE.finditer(text) if len(m.group("term").split()) <= 4]
    return bool(terms) and marks == 2 * len(terms)


def _antecedent(
    pronoun: str,
    text: str,
    sentences: Sequence[Sentence],
    i: int,
    book: NameBook,
    genders: dict[str, str],
    preferred: tuple[str | None, ...],
    earlier: Callable[[], Sequence[str]] | None = None,
) -> str | None:
    """Who "he"/"she"/"they" in sentence i refers to.

    "they" takes the first of the speakers seen so far (this paragraph's, the
    document's, the last person named). "he" or "she" inside a sentence that opens with
    a person named before refers to that person ("Sen. Ted Cruz is highlighting his win
    as he urges ..."). Otherwise "he" and "she" take the first of the speakers that
    can be a person (not "Fox News", "the group" or "CNN") and whose first name or
    title does not show the other gender; failing that, a person whose gender is known
    to agree, named earlier in this sentence or in the sentences just before it,
    nearest first; failing that, the first speaker as before, unless known to be of the
    other gender: then the last of the `earlier()` claimants (the story's, in order) known
    to agree, if no one of unknown gender spoke after them.
    """
    first = next((p for p in preferred if p is not None), None)
    want = PRONOUN_GENDER.get(pronoun)
    if want is None:
        return _opening_group(pronoun, text) or first
    at = _PRONOUN_AT_RE[pronoun].search(text)
    quote = QUOTE_CHARS_RE.search(text, 0, at.start()) if at is not None else None
    if (
        at is not None
        and at.start() > 0
        and (
            quote is None
            or text[: quote.start()].rstrip().endswith(":")
            # ('in an interview on CBS’s “This Morning,” in which he said': a show's title)
            or only_titles_quoted(text[: at.start()])
            # ('rallied voters to end the "rigged economy" that he says ...': a term)
            or _only_terms_quoted(text[: at.start()])
        )
        # not the reporting clause that closes the sentence: in "Roe, who ..., fits
        # that bill, he added." someone else says it of Roe
        and not _TRAILING_CLAUSE_RE.match(text, at.start())
    ):
        # "Texas Sen. Ted Cruz is highlighting his win as he urges ...": a pronoun
        # inside the sentence refers to the person the sentence opens with.
        # "However, Roe seemed pleased as he thanked ...": after a sentence adverb; not
        # in "Also, Roe lost, he said", where "he" says it. A quotation the opener
        # introduces with a colon is the opener's: 'Roe fired back: "...," he wrote'.
        opening = _opening_subject(text)
        if opening is None and not text[: at.start()].endswith(", "):
            opening = _fronted_subject(text)
        if opening is not None and text.find(opening) > at.start():
            opening = None
        surname = opening.rsplit(None, 1)[-1].lower() if opening is not None else ""
        if (
            opening is not None
            and surname in book.by_surname
            and not surname.endswith(("'s", "’s"))
        ):
            # A person named before ("Cruz's success" is not Cruz).
            name = book.resolve(opening)
            gender = genders.get(name) or name_gender(name)
            if maybe_person(name) and gender in (None, want):
                return name
        sole = _sole_person_before(text, at.start(), book, genders, want)
        if sole is not None:
            return sole
    conflict = False  # a speaker of the other gender was passed over
    for who in preferred:
        if who is None or not maybe_person(who):
            continue
        owner = _OWNED_DESCRIPTION_RE.match(who)
        # ("Ann Lusk's lawyer" is not a woman for the owner's given name; "Roe's wife" is)
        gender = described_gender(who) if owner else genders.get(who) or name_gender(who)
        if (
            gender is None
            and not conflict
            and owner is not None
            and (full := book.resolve(owner.group("owner"))) != owner.group("owner")
            and maybe_person(full)
            and (genders.get(full) or name_gender(full)) == want
        ):
            # "Delgado's opponent has pledged ..." | "She called the plan ...", "Tuttle's
            # article also attacked Christie ..." | "He calls ...": the owner, of the
            # pronoun's gender, rather than what or whom they own, of no known gender
            return full
        if gender == want or (gender is None and not conflict):
            return who
        conflict = conflict or gender is not None
    own = text[: at.start()] if at else ""
    if quote is not None:
        # '"... a choice between Clinton and Dr. Jill Stein," she said': whoever closes a
        # quotation is not someone it names; only the narration before it counts
        own = own[: quote.start()]
    spans = [own]
    spans += [sentences[j].text for j in range(i - 1, max(-1, i - 1 - _ANTECEDENT_WINDOW), -1)]
    unknown: str | None = None  # the nearest person named whose gender nothing shows
    for span in spans:
        for name in reversed(_persons_in(span, book)):
            if not maybe_person(name):
                continue
            gender = genders.get(name) or name_gender(name)
            if gender == want:
                return name
            if gender is None and unknown is None and " " in name and not is_plural(name):
                unknown = name
    # ("she" is no place and no people of one, "New Yorkers", whoever else is left)
    left = [p for p in preferred if p is not None and not place_or_people(p)]
    if not left or (genders.get(left[0]) or name_gender(left[0])) in (None, want):
        return next(iter(left), first)
    if unknown is not None and unknown not in left:
        # "Trump took offense when Kelly confronted him." | "She told ABC ...": the first
        # speaker is a man; the one named near it whose gender nothing shows is "she"
        return unknown
    # the first speaker left is known to be of the other gender: one who shares a
    # speaker's surname and agrees ("Hillary Clinton said ..." | '"...," he said': Bill
    # Clinton, when the story named him), else no one ("Board chairman Victor Hale said
    # ..." | "Sorell Jandell, a retired nurse, ..." | "... she doubts the board will
    # listen" is not Victor Hale's)
    for p in left:
        for namesake in book.namesakes.get(p.rsplit(None, 1)[-1].lower(), ()):
            if namesake != p and (genders.get(namesake) or name_gender(namesake)) == want:
                return namesake
    if earlier is None or any(_NAMED_WORD_RE.search(span, 1) for span in spans):
        # (someone named near it, whom nothing shows the gender of, may be the one meant:
        # "Keyworth ... was so fired up he said")
        return None
    for who in reversed(earlier()):
        # "Quinlan said ... | Haskell disagreed. He said ... | The two have sparred
        # before. Last year, she accused him ...": the last speaker known to agree
        if who in left or not maybe_person(who):
            continue
        gender = genders.get(who) or name_gender(who)
        if gender == want:
            return who
        if gender is None and " " in who:
            return None  # (one whose gender nothing shows may be the one meant)
    return None
