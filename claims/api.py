"""REST API for articles and claims: serializers, filters and thin views.

Views parse input with a serializer or filterset, call one service or selector, and render
the result; every rule (who may do what, in which state) lives in the services, whose
domain errors become `{"detail", "code"}` responses with the right status.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import PurePath
from typing import Any, cast

import django_filters
from django import forms
from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.core.validators import URLValidator
from django.db.models import Count, QuerySet
from django.utils import timezone
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiExample,
    extend_schema,
    extend_schema_field,
    extend_schema_view,
)
from rest_framework import ISO_8601, mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.settings import api_settings

from claims import services as claim_services
from claims.ingestion import ArticleInput, IngestError, decode_bytes, parse_html, parse_text
from claims.models import Article, Claim, ClaimStatus, ClaimType, ExtractionStatus
from core.api.base import ApiViewMixin, errors
from core.api.pagination import CursorPagination
from core.api.parsers import JSONParser
from core.api.permissions import EditorForWrites
from core.api.routing import IdConverter
from core.errors import TooLarge
from reviews import policy, selectors
from reviews import services as review_services

http_url = URLValidator(schemes=["http", "https"], message="Enter an http(s) URL.")
# Largest id a 64-bit column holds: bigger numbers are refused as input, not sent to SQL.
MAX_ID = 2**63 - 1
UPLOAD_SUFFIXES = (".txt", ".html", ".htm")


# --- articles -----------------------------------------------------------------------------------


class ArticleSerializer(serializers.ModelSerializer):
    claim_count = serializers.IntegerField(read_only=True)
    url = serializers.CharField(read_only=True, help_text="http(s) URL, or empty.")

    class Meta:
        model = Article
        fields = [
            "id",
            "title",
            "url",
            "outlet",
            "author",
            "published_at",
            "language",
            "extraction_status",
            "extraction_error",
            "extractor_version",
            "claim_count",
            "created_by",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields


class ArticleDetailSerializer(ArticleSerializer):
    class Meta(ArticleSerializer.Meta):
        fields = [*ArticleSerializer.Meta.fields, "body"]
        read_only_fields = fields


class ArticleFieldsSerializer(serializers.Serializer):
    """Metadata an editor may give or change."""

    title = serializers.CharField(max_length=500, required=False, allow_blank=True)
    url = serializers.CharField(
        max_length=1000, required=False, allow_blank=True, validators=[http_url]
    )
    outlet = serializers.CharField(max_length=200, required=False, allow_blank=True)
    author = serializers.CharField(max_length=300, required=False, allow_blank=True)
    published_at = serializers.DateTimeField(required=False, allow_null=True)
    language = serializers.CharField(max_length=16, required=False, allow_blank=True)


class ArticleCreateSerializer(ArticleFieldsSerializer):
    body = serializers.CharField(trim_whitespace=True, help_text="The article as plain text.")


class ArticleUploadSerializer(ArticleFieldsSerializer):
    file = serializers.FileField(
        help_text=(
            "A .txt (plain text or the seed format with `date`/`title`/`url` header lines) "
            "or .html file, UTF-8. Metadata fields sent alongside override what the file says."
        )
    )


class ArticleUpdateSerializer(ArticleFieldsSerializer):
    body = serializers.CharField(required=False, help_text="A new body re-runs extraction.")


def _article_input_from_upload(upload: Any, fields: dict[str, Any]) -> ArticleInput:
    name = PurePath(upload.name or "upload").name
    suffix = PurePath(name).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        raise serializers.ValidationError(
            {"file": [f"{name}: unsupported file type; send {', '.join(UPLOAD_SUFFIXES)}."]}
        )
    if upload.size > settings.UPLOAD_MAX_BYTES:
        raise TooLarge(
            f"{name} is {upload.size:,} bytes; the limit is {settings.UPLOAD_MAX_BYTES:,} bytes."
        )
    try:
        text = decode_bytes(upload.read(), max_bytes=settings.UPLOAD_MAX_BYTES, name=name)
        item = parse_html(text) if suffix in (".html", ".htm") else parse_text(text)
    except IngestError as error:
        raise serializers.ValidationError({"file": [error.message]}) from None
    for key, value in fields.items():
        if value not in (None, ""):
            setattr(item, key, value)
    return item


class ArticleFilter(django_filters.FilterSet):
    extraction_status = django_filters.ChoiceFilter(choices=ExtractionStatus.choices)
    outlet = django_filters.CharFilter(lookup_expr="iexact", max_length=200)
    q = django_filters.CharFilter(
        method="search", max_length=200, help_text="Text in the title or URL."
    )

    class Meta:
        model = Article
        fields = ["extraction_status", "outlet", "q"]

    def search(self, queryset: QuerySet[Article], name: str, value: str) -> QuerySet[Article]:
        from django.db.models import Q

        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(Q(title__icontains=value) | Q(url__icontains=value))


def article_list() -> QuerySet[Article]:
    return Article.objects.annotate(claim_count=Count("claims"))


@extend_schema_view(
    list=extend_schema(
        summary="List articles",
        description="Newest first, cursor-paginated. Any role.",
        responses={200: ArticleSerializer(many=True), **errors(400, 404)},
    ),
    retrieve=extend_schema(
        summary="Read an article",
        description="With its body. Any role.",
        responses={200: ArticleDetailSerializer, **errors(404)},
    ),
)
class ArticleViewSet(
    ApiViewMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet
):
    permission_classes = [EditorForWrites]
    queryset = Article.objects.none()
    serializer_class = ArticleSerializer
    filter_backends = [DjangoFilterBackend]
    filterset_class = ArticleFilter
    parser_classes = [JSONParser, MultiPartParser, FormParser]
    lookup_value_regex = IdConverter.regex

    def get_queryset(self) -> QuerySet[Article]:
        return article_list()

    def get_serializer_class(self) -> type[serializers.BaseSerializer]:
        return ArticleSerializer if self.action == "list" else ArticleDetailSerializer

    def _detail(self, article: Article, code: int = status.HTTP_200_OK) -> Response:
        fresh = article_list().get(pk=article.pk)
        return Response(ArticleDetailSerializer(fresh).data, status=code)

    @extend_schema(
        summary="Add an article",
        description=(
            "Editors. Send JSON with `body`, or a multipart upload with `file` (.txt or "
            f".html, UTF-8, at most {settings.UPLOAD_MAX_BYTES:,} bytes). The article is "
            "stored with extraction pending and claim extraction is queued. 409 when the same "
            "text or URL is already stored; 413 when it is too large; 400 for binary files "
            "or text that is not UTF-8."
        ),
        request={
            "application/json": ArticleCreateSerializer,
            "multipart/form-data": ArticleUploadSerializer,
        },
        responses={201: ArticleDetailSerializer, **errors(400, 409, 413)},
    )
    def create(self, request: Request) -> Response:
        if request.content_type.startswith(("multipart/", "application/x-www-form-urlencoded")):
            form = ArticleUploadSerializer(data=request.data)
            form.is_valid(raise_exception=True)
            data = dict(form.validated_data)
            item = _article_input_from_upload(data.pop("file"), data)
        else:
            serializer = ArticleCreateSerializer(data=request.data)
            serializer.is_valid(raise_exception=True)
            data = dict(serializer.validated_data)
            if len(data["body"].encode("utf-8")) > settings.UPLOAD_MAX_BYTES:
                raise TooLarge(
                    f"The article is {len(data['body'].encode('utf-8')):,} bytes; the limit is "
                    f"{settings.UPLOAD_MAX_BYTES:,} bytes."
                )
            item = ArticleInput(
                **{k: v for k, v in data.items() if v is not None and k != "language"},
                language=data.get("language") or "en",
            )
        article = claim_services.article_create(data=item, by=request.user)
        return self._detail(article, status.HTTP_201_CREATED)

    @extend_schema(
        summary="Edit an article",
        description="Editors. A changed body re-anchors the claims and re-runs extraction.",
        request=ArticleUpdateSerializer,
        responses={200: ArticleDetailSerializer, **errors(400, 404, 409, 413)},
    )
    def partial_update(self, request: Request, pk: str) -> Response:
        article = self.get_object()
        serializer = ArticleUpdateSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        changes = dict(serializer.validated_data)
        article = claim_services.article_update(article=article, changes=changes, by=request.user)
        return self._detail(article)

    @extend_schema(
        summary="Re-run claim extraction",
        description="Editors. Marks the article pending and queues extraction.",
        request=None,
        responses={200: ArticleDetailSerializer, **errors(404)},
    )
    @action(detail=True, methods=["post"])
    def extract(self, request: Request, pk: str) -> Response:
        article = claim_services.article_request_extraction(article=self.get_object())
        return self._detail(article)


# --- claims ---------------------------------------------------------------------------------------


class RatingBriefSerializer(serializers.Serializer):
    slug = serializers.CharField()
    label = serializers.CharField()  # type: ignore[assignment]
    value = serializers.IntegerField(allow_null=True)


class ClaimSerializer(serializers.ModelSerializer):
    reasons = serializers.ListField(child=serializers.CharField(), read_only=True)
    rating = serializers.SerializerMethodField(help_text="The verdict's rating so far, if any.")
    allowed_actions = serializers.SerializerMethodField(
        help_text="What the calling user may do to this claim now (see reviews.policy)."
    )
    likely_duplicate = serializers.SerializerMethodField(
        help_text=(
            "An undecided suggested match scores at or above MATCH_DUPLICATE_SCORE: this "
            "claim probably repeats an earlier one (see /claims/{id}/matches/)."
        )
    )

    class Meta:
        model = Claim
        fields = [
            "id",
            "article",
            "text",
            "span_start",
            "span_end",
            "claimant",
            "claim_type",
            "checkworthiness",
            "worth_checking",
            "reasons",
            "status",
            "assignee",
            "due_at",
            "version",
            "duplicate_of",
            "origin",
            "priority",
            "rating",
            "likely_duplicate",
            "allowed_actions",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields

    def get_likely_duplicate(self, claim: Claim) -> bool:
        flag = getattr(claim, "likely_duplicate", None)
        if flag is None:  # not read through a selector that annotates it
            flag = selectors.claim_is_likely_duplicate(claim=claim)
        return bool(flag)

    @extend_schema_field(RatingBriefSerializer(allow_null=True))
    def get_rating(self, claim: Claim) -> dict[str, Any] | None:
        try:
            rating = claim.review.rating
        except ObjectDoesNotExist:
            return None
        if rating is None:
            return None
        return {"slug": rating.slug, "label": rating.label, "value": rating.value}

    @extend_schema_field(
        serializers.ListField(child=serializers.ChoiceField(choices=sorted(policy.RULES)))
    )
    def get_allowed_actions(self, claim: Claim) -> list[str]:
        request = self.context.get("request")
        if request is None:
            return []
        return sorted(policy.allowed_actions(claim, request.user))


_datetime = serializers.DateTimeField(read_only=True).to_representation
ClaimRows = list[dict[str, Any]]


def _datetime_formatter() -> Callable[[Any], Any]:
    """DateTimeField.to_representation as ClaimSerializer applies it (ISO 8601 in the
    current time zone, UTC as Z), with the time zone looked up once per page rather than
    for every value: 0.4 -> 0.1 ms CPU for a page's 75 dates."""
    if not settings.USE_TZ or str(api_settings.DATETIME_FORMAT).lower() != ISO_8601:
        return _datetime
    zone = timezone.get_current_timezone()

    def iso(value: Any) -> Any:
        if not isinstance(value, datetime) or value.utcoffset() is None:
            return _datetime(value)
        try:
            text = value.astimezone(zone).isoformat()
        except OverflowError:
            return _datetime(value)  # refused as the serializer refuses it
        return text[:-6] + "Z" if text.endswith("+00:00") else text

    return iso


