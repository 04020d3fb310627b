"""Check-worthiness scoring: features, and pure-Python inference over JSON weights.

One feature function serves training (claims/extraction/train.py, with
scikit-learn) and inference (here, no numpy/sklearn), so the workers score
exactly what was trained. A document is a sequence of units (debate lines or
article sentences) with an optional speaker; each unit gets

* hand features with human-readable names (``HAND_FEATURES``), which also
  explain a score (the ``reasons``);
* word unigrams and bigrams (numbers collapsed to placeholders);
* context: the neighbours' hand features and the speaker's role in the document
  (a speaker most of whose lines are questions is a moderator or interviewer,
  derived from the text, never from names).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = [
    "DEFAULT_MODEL_PATH",
    "HAND_FEATURES",
    "Model",
    "Scored",
    "document_features",
    "load_model",
    "score_document",
    "sigmoid",
    "smooth",
    "unit_features",
]

DEFAULT_MODEL_PATH = Path(__file__).resolve().parent / "model" / "checkworthiness.json"

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


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# Patterns run on the original text (case-insensitive) unless noted; compiled once.
_NUMBER_RE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|"
    r"thousands|million|millions|billion|billions|trillion|trillions|dozen|dozens|half|"
    r"twice|double|doubled|triple|tripled|quadrupled|percent)\b",
    re.IGNORECASE,
)
_PERCENT_RE = _rx(r"%|\bper ?cent\b|\bpercentage\b")
_MONEY_RE = _rx(r"[$£€¥]\s?\d|\b(?:dollars?|cents|euros?|bucks|taxpayer money)\b")
_BIG_RE = _rx(r"\b(?:millions?|billions?|trillions?|thousands|hundreds of)\b")
_YEAR_RE = re.compile(r"\b(?:1[89]\d\d|20\d\d)s?\b")
_DATE_RE = _rx(
    r"\b(?:january|february|march|april|june|july|august|september|october|november|"
    r"december|jan|feb|aug|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|yesterday|last (?:week|month|year|night|decade|quarter)|"
    r"(?:years?|months?|weeks?|days?|decades?) ago|since \d|in \d{4})\b"
)
# A capitalised word that is not the first word of the text and not "I"/"I'm".
_ENTITY_RE = re.compile(r"(?<=[\w,;:)\]\"”’%-] )(?!I\b|I'|I’)[A-Z][A-Za-z'’.-]*[a-z]")
_COMPARISON_RE = _rx(
    r"\b(?:than|more|less|fewer|most|least|best|worst|largest|biggest|highest|lowest|"
    r"greatest|smallest|fastest|slowest|strongest|weakest|richest|poorest|record|"
    r"ever|first time|only (?:country|state|one|person)|number one|times as)\b"
)
_TREND_RE = _rx(
    r"\b(?:increas\w*|decreas\w*|rose|risen|rising|fell|fallen|falling|grew|grown|growing|"
    r"declin\w*|doubl\w*|tripl\w*|drop\w*|surg\w*|plummet\w*|skyrocket\w*|soar\w*|"
    r"went up|gone up|went down|gone down|cut|cuts|raised?|lowered|shrunk|expanded)\b"
)
_CAUSAL_RE = _rx(
    r"\b(?:because|due to|caused?|causes|causing|result(?:s|ed)? in|as a result|"
    r"led to|leads? to|lead to|therefore|thanks to|responsible for|blame[ds]?|"
    r"so that|which is why|that's why|that is why|consequence)\b"
)
_PREDICTION_RE = _rx(
    r"\b(?:will|won't|'ll|going to|gonna|would|expects?|expected|predicts?|predicted|"
    r"forecasts?|projected|projects|plans? to|planned|next (?:year|month|week|decade)|"
    r"by 20\d\d|in the future|soon)\b"
)
_ATTRIBUTION_RE = _rx(
    r"\b(?:said|says|told|according to|stated|claimed|claims|wrote|reported|announced|"
    r"added|noted|argued|testified|tweeted|insisted|admitted|warned|declared)\b"
)
_ABOUT_OTHER_RE = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[A-Z][a-z]+)(?:'s| has| have| had| was| is| did)?"
    r"(?: not| never| just| actually| also| even)? (?:said|says|wants|wanted|voted|supported|"
    r"opposed|proposed|called|lied|cut|raised|signed|took|gave|claimed|promised|spent|"
    r"lost|made|sent|tried|refused|started|wrote|put|created|left|allowed|approved|"
    r"was for|was against|is for|is against)\b"
)
_QUOTATION_RE = re.compile(r"[\"“”]")
_RECORD_RE = _rx(
    r"\b(?:voted|votes?|voting|bill|law|laws|legislation|signed|passed|vetoed|"
    r"supported|opposed|endorsed|approved|repealed|act|amendment|treaty|deal|agreement|"
    r"plan|budget|tax|taxes|tariffs?|deficit|debt|jobs|unemployment|wages?|income|"
    r"gdp|economy|trade|crime|murders?|deaths?|killed|immigrants?|illegal|border)\b"
)
_ABSOLUTE_RE = _rx(
    r"\b(?:never|always|every|everyone|everybody|nobody|no one|none|all of|entire|"
    r"totally|completely|nothing)\b"
)
_HEDGE_RE = _rx(
    r"\b(?:may|might|could|perhaps|maybe|possibly|probably|likely|seems?|appears? to|"
    r"i think|i believe|i guess|i suppose|i suspect|sort of|kind of|somewhat|"
    r"reportedly|allegedly)\b"
)
_OPINION_RE = _rx(
    r"\b(?:i think|i believe|i feel|i hope|in my opinion|in my view|i want|i'd like|"
    r"should|shouldn't|must|ought|need to|great|terrible|wonderful|amazing|beautiful|"
    r"love|hate|horrible|disgrace\w*|fantastic|tremendous|incredible|awful|sad|"
    r"proud|honou?red|believe in|deserve|wrong|right thing|frankly|honestly)\b"
)
_EXHORTATION_RE = _rx(
    r"\b(?:let's|let us|please|we're going to|we will|we must|i will|i'm going to|"
    r"i promise|join me|together)\b"
)
_FIRST_SINGULAR_RE = _rx(r"\b(?:i|i'm|i've|i'd|i'll|me|my|myself)\b")
_SECOND_PERSON_RE = _rx(r"\b(?:you|you're|your|you've|yourself)\b")
_QUESTION_RE = re.compile(r"\?[\"'”’)]*\s*$")
_GREETING_RE = _rx(
    r"^\W*(?:thank|thanks|good (?:evening|morning|afternoon|night)|hello|hi\b|welcome|"
    r"congratulations|god bless|ladies and gentlemen|bye|goodbye|nice to)"
)
_STAGE_RE = re.compile(r"^\W*[\[(][^\])]*[\])]\W*$")
_INTERJECTION_RE = _rx(
    r"^\W*(?:well|look|yes|yeah|no|oh|ok|okay|so|now|and|but|um|uh|sure|right|alright)\b"
)
_NEGATION_RE = _rx(r"\b(?:not|no|never|n't|nobody|nothing|neither|nor)\b|n't\b")
_PAST_RE = _rx(r"\b(?:was|were|had|did|\w{3,}ed)\b")
_TOKEN_RE = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?|[$%]")
_DIGIT_RE = re.compile(r"\d")
_YEAR_TOKEN_RE = re.compile(r"^(?:1[89]|20)\d\d$")

# (feature, pattern) pairs run on every unit; order is irrelevant.
_PATTERN_FEATURES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("percent", _PERCENT_RE),
    ("money", _MONEY_RE),
    ("big_quantity", _BIG_RE),
    ("year", _YEAR_RE),
    ("date", _DATE_RE),
    ("comparison", _COMPARISON_RE),
    ("trend", _TREND_RE),
    ("causal", _CAUSAL_RE),
    ("prediction", _PREDICTION_RE),
    ("attribution", _ATTRIBUTION_RE),
    ("quotation", _QUOTATION_RE),
    ("about_other", _ABOUT_OTHER_RE),
    ("record", _RECORD_RE),
    ("absolute", _ABSOLUTE_RE),
    ("hedge", _HEDGE_RE),
    ("opinion", _OPINION_RE),
    ("exhortation", _EXHORTATION_RE),
    ("first_singular", _FIRST_SINGULAR_RE),
    ("second_person", _SECOND_PERSON_RE),
    ("question", _QUESTION_RE),
    ("greeting", _GREETING_RE),
    ("stage_direction", _STAGE_RE),
    ("interjection", _INTERJECTION_RE),
    ("negation", _NEGATION_RE),
    ("past_event", _PAST_RE),
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
    hand: dict[str, float] = {}
    if _NUMBER_RE.search(text):
        hand["number"] = 1.0
    for name, pattern in _PATTERN_FEATURES:
        if pattern.search(text):
            hand[name] = 1.0
    entities = len(_ENTITY_RE.findall(text))
    if entities:
        hand["entity"] = 1.0
        if entities >= 3:
            hand["entities_many"] = 1.0
    tokens = _TOKEN_RE.findall(text.lower())
    n = len(tokens)
    if n < 6:
        hand["short"] = 1.0
    elif n > 25:
        hand["long"] = 1.0
    words = [
        ("<year>" if _YEAR_TOKEN_RE.match(t) else "<num>") if _DIGIT_RE.search(t) else t
        for t in tokens
    ]
    ngrams = ["w:" + w for w in words]
    ngrams += ["b:" + a + "_" + b for a, b in zip(["<s>", *words], [*words, "</s>"], strict=True)]
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
    result: list[tuple[dict[str, float], list[str]]] = []
    for i, (hand, ngrams) in enumerate(units):
        hand = dict(hand)
        extra: list[str] = []
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
        prev_hand = units[i - 1][0] if i > 0 else {}
        next_hand = units[i + 1][0] if i + 1 < n else {}
        factual = 0
        for key in _CONTEXT_KEYS:
            if key in prev_hand:
                extra.append("p:" + key)
            if key in next_hand:
                extra.append("n:" + key)
        for h in (prev_hand, next_hand):
            if "number" in h or "comparison" in h or "record" in h:
                factual += 1
        if factual == 2:
            hand["ctx_factual"] = 1.0
        result.append((hand, ngrams + extra))
    return result


@dataclass(frozen=True, slots=True)
class Scored:
    score: float
    reasons: list[str]


class Model:
    """A logistic regression stored as JSON: ``{"bias", "weights": {feature: w}}``."""

    def __init__(self, data: dict[str, object]) -> None:
        weights = data["weights"]
        if not isinstance(weights, dict):
            raise ValueError("model weights must be a JSON object")
        self.weights: dict[str, float] = {str(k): float(v) for k, v in weights.items()}
        self.bias = float(data["bias"])  # type: ignore[arg-type]
        self.version = str(data.get("version", ""))
        # Check-worthy sentences come in runs (a claim and its supporting detail),
        # so a unit's logit borrows this share of its neighbours' logits.
        self.smoothing = float(data.get("smoothing", 0.0))  # type: ignore[arg-type]
        self.meta = data.get("meta", {})

    def logit(self, hand: dict[str, float], ngrams: Sequence[str]) -> float:
        w = self.weights
        total = self.bias
        for name, value in hand.items():
            total += w.get("h:" + name, 0.0) * value
        for name in ngrams:
            total += w.get(name, 0.0)
        return total

    def explain(self, hand: dict[str, float], limit: int = 4) -> list[str]:
        """Readable reasons: the hand features that moved the score most.

        Raising reasons come first, then lowering ones, each marked with its
        direction so a reviewer sees why a sentence was (not) picked.
        """
        w = self.weights
        contrib = [
            (w.get("h:" + name, 0.0) * value, name)
            for name, value in hand.items()
            if name in HAND_FEATURES
        ]
        ups = sorted((c for c in contrib if c[0] > 0.05), reverse=True)[:limit]
        downs = sorted(c for c in contrib if c[0] < -0.05)[: max(1, limit // 2)]
        return [HAND_FEATURES[n] for _, n in ups] + [
            "lowered: " + HAND_FEATURES[n] for _, n in downs
        ]

    def document_logits(
        self, rows: Sequence[tuple[dict[str, float], Sequence[str]]]
    ) -> list[float]:
        """Logits of every unit of one document, smoothed with its neighbours."""
        raw = [self.logit(h, g) for h, g in rows]
        return smooth(raw, self.smoothing)


def smooth(raw: Sequence[float], alpha: float) -> list[float]:
    """``z[i] + alpha * (z[i-1] + z[i+1])``; a missing neighbour counts as ``z[i]``."""
    if not alpha or len(raw) < 2:
        return list(raw)
    n = len(raw)
    return [
        z + alpha * ((raw[i - 1] if i > 0 else z) + (raw[i + 1] if i + 1 < n else z))
        for i, z in enumerate(raw)
    ]


def sigmoid(z: float) -> float:
    # Numerically safe logistic function.
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


@lru_cache(maxsize=4)
def load_model(path: Path | None = None) -> Model:
    """Load (once per process and path) the JSON model."""
    with (path or DEFAULT_MODEL_PATH).open(encoding="utf-8") as fh:
        return Model(json.load(fh))


def score_document(
    texts: Sequence[str],
    speakers: Sequence[str | None] | None = None,
    *,
    model: Model | None = None,
    explain: bool = True,
) -> list[Scored]:
    """Score every unit of one document (debate or article) in order."""
    m = model or load_model()
    rows = document_features(texts, speakers)
    logits = m.document_logits(rows)
    return [
        Scored(sigmoid(z), m.explain(hand) if explain else [])
        for z, (hand, _) in zip(logits, rows, strict=True)
    ]
