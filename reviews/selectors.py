"""Reads for lists and pages: each returns a queryset or value that costs a fixed number
of queries however many rows it covers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

from django.core.cache import cache
from django.db import connection
from django.db.models import (
    Count,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
)
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce, TruncDate
from django.utils import timezone

from claims.hooks import claim_flag
from claims.models import (
    OPEN_STATUSES,
    WORKLOAD_STATUSES,
    Article,
    Claim,
    ClaimStatus,
    due_sort,
)
from reviews.models import Note, Notification, Rating, Review, Source, TimelineEvent

# `due_sort` is `claims.models.due_sort()` (never NULL), annotated by claim_queue(): the API's
# cursor needs a value for every claim, and both orders are indexed (claims migration 0003).
QUEUE_ORDERINGS = {
    "score": ("checkworthiness", "id"),
    "-score": ("-checkworthiness", "id"),
    "due": ("due_sort", "id"),
    "-due": ("-due_sort", "-id"),
    "updated": ("updated_at", "id"),
    "-updated": ("-updated_at", "-id"),
    "created": ("created_at", "id"),
    "-created": ("-created_at", "-id"),
}


def claim_base() -> QuerySet[Claim]:
    """Claims with what every claim view shows, including the likely-duplicate flag."""
    return Claim.objects.select_related(
        "article", "assignee", "review", "review__rating", "updated_by"
    ).annotate(likely_duplicate=claim_flag("likely_duplicate"))


def claim_queue(*, user: Any, filters: dict[str, Any] | None = None) -> QuerySet[Claim]:
    """The claims table: every filter the queue page and `GET /claims/` offer.

    Filter values are already validated (a form or filterset does that); unknown keys are
    ignored.
    """
    filters = filters or {}
    queryset = claim_base().annotate(due_sort=due_sort())
    statuses = filters.get("status")
    if statuses:
        queryset = queryset.filter(
            status__in=[statuses] if isinstance(statuses, str) else list(statuses)
        )
    assignee = filters.get("assignee")
    if assignee == "me":
        queryset = queryset.filter(assignee=user)
    elif assignee == "none":
        queryset = queryset.filter(assignee__isnull=True)
    elif assignee not in (None, ""):
        queryset = queryset.filter(assignee_id=assignee)
    if filters.get("article"):
        queryset = queryset.filter(article_id=filters["article"])
    if filters.get("claim_type"):
        queryset = queryset.filter(claim_type=filters["claim_type"])
    if filters.get("rating"):
        queryset = queryset.filter(review__rating__slug=filters["rating"])
    if filters.get("outlet"):
        queryset = queryset.filter(article__outlet__iexact=filters["outlet"])
    if filters.get("min_score") is not None:
        queryset = queryset.filter(checkworthiness__gte=filters["min_score"])
    if filters.get("max_score") is not None:
        queryset = queryset.filter(checkworthiness__lte=filters["max_score"])
    if filters.get("overdue"):
        queryset = queryset.filter(due_sort__lt=timezone.now(), status__in=WORKLOAD_STATUSES)
    if filters.get("open"):
        queryset = queryset.filter(status__in=OPEN_STATUSES)
    q = (filters.get("q") or "").strip()
    if q:
        queryset = queryset.filter(Q(text__icontains=q) | Q(claimant__icontains=q))
    worth = filters.get("worth_checking")
    if worth is not None:
        queryset = queryset.filter(worth_checking=bool(worth))
    duplicate = filters.get("likely_duplicate")
    if duplicate is True:
        queryset = queryset.filter(claim_flag("likely_duplicate"))
    elif duplicate is False:
        queryset = queryset.exclude(claim_flag("likely_duplicate"))
    ordering = QUEUE_ORDERINGS.get(filters.get("ordering") or "-score", QUEUE_ORDERINGS["-score"])
    return queryset.order_by(*ordering)


def claim_detail(*, pk: int) -> Claim | None:
    return (
        claim_base()
        .prefetch_related(
            Prefetch("sources", queryset=Source.objects.select_related("added_by")),
            Prefetch("notes", queryset=Note.objects.select_related("author")),
        )
        .filter(pk=pk)
        .first()
    )


def claim_timeline(*, claim: Claim) -> QuerySet[TimelineEvent]:
    return (
        TimelineEvent.objects.filter(claim=claim)
        .select_related("actor")
        .order_by("created_at", "id")
    )


def claim_sources(*, claim: Claim) -> QuerySet[Source]:
    return Source.objects.filter(claim=claim).select_related("added_by")


def claim_notes(*, claim: Claim) -> QuerySet[Note]:
    return Note.objects.filter(claim=claim).select_related("author")


def overdue_claims() -> QuerySet[Claim]:
    return (
        claim_base()
        .annotate(due_sort=due_sort())
        .filter(due_sort__lt=timezone.now(), status__in=WORKLOAD_STATUSES)
        .order_by("due_sort", "id")
    )


# The dashboard's counts may be this old: counting a million claims by state reads the whole
# status index (0.1-0.4 s), too much for every page view (benchmarks/queue_page.py).
DASHBOARD_COUNTS_SECONDS = 30


def status_counts() -> dict[str, int]:
    """How many claims are in each state, recomputed at most every DASHBOARD_COUNTS_SECONDS."""

    def count() -> dict[str, int]:
        counts = {status: 0 for status in ClaimStatus.values}
        for row in Claim.objects.values("status").annotate(n=Count("id")).order_by():
            counts[row["status"]] = row["n"]
        return counts

    return _cached("dashboard:status_counts", count)


def extraction_backlog() -> dict[str, int]:
    """Articles per extraction state, recomputed at most every DASHBOARD_COUNTS_SECONDS."""

    def count() -> dict[str, int]:
        rows = Article.objects.values("extraction_status").annotate(n=Count("id")).order_by()
        counts = {"pending": 0, "running": 0, "done": 0, "failed": 0}
        for row in rows:
            counts[row["extraction_status"]] = row["n"]
        return counts

    return _cached("dashboard:extraction_backlog", count)


def _cached(key: str, compute: Callable[[], dict[Any, int]]) -> dict[Any, int]:
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, DASHBOARD_COUNTS_SECONDS)
    return dict(value)


def published_per_day(*, days: int = 30) -> list[tuple[Any, int]]:
    """Claims first published per day over the last `days` days, zero-filled; recomputed at
    most every DASHBOARD_COUNTS_SECONDS (a month of verdicts is tens of thousands of rows).

    A range on `published_at` (which its index serves), not `published_at__date`, which
    computes the date of every review first.
    """
    today = timezone.localdate()
    start = today - timedelta(days=days - 1)

    def count() -> dict[Any, int]:
        since = timezone.make_aware(datetime.combine(start, time.min))
        rows = (
            Review.objects.filter(published_at__gte=since)
            .annotate(day=TruncDate("published_at"))
            .values("day")
            .annotate(n=Count("id"))
            .order_by()
        )
        return {row["day"]: row["n"] for row in rows}

    by_day = _cached(f"dashboard:published_per_day:{start.isoformat()}:{days}", count)
    return [
        (start + timedelta(days=i), by_day.get(start + timedelta(days=i), 0)) for i in range(days)
    ]


def unread_notifications(*, user: Any) -> QuerySet[Notification]:
    return Notification.objects.filter(recipient=user, read_at__isnull=True).select_related("claim")


def ratings_active() -> QuerySet[Rating]:
    return Rating.objects.filter(is_active=True).order_by("order", "id")


# The reviewers with their open claims, and the active ratings, as the queue's selects list
# them may be this old: counting every reviewer's claims reads ~30,000 index entries at a
# million claims (9 ms of SQL, 3 ms of Python, on every queue page). An assignment through
# the services forgets them (forget_filter_choices); other changes of a reviewer's load
# (a claim finished, reopened) show within this many seconds.
FILTER_CHOICES_SECONDS = 10
FILTER_CHOICES_KEY = "queue:filter-choices"


def filter_choices() -> tuple[list[Any], list[tuple[str, str]]]:
    """(reviewers_with_load() as a list, (slug, label) of ratings_active()), read at most
    every FILTER_CHOICES_SECONDS."""
    choices = cache.get(FILTER_CHOICES_KEY)
    if choices is None:
        choices = (
            list(reviewers_with_load()),
            list(ratings_active().values_list("slug", "label")),
        )
        cache.set(FILTER_CHOICES_KEY, choices, FILTER_CHOICES_SECONDS)
    return choices


def forget_filter_choices() -> None:
    cache.delete(FILTER_CHOICES_KEY)


def reviewers_with_load() -> QuerySet[Any]:
    """Active reviewers by name, each with `open_claims`: how many unfinished claims they hold.

    A correlated count per reviewer, answered from the (assignee, status) index: joining and
    aggregating every claim any reviewer ever held took 0.6 s at a million claims.
    """
    from django.contrib.auth import get_user_model

    open_claims = (
        Claim.objects.filter(assignee=OuterRef("pk"), status__in=WORKLOAD_STATUSES)
        .order_by()
        .values("assignee")
        .annotate(n=Count("*"))
        .values("n")
    )
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name="reviewer")
        .annotate(open_claims=Coalesce(Subquery(open_claims, output_field=IntegerField()), 0))
        .order_by("username")
    )


def has_published_revision() -> Exists:
    from reviews.models import VerdictRevision

    return Exists(VerdictRevision.objects.filter(review__claim=OuterRef("pk")))


# --- reads for the web pages (articles list, reader, notifications) ---------------------------


def articles_with_counts() -> QuerySet[Article]:
    """Articles with how many claims each holds, how many are still open and published."""
    return (
        Article.objects.select_related("created_by")
        .annotate(
            claim_count=Count("claims"),
            open_count=Count("claims", filter=Q(claims__status__in=OPEN_STATUSES)),
            published_count=Count("claims", filter=Q(claims__status=ClaimStatus.PUBLISHED)),
        )
        .order_by("-created_at", "-id")
    )


def article_claims(*, article: Article) -> QuerySet[Claim]:
    """Every claim marked in one article, in reading order, with its verdict."""
    return (
        Claim.objects.filter(article=article)
        .select_related("assignee", "review", "review__rating")
        .order_by("span_start", "-span_end", "id")
    )


def notifications_recent(*, user: Any, limit: int = 50) -> QuerySet[Notification]:
    """A user's latest notifications, unread first."""
    return (
        Notification.objects.filter(recipient=user)
        .select_related("claim")
        .order_by(F("read_at").desc(nulls_first=True), "-created_at", "-id")[:limit]
    )


