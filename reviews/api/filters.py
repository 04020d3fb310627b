"""The claim queue's query parameters (`GET /claims/`)."""

from __future__ import annotations

from typing import Any

import django_filters
from django import forms
from django.db.models import QuerySet
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from claims.models import Claim, ClaimStatus, ClaimType
from core.api.validators import MAX_ID
from reviews import selectors


@extend_schema_field(OpenApiTypes.STR)
class AssigneeField(forms.CharField):
    def clean(self, value: Any) -> Any:
        value = super().clean(value)
        if value in ("", None, "me", "none"):
            return value
        if str(value).isdigit() and int(value) <= MAX_ID:
            return int(value)
        raise forms.ValidationError('Use a user id, "me" or "none".')


class AssigneeFilter(django_filters.Filter):
    field_class = AssigneeField


class IntegerFilter(django_filters.NumberFilter):
    field_class = forms.IntegerField


class ScoreFilter(django_filters.NumberFilter):
    field_class = forms.FloatField


# Cursor orderings for the queue's `ordering` values: the queue's own, whose first fields are
# never NULL (due dates sort on the `due_sort` annotation), so the cursor always has a position.
CURSOR_ORDERINGS = selectors.QUEUE_ORDERINGS


class ClaimFilter(django_filters.FilterSet):
    """Validates the queue's query parameters; `reviews.selectors.claim_queue` applies them."""

    status = django_filters.MultipleChoiceFilter(
        choices=ClaimStatus.choices, help_text="Repeat to match any of several states."
    )
    assignee = AssigneeFilter(help_text='A user id, "me", or "none" (unassigned).')
    article = IntegerFilter(min_value=1, max_value=MAX_ID)
    claim_type = django_filters.ChoiceFilter(choices=ClaimType.choices)
    rating = django_filters.CharFilter(max_length=100, help_text="A rating slug.")
    min_score = ScoreFilter(min_value=0, max_value=1, help_text="Lowest check-worthiness.")
    q = django_filters.CharFilter(max_length=200, help_text="Text in the claim or claimant.")
    # A choice, not BooleanFilter: that one reads "maybe" as "no filter" without a word.
    likely_duplicate = django_filters.TypedChoiceFilter(
        choices=[("true", "true"), ("false", "false")],
        coerce=lambda value: value == "true",
        help_text=(
            "true: only claims that probably repeat an earlier one (a strong undecided "
            "match); false: only those that do not."
        ),
    )
    worth_checking = django_filters.TypedChoiceFilter(
        choices=[(v, v) for v in ("1", "0", "true", "false")],
        coerce=lambda value: value in ("1", "true"),
        help_text=(
            "1: only claims on their article's short list (the extractor's cut-off); "
            "0: only the others."
        ),
    )
    ordering = django_filters.ChoiceFilter(
        choices=[(key, key) for key in CURSOR_ORDERINGS],
        help_text="Sort order; default `-score` (most check-worthy first).",
    )

    class Meta:
        model = Claim
        fields: list[str] = []

    def filter_queryset(self, queryset: QuerySet[Claim]) -> QuerySet[Claim]:
        filters = {k: v for k, v in self.form.cleaned_data.items() if v not in (None, "", [])}
        return selectors.claim_queue(user=self.request.user, filters=filters)
