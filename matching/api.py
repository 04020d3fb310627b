"""`/api/v1/claims/{id}/matches/`: earlier claims and verdicts that a claim may repeat."""

from __future__ import annotations

from typing import Any

from django.http import Http404
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from claims.models import Claim
from core.api.base import ApiViewMixin, errors
from matching import selectors, services
from matching.models import ClaimMatch
from reviews.services import claim_link


class EarlierVerdictSerializer(serializers.Serializer):
    """The verdict the match carries: ours (published) or another fact-checker's."""

    source = serializers.ChoiceField(choices=["newsroom", "external"])  # type: ignore[assignment]
    rating = serializers.CharField(allow_null=True, help_text="Rating label or textual rating.")
    rating_slug = serializers.CharField(allow_null=True)
    by = serializers.CharField(allow_null=True, help_text="Reviewer or publisher.")
    when = serializers.DateTimeField(allow_null=True)
    url = serializers.CharField(allow_null=True, help_text="Link to the claim or fact-check.")


class MatchSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    score = serializers.FloatField()
    reasons = serializers.ListField(child=serializers.CharField())
    likely_duplicate = serializers.BooleanField()
    confirmed = serializers.BooleanField()
    matched_claim = serializers.IntegerField(allow_null=True)
    external = serializers.IntegerField(allow_null=True)
    text = serializers.CharField(help_text="The earlier claim's text.")
    status = serializers.CharField(allow_null=True, help_text="The earlier claim's status.")
    verdict = EarlierVerdictSerializer(allow_null=True)


def match_data(match: ClaimMatch) -> dict[str, Any]:
    verdict: dict[str, Any] | None = None
    if match.matched_claim_id is not None:
        earlier = match.matched_claim
        assert earlier is not None
        text, status = earlier.text, earlier.status
        review = getattr(earlier, "review", None)
        if review is not None and review.published_at is not None:
            verdict = {
                "source": "newsroom",
                "rating": review.rating.label if review.rating else None,
                "rating_slug": review.rating.slug if review.rating else None,
                "by": review.author.get_username() if review.author else None,
                "when": review.corrected_at or review.published_at,
                "url": claim_link(earlier),
            }
    else:
        external = match.external
        assert external is not None
        text, status = external.claim_text, None
        verdict = {
            "source": "external",
            "rating": external.rating.label if external.rating else external.textual_rating,
            "rating_slug": external.rating.slug if external.rating else None,
            "by": external.publisher or None,
            "when": external.review_date,
            "url": external.url,
        }
    return {
        "id": match.pk,
        "score": round(match.score, 4),
        "reasons": match.reasons,
        "likely_duplicate": selectors.is_likely_duplicate(match.score),
        "confirmed": match.confirmed,
        "matched_claim": match.matched_claim_id,
        "external": match.external_id,
        "text": text,
        "status": status,
        "verdict": verdict,
    }


def _claim(pk: int) -> Claim:
    claim = Claim.objects.filter(pk=pk).first()
    if claim is None:
        raise Http404
    return claim


class ClaimMatchesView(ApiViewMixin, APIView):
    @extend_schema(
        summary="Earlier claims and verdicts this claim may repeat",
        description="Best first; rejected pairs are never listed. Any role.",
        responses={200: MatchSerializer(many=True), **errors(404)},
    )
    def get(self, request: Request, pk: int) -> Response:
        matches = selectors.claim_matches(claim=_claim(pk))
        return Response(MatchSerializer([match_data(m) for m in matches], many=True).data)


class ClaimMatchDecisionView(ApiViewMixin, APIView):
    decision = ""  # one of services.MATCH_DECISIONS, given by the URL conf

    @extend_schema(
        request=None,
        responses={200: MatchSerializer, **errors(404, 409)},
        description=(
            "Editors only. `confirm` merges the claim into the earlier claim (which then "
            "supplies the verdict), or records an external verdict as the same claim; "
            "`reject` means never suggest this pair again."
        ),
    )
    def post(self, request: Request, pk: int, match_id: int) -> Response:
        match = services.match_decide(
            claim_id=_claim(pk).pk, match_id=match_id, decision=self.decision, by=request.user
        )
        fresh = ClaimMatch.objects.select_related(
            "matched_claim__review__rating", "matched_claim__review__author", "external__rating"
        ).get(pk=match.pk)
        return Response(MatchSerializer(match_data(fresh)).data)
