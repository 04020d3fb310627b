"""Claim matching in the database: fetch candidates cheaply, re-rank them in Python.

Candidates are earlier claims of this newsroom (not dismissed, from other articles) and
imported external verdicts. On PostgreSQL a full-text index (GIN over
`to_tsvector('english', text)`) fetches those sharing the query's rarest words; SQLite
takes a simpler path with `icontains` on the same words. The learned re-ranker in
`claims/matching/` then scores each pair; matches above MATCH_MIN_SCORE are stored.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import combinations
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from claims.matching.normalize import STOPWORDS, stem, tokenize
from claims.matching.ranker import MatchCandidate, SentenceEmbedder, default_stats, rerank
from claims.models import Claim, ClaimStatus
from reviews.models import ClaimMatch, ExternalVerdict
from workbench import roles
from workbench.errors import Conflict, Forbidden, NotFound

logger = logging.getLogger(__name__)

CANDIDATES_PER_SOURCE = 60
QUERY_TERMS = 8
_WORD = re.compile(r"[a-z0-9]+(?:\.[0-9]+)?")


def query_terms(text: str, limit: int = QUERY_TERMS) -> list[str]:
    """The query's most telling words: numbers and the rarest content words first."""
    stats = default_stats()
    words = {w for w in tokenize(text) if w not in STOPWORDS and len(w) > 1 and _WORD.fullmatch(w)}
    # IDF from the shipped term statistics, which are keyed by stem (unseen stems count
    # as rare); the words themselves go to PostgreSQL, which stems them the same way.
    ranked = sorted(words, key=lambda w: (-stats.idf(stem(w)), w))
    return ranked[:limit]


@lru_cache(maxsize=1)
def _embedder() -> SentenceEmbedder:
    return SentenceEmbedder()


def _fts_rows(
    queryset: QuerySet[Any], column: str, terms: list[str], fields: tuple[str, ...]
) -> list[tuple[Any, ...]]:
    """Candidates from the full-text index, most specific query first.

    Ranking every row that shares any word with the claim costs seconds at a million
    claims (ts_rank over tens of thousands of rows), so the index is asked in tiers, each
    without ORDER BY (a LIMIT then stops early): rows holding the three rarest words, then
    rows holding any two of the four rarest, then any one. The re-ranker orders them.
    """
    # Terms are [a-z0-9] words (or decimals), so these are valid tsqueries; they go in as
    # parameters; table and column names come from the model, not users.
    table = queryset.model._meta.db_table
    vector = f'to_tsvector(\'english\', "{table}"."{column}")'
    top = terms[:4]
    tiers = []
    if len(terms) >= 3:
        tiers.append(" & ".join(terms[:3]))
    if len(top) >= 2:
        tiers.append(" | ".join(f"({a} & {b})" for a, b in combinations(top, 2)))
    tiers.append(" | ".join(top))
    rows: list[tuple[Any, ...]] = []
    seen: set[Any] = set()
    for tsquery in tiers:
        missing = CANDIDATES_PER_SOURCE - len(rows)
        if missing <= 0:
            break
        found = queryset.extra(  # noqa: S610
            where=[f"{vector} @@ to_tsquery('english', %s)"], params=[tsquery]
        ).values_list(*fields)[: missing + len(seen)]
        for row in found:
            if row[0] not in seen and len(rows) < CANDIDATES_PER_SOURCE:
                seen.add(row[0])
                rows.append(row)
    return rows


def _like_rows(
    queryset: QuerySet[Any], column: str, terms: list[str], fields: tuple[str, ...]
) -> list[tuple[Any, ...]]:
    condition = Q()
    for term in terms[:4]:
        condition |= Q(**{f"{column}__icontains": term})
    return list(
        queryset.filter(condition).order_by("-id").values_list(*fields)[: CANDIDATES_PER_SOURCE * 5]
    )


