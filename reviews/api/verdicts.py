"""`/verdicts/`: the export of published verdicts (JSON pages, CSV, NDJSON, ClaimReview),
with its OpenAPI description. The rows themselves come from reviews.export."""

from __future__ import annotations

from typing import Any

import django_filters
from django.http import Http404, HttpResponseBase, StreamingHttpResponse
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics, renderers, serializers
from rest_framework.request import Request
from rest_framework.response import Response

from core.api.base import ApiViewMixin, ErrorSerializer
from core.api.permissions import CanReadVerdicts
from reviews import export
from reviews.models import Review, Stance


class _RatingOut(serializers.Serializer):
    label = serializers.CharField()  # type: ignore[assignment]
    slug = serializers.CharField()
    value = serializers.IntegerField(allow_null=True, help_text="Ordinal, 1 = worst.")
    best = serializers.IntegerField(allow_null=True, help_text="Best value on the scale.")
    worst = serializers.IntegerField(allow_null=True, help_text="Worst value on the scale.")


class _RevisionRating(serializers.Serializer):
    label = serializers.CharField()  # type: ignore[assignment]
    slug = serializers.CharField()
    value = serializers.IntegerField(allow_null=True)


class _Appearance(serializers.Serializer):
    url = serializers.CharField(allow_null=True)
    title = serializers.CharField()
    outlet = serializers.CharField()
    published_at = serializers.DateTimeField(allow_null=True)


class _SourceOut(serializers.Serializer):
    url = serializers.CharField()
    title = serializers.CharField()
    publisher = serializers.CharField()
    stance = serializers.ChoiceField(choices=Stance.choices)
    archived_url = serializers.CharField(allow_null=True)


class _Revision(serializers.Serializer):
    number = serializers.IntegerField()
    rating = _RevisionRating(allow_null=True)
    summary = serializers.CharField()
    published_at = serializers.DateTimeField()
    superseded_at = serializers.DateTimeField()
    correction_note = serializers.CharField(allow_null=True)


class VerdictSerializer(serializers.Serializer):
    """Documentation of one exported verdict (built by reviews.export)."""

    id = serializers.IntegerField(help_text="The claim id.")
    review_id = serializers.IntegerField()
    claim_text = serializers.CharField(
        help_text="The claim's sentence as the article has it (its appearance)."
    )
    claim_as_stated = serializers.CharField(
        help_text="The claim in the reviewer's words, as published (ClaimReview's "
        "claimReviewed); the claim's text when the reviewer wrote none."
    )
    claimant = serializers.CharField()
    claim_date = serializers.DateTimeField(
        allow_null=True, help_text="When the claim was made: its article's publication date."
    )
    appearances = _Appearance(
        many=True,
        help_text="The claim's article, then the articles of claims merged into it.",
    )
    rating = _RatingOut(allow_null=True)
    summary = serializers.CharField()
    rationale = serializers.CharField()
    sources = _SourceOut(many=True)
    reviewer = serializers.CharField(
        allow_null=True, help_text="Everyone who wrote the published verdict, comma-separated."
    )
    reviewers = serializers.ListField(
        child=serializers.CharField(),
        help_text="Everyone who wrote the published verdict, in the order they first did.",
    )
    approver = serializers.CharField(allow_null=True)
    published_at = serializers.DateTimeField(help_text="First publication.")
    updated_at = serializers.DateTimeField()
    corrected_at = serializers.DateTimeField(allow_null=True, help_text="Last correction.")
    correction_note = serializers.CharField(allow_null=True)
    revisions = _Revision(many=True, help_text="Earlier published versions, oldest first.")
    url = serializers.CharField(help_text="The public fact-check page.")


def _obj(properties: dict[str, Any], required: list[str]) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "required": required}


