"""POST /api/v1/sources/<id>/archive/: take a new copy of a source."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from archive import services
from core.api.base import ApiViewMixin, errors


class SourceArchiveView(ApiViewMixin, APIView):
    @extend_schema(
        summary="Archive a source again",
        description=(
            "Editors, or the reviewer the source's claim is assigned to. Queues a new "
            "snapshot of the source's URL; earlier snapshots are kept."
        ),
        request=None,
        responses={
            202: inline_serializer(
                "SourceArchiveQueued",
                {"source": serializers.IntegerField(), "status": serializers.CharField()},
            ),
            **errors(404),
        },
    )
    def post(self, request: Request, pk: int) -> Response:
        source = services.source_archive_request(source=pk, by=request.user)
        return Response({"source": source.pk, "status": "queued"}, status=status.HTTP_202_ACCEPTED)
