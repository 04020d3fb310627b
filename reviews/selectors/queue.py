"""The claim queue: every claim view's base read, the queue's filters and orders, and the
choices its filters offer."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db.models import Count, IntegerField, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from claims.hooks import claim_flag
from claims.models import OPEN_STATUSES, WORKLOAD_STATUSES, Claim, due_sort
from reviews.models import Rating

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


def overdue_claims() -> QuerySet[Claim]:
    return (
        claim_base()
        .annotate(due_sort=due_sort())
        .filter(due_sort__lt=timezone.now(), status__in=WORKLOAD_STATUSES)
        .order_by("due_sort", "id")
    )


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