_STR: dict[str, Any] = {"type": "string"}
_CR_WORK = _obj(
    {"@type": {"type": "string", "enum": ["CreativeWork"]}, "url": _STR}, ["@type", "url"]
)
CLAIMREVIEW_SCHEMA = _obj(
    {
        "@context": {"type": "string", "enum": ["https://schema.org"]},
        "@type": {"type": "string", "enum": ["ClaimReview"]},
        "url": {"type": "string", "description": "The public fact-check page."},
        "claimReviewed": _STR,
        "datePublished": {"type": "string", "format": "date", "nullable": True},
        "author": _obj(
            {"@type": {"type": "string", "enum": ["Organization"]}, "name": _STR, "url": _STR},
            ["@type", "name", "url"],
        ),
        "contributor": {
            "type": "array",
            "description": "The people who wrote the verdict.",
            "items": _obj(
                {"@type": {"type": "string", "enum": ["Person"]}, "name": _STR}, ["@type", "name"]
            ),
        },
        "reviewRating": _obj(
            {
                "@type": {"type": "string", "enum": ["Rating"]},
                "alternateName": _STR,
                "ratingValue": {"type": "integer"},
                "bestRating": {"type": "integer", "nullable": True},
                "worstRating": {"type": "integer", "nullable": True},
            },
            ["@type", "alternateName"],
        ),
        "itemReviewed": _obj(
            {
                "@type": {"type": "string", "enum": ["Claim"]},
                "author": _obj(
                    {"@type": {"type": "string", "enum": ["Person", "Organization"]}, "name": _STR},
                    ["@type", "name"],
                ),
                "datePublished": {"type": "string", "format": "date"},
                "appearance": {"type": "array", "items": _CR_WORK},
                "firstAppearance": _CR_WORK,
            },
            ["@type", "appearance"],
        ),
    },
    ["@context", "@type", "url", "claimReviewed", "author", "reviewRating", "itemReviewed"],
)
CLAIMREVIEW_LIST_SCHEMA: dict[str, Any] = {
    "type": "array",
    "description": "schema.org ClaimReview objects (non-ordinal ratings carry only "
    "`@type` and `alternateName` in reviewRating).",
    "items": CLAIMREVIEW_SCHEMA,
}


class VerdictJSONRenderer(renderers.JSONRenderer):
    """JSON with `<`, `>` and `&` escaped, like every format of the export (html_safe)."""

    def render(
        self, data: Any, accepted_media_type: Any = None, renderer_context: Any = None
    ) -> Any:
        body = super().render(data, accepted_media_type, renderer_context)
        return export.html_safe(body.decode("utf-8")).encode("utf-8") if body else body


class StreamRenderer(renderers.BaseRenderer):
    """Content negotiation for a streamed export format (the view writes the body itself)."""

    charset = "utf-8"


def _stream_renderer(name: str, media_type: str) -> type[renderers.BaseRenderer]:
    return type(
        f"{name.title()}Renderer",
        (StreamRenderer,),
        {"media_type": media_type.split(";")[0].strip(), "format": name},
    )


# One renderer per streamed format of the export registry: a new format needs no line here.
STREAM_RENDERERS = [
    _stream_renderer(f.name, f.media_type) for f in export.registry.streamed().values()
]


class VerdictFilter(django_filters.FilterSet):
    updated_since = django_filters.IsoDateTimeFilter(
        help_text="Only verdicts changed at or after this time (ISO 8601)."
    )
    published_after = django_filters.IsoDateTimeFilter(help_text="First published at or after.")
    published_before = django_filters.IsoDateTimeFilter(help_text="First published before.")
    rating = django_filters.CharFilter(max_length=100, help_text="A rating slug.")
    outlet = django_filters.CharFilter(max_length=200, help_text="The article's outlet.")
    claimant = django_filters.CharFilter(max_length=300, help_text="Text in the claimant.")

    class Meta:
        model = Review
        fields: list[str] = []

    def filter_queryset(self, queryset: Any) -> Any:
        cleaned = {k: v for k, v in self.form.cleaned_data.items() if v not in (None, "")}
        return export.verdict_queryset(filters=cleaned)


_LIST_TEXT = (
    "Published verdicts only; a corrected verdict shows `corrected_at`, `correction_note` "
    "and its earlier `revisions`, and one being corrected stays as published until the "
    "correction is approved. `reviewers` names everyone who wrote the published verdict. "
    "`<`, `>` and `&` in every JSON format are written `\\u003c`, `\\u003e`, `\\u0026`. "
    "Choose the format with `format` (or the Accept header): "
    "`json` (default, cursor-paginated, oldest change first — poll with `updated_since`), "
    "`csv` (one row per verdict, header row, cells that a spreadsheet would run as a "
    "formula are prefixed with `'`), `ndjson` (the whole filtered set streamed, one verdict "
    "per line) or `claimreview` (a JSON array of schema.org ClaimReview objects). "
    "Responses carry `ETag` and `Last-Modified`; send `If-None-Match` or "
    "`If-Modified-Since` to get 304 when nothing changed. Reviewers, editors, admins, and "
    "machine clients with an export key (`Authorization: Token wbx_…`)."
)