def claim_list_items(rows: Iterable[dict[str, Any]], *, user: Any) -> list[dict[str, Any]]:
    """ClaimSerializer(many=True)'s output for rows of selectors.claim_list_values, key for key
    (tests/api/test_claim_list_items.py compares the two)."""
    # The allowed actions depend on the claim only through its status and whether the
    # caller holds it (reviews.policy.has_role_for): work them out once per pair.
    actions: dict[tuple[str, bool], list[str]] = {}
    when = _datetime_formatter()
    items = []
    for row in rows:
        assignee = row["assignee_id"]
        key = (row["status"], assignee is not None and assignee == user.pk)
        allowed = actions.get(key)
        if allowed is None:
            probe = Claim(status=row["status"], assignee_id=assignee)
            allowed = actions[key] = sorted(policy.allowed_actions(probe, user))
        reasons = row["reasons"]
        slug = row["rating_slug"]
        items.append(
            {
                "id": row["id"],
                "article": row["article_id"],
                "text": row["text"],
                "span_start": row["span_start"],
                "span_end": row["span_end"],
                "claimant": row["claimant"],
                "claim_type": row["claim_type"],
                "checkworthiness": row["checkworthiness"],
                "worth_checking": row["worth_checking"],
                "reasons": None
                if reasons is None
                else [None if r is None else str(r) for r in reasons],
                "status": row["status"],
                "assignee": assignee,
                "due_at": when(row["due_at"]),
                "version": row["version"],
                "duplicate_of": row["duplicate_of_id"],
                "origin": row["origin"],
                "priority": row["priority"],
                "rating": None
                if slug is None
                else {"slug": slug, "label": row["rating_label"], "value": row["rating_value"]},
                "likely_duplicate": bool(row["likely_duplicate"]),
                "allowed_actions": list(allowed),
                "created_at": when(row["created_at"]),
                "updated_at": when(row["updated_at"]),
            }
        )
    return items


