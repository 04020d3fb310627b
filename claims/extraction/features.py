"""Check-worthiness features: what a unit (a debate line or an article sentence) says, and
its context in the document. One feature function serves training
(claims/extraction/training/) and inference (score.py), so the workers score exactly what
was trained."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .cues import DOUBLE_CUE_SET, DOUBLE_CUES, INTERJECTIONS, SINGLE_CUE_SET, SINGLE_CUES

# name -> reason shown to a person. Whether a feature raised or lowered a given
# score is read from the sign of its learned contribution.
HAND_FEATURES: dict[str, str] = {
    "number": "contains a number or statistic",
    "percent": "mentions a percentage",
    "money": "mentions money",
    "big_quantity": "mentions a large quantity (million, billion...)",
    "year": "mentions a year",
    "date": "mentions a date or time",
    "entity": "names a person, organisation or place",
    "entities_many": "names several people, organisations or places",
    "comparison": "comparison or superlative",
    "trend": "describes an increase or decrease",
    "causal": "causal language",
    "prediction": "predictive language",
    "attribution": "attributed statement",
    "quotation": "contains a direct quotation",
    "record": "refers to a vote, law or public record",
    "absolute": "absolute claim (never, always, every...)",
    "hedge": "hedged language",
    "opinion": "opinion language",
    "exhortation": "call to action or promise",
    "first_singular": "speaks about themselves",
    "second_person": "addresses the listener",
    "question": "is a question",
    "greeting": "greeting, thanks or pleasantry",
    "stage_direction": "stage direction or crowd reaction",
    "interjection": "starts with a filler (well, look, yes...)",
    "negation": "contains a negation",
    "past_event": "reports a past event",
    "short": "very short",
    "long": "long, detailed sentence",
    "role_moderator": "speaker mostly asks questions (moderator or interviewer)",
    "role_main": "speaker holds most of the floor",
    "turn_first": "opens a speaker's turn",
    "turn_single": "a one-sentence turn",
    "ctx_factual": "surrounded by factual statements",
    "ctx_question": "answers a question",
    "about_other": "says what another person said, did or wants",
    "mentions_participant": "mentions another participant",
}


_ABOUT_OTHER_VERBS = frozenset(
    [
        "said",
        "says",
        "wants",
        "wanted",
        "voted",
        "supported",
        "opposed",
        "proposed",
        "called",
        "lied",
        "cut",
        "raised",
        "signed",
        "took",
        "gave",
        "claimed",
        "promised",
        "spent",
        "lost",
        "made",
        "sent",
        "tried",
        "refused",
        "started",
        "wrote",
        "put",
        "created",
        "left",
        "allowed",
        "approved",
        "was",
        "is",
    ]
)
_SUFFIX_ED_RE = re.compile(r"[a-z]{3}ed\b")
_SUFFIX_EST_RE = re.compile(r"\b[a-z]{2,}est\b")

# The few cues a token list cannot see stay regexes (case-sensitive ones are cheap).
# The currency signs money opens with (classify.py's comparisons read the same class).
CURRENCY = "$£€¥₹₩₽₺₪₦"
CURRENCY_CLASS = f"[{re.escape(CURRENCY)}]"
_CURRENCY_SIGNS = frozenset(CURRENCY)
_MONEY_RE = re.compile(rf"{CURRENCY_CLASS}\s?\d")
# Millions, billions and trillions as news abbreviates them: "£3.2bn", "1.5tn", "$40m"
# (a bare "40m" may be metres).
_ABBREVIATED_BIG_RE = re.compile(rf"\d(?:bn|tn)\b|{CURRENCY_CLASS}\s?\d[\d.,]*\s?(?:m|mn|bn|tn)\b")
_YEAR_RE = re.compile(r"\b(?:1[89]\d\d|20\d\d)s?\b")
# A capitalised word that is not the first word of the text and not "I"/"I'm".
# (the capital first, the checks before it after it: a pattern that opens with a
# character class lets the engine skip to the next capital instead of trying every
# position; "I" counts only inside a word: "Iowa", not "I" or "I'm")
_ENTITY_RE = re.compile(r"[A-Z](?:(?<!I)|(?=\w))(?<=[\w,;:)\]\"”’%-] .)[A-Za-z'’.-]*[a-z]")
_ABOUT_OTHER_RE = re.compile(
    # (a word's first letter first, the word boundary checked after it: see _ENTITY_RE)
    # (the name's letters taken whole: what follows opens with a space or an apostrophe)
    r"[A-Zhst](?<!\w.)(?:(?<=[Hh])e|(?<=[Ss])he|(?<=[Tt])hey|(?<=[A-Z])[a-z]++)"
    r"(?:'s| has| have| had| was| is| did)?"
    r"(?: not| never| just| actually| also| even)? (?:said|says|wants|wanted|voted|supported|"
    r"opposed|proposed|called|lied|cut|raised|signed|took|gave|claimed|promised|spent|"
    r"lost|made|sent|tried|refused|started|wrote|put|created|left|allowed|approved|"
    r"was for|was against|is for|is against)\b"
)
_QUESTION_RE = re.compile(r"\?[\"'”’)]*\s*$")
_GREETING_RE = re.compile(
    r"^\W*(?:thank|thanks|good (?:evening|morning|afternoon|night)|hello|hi\b|welcome|"
    r"congratulations|god bless|ladies and gentlemen|bye|goodbye|nice to)",
    re.IGNORECASE,
)
_STAGE_RE = re.compile(r"^\W*[\[(][^\])]*[\])]\W*$")
_TOKEN_RE = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[$%]")
_DIGIT_RE = re.compile(r"\d")
_YEAR_TOKEN_RE = re.compile(r"^(?:1[89]|20)\d\d$")
_SUPERLATIVE_EXCEPTIONS = frozenset(
    [
        "interest",
        "honest",
        "test",
        "rest",
        "west",
        "best",
        "suggest",
        "protest",
        "invest",
        "request",
        "forest",
        "contest",
        "modest",
        "digest",
        "arrest",
        "manifest",
        "harvest",
        "latest",
        "guest",
        "chest",
        "nest",
        "pest",
        "quest",
    ]
)

# Hand features of the neighbours that are copied, prefixed, into a unit's
# features: claims come in runs, and an answer follows a question.
_CONTEXT_KEYS = (
    "number",
    "percent",
    "money",
    "year",
    "comparison",
    "record",
    "question",
    "stage_direction",
    "greeting",
    "opinion",
    "entity",
)


def unit_features(text: str) -> tuple[dict[str, float], list[str]]:
    """Hand features and n-gram features of one sentence or line.

    Returns ``(hand, ngrams)``: ``hand`` maps ``HAND_FEATURES`` names to values,
    ``ngrams`` lists word unigram (``w:``) and bigram (``b:``) features.
    """
    # Set operations on the token list run in C; a Python loop per token would
    # cost several times more (see benchmarks/extraction.py).
    low = text.lower().replace("’", "'")
    tokens = _TOKEN_RE.findall(low)
    n = len(tokens)
    token_set = set(tokens)
    hand: dict[str, float] = {}
    for cue in SINGLE_CUE_SET.intersection(token_set):
        for f in SINGLE_CUES[cue]:
            hand[f] = 1.0
    words = tokens
    if _DIGIT_RE.search(low):
        hand["number"] = 1.0
        words = [
            t if not t[0].isdigit() else "<year>" if _YEAR_TOKEN_RE.match(t) else "<num>"
            for t in tokens
        ]
        if _YEAR_RE.search(low):
            hand["year"] = 1.0
        if not _CURRENCY_SIGNS.isdisjoint(low) and _MONEY_RE.search(low):
            hand["money"] = 1.0
        if "big_quantity" not in hand and _ABBREVIATED_BIG_RE.search(low):
            hand["big_quantity"] = 1.0  # "£3.2bn", "$1.5tn", "€40m"
    if "past_event" not in hand and _SUFFIX_ED_RE.search(low):
        hand["past_event"] = 1.0
    if "n't" in low:
        hand["negation"] = 1.0
    if "comparison" not in hand and "est" in low:
        for m in _SUFFIX_EST_RE.finditer(low):
            if m.group() not in _SUPERLATIVE_EXCEPTIONS:
                hand["comparison"] = 1.0
                break
    if tokens and tokens[0] in INTERJECTIONS:
        hand["interjection"] = 1.0
    if '"' in text or "“" in text or "”" in text:
        hand["quotation"] = 1.0
    if "?" in text and _QUESTION_RE.search(text):
        hand["question"] = 1.0
    if _GREETING_RE.match(text):
        hand["greeting"] = 1.0
    if ("(" in text[:3] or "[" in text[:3]) and _STAGE_RE.match(text):
        hand["stage_direction"] = 1.0
    if not _ABOUT_OTHER_VERBS.isdisjoint(token_set) and _ABOUT_OTHER_RE.search(text):
        hand["about_other"] = 1.0
    entities = len(_ENTITY_RE.findall(text))
    if entities:
        hand["entity"] = 1.0
        if entities >= 3:
            hand["entities_many"] = 1.0
    if n < 6:
        hand["short"] = 1.0
    elif n > 25:
        hand["long"] = 1.0
    bigrams = [f"b:{a}_{b}" for a, b in zip(["<s>", *words], [*words, "</s>"], strict=True)]
    for cue in DOUBLE_CUE_SET.intersection(bigrams):
        for f in DOUBLE_CUES[cue]:
            hand[f] = 1.0
    ngrams = ["w:" + w for w in words]
    ngrams += bigrams
    ngrams.append(f"len:{min(n, 40) // 5}")
    return hand, ngrams


def _speaker_roles(speakers: Sequence[str | None], questions: Sequence[bool]) -> dict[str, str]:
    """Role of each speaker in one document, from how they talk, not who they are."""
    lines: Counter[str] = Counter()
    asked: Counter[str] = Counter()
    for sp, q in zip(speakers, questions, strict=True):
        if sp is None:
            continue
        lines[sp] += 1
        if q:
            asked[sp] += 1
    total = sum(lines.values()) or 1
    roles: dict[str, str] = {}
    for sp, count in lines.items():
        share = count / total
        q_rate = asked[sp] / count
        if q_rate >= 0.2 and count >= 5:
            roles[sp] = "moderator"
        elif share >= 0.3:
            roles[sp] = "main"
        elif count < 5:
            roles[sp] = "minor"
        else:
            roles[sp] = "other"
    return roles


def document_features(
    texts: Sequence[str], speakers: Sequence[str | None] | None = None
) -> list[tuple[dict[str, float], list[str]]]:
    """Features of every unit of one document, with its context.

    ``speakers`` is aligned with ``texts``; ``None`` (articles) means no speaker
    information, and then no speaker-role feature fires.
    """
    units = [unit_features(t) for t in texts]
    n = len(units)
    spk: Sequence[str | None] = speakers if speakers is not None else [None] * n
    roles = _speaker_roles(spk, ["question" in h for h, _ in units])
    # Name words of each speaker, to spot a line that talks about another one.
    name_words = {sp: {w for w in _TOKEN_RE.findall(sp.lower()) if len(w) > 2} for sp in roles}
    # Each unit's context features, computed once and shared by both neighbours.
    present = [[k for k in _CONTEXT_KEYS if k in h] for h, _ in units]
    prev_ctx = [["p:" + k for k in keys] for keys in present]
    next_ctx = [["n:" + k for k in keys] for keys in present]
    factual = ["number" in h or "comparison" in h or "record" in h for h, _ in units]
    result: list[tuple[dict[str, float], list[str]]] = []
    for i, (hand, ngrams) in enumerate(units):
        # Updated in place: everything read from the neighbours was computed above.
        extra = ngrams
        sp = spk[i]
        if sp is not None:
            role = roles.get(sp, "other")
            if role == "moderator":
                hand["role_moderator"] = 1.0
            elif role == "main":
                hand["role_main"] = 1.0
            extra.append("role:" + role)
            first = i == 0 or spk[i - 1] != sp
            last = i == n - 1 or spk[i + 1] != sp
            if first:
                hand["turn_first"] = 1.0
                if last:
                    hand["turn_single"] = 1.0
            elif last:
                extra.append("turn:last")
            if first and i > 0 and "question" in units[i - 1][0]:
                hand["ctx_question"] = 1.0
            lowered = texts[i].lower()
            for other, words in name_words.items():
                if other != sp and any(w in lowered for w in words):
                    hand["mentions_participant"] = 1.0
                    break
        if i > 0:
            extra += prev_ctx[i - 1]
        if i + 1 < n:
            extra += next_ctx[i + 1]
        if 0 < i < n - 1 and factual[i - 1] and factual[i + 1]:
            hand["ctx_factual"] = 1.0
        result.append((hand, ngrams))
    return result