def claim_candidates(claim: Claim) -> list[MatchCandidate]:
    """Earlier claims and external verdicts that may state the same thing."""
    terms = query_terms(claim.text)
    if not terms:
        return []
    rejected_claims: set[int] = set()
    rejected_external: set[int] = set()
    if claim.pk is not None:  # an unsaved claim (a preview) has no decisions yet
        for matched, external_id in ClaimMatch.objects.filter(
            claim=claim, rejected=True
        ).values_list("matched_claim", "external"):
            if matched:
                rejected_claims.add(matched)
            if external_id:
                rejected_external.add(external_id)
    own = (
        Claim.objects.exclude(pk=claim.pk)
        .exclude(article_id=claim.article_id)
        .exclude(status__in=[ClaimStatus.DISMISSED, ClaimStatus.DUPLICATE])
    )
    fetch = _fts_rows if connection.vendor == "postgresql" else _like_rows
    candidates = [
        MatchCandidate(key=f"c{pk}", text=text)
        for pk, text in fetch(own, "text", terms, ("id", "text"))
        if pk not in rejected_claims
    ]
    candidates += [
        MatchCandidate(key=f"x{pk}", text=text, extra_text=title)
        for pk, text, title in fetch(
            ExternalVerdict.objects.all(), "claim_text", terms, ("id", "claim_text", "title")
        )
        if pk not in rejected_external
    ]
    return candidates


def claim_rank_matches(claim: Claim, *, top_k: int | None = None) -> list[Any]:
    """Scored matches for one claim, best first (nothing is stored)."""
    candidates = claim_candidates(claim)
    if not candidates:
        return []
    embedder = _embedder() if settings.CLAIM_MATCHING_EMBEDDINGS else None
    return rerank(claim.text, candidates, top_k=top_k or settings.MATCH_TOP_K, embedder=embedder)


@transaction.atomic
def claim_store_matches(claim: Claim, scored: Iterable[Any]) -> int:
    """Replace the open suggestions of a claim; decided pairs (rejected, confirmed) stay."""
    ClaimMatch.objects.filter(claim=claim, rejected=False, confirmed=False).delete()
    decided = ClaimMatch.objects.filter(claim=claim).values_list("matched_claim", "external")
    taken = {f"c{c}" for c, _ in decided if c} | {f"x{x}" for _, x in decided if x}
    rows = []
    for match in scored:
        if match.score < settings.MATCH_MIN_SCORE or match.key in taken:
            continue
        key = str(match.key)
        rows.append(
            ClaimMatch(
                claim=claim,
                matched_claim_id=int(key[1:]) if key.startswith("c") else None,
                external_id=int(key[1:]) if key.startswith("x") else None,
                score=min(max(float(match.score), 0.0), 1.0),
                reasons=list(match.reasons),
            )
        )
    ClaimMatch.objects.bulk_create(rows, ignore_conflicts=True)
    return len(rows)


def claims_match(*, claim_ids: list[int]) -> int:
    """Compute and store matches for these claims (the Celery task calls this)."""
    done = 0
    for claim in Claim.objects.filter(pk__in=claim_ids).only("pk", "text", "article_id"):
        claim_store_matches(claim, claim_rank_matches(claim))
        done += 1
    return done


def _decide(match_id: int, claim_id: int, by: Any) -> ClaimMatch:
    if not roles.is_editor(by):
        raise Forbidden("Only an editor can confirm or reject a match.")
    match = (
        ClaimMatch.objects.select_for_update(of=("self",))
        .filter(pk=match_id, claim_id=claim_id)
        .first()
    )
    if match is None:
        raise NotFound(f"Claim {claim_id} has no match {match_id}.")
    if match.rejected or match.confirmed:
        raise Conflict("This match was already decided.", code="already_decided")
    return match


@transaction.atomic
def match_reject(*, claim_id: int, match_id: int, by: Any) -> ClaimMatch:
    """Not the same claim: never suggest this pair again."""
    from reviews.models import TimelineEvent

    match = _decide(match_id, claim_id, by)
    match.rejected, match.decided_by, match.decided_at = True, by, timezone.now()
    match.save(update_fields=["rejected", "decided_by", "decided_at", "updated_at"])
    TimelineEvent.objects.create(
        claim_id=claim_id,
        actor=by,
        action=TimelineEvent.Action.MATCH_REJECTED,
        field="matches",
        before={"claim": match.matched_claim_id, "external": match.external_id},
        message="Not the same claim.",
    )
    return match


@transaction.atomic
def match_confirm(*, claim_id: int, match_id: int, by: Any) -> ClaimMatch:
    """The same claim: merge into the earlier one, which then supplies the verdict.

    An external verdict cannot be merged into; confirming it records that the claim was
    checked elsewhere, so the reviewer can cite it.
    """
    from reviews import services

    match = _decide(match_id, claim_id, by)
    if match.matched_claim_id is not None:
        services.claim_merge(claim=claim_id, by=by, canonical=match.matched_claim_id)
    match.confirmed, match.decided_by, match.decided_at = True, by, timezone.now()
    match.save(update_fields=["confirmed", "decided_by", "decided_at", "updated_at"])
    return match
