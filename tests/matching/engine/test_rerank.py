from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from matching.engine import MatchCandidate, MatchIndex, ScoredMatch, rerank
from matching.engine.features import FEATURE_NAMES, batch_features, prepare, prepare_doc
from matching.engine.ranker import DEFAULT_MODEL_PATH, LinearModel, default_stats

CHARLOTTE = MatchCandidate(
    key=1,
    text="70 per cent of the persons arrested during protests in Charlotte had out-of-state IDs.",
    extra_text="70% of Arrested Charlotte Protesters Are Out-of-State Criminals",
)
GUANTANAMO = MatchCandidate(
    key=2,
    text="122 detainees released from Guantanamo Bay under President Obama have re-engaged in "
    "terrorist activities.",
    extra_text="Did 122 Prisoners Released from Guantanamo Return to the Battlefield?",
)
PLUTO = MatchCandidate(
    key=3,
    text="The International Astronomical Union reclassified Pluto as a planet.",
    extra_text="Has Pluto Been Officially Reclassified as a Planet?",
)
CANDIDATES = [GUANTANAMO, PLUTO, CHARLOTTE]


def test_paraphrase_beats_unrelated_claims() -> None:
    query = "Police say 70% of the protesters arrested in Charlotte came from out of state"
    results = rerank(query, CANDIDATES, top_k=3)
    assert results[0].key == 1
    assert results[0].score > 0.5 > results[1].score


def test_scores_are_probabilities_sorted_best_first() -> None:
    results = rerank("Pluto is a planet again, astronomers say", CANDIDATES, top_k=10)
    assert len(results) == 3
    scores = [r.score for r in results]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert results[0].key == 3


def test_top_k_limits_the_result() -> None:
    assert len(rerank("Charlotte protesters", CANDIDATES, top_k=1)) == 1
    assert rerank("anything", [], top_k=5) == []


def test_identical_claim_scores_as_a_likely_duplicate() -> None:
    [best] = rerank(CHARLOTTE.text, [CHARLOTTE], top_k=1)
    assert best.score >= 0.85


def test_number_mismatch_lowers_the_score() -> None:
    same = "122 detainees released from Guantanamo Bay under Obama re-engaged in terrorism"
    other = "45 detainees released from Guantanamo Bay under Obama re-engaged in terrorism"
    [with_same] = rerank(same, [GUANTANAMO])
    [with_other] = rerank(other, [GUANTANAMO])
    assert with_same.score > with_other.score
    assert any(r.startswith("same numbers: 122") for r in with_same.reasons)
    assert any(r.startswith("different numbers: 45 vs 122") for r in with_other.reasons)


def test_reasons_name_shared_numbers_names_and_overlap() -> None:
    [best] = rerank(
        "70 per cent of those arrested in Charlotte were from out of state", [CHARLOTTE]
    )
    assert "same numbers: 70" in best.reasons
    assert "shared names: Charlotte" in best.reasons
    assert any(r.startswith("token overlap ") for r in best.reasons)


def test_number_and_entity_features_see_the_overlap() -> None:
    names = list(FEATURE_NAMES)
    doc = prepare_doc(CHARLOTTE.text, CHARLOTTE.extra_text)
    matching = batch_features(
        prepare("In Charlotte 70% were out-of-state"), [doc], default_stats()
    )[0]
    mismatching = batch_features(prepare("In Raleigh 15% were local"), [doc], default_stats())[0]
    assert matching[names.index("num_match")] == 1.0
    assert mismatching[names.index("num_mismatch")] == 1.0
    assert matching[names.index("ent_cover")] > 0.5
    assert mismatching[names.index("ent_cover")] == 0.0


def test_match_index_folds_identical_claims_and_lists_them() -> None:
    copy = MatchCandidate(
        key=9, text=CHARLOTTE.text.replace("70 per cent", "70%"), extra_text=CHARLOTTE.extra_text
    )
    index = MatchIndex([*CANDIDATES, copy])
    assert len(index) == 3
    [best] = index.search("Charlotte arrests: 70% from out of state", k=1)
    assert best.key == 1
    assert best.duplicates == [9]


def test_match_index_search_uses_the_same_scores_as_rerank() -> None:
    index = MatchIndex(CANDIDATES)
    query = "122 Guantanamo detainees went back to terrorism"
    from_index = index.search(query, k=1)[0]
    from_rerank = rerank(query, CANDIDATES, top_k=1, stats=index.stats)[0]
    assert isinstance(from_index, ScoredMatch)
    assert (from_index.key, from_index.score) == (from_rerank.key, from_rerank.score)


def test_match_index_returns_nothing_without_shared_words() -> None:
    assert MatchIndex(CANDIDATES).search("zebra xylophone", k=5) == []
    assert MatchIndex([]).search("anything") == []


def test_model_file_matches_the_feature_code() -> None:
    payload = json.loads(Path(DEFAULT_MODEL_PATH).read_text(encoding="utf-8"))
    model = LinearModel(payload)
    assert model.feature_names == FEATURE_NAMES
    assert payload["meta"]["split"] == "train"
    bad = dict(payload, features=list(reversed(payload["features"])))
    with pytest.raises(ValueError, match="retrain"):
        LinearModel(bad)


def test_rerank_of_200_candidates_takes_a_few_milliseconds() -> None:
    candidates = [
        MatchCandidate(key=i, text=f"{c.text} variant {i}", extra_text=c.extra_text)
        for i, c in enumerate(CANDIDATES * 67)
    ]
    query = "Police say 70% of the protesters arrested in Charlotte came from out of state"
    rerank(query, candidates)  # prepares and caches the candidates, as a worker would
    start = time.perf_counter()
    rerank(query, candidates)
    assert time.perf_counter() - start < 0.1  # generous: ~3 ms on an idle machine
