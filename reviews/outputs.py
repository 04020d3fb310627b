"""What the API's claim and review items hold, declared once.

ClaimSerializer and ReviewSerializer list these fields; the fast paths that build the same
items without the serializers (reviews.api.items) and the columns the claim list reads
(`CLAIM_LIST_COLUMNS`, `CLAIM_LIST_RATING`) are derived from them, so adding a field to an
item means adding it here. No REST framework or selectors import: the selectors may import
this module.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import FieldDoesNotExist
from django.db.models import F, Model

from claims.models import Claim

# A claim as the API shows it (ClaimSerializer), in order.
CLAIM_FIELDS = (
    "id",
    "article",
    "text",
    "span_start",
    "span_end",
    "claimant",
    "claim_type",
    "checkworthiness",
    "worth_checking",
    "reasons",
    "status",
    "assignee",
    "due_at",
    "version",
    "duplicate_of",
    "origin",
    "priority",
    "rating",
    "likely_duplicate",
    "allowed_actions",
    "created_at",
    "updated_at",
)
# Worked out from other columns, not read as columns of their own: the verdict's rating
# (CLAIM_LIST_RATING) and what the caller may do (reviews.policy).
CLAIM_COMPUTED = ("rating", "allowed_actions")
# A claim's rating in brief (RatingBriefSerializer), in order.
RATING_BRIEF_FIELDS = ("slug", "label", "value")

# A claim's verdict as the API shows it (ReviewSerializer), in order.
REVIEW_FIELDS = (
    "claim",
    "claim_as_stated",
    "rating",
    "summary",
    "rationale",
    "author",
    "approver",
    "submitted_at",
    "approved_at",
    "published_at",
    "corrected_at",
    "correction_note",
    "version",
    "updated_at",
)


def column(model: type[Model], name: str) -> str:
    """The column a field of `model` is read from (`article` -> `article_id`); a name that
    is not a model field (an annotation such as `likely_duplicate`) as it is."""
    try:
        field: Any = model._meta.get_field(name)
    except FieldDoesNotExist:
        return name
    return str(field.attname)


# What `GET /claims/` reads for each claim (reviews.selectors.claim_list_values): the
# claim's fields as columns, then its verdict's rating as `rating_<field>`.
CLAIM_LIST_COLUMNS = tuple(
    column(Claim, name) for name in CLAIM_FIELDS if name not in CLAIM_COMPUTED
)
CLAIM_LIST_RATING = {f"rating_{name}": F(f"review__rating__{name}") for name in RATING_BRIEF_FIELDS}
