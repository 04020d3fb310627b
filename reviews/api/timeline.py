"""`/claims/{id}/timeline/`: who did what to a claim, and when."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import generics
from rest_framework.request import Request
from rest_framework.response import Response

from core.api.base import ApiViewMixin, errors
from core.api.pagination import ChronologicalCursorPagination
from reviews import selectors
from reviews.api.base import claim_or_404
from reviews.api.serializers import TimelineEventSerializer
from reviews.models import TimelineEvent


class ClaimTimelineView(ApiViewMixin, generics.GenericAPIView):
    pagination_class = ChronologicalCursorPagination
    serializer_class = TimelineEventSerializer
    queryset = TimelineEvent.objects.none()

    @extend_schema(
        summary="A claim's timeline",
        description="Who did what and when, before → after. Any role. Oldest first.",
        responses={200: TimelineEventSerializer(many=True), **errors(404)},
    )
    def get(self, request: Request, pk: int) -> Response:
        claim = claim_or_404(pk)
        page = self.paginate_queryset(selectors.claim_timeline(claim=claim))
        return self.get_paginated_response(TimelineEventSerializer(page, many=True).data)
