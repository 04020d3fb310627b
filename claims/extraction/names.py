"""Names in a document: `NameBook` (full names and roles seen so far) and `clean_name`;
the name patterns attribution matches speakers with (words in lexicon.py)."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

from .gender import GENDERED_NOUNS, GIVEN_NAMES, honorific_gender, name_gender, noun_gender
from .groups import PARTY_MEMBERS, is_group_noun
from .letters import ACCENTED_CAPITALS
from .lexicon import (
    _CONNECTORS,
    _DATE_WORDS,
    _INVERTED_VERBS,
    _LEADING_FUNCTION_WORDS,
    _NUMBER_WORDS,
    _ORG_HEADS,
    _PARTICLES,
    _QUESTION_AUXILIARIES,
    _ROLE_ABBREVIATIONS,
    _ROLE_WORDS,
    DEMONYMS,
    POSSESSIVE_BRANDS,
)
from .places import is_place

_NAME_PART = r"(?:[A-Z][\w'’.-]*[\w.]|[A-Z]\.?)"
# At most eight parts: the patterns search for a name at every capitalised word, and an
# unbounded phrase would make a long run of capitalised words cost its length squared.
_NAME_PHRASE = rf"{_NAME_PART}(?:\s+(?:(?:{'|'.join(sorted(_PARTICLES))})\s+)*{_NAME_PART}){{0,7}}"
# The same for a pattern whose next token never opens with a word character, a dot or a
# hyphen (a space, a comma, an apostrophe): each part then ends only where its word ends,
# and the engine does not try each shorter prefix of a part against the rest of the
# pattern, which in a sentence full of names cost more than the match.
_WORD_END_NAME_PHRASE = _NAME_PHRASE.replace(_NAME_PART, rf"{_NAME_PART}(?![\w.-])")
# Two or more name-like words: the only runs that can teach a full name.
_NAME_RUN_RE = re.compile(
    rf"{_NAME_PART}(?:\s+(?:(?:{'|'.join(sorted(_PARTICLES))})\s+)*{_NAME_PART})+"
)


# Function words a headline capitalises, which a name never holds.
_TITLE_CASE_TEXT = """And At To In For On With Between Of From By As Is Are Was Were Be Vs Over
    After Before About Against Into Amid Says Say Said Would Can Could Not Than That Who
    What How Why When Where Up Out Off"""
_TITLE_CASE_WORDS = frozenset(_TITLE_CASE_TEXT.split())
# What can close a title before a name ("Man of the Year Jo Roe") and open a question
# before one ("Will Roe run?", "Can Roe win?"), never the name's own first word.
_PERIODS = frozenset(["Year", "Decade", "Century", "Month", "Week", "Day"])
# (the other auxiliaries are lexicon._QUESTION_AUXILIARIES, never a given name)
_QUESTION_OPENERS = frozenset(["Will", "Can"])
# Words of outlets' names, which read like a person's ("Fox News", "The Post"), and of
# other things a capitalised phrase names ("Peace Prize", "Team Varga", "Islamic State").
_THING_WORDS = frozenset(
    [
        *("news", "times", "post", "journal", "press", "tribune", "herald", "radio", "magazine"),
        *("prize", "award", "act", "team", "party", "campaign", "church", "state", "street"),
        *("club", "union", "foundation", "association", "coalition", "network", "movement"),
    ]
)
# Words that name a venue, a plan or a body in a run of capitalised words, never a person
# ("Madison Square Garden", "the United Nations", "Thrift Savings Plan"), and the words a
# town's name opens with ("San Bernardino", "Fort Worth", "Los Alamos").
_VENUE_WORDS = frozenset(
    [
        *("garden", "gardens", "square", "stadium", "arena", "airport", "plaza", "hotel"),
        *("museum", "hospital", "avenue", "boulevard", "bridge", "tower", "mall", "nations"),
        *("plan", "house", "senate", "congress", "capitol", "world"),
    ]
)
# Endings of the participles a headline opens with ("Understated", "Embattled",
# "Disgraced", "Indicted"), which no given name has (unlike "Murshed", "Alwaleed").
_PARTICIPLE_ENDS = ("ated", "ized", "ised", "ered", "ened", "cted", "ttled", "aced", "uced")
_TOWN_OPENERS = frozenset(["San", "Santa", "Los", "Las", "Fort", "Mount", "Lake", "Port"])
_DOTTED_RE = re.compile(r"^(?:[A-Za-z]\.)+$")
# Generation suffixes after a full name ("Harry Hurt III", "Joseph R. Biden Jr.").
GENERATIONS = frozenset(["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"])
# Letters after a British name: a seat or an honour, not the name.
_POST_NOMINALS = frozenset(
    ["MP", "MPs", "MSP", "MEP", "MLA", "QC", "KC", "OBE", "CBE", "MBE", "KBE", "DBE"]
)
_ROLE_PHRASE_RE = re.compile(r"^[Tt]he\s+(.+)$")


# A title in quotation marks: two to nine words, each capitalised or a short function
# word ('billed as “Hard Hats for Housing,”', 'the film “Dirty Dancing”'), which names no
# person even where two of its words could.
_TITLE_WORD = r"(?:[A-Z][\w'’-]*|for|of|the|and|a|an|in|on|to|with|at|from|by)"
_QUOTED_TITLE_RE = re.compile(rf"[“\"]{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{1,8}}[,.!?]?[”\"]")


def only_titles_quoted(text: str) -> bool:
    """Whether every quotation in ``text`` is a title in title case ('on Sunday's "Meet the
    Press."', 'the film "Hard Hats for Housing"'): a name of a work, no one's words."""
    marks = sum(text.count(c) for c in '"“”')
    titles = list(_QUOTED_TITLE_RE.finditer(text))
    return (
        bool(titles)
        and marks == 2 * len(titles)
        # said or called so, these are words: 'called Rubio “Little Marco”', '"GROWING
        # PARTY," he declared'
        and not any(
            _WORDS_BEFORE_RE.search(text, max(0, t.start() - 40), t.start())
            or _WORDS_AFTER_RE.match(text, t.end())
            for t in titles
        )
    )


_SAYING = r"said|says|saying|declared|called|calls|calling|wrote|tweeted|dubbed|chanted|shouted"
_WORDS_BEFORE_RE = re.compile(rf"\b(?:{_SAYING})\b(?:\s+[\w'’.-]+){{0,3}}[,:]?\s*$")
_WORDS_AFTER_RE = re.compile(
    rf"\s*(?:he|she|they|(?:[A-Z][\w'’.-]*\s+){{0,2}}[A-Z][\w'’.-]*)\s+(?:{_SAYING})\b"
)


def _within(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether `at` lies in one of `spans` (in text order, not overlapping)."""
    i = bisect_right(spans, (at, float("inf"))) - 1  # the last span starting at or before
    return i >= 0 and at < spans[i][1]


@lru_cache(maxsize=8192)
def _parse_learned(phrase: str) -> tuple[tuple[str, ...], int, tuple[str, ...]] | None:
    """The tokens of a run of capitalised words, where its last role ends (-1: none) and
    the name it holds, or None when it holds no person's name. It reads the phrase alone,
    so NameBook._learn_phrase asks it once per phrase (a name recurs in a story).
    """
    tokens = phrase.split()
    while tokens and (
        tokens[0] in _LEADING_FUNCTION_WORDS
        or tokens[0] in _INVERTED_VERBS
        or tokens[0] in _QUESTION_AUXILIARIES
    ):
        # "A Pentagon official", "In Paris", "Said Roe", "Did Jo Roe": not a name
        tokens = tokens[1:]
    while len(tokens) > 2 and is_group_noun(tokens[0]) and tokens[1].lower() in GIVEN_NAMES:
        tokens = tokens[1:]  # "Economists Ada Pike and ...": a group's word, then a name
    cut = _last_role_index(tokens)
    name = tokens[cut + 1 :]
    name = without_trailing_dates(name)  # "asked Trump Wednesday": not the day
    # "Secretary of Commerce Gina Raimondo", "Public Advocate Trish James": the
    # department's, the body's or the title's words, then the person
    if len(name) > 2:
        name = name[_person_start(name) :]
        office = person_after_office(name)
        if office is not None:
            name = name[office:]  # "Chief of | Staff Jo Roe": not "Staff Jo Roe"
    if _party_before_name(name):
        name = name[1:]  # "Republican Gil Hart"
    if name and name[0][:2] in ("AM", "PM") and _GLUED_TIME_RE.match(name[0]):
        # a live blog's "9:23PMChris Christie Says ...": the time is not his name
        name = [_GLUED_TIME_RE.sub("", name[0]), *name[1:]]
    if name and _DOTTED_RE.match(name[-1]) is None:
        name[-1] = name[-1].rstrip(".")  # "... said Ben Carson."
    owner = bool(name) and name[-1].endswith(("'s", "’s")) and len(name[-1]) > 3
    if owner:
        name[-1] = name[-1][:-2]  # "Bernie Sanders's chance": Bernie Sanders
    if name and (
        name[0] in _PERSON_ADJECTIVES
        or (len(name) > 2 and name[0].lower() in _TEAM_POSITIONS)  # "Quarterback Pat Roe"
        or name[0] in _NUMBER_WORDS  # "Two Immigration and Customs Enforcement vans"
        # ("Debating Clinton's Character": a headline's verb before an owner;
        # "Understated Perez raises ...": an adjective opening a headline)
        or (
            (
                ((len(name) > 2 or owner) and name[0].endswith("ing"))
                or name[0].endswith(_PARTICIPLE_ENDS)
            )
            and name[0].lower() not in GIVEN_NAMES
        )
    ):
        # "Top Clinton aides", "Entrusting Donald Trump with ...": no part of a name
        name = name[1:]
    if (
        len(name) < 2
        or not _looks_like_person(name)
        or is_place(" ".join(name))
        or name[-1].removesuffix("'s").removesuffix("’s") in _NOT_NAME_ENDS  # "New Year's"
        or name[-1].lower() in _ORG_HEADS  # "United States Pacific Command"
        or (all(t.isupper() for t in name) and not any(t.lower() in GIVEN_NAMES for t in name))
    ):
        # "New Hampshire", "Apple Inc", "FULL TEXT", "Pacific Command": no person
        return None
    return tuple(tokens), cut, tuple(name)


_NAME_PART_END_RE = re.compile(rf"{_NAME_PART}\Z")


def may_end_a_full_name(word: str, texts: Sequence[str]) -> bool:
    """False when no NameBook that learns ``texts`` can hold a full name whose last word
    is ``word``: the book learns full names from runs of capitalised words, and the last
    word of a name of two or more words follows a space and another part of a name (not
    "Thursday,") or a particle ("Ursula von der Leyen"). A search: learning ``texts`` (a
    story's sentences) again cost 14 to 247 times more on 21 PolNeAR texts, 17 times
    on the seed article."""
    for text in texts:
        at = text.find(word)
        while at >= 0:
            # the word before, read back from `at` (not text[:at].split(): a word that
            # recurs thousands of times would cost the text's length each time)
            end = at
            while end > 0 and text[end - 1].isspace():
                end -= 1
            start = end
            while start > 0 and not text[start - 1].isspace():
                start -= 1
            before = text[start:end]
            if (
                end < at
                and before
                and (
                    len(before) > 64  # (no name's word; not searched: a yes costs no more)
                    or _NAME_PART_END_RE.search(before) is not None
                    or before in _PARTICLES
                )
            ):
                return True
            at = text.find(word, at + 1)
    return False


# "Hale, a former prosecutor,", "Jo Roe, the company's founder,", "Ann Lusk, a farmer
# from Ohio," (one or two words before the role, an owner's among them; the apposition
# closes after it, or goes on with where or whom), and an age: "Ann Lusk, 54,".
_APPOSED_ROLE_SET = frozenset(w for w in _ROLE_WORDS if w.replace(" ", "").isalpha())
_APPOSED_ROLE_RE = re.compile(
    rf"(?P<name>{_NAME_PART}(?:\s+{_NAME_PART}){{0,3}}),\s+(?:(?:a|an|the)\s+"
    r"(?P<role>(?:[a-z\d][\w-]*(?:['’]s)?\s+){0,2}?[a-z][a-z-]*[a-z])"
    r"(?:\s+(?:from|of)\s+(?P<place>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?=[,.;]))?"
    r"(?=[,.;]|\s+(?:of|at|for|in|from|with|who)\b)"
    r"|(?P<age>\d{1,3}),)"
)
_AGE_WORD_RE = re.compile(r"\d{1,3}-year-old")
_COUNT_WORDS = frozenset(["million", "billion", "thousand", "hundred", "many", "some", "all"])
# Words before a listed role that leave it the same role: "the longtime mayor" is "the
# mayor" ("the finance minister" is not "the minister", nor "a state senator" any senator).
_PLAIN_MODIFIERS = frozenset(
    [
        *("longtime", "veteran", "current", "incumbent", "sitting", "outgoing", "retiring"),
        *("embattled", "outspoken", "popular", "influential", "prominent", "powerful"),
        *("new", "newly", "elected", "first-term", "second-term", "two-term", "three-term"),
        *("freshman", "interim", "beleaguered", "controversial", "respected", "local"),
    ]
)
_APPOSED_AGE_RE = re.compile(r", \d{1,3},")
# Nouns an apposition's role can end with that no later "the <noun> said" means the
# person by: a time ("Jo Roe, the day before,"), a thing, or anyone at all ("the woman":
# often someone else, unnamed). Bodies and venues are never a person's role either.
_NOT_APPOSED_HEADS = frozenset(
    [
        *("day", "week", "month", "year", "time", "night", "morning", "evening", "weekend"),
        *("hour", "moment", "minute", "decade", "era", "season", "term", "period", "date"),
        *("man", "woman", "person", "people", "one", "individual", "guy", "lady", "source"),
        *("way", "case", "fact", "part", "result", "reason", "place", "kind", "type", "lot"),
        *("number", "thing", "point", "name", "same", "other", "first", "last", "latest"),
        *("group", "company", "firm", "family", "couple", "pair", "duo", "trio", "crowd"),
    ]
)


def _apposed_head(head: str) -> bool:
    """Whether an apposition's last word, in no list of roles, can be a person's role a
    later "the <head> said" refers back by: "farmer", "delegate", "widow", "retiree";
    not a plural, a time, a body or a thing."""
    return (
        len(head) > 2
        and (not head.endswith("s") or head.endswith(("ss", "us")))
        and head not in _NOT_APPOSED_HEADS
        and head not in _DATE_WORDS
        and head not in _ORG_HEADS
        and head not in _THING_WORDS
        and head not in _VENUE_WORDS
        and head not in _ROLE_QUALIFIERS
    )


# A hyphen before a small letter that is no glued article: "Shanghai-based", "Ohio-born".
_DESCRIPTOR_HYPHEN_RE = re.compile(r"(?<![\s(][aAeE]l)-[a-z]")


class NameBook:
    """Full names and roles seen so far in one document."""

    def __init__(self) -> None:
        self.by_surname: dict[str, str] = {}
        # Every full name seen with a surname, when two people share it ("Bill Clinton",
        # "Hillary Clinton"): an honorific picks between them ("Mrs. Clinton").
        self.namesakes: dict[str, list[str]] = {}
        self.by_role: dict[str, str] = {}
        # Roles in no list that an apposition gave ("Ann Lusk, a farmer,"): "the veteran
        # farmer" is she too, as "the Ohio governor" is the governor named
        self.apposed_heads: set[str] = set()
        self.last_person: str | None = None  # the most recent full name seen
        # Full name -> "m"/"f" where a noun before the name told ("businessman Jo Roe",
        # "his wife, Ana Roe") and the given name did not (attribute.py adds "Mr. Roe").
        self.genders: dict[str, str] = {}
        self._title: tuple[str, bool] | None = None  # the last sentence, title case or not

    def learn(self, text: str) -> None:
        parenthesised = "(" in text
        titles = (
            [t.span() for t in _QUOTED_TITLE_RE.finditer(text)]
            if "“" in text or '"' in text
            else []
        )
        for m in _NAME_RUN_RE.finditer(text):
            phrase = m.group()
            if parenthesised and _spells_acronym(text, m.start(), m.end()):
                continue  # "PFD (Personal Financial Disclosure)": a term, not a person
            if titles and _within(titles, m.start()):
                continue  # 'an event billed as “Hard Hats for Housing,”': a title
            if text[m.start() - 4 : m.start()] == " to " and _SENT_TO_END_RE.search(
                text, max(0, m.start() - 16), m.start() - 4
            ):
                # "envoy to Syria Geir Pedersen": the person after the country, if any
                phrase = clean_name(f"envoy to {phrase}")
                if phrase.startswith("envoy "):
                    continue
            head, _, rest = phrase.partition(" ")
            if rest and (
                (head in _PERIODS and text.endswith("of the ", 0, m.start()))
                or (m.start() == 0 and head in _QUESTION_OPENERS and text.endswith("?"))
            ):
                # "Person of the Year Barack Obama", "Will Sanders come down off the
                # pique?": the title's period and the question's verb open no name
                phrase = rest
            if _TITLE_CASE_WORDS.isdisjoint(phrase.split()):
                office = (
                    _office_before(text, m.start())
                    if text[m.start() - 4 : m.start()] in (" of ", "the ")
                    else None
                )
                self._learn_phrase(phrase, text, office)
                if text[m.start() - 1 : m.start()] == " ":
                    before = text[m.start() - 2 : m.start() - 1]
                    if before.islower():
                        self._learn_lower_role(text, m.start(), phrase)
                    if before.islower() or before == ",":
                        # "businessman Corwen Lusk", "his wife, Ana Roe"
                        noun = text[text.rfind(" ", 0, m.start() - 1) + 1 : m.start() - 1]
                        self._learn_noun_gender(noun.rstrip(","), phrase)
                head, _, rest = phrase.partition(" ")
                if head.lower() in GENDERED_NOUNS:
                    self._learn_noun_gender(head, rest)  # "Councilwoman Brisa Tull"
                continue
            # A headline in title case ("Okonjo Aims Jab At Varga", "... Between Peter
            # Okonjo And Grace Whitcombe") is not one name: the names are the runs
            # between its capitalised function words, and a run of more than four words
            # is a headline's fragment, not a name.
            part: list[str] = []
            for token in [*phrase.split(), "And"]:
                if token not in _TITLE_CASE_WORDS:
                    part.append(token)
                    continue
                if 2 <= len(part) <= 4:
                    self._learn_phrase(" ".join(part), text)
                part = []
        if (
            ", a " in text
            or ", an " in text
            or ", the " in text
            or _APPOSED_AGE_RE.search(text) is not None
        ):
            # after the names: "Ann Lusk, a farmer," teaches both in one sentence
            self._learn_apposed_roles(text)

    def _learn_apposed_roles(self, text: str) -> None:
        """A role given in apposition to a person the book knows: "Hale, a former
        prosecutor, said" makes "the former prosecutor" Tom Hale (the first so named);
        "Ann Lusk, a farmer from Ohio," makes her "the farmer" too, and "Ann Lusk, 54," or
        "..., a 54-year-old nurse," "the 54-year-old"."""
        for m in _APPOSED_ROLE_RE.finditer(text):
            full = self.resolve(m.group("name"))
            if " " not in full or not _looks_like_person(full.split()):
                continue
            if full.split()[-1].lower() not in self.by_surname or not maybe_person(full):
                continue  # (no person the book learnt: "Ohio, the state")
            counted = text[max(0, m.start() - 12) : m.start()].split()[-1:]
            if counted and (counted[0][:1].isdigit() or counted[0].lower() in _COUNT_WORDS):
                continue  # ("the world's 1.2 billion Roman Catholics, the pope of the poor")
            if m.group("age") is not None:
                self.by_role.setdefault(f"{m.group('age')}-year-old", full)
                continue
            role = " ".join(m.group("role").lower().split())
            words = role.split()
            head = words[-1]
            listed = head in _APPOSED_ROLE_SET
            if not listed and not _apposed_head(head):
                continue
            self.by_role.setdefault(role, full)
            for word in words[:-1]:
                if _AGE_WORD_RE.fullmatch(word):
                    self.by_role.setdefault(word, full)  # "a 54-year-old nurse"
            if (
                len(words) > 1
                and _ROLE_QUALIFIERS.isdisjoint(words[:-1])
                and (
                    not listed
                    or all(
                        w.endswith(("'s", "’s")) or w in _PLAIN_MODIFIERS or _AGE_WORD_RE.match(w)
                        for w in words[:-1]
                    )
                )
            ):
                # "Ann Lusk, a longtime delegate," is "the delegate"; "Jo Roe, the city's
                # mayor," "the mayor" (not "a former prosecutor" "the prosecutor", nor "a
                # finance minister" "the minister")
                self.by_role.setdefault(head, full)
            if not listed:
                self.apposed_heads.add(head)
            place = m.group("place")
            if place and is_place(place):
                # "Sanders, the senator from Vermont,": the Vermont senator, whom "the
                # Florida senator" is not (role_conflicts reads the place)
                self.by_role.setdefault(f"{place.lower()} {role}", full)

    def _learn_lower_role(self, text: str, start: int, phrase: str) -> None:
        """A role in lower case before a person's name, as news style writes it ("Hawks
        coach Ada Roe", "Harbor County sheriff Jo Lind"): "the coach", "the sheriff" is
        that person (only _ONE_HOLDER_ROLES)."""
        if not text[max(0, start - 40) : start].rstrip().endswith(_ONE_HOLDER_ROLE_ENDS):
            return  # (most names: no such role before them, known without the search)
        m = _LOWER_ROLE_BEFORE_RE.search(text, max(0, start - 40), start)
        if m is None or m.group("role") not in _ONE_HOLDER_ROLES or phrase.endswith(("'s", "’s")):
            return
        phrase = phrase.rstrip(".")  # "said auctioneer Jo Roe." closing the sentence
        full = self.by_surname.get(phrase.split()[-1].lower())
        if full is None or not phrase.endswith(full.split()[-1]):
            return  # no person learnt from the name
        qualifier = (m.group("q") or "").lower() or None
        if qualifier not in _ROLE_QUALIFIERS:
            # ("Shadow chancellor Mel Stride" is not "the chancellor")
            self.by_role.setdefault(m.group("role"), full)
        if qualifier is not None and qualifier not in _NOT_ROLE_QUALIFIERS:
            self.by_role.setdefault(f"{qualifier} {m.group('role')}", full)

    def _learn_noun_gender(self, noun: str, name: str) -> None:
        """The gender a noun just before a name shows, for the person of that very name
        when the given name shows none: "businessman Corwen Lusk", "Councilwoman Brisa
        Tull", "his wife, Ana Roe" (Ana, not the Jo Roe the book knew first)."""
        gender = noun_gender(noun)
        name = name.rstrip(".")
        if gender is None or not name:
            return
        full = self.by_surname.get(name.rsplit(None, 1)[-1].lower())
        if full is not None and name.endswith(full) and name_gender(full) is None:
            self.genders.setdefault(full, gender)

    def _title_case(self, text: str) -> bool:
        """Whether `text` is in a headline's title case, found once per sentence."""
        if self._title is None or self._title[0] is not text:
            self._title = (text, _is_title_case(text))
        return self._title[1]

    def _learn_phrase(
        self, phrase: str, text: str = "", office: tuple[str, str] | None = None
    ) -> None:
        """Learn the name `phrase` holds, and the roles its title gives. `office` is the
        title with "of" just before the phrase and its "the " (or ""): in "Secretary of State
        Jo Roe" the phrase is "State Jo Roe", and Jo Roe is "the secretary of state" and "the
        secretary", not "the state"."""
        parsed = _parse_learned(phrase)
        if parsed is None:
            return
        tokens, cut, name = parsed
        if (
            name[0].lower() not in GIVEN_NAMES
            and self._title_case(text)
            and (
                cut >= 0
                or len(name) > 2
                or any(t.isupper() or t.endswith(("s", "ed", "ing")) for t in name[:-1])
            )
        ):
            # "ESPN Fires Schilling", "Republican Donor Adelson", "Christian Speaker Just
            # Shared This Prayer": in a headline's title case, capitalised words with a
            # verb's or a role's among them name a person only when a given name opens
            # the name ("Cecile Richards" still does)
            return
        full = " ".join(name)
        # "Harry Hurt III", "Joseph R. Biden Jr.": "Mr. Hurt" and "Biden" are the surname
        key = name[-2 if len(name) > 2 and name[-1] in GENERATIONS else -1].lower()
        self.by_surname.setdefault(key, full)
        if full != self.by_surname[key]:
            known = self.namesakes.setdefault(key, [self.by_surname[key]])
            if full not in known and not any(k.endswith(full) or full.endswith(k) for k in known):
                known.append(full)  # another person, not a longer form of the same name
        self.last_person = self.by_surname[key]
        if office is not None:
            title, the = office
            at = tokens.index(name[0]) if name[0] in tokens else 0
            held = " ".join(t.lower() for t in tokens[:at])
            if held:
                self.by_role.setdefault(f"{title} of {the}{held}", full)
                self.by_role.setdefault(title, full)
            return  # (the office's words are no role: "State", "House", "National")
        if cut >= 0:
            role = " ".join(t.lower() for t in tokens[: cut + 1])
            self.by_role.setdefault(role, full)
            # "Lt. Gov. Tom Reyes" is also "the lieutenant governor"
            self.by_role.setdefault(
                " ".join(_ROLE_ABBREVIATIONS.get(t, t) for t in role.split()), full
            )
            # "Ohio Gov. John Kasich" is also "the Ohio governor"
            spelled = _ROLE_ABBREVIATIONS.get(tokens[cut].lower())
            if spelled is not None and cut > 0:
                self.by_role.setdefault(
                    " ".join([*(t.lower() for t in tokens[:cut]), spelled]), full
                )
            # "President Trump" also teaches the bare last role ("the president"),
            # and "Gov. Maria Delgado" the spelled-out one ("the governor").
            last = tokens[cut].lower()
            if cut > 0 and tokens[cut - 1].lower().rstrip("-") in _ROLE_QUALIFIERS:
                return  # "Vice President Joe Biden" is not "the president"
            self.by_role.setdefault(last, full)
            self.by_role.setdefault(_ROLE_ABBREVIATIONS.get(last, last), full)
            if _ROLE_ABBREVIATIONS.get(last, last) == "representative":
                # "Rep. Delphine Roe" | "The congresswoman said"
                self.by_role.setdefault("congresswoman", full)
                self.by_role.setdefault("congressman", full)

    def resolve(self, phrase: str, recent: Sequence[str | None] = ()) -> str:
        """Full name for a (possibly partial or titled) reference. A surname two people
        share is the one of them in `recent` (the paragraph's speaker so far), if any:
        "Smith said" after Patricia Smith spoke is hers, not her son Sean's."""
        cleaned = clean_name(phrase)
        tokens = cleaned.split()
        if len(tokens) == 1 and tokens[0].lower() in self.by_surname:
            key = tokens[0].lower()
            want = honorific_gender(phrase.split()[0])  # "Mrs.", "Mr"
            namesakes = self.namesakes.get(key, ())
            if want is not None and len(namesakes) > 1:
                # "Mrs. Clinton" after "Bill Clinton" and "Hillary Clinton": the woman
                for full in namesakes:
                    if name_gender(full) == want:
                        return full
            if want is None and len(namesakes) > 1:
                for speaker in recent:
                    if speaker is not None and speaker in namesakes:
                        return speaker
            return self.by_surname[key]
        if len(tokens) == 1 and tokens[0][:1].isupper() and tokens[0].lower() not in GIVEN_NAMES:
            # "Xi added": a family name written first ("President Xi Jinping"), which one
            # full name introduced with a title opens, and no given name a list knows
            titled = {
                f
                for f in self.by_role.values()
                if f.split()[0] == tokens[0] and 1 < len(f.split()) <= 3 and maybe_person(f)
            }
            if len(titled) == 1:
                return titled.pop()
            inner = self._inner_name(tokens[0])
            if inner is not None:
                return inner
        if (
            len(tokens) > 2
            and tokens[0].lower() in _PARTICLES
            and tokens[-1].lower() in self.by_surname
        ):
            # "Von der Leyen told reporters": the particle capitalised at a sentence's start
            full = self.by_surname[tokens[-1].lower()]
            if full.lower().endswith(" " + cleaned.lower()):
                return full
        if len(tokens) == 1 and tokens[0].lower() in GIVEN_NAMES:
            # "Hillary said", "the Donald": a given name that one full name seen so far
            # opens is that person (not "Trump" -> "Trump Tower": a given name only).
            given = tokens[0].lower()
            fulls = {
                f
                for f in self.by_surname.values()
                if f.split()[0].lower() == given and not f.endswith(("'s", "’s"))
            }
            if len(fulls) == 1:
                return fulls.pop()
        role = _ROLE_PHRASE_RE.match(phrase.strip())
        if role is not None:
            key = role.group(1).lower()
            if key in self.by_role:
                return self.by_role[key]
            for known, full in self.by_role.items():
                # "the current secretary of state" after "Secretary of State Jo Roe" (not
                # "the former secretary of state")
                if (
                    " of " in known
                    and key.endswith(" " + known)
                    and _ROLE_QUALIFIERS.isdisjoint(key[: -len(known)].split()[-1:])
                ):
                    return full
            head = key.rsplit(None, 1)[-1]
            listed = head in _ROLE_WORDS or head in self.apposed_heads
            if listed and _ROLE_QUALIFIERS.intersection(key.split()[:-1]):
                # "the lieutenant governor", "the deputy mayor": not the governor or the
                # mayor the article named, unless named with that title (found above)
                return cleaned
            if head in self.by_role and listed and " of " not in key:
                # (not a body's name: "the Office of the Governor", "the National
                # Association of Secretaries of State")
                place = role.group(1)[: -len(head)].strip()
                if place and is_place(place):
                    # "the New Jersey governor" is the one whose title had that place
                    # ("New Jersey Gov. Chris Christie"), not the first governor named
                    qualified = f"{place.lower()} {head}"
                    for known, full in self.by_role.items():
                        if known.endswith(qualified):
                            return full
                    if self.role_conflicts(phrase, self.by_role[head]):
                        return cleaned  # a governor of another state only
                return self.by_role[head]  # "the Ohio governor" after "Gov. Delgado"
            held, of, body = key.partition(" of ")
            if of and held.rsplit(None, 1)[-1] in _ROLE_WORDS:
                # "the former CEO of Dover Freight" after "Dover Freight CEO Ada Lind": the
                # same role of the same body
                for known, full in self.by_role.items():
                    if known.endswith(f"{body} {held.rsplit(None, 1)[-1]}"):
                        return full
        if len(tokens) >= 2 and tokens[-1].lower() in self.by_surname:
            full = self.by_surname[tokens[-1].lower()]
            # A longer form seen earlier wins over a shorter one ("Trump" / "Donald J. Trump").
            if full.endswith(cleaned) or cleaned.endswith(full):
                return full if len(full) >= len(cleaned) else cleaned
        return cleaned

    def _inner_name(self, word: str) -> str | None:
        """The one full name of three or more words that holds ``word``, whole or after a
        glued article: "Lula" in "Luiz Inácio Lula da Silva", "Sisi" in "Abdel Fattah
        al-Sisi", "Tedros" in "Tedros Adhanom Ghebreyesus" (the caller asks only for a word
        no list of given names holds)."""
        if len(word) < 3 or not word[1:].islower():
            return None
        found = set()
        for full in self.by_surname.values():
            if word not in full:
                continue  # (most names: a substring test first)
            parts = full.split()
            if len(parts) < 3 or not any(
                part == word
                or (part.split("-", 1)[-1] == word and part[:3].lower() in ("al-", "el-"))
                for part in parts
            ):
                continue
            # (no descriptor learnt with it: "Shanghai-based Hurun Report")
            if maybe_person(full) and _DESCRIPTOR_HYPHEN_RE.search(full) is None:
                found.add(full)
        return found.pop() if len(found) == 1 else None

    def role_conflicts(self, phrase: str, full: str) -> bool:
        """Whether "the <Place> <role>" cannot be ``full``: the article gave ``full`` that
        role with another place ("the Texas governor" is not "Ohio Gov. John Kasich")."""
        head_word = phrase.strip().rsplit(None, 1)[-1].lower()
        if head_word in _ONE_SEAT_OFFICES:
            # "the comptroller" is not the one the article gave another such office:
            # "Sen. Tom Hale" is no comptroller
            titles = {
                known.rsplit(None, 1)[-1]
                for known, holder in self.by_role.items()
                if holder == full
            }
            seats = {_ROLE_ABBREVIATIONS.get(t, t) for t in titles} & _ONE_SEAT_OFFICES
            if seats and head_word not in seats:
                return True
        role = _ROLE_PHRASE_RE.match(phrase.strip())
        if role is None or " " not in role.group(1):
            return False
        words = role.group(1).lower().split()
        qualifiers = _ROLE_QUALIFIERS.intersection(words[:-1])
        if qualifiers:
            # "the deputy mayor" is not the lieutenant governor the article named
            held = [known.split() for known, holder in self.by_role.items() if holder == full]
            if held and not any(qualifiers.intersection(k) for k in held):
                return True
        place, head = role.group(1).rsplit(None, 1)
        if not is_place(place):
            return False
        head = head.lower()
        for known, holder in self.by_role.items():
            qualifier = known[: -len(head)].strip()
            if (
                holder == full
                and known.endswith(" " + head)
                and qualifier != place.lower()
                and is_place(qualifier.title())
            ):
                return True
        return False


# Offices one person holds at a time, which no one holding another of them is called by
# (role_conflicts).
_ONE_SEAT_OFFICES = frozenset(
    [
        *("governor", "senator", "mayor", "comptroller", "treasurer", "auditor", "sheriff"),
        *("congressman", "congresswoman", "representative", "chancellor", "ambassador"),
        *("judge", "justice", "prosecutor", "coroner", "assessor"),
    ]
)
# A title with "of" before an office's words and a name: "Secretary of | State Jo Roe",
# "Speaker of the | House Paul Ryan", "Director of | National Intelligence Jo Roe".
# ("Deputy Secretary of State Jo Roe": a qualifier before the title, kept with it)
_OF_TITLE_BEFORE_RE = re.compile(
    r"(?:(?<![\w.-])(?P<q>[A-Za-z]+)\s+)?(?<![\w.-])(?P<title>[A-Z][a-z]+)\s+of\s+(?P<the>the\s+)?$"
)


def _office_before(text: str, start: int) -> tuple[str, str] | None:
    """The title with "of" that ends just before text[start:] ("Secretary of ", "Speaker of
    the ", "Deputy Secretary of "), lower case, and its "the " or "", or None."""
    m = _OF_TITLE_BEFORE_RE.search(text, max(0, start - 50), start)
    if m is None or m.group("title").lower() not in OF_TITLES:
        return None
    title = m.group("title").lower()
    qualifier = (m.group("q") or "").lower()
    if qualifier in _ROLE_QUALIFIERS:
        title = f"{qualifier} {title}"  # a deputy secretary is not the secretary
    return title, "the " if m.group("the") else ""


# Words that make a role another one: a vice president is not the president.
_ROLE_QUALIFIERS = frozenset(
    [
        *("vice", "deputy", "assistant", "associate", "former", "ex", "lieutenant", "lt."),
        *("acting", "shadow"),  # ("Shadow chancellor Mel Stride": the opposition's)
    ]
)


# Role words that are adjectives or bodies: part of a title only with a role after them
# ("National Security Adviser Ada Roe", "White House Press Secretary Jo Roe"), which ends
# it; before any other word they open a name ("National Renewal", "Greywater County Press
# Club", "U.S. Steel").
_TITLE_ADJECTIVES = frozenset(
    [
        *("national", "press", "defence", "defense", "foreign", "interior", "security"),
        *("special", "white", "house", "majority", "minority", "state", "eu", "nato"),
        *("european", "u.s.", "us", "uk", "u.k.", "un", "u.n.", "prime", "vice"),
        *(d.lower() for d in DEMONYMS),
    ]
)


def _last_role_index(tokens: Sequence[str], adjectives: bool = True) -> int:
    cut = -1
    end = len(tokens) - 1  # the last token is never a role: it is the name
    while end > 0 and tokens[end].rstrip(".,") in GENERATIONS:
        end -= 1  # "Martin Luther King Jr.": a surname before a suffix, not the title
    for i, t in enumerate(tokens[:end]):
        if not adjectives and t.lower() in _TITLE_ADJECTIVES:
            # "National Renewal", "American Airlines"; in "National Security Adviser Ada
            # Roe" the title ends at the role after it
            continue
        if (
            t.lower().strip(",") in _ROLE_WORDS
            or (
                t.endswith(("'s", "’s"))
                and tokens[i + 1][:1].isupper()
                and t[:-2].lower() not in POSSESSIVE_BRANDS  # ("Moody's Analytics": a name)
            )
            # "Director-General", "Attorney-General": a title hyphenated
            or ("-" in t and not _ROLE_WORDS.isdisjoint(t.lower().strip(",").split("-")))
        ):
            cut = i  # a title, or a possessive before a name ("CNN's Tara Setmayer")
    return cut


def _is_title_case(text: str) -> bool:
    """A headline's title case: five words or more, nearly all capitalised."""
    head = text[:60].split()
    if sum(1 for w in head if w[:1].islower()) > 1 + len(head) // 5:
        return False  # most sentences: told by their first words
    words = len(_WORD_START_RE.findall(text))
    return words >= 5 and len(_UPPER_START_RE.findall(text)) >= 0.8 * words


_WORD_START_RE = re.compile(r"(?<!\S)\S")
_UPPER_START_RE = re.compile(r"(?<!\S)[A-Z]")


def _capital_folds() -> dict[int, str]:
    """Capital letters with an accent, a cedilla or a stroke, by the plain capital the
    name patterns' ``[A-Z]`` reads: "Émile", "Ángela", "Łukasz", "Özdemir"."""
    table = {}
    for letter in ACCENTED_CAPITALS:
        base = unicodedata.normalize("NFD", letter)[0]
        if base != letter and base.isascii() and base.isalpha():
            table[ord(letter)] = base
    for letter, base in ("ŁL", "ØO", "ĐD", "ÐD", "ĦH", "ŦT"):
        table[ord(letter)] = base
    return table


_CAPITAL_FOLDS = _capital_folds()
_FOLDED_CAPITAL_RE = re.compile(f"[{''.join(map(chr, _CAPITAL_FOLDS))}]")
# A word as `fold_capitals` records it: hyphens and apostrophes inside ("Ñúñez-Vidal").
NAME_TOKEN_RE = re.compile(r"[\w'’-]+")
_FOLDED_WORD_RE = re.compile(f"[\\w'’-]*{_FOLDED_CAPITAL_RE.pattern}[\\w'’-]*")
# An Arabic article glued to a name ("Bashar al-Assad", "el-Erian"): a part of it. (A
# letter first, then what stands before it: the engine scans for the letters alone.)
_GLUED_ARTICLE_RE = re.compile(r"[ae](?<![\w'’-][ae])l-(?=[A-Z])[\w'’-]*")
_GLUED_HINT_RE = re.compile(r"l-(?=[A-Z])")


def _has_glued_article(text: str) -> bool:
    return (
        "l-" in text
        and _GLUED_HINT_RE.search(text) is not None
        and _GLUED_ARTICLE_RE.search(text) is not None
    )


# A name written in camel case, its first letters in lower case: "eBay", "iHeartMedia",
# "the eSafety Commissioner" (read as "EBay", given back as written).
_CAMEL_WORD_RE = re.compile(r"(?<![\w'’.-])[a-z]{1,2}[A-Z][a-z][\w'’-]*")
# Its quick test: a capital after a small letter (a capital is searched for first, a fifth
# of the time of the pattern's own scan).
_CAMEL_HINT_RE = re.compile(r"[A-Z](?<=[a-z][A-Z])")


def _has_camel_word(text: str) -> bool:
    return _CAMEL_HINT_RE.search(text) is not None and _CAMEL_WORD_RE.search(text) is not None


# An ampersand inside a name of capitals ("S&P Global", "AT&T", "M&T Bank"), which the
# name patterns' words do not hold: read as a letter ("SXP", "ATXT") and given back
# (not a term: "Q&A", "R&D", "M&A", "P&L", "B&B").
_AMPERSAND_WORD_RE = re.compile(
    r"(?<![\w&])(?!(?:Q&As?|R&D|M&A|P&L|B&B)\b)[A-Z]{1,4}&[A-Z][A-Za-z]{0,12}(?![\w&])"
)


def needs_folding(text: str) -> bool:
    """Whether `fold_capitals` would change ``text`` (one quick scan of a whole document)."""
    return (
        (not text.isascii() and _FOLDED_CAPITAL_RE.search(text) is not None)
        or _has_glued_article(text)
        or _has_camel_word(text)
        or ("&" in text and _AMPERSAND_WORD_RE.search(text) is not None)
    )


def fold_capitals(text: str, unfold: dict[str, str]) -> str:
    """``text`` as the name patterns read it, one letter for one: accented capitals plain
    ("Émile" -> "Emile"), a glued article capitalised ("al-Assad" -> "Al-Assad") and so a
    name in camel case ("eBay" -> "EBay"), an ampersand in capitals a letter ("S&P" ->
    "SXP"). The
    words changed are recorded in ``unfold`` so that a name found can be given back as
    written (`unfolded`)."""
    if _has_glued_article(text):
        for word in _GLUED_ARTICLE_RE.findall(text):
            unfold.setdefault(word[0].upper() + word[1:], word)
        text = _GLUED_ARTICLE_RE.sub(lambda m: m.group()[0].upper() + m.group()[1:], text)
    if _has_camel_word(text):
        for word in _CAMEL_WORD_RE.findall(text):
            unfold.setdefault(word[0].upper() + word[1:], word)
        text = _CAMEL_WORD_RE.sub(lambda m: m.group()[0].upper() + m.group()[1:], text)
    if "&" in text:
        for word in _AMPERSAND_WORD_RE.findall(text):
            unfold.setdefault(word.replace("&", "X"), word)
        text = _AMPERSAND_WORD_RE.sub(lambda m: m.group().replace("&", "X"), text)
    if text.isascii() or _FOLDED_CAPITAL_RE.search(text) is None:
        return text
    for word in _FOLDED_WORD_RE.findall(text):
        unfold.setdefault(word.translate(_CAPITAL_FOLDS), word)
    return text.translate(_CAPITAL_FOLDS)


def unfolded(phrase: str, unfold: dict[str, str]) -> str:
    """``phrase`` with the words `fold_capitals` changed as the text wrote them."""
    return NAME_TOKEN_RE.sub(lambda m: unfold.get(m.group(), m.group()), phrase)


# A headline's role after a party, not a given name: "Republican Donor Adelson"
_PARTY_ROLE_NOUNS = frozenset(
    [
        *("donor", "megadonor", "operative", "voter", "activist", "hopeful", "consultant"),
        *("pollster", "fundraiser", "frontrunner", "front-runner", "contender", "insider"),
    ]
)
# A party's adjective a name can follow, as "Democrat" can ("Republican Gil Hart")
_PARTY_ADJECTIVES = frozenset(
    ["Republican", "Democratic", "Democrat", "GOP", "Independent", "Libertarian"]
)


def _party_before_name(tokens: Sequence[str]) -> bool:
    """Whether ``tokens`` are a party's adjective, then a person's name: "Republican Gil
    Hart" (a given name the lists hold, or two plain words that name no body; not
    "Republican National Committee", "Republican Jewish Coalition")."""
    return (
        len(tokens) > 2
        and tokens[0] in _PARTY_ADJECTIVES
        and _looks_like_person(tokens[1:])
        and (
            tokens[1].lower() in GIVEN_NAMES
            or (
                len(tokens) == 3
                and tokens[2].lower() not in _ORG_HEADS
                and tokens[1].lower() not in _TITLE_ADJECTIVES
                and tokens[1].lower() not in _ROLE_WORDS
                and tokens[1].lower() not in _PARTY_ROLE_NOUNS
                and tokens[1][1:].islower()
                and tokens[2][1:].islower()
            )
        )
    )


def _looks_like_person(tokens: Sequence[str]) -> bool:
    return bool(tokens) and (
        all(t[:1].isupper() or t in _PARTICLES for t in tokens) and tokens[0] not in _PARTICLES
    )


def clean_name(phrase: str) -> str:
    """Drop titles and roles in front of a name; keep organisations as they are."""
    tokens = phrase.strip().strip(",;:").split()
    while len(tokens) > 1 and tokens[0] in _LEADING_FUNCTION_WORDS and tokens[0] != "The":
        tokens = tokens[1:]
    if tokens and _DOTTED_RE.match(tokens[-1]) is None:
        # A sentence's full stop is not part of a name ("said Gavin Newsom."), nor a word
        # of its own ("... Pro Bono Project ." left none)
        tokens[-1] = tokens[-1].rstrip(".")
        if not tokens[-1]:
            tokens.pop()
    while len(tokens) > 2 and tokens[-1].rstrip(",") in _POST_NOMINALS:
        tokens = tokens[:-1]  # "Nadia Whitlow MP", "Ada Roe QC"
    if len(tokens) > 2 and tokens[0].startswith("Local-") and tokens[1] == "of":
        return " ".join(tokens)  # "Local 418 of the Tamsworth Transit Workers Union" whole
    if len(tokens) > 3 and tokens[0] in ("The", "the") and tokens[1].rstrip(".") == "Rt":
        tokens = tokens[1:]  # "The Rt Hon Nadia Whitlow": a title, not an organisation
    if tokens and tokens[0] in ("The", "the"):
        owner = next((i for i, t in enumerate(tokens[1:-2], 1) if t[-2:] in ("'s", "’s")), None)
        if (
            owner is not None
            and _looks_like_person(tokens[owner + 1 :])
            and maybe_person(" ".join(tokens[owner + 1 :]))
        ):
            # "The Ledger’s Matt Welsh", "The Washington Post's Bob Woodward": the
            # person the body has, as "CNN's Jake Tapper" is Jake Tapper
            return clean_name(" ".join(tokens[owner + 1 :]))
        # "the White House", "the Kremlin", "the Ukrainian president": an
        # organisation or a role, not a person's name.
        return " ".join(["the", *tokens[1:]])
    if len(tokens) > 2 and tokens[0].lower() in _TEAM_POSITIONS and _looks_like_person(tokens[1:]):
        tokens = tokens[1:]  # "Quarterback Tomas Vey": a position, then the name
    if _party_before_name(tokens):
        tokens = tokens[1:]
    cut = _last_role_index(tokens, adjectives=False)
    for i, t in enumerate(tokens[:-1]):
        if (
            t[:1].islower()
            and t not in _PARTICLES
            and t not in _CONNECTORS
            and _looks_like_person(tokens[i + 1 :])
        ):
            cut = max(cut, i)  # "pollster Jo Roe", "Concord resident Jo Roe"
    name = tokens[cut + 1 :]
    if (
        name
        and (
            not any(t[:1].isupper() for t in name)
            # "Roe's Democratic rival": what an owner has, whose last word is no name's
            or (cut >= 0 and tokens[cut][-2:] in ("'s", "’s") and name[-1][:1].islower())
        )
    ):
        return " ".join(tokens)  # "NATO's secretary general": a description, not "general"
    if (
        cut == 0
        and len(name) > 1
        and name[-1].lower() in _ORG_HEADS
        and tokens[0][-2:] in ("'s", "’s")
        and is_place(tokens[0][:-2])
    ):
        # "China's Foreign Ministry", "Germany's Federal Statistics Office": which
        # country's ministry is part of its name
        return " ".join(tokens)
    if len(name) == 1 and cut >= 0 and (name[0].lower() in _ORG_HEADS or name[0] in _TITLED_ORGS):
        # "State Department", "Justice Department", "General Motors": an organisation
        # whose first word is also a title, not a department or a motors so titled
        return " ".join(tokens)
    if len(tokens) > 3 and tokens[0].lower().rstrip(".") in _ROLE_WORDS:
        # "Secretary of Commerce Gina Raimondo": a title with "of" in it, then a person
        # whose given name is known
        for j in (len(tokens) - 2, len(tokens) - 3):
            if tokens[j].lower() in GIVEN_NAMES and _looks_like_person(tokens[j:]):
                return " ".join(tokens[j:])
    sent_to = next(
        (j for j, t in enumerate(tokens[:-2]) if t.lower() in SENT_TO and tokens[j + 1] == "to"),
        None,
    )
    if sent_to is not None:
        # "U.S. Ambassador to Japan Rahm Emanuel": the person after the country; "Chad's
        # Ambassador to France" with no one after it: the title whole, not "France"
        rest = tokens[sent_to + 2 :]
        person = next(
            (
                k
                for k in range(1, len(rest) - 1)
                if rest[k].lower() in GIVEN_NAMES
                and len(rest) - k <= 3
                and _looks_like_person(rest[k:])
            ),
            None,
        )
        if person is None:
            # ("Special Envoy to Syria Geir Pedersen": a given name no list knows, after a
            # place)
            person = next(
                (
                    k
                    for k in range(1, len(rest) - 1)
                    if is_place(" ".join(rest[:k]))
                    and 2 <= len(rest) - k <= 3
                    and _looks_like_person(rest[k:])
                ),
                None,
            )
        return " ".join(rest[person:] if person is not None else tokens)
    if "of" in tokens[1:-2]:
        # "Chief of Staff Jo Roe", "UMWA Director of Government Affairs Jo Roe": the
        # person after the office's words, when a title stands before "of"
        after = len(tokens) - tokens[::-1].index("of")
        office = person_after_office(tokens[after:])
        if office is not None and tokens[after - 2].lower().rstrip(".") in OF_TITLES:
            return " ".join(tokens[after + office :])
    if len(name) > 2 and not any(t in _CONNECTORS for t in name):
        name = name[_person_start(name) :]  # "Public Advocate Trish James"
    if name and any(t in _CONNECTORS for t in name):
        # An organisation, not a titled person: "U.S. Bureau of Labor Statistics",
        # "Department of Commerce" keep every word.
        return " ".join(tokens)
    return " ".join(name or tokens)


# Titles of those sent "to" a country ("Ambassador to Japan").
SENT_TO = frozenset(["ambassador", "envoy", "emissary"])
SENT_TO_RX = "|".join(sorted(SENT_TO))
_SENT_TO_END_RE = re.compile(rf"(?i:{SENT_TO_RX})$")
# What a secretary is secretary of, before the person's name.
_DEPARTMENTS = frozenset(
    [
        *("Commerce", "Defense", "Defence", "Treasury", "Energy", "Labor", "Labour"),
        *("Education", "Agriculture", "Interior", "Transportation", "Transport", "Health"),
        *("Justice", "State", "Homeland", "Security", "Veterans", "Housing", "Finance"),
        "Trade",
    ]
)
# Words of what a title with "of" holds before the person's name: "Chief of Staff Jo
# Roe", "Director of National Intelligence Jo Roe", "Speaker of the House Jo Roe".
_OFFICE_WORDS = _DEPARTMENTS | frozenset(
    [
        *("Staff", "National", "Intelligence", "Homeland", "Public", "Political", "Affairs"),
        *("Management", "Communications", "Operations", "Policy", "Planning", "Budget"),
        *("Legislative", "Joint", "Chiefs", "House", "Senate", "Foreign", "Human"),
        *("Services", "Urban", "Development", "Environmental", "Protection", "Natural"),
        *("Resources", "Economic", "Personnel", "Central", "Bureau", "Investigation", "the"),
        *("Government", "Governmental", "Strategic", "Digital", "External", "Research"),
        *("Police", "Bank", "Fire", "Prisons", "Customs", "Revenue", "Schools", "Forces"),
    ]
)


# Titles written with "of" and an office ("Chief of Staff", "Director of National
# Intelligence", "Secretary of State"); not every role word ("King", "French").
OF_TITLES = frozenset(
    [
        *("chief", "director", "secretary", "minister", "administrator", "commissioner"),
        *("speaker", "chairman", "chairwoman", "chair", "head", "undersecretary"),
        *("deputy", "counselor", "counsellor", "advisor", "adviser", "officer", "inspector"),
        *("superintendent", "governor", "commandant", "controller", "comptroller"),
    ]
)


def person_after_office(tokens: Sequence[str]) -> int | None:
    """Where a person's name of two or three capitalised words starts after the words of
    an office ("Staff | Jo Roe", "National Intelligence | Jo Roe"), or None."""
    i = 0
    while i < len(tokens) and tokens[i] in _OFFICE_WORDS:
        i += 1
    rest = tokens[i:]
    if i == 0 or not 2 <= len(rest) <= 3 or not _looks_like_person(rest):
        return None
    if rest[-1].lower() in _ORG_HEADS or rest[0] in _LEADING_FUNCTION_WORDS:
        return None  # "Staff | Sergeant ...", "National | Security Council"
    return i if maybe_person(" ".join(rest)) and not is_place(" ".join(rest)) else None


# A lower-case role, maybe with a word before it, right before a name.
_LOWER_ROLE_BEFORE_RE = re.compile(r"(?:\b(?P<q>[A-Za-z]+)\s+)?\b(?P<role>[a-z]+)\s+$")
# Roles one person holds where a story names them ("the coach", "the sheriff"); not those
# several share ("candidate", "aide", "official", "leader").
_ONE_HOLDER_ROLES = frozenset(
    [
        *("coach", "chief", "director", "spokesman", "spokeswoman", "spokesperson"),
        *("chairman", "chairwoman", "chair", "president", "secretary", "mayor", "governor"),
        *("sheriff", "superintendent", "commissioner", "treasurer", "founder", "editor"),
        *("pastor", "principal", "coroner", "auditor", "comptroller", "chancellor"),
        *("auctioneer", "manager", "administrator", "owner", "dean", "provost", "warden"),
        *("ombudsman", "curator", "headteacher", "headmaster", "headmistress", "vicar"),
    ]
)
_ONE_HOLDER_ROLE_ENDS = tuple(sorted(_ONE_HOLDER_ROLES))
_NOT_ROLE_QUALIFIERS = frozenset(
    [
        *("the", "a", "an", "and", "or", "of", "to", "by", "with", "for", "in", "on", "at"),
        *("as", "said", "says", "told", "added", "his", "her", "their", "its", "former"),
        "then",
    ]
)
# Organisations named with a title's word first: "General Electric", "General Motors",
# "Fairhaven General Hospital".
_TITLED_ORGS = frozenset(
    ["Motors", "Electric", "Mills", "Dynamics", "Assembly", "Accounting", "Hospital"]
)


# Words before a name that describe the person: "Billionaire", "Actor", "Journalist",
# "Comedian", "Republican", "Texas-based", "Sir".
_DESCRIBES_RE = re.compile(r"[a-z](?:er|or|ist|ian|an|ant|ent|aire|ee|based|man|woman)$")
_INITIAL_RE = re.compile(r"[A-Z]\.")
_GLUED_TIME_RE = re.compile(r"^[AP]M(?=[A-Z][a-z])")
_DESCRIBING = frozenset(
    [
        *("sir", "dame", "lord", "lady", "fr.", "rev.", "democrat", "staff", "counsel"),
        # offices whose word does not end like a doer's ("County Clerk | Janet Moore")
        *("clerk", "sheriff", "marshal", "judge", "chief", "chair", "captain", "dean"),
        *("envoy", "whip", "aide", "bishop", "rabbi", "imam"),
    ]
)
# A team's positions, capitalised before a name: "Quarterback Pat Roe", "Rookie Ada Pike".
_TEAM_POSITIONS = frozenset(
    [
        *("quarterback", "linebacker", "cornerback", "shortstop", "goalie", "guard"),
        *("forward", "striker", "center", "centre", "safety", "rookie"),
    ]
)


def _person_start(tokens: Sequence[str]) -> int:
    """Where a person's name starts in a run of capitalised words that ends with it: at the
    first known given name, when the words before it hold none and the two or three words
    from it name no organisation ("Senate Intelligence Ranking Democrat | Dianne
    Feinstein"); else 0."""
    given = next((i for i, t in enumerate(tokens[:-1]) if t.lower() in GIVEN_NAMES), 0)
    if given == 0 or len(tokens) - given > 3:
        return 0
    if not any(
        _DESCRIBES_RE.search(t)
        or t.lower() in _DESCRIBING
        or t in _DEPARTMENTS
        or t.lower() in _ORG_HEADS
        or t.lower() in _THING_WORDS
        for t in tokens[:given]
    ):
        return 0  # "Norbert Leo Butz", "J. Gerald Hebert": a given name we do not know
    tail = tokens[given:]
    if not _looks_like_person(tail) or not maybe_person(" ".join(tail)):
        return 0
    while given > 0 and _INITIAL_RE.fullmatch(tokens[given - 1]):
        given -= 1  # "Counsel W. Neil Eggleston": his initial too
    return given


def without_trailing_dates(words: Sequence[str], keep: int = 0) -> list[str]:
    """The words of a name without the days or dates after it ("Trump Wednesday",
    "McConnell Tuesday."), keeping at least `keep` words."""
    out = list(words)
    while len(out) > keep and out[-1].rstrip(".,") in _DATE_WORDS:
        out.pop()
    return out


def clean_group(phrase: str) -> str:
    """An unnamed group or person as the sentence gives it, without the clause words
    before it: "White House officials", "French officials", "a senior aide" keep the
    words that say whose officials they are (clean_name would cut them as roles), and
    "which officials", "That is why critics" lose the clause ("officials", "critics")."""
    tokens = phrase.strip().strip(",;:").split()
    if (
        len(tokens) == 2
        and tokens[0] in ("that", "this")
        and tokens[1].islower()
        and not tokens[1].endswith("s")  # (a relative "that": "a charity that prosecutors said")
    ):
        return phrase.strip()  # "that person", "this source": one described before
    cut = max((i for i, t in enumerate(tokens[:-1]) if t.lower() in _CLAUSE_WORDS), default=-1)
    if (
        cut > 1
        and tokens[0] in ("The", "the", "A", "a", "An", "an")
        and tokens[cut] in ("that", "which", "who")
        and all(t.islower() for t in tokens[1:cut])
        # (a verb, then its object: not "a charity that prosecutors", whose subject it is)
        and len(tokens) - cut > 2
        and tokens[cut + 1].endswith(("s", "ed"))
    ):
        # "The union that represents nurses": the union the clause describes, whole
        return " ".join(["the" if tokens[0] in ("The", "the") else tokens[0].lower(), *tokens[1:]])
    tokens = tokens[cut + 1 :]
    while len(tokens) > 1 and (
        tokens[0].lower() in ("and", "but", "or", "even")  # not inside: "Xi and other leaders"
        or (tokens[0] in _LEADING_FUNCTION_WORDS and tokens[0] not in ("A", "An", "One"))
    ):
        tokens = tokens[1:]
    return " ".join(tokens)


# Words of the clause a group is the subject of, before the group itself.
_CLAUSE_WORDS = frozenset(
    [
        *("so", "yet", "that", "which", "who", "whom", "while", "as", "because", "if"),
        *("when", "where", "though", "although", "since", "is", "are", "was", "were"),
        *("why", "how", "what"),
    ]
)


# How a place's people are named from it: "New Yorkers", "North Carolinians", "West
# Virginians", "Rhode Islanders", "New Hampshirites", "New Jerseyans", "South Dakotans".
_PEOPLE_ENDINGS = (
    ("ers", ""),
    ("ians", "ia"),
    ("ians", "a"),
    ("ans", ""),
    ("ns", ""),
    ("ites", "e"),
)


def _place_people(tokens: Sequence[str]) -> bool:
    """True when a run of two or more words names the people of a place ("New Yorkers"),
    not a person ("Bernie Sanders": no place "Bernie Sand")."""
    if len(tokens) < 2:
        return False
    last = tokens[-1]
    return any(
        last.endswith(ending) and is_place(" ".join([*tokens[:-1], last[: -len(ending)] + stem]))
        for ending, stem in _PEOPLE_ENDINGS
    )


def place_or_people(name: str) -> bool:
    """A place ("Ohio"), its people ("New Yorkers") or a group ("Democrats")."""
    tokens = name.split()
    return is_place(name) or (len(tokens) == 1 and is_group_noun(name)) or _place_people(tokens)


_LEGAL_SUFFIXES = frozenset(
    ["Inc", "Corp", "Co", "LLC", "Ltd", "PLC", "Plc", "GmbH", "AG", "SA", "NV", "LLP", "LP"]
)


def maybe_person(name: str) -> bool:
    """False for what cannot be a "he" or "she": an organisation, an outlet, a role
    ("the governor"), a place ("China", "New Hampshire"), a group ("Democrats"), an
    acronym or a run of more than four capitalised words."""
    tokens = name.split()
    if place_or_people(name) or (bool(tokens) and tokens[-1] in PARTY_MEMBERS):
        return False  # "China", "Democrats", "New Yorkers", "a Dover Republican"
    if not tokens or tokens[0] in ("the", "The") or name.isupper():
        return False
    if len(tokens) > 4 and sum(t not in _PARTICLES for t in tokens) > 4:
        return False  # (not "Luiz Inácio Lula da Silva": a particle is no word more)
    if not tokens[0][:1].isupper():  # "insiders", "these people": a group
        return False
    if tokens[0] in _TOWN_OPENERS and len(tokens) > 1:
        return False  # "San Bernardino"
    if len(tokens) > 1 and tokens[-1] in ("City", "County", "Township", "Parish"):
        return False  # "New York City", "Tarn County": a place the lists do not hold
    if len(tokens) > 1 and tokens[-1].rstrip(".,") in _LEGAL_SUFFIXES:
        return False  # "Brightlane Inc", "Halvorsen Freight Ltd.": a company
    return not any(
        t.lower() in _ORG_HEADS or t.lower() in _THING_WORDS or t.lower() in _VENUE_WORDS
        for t in tokens
    )


# Words before a name that describe, not name: "Top Clinton aides", "Former Gov. Roe".
_PERSON_ADJECTIVES = frozenset(["Top", "Senior", "Former", "Longtime", "Veteran", "Then"])
# Last words of a capitalised run that no person's name ends with: "Apple Inc.", "the United
# States Pacific Command", "Immigration and Customs Enforcement", "New Year", "Central
# American".
_NOT_NAME_ENDS = frozenset(
    [
        *_LEGAL_SUFFIXES,
        *("Command", "Year", "Eve"),
        *("Enforcement", "Security", "Affairs", "Services", "Relations", "Resources"),
        *("Development", "Protection", "Statistics", "Management", "Research", "Studies"),
        # "Central American migrants", "South African officials"
        *("American", "Americans", "African", "Asian", "European", "Hispanic", "Latino"),
    ]
)
_ACRONYM_BEFORE_RE = re.compile(r"\b([A-Z]{2,6})\s*\($")
_ACRONYM_AFTER_RE = re.compile(r"\s*\(([A-Z]{2,6})\)")


def _spells_acronym(text: str, start: int, end: int) -> bool:
    """Whether the capitalised words at text[start:end] spell out the acronym set beside
    them in parentheses: "PFD (Personal Financial Disclosure)", "Personal Financial
    Disclosure (PFD)"."""
    before = _ACRONYM_BEFORE_RE.search(text, max(0, start - 8), start) if start else None
    after = _ACRONYM_AFTER_RE.match(text, end) if before is None else None
    acronym = before or after
    if acronym is None:
        return False
    initials = "".join(w[0] for w in text[start:end].split() if w[:1].isupper())
    return initials == acronym.group(1)
