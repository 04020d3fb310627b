"""Claim matching in the database: rank a claim's candidates, store the matches, and an
editor's decisions on them.

Candidates come from `matching.search` (full-text indexes on PostgreSQL, a simpler path on
SQLite); the learned re-ranker in `matching.engine` then scores each pair; matches above
MATCH_MIN_SCORE are stored.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from claims.models import Claim
from core import roles
from core.errors import Conflict, Forbidden, NotFound
from matching import search
from matching.embeddings import StoredEmbedder
from matching.engine.ranker import rerank
from matching.models import ClaimMatch
from reviews import services as reviews_services
from reviews.models import TimelineEvent


def claim_rank_matches(claim: Claim, *, top_k: int | None = None) -> list[Any]:
    """Scored matches for one claim, best first (nothing is stored)."""
    candidates = search.claim_candidates(claim)
    if not candidates:
        return []
    embedder = StoredEmbedder() if settings.CLAIM_MATCHING_EMBEDDINGS else None
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
    claims = list(Claim.objects.filter(pk__in=claim_ids).only("pk", "text", "article_id"))
    if settings.CLAIM_MATCHING_EMBEDDINGS and claims:
        # Encode the new claims in batches, once: ranking each then reads its vector back.
        StoredEmbedder().encode([claim.text for claim in claims])
    for claim in claims:
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
    match = _decide(match_id, claim_id, by)
    if match.matched_claim_id is not None:
        reviews_services.claim_merge(claim=claim_id, by=by, canonical=match.matched_claim_id)
    match.confirmed, match.decided_by, match.decided_at = True, by, timezone.now()
    match.save(update_fields=["confirmed", "decided_by", "decided_at", "updated_at"])
    return match


# What an editor may decide about a suggested match (the web form posts one of these).
MATCH_DECISIONS = ("confirm", "reject")


def match_decide(*, claim_id: int, match_id: int, decision: str, by: Any) -> ClaimMatch:
    """`match_confirm` or `match_reject` by name (one of MATCH_DECISIONS)."""
    if decision == "confirm":
        return match_confirm(claim_id=claim_id, match_id=match_id, by=by)
    if decision == "reject":
        return match_reject(claim_id=claim_id, match_id=match_id, by=by)
    raise ValueError(f"unknown match decision {decision!r}")
