"""The public site's raw SQL: a page of search results found whichever way is cheaper."""

from __future__ import annotations

from typing import Any

from django.db import connection
from django.db.models import F, QuerySet
from django.db.models.functions import Coalesce

# A search first looks among this many public verdicts, the newest under the other filters
# (see search_page).
SEARCH_WINDOW = 2000


def plans_search(end: int) -> bool:
    """Whether a search page ending at row `end` is planned here (PostgreSQL, within the
    window) rather than left to the ORM's query as it is."""
    return connection.vendor == "postgresql" and end <= SEARCH_WINDOW


def search_page(
    queryset: QuerySet[Any],
    matching: QuerySet[Any],
    words: str,
    order: tuple[str, str],
    start: int,
    end: int,
) -> QuerySet[Any]:
    """`queryset` (public verdicts under the other filters) narrowed to rows `start`-`end`
    of its matches for `words` in `order`; `matching` is `queryset` filtered by the words
    through the trigram indexes. One query in all.

    A common word is found fastest by walking the newest verdicts until a page matches, a
    rare one by sorting its few matches from the trigram indexes; PostgreSQL picks by its
    estimate of how many verdicts match, which for a phrase can be far off (at 100,000:
    "wages", 3,454 matches all joined and sorted, 140 ms; a rare word walked every
    verdict, 0.5-1 s). So, as the claim queue does (reviews.queries): the matches among
    the SEARCH_WINDOW newest verdicts, in a subquery with LIMIT that cannot be planned
    otherwise and is read only until a page matches; when they fill the page, that is the
    page; otherwise every match sorted in an order no index gives (so that they come from
    the trigram indexes), run only then (an InitPlan under a CASE)."""
    descending = order[0].startswith("-")
    direction = "DESC" if descending else "ASC"
    window = (
        queryset.order_by(*order)
        .annotate(
            w_stated=F("published_revision__claim_as_stated"),
            w_summary=F("published_revision__summary"),
            w_text=F("claim__text"),
        )
        .values_list("id", "published_at", "w_stated", "w_summary", "w_text")[:SEARCH_WINDOW]
    )
    window_sql, window_params = window.query.sql_with_params()
    unordered = Coalesce(F("published_at"), F("published_at"))
    rare = matching.order_by(
        unordered.desc() if descending else unordered.asc(), order[1]
    ).values_list("id", flat=True)[start:end]
    rare_sql, rare_params = rare.query.sql_with_params()
    pattern = f"%{connection.ops.prep_for_like_query(words)}%"
    # Django's own SQL for the window and the rare case; the words are a parameter, as
    # `icontains` sends them. The window's rows come sorted and its LIMIT keeps the match
    # out of it, so a common word stops after a few hundred rows.
    ids = (
        "SELECT CASE WHEN cardinality(s.ids) = %s THEN s.ids "  # noqa: S608
        f"ELSE ARRAY({rare_sql}) END FROM (SELECT ARRAY("
        f"SELECT w.id FROM ({window_sql}) w WHERE UPPER(w.w_stated) LIKE UPPER(%s) "
        "OR UPPER(w.w_summary) LIKE UPPER(%s) OR UPPER(w.w_text) LIKE UPPER(%s) "
        f"ORDER BY w.published_at {direction}, w.id {direction} LIMIT %s OFFSET %s)"
        " OFFSET 0) AS s(ids)"  # (OFFSET 0: the CASE reads s.ids twice; run it once)
    )
    params = [end - start, *rare_params, *window_params]
    params += [pattern, pattern, pattern, end - start, start]
    return queryset.extra(  # noqa: S610 - Django's SQL and constants; values are parameters
        # (an array expression, not a set: the CASE gives one row holding the ids)
        where=[f'"reviews_review"."id" = ANY(CAST(({ids}) AS bigint[]))'],
        params=params,
    )
