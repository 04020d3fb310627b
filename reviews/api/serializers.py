"""What the API answers with: claims, their verdict, sources, notes, timeline, ratings.
(What it accepts is in reviews.api.inputs; the export's items in reviews.api.verdicts.)"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ObjectDoesNotExist
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims.models import Claim
from reviews import policy, selectors
from reviews.models import Note, Rating, Review, Source, TimelineEvent
from reviews.outputs import CLAIM_FIELDS, RATING_BRIEF_FIELDS, REVIEW_FIELDS


class RatingBriefSerializer(serializers.Serializer):
    slug = serializers.CharField()
    label = serializers.CharField()  # type: ignore[assignment]
    value = serializers.IntegerField(allow_null=True)


class ClaimSerializer(serializers.ModelSerializer):
    reasons = serializers.ListField(child=serializers.CharField(), read_only=True)
    rating = serializers.SerializerMethodField(help_text="The verdict's rating so far, if any.")
    allowed_actions = serializers.SerializerMethodField(
        help_text="What the calling user may do to this claim now (see reviews.policy)."
    )
    likely_duplicate = serializers.SerializerMethodField(
        help_text=(
            "An undecided suggested match scores at or above MATCH_DUPLICATE_SCORE: this "
            "claim probably repeats an earlier one (see /claims/{id}/matches/)."
        )
    )

    class Meta:
        model = Claim
        fields = list(CLAIM_FIELDS)
        read_only_fields = fields

    def get_likely_duplicate(self, claim: Claim) -> bool:
        flag = getattr(claim, "likely_duplicate", None)
        if flag is None:  # not read through a selector that annotates it
            flag = selectors.claim_is_likely_duplicate(claim=claim)
        return bool(flag)

    @extend_schema_field(RatingBriefSerializer(allow_null=True))
    def get_rating(self, claim: Claim) -> dict[str, Any] | None:
        try:
            rating = claim.review.rating
        except ObjectDoesNotExist:
            return None
        if rating is None:
            return None
        return {name: getattr(rating, name) for name in RATING_BRIEF_FIELDS}

    @extend_schema_field(
        serializers.ListField(child=serializers.ChoiceField(choices=sorted(policy.RULES)))
    )
    def get_allowed_actions(self, claim: Claim) -> list[str]:
        request = self.context.get("request")
        if request is None:
            return []
        return sorted(policy.allowed_actions(claim, request.user))


class SourceSerializer(serializers.ModelSerializer):
    url = serializers.CharField(read_only=True)
    archived_url = serializers.CharField(read_only=True, help_text="http(s) URL, or empty.")

    class Meta:
        model = Source
        fields = [
            "id",
            "claim",
            "url",
            "title",
            "publisher",
            "excerpt",
            "stance",
            "accessed_at",
            "archived_url",
            "added_by",
            "created_at",
        ]
        read_only_fields = fields


class NoteSerializer(serializers.ModelSerializer):
    author_name = serializers.SerializerMethodField()

    class Meta:
        model = Note
        fields = [
            "id",
            "claim",
            "author",
            "author_name",
            "body",
            "span_start",
            "span_end",
            "resolved",
            "created_at",
        ]
        read_only_fields = fields

    def get_author_name(self, note: Any) -> str | None:
        return note.author.get_username() if note.author_id else None


class ReviewSerializer(serializers.ModelSerializer):
    rating: serializers.SlugRelatedField[Any] = serializers.SlugRelatedField(
        slug_field="slug", read_only=True, allow_null=True
    )

    updated_at = serializers.DateTimeField(
        read_only=True, allow_null=True, help_text="Null until the claim's review is first saved."
    )

    class Meta:
        model = Review
        fields = list(REVIEW_FIELDS)
        read_only_fields = fields


class ClaimDetailSerializer(ClaimSerializer):
    article_title = serializers.CharField(source="article.title", read_only=True)
    review = serializers.SerializerMethodField()
    sources = SourceSerializer(many=True, read_only=True)
    notes = NoteSerializer(many=True, read_only=True)

    class Meta(ClaimSerializer.Meta):
        fields = [*ClaimSerializer.Meta.fields, "article_title", "review", "sources", "notes"]
        read_only_fields = fields

    @extend_schema_field(ReviewSerializer(allow_null=True))
    def get_review(self, claim: Claim) -> dict[str, Any] | None:
        try:
            review = claim.review
        except ObjectDoesNotExist:
            return None
        return dict(ReviewSerializer(review).data)


class TimelineEventSerializer(serializers.ModelSerializer):
    actor_name = serializers.SerializerMethodField()
    before = serializers.JSONField(allow_null=True)
    after = serializers.JSONField(allow_null=True)

    class Meta:
        model = TimelineEvent
        fields = [
            "id",
            "claim",
            "action",
            "field",
            "before",
            "after",
            "message",
            "actor",
            "actor_name",
            "created_at",
        ]
        read_only_fields = fields

    def get_actor_name(self, event: TimelineEvent) -> str | None:
        return event.actor.get_username() if event.actor_id and event.actor else None


class RatingSerializer(serializers.ModelSerializer):
    class Meta:
        model = Rating
        fields = ["slug", "label", "description", "colour", "order", "value"]
        read_only_fields = fields
