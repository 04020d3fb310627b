"""Claim type by rules.

Precedence, first match wins (``CLAIM_TYPES`` order):

1. ``quote``      - direct, attributed quotation: checking it starts with finding
                    the original words, whatever they say;
2. ``statistic``  - a figure (a number that is not just a year or a day of the
                    month, a number word, a percentage, money, a large quantity)
                    that is not compared: "fell to 4.1%", "more than three years"
                    (a bound, not a comparison);
3. ``comparison`` - a figure compared with another ("higher than last year's",
                    "from 5% to 7%", "up from", "compared with", "twice as"), or
                    with no figure a comparative/superlative or a change (the
                    largest, rose, doubled);
4. ``causal``     - because, due to, led to, as a result...;
5. ``prediction`` - will, going to, expects, forecast, next year..., and the future of
                    reported speech ("said the plan would fail");
6. ``event``      - a past happening (past tense) with a date, or a named actor;
7. ``other``.
"""

from __future__ import annotations

import re

from .attribute import Attribution
from .casefree import CaseFree
from .cues import SINGLE_CUES
from .features import CURRENCY_CLASS
from .lexicon import RATIO_RX

__all__ = ["CLAIM_TYPES", "classify"]

CLAIM_TYPES: tuple[str, ...] = (
    "quote",
    "statistic",
    "comparison",
    "causal",
    "prediction",
    "event",
    "other",
)

_NUMBER_TOKEN_RE = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?![\w])")
_YEAR_RE = re.compile(r"^(?:1[89]|20)\d\d$")
_MONTH_BEFORE_RE = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*$", re.IGNORECASE
)
_PREDICTION = CaseFree(
    r"\b(?:will|won't|'ll|going to|expects?|expected to|predicts?|predicted|forecasts?|"
    r"projected to|is set to|are set to|plans? to|next (?:year|month|week|decade)|"
    r"by 20\d\d)\b|"
    # "expects prices to fall" (the past only as reported below: "he expected me to read
    # my statement" tells a story)
    r"\bexpects?\s+(?:[\w'’-]+\s+){1,4}?to\s+[a-z]|"
    # the future of reported speech: "Hale said the plan would fail", "told lawmakers the
    # deficit would shrink", "said he expected the drug to be used" (not "would have":
    # what did not happen; nor a wish)
    # ("posted on X that she would hold hearings", "wrote that the plan would fail"; not
    # "announced that he would not recommend charges": a decision made known)
    r"\b(?:said|says|told \w+|warned|argued|insisted|promised|predicted|wrote|writes|tweeted|"
    r"posted(?:\s+on\s+[\w.]+)?|vowed|pledged|added|noted|claimed|stated|suggested|"
    r"signal+ed|hinted|indicated)\s+(?:that\s+)?"
    r"(?:[\w'’$%.,-]+\s+){1,6}?(?:would\s+(?!(?:have|like|love|rather|prefer)\b)|"
    r"expected\s+(?:[\w'’-]+\s+){1,4}?to\s+[a-z])",
)


