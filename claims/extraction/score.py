"""Check-worthiness scoring: pure-Python inference over JSON weights (no numpy/sklearn).

The features it scores are computed in features.py (re-exported here), the same function
training uses (claims/extraction/training/), so the workers score exactly what was
trained. A document is a sequence of units (debate lines or article sentences) with an
optional speaker; each unit gets hand features with human-readable names
(``HAND_FEATURES``, which also explain a score: the ``reasons``), word unigrams and
bigrams, and context (the neighbours' hand features and the speaker's role).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from functools import lru_cache
from itertools import repeat
from pathlib import Path

from .features import HAND_FEATURES, document_features, unit_features

__all__ = [
    "DEFAULT_MODEL_PATH",
    "HAND_FEATURES",
    "LOWERED",
    "Model",
    "document_features",
    "load_model",
    "sigmoid",
    "smooth",
    "unit_features",
]

# How a reason that lowered a score opens (Model.explain).
LOWERED = "lowered: "
DEFAULT_MODEL_PATH = Path(__file__).resolve().parent / "model" / "checkworthiness.json"


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
        # The short list of an article ("worth checking"): candidates scoring at least
        # min_score, at most max_share of its sentences. Chosen by measurement when the
        # model is trained (see training/checkworthiness.py).
        cut = data.get("worth_checking") or {}
        if not isinstance(cut, dict):
            raise ValueError("worth_checking must be a JSON object")
        self.min_score = float(cut.get("min_score", 0.5))
        self.max_share = float(cut.get("max_share", 1 / 3))

    def logit(self, hand: dict[str, float], ngrams: Sequence[str]) -> float:
        w = self.weights
        total = self.bias
        for name, value in hand.items():
            total += w.get("h:" + name, 0.0) * value
        # map() with a repeated default runs the look-ups in C. A word a unit repeats
        # counts each time, while training saw it once (binary features). Measured on
        # the 5 debate folds at C 0.03 (2026-12-04): counting here 0.131 MAP, binary
        # 0.126; training on counts as well 0.126. So the mismatch is kept, knowingly.
        return total + sum(map(w.get, ngrams, repeat(0.0, len(ngrams))))

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
        return [HAND_FEATURES[n] for _, n in ups] + [LOWERED + HAND_FEATURES[n] for _, n in downs]

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
