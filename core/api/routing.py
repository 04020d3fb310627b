"""URL pieces shared by the API's views and its URLconf."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, JsonResponse
from django.urls import NoReverseMatch
from django.views.decorators.csrf import csrf_exempt
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import routers, serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.reverse import reverse
from rest_framework.schemas import DefaultSchema

from core.api.base import ApiViewMixin, errors


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


class ApiRootView(ApiViewMixin, routers.APIRootView):
    """`GET /api/v1/`: the API's endpoints by name, as absolute URLs (DRF's API root).

    `api_root_dict` maps each name to a URL name; the URLconf passes it to `as_view`.
    Unlike DRF's root, a name that does not reverse is an error, not silently left out.
    """

    schema = DefaultSchema()  # DRF's root leaves itself out of the OpenAPI document

    @extend_schema(
        summary="The API's endpoints",
        description="Each endpoint's name and URL. Any role.",
        responses={
            200: inline_serializer(
                "ApiRoot", {"articles": serializers.URLField(), "claims": serializers.URLField()}
            ),
            **errors(),
        },
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        assert self.api_root_dict is not None
        links: dict[str, str] = {}
        for key, url_name in self.api_root_dict.items():
            try:
                links[key] = reverse(url_name, request=request)
            except NoReverseMatch:  # pragma: no cover - a wrong name in the URLconf
                raise ValueError(f"API root: {url_name!r} does not reverse") from None
        return Response(links)