_NUMBER_WORDS = (
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|"
    r"billions?|trillions?|dozens?|half|a third|a quarter|"
    # a share in words: "two-thirds of residents", "three-quarters of voters"
    r"(?:one|two|three|four)-(?:thirds?|quarters?|fifths?|tenths?)"
)
_NUMBER_WORD = CaseFree(
    rf"\b(?:{_NUMBER_WORDS})\s+(?:[a-z]+\s+)?(?:years?|months?|weeks?|days?|people|"
    rf"percent|times|jobs|votes|states|cases|deaths|workers|dollars|members|of\s+(?:the|all|every))\b"
    # a share of a group: "half of voters", "two-thirds of residents"
    # ("a quarter of U.S. adults", "half of New York voters": up to two words before the group)
    rf"|\b(?:half|a third|a quarter|(?:one|two|three|four)-(?:thirds?|quarters?|fifths?|tenths?))"
    r"\s+of\s+(?:[\w.'’-]+\s+){0,2}?[a-z]+s\b",
)
# A figure set against another: "than" before anything but a number ("more than 3" is
# a bound), "compared with", "from 5% to 7%", "up from", "versus", "twice as".
_COMPARED = CaseFree(
    rf"\bthan\s+(?!(?:about|nearly|almost|roughly|{CURRENCY_CLASS}|\d|(?:{_NUMBER_WORDS})\b|a\s+"
    rf"(?:dozen|hundred|thousand|million|billion|year|decade|week|month)\b))|"
    # a level set against a stretch of time back: "higher than a year ago", "$74 million
    # more than a year earlier" (not "less than a week earlier": a bound)
    r"\b(?:[a-z]+er|(?:million|billion|percent|%|\d)\s+(?:more|less))\s+than\s+a\s+"
    r"(?:year|decade|week|month)\s+(?:ago|earlier|before)\b|"
    r"\bcompared\s+(?:with|to)\b|\bversus\b|\bvs\.|\b(?:up|down)\s+from\b|"
    rf"\bfrom\s+{CURRENCY_CLASS}?\d[\d,.]*\s*(?:%|percent|[a-z]+)?\s+(?:in\s+\d{{4}}\s+)?to\s+"
    rf"{CURRENCY_CLASS}?\d|"
    r"\b(?:twice|(?:two|three|four|five|ten|\d+)\s+times)\s+(?:as|more|less|higher|lower)\b|"
    # a level set against a stretch of the past: "the highest in 40 years", "the lowest
    # since 1980"
    # (not "at least since 2007": a bound)
    r"(?<!\bat\s)\b(?:highest|lowest|largest|smallest|biggest|fastest|slowest|most|fewest|least|best|"
    r"worst|strongest|weakest)\s+(?:[a-z]+\s+)?(?:in|since)\s+(?:more\s+than\s+|nearly\s+|"
    r"almost\s+|over\s+|about\s+)?(?:a\s+)?(?:\d|decades?\b|generations?\b|century\b|"
    rf"(?:{_NUMBER_WORDS})\b)|"
    # the same, as a record: "a 40-year high", "a two-decade low", "a record high", "an
    # all-time low"
    rf"\b(?:(?:\d+|{_NUMBER_WORDS})-(?:year|month|week|decade)|record|all-time)\s+"
    r"(?:highs?|lows?|peaks?)\b|"
    # against the period before: "a 12% increase on the previous year", "up 4% year on
    # year"
    # ("from the same quarter last year"; not "on the same weekend")
    r"\b(?:on|over|from)\s+(?:the\s+)?(?:(?:previous|prior)\s+(?:year|quarter|month|period|week)"
    r"|same\s+(?:period|quarter|month|week)\s+(?:a|last)\s+year)\b|\byear[- ](?:on|over)[- ]year\b|"
    # ("a 3% increase from last year", "up 4% over last month", "up 31 percent from a year
    # earlier"; not "exit polls from last week", "just over a week from now")
    r"\b(?:increase|decrease|rise|gain|drop|decline|jump|fall|growth|up|down|higher|lower|"
    r"more|less|fewer)\s+(?:[\w$%.,-]+\s+){0,3}?(?:on|over|from)\s+(?:last|a)\s+"
    r"(?:year|month|quarter|week)\b",
)
# A share of an earlier level: "half of what it was", "twice what they paid in 2019".
_SHARE_OF_BEFORE_RE = re.compile(
    r"\b(?:half|twice|double|triple|a\s+third|a\s+quarter)\s+(?:of\s+)?what\s+(?:it|they|he|she|"
    r"we|you|i)\s+(?:was|were|had|did|used|paid|spent|earned|made|got)\b",
    re.IGNORECASE,
)
# Multiples of a count with no figure of its own: "Twice as many people died in 2023 as in
# 2019".
_MULTIPLE_RE = re.compile(
    r"\b(?:twice|(?:two|three|four|five|ten)\s+times)\s+as\s+(?:many|much)\b", re.IGNORECASE
)


