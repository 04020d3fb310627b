from __future__ import annotations

import json
import time

import pytest

from claims.extraction.pipeline import score_debate
from claims.extraction.score import (
    DEFAULT_MODEL_PATH,
    HAND_FEATURES,
    Model,
    document_features,
    load_model,
    smooth,
    unit_features,
)


def test_shipped_model_is_small_loads_fast_and_is_cached() -> None:
    assert DEFAULT_MODEL_PATH.stat().st_size < 1_000_000
    load_model.cache_clear()
    started = time.perf_counter()
    model = load_model()
    assert time.perf_counter() - started < 1.0
    assert load_model() is model
    assert model.version
    # Every hand feature has a learned weight, so it can explain a score.
    assert all("h:" + name in model.weights for name in ("number", "question", "opinion"))


def test_hand_features_fire_on_their_cues() -> None:
    cases = {
        "number": "We lost 70,000 factories.",
        "percent": "It grew 3 percent.",
        "money": "It cost $5 billion.",
        "year": "Back in 1994 it passed.",
        "date": "On Thursday the talks began.",
        "comparison": "Crime is higher than ever.",
        "causal": "Prices rose because of tariffs.",
        "prediction": "Prices will rise next year.",
        "attribution": "The minister said so.",
        "hedge": "Prices might perhaps rise.",
        "opinion": "I think it is a great country.",
        "question": "Is it true?",
        "entity": "We met Nadia Hollander in Berlin.",
    }
    for feature, text in cases.items():
        hand, _ = unit_features(text)
        assert feature in hand, (feature, text)
        assert feature in HAND_FEATURES
    hand, _ = unit_features("Freedom matters to us all.")
    assert not {"number", "percent", "money", "question", "prediction"} & set(hand)


@pytest.mark.parametrize(
    ("text", "fired"),
    [
        # money in other currencies, and millions, billions and trillions abbreviated
        ("The tunnel will cost ¥2 trillion.", {"money", "big_quantity"}),
        ("The deficit reached £3.2bn last year.", {"money", "big_quantity"}),
        ("The county spent $40m on the depot.", {"money", "big_quantity"}),
        ("A hole of 1.5tn in the budget.", {"big_quantity"}),
        ("The depot cost ₹500 crore.", {"money"}),
        # a bare "40m" may be metres; "$5 more" is no million
        ("She ran 40m in the heat.", set()),
        ("Tickets cost $5 more.", {"money"}),
    ],
)
def test_money_and_big_quantities_as_news_writes_them(text: str, fired: set[str]) -> None:
    hand, _ = unit_features(text)
    assert {"money", "big_quantity"} & set(hand) == fired


def test_ngrams_collapse_numbers_and_years() -> None:
    _, ngrams = unit_features("In 2019 we built 300 homes.")
    assert "w:<year>" in ngrams and "w:<num>" in ngrams and "b:built_<num>" in ngrams


def test_a_speaker_who_mostly_asks_questions_is_a_moderator_and_scores_lower() -> None:
    texts: list[str] = []
    speakers: list[str | None] = []
    for i in range(6):
        texts += [f"Question {i} is about taxes, what will you do?", "Taxes rose 20 percent."]
        speakers += ["HOST", "SMITH"]
    rows = document_features(texts, speakers)
    assert all("role_moderator" in rows[i][0] for i in range(0, 12, 2))
    assert not any("role_moderator" in rows[i][0] for i in range(1, 12, 2))
    # Articles have no speakers: no role feature fires.
    assert not any("role_moderator" in h for h, _ in document_features(texts))
    assert load_model().weights["h:role_moderator"] < 0
    scores = score_debate(texts, speakers)
    assert len(scores) == len(texts)
    assert max(scores[0::2]) < min(scores[1::2])


def test_smoothing_borrows_from_neighbours() -> None:
    assert smooth([0.0, 3.0, 0.0], 0.5) == [1.5, 3.0, 1.5]
    assert smooth([1.0, 2.0], 0.0) == [1.0, 2.0]


def test_model_round_trips_through_json() -> None:
    data = {"bias": -1.0, "weights": {"h:number": 2.0, "w:tax": 0.5}, "smoothing": 0.0}
    model = Model(json.loads(json.dumps(data)))
    hand, ngrams = unit_features("The tax is 5.")
    assert model.logit(hand, ngrams) == -1.0 + 2.0 + 0.5
