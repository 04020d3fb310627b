"""Candidate retrieval for claim matching: the words the database itself finds rare, tiers
bounded by what they cost, the timeout safety net (PostgreSQL), and the SQLite path."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import count
from typing import Any

import pytest
from django.db import connection

from claims.models import Claim, ClaimStatus
from matching import search, services
from matching.engine.tsquery import fts_broad_tiers, fts_narrow_tiers
from matching.search import TermFrequencies, fts_terms
from tests.conftest import require
from tests.factories import make_article, make_claim

pytestmark = pytest.mark.django_db

EARLIER = "Unemployment in Ohio fell to 3.9 percent in March 2019, Maria Okafor said."
REPEAT = "Unemployment in Ohio dropped to 3.9% in March 2019, Maria Okafor told reporters."
# Every filler claim shares these words with the new claim, and nothing else of note.
COMMON = "Officials said unemployment in March {n} was a concern for the region."


_articles = count()


def claim_with_text(text: str, **kwargs: Any) -> Claim:
    article = make_article(body=f"{text} More text follows here ({next(_articles)}).")
    return make_claim(article=article, span_start=0, span_end=len(text), **kwargs)


def analyze() -> dict[str, TermFrequencies]:
    """What autovacuum does as a table grows; then read the statistics afresh."""
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE claims_claim")
        cursor.execute("ANALYZE reviews_externalverdict")
    return {table: search.term_frequencies(table, max_age=0) for table in search.FTS_INDEXES}


@pytest.fixture(autouse=True)
def _fresh_term_frequencies() -> Iterator[None]:
    # The statistics these tests create roll back with them; their cached reading must go too.
    yield
    search._term_frequencies.clear()


@pytest.fixture
def postgres() -> None:
    require(connection.vendor == "postgresql", "full-text retrieval needs PostgreSQL")


def keys(candidates: list[Any]) -> set[str]:
    return {str(candidate.key) for candidate in candidates}


# Choosing the words and the tiers (no database).


def test_words_common_in_this_database_come_last_whatever_the_shipped_statistics_say() -> None:
    # "unemploy" and "ohio" are rare in the verified claims the shipped IDF was built from,
    # but this newsroom writes about them all the time.
    frequencies = TermFrequencies(
        rows=100_000, counts={"unemploy": 40_000, "ohio": 25_000, "march": 9_000}, unlisted=50
    )
    terms = fts_terms(["unemploy", "ohio", "march", "okafor", "3.9", "2019"], frequencies)
    # Words the statistics do not list are rarer than the least common one they do.
    assert {lexeme for lexeme, _ in terms[:3]} == {"okafor", "3.9", "2019"}
    assert [count for _, count in terms[:3]] == [50, 50, 50]
    assert terms[3] == ("march", 9_000)


def test_without_statistics_the_shipped_idf_orders_the_words() -> None:
    terms = fts_terms(["said", "okafor"], TermFrequencies(0, {}, 0))
    assert [lexeme for lexeme, _ in terms] == ["okafor", "said"]


def test_narrow_tiers_ask_for_every_word_then_all_but_one() -> None:
    terms = [("okafor", 10.0), ("3.9", 20.0), ("ohio", 300.0), ("march", 400.0)]
    tiers = fts_narrow_tiers(terms, budget=1_000)
    assert tiers[0] == "'okafor' & '3.9' & 'ohio' & 'march'"
    # The most common word is dropped first: rows keeping the rarest words come first.
    assert tiers[1:] == [
        "'okafor' & '3.9' & 'ohio'",
        "'okafor' & '3.9' & 'march'",
        "'okafor' & 'ohio' & 'march'",
        "'3.9' & 'ohio' & 'march'",
    ]


def test_a_narrow_tier_led_by_a_very_common_word_is_left_out() -> None:
    terms = [("okafor", 10.0), ("ohio", 50_000.0), ("march", 60_000.0)]
    tiers = fts_narrow_tiers(terms, budget=1_000)
    # Only the tier without "okafor" would walk a 50,000-row posting list.
    assert tiers == ["'okafor' & 'ohio' & 'march'", "'okafor' & 'ohio'", "'okafor' & 'march'"]
    # The query of all the words runs even when every word is common.
    assert fts_narrow_tiers([("said", 90_000.0)], budget=1_000) == ["'said'"]


def test_broad_tiers_run_only_while_their_posting_lists_are_small() -> None:
    rare = [("okafor", 10.0), ("3.9", 20.0), ("ohio", 30.0), ("march", 40.0)]
    pairs, anyone = fts_broad_tiers(rare, budget=1_000)
    assert "('okafor' & '3.9')" in pairs and pairs.count("&") == 6
    assert anyone.startswith("('okafor' | '3.9' | 'ohio' | 'march') & !(")
    one_common = [*rare[:3], ("said", 90_000.0)]
    assert fts_broad_tiers(one_common, budget=1_000) == [
        "('okafor' & '3.9') | ('okafor' & 'ohio') | ('okafor' & 'said') | ('3.9' & 'ohio') "
        "| ('3.9' & 'said') | ('ohio' & 'said')"
    ]
    assert fts_broad_tiers([("said", 90_000.0), ("year", 95_000.0)], budget=1_000) == []


def test_a_quote_in_a_lexeme_cannot_break_out_of_the_tsquery() -> None:
    assert fts_narrow_tiers([("o'brien", 1.0)], budget=1_000) == ["'o''brien'"]


# PostgreSQL.
@pytest.mark.postgresql
def test_term_frequencies_come_from_the_tables_own_statistics(postgres: None) -> None:
    for n in range(30):
        claim_with_text(COMMON.format(n=2000 + n))
    claim_with_text(EARLIER)
    frequencies = analyze()["claims_claim"]
    assert frequencies.rows == 31
    assert frequencies.estimate("unemploy") == pytest.approx(31)
    assert frequencies.estimate("okafor") == pytest.approx(1)
    assert frequencies.estimate("neverseen") <= 1


@pytest.mark.postgresql
def test_a_paraphrase_is_found_among_claims_sharing_a_very_common_word(
    postgres: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    fillers = [claim_with_text(COMMON.format(n=2000 + n)) for n in range(30)]
    earlier = claim_with_text(EARLIER)
    analyze()
    # Three words rare in this table, then common ones ("unemploy", "march", "said" are in
    # every filler).
    new = claim_with_text("Unemployment in Ohio fell in March, Okafor said.")
    monkeypatch.setattr(search, "POSTINGS_BUDGET", 10)
    [plan, *_] = search.fts_plans(new, ["unemploy", "ohio", "fell", "march", "okafor", "said"])
    assert {lexeme for lexeme, _ in plan.terms[:3]} == {"ohio", "fell", "okafor"}
    assert plan.terms[3][0] in {"unemploy", "march", "said"}
    # "Any two" reads the lists of the three rare words only; "any one" would read the
    # common word's list, over the budget, so it is left out.
    assert len(plan.broad) == 1 and plan.broad[0].count("&") == 6
    found = keys(search.claim_candidates(new))
    assert found == {f"c{earlier.pk}"}
    assert [m.key for m in services.claim_rank_matches(new)] == [f"c{earlier.pk}"]

    # With room in the budget, "any one" brings every claim sharing the common word.
    monkeypatch.setattr(search, "POSTINGS_BUDGET", 1_000)
    found = keys(search.claim_candidates(new))
    assert f"c{earlier.pk}" in found and len(found & {f"c{f.pk}" for f in fillers}) == 30


@pytest.mark.postgresql
def test_dismissed_same_article_and_rejected_claims_are_not_candidates(
    postgres: None, editor: Any
) -> None:
    earlier = claim_with_text(EARLIER)
    claim_with_text(EARLIER, status=ClaimStatus.DISMISSED)
    new = claim_with_text(REPEAT)
    make_claim(article=new.article, span_start=0, span_end=len(REPEAT) - 1)  # same article
    # The dismissed copy and the claim next to it in the same article share every word.
    assert keys(search.claim_candidates(new)) == {f"c{earlier.pk}"}
    services.claims_match(claim_ids=[new.pk])
    match = new.matches.get(matched_claim=earlier)
    services.match_reject(claim_id=new.pk, match_id=match.pk, by=editor)
    assert keys(search.claim_candidates(new)) == set()


@pytest.mark.postgresql
def test_a_statement_past_the_timeout_keeps_what_the_narrow_tiers_found(
    postgres: None, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    earlier = claim_with_text(EARLIER)
    new = claim_with_text(REPEAT)
    monkeypatch.setattr(search, "RETRIEVAL_TIMEOUT_MS", 50)
    # Stale statistics can make a broad tier far slower than estimated; stand in for one.
    monkeypatch.setattr(
        search, "fts_broad_statement", lambda plans, found: ("SELECT pg_sleep(5)", [])
    )
    assert keys(search.claim_candidates(new)) == {f"c{earlier.pk}"}
    assert "ran past 50 ms" in caplog.text
    # The connection is usable and keeps its own settings.
    with connection.cursor() as cursor:
        cursor.execute("SHOW enable_seqscan")
        assert cursor.fetchone() == ("on",)
        cursor.execute("SHOW statement_timeout")
        assert cursor.fetchone() == ("0",)


@pytest.mark.postgresql
def test_new_claims_go_straight_into_the_index_searches_read(postgres: None) -> None:
    # A GIN pending list would be read in full by every retrieval tier (migration 0005).
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT relname, reloptions FROM pg_class WHERE relname = ANY(%s) ORDER BY relname",
            [list(search.FTS_INDEXES.values())],
        )
        assert cursor.fetchall() == [
            ("claim_text_fts_idx", ["fastupdate=off"]),
            ("external_claim_text_fts_idx", ["fastupdate=off"]),
        ]


@pytest.mark.postgresql
@pytest.mark.parametrize("fillers", [3, 30])
def test_retrieval_costs_the_same_queries_whatever_the_table_holds(
    fillers: int, postgres: None, django_assert_num_queries: Any
) -> None:
    for n in range(fillers):
        claim_with_text(COMMON.format(n=2000 + n))
    claim_with_text(EARLIER)
    analyze()
    new = claim_with_text(REPEAT)
    # Savepoint, lexemes and settings, narrow tiers, broad tiers, rollback to and release of
    # the savepoint (a worker, outside any transaction, sends BEGIN and ROLLBACK instead).
    with django_assert_num_queries(6):
        search.claim_candidates(new)


# The simple path (SQLite; it runs on any database).


def test_the_simple_path_finds_a_paraphrase_and_leaves_out_dismissed_claims() -> None:
    earlier = claim_with_text(EARLIER)
    dismissed = claim_with_text(EARLIER, status=ClaimStatus.DISMISSED)
    claim_with_text("The city council approved a bicycle lane on Main Street on Tuesday.")
    new = claim_with_text(REPEAT)
    found = keys(search.like_candidates(new))
    assert f"c{earlier.pk}" in found and f"c{dismissed.pk}" not in found