def _compared(text: str) -> bool:
    low = text.lower()
    if not any(
        w in low
        for w in (
            "than",
            "compar",
            "from",
            "vers",
            "vs.",
            "times",
            "twice",
            "est ",
            "most",
            "least",
            "previous",
            "prior",
            "year on",
            "year-on",
            "year over",
            "year-over",
            "over last",
            "on last",
            "over a year",
        )
    ) and not (
        # a record as a noun: "a 40-year high", "a record low" (the compound alone,
        # "a 40-year-old", is frequent and no comparison)
        any(w in low for w in (" high", " low", " peak"))
        and any(w in low for w in ("record", "all-time", "-year", "-month", "-week", "-decade"))
    ):
        return False  # most sentences: no regex scan
    return _COMPARED.found(text, low)


# A change word that tells no change: "declined to comment", "raised concerns", "cut ties
# with", "dropped out of the race" (lower case, searched in the lower-cased text).
_NO_CHANGE_RE = re.compile(
    r"\b(?:declin(?:e|ed|es|ing)\s+(?:to\b|comment|an?\s+interview|requests?\b|invitations?\b)|"
    r"(?:tax|pay|budget|spending)\s+cuts?\b|"
    r"rais(?:e|ed|es|ing)\s+(?:concerns?|questions?|doubts?|objections?|alarms?|eyebrows|"
    r"the\s+(?:issue|question|possibility|prospect|alarm|matter|subject))\b|"
    r"cut(?:s|ting)?\s+ties\b|drop(?:s|ped|ping)?\s+out\b|"
    # "doubled down on Fox News Sunday", "stepped up attacks" (a stance, no figure)
    r"doubl(?:e|ed|es|ing)\s+down\b|"
    # a childhood: "grew up in Salem", "was raised in Ohio"
    r"gr(?:ew|ow|own|ows|owing)\s+up\b|(?:was|were|been)\s+raised\s+(?:in|on|by)\b)"
)
# A change not yet made: "would increase patrols", "vowed to cut", "will raise" (a pledge
# or a forecast, which the later rules type).
_NOT_YET_RE = re.compile(
    r"\b(?:will|would|could|should|might|may|'ll|to)\s+(?:(?:not|also|further|sharply|"
    r"significantly|gradually)\s+)?(?:increase|decrease|raise|cut|reduce|lower|double|triple|"
    r"boost|expand|slash|grow|shrink|rise|fall|drop|decline)\b"
)
_TREND_WORDS = frozenset(w for w, features in SINGLE_CUES.items() if "trend" in features)
_TREND_PAIRS = ("went up", "gone up", "went down", "gone down")


def _tells_a_change(text: str) -> bool:
    """Whether a change word of the scorer's ("declined", "raised", "cut") tells a change,
    not a refusal or a worry: "Sales declined" does, "The mayor declined to comment"
    does not."""
    low = text.lower().replace("’", "'")
    if _NO_CHANGE_RE.search(low) is None and _NOT_YET_RE.search(low) is None:
        return True  # (most sentences)
    rest = _NOT_YET_RE.sub(" ", _NO_CHANGE_RE.sub(" ", low))
    return not _TREND_WORDS.isdisjoint(re.findall(r"[\w']+", rest)) or any(
        pair in rest for pair in _TREND_PAIRS
    )


