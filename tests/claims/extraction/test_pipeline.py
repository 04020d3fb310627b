from __future__ import annotations

import random
from pathlib import Path

import pytest

from claims.extraction.classify import CLAIM_TYPES
from claims.extraction.pipeline import EXTRACTOR_VERSION, Candidate, analyse, extract_candidates
from tests.conftest import require

SEED = Path(__file__).resolve().parents[3] / ".." / "shared" / "seeds" / "000_cb8a2c0b20e0e221.txt"


@pytest.fixture(scope="module")
def seed_body() -> str:
    require(SEED.is_file(), f"seed article not found at {SEED}")
    raw = SEED.read_text(encoding="utf-8")
    # The loader drops the leading metadata line (" date 2025-09-04 NEW You can ...").
    body = raw[raw.index("\n") + 1 :].lstrip()
    assert body.startswith("Russia once again rejected")
    return body


@pytest.fixture(scope="module")
def seed_candidates(seed_body: str) -> list[Candidate]:
    return extract_candidates(seed_body, outlet="Fox News")


def by_text(cands: list[Candidate], fragment: str) -> Candidate:
    matches = [c for c in cands if fragment in c.text]
    assert len(matches) == 1, f"{fragment!r} in {[c.text for c in cands]}"
    return matches[0]


def test_every_candidate_span_is_exact_and_sorted_by_score(
    seed_body: str, seed_candidates: list[Candidate]
) -> None:
    assert len(seed_candidates) >= 8
    for c in seed_candidates:
        assert c.text == seed_body[c.span_start : c.span_end]
        assert 0.0 <= c.score <= 1.0
        assert c.claim_type in CLAIM_TYPES
        assert c.claimant
    scores = [c.score for c in seed_candidates]
    assert scores == sorted(scores, reverse=True)


def test_attributed_statements_carry_the_speakers_full_name(
    seed_candidates: list[Candidate],
) -> None:
    assert by_text(seed_candidates, "Zakharova told reporters").claimant == "Maria Zakharova"
    assert by_text(seed_candidates, "Zelenskyy wrote").claimant == "Volodymyr Zelenskyy"
    assert by_text(seed_candidates, "Zelenskyy said").claimant == "Volodymyr Zelenskyy"
    # The first sentence of that two-sentence quotation is Zelenskyy's too.
    assert by_text(seed_candidates, "We share the same view").claimant == "Volodymyr Zelenskyy"
    assert by_text(seed_candidates, "Boris Pistorius told").claimant == "Boris Pistorius"
    assert by_text(seed_candidates, "Maria Zakharova said").claimant == "Maria Zakharova"
    assert by_text(seed_candidates, "The Ukrainian president said").claimant == (
        "Volodymyr Zelenskyy"
    )
    # Rejecting an idea is a stance of the one who rejects it, as denying is.
    assert by_text(seed_candidates, "Russia once again rejected").claimant == "Russia"
    # "he" after "However, Zelenskyy seemed ..." is Zelenskyy, not the last speaker.
    assert by_text(seed_candidates, "as he thanked Trump").claimant == "Volodymyr Zelenskyy"
    own = by_text(seed_candidates, "This comes as European leaders met")
    assert own.claimant == "Fox News"
    assert by_text(seed_candidates, "Zakharova told reporters").claim_type == "quote"


def test_the_outlets_own_statement_falls_back_to_the_article(seed_body: str) -> None:
    cands = extract_candidates(seed_body)
    assert by_text(cands, "This comes as European leaders met").claimant == "the article"


def test_audio_player_promo_is_never_a_candidate(seed_body: str) -> None:
    promo = "NEW You can now listen to Fox News articles!"
    assert extract_candidates(promo) == []
    cands = extract_candidates(promo + "\n\n" + seed_body)
    assert all("listen to Fox News" not in c.text for c in cands)
    rejected = [a for a in analyse(promo + "\n\n" + seed_body) if a.rejected]
    assert [a.rejected for a in rejected if "listen" in a.text] == ["boilerplate"]


def test_questions_greetings_and_fragments_are_not_candidates() -> None:
    body = (
        "Good evening.\nWhat did the minister promise?\n(APPLAUSE)\n"
        "The minister promised to cut taxes by 10 percent before 2027."
    )
    cands = extract_candidates(body)
    assert [c.text for c in cands] == [
        "The minister promised to cut taxes by 10 percent before 2027."
    ]


def test_reasons_are_readable_and_explain_the_score() -> None:
    (c,) = extract_candidates("Unemployment fell to 4.2 percent, the lowest rate in 50 years.")
    assert "contains a number or statistic" in c.reasons
    assert all(isinstance(r, str) and r for r in c.reasons)
    (plain,) = extract_candidates("I think we need to talk about our values as a people.")
    assert c.score > plain.score
    assert any(r.startswith("lowered:") for r in plain.reasons)


def test_threshold_and_limit(seed_body: str, seed_candidates: list[Candidate]) -> None:
    cut = seed_candidates[2].score
    above = extract_candidates(seed_body, outlet="Fox News", threshold=cut)
    assert all(c.score >= cut for c in above) and len(above) >= 3
    assert (
        extract_candidates(seed_body, outlet="Fox News", max_candidates=2) == (seed_candidates[:2])
    )
    assert extract_candidates("") == []


def test_version_is_set() -> None:
    assert EXTRACTOR_VERSION


def test_random_bodies_with_labels_datelines_and_quotes_keep_every_span_exact() -> None:
    # Hostile or odd input never raises, and every span is a stripped, non-empty slice.
    pieces = [*"ABCMPRTUabc xyz:;,.!?-—–()\"“”‘’'\t•1234567890$%"]
    pieces += ["ASHWORTH: ", "Q: ", "WASHINGTON (AP) — ", " said ", "According to ", ", the "]
    pieces += ["A spokesperson for the ", "\n\n", "\n", "Sen. ", "NEW DELHI: "]
    rng = random.Random(7)
    for _ in range(3000):
        body = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 80)))
        for a in analyse(body, outlet="Example Times"):
            assert a.text and a.text == a.text.strip() and body[a.span_start : a.span_end] == a.text
            assert a.candidate is None or a.candidate.claimant
