"""One claim and what its pages show (the workspace, the API's detail, timeline, sources
and notes), and the claims of an article as its reader shows them."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from claims.hooks import claim_flag
from claims.models import Article, Claim
from reviews.models import Note, Source, TimelineEvent
from reviews.selectors.queue import claim_base


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


def claim_is_likely_duplicate(*, claim: Claim) -> bool:
    """The likely-duplicate flag of one claim read without `claim_base()`."""
    return Claim.objects.filter(pk=claim.pk).filter(claim_flag("likely_duplicate")).exists()


def article_claims(*, article: Article) -> QuerySet[Claim]:
    """Every claim marked in one article, in reading order, with its verdict."""
    return (
        Claim.objects.filter(article=article)
        .select_related("assignee", "review", "review__rating")
        .order_by("span_start", "-span_end", "id")
    )


def source_claim_id(*, pk: int) -> int | None:
    """The claim a source belongs to (one query), or None when there is no such source."""
    return Source.objects.filter(pk=pk).values_list("claim_id", flat=True).first()