_COMPARISON_WORDS = frozenset(w for w, features in SINGLE_CUES.items() if "comparison" in features)
# "more" that counts, not compares: "expects two more cuts", "many more people", "once more"
# (not "two more cuts than expected", "no more effective", "any more likely": an adjective
# or an adverb after it compares; "any more" counts only at a clause's end)
# An adjective's or an adverb's ending after "more": "more effective", "more likely".
_ADJECTIVE_ENDS = "er|ly|ive|ful|ous|able|ible|ent|ant|ic|al"
_COUNTED_MORE_RE = re.compile(
    r"\b(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|few|many|some|"
    r"no|once|dozens|hundreds|thousands|millions)\s+more\b"
    rf"(?!\s+(?:than\b|[a-z]+(?:{_ADJECTIVE_ENDS}|y)\b))|any\s+more(?=\s*(?:[.,;!?]|$))|"
    # what is wished, asked or sent for ("wants more money for schools", "urged allies to
    # send more air defense systems", "called for more troops"): a quantity, nothing compared
    # (a noun in -y after it is counted: "more money", "more energy")
    r"(?:wants?|wanted|needs?|needed|send|provide|give|seeks?|sought|demands?|demanded|"
    r"(?:call(?:s|ed)?|ask(?:s|ed)?|push(?:es|ed)?)\s+for)\s+more\b"
    rf"(?!\s+(?:than\b|[a-z]+(?:{_ADJECTIVE_ENDS})\b)))"
)
_WORD_RE = re.compile(r"[a-z]+")
# Cue words of comparison that compare nothing: "ever since", "did his best", "at (the
# very) least", a share ("most of the workers", "Most voters back ...", "most Americans").
_NOT_COMPARED_RE = re.compile(
    r"\bever\s+since\b|\b(?:do|does|did|doing|done|tried|tries|try|trying)\s+"
    r"(?:his|her|their|my|our|its|your)\s+(?:very\s+)?best\b|\bat\s+(?:the\s+)?(?:very\s+)?least"
    r"(?=\s*[,.;!?]|\s+(?:for|in|on|until|as)\b)|^(?:but\s+|and\s+)?most\s+(?=of\b|[a-z]+s\b)|"
    r"\bmost\s+of\s+(?:the|them|those|these|us|his|her|their)\b"
)
# "record" as what someone has done or a file ("her record", "his voting record", "on the
# record"), not a highest or lowest ("a record high", "a record 40 percent")
_RECORD_AS_NOUN_RE = re.compile(
    r"\b(?:his|her|their|its|my|our|your|voting|track|criminal|public|service|legislative|"
    # ("set a record", "broke a record": a highest)
    r"the|(?<!set\s)(?<!sets\s)(?<!broke\s)(?<!break\s)(?<!tied\s)(?<!hit\s)a|on|off)\s+"
    r"record(?:s)?\b(?!\s+(?:high|low|highs|lows|number|numbers|levels?|year|pace|amount|"
    r"turnout|sales|profits?|temperatures?|heat|\d))"
)


# A comparative said of the subject, which the scorer's cues (superlatives, "more",
# "less") do not hold: "The rate was lower in 2019", "Costs have been far higher".
_PREDICATIVE_COMPARATIVE_RE = re.compile(
    r"\b(?:is|was|are|were|been|be|became|becomes|remains|remained|grew|grows|got|gets)\s+"
    r"(?:(?:much|far|slightly|even|still|somewhat|significantly|considerably|substantially|"
    r"markedly|a\s+bit|a\s+little)\s+)?(?:higher|lower|bigger|smaller|larger|greater|cheaper|"
    r"costlier|pricier|richer|poorer|stronger|weaker|faster|slower|safer|deadlier|worse|better)"
    # (the clause ends or a time, a place or a group follows: not "is lower the rates",
    # "better known as", "higher sea levels")
    r"(?=\s*(?:[.,;:!?—–]|$)|\s+(?:than|in|since|last|this|for|among|when|after|as|at|on|under|"
    r"now|today|now)\b)"
)


# (its words first, as substrings: most sentences have none)
_COMPARATIVES = (
    *("higher", "lower", "bigger", "smaller", "larger", "greater", "cheaper", "costlier"),
    *("pricier", "richer", "poorer", "stronger", "weaker", "faster", "slower", "safer"),
    *("deadlier", "worse", "better"),
)


def _compares(text: str, hand: dict[str, float]) -> bool:
    """Whether the scorer's comparison cue compares: "more" counting ("two more cuts") is
    no comparison unless another cue is there too; a comparative said of the subject
    compares without the cue ("The rate was lower in 2019")."""
    if "comparison" not in hand:
        return (
            any(word in text for word in _COMPARATIVES)
            and _PREDICATIVE_COMPARATIVE_RE.search(text) is not None
        )
    low = text.lower()
    rest = low
    if "record" in rest:
        # "Republicans objected to her record.": a track record, nothing compared
        rest = _RECORD_AS_NOUN_RE.sub(" ", rest)
    if "more" in rest:
        rest = _COUNTED_MORE_RE.sub(" ", rest)  # "two more cuts": counted
    if "ever since" in rest or "best" in rest or "least" in rest or "most" in rest:
        # "ever since", "did her best", "at the very least", "most of the workers": idioms
        # and a share, nothing compared
        rest = _NOT_COMPARED_RE.sub(" ", rest)
    if rest == low:
        return True
    words = _WORD_RE.findall(rest)
    return (
        not _COMPARISON_WORDS.isdisjoint(words)
        or any(w.endswith("est") for w in words)
        or any(p in rest for p in ("first time", "number one", "times as"))
    )


