"""Claim type by rules.

Precedence, first match wins (``CLAIM_TYPES`` order):

1. ``quote``      - direct, attributed quotation: checking it starts with finding
                    the original words, whatever they say;
2. ``statistic``  - a number that is not just a year or a day of the month, a
                    percentage, money, or a large quantity;
3. ``comparison`` - comparative/superlative or a change (more than, the largest,
                    rose, doubled);
4. ``causal``     - because, due to, led to, as a result...;
5. ``prediction`` - will, going to, expects, forecast, next year...;
6. ``event``      - a past happening (past tense) with a date, or a named actor;
7. ``other``.
"""

from __future__ import annotations

import re

from .attribute import Attribution

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
_PREDICTION_RE = re.compile(
    r"\b(?:will|won't|'ll|going to|expects?|expected to|predicts?|predicted|forecasts?|"
    r"projected to|is set to|are set to|plans? to|next (?:year|month|week|decade)|"
    r"by 20\d\d)\b",
    re.IGNORECASE,
)


def _has_statistic(text: str, hand: dict[str, float]) -> bool:
    if "percent" in hand or "money" in hand or "big_quantity" in hand:
        return True
    for m in _NUMBER_TOKEN_RE.finditer(text):
        token = m.group()
        if _YEAR_RE.match(token):
            continue
        if len(token) <= 2 and _MONTH_BEFORE_RE.search(text, 0, m.start()):
            continue  # "Sept. 4", "on March 3"
        return True
    return False


def classify(text: str, hand: dict[str, float], attribution: Attribution) -> str:
    """Claim type of one sentence; ``hand`` are its score features."""
    if attribution.direct_quote and attribution.kind in ("speaker", "quote"):
        return "quote"
    if _has_statistic(text, hand):
        return "statistic"
    if "comparison" in hand or "trend" in hand:
        return "comparison"
    if "causal" in hand:
        return "causal"
    # The scorer's broader cue list ("would", "soon") gates the stricter regex.
    if "prediction" in hand and _PREDICTION_RE.search(text):
        return "prediction"
    if "past_event" in hand and ("date" in hand or "year" in hand or "entity" in hand):
        return "event"
    return "other"