def claim_workspace(*, pk: int) -> Claim | None:
    """One claim with everything its workspace page shows, in a fixed number of queries."""
    return (
        claim_base()
        .select_related(
            "article__created_by",
            "review__author",
            "review__approver",
            "review__updated_by",
            "duplicate_of",
        )
        .prefetch_related(
            Prefetch("sources", queryset=Source.objects.select_related("added_by")),
            Prefetch("notes", queryset=Note.objects.select_related("author")),
            Prefetch("duplicates", queryset=Claim.objects.only("id", "text", "duplicate_of_id")),
        )
        .filter(pk=pk)
        .first()
    )


def outlets(*, limit: int = 500) -> list[str]:
    """The outlets articles came from, for filter suggestions; recomputed at most every
    DASHBOARD_COUNTS_SECONDS (reading them walks the outlet index of every article)."""
    key = f"queue:outlets:{limit}"
    names = cache.get(key)
    if names is None:
        names = list(
            Article.objects.exclude(outlet="")
            .order_by("outlet")
            .values_list("outlet", flat=True)
            .distinct()[:limit]
        )
        cache.set(key, names, DASHBOARD_COUNTS_SECONDS)
    return list(names)


def claim_matches(*, claim: Claim) -> list[Any]:
    """Suggested earlier claims and verdicts for a claim, best first, with their verdicts.

    Rejected pairs are left out; a confirmed one stays (marked) so the page can say so.
    """
    from reviews.models import ClaimMatch

    return list(
        ClaimMatch.objects.filter(claim=claim, rejected=False)
        .select_related(
            "matched_claim__article",
            "matched_claim__review__rating",
            "matched_claim__review__author",
            "external__rating",
        )
        .order_by("-score", "id")[:20]
    )


