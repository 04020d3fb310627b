"""A claim's sources and notes: `/claims/{id}/sources/`, `/sources/{id}/`,
`/claims/{id}/notes/`."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import generics, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from core.api.base import ApiViewMixin, errors
from core.api.pagination import ChronologicalCursorPagination
from reviews import selectors, services
from reviews.api.base import claim_or_404
from reviews.api.inputs import NoteInputSerializer, SourceInputSerializer
from reviews.api.serializers import NoteSerializer, SourceSerializer
from reviews.models import Note, Source


class ClaimSourcesView(ApiViewMixin, generics.GenericAPIView):
    pagination_class = ChronologicalCursorPagination
    serializer_class = SourceSerializer
    queryset = Source.objects.none()

    @extend_schema(
        summary="A claim's sources",
        description="Any role. Oldest first, cursor-paginated.",
        responses={200: SourceSerializer(many=True), **errors(404)},
    )
    def get(self, request: Request, pk: int) -> Response:
        claim = claim_or_404(pk)
        page = self.paginate_queryset(selectors.claim_sources(claim=claim))
        return self.get_paginated_response(SourceSerializer(page, many=True).data)

    @extend_schema(
        summary="Add a source",
        description="The assigned reviewer, while the claim is assigned or in progress.",
        request=SourceInputSerializer,
        responses={201: SourceSerializer, **errors(400, 404, 409)},
    )
    def post(self, request: Request, pk: int) -> Response:
        serializer = SourceInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        source = services.source_add(claim=pk, by=request.user, **serializer.validated_data)
        return Response(SourceSerializer(source).data, status=status.HTTP_201_CREATED)


class SourceDetailView(ApiViewMixin, APIView):
    @extend_schema(
        summary="Remove a source",
        description="The assigned reviewer, while the claim is assigned or in progress.",
        responses={204: None, **errors(404, 409)},
    )
    def delete(self, request: Request, pk: int) -> Response:
        services.source_remove(source=pk, by=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


class ClaimNotesView(ApiViewMixin, generics.GenericAPIView):
    pagination_class = ChronologicalCursorPagination
    serializer_class = NoteSerializer
    queryset = Note.objects.none()

    @extend_schema(
        summary="A claim's notes",
        description="Any role. Oldest first, cursor-paginated.",
        responses={200: NoteSerializer(many=True), **errors(404)},
    )
    def get(self, request: Request, pk: int) -> Response:
        claim = claim_or_404(pk)
        page = self.paginate_queryset(selectors.claim_notes(claim=claim))
        return self.get_paginated_response(NoteSerializer(page, many=True).data)

    @extend_schema(
        summary="Add a note",
        description="Editors, or the assigned reviewer; optionally anchored to a span.",
        request=NoteInputSerializer,
        responses={201: NoteSerializer, **errors(400, 404, 409)},
    )
    def post(self, request: Request, pk: int) -> Response:
        serializer = NoteInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        note = services.note_add(claim=pk, by=request.user, **serializer.validated_data)
        return Response(NoteSerializer(note).data, status=status.HTTP_201_CREATED)