class SourceSerializer(serializers.ModelSerializer):
    url = serializers.CharField(read_only=True)
    archived_url = serializers.CharField(read_only=True, help_text="http(s) URL, or empty.")

    class Meta:
        from reviews.models import Source

        model = Source
        fields = [
            "id",
            "claim",
            "url",
            "title",
            "publisher",
            "excerpt",
            "stance",
            "accessed_at",
            "archived_url",
            "added_by",
            "created_at",
        ]
        read_only_fields = fields


class NoteSerializer(serializers.ModelSerializer):
    author_name = serializers.SerializerMethodField()

    class Meta:
        from reviews.models import Note

        model = Note
        fields = [
            "id",
            "claim",
            "author",
            "author_name",
            "body",
            "span_start",
            "span_end",
            "resolved",
            "created_at",
        ]
        read_only_fields = fields

    def get_author_name(self, note: Any) -> str | None:
        return note.author.get_username() if note.author_id else None


class ReviewSerializer(serializers.ModelSerializer):
    rating: serializers.SlugRelatedField[Any] = serializers.SlugRelatedField(
        slug_field="slug", read_only=True, allow_null=True
    )

    updated_at = serializers.DateTimeField(
        read_only=True, allow_null=True, help_text="Null until the claim's review is first saved."
    )

    class Meta:
        from reviews.models import Review

        model = Review
        fields = [
            "claim",
            "rating",
            "summary",
            "rationale",
            "author",
            "approver",
            "submitted_at",
            "approved_at",
            "published_at",
            "corrected_at",
            "correction_note",
            "version",
            "updated_at",
        ]
        read_only_fields = fields