def claim_is_likely_duplicate(*, claim: Claim) -> bool:
    """The likely-duplicate flag of one claim read without `claim_base()`."""
    return Claim.objects.filter(pk=claim.pk).filter(claim_flag("likely_duplicate")).exists()


# --- the queue page at a million claims (measured by benchmarks/queue_page.py) -----------------

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
    counted = queryset.order_by().values("pk")[: QUEUE_COUNT_CAP + 1]
    sql, params = counted.query.sql_with_params()
    # Django's own SQL for the filters; their values stay parameters.
    capped_count = RawSQL(  # noqa: S611
        f"SELECT COUNT(*) FROM ({sql}) capped",  # noqa: S608
        params,
        output_field=IntegerField(),
    )
    offset = (number - 1) * per_page
    rows = list(
        queryset.annotate(capped_count=capped_count).values_list("pk", "capped_count")[
            offset : offset + per_page + 1
        ]
    )
    n = rows[0][1] if rows else 0
    return [pk for pk, _ in rows], min(n, QUEUE_COUNT_CAP), n > QUEUE_COUNT_CAP


# What a row of the queue shows, read as plain values: building the five model instances per
# claim (claim, article, assignee, review, rating) cost more CPU than the rest of the page's
# queries together (4.5 ms against 2 ms for these, 25 rows).
QUEUE_ROW_FIELDS = (
    "pk",
    "text",
    "claimant",
    "claim_type",
    "checkworthiness",
    "worth_checking",
    "status",
    "due_at",
    "updated_at",
    "article__outlet",
    "assignee__username",
    "review__rating_id",
    "review__rating__label",
    "review__rating__description",
)