class VerdictSchema(AutoSchema):
    """Only the JSON response is a paginated list; the other formats are documented as
    given (a whole array, or text)."""

    _flat = False

    def _get_response_for_code(
        self,
        serializer: Any,
        status_code: str,
        media_types: Any = None,
        direction: Any = "response",
    ) -> Any:
        self._flat = bool(media_types) and media_types[0] != "application/json"
        try:
            return super()._get_response_for_code(serializer, status_code, media_types, direction)
        finally:
            self._flat = False

    def _is_list_view(self, serializer: Any = None) -> bool:
        return False if self._flat else super()._is_list_view(serializer)


class VerdictListView(ApiViewMixin, generics.GenericAPIView):
    schema = VerdictSchema()
    permission_classes = [CanReadVerdicts]
    renderer_classes = [VerdictJSONRenderer, *STREAM_RENDERERS]
    filter_backends = [DjangoFilterBackend]
    filterset_class = VerdictFilter
    serializer_class = VerdictSerializer
    queryset = Review.objects.none()
    # Oldest change first, so a client polling with `updated_since` never misses one.
    cursor_ordering = ("updated_at", "id")

    def perform_content_negotiation(self, request: Request, force: bool = False) -> Any:
        try:
            return super().perform_content_negotiation(request, force=False)
        except Http404:
            if force:
                return (self.renderer_classes[0](), self.renderer_classes[0].media_type)
            raise serializers.ValidationError(
                {"format": [f"Use one of: {', '.join(export.FORMATS)}."]}
            ) from None
        except Exception:
            if force:
                return (self.renderer_classes[0](), self.renderer_classes[0].media_type)
            raise

    def finalize_response(self, request: Request, response: Any, *args: Any, **kwargs: Any) -> Any:
        response = super().finalize_response(request, response, *args, **kwargs)
        if isinstance(response, Response) and (
            response.status_code >= 400 or request.method == "OPTIONS"
        ):
            # Errors and OPTIONS metadata are always JSON, whatever format was asked for
            # (a streamed format's renderer writes no body of its own).
            response.accepted_renderer = renderers.JSONRenderer()
            response.accepted_media_type = "application/json"
        patch_vary_headers(response, ("Accept", "Authorization", "Cookie"))
        return response

    @extend_schema(
        summary="Export published verdicts",
        description=_LIST_TEXT,
        responses={
            (200, "application/json"): VerdictSerializer(many=True),
            (200, "text/csv"): OpenApiResponse(
                response=OpenApiTypes.STR,
                description="CSV with columns: " + ", ".join(export.CSV_COLUMNS) + ".",
            ),
            (200, "application/x-ndjson"): OpenApiResponse(
                response=OpenApiTypes.STR,
                description="One JSON verdict (the `json` item shape) per line.",
            ),
            (200, "application/ld+json"): OpenApiResponse(response=CLAIMREVIEW_LIST_SCHEMA),
            (304, "application/json"): OpenApiResponse(description="Not modified."),
            **{
                (code, "application/json"): OpenApiResponse(
                    response=ErrorSerializer, description=text
                )
                for code, text in (
                    (400, "Invalid filter or format."),
                    (401, "No credentials, or invalid ones."),
                    (403, "No role."),
                    (404, "Invalid cursor."),
                )
            },
        },
    )
    def get(self, request: Request) -> HttpResponseBase:
        queryset = self.filter_queryset(self.get_queryset())
        fmt = request.accepted_renderer.format or "json"
        count, last = export.verdict_stamp(queryset)
        etag = export.etag_for(count=count, last=last, query=request.GET.urlencode(), fmt=fmt)
        not_modified = get_conditional_response(
            request._request, etag=etag, last_modified=int(last.timestamp()) if last else None
        )
        if not_modified is not None:
            return not_modified
        response: HttpResponseBase
        streamed = export.registry.get(fmt)
        if streamed is not None and streamed.stream is not None:
            response = StreamingHttpResponse(
                streamed.stream(queryset), content_type=streamed.media_type
            )
            if streamed.filename:
                response["Content-Disposition"] = f'attachment; filename="{streamed.filename}"'
        else:
            page = self.paginate_queryset(queryset.only("id", "updated_at"))
            ids = [review.pk for review in page or []]
            response = self.get_paginated_response(export.verdict_items_for(ids))
        response["ETag"] = etag
        if last is not None:
            response["Last-Modified"] = http_date(last.timestamp())
        return response