class ClaimDetailSerializer(ClaimSerializer):
    article_title = serializers.CharField(source="article.title", read_only=True)
    review = serializers.SerializerMethodField()
    sources = SourceSerializer(many=True, read_only=True)
    notes = NoteSerializer(many=True, read_only=True)

    class Meta(ClaimSerializer.Meta):
        fields = [*ClaimSerializer.Meta.fields, "article_title", "review", "sources", "notes"]
        read_only_fields = fields

    @extend_schema_field(ReviewSerializer(allow_null=True))
    def get_review(self, claim: Claim) -> dict[str, Any] | None:
        try:
            review = claim.review
        except ObjectDoesNotExist:
            return None
        return dict(ReviewSerializer(review).data)


class ClaimCreateSerializer(serializers.Serializer):
    article = serializers.IntegerField(min_value=1, max_value=MAX_ID)
    span_start = serializers.IntegerField(min_value=0)
    span_end = serializers.IntegerField(min_value=1)
    claimant = serializers.CharField(max_length=300, required=False, allow_blank=True)
    claim_type = serializers.ChoiceField(choices=ClaimType.choices, required=False)


class ClaimUpdateSerializer(serializers.Serializer):
    text = serializers.CharField(required=False)
    claimant = serializers.CharField(max_length=300, required=False, allow_blank=True)
    claim_type = serializers.ChoiceField(choices=ClaimType.choices, required=False)
    version = serializers.IntegerField(
        min_value=1, help_text="The version you last read; a stale one is refused with 409."
    )


