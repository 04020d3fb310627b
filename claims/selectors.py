"""Reads of articles and claims alone (no workflow), for lists and filters."""

from __future__ import annotations

from django.core.cache import cache
from django.db.models import Count, Q, QuerySet

from claims.models import OPEN_STATUSES, Article, ClaimStatus

# The outlets may be this old (as the dashboard's counts): reading them walks the outlet
# index of every article.
OUTLETS_SECONDS = 30


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


def outlets(*, limit: int = 500) -> list[str]:
    """The outlets articles came from, for filter suggestions; recomputed at most every
    OUTLETS_SECONDS."""
    key = f"queue:outlets:{limit}"
    names = cache.get(key)
    if names is None:
        names = list(
            Article.objects.exclude(outlet="")
            .order_by("outlet")
            .values_list("outlet", flat=True)
            .distinct()[:limit]
        )
        cache.set(key, names, OUTLETS_SECONDS)
    return list(names)