# A person's name before an age set off by commas: "Ada Roe, | 57,", "Jo Pike, | 34, of".
_AGE_BEFORE_RE = re.compile(r"[A-Z][\w'’.-]*,\s$")


# A ratio: "one in five", "two in three" (lexicon's, as the fragment filter reads it).
_RATIO_RE = re.compile(RATIO_RX)


def _has_statistic(text: str, hand: dict[str, float]) -> bool:
    if "percent" in hand or "money" in hand or "big_quantity" in hand:
        return True
    if "number" not in hand:
        # the scorer's cue: no digit and no number word, so no figure either, but for a
        # share the cue list does not hold ("a quarter of adults", "a third of voters")
        return ("quarter" in text or "third" in text) and _NUMBER_WORD.found(text)
    if _NUMBER_WORD.found(text) or _RATIO_RE.search(text) is not None:
        return True  # ("one in five adults smokes": a ratio in words)
    for m in _NUMBER_TOKEN_RE.finditer(text):
        token = m.group().rstrip(",")  # "in 2021, the plant ...": a year before a comma
        if _YEAR_RE.match(token):
            continue
        if (
            len(token) <= 3
            and text.startswith(",", m.start() + len(token))
            and _AGE_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
        ):
            continue  # "Maria Delgado, 57, said": an age in apposition, no figure claimed
        if len(token) <= 2 and _MONTH_BEFORE_RE.search(text, 0, m.start()):
            continue  # "Sept. 4", "on March 3"
        return True
    return False


def _without_counted_source(text: str, hand: dict[str, float], attribution: Attribution) -> str:
    """``text`` without the words of its source when they count people ("Two people
    briefed on the talks said ...": a count of sources, no figure claimed); a share or a
    sum in them ("45 percent of voters said") stays a figure."""
    claimant = attribution.claimant
    if (
        "number" not in hand
        or "percent" in hand
        or "money" in hand
        or "big_quantity" in hand
        or _COUNTED_SOURCE_RE.match(claimant) is None
    ):
        return text
    at = text.lower().find(claimant.lower())
    return text if at < 0 else text[:at] + " " + text[at + len(claimant) :]


# Sources counted ("Two people briefed on the talks", "three senior officials"): not a
# share ("Six in 10", "half of voters"), which is a figure.
_COUNTED_SOURCE_RE = re.compile(
    r"(?i:two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|several|\d{1,2})\s+"
    r"(?:[a-z-]+\s+){0,2}(?:people|persons|officials|sources|aides|advisers|advisors|staffers|"
    r"lawmakers|senators|members|diplomats|executives|analysts|experts|economists|employees|"
    r"workers|residents|voters|officers|agents|men|women)\b"
)


def classify(text: str, hand: dict[str, float], attribution: Attribution) -> str:
    """Claim type of one sentence; ``hand`` are its score features."""
    if attribution.direct_quote and attribution.kind in ("speaker", "quote"):
        return "quote"
    if _has_statistic(_without_counted_source(text, hand, attribution), hand):
        return (
            "comparison"
            if _compared(text) or (" what " in text and _SHARE_OF_BEFORE_RE.search(text))
            else "statistic"
        )
    if (
        _compares(text, hand)
        or ("trend" in hand and _tells_a_change(text))
        or (
            ("twice" in text.lower() or " times as " in text)
            and _MULTIPLE_RE.search(text) is not None
        )
        or (" what " in text and _SHARE_OF_BEFORE_RE.search(text) is not None)
    ):
        return "comparison"
    if "causal" in hand:
        return "causal"
    # The scorer's broader cue list ("would", "soon") gates the stricter regex.
    if "prediction" in hand and _PREDICTION.found(text):
        return "prediction"
    if "past_event" in hand and ("date" in hand or "year" in hand or "entity" in hand):
        return "event"
    return "other"
