"""The queue's text search at a million claims: which way PostgreSQL should find a page of
matches (the SQL is in reviews.queries)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db.models import F, QuerySet
from django.db.models.functions import Coalesce

from claims.models import Claim
from reviews import queries
from reviews.selectors.queue import QUEUE_ORDERINGS, claim_queue

# A text search first looks among this many claims, the best under the other filters and the
# chosen order; see _search_page_ids.
QUEUE_SEARCH_WINDOW = 2000


def _search_page_ids(
    *, user: Any, filters: dict[str, Any], number: int, per_page: int
) -> list[int]:
    """The ids of one page of a text search (one more than the page), in one query of
    bounded cost.

    Left to itself, PostgreSQL picks between walking the order's index until enough claims
    match (right for a common word) and sorting every match from the trigram index (right
    for a rare one) by its estimate of how many claims match, which for a phrase can be off
    a hundredfold: a rare phrase then walked 28,000 claims (0.8 s at a million). So: first
    the matches among the QUEUE_SEARCH_WINDOW best claims (see _search_window); that is the
    answer when it fills the page or when the window held every claim. Otherwise the word
    is rare (fewer than one match in 80 claims) and every match is sorted, in an order no
    index provides (search_rare_ordering), so that they come from the trigram index.
    """
    queryset = claim_queue(user=user, filters=filters)
    offset = (number - 1) * per_page
    end = offset + per_page + 1
    if not queries.plans_text_search() or end > QUEUE_SEARCH_WINDOW:
        return list(queryset.values_list("pk", flat=True)[offset:end])
    return queries.search_page_ids(
        queryset,
        window=_window(user=user, filters=filters),
        ordering=_ordering(filters),
        q=filters["q"],
        offset=offset,
        limit=end - offset,
        window_size=QUEUE_SEARCH_WINDOW,
    )


def claims_rare_search_first(
    queryset: QuerySet[Claim],
    *,
    user: Any,
    filters: dict[str, Any],
    ordering: Sequence[str],
    per_page: int,
) -> tuple[QuerySet[Claim], tuple[str, ...] | None]:
    """For a rare search word (`search_is_rare`), `queryset` ordered on an expression of
    the order's first column, and that ordering: PostgreSQL then sorts the trigram index's
    matches instead of walking the order's index through most claims looking for them (1 s
    at a million claims; see _search_page_ids). Otherwise `queryset` as is and None."""
    if not filters.get("q") or not search_is_rare(user=user, filters=filters, per_page=per_page):
        return queryset, None
    keys = list(ordering)
    first = keys[0].lstrip("-")
    keys[0] = keys[0].replace(first, "search_key")
    return queryset.annotate(search_key=Coalesce(F(first), F(first))), tuple(keys)


def search_is_rare(*, user: Any, filters: dict[str, Any], per_page: int) -> bool:
    """Whether a text search finds fewer than a page of matches among the
    QUEUE_SEARCH_WINDOW best claims (PostgreSQL; one bounded query): its matches should be
    sorted from the trigram index rather than looked for along the order's index."""
    if not queries.plans_text_search() or not (filters.get("q") or "").strip():
        return False
    window, ids = queries.search_window(
        _window(user=user, filters=filters),
        ordering=_ordering(filters),
        q=filters["q"],
        offset=0,
        limit=per_page + 1,
    )
    return len(ids) <= per_page and window >= QUEUE_SEARCH_WINDOW


def _ordering(filters: dict[str, Any]) -> tuple[str, ...]:
    return QUEUE_ORDERINGS.get(filters.get("ordering") or "-score", QUEUE_ORDERINGS["-score"])


def _window(*, user: Any, filters: dict[str, Any]) -> QuerySet[Any]:
    """The QUEUE_SEARCH_WINDOW best claims under the filters other than the search, with
    the columns the search and the order read."""
    columns = [name.lstrip("-") for name in _ordering(filters)]
    return claim_queue(user=user, filters={**filters, "q": ""}).values(
        "pk", "text", "claimant", *[c for c in columns if c != "id"]
    )[:QUEUE_SEARCH_WINDOW]
