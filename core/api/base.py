"""Shared pieces of the API views: authentication order, the error body, request limits."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.conf import settings
from drf_spectacular.utils import OpenApiResponse
from rest_framework import serializers
from rest_framework.authentication import BaseAuthentication, SessionAuthentication

from core.api.authentication import TokenAuthentication
from core.api.permissions import HasRole
from core.errors import TooLarge


class ErrorSerializer(serializers.Serializer):
    """Every error: `detail` for people, `code` for programs; `errors` maps fields to
    messages on 400; some conflicts add context (e.g. `missing`, `current_version`)."""

    detail = serializers.CharField()
    code = serializers.CharField()
    errors = serializers.DictField(  # type: ignore[assignment]
        child=serializers.JSONField(), required=False, help_text="Field → messages (400 only)."
    )


_ERROR_TEXT = {
    400: "Invalid input: `errors` names each bad field.",
    401: "No credentials, or invalid ones.",
    403: "Your role (or an export key) does not allow this.",
    404: "No such object (or an invalid cursor).",
    409: "Not allowed in the claim's current state, a duplicate, or a stale `version`.",
    413: "The body or upload is larger than the limit.",
    415: "The body's media type is not one this endpoint reads.",
}


def errors(*codes: int) -> dict[int, OpenApiResponse]:
    """OpenAPI responses for the given error statuses (401 and 403 are always added)."""
    wanted = sorted({401, 403, *codes})
    return {
        code: OpenApiResponse(response=ErrorSerializer, description=_ERROR_TEXT[code])
        for code in wanted
    }


class ApiViewMixin:
    """Token first so an anonymous call is answered 401 with `WWW-Authenticate: Token`."""

    authentication_classes: Sequence[type[BaseAuthentication]] = [
        TokenAuthentication,
        SessionAuthentication,
    ]
    permission_classes: Sequence[Any] = [HasRole]

    def body_limit(self) -> tuple[int, str]:
        """The largest body this view reads, and what to call that limit in a 413."""
        return (
            settings.DATA_UPLOAD_MAX_MEMORY_SIZE,
            f"{settings.UPLOAD_MAX_BYTES:,} bytes for an article",
        )

    def initial(self, request: Any, *args: Any, **kwargs: Any) -> None:
        # Refuse an oversize body before anything reads it (parsers would buffer it whole).
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        limit, name = self.body_limit()
        if length > limit:
            raise TooLarge(f"The request body is {length:,} bytes; the limit is {name}.")
        super().initial(request, *args, **kwargs)  # type: ignore[misc]
