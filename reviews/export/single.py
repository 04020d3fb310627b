"""One verdict in one query: the public fact-check page's read.

The export's columns (`rows._MAIN`) and, in the same row, the rating scale and, as JSON,
the writers, the other appearances and the sources' current copies: what a chunk of
`rows.iter_verdict_chunks` reads with four more queries. The Verdict is built by the same
code as the export's, so the page and the export cannot disagree.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from django.db.models import OuterRef, QuerySet, Subquery

from claims.models import Claim
from reviews.export.rows import _MAIN, _REVISION, _build, _remember, _with_iso_dates, iso
from reviews.export.sql import JSONRows, iso_text
from reviews.export.verdicts import Verdict
from reviews.models import Rating, Review, RevisionContributor, Source

# The columns after the export's, in the order `one_verdict` unpacks them.
_ONE = ("scale_best", "scale_worst", "writers_json", "also_json", "copies_json")


def one_verdict_queryset(queryset: QuerySet[Review], **extra: Any) -> QuerySet[Review, Any]:
    """`queryset` (one review) as the single row `one_verdict` reads, on PostgreSQL and
    SQLite; `extra` annotations (a caller's own columns) follow, in the order given."""
    scale = Rating.objects.filter(value__isnull=False).order_by()
    return (
        _with_iso_dates(queryset)
        .annotate(
            scale_best=Subquery(scale.order_by("-value").values("value")[:1]),
            scale_worst=Subquery(scale.order_by("value").values("value")[:1]),
            writers_json=JSONRows(
                RevisionContributor.objects.filter(revision_id=OuterRef("published_revision_id")),
                ["position", "user__username", "user__first_name", "user__last_name"],
            ),
            also_json=JSONRows(
                Claim.objects.filter(duplicate_of_id=OuterRef("claim_id")),
                [
                    "article_id",
                    "article__url",
                    "article__title",
                    "article__outlet",
                    iso_text("article__published_at"),
                ],
            ),
            copies_json=JSONRows(
                Source.objects.filter(claim_id=OuterRef("claim_id")).exclude(archived_url=""),
                ["id", "url", "archived_url"],
            ),
            **extra,
        )
        .values_list(*_MAIN, *_ONE, *extra)
    )


def one_verdict(row: Sequence[Any]) -> tuple[Verdict, tuple[Any, ...]]:
    """The Verdict of a row of `one_verdict_queryset`, made as a chunk's are (without the
    superseded revisions: `revisions` is empty), and the row's `extra` columns."""
    main, (best, worst, writers_json, also_json, copies_json) = (
        tuple(row[: len(_MAIN)]),
        row[len(_MAIN) : len(_MAIN) + len(_ONE)],
    )
    claim_id, revision_id = main[1], main[_REVISION]
    people: dict[tuple[Any, ...], str | None] = {}
    names = [
        name
        for _, username, first, last in sorted(json.loads(writers_json))
        if (name := _remember(people, username, first, last)) is not None
    ]
    # As the chunk's query orders them: by the article's date (undated last), then its id.
    others = sorted(json.loads(also_json), key=lambda a: (a[4] is None, a[4] or "", a[0]))
    also = {
        claim_id: [
            (other, (url or None, title, outlet, iso(date)))
            for other, url, title, outlet, date in others
        ]
    }
    copies = {claim_id: {url: archived for _, url, archived in sorted(json.loads(copies_json))}}
    credits = {revision_id: tuple(names)} if names else {}
    [verdict] = _build([main], best, worst, people, credits, also, {}, copies)
    return verdict, tuple(row[len(_MAIN) + len(_ONE) :])