def claim_queue_rows(*, ids: list[int]) -> list[dict[str, Any]]:
    """The queue page's rows by id, in the order given: dicts with QUEUE_ROW_FIELDS and
    `likely_duplicate`."""
    return claim_values_by_id(ids=ids, fields=QUEUE_ROW_FIELDS)


# What `GET /claims/` lists, read as plain values: ClaimSerializer's fields without model
# instances (a page of 25 built five model instances per claim and walked every serializer
# field for each). The verdict's rating and the likely-duplicate flag come from the same
# query; article and assignee are ids. claims.api.claim_list_items turns them into items.
CLAIM_LIST_COLUMNS = (
    "id",
    "article_id",
    "text",
    "span_start",
    "span_end",
    "claimant",
    "claim_type",
    "checkworthiness",
    "worth_checking",
    "reasons",
    "status",
    "assignee_id",
    "due_at",
    "version",
    "duplicate_of_id",
    "origin",
    "priority",
    "likely_duplicate",
    "created_at",
    "updated_at",
)
CLAIM_LIST_RATING = {
    "rating_slug": F("review__rating__slug"),
    "rating_label": F("review__rating__label"),
    "rating_value": F("review__rating__value"),
}


def claim_list_values(queryset: QuerySet[Claim], *also: str) -> QuerySet[Any]:
    """`queryset` (from claim_queue, which annotates `likely_duplicate`) as the API list's
    rows, plus the columns `also` (the cursor's position)."""
    extra = [name for name in also if name not in CLAIM_LIST_COLUMNS]
    return queryset.values(*CLAIM_LIST_COLUMNS, *extra, **CLAIM_LIST_RATING)


def claim_list_rows(*, ids: list[int]) -> list[dict[str, Any]]:
    """The API list's rows (claim_list_values) by id, in the order given."""
    return claim_values_by_id(ids=ids, fields=CLAIM_LIST_COLUMNS, **CLAIM_LIST_RATING)


def claim_values_by_id(
    *, ids: list[int], fields: Sequence[str], **expressions: Any
) -> list[dict[str, Any]]:
    """Claims by id as dicts of `fields` (`pk` or `id` among them), `likely_duplicate` and
    `expressions`, in the order of `ids`. Read by primary key, so the filters and the order
    that chose the page stay out of this query, whose plan is the page's."""
    key = "pk" if "pk" in fields else "id"
    if "likely_duplicate" not in fields:
        fields = (*fields, "likely_duplicate")
    rows = {
        row[key]: row
        for row in Claim.objects.filter(pk__in=ids)
        .annotate(likely_duplicate=claim_flag("likely_duplicate"))
        .order_by()  # the order of `ids`, not the model's
        .values(*fields, **expressions)
    }
    return [rows[pk] for pk in ids if pk in rows]