class VersionSerializer(serializers.Serializer):
    version = serializers.IntegerField(
        min_value=1,
        required=False,
        help_text="The claim version you last read; if given and stale, 409.",
    )


class TriageSerializer(VersionSerializer):
    decision = serializers.ChoiceField(choices=["queue", "dismiss"])
    reason = serializers.CharField(required=False, allow_blank=True, max_length=2000)


class AssignSerializer(VersionSerializer):
    assignee = serializers.IntegerField(
        min_value=1, max_value=MAX_ID, help_text="A reviewer's user id."
    )
    due_at = serializers.DateTimeField(required=False, allow_null=True)


class BulkAssignSerializer(serializers.Serializer):
    claims = serializers.ListField(
        child=serializers.IntegerField(min_value=1, max_value=MAX_ID), min_length=1, max_length=500
    )
    assignee = serializers.IntegerField(min_value=1, max_value=MAX_ID, required=False)
    strategy = serializers.ChoiceField(choices=["least_loaded"], required=False)
    due_at = serializers.DateTimeField(required=False, allow_null=True)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if ("assignee" in attrs) == ("strategy" in attrs):
            raise serializers.ValidationError('Give either "assignee" or "strategy".')
        return attrs


class ReturnSerializer(VersionSerializer):
    comment = serializers.CharField(max_length=5000)


class ReopenSerializer(VersionSerializer):
    note = serializers.CharField(max_length=5000)


class MergeSerializer(VersionSerializer):
    canonical = serializers.IntegerField(min_value=1, max_value=MAX_ID)


@extend_schema_field(OpenApiTypes.STR)
class AssigneeField(forms.CharField):
    def clean(self, value: Any) -> Any:
        value = super().clean(value)
        if value in ("", None, "me", "none"):
            return value
        if str(value).isdigit() and int(value) <= MAX_ID:
            return int(value)
        raise forms.ValidationError('Use a user id, "me" or "none".')


class AssigneeFilter(django_filters.Filter):
    field_class = AssigneeField


class IntegerFilter(django_filters.NumberFilter):
    field_class = forms.IntegerField


class ScoreFilter(django_filters.NumberFilter):
    field_class = forms.FloatField


# Cursor orderings for the queue's `ordering` values: the queue's own, whose first fields are
# never NULL (due dates sort on the `due_sort` annotation), so the cursor always has a position.
CURSOR_ORDERINGS = selectors.QUEUE_ORDERINGS


class ClaimFilter(django_filters.FilterSet):
    """Validates the queue's query parameters; `reviews.selectors.claim_queue` applies them."""

    status = django_filters.MultipleChoiceFilter(
        choices=ClaimStatus.choices, help_text="Repeat to match any of several states."
    )
    assignee = AssigneeFilter(help_text='A user id, "me", or "none" (unassigned).')
    article = IntegerFilter(min_value=1, max_value=MAX_ID)
    claim_type = django_filters.ChoiceFilter(choices=ClaimType.choices)
    rating = django_filters.CharFilter(max_length=100, help_text="A rating slug.")
    min_score = ScoreFilter(min_value=0, max_value=1, help_text="Lowest check-worthiness.")
    q = django_filters.CharFilter(max_length=200, help_text="Text in the claim or claimant.")
    # A choice, not BooleanFilter: that one reads "maybe" as "no filter" without a word.
    likely_duplicate = django_filters.TypedChoiceFilter(
        choices=[("true", "true"), ("false", "false")],
        coerce=lambda value: value == "true",
        help_text=(
            "true: only claims that probably repeat an earlier one (a strong undecided "
            "match); false: only those that do not."
        ),
    )
    worth_checking = django_filters.TypedChoiceFilter(
        choices=[(v, v) for v in ("1", "0", "true", "false")],
        coerce=lambda value: value in ("1", "true"),
        help_text=(
            "1: only claims on their article's short list (the extractor's cut-off); "
            "0: only the others."
        ),
    )
    ordering = django_filters.ChoiceFilter(
        choices=[(key, key) for key in CURSOR_ORDERINGS],
        help_text="Sort order; default `-score` (most check-worthy first).",
    )

    class Meta:
        model = Claim
        fields: list[str] = []

    def filter_queryset(self, queryset: QuerySet[Claim]) -> QuerySet[Claim]:
        filters = {k: v for k, v in self.form.cleaned_data.items() if v not in (None, "", [])}
        return selectors.claim_queue(user=self.request.user, filters=filters)


