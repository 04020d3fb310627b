"""The reviews app's statements whose SQL is written by hand or depends on the database.

Services and selectors say what they want ("the claim locked", "the claim with its review
to edit", "the ids of this search page"); how each database is asked lives here, so the
vendor branches and the raw SQL of the app are in one place.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db import connection
from django.db.models import BigIntegerField, F, IntegerField, QuerySet
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce

from claims.models import Claim
from core.errors import NotFound
from reviews.models import Rating, Review

# --- locking reads (the workflow's services) ---------------------------------------------------


def claim_for_update(pk: int, *, related: Sequence[str]) -> Claim:
    """The claim, locked for the transaction, with `related` joined in the same query."""
    try:
        # get(), not first(): no ORDER BY to compile for a primary-key lookup.
        return Claim.objects.select_for_update(of=("self",)).select_related(*related).get(pk=pk)
    except Claim.DoesNotExist:
        raise NotFound(f"Claim {pk} does not exist.") from None


def active_rating_id(slug: str) -> RawSQL:
    """The id of the active rating `slug` names (or NULL), as a column of another query.

    Raw SQL: as a Django Subquery the read that carries it took about 0.5 ms more CPU
    (SQLite), more than this lookup as a statement of its own.
    """
    quote = connection.ops.quote_name
    sql = (
        f"SELECT {quote('id')} FROM {quote(Rating._meta.db_table)} "  # noqa: S608
        f"WHERE {quote('slug')} = %s AND {quote('is_active')}"
    )
    # The slug is a parameter; the SQL holds only names quoted from the model.
    return RawSQL(sql, [slug], output_field=BigIntegerField())  # noqa: S611


# What a review save reads of the review, after the claim's status and assignee: every
# column but the id (always read), created_at and the published-revision link, which a save
# never looks at; fewer columns to compile and load than whole rows.
REVIEW_READ = [
    f"review__{field.attname}"
    for field in Review._meta.concrete_fields
    if field.name not in ("id", "created_at", "published_revision")
]


def review_to_edit(pk: int, *, slug: str | None) -> tuple[Claim, Review | None, int | None]:
    """The claim, locked for the transaction; its review with its rating, locked too, or
    None when it has none; and the id of the active rating `slug` names, if any.

    SQLite has no row locks: a transaction holds the database's write lock from its first
    statement (BEGIN IMMEDIATE; a deferred one could not commit over a concurrent write),
    so one statement reads the claim with its review there. PostgreSQL reads the review
    once the claim's lock is granted: a join in the locking statement could return the
    review as it was before the writer that held the lock committed.
    """
    lookup = {"new_rating_id": active_rating_id(slug)} if slug else {}
    if connection.vendor == "sqlite":
        try:
            claim = (
                Claim.objects.select_related("review__rating")
                .only("status", "assignee_id", "text", *REVIEW_READ, "review__rating__slug")
                .annotate(**lookup)
                .get(pk=pk)
            )
        except Claim.DoesNotExist:
            raise NotFound(f"Claim {pk} does not exist.") from None
        try:
            review: Review | None = claim.review
        except Review.DoesNotExist:
            review = None
        return claim, review, getattr(claim, "new_rating_id", None)
    claim = claim_for_update(pk, related=())
    queryset = Review.objects.select_for_update(of=("self",)).select_related("rating")
    try:
        review = queryset.annotate(**lookup).get(claim=claim)
    except Review.DoesNotExist:
        if not slug:
            return claim, None, None
        found = Rating.objects.filter(slug=slug, is_active=True).values_list("pk", flat=True)
        return claim, None, found.first()
    return claim, review, getattr(review, "new_rating_id", None)


# --- the queue (selectors) ---------------------------------------------------------------------


def count_up_to(queryset: QuerySet[Any], *, cap: int) -> RawSQL:
    """How many rows `queryset` holds, counted no further than `cap + 1`, as a column of
    another query (an uncorrelated subquery: the database runs it once)."""
    counted = queryset.order_by().values("pk")[: cap + 1]
    sql, params = counted.query.sql_with_params()
    # Django's own SQL for the filters; their values stay parameters.
    return RawSQL(  # noqa: S611
        f"SELECT COUNT(*) FROM ({sql}) capped",  # noqa: S608
        params,
        output_field=IntegerField(),
    )


def plans_text_search() -> bool:
    """Whether the queue's text search is planned here rather than by the database.

    PostgreSQL chooses between walking the order's index and sorting the trigram index's
    matches by an estimate that can be off a hundredfold for a phrase (see
    reviews.selectors.search); elsewhere the ORM's query runs as it is.
    """
    return connection.vendor == "postgresql"


def search_page_ids(
    queryset: QuerySet[Claim],
    *,
    window: QuerySet[Any],
    ordering: Sequence[str],
    q: str,
    offset: int,
    limit: int,
    window_size: int,
) -> list[int]:
    """The ids of `queryset` (a text search) from `offset`, at most `limit`, in one
    statement (PostgreSQL): the matches among `window` (the best claims, at most
    `window_size`, as search_window reads them) when they fill the page or the window
    held every claim; otherwise every match, sorted in an order no index provides
    (`ordering` on an expression of each column), so that they come from the trigram
    index."""
    rare_first = [
        Coalesce(F(n.lstrip("-")), F(n.lstrip("-"))).desc()
        if n.startswith("-")
        else Coalesce(F(n), F(n)).asc()
        for n in ordering
    ]
    rare, rare_params = (
        queryset.order_by(*rare_first).values_list("pk", flat=True)[offset : offset + limit].query
    ).sql_with_params()
    window_sql, window_params = _search_window_sql(
        window, ordering=ordering, q=q, offset=offset, limit=limit
    )
    # Both in one statement: PostgreSQL runs the sort of every match (an InitPlan) only when
    # the CASE needs it, as the second of two queries did before.
    sql = (
        "SELECT CASE WHEN cardinality(s.ids) = %s OR s.n < %s THEN s.ids "  # noqa: S608
        f"ELSE ARRAY({rare}) END FROM ({window_sql}) AS s(n, ids)"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [limit, window_size, *rare_params, *window_params])
        (ids,) = cursor.fetchone()
    return list(ids)


def search_window(
    window: QuerySet[Any], *, ordering: Sequence[str], q: str, offset: int, limit: int
) -> tuple[int, list[int]]:
    """How many claims `window` holds, and the ids of its matches for `q` from `offset`
    (at most `limit`), in `ordering`.

    One query whose subquery with LIMIT (the window) cannot be planned any other way.
    """
    sql, params = _search_window_sql(window, ordering=ordering, q=q, offset=offset, limit=limit)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        size, ids = cursor.fetchone()
    return int(size), list(ids)


def _search_window_sql(
    window: QuerySet[Any], *, ordering: Sequence[str], q: str, offset: int, limit: int
) -> tuple[str, list[Any]]:
    """The SQL of search_window(), which selects one row: (window size, ids array).

    `window` selects `pk`, `text`, `claimant` and the columns of `ordering`."""
    columns = [name.lstrip("-") for name in ordering]
    inner, params = window.query.sql_with_params()
    quote = connection.ops.quote_name
    order = ", ".join(
        f"w.{quote('pk' if c == 'id' else c)} {'DESC' if n.startswith('-') else 'ASC'}"
        for c, n in zip(columns, ordering, strict=True)
    )
    pattern = f"%{connection.ops.prep_for_like_query(q.strip())}%"
    # Django's own SQL for the window, column names from the queue's orderings; the search
    # text is a parameter, as `icontains` would send it.
    sql = (
        f"WITH w AS MATERIALIZED ({inner}) "  # noqa: S608
        "SELECT (SELECT COUNT(*) FROM w), ARRAY("
        "SELECT w.pk FROM w WHERE UPPER(w.text::text) LIKE UPPER(%s) "
        "OR UPPER(w.claimant::text) LIKE UPPER(%s) "
        f"ORDER BY {order} LIMIT %s OFFSET %s)"
    )
    return sql, [*params, pattern, pattern, limit, offset]
