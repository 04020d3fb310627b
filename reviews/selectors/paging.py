"""One page of the claim queue at a million claims (measured by benchmarks/queue_page.py)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet

from claims.models import Claim
from reviews import queries
from reviews.selectors.lists import claim_queue_rows
from reviews.selectors.queue import claim_queue
from reviews.selectors.search import _search_page_ids

# The queue counts matching claims up to this many and then says "1,000+": an exact COUNT of
# a million claims costs 0.1-0.4 s on every page view; stopping here reads 1,001 index entries.
QUEUE_COUNT_CAP = 1000


@dataclass(frozen=True)
class QueuePage:
    """One page of the claim queue.

    `count` is exact unless `count_capped`, when more than `count` claims match. A text
    search is not counted beyond the page shown (counting its matches costs as much as
    finding them all), so its count is capped at the end of the page while there are more.
    """

    claims: list[dict[str, Any]]  # claim_queue_rows()
    number: int
    per_page: int
    count: int
    count_capped: bool
    has_next: bool

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_other_pages(self) -> bool:
        return self.has_previous or self.has_next

    @property
    def previous_page_number(self) -> int:
        return self.number - 1

    @property
    def next_page_number(self) -> int:
        return self.number + 1

    @property
    def num_pages(self) -> int | None:
        """None while the count is capped: the last page is not known."""
        if self.count_capped:
            return None
        return max(1, -(-self.count // self.per_page))

    @property
    def start_index(self) -> int:
        return (self.number - 1) * self.per_page + 1 if self.claims else 0


def claim_queue_page(
    *, user: Any, filters: dict[str, Any] | None = None, page: Any = 1, per_page: int = 25
) -> QueuePage:
    """One page of `claim_queue(user=..., filters=...)` in two short queries.

    First the page's ids alone, one more than the page to know whether another follows,
    each carrying the count of matching claims capped at QUEUE_COUNT_CAP (an uncorrelated
    subquery, run once; none for a text search): with the claim indexes that is an
    index-only walk however far the page, where one query with OFFSET would join and fetch
    every row it skips. Then those rows with their joins (claim_queue_rows). A text search
    leaves the plan to PostgreSQL, which walks the order's index for a common word and sorts
    the trigram index's matches for a rare one; on ids alone neither joins more than the page.

    A page number that is not a number means page 1; one past the end, the last page.
    """
    filters = filters or {}
    queryset = claim_queue(user=user, filters=filters)
    number = _page_number(page)
    search = bool((filters.get("q") or "").strip())
    if search:
        ids = _search_page_ids(user=user, filters=filters, number=number, per_page=per_page)
        count, capped = 0, True
    else:
        ids, count, capped = _page_ids_counted(queryset, number=number, per_page=per_page)
    if not ids and number > 1:
        # Past the end of the list or of a search: find the real last page (an exact count,
        # only for this unusual request).
        count, capped = queryset.count(), False
        number = max(1, -(-count // per_page))
        ids = _page_ids(queryset, number=number, per_page=per_page)
    has_next = len(ids) > per_page
    ids = ids[:per_page]
    if search:
        seen = (number - 1) * per_page + len(ids)
        count, capped = seen, has_next
    return QueuePage(
        claims=claim_queue_rows(ids=ids) if ids else [],
        number=number,
        per_page=per_page,
        count=count,
        count_capped=capped,
        has_next=has_next,
    )


def _page_ids_counted(
    queryset: QuerySet[Claim], *, number: int, per_page: int
) -> tuple[list[int], int, bool]:
    """The ids of one page (one more than the page) and `(count, capped)`: how many claims
    match, counted no further than QUEUE_COUNT_CAP, in one query (every id carries the
    count). An empty page (no match, or past the end) counts nothing; the count is then 0."""
    capped_count = queries.count_up_to(queryset, cap=QUEUE_COUNT_CAP)
    offset = (number - 1) * per_page
    rows = list(
        queryset.annotate(capped_count=capped_count).values_list("pk", "capped_count")[
            offset : offset + per_page + 1
        ]
    )
    n = rows[0][1] if rows else 0
    return [pk for pk, _ in rows], min(n, QUEUE_COUNT_CAP), n > QUEUE_COUNT_CAP


# Larger page numbers are read as this one (past the end of any queue: the last page). The
# database's OFFSET is a 64-bit integer; ?page=10**30 must not reach it.
MAX_PAGE_NUMBER = 10**9


def _page_number(page: Any) -> int:
    try:
        number = int(page)
    except (TypeError, ValueError, OverflowError):
        return 1
    return min(max(number, 1), MAX_PAGE_NUMBER)


def _page_ids(queryset: QuerySet[Claim], *, number: int, per_page: int) -> list[int]:
    offset = (number - 1) * per_page
    return list(queryset.values_list("pk", flat=True)[offset : offset + per_page + 1])
