"""/checks/, the feed and the sitemap: pages of public fact-checks, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from django.db.models import Q, QuerySet

from claims.models import Claim
from core.prepared import PreparedRead
from publishing import queries
from publishing.selectors.stamps import local_path, published_reviews
from reviews.models import Rating, Review, VerdictRevision

PAGE_SIZE = 20
FEED_SIZE = 50


@dataclass(frozen=True)
class Entry:
    claim_id: int
    claim_as_stated: str
    claimant: str
    rating_label: str | None
    rating_slug: str | None
    summary: str
    published_at: datetime
    corrected_at: datetime | None
    path: str
    review_id: int

    @property
    def cursor(self) -> str:
        """Where this entry sits in the list's order, for the pages' Newer/Older links."""
        return cursor_token(self.published_at, self.review_id)


@dataclass(frozen=True)
class EntryPage:
    entries: list[Entry]
    number: int
    has_next: bool
    has_previous: bool


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def cursor_token(published_at: datetime, review_id: int) -> str:
    """`<microseconds since 1970>.<review id>`: a position in the newest-first order."""
    return f"{(published_at - _EPOCH) // timedelta(microseconds=1)}.{review_id}"


def cursor_position(token: str) -> tuple[datetime, int] | None:
    """The position a token names, or None when it is not one."""
    moment, dot, pk = token.partition(".")
    if not dot or not moment.lstrip("-").isdigit() or not pk.isdigit() or len(token) > 40:
        return None
    try:
        return _EPOCH + timedelta(microseconds=int(moment)), int(pk)
    except OverflowError:
        return None


_ENTRY_COLUMNS = (
    "claim_id",
    "published_revision__claim_as_stated",
    "claim__text",
    "claim__claimant",
    "published_revision__rating__label",
    "published_revision__rating__slug",
    "published_revision__summary",
    "published_at",
    "corrected_at",
    "id",
)


def _entries(queryset: QuerySet[Review] | list[tuple[Any, ...]]) -> list[Entry]:
    entries = []
    rows = queryset if isinstance(queryset, list) else queryset.values_list(*_ENTRY_COLUMNS)
    for row in rows:
        pk, stated, text, claimant, label, slug, summary, published, corrected, review = row
        stated = stated or text
        path = local_path(pk, stated)
        entries.append(
            Entry(pk, stated, claimant, label, slug, summary, published, corrected, path, review)
        )
    return entries


# The first page, unfiltered or by rating: what every publication renders again.
_NEWEST = ("-published_at", "-id")
_FIRST_PAGE = PreparedRead(
    lambda: published_reviews().order_by(*_NEWEST).values_list(*_ENTRY_COLUMNS)[: PAGE_SIZE + 1],
    arity=0,
)
_FIRST_PAGE_BY_RATING = PreparedRead(
    lambda slug: (
        published_reviews()
        .filter(published_revision__rating__slug=slug)
        .order_by(*_NEWEST)
        .values_list(*_ENTRY_COLUMNS)[: PAGE_SIZE + 1]
    )
)


def search_matches(queryset: QuerySet[Review], words: str) -> QuerySet[Review]:
    """Verdicts whose published claim as stated or summary, or whose claim's text, holds
    `words`: one `IN` of ids matched in each table by its own trigram index (reviews
    migration 0010, claims 0002). An OR across the joined tables could use none of them."""
    revisions = VerdictRevision.objects.filter(
        Q(claim_as_stated__icontains=words) | Q(summary__icontains=words)
    ).values("id")
    claims = Claim.objects.filter(text__icontains=words).values("id")
    return queryset.filter(
        pk__in=Review.objects.filter(published_revision_id__in=revisions)
        .values("id")
        .union(Review.objects.filter(claim_id__in=claims).values("id"), all=True)
    )


def factcheck_page(
    *,
    page: int = 1,
    rating: str = "",
    claimant: str = "",
    search: str = "",
    before: tuple[datetime, int] | None = None,
    after: tuple[datetime, int] | None = None,
) -> EntryPage:
    """A page of public fact-checks, newest first publication first: one query (a row more
    than the page says whether there is another; no count over every verdict).

    `before` / `after` (a position, see `cursor_token`) give the page of entries older or
    newer than it: the Older and Newer links carry one, so a page far down the list costs
    what the first does. `page` alone skips that many pages (links from before there were
    positions)."""
    if page == 1 and not (claimant or search or before or after):
        first = _FIRST_PAGE_BY_RATING.rows(rating) if rating else _FIRST_PAGE.rows()
        rows = _entries(first)
        return EntryPage(rows[:PAGE_SIZE], 1, len(rows) > PAGE_SIZE, False)
    queryset = published_reviews()
    if rating:
        queryset = queryset.filter(published_revision__rating__slug=rating)
    if claimant:
        queryset = queryset.filter(
            claim_id__in=Claim.objects.filter(claimant__icontains=claimant).values("id")
        )
    order = ("-published_at", "-id")
    start = (page - 1) * PAGE_SIZE
    if after is not None:
        moment, pk = after
        queryset = queryset.filter(published_at__gte=moment).exclude(
            published_at=moment, id__lte=pk
        )
        order, start = ("published_at", "id"), 0
    elif before is not None:
        moment, pk = before
        queryset = queryset.filter(published_at__lte=moment).exclude(
            published_at=moment, id__gte=pk
        )
        start = 0
    if search:
        end = start + PAGE_SIZE + 1
        if queries.plans_search(end):
            # The page's ids in one statement, whichever way the words are best found.
            matching = search_matches(queryset, search)
            queryset = queries.search_page(queryset, matching, search, order, start, end)
            start = 0
        else:
            queryset = search_matches(queryset, search)
    rows = _entries(queryset.order_by(*order)[start : start + PAGE_SIZE + 1])
    more = len(rows) > PAGE_SIZE
    if after is not None:
        return EntryPage(rows[:PAGE_SIZE][::-1], page, True, more)
    return EntryPage(rows[:PAGE_SIZE], page, more, page > 1 or before is not None)


def latest_entries(limit: int = FEED_SIZE) -> list[Entry]:
    """The latest (re)published fact-checks for the feed, last change first (one query)."""
    return _entries(published_reviews().order_by("-updated_at", "-id")[:limit])


_RATING_CHOICES = PreparedRead(
    lambda: Rating.objects.filter(is_active=True).values_list("slug", "label"), arity=0
)


def rating_choices() -> list[tuple[str, str]]:
    """(slug, label) of every active rating, in the scale's order (one query)."""
    return [(slug, label) for slug, label in _RATING_CHOICES.rows()]


def rating_colours() -> list[tuple[str, str]]:
    """(slug, colour) of every rating, for the public stylesheet (one query)."""
    return list(Rating.objects.order_by("pk").values_list("slug", "colour"))


def sitemap_rows() -> QuerySet[Review, tuple[int, str, str, datetime]]:
    """(claim id, claim as stated, claim text, last publication) of every public
    fact-check, by claim id (the sitemap pages through it)."""
    return (
        published_reviews()
        .order_by("claim_id")
        .values_list(
            "claim_id",
            "published_revision__claim_as_stated",
            "claim__text",
            "published_revision__published_at",
        )
    )