class ClaimActionMixin:
    """Runs a workflow service and answers with the updated claim."""

    def claim_response(self, claim: Claim | int, code: int = status.HTTP_200_OK) -> Response:
        pk = claim.pk if isinstance(claim, Claim) else claim
        fresh = selectors.claim_base().get(pk=pk)
        request = getattr(self, "request", None)
        return Response(ClaimSerializer(fresh, context={"request": request}).data, code)


def _transition_schema(summary: str, description: str, request: Any) -> Any:
    return extend_schema(
        summary=summary,
        description=description + " Answers with the updated claim.",
        request=request,
        responses={200: ClaimSerializer, **errors(400, 404, 409)},
    )


@extend_schema_view(
    list=extend_schema(
        summary="The claim queue",
        description="Filterable and sortable, cursor-paginated. Any role.",
        responses={200: ClaimSerializer(many=True), **errors(400, 404)},
    ),
    retrieve=extend_schema(
        summary="Read a claim",
        description="With its review, sources and notes. Any role.",
        responses={200: ClaimDetailSerializer, **errors(404)},
    ),
)
class ClaimViewSet(
    ApiViewMixin,
    ClaimActionMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    viewsets.GenericViewSet,
):
    queryset = Claim.objects.none()
    serializer_class = ClaimSerializer
    filter_backends = [DjangoFilterBackend]
    filterset_class = ClaimFilter
    lookup_value_regex = IdConverter.regex

    def get_queryset(self) -> QuerySet[Claim]:
        return selectors.claim_base()

    def get_object(self) -> Claim:
        if self.action == "retrieve":
            claim = selectors.claim_detail(pk=int(self.kwargs["pk"]))
            if claim is None:
                from django.http import Http404

                raise Http404
            return claim
        return cast(Claim, super().get_object())

    def get_serializer_class(self) -> type[serializers.BaseSerializer]:
        return ClaimDetailSerializer if self.action == "retrieve" else ClaimSerializer

    # Set by paginate_queryset for a rare search word: the order with its first column as an
    # expression no index provides (the same values, so cursors stay valid either way).
    search_ordering: tuple[str, ...] | None = None

    def cursor_ordering(self, request: Request) -> tuple[str, ...]:
        if self.search_ordering:
            return self.search_ordering
        return CURSOR_ORDERINGS.get(
            request.query_params.get("ordering") or "-score", CURSOR_ORDERINGS["-score"]
        )

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        rows = self.paginate_queryset(self.filter_queryset(Claim.objects.all()))
        return self.get_paginated_response(claim_list_items(rows, user=request.user))

    def filter_queryset(self, queryset: QuerySet[Any]) -> QuerySet[Any]:
        if self.action == "list" and self.request.query_params.keys().isdisjoint(
            ClaimFilter.base_filters
        ):
            # No filter given (a cursor at most): nothing to validate, the whole queue.
            return selectors.claim_queue(user=self.request.user)
        return super().filter_queryset(queryset)

    def paginate_queryset(self, queryset: QuerySet[Claim]) -> ClaimRows:  # type: ignore[override]
        """One page of the queue as selectors.claim_list_values rows.

        The whole queue by score in one query: it walks the score index and joins only the
        page. Otherwise the page's ids first (the cursor needs only the id and the order's
        first column), then those claims with their joins: paging the joined query lets
        PostgreSQL join every match before sorting whenever the order's index does not
        serve the filter (a reviewer's claims, a rare search word: 0.1-2 s at a million
        claims), and SQLite sort every match with all its columns where no index gives the
        order (a reviewer's claims by last change, 10,000 claims: 24 -> 13 ms CPU).
        """
        paginator = cast(CursorPagination, self.paginator)
        queryset = self._rare_search_first(queryset)
        position = self.cursor_ordering(self.request)[0].lstrip("-")
        params = self.request.query_params
        narrowed = any(params.get(name) for name in ClaimFilter.base_filters if name != "ordering")
        if not narrowed and (params.get("ordering") or "-score") in ("-score", "score"):
            rows = paginator.paginate_queryset(
                selectors.claim_list_values(queryset, position), self.request, view=self
            )
            return list(rows or [])
        keys: ClaimRows | None = paginator.paginate_queryset(
            queryset.values("pk", position), self.request, view=self
        )
        return selectors.claim_list_rows(ids=[key["pk"] for key in keys or []])

    def _rare_search_first(self, queryset: QuerySet[Claim]) -> QuerySet[Claim]:
        """For a rare search word, order on an expression so that PostgreSQL sorts the
        trigram index's matches instead of walking the order's index through most claims
        looking for them (1 s at a million claims; see selectors._search_page_ids)."""
        if not self.request.query_params.get("q"):
            return queryset  # no search: skip validating the filters a second time
        filterset = ClaimFilter(self.request.query_params, queryset=queryset, request=self.request)
        if not filterset.is_valid():
            return queryset
        filters = {k: v for k, v in filterset.form.cleaned_data.items() if v not in (None, "", [])}
        page_size = cast(CursorPagination, self.paginator).get_page_size(self.request)
        queryset, ordering = selectors.claims_rare_search_first(
            queryset,
            user=self.request.user,
            filters=filters,
            ordering=self.cursor_ordering(self.request),
            per_page=page_size or 25,
        )
        if ordering is not None:
            self.search_ordering = ordering
        return queryset

    @extend_schema(
        summary="Mark a claim by hand",
        description=(
            "Reviewers and editors. The text is the article's body between `span_start` and "
            "`span_end`; the claim starts as a candidate."
        ),
        request=ClaimCreateSerializer,
        responses={201: ClaimSerializer, **errors(400)},
    )
    def create(self, request: Request) -> Response:
        serializer = ClaimCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        article = Article.objects.filter(pk=data["article"]).only("id", "body").first()
        if article is None:
            raise serializers.ValidationError({"article": ["No article with this id."]})
        claim = review_services.claim_create_manual(
            article=article,
            span_start=data["span_start"],
            span_end=data["span_end"],
            claimant=data.get("claimant", ""),
            claim_type=data.get("claim_type", ClaimType.OTHER),
            by=request.user,
        )
        return self.claim_response(claim, status.HTTP_201_CREATED)

    @extend_schema(
        summary="Edit a claim",
        description=(
            "Text, claimant or type, with the `version` you read (409 naming who changed it "
            "when stale). Editors before assignment; the assignee or an editor afterwards."
        ),
        request=ClaimUpdateSerializer,
        responses={200: ClaimSerializer, **errors(400, 404, 409)},
    )
    def partial_update(self, request: Request, pk: str) -> Response:
        serializer = ClaimUpdateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        changes = dict(serializer.validated_data)
        version = changes.pop("version")
        claim = review_services.claim_update(
            claim=int(pk), by=request.user, changes=changes, version=version
        )
        return self.claim_response(claim)

    @_transition_schema(
        "Triage a candidate",
        "Editors: `queue` it for research or `dismiss` it. Candidate claims only.",
        TriageSerializer,
    )
    @action(detail=True, methods=["post"])
    def triage(self, request: Request, pk: str) -> Response:
        data = _valid(TriageSerializer, request)
        claim = review_services.claim_triage(
            claim=int(pk),
            by=request.user,
            decision=data["decision"],
            reason=data.get("reason", ""),
            version=data.get("version"),
        )
        return self.claim_response(claim)

    @_transition_schema(
        "Assign a claim",
        "Editors assign a queued (or re-assign an assigned / in-progress) claim to a reviewer.",
        AssignSerializer,
    )
    @action(detail=True, methods=["post"])
    def assign(self, request: Request, pk: str) -> Response:
        data = _valid(AssignSerializer, request)
        claim = review_services.claim_assign(
            claim=int(pk),
            by=request.user,
            assignee=data["assignee"],
            due_at=data.get("due_at"),
            version=data.get("version"),
        )
        return self.claim_response(claim)

    @extend_schema(
        operation_id="v1_claims_assign_bulk",
        filters=False,
        summary="Assign many claims",
        description=(
            'Editors. `{"claims": [ids], "assignee": id}` or `{"claims": [ids], "strategy": '
            '"least_loaded"}`. All or nothing. Answers with the updated claims.'
        ),
        request=BulkAssignSerializer,
        responses={200: ClaimSerializer(many=True), **errors(400, 404, 409)},
        examples=[
            OpenApiExample("To one reviewer", value={"claims": [1, 2], "assignee": 3}),
            OpenApiExample("Spread", value={"claims": [1, 2], "strategy": "least_loaded"}),
        ],
    )
    @action(detail=False, methods=["post"], url_path="assign")
    def assign_bulk(self, request: Request) -> Response:
        data = _valid(BulkAssignSerializer, request)
        claims = review_services.claims_assign_bulk(
            claims=data["claims"],
            by=request.user,
            assignee=data.get("assignee"),
            strategy=data.get("strategy"),
            due_at=data.get("due_at"),
        )
        fresh = selectors.claim_base().filter(pk__in=[c.pk for c in claims]).order_by("id")
        return Response(ClaimSerializer(fresh, many=True, context={"request": request}).data)

    @_transition_schema(
        "Start research", "The assigned reviewer starts an assigned claim.", VersionSerializer
    )
    @action(detail=True, methods=["post"])
    def start(self, request: Request, pk: str) -> Response:
        data = _valid(VersionSerializer, request)
        return self.claim_response(
            review_services.claim_start(claim=int(pk), by=request.user, version=data.get("version"))
        )

    @_transition_schema(
        "Submit for approval",
        "The assigned reviewer submits an in-progress claim; it needs a rating, a summary and "
        "at least one source (409 with `missing` naming what is lacking).",
        VersionSerializer,
    )
    @action(detail=True, methods=["post"])
    def submit(self, request: Request, pk: str) -> Response:
        data = _valid(VersionSerializer, request)
        return self.claim_response(
            review_services.claim_submit(
                claim=int(pk), by=request.user, version=data.get("version")
            )
        )

    @_transition_schema(
        "Approve and publish",
        "An editor who did not write the review (four-eyes) publishes a claim in review.",
        VersionSerializer,
    )
    @action(detail=True, methods=["post"])
    def approve(self, request: Request, pk: str) -> Response:
        data = _valid(VersionSerializer, request)
        return self.claim_response(
            review_services.claim_approve(
                claim=int(pk), by=request.user, version=data.get("version")
            )
        )

    @_transition_schema(
        "Return to the reviewer",
        "An editor sends a claim in review back to research with a comment.",
        ReturnSerializer,
    )
    @action(detail=True, methods=["post"], url_path="return")
    def return_(self, request: Request, pk: str) -> Response:
        data = _valid(ReturnSerializer, request)
        return self.claim_response(
            review_services.claim_return(
                claim=int(pk), by=request.user, comment=data["comment"], version=data.get("version")
            )
        )

    @_transition_schema(
        "Reopen for a correction",
        "An editor reopens a published verdict; the published revision is kept.",
        ReopenSerializer,
    )
    @action(detail=True, methods=["post"])
    def reopen(self, request: Request, pk: str) -> Response:
        data = _valid(ReopenSerializer, request)
        return self.claim_response(
            review_services.claim_reopen(
                claim=int(pk), by=request.user, note=data["note"], version=data.get("version")
            )
        )

    @_transition_schema(
        "Merge into a canonical claim",
        "An editor marks an open claim as a duplicate of `canonical`, whose verdict it shares.",
        MergeSerializer,
    )
    @action(detail=True, methods=["post"])
    def merge(self, request: Request, pk: str) -> Response:
        data = _valid(MergeSerializer, request)
        return self.claim_response(
            review_services.claim_merge(
                claim=int(pk),
                by=request.user,
                canonical=data["canonical"],
                version=data.get("version"),
            )
        )


def _valid(serializer_class: type[serializers.Serializer], request: Request) -> dict[str, Any]:
    serializer = serializer_class(data=request.data)
    serializer.is_valid(raise_exception=True)
    return dict(serializer.validated_data)
