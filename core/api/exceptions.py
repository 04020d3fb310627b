"""Every API error has the same body: `{"detail": "...", "code": "..."}` (+ `errors`)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import RequestDataTooBig
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from core.errors import DomainError, TooLarge


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    if isinstance(exc, RequestDataTooBig):
        # Django refuses bodies over DATA_UPLOAD_MAX_MEMORY_SIZE (the article limit plus room
        # for the other fields); that is 413, not 400/500, and the limit to name is the
        # article's.
        exc = TooLarge(
            f"The request body is larger than the limit of {settings.UPLOAD_MAX_BYTES:,} "
            "bytes for an article."
        )
    if isinstance(exc, DomainError):
        body: dict[str, Any] = {"detail": exc.message, "code": exc.code}
        if exc.extra:
            body.update(exc.extra if isinstance(exc.extra, dict) else {"extra": exc.extra})
        return Response(body, status=exc.status_code)
    if isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(
            exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
        )
    elif isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied()

    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        errors = response.data
        response.data = {
            "detail": _first_message(errors) or "Invalid input.",
            "code": "invalid",
            "errors": errors if isinstance(errors, dict) else {"non_field_errors": errors},
        }
        response.status_code = status.HTTP_400_BAD_REQUEST
    elif isinstance(exc, exceptions.APIException):
        detail = response.data.get("detail") if isinstance(response.data, dict) else None
        response.data = {
            "detail": str(detail if detail is not None else exc.detail),
            "code": exc.get_codes() if isinstance(exc.get_codes(), str) else exc.default_code,
        }
    return response


def _first_message(errors: Any) -> str | None:
    if isinstance(errors, dict):
        for key, value in errors.items():
            message = _first_message(value)
            if message:
                return message if key == "non_field_errors" else f"{key}: {message}"
    elif isinstance(errors, list):
        for value in errors:
            message = _first_message(value)
            if message:
                return message
    elif errors is not None:
        return str(errors)
    return None
