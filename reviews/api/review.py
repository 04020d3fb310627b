"""`/claims/{id}/review/` (the verdict being written) and `/ratings/` (its scale)."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework import generics
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from core.api.base import ApiViewMixin, errors
from reviews import selectors, services
from reviews.api.base import claim_or_404
from reviews.api.inputs import ReviewInputSerializer
from reviews.api.items import review_data
from reviews.api.serializers import RatingSerializer, ReviewSerializer
from reviews.models import Review


class ClaimReviewView(ApiViewMixin, APIView):
    @extend_schema(
        summary="Read a claim's verdict",
        description="Any role. A claim nobody has rated yet answers with an empty review.",
        responses={200: ReviewSerializer, **errors(404)},
    )
    def get(self, request: Request, pk: int) -> Response:
        claim = claim_or_404(pk)
        review = Review.objects.select_related("rating").filter(claim=claim).first()
        return Response(ReviewSerializer(review or Review(claim=claim)).data)

    @extend_schema(
        summary="Write the verdict",
        description=(
            "The assigned reviewer, while the claim is assigned or in progress. Fields left "
            "out are unchanged. `version` must be the one you read (409 naming who changed "
            "it otherwise)."
        ),
        request=ReviewInputSerializer,
        responses={200: ReviewSerializer, **errors(400, 404, 409)},
    )
    def put(self, request: Request, pk: int) -> Response:
        serializer = ReviewInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        rating = data.get("rating", None)
        review = services.review_update(
            claim=pk,
            by=request.user,
            version=data["version"],
            rating="" if "rating" in data and rating is None else rating,
            summary=data.get("summary"),
            rationale=data.get("rationale"),
            claim_as_stated=data.get("claim_as_stated"),
        )
        # The service's review is what was just written (rating joined, version and
        # updated_at set by the save): answering from it spares a read.
        return Response(review_data(review))


class RatingListView(ApiViewMixin, generics.ListAPIView):
    pagination_class = None
    serializer_class = RatingSerializer

    def get_queryset(self) -> Any:
        return selectors.ratings_active()

    @extend_schema(
        summary="The rating scale",
        description=(
            "Active ratings in display order (not paginated). `value` is the ordinal used "
            "as ClaimReview ratingValue (1 = worst); null for labels off the scale."
        ),
        responses={200: RatingSerializer(many=True), **errors()},
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)
