"""Claim and review items built without their serializers, for speed, from the same
declared fields (reviews.api.outputs): a new field reaches both at once, and
tests/api/test_claim_list_items.py and tests/api/test_review_write.py compare each with
its serializer, key for key."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from operator import attrgetter, itemgetter
from typing import Any

from django.conf import settings
from django.db.models import DateTimeField, Model
from django.utils import timezone
from rest_framework import ISO_8601, serializers
from rest_framework.settings import api_settings

from claims.models import Claim
from reviews import policy
from reviews.models import Review
from reviews.outputs import (
    CLAIM_COMPUTED,
    CLAIM_FIELDS,
    CLAIM_LIST_RATING,
    RATING_BRIEF_FIELDS,
    REVIEW_FIELDS,
    column,
)

Row = dict[str, Any]
_datetime = serializers.DateTimeField(read_only=True).to_representation


def _is_datetime(model: type[Model], name: str) -> bool:
    return any(f.name == name and isinstance(f, DateTimeField) for f in model._meta.fields)


def _datetime_formatter() -> Callable[[Any], Any]:
    """DateTimeField.to_representation as ClaimSerializer applies it (ISO 8601 in the
    current time zone, UTC as Z), with the time zone looked up once per page rather than
    for every value: 0.4 -> 0.1 ms CPU for a page's 75 dates."""
    if not settings.USE_TZ or str(api_settings.DATETIME_FORMAT).lower() != ISO_8601:
        return _datetime
    zone = timezone.get_current_timezone()

    def iso(value: Any) -> Any:
        if not isinstance(value, datetime) or value.utcoffset() is None:
            return _datetime(value)
        try:
            text = value.astimezone(zone).isoformat()
        except OverflowError:
            return _datetime(value)  # refused as the serializer refuses it
        return text[:-6] + "Z" if text.endswith("+00:00") else text

    return iso


# --- claims ---------------------------------------------------------------------------------------

_RATING_COLUMNS = tuple(zip(RATING_BRIEF_FIELDS, CLAIM_LIST_RATING, strict=True))


def _reasons(reasons: list[Any] | None) -> list[str | None] | None:
    # ListField(child=CharField): each reason as text.
    return None if reasons is None else [None if r is None else str(r) for r in reasons]


def _rating(row: Row) -> dict[str, Any] | None:
    if row["rating_slug"] is None:
        return None
    return {name: row[key] for name, key in _RATING_COLUMNS}


# How ClaimSerializer writes the fields it declares itself: from the field's column, or
# from the whole row. `allowed_actions` (which depends on the caller) is added per page, and
# so are the dates (written in the request's time zone); every other field is its column.
_CLAIM_CONVERTED: dict[str, Callable[[Any], Any]] = {"reasons": _reasons, "likely_duplicate": bool}
_CLAIM_FROM_ROW: dict[str, Callable[[Row], Any]] = {"rating": _rating}
_CLAIM_DATES = frozenset(name for name in CLAIM_FIELDS if _is_datetime(Claim, name))
# A row's values in CLAIM_FIELDS order in one step, a computed field's place held by the id
# (a getter per field cost a quarter more CPU time than the hand-written item it replaced).
_CLAIM_VALUES = itemgetter(
    *(column(Claim, name) if name not in CLAIM_COMPUTED else "id" for name in CLAIM_FIELDS)
)


def claim_list_items(rows: Iterable[Row], *, user: Any) -> list[dict[str, Any]]:
    """ClaimSerializer(many=True)'s output for rows of selectors.claim_list_values, key for key
    (tests/api/test_claim_list_items.py compares the two)."""
    # The allowed actions depend on the claim only through its status and whether the
    # caller holds it (reviews.policy.has_role_for): work them out once per pair.
    actions: dict[tuple[str, bool], list[str]] = {}

    def allowed_actions(row: Row) -> list[str]:
        assignee = row["assignee_id"]
        key = (row["status"], assignee is not None and assignee == user.pk)
        allowed = actions.get(key)
        if allowed is None:
            probe = Claim(status=row["status"], assignee_id=assignee)
            allowed = actions[key] = sorted(policy.allowed_actions(probe, user))
        return list(allowed)

    when = _datetime_formatter()
    converted = {**_CLAIM_CONVERTED, **dict.fromkeys(_CLAIM_DATES, when)}
    from_row = {**_CLAIM_FROM_ROW, "allowed_actions": allowed_actions}
    convert = [(i, converted[name]) for i, name in enumerate(CLAIM_FIELDS) if name in converted]
    compute = [(i, from_row[name]) for i, name in enumerate(CLAIM_FIELDS) if name in from_row]
    items = []
    for row in rows:
        values = list(_CLAIM_VALUES(row))
        for i, write in convert:
            values[i] = write(values[i])
        for i, get in compute:
            values[i] = get(row)
        items.append(dict(zip(CLAIM_FIELDS, values, strict=True)))
    return items


# --- reviews --------------------------------------------------------------------------------------


def _review_datetime(name: str) -> Callable[[Review], str | None]:
    def get(review: Review) -> str | None:
        value = getattr(review, name)
        return None if value is None else _datetime(value)

    return get


def _review_rating(review: Review) -> str | None:
    rating = review.rating  # SlugRelatedField(slug_field="slug")
    return rating.slug if rating is not None else None


def _review_getter(name: str) -> Callable[[Review], Any]:
    if name == "rating":
        return _review_rating
    if _is_datetime(Review, name):
        return _review_datetime(name)
    return attrgetter(column(Review, name))  # a related object as its id


_REVIEW_GETTERS = tuple((name, _review_getter(name)) for name in REVIEW_FIELDS)


def review_data(review: Review) -> dict[str, Any]:
    """ReviewSerializer(review).data without building the serializer's fields, key for key
    (tests/api/test_review_write.py compares the two)."""
    return {name: get(review) for name, get in _REVIEW_GETTERS}
