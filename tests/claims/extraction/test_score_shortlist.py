"""The short list ("worth checking"): the top of each article's ranking, cut by score and
capped at a share of its sentences."""

from __future__ import annotations

import json

import pytest

from claims.extraction.pipeline import (
    analyse,
    extract_candidates,
    has_raising_reason,
    short_list,
    worth_checking_cap,
)
from claims.extraction.score import DEFAULT_MODEL_PATH, Model, load_model
from tests.claims.extraction.wire_story import WIRE_STORY


def shortlisted(body: str, model: Model | None = None) -> list[str]:
    return [
        a.text
        for a in analyse(body, model=model)
        if a.candidate is not None and a.candidate.worth_checking
    ]


def test_a_thirty_sentence_wire_story_gets_a_third_or_fewer_of_its_sentences() -> None:
    rows = analyse(WIRE_STORY)
    worth = shortlisted(WIRE_STORY)
    assert len(rows) == 30
    assert 3 <= len(worth) <= 10
    assert any("added 6,400 jobs" in text for text in worth)
    assert any("rental assistance fund to $80 million" in text for text in worth)
    for plain in ("The governor's office pushed back.", "Polls show a close race"):
        assert not any(text.startswith(plain) for text in worth), plain


def test_the_short_list_is_the_top_of_the_ranking_above_the_cut_off() -> None:
    model = load_model()
    rows = [a for a in analyse(WIRE_STORY) if a.candidate is not None]
    worth = [a.score for a in rows if a.candidate and a.candidate.worth_checking]
    others = [a.score for a in rows if a.candidate and not a.candidate.worth_checking]
    assert worth and others
    assert min(worth) >= model.min_score
    assert min(worth) >= max(others)


def test_the_cap_holds_when_every_sentence_clears_the_cut_off() -> None:
    shipped = load_model()
    everything = Model(
        {
            "bias": 0.0,
            "weights": shipped.weights,
            "smoothing": shipped.smoothing,
            "worth_checking": {"min_score": 0.0, "max_share": 0.25},
        }
    )
    rows = analyse(WIRE_STORY, model=everything)
    assert len(shortlisted(WIRE_STORY, everything)) == worth_checking_cap(len(rows), 0.25) == 7


def test_a_filtered_sentence_is_never_on_the_short_list() -> None:
    body = "What did the minister say about the 40 percent tax rise? Thank you all very much."
    rows = analyse(body, model=Model({"bias": 5.0, "weights": {}}))
    assert all(a.rejected is not None and a.candidate is None for a in rows)


def test_even_a_one_sentence_text_can_have_one_claim_worth_checking() -> None:
    assert worth_checking_cap(1, 1 / 3) == 1 and worth_checking_cap(30, 1 / 3) == 10
    worth = shortlisted("Unemployment fell to 3.1 percent in May, the lowest rate since 1969.")
    assert len(worth) == 1


def test_extract_candidates_carries_the_flag() -> None:
    cands = extract_candidates(WIRE_STORY)
    flagged = [c for c in cands if c.worth_checking]
    assert flagged and flagged == cands[: len(flagged)]  # best first: the list leads


def test_the_shipped_model_carries_its_cut_off() -> None:
    shipped = json.loads(DEFAULT_MODEL_PATH.read_text(encoding="utf-8"))
    assert shipped["worth_checking"] == {"min_score": 0.15, "max_share": pytest.approx(1 / 3)}
    model = load_model()
    assert model.min_score == 0.15 and model.max_share == pytest.approx(1 / 3)
    with pytest.raises(ValueError, match="worth_checking"):
        Model({"bias": 0.0, "weights": {}, "worth_checking": [0.5]})


def test_a_score_with_no_reason_to_show_stays_off_the_short_list() -> None:
    # The word "skeptical" alone carries the first sentence's score; the second has a
    # figure, a reason a reader can be shown. Both clear the cut-off.
    model = Model(
        {
            "bias": -1.0,
            "weights": {"w:skeptical": 3.0, "h:number": 2.0},
            "worth_checking": {"min_score": 0.5, "max_share": 1.0},
        }
    )
    body = (
        "But the critics of the plan in the city remain deeply skeptical. "
        "Unemployment fell to 3.1 percent in May."
    )
    rows = analyse(body, model=model)
    assert [round(a.score, 2) for a in rows] == [0.88, 0.73]
    assert rows[0].candidate is not None and rows[0].candidate.reasons == []
    assert shortlisted(body, model) == ["Unemployment fell to 3.1 percent in May."]


def test_a_lowering_reason_alone_is_no_reason_to_check() -> None:
    assert not has_raising_reason([])
    assert not has_raising_reason(["lowered: very short"])
    assert has_raising_reason(["contains a number or statistic", "lowered: very short"])


def test_no_shipped_short_list_holds_a_candidate_without_a_raising_reason() -> None:
    for a in analyse(WIRE_STORY):
        if a.candidate is not None and a.candidate.worth_checking:
            assert has_raising_reason(a.candidate.reasons), a.text


def test_short_list_is_best_first_reasoned_and_capped_with_ties_in_text_order() -> None:
    scores = [0.9, 0.2, 0.5, 0.5, 0.95, 0.1]
    reasoned = [True, True, True, True, False, True]
    # 0.95 has no reason; the cap of a third of six is two; 0.5 twice keeps text order
    assert short_list(scores, reasoned, 0.15, 1 / 3) == [0, 2]
    assert short_list(scores, reasoned, 0.15, 1.0) == [0, 2, 3, 1]
    assert short_list(scores, reasoned, 0.6, 1.0) == [0]
