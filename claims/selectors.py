"""Reads of articles and claims alone (no workflow), for lists and filters."""

from __future__ import annotations

from typing import Any

from django.core.cache import cache
from django.db.models import Count, Q, QuerySet

from claims.models import OPEN_STATUSES, Article, ClaimStatus, ImportJob
from core import roles
from core.errors import Forbidden, NotFound

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


def import_job_for(*, job_id: int, user: Any) -> ImportJob:
    """An import job as `user` may read it: its submitter, an editor or an admin (Forbidden
    for anyone else, NotFound when there is no such job). One query."""
    job = ImportJob.objects.select_related("submitted_by").filter(pk=job_id).first()
    if job is None:
        raise NotFound(f"There is no import job {job_id}.")
    if job.submitted_by_id != user.pk and not roles.is_editor(user):
        raise Forbidden("Only its submitter, an editor or an admin can read an import job.")
    return job
