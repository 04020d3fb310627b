"""Who may read what, where, and the stamps a conditional GET answers from (one cheap
query each, compiled once: core.prepared)."""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db.models import Count, QuerySet, Subquery, Value
from django.urls import get_script_prefix, reverse

from core.prepared import PreparedRead
from reviews.export import (
    EXPORTED_STATUSES,
    factcheck_url,
)
from reviews.export.sql import NotIndexed
from reviews.models import Rating, Review


def published_reviews() -> QuerySet[Review]:
    """Reviews with a published revision whose claim is published or being corrected."""
    return Review.objects.alias(claim_status=NotIndexed("claim__status")).filter(
        claim_status__in=EXPORTED_STATUSES, published_revision__isnull=False
    )


def local_path(claim_id: int, stated: str) -> str:
    """`/checks/<id>/<slug>/`: the canonical path on this site, with the slug the export
    gives the claim as stated in its public URL (`factcheck_url`)."""
    return factcheck_url(claim_id, stated, _detail_pattern(get_script_prefix()))


@functools.lru_cache(maxsize=8)
def _detail_pattern(prefix: str) -> str:
    # The detail URL reversed once per script prefix, as a `factcheck_url` pattern: a page
    # of /checks/ reversed it for every entry.
    path = reverse("publishing:detail", args=[918273645, "slug918273645"])
    return path.replace("slug918273645", "{slug}").replace("918273645", "{id}")


def _etag(*parts: Any) -> str:
    basis = "|".join(str(part) for part in parts)
    return '"' + hashlib.sha256(basis.encode("utf-8")).hexdigest()[:32] + '"'


# --- conditional GET: one cheap query each -----------------------------------------------------


@dataclass(frozen=True)
class Stamp:
    """What a conditional GET needs: the last change and an entity tag."""

    last_modified: datetime | None
    etag: str | None
    # What the entity tag says of the data, without the query it also holds.
    version: str = ""


def _scale_changed() -> Subquery:
    """The rating scale's last change, for a stamp: every page shows a rating's label or
    definition, or lists the ratings."""
    return Subquery(Rating.objects.order_by("-updated_at").values("updated_at")[:1])


def _scale_size() -> Subquery:
    """How many ratings there are (a deleted one changes no `updated_at`)."""
    ratings = Rating.objects.order_by().annotate(one=Value(1)).values("one")
    return Subquery(ratings.annotate(n=Count("pk")).values("n"))


_SITE_STAMP = PreparedRead(
    lambda: (
        published_reviews()
        .order_by("-updated_at")
        .annotate(scale_changed=_scale_changed(), scale_size=_scale_size())
        .values_list("updated_at", "scale_changed", "scale_size")[:1]
    ),
    arity=0,
)


def site_stamp(query: str = "") -> Stamp:
    """The latest change to any public verdict (one ORDER BY … LIMIT 1 on the review's
    updated_at index) or to the rating scale, for the list, the feed and the sitemap;
    `query` (the filters) goes into the entity tag. None while nothing is public."""
    found = _SITE_STAMP.rows()
    latest, scale_changed, size = found[0] if found else (None, None, 0)
    last = max((t for t in (latest, scale_changed) if t is not None), default=None)
    version = f"{last.isoformat() if last else '-'}|{size}"
    return Stamp(last, _etag("site", version, query), version)


@dataclass(frozen=True)
class DetailStamp:
    claim_id: int
    path: str
    last_modified: datetime
    etag: str


_DETAIL_STAMP = PreparedRead(
    lambda claim_id: (
        published_reviews()
        .filter(claim_id=claim_id)
        .annotate(scale_changed=_scale_changed(), scale_size=_scale_size())
        .values_list(
            "published_revision__claim_as_stated",
            "claim__text",
            "scale_size",
            "updated_at",
            "claim__updated_at",
            "claim__article__updated_at",
            "scale_changed",
        )[:1]
    )
)


def detail_stamp(claim_id: int) -> DetailStamp | None:
    """The canonical path and last change of a public fact-check, or None (404): the last
    change to its review, claim, article or the rating scale. The review's `updated_at`
    also moves when a copy of a source is archived or a claim is merged into this one
    (reviews.services.review_mark_changed)."""
    found = _DETAIL_STAMP.rows(claim_id)
    if not found:
        return None
    stated, text, size, *changes = found[0]
    last = max(change for change in changes if change is not None)
    return DetailStamp(
        claim_id,
        local_path(claim_id, stated or text),
        last,
        _etag(claim_id, last.isoformat(), size),
    )
