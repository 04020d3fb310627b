"""`/api/v1/articles/`: list, read, add (JSON or an uploaded file), edit, re-extract."""

from __future__ import annotations

from django.conf import settings
from django.db.models import Count, QuerySet
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response

from claims import services as claim_services
from claims.api.filters import ArticleFilter
from claims.api.serializers import (
    ArticleCreateSerializer,
    ArticleDetailSerializer,
    ArticleSerializer,
    ArticleUpdateSerializer,
    ArticleUploadSerializer,
)
from claims.api.uploads import article_input_from_upload
from claims.ingestion import ArticleInput
from claims.models import Article
from core.api.base import ApiViewMixin, errors
from core.api.parsers import JSONParser
from core.api.permissions import EditorForWrites
from core.api.routing import IdConverter
from core.errors import TooLarge


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
            item = article_input_from_upload(data.pop("file"), data)
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