def count_capped(queryset: QuerySet[Any], *, cap: int) -> tuple[int, bool]:
    """How many rows `queryset` holds, counting no further than `cap`: `(count, capped)`."""
    n = queryset.order_by().values("pk")[: cap + 1].count()
    return min(n, cap), n > cap


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
    if connection.vendor != "postgresql" or end > QUEUE_SEARCH_WINDOW:
        return list(queryset.values_list("pk", flat=True)[offset:end])
    names = QUEUE_ORDERINGS.get(filters.get("ordering") or "-score", QUEUE_ORDERINGS["-score"])
    rare_first = [
        Coalesce(F(n.lstrip("-")), F(n.lstrip("-"))).desc()
        if n.startswith("-")
        else Coalesce(F(n), F(n)).asc()
        for n in names
    ]
    rare, rare_params = (
        queryset.order_by(*rare_first).values_list("pk", flat=True)[offset:end].query
    ).sql_with_params()
    window, window_params = _search_window_sql(
        user=user, filters=filters, offset=offset, limit=end - offset
    )
    # Both in one statement: PostgreSQL runs the sort of every match (an InitPlan) only when
    # the CASE needs it, as the second of two queries did before.
    sql = (
        "SELECT CASE WHEN cardinality(s.ids) = %s OR s.n < %s THEN s.ids "  # noqa: S608
        f"ELSE ARRAY({rare}) END FROM ({window}) AS s(n, ids)"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [end - offset, QUEUE_SEARCH_WINDOW, *rare_params, *window_params])
        (ids,) = cursor.fetchone()
    return list(ids)


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
    if connection.vendor != "postgresql" or not (filters.get("q") or "").strip():
        return False
    window, ids = _search_window(user=user, filters=filters, offset=0, limit=per_page + 1)
    return len(ids) <= per_page and window >= QUEUE_SEARCH_WINDOW


def _search_window(
    *, user: Any, filters: dict[str, Any], offset: int, limit: int
) -> tuple[int, list[int]]:
    """How many claims the window holds, and the ids of its matches from `offset`.

    One query whose subquery with LIMIT (the window) cannot be planned any other way.
    """
    sql, params = _search_window_sql(user=user, filters=filters, offset=offset, limit=limit)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        window, ids = cursor.fetchone()
    return int(window), list(ids)


def _search_window_sql(
    *, user: Any, filters: dict[str, Any], offset: int, limit: int
) -> tuple[str, list[Any]]:
    """The SQL of _search_window(), which selects one row: (window size, ids array)."""
    names = QUEUE_ORDERINGS.get(filters.get("ordering") or "-score", QUEUE_ORDERINGS["-score"])
    columns = [name.lstrip("-") for name in names]
    best = claim_queue(user=user, filters={**filters, "q": ""}).values(
        "pk", "text", "claimant", *[c for c in columns if c != "id"]
    )[:QUEUE_SEARCH_WINDOW]
    inner, params = best.query.sql_with_params()
    quote = connection.ops.quote_name
    order = ", ".join(
        f"w.{quote('pk' if c == 'id' else c)} {'DESC' if n.startswith('-') else 'ASC'}"
        for c, n in zip(columns, names, strict=True)
    )
    pattern = f"%{connection.ops.prep_for_like_query(filters['q'].strip())}%"
    # Django's own SQL for the window, column names from QUEUE_ORDERINGS; the search text
    # is a parameter, as `icontains` would send it.
    sql = (
        f"WITH w AS MATERIALIZED ({inner}) "  # noqa: S608
        "SELECT (SELECT COUNT(*) FROM w), ARRAY("
        "SELECT w.pk FROM w WHERE UPPER(w.text::text) LIKE UPPER(%s) "
        "OR UPPER(w.claimant::text) LIKE UPPER(%s) "
        f"ORDER BY {order} LIMIT %s OFFSET %s)"
    )
    return sql, [*params, pattern, pattern, limit, offset]
