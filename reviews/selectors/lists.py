"""Claims read as plain values by id, for the rows of the queue page and of `GET /claims/`:
building model instances per row cost more than the page's queries."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db.models import QuerySet

from claims.hooks import claim_flag
from claims.models import Claim
from reviews.outputs import CLAIM_LIST_COLUMNS, CLAIM_LIST_RATING

# What a row of the queue shows, read as plain values: building the five model instances per
# claim (claim, article, assignee, review, rating) cost more CPU than the rest of the page's
# queries together (4.5 ms against 2 ms for these, 25 rows).
QUEUE_ROW_FIELDS = (
    "pk",
    "version",
    "text",
    "claimant",
    "claim_type",
    "checkworthiness",
    "worth_checking",
    "status",
    "due_at",
    "updated_at",
    "article_id",
    "article__title",
    "article__outlet",
    "assignee_id",
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
