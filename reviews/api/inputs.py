"""What the claim and review API accepts: one serializer per request body."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers
from rest_framework.request import Request

from claims.models import ClaimType
from core.api.validators import MAX_ID, http_url
from reviews.models import Stance


def valid(serializer_class: type[serializers.Serializer], request: Request) -> dict[str, Any]:
    """The request body read through `serializer_class` (a 400 naming the fields if not)."""
    serializer = serializer_class(data=request.data)
    serializer.is_valid(raise_exception=True)
    return dict(serializer.validated_data)


# --- claims -------------------------------------------------------------------------------------


class ClaimCreateSerializer(serializers.Serializer):
    article = serializers.IntegerField(min_value=1, max_value=MAX_ID)
    span_start = serializers.IntegerField(min_value=0)
    span_end = serializers.IntegerField(min_value=1)
    claimant = serializers.CharField(max_length=300, required=False, allow_blank=True)
    claim_type = serializers.ChoiceField(choices=ClaimType.choices, required=False)


class ClaimUpdateSerializer(serializers.Serializer):
    text = serializers.CharField(required=False)
    claimant = serializers.CharField(max_length=300, required=False, allow_blank=True)
    claim_type = serializers.ChoiceField(choices=ClaimType.choices, required=False)
    version = serializers.IntegerField(
        min_value=1, help_text="The version you last read; a stale one is refused with 409."
    )


# --- the workflow's steps (reviews.api.actions) --------------------------------------------------


class VersionSerializer(serializers.Serializer):
    version = serializers.IntegerField(
        min_value=1,
        required=False,
        help_text="The claim version you last read; if given and stale, 409.",
    )


class TriageSerializer(VersionSerializer):
    decision = serializers.ChoiceField(choices=["queue", "dismiss"])
    reason = serializers.CharField(required=False, allow_blank=True, max_length=2000)


class AssignSerializer(VersionSerializer):
    assignee = serializers.IntegerField(
        min_value=1, max_value=MAX_ID, help_text="A reviewer's user id."
    )
    due_at = serializers.DateTimeField(required=False, allow_null=True)


class BulkAssignSerializer(serializers.Serializer):
    claims = serializers.ListField(
        child=serializers.IntegerField(min_value=1, max_value=MAX_ID), min_length=1, max_length=500
    )
    assignee = serializers.IntegerField(min_value=1, max_value=MAX_ID, required=False)
    strategy = serializers.ChoiceField(choices=["least_loaded"], required=False)
    due_at = serializers.DateTimeField(required=False, allow_null=True)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if ("assignee" in attrs) == ("strategy" in attrs):
            raise serializers.ValidationError('Give either "assignee" or "strategy".')
        return attrs


class ReturnSerializer(VersionSerializer):
    comment = serializers.CharField(max_length=5000)


class ReopenSerializer(VersionSerializer):
    note = serializers.CharField(max_length=5000)


class MergeSerializer(VersionSerializer):
    canonical = serializers.IntegerField(min_value=1, max_value=MAX_ID)


# --- the verdict, sources, notes -----------------------------------------------------------------


class ReviewInputSerializer(serializers.Serializer):
    # A slug, looked up by the service in the statement that reads the review (an unknown
    # one is a 400 naming the field, as a related field would answer, one query fewer).
    rating = serializers.CharField(
        required=False,
        allow_null=True,
        max_length=100,
        help_text="A rating slug from GET /ratings/; null clears it; omit to keep it.",
    )
    claim_as_stated = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=2000,
        help_text="The claim in your words, as ClaimReview's claimReviewed; blank (or the "
        "claim's own text) uses the claim's text.",
    )
    summary = serializers.CharField(required=False, allow_blank=True, max_length=5000)
    rationale = serializers.CharField(required=False, allow_blank=True)
    version = serializers.IntegerField(
        min_value=1, help_text="The review version you last read; a stale one is refused (409)."
    )


class SourceInputSerializer(serializers.Serializer):
    url = serializers.CharField(max_length=2000, validators=[http_url])
    title = serializers.CharField(max_length=500, required=False, allow_blank=True)
    publisher = serializers.CharField(max_length=200, required=False, allow_blank=True)
    excerpt = serializers.CharField(required=False, allow_blank=True)
    stance = serializers.ChoiceField(choices=Stance.choices, required=False)
    accessed_at = serializers.DateTimeField(required=False, allow_null=True)
    archived_url = serializers.CharField(
        max_length=2000, required=False, allow_blank=True, validators=[http_url]
    )


class NoteInputSerializer(serializers.Serializer):
    body = serializers.CharField(max_length=10000)
    span_start = serializers.IntegerField(min_value=0, required=False, allow_null=True)
    span_end = serializers.IntegerField(min_value=1, required=False, allow_null=True)
