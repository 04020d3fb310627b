"""Reads for lists and pages: each returns a queryset or value that costs a fixed number
of queries however many rows it covers."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q, QuerySet
from django.db.models.functions import TruncDate
from django.utils import timezone

from claims.models import OPEN_STATUSES, WORKLOAD_STATUSES, Article, Claim, ClaimStatus
from reviews.models import Note, Notification, Rating, Review, Source, TimelineEvent

QUEUE_ORDERINGS = {
    "score": ("checkworthiness", "id"),
    "-score": ("-checkworthiness", "id"),
    "due": ("due_at", "id"),
    "-due": ("-due_at", "-id"),
    "updated": ("updated_at", "id"),
    "-updated": ("-updated_at", "-id"),
    "created": ("created_at", "id"),
    "-created": ("-created_at", "-id"),
}


def claim_base() -> QuerySet[Claim]:
    return Claim.objects.select_related(
        "article", "assignee", "review", "review__rating", "updated_by"
    )


def claim_queue(*, user: Any, filters: dict[str, Any] | None = None) -> QuerySet[Claim]:
    """The claims table: every filter the queue page and `GET /claims/` offer.

    Filter values are already validated (a form or filterset does that); unknown keys are
    ignored.
    """
    filters = filters or {}
    queryset = claim_base()
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
        queryset = queryset.filter(due_at__lt=timezone.now(), status__in=WORKLOAD_STATUSES)
    if filters.get("open"):
        queryset = queryset.filter(status__in=OPEN_STATUSES)
    q = (filters.get("q") or "").strip()
    if q:
        queryset = queryset.filter(Q(text__icontains=q) | Q(claimant__icontains=q))
    if filters.get("likely_duplicate"):
        queryset = queryset.filter(likely_duplicate_flag())
    ordering = QUEUE_ORDERINGS.get(filters.get("ordering") or "-score", QUEUE_ORDERINGS["-score"])
    return queryset.annotate(likely_duplicate=likely_duplicate_flag()).order_by(*ordering)


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
        .filter(due_at__lt=timezone.now(), status__in=WORKLOAD_STATUSES)
        .order_by("due_at", "id")
    )


def status_counts() -> dict[str, int]:
    counts = {status: 0 for status in ClaimStatus.values}
    for row in Claim.objects.values("status").annotate(n=Count("id")).order_by():
        counts[row["status"]] = row["n"]
    return counts


def extraction_backlog() -> dict[str, int]:
    rows = Article.objects.values("extraction_status").annotate(n=Count("id")).order_by()
    counts = {"pending": 0, "running": 0, "done": 0, "failed": 0}
    for row in rows:
        counts[row["extraction_status"]] = row["n"]
    return counts


def published_per_day(*, days: int = 30) -> list[tuple[Any, int]]:
    """Claims first published per day over the last `days` days, zero-filled."""
    today = timezone.localdate()
    start = today - timedelta(days=days - 1)
    rows = (
        Review.objects.filter(published_at__date__gte=start)
        .annotate(day=TruncDate("published_at"))
        .values("day")
        .annotate(n=Count("id"))
        .order_by()
    )
    by_day = {row["day"]: row["n"] for row in rows}
    return [
        (start + timedelta(days=i), by_day.get(start + timedelta(days=i), 0)) for i in range(days)
    ]


def unread_notifications(*, user: Any) -> QuerySet[Notification]:
    return Notification.objects.filter(recipient=user, read_at__isnull=True).select_related("claim")


def ratings_active() -> QuerySet[Rating]:
    return Rating.objects.filter(is_active=True).order_by("order", "id")


def reviewers_with_load() -> QuerySet[Any]:
    from django.contrib.auth import get_user_model

    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name="reviewer")
        .annotate(
            open_claims=Count(
                "assigned_claims", filter=Q(assigned_claims__status__in=WORKLOAD_STATUSES)
            )
        )
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
    """The outlets articles came from, for filter suggestions."""
    return list(
        Article.objects.exclude(outlet="")
        .order_by("outlet")
        .values_list("outlet", flat=True)
        .distinct()[:limit]
    )


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


def likely_duplicate_flag() -> Exists:
    """True for claims with an undecided match at or above MATCH_DUPLICATE_SCORE."""
    from django.conf import settings

    from reviews.models import ClaimMatch

    return Exists(
        ClaimMatch.objects.filter(
            claim=OuterRef("pk"),
            rejected=False,
            confirmed=False,
            score__gte=settings.MATCH_DUPLICATE_SCORE,
        )
    )


# --- the queue and dashboard at a million claims (measured by benchmarks/queue_page.py) ------------

QUEUE_COUNT_CAP = 1000


def count_capped(queryset: QuerySet[Any], *, cap: int = QUEUE_COUNT_CAP) -> tuple[int, bool]:
    """How many rows `queryset` holds, counting no further than `cap`: `(count, capped)`.

    An exact COUNT(*) reads every matching row (about 0.1 s for a million claims, 0.4 s
    for a common search word); stopping at `cap` reads at most `cap + 1`, so a page can
    say "1,000+ claims" in a few milliseconds.
    """
    n = queryset.order_by().values("pk")[: cap + 1].count()
    return min(n, cap), n > cap


# Text search first looks for matches among this many best claims (under the other
# filters and the chosen order); see claim_queue_page.
QUEUE_SEARCH_WINDOW = 2000


def claim_queue_count(
    *, user: Any, filters: dict[str, Any] | None = None, cap: int = QUEUE_COUNT_CAP
) -> tuple[int, bool]:
    """How many claims the queue holds for these filters, up to `cap`: `(count, capped)`."""
    return count_capped(claim_queue(user=user, filters=filters), cap=cap)


def claim_queue_page(
    *, user: Any, filters: dict[str, Any] | None = None, offset: int = 0, limit: int = 25
) -> list[Claim]:
    """One page of `claim_queue(user=..., filters=...)` in two or three short queries.

    First the page's ids alone: with an index on the order (migration claims 0002) that is
    an index-only walk however far the offset, where one query with OFFSET would join and
    fetch every row it skips (page 400 = 10,000 rows). Then those rows with their joins.

    With a search (`q`), the ids come in up to two steps, each bounded: the matches among
    the QUEUE_SEARCH_WINDOW best claims, which is the answer whenever they fill the page
    (a common word); otherwise every match, from the trigram index, sorted (a rare word).
    Left to itself, the planner may walk the order's index row by row through the whole
    table looking for a rare word (0.2-2 s at a million claims).
    """
    filters = filters or {}
    queryset = claim_queue(user=user, filters=filters)
    ids = _queue_page_ids(queryset, user=user, filters=filters, offset=offset, limit=limit)
    if not ids:
        return []
    rows = {claim.pk: claim for claim in queryset.order_by().filter(pk__in=ids)}
    return [rows[pk] for pk in ids if pk in rows]


def _queue_page_ids(
    queryset: QuerySet[Claim], *, user: Any, filters: dict[str, Any], offset: int, limit: int
) -> list[int]:
    from django.db.models.functions import Coalesce

    end = offset + limit
    if not (filters.get("q") or "").strip() or end > QUEUE_SEARCH_WINDOW:
        return list(queryset.values_list("pk", flat=True)[offset:end])
    best = claim_queue(user=user, filters={**filters, "q": ""}).values("pk")[:QUEUE_SEARCH_WINDOW]
    ids = list(queryset.filter(pk__in=best).values_list("pk", flat=True)[offset:end])
    if len(ids) == limit:
        return ids
    # Few matches: sort all of them. The same order, on expressions no index provides, so
    # the planner fetches the matches from the trigram index instead of walking an order.
    names = QUEUE_ORDERINGS.get(filters.get("ordering") or "-score", QUEUE_ORDERINGS["-score"])
    ordering = [
        Coalesce(F(name[1:]), F(name[1:])).desc()
        if name.startswith("-")
        else Coalesce(F(name), F(name)).asc()
        for name in names
    ]
    return list(queryset.order_by(*ordering).values_list("pk", flat=True)[offset:end])


def reviewers_with_load_indexed() -> QuerySet[Any]:
    """`reviewers_with_load()` counting each reviewer's open claims in a subquery.

    The join-and-count form aggregates every claim any reviewer ever held (0.6 s at a
    million claims); a correlated count is answered from the (assignee, status) index.
    """
    from django.contrib.auth import get_user_model
    from django.db.models import IntegerField, Subquery
    from django.db.models.functions import Coalesce

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


DASHBOARD_COUNTS_SECONDS = 30


def status_counts_cached(*, seconds: int = DASHBOARD_COUNTS_SECONDS) -> dict[str, int]:
    """`status_counts()`, recomputed at most every `seconds` per cache.

    Counting a million claims by state reads the whole status index (0.1-0.4 s); the
    dashboard's cards can be half a minute old.
    """
    from django.core.cache import cache

    counts = cache.get("dashboard:status_counts")
    if counts is None:
        counts = status_counts()
        cache.set("dashboard:status_counts", counts, seconds)
    return dict(counts)


def extraction_backlog_cached(*, seconds: int = DASHBOARD_COUNTS_SECONDS) -> dict[str, int]:
    """`extraction_backlog()`, recomputed at most every `seconds` per cache."""
    from django.core.cache import cache

    counts = cache.get("dashboard:extraction_backlog")
    if counts is None:
        counts = extraction_backlog()
        cache.set("dashboard:extraction_backlog", counts, seconds)
    return dict(counts)


def published_per_day_indexed(*, days: int = 30) -> list[tuple[Any, int]]:
    """`published_per_day()` with a range filter on `published_at` that its index serves
    (filtering on `published_at__date` computes the date of every review first)."""
    from datetime import datetime, time

    today = timezone.localdate()
    start = today - timedelta(days=days - 1)
    since = timezone.make_aware(datetime.combine(start, time.min))
    rows = (
        Review.objects.filter(published_at__gte=since)
        .annotate(day=TruncDate("published_at"))
        .values("day")
        .annotate(n=Count("id"))
        .order_by()
    )
    by_day = {row["day"]: row["n"] for row in rows}
    return [
        (start + timedelta(days=i), by_day.get(start + timedelta(days=i), 0)) for i in range(days)
    ]
