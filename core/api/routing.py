"""URL pieces shared by the API's views and its URLconf."""

from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt


class IdConverter:
    """Object ids: digits that fit a 64-bit column (anything else is a JSON 404)."""

    regex = "[0-9]{1,18}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value: int) -> str:
        return str(value)


@csrf_exempt  # it changes nothing; a CSRF refusal would answer 403 HTML instead of 404
def not_found(request: HttpRequest, path: str = "") -> JsonResponse:
    """Unknown /api/v1/ URLs answer in the API's error shape, not with an HTML page."""
    return JsonResponse({"detail": "Not found.", "code": "not_found"}, status=404)
