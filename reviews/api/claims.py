"""`/api/v1/claims/`: the claim queue, a claim with its review, marking and editing a
claim by hand, and (from reviews.api.actions) the workflow's steps."""

from __future__ import annotations

from typing import Any, cast

from django.db.models import QuerySet
from django.http import Http404
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.request import Request
from rest_framework.response import Response

from claims.models import Article, Claim, ClaimType
from core.api.base import ApiViewMixin, errors
from core.api.pagination import CursorPagination
from core.api.routing import IdConverter
from reviews import selectors, services
from reviews.api.actions import WorkflowActions
from reviews.api.filters import CURSOR_ORDERINGS, ClaimFilter
from reviews.api.inputs import ClaimCreateSerializer, ClaimUpdateSerializer
from reviews.api.items import claim_list_items
from reviews.api.serializers import ClaimDetailSerializer, ClaimSerializer

ClaimRows = list[dict[str, Any]]


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
    WorkflowActions,
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
        page. Otherwise the page's ids first (the cursor needs only the order's columns,
        the id last), then those claims with their joins: paging the joined query lets
        PostgreSQL join every match before sorting whenever the order's index does not
        serve the filter (a reviewer's claims, a rare search word: 0.1-2 s at a million
        claims), and SQLite sort every match with all its columns where no index gives the
        order (a reviewer's claims by last change, 10,000 claims: 24 -> 13 ms CPU).
        """
        paginator = cast(CursorPagination, self.paginator)
        queryset = self._rare_search_first(queryset)
        # Every column of the order: the cursor holds the last row's value of each.
        columns = [
            name.lstrip("-") for name in paginator.get_ordering(self.request, queryset, self)
        ]
        params = self.request.query_params
        narrowed = any(params.get(name) for name in ClaimFilter.base_filters if name != "ordering")
        if not narrowed and (params.get("ordering") or "-score") in ("-score", "score"):
            rows = paginator.paginate_queryset(
                selectors.claim_list_values(queryset, *columns), self.request, view=self
            )
            return list(rows or [])
        keys: ClaimRows | None = paginator.paginate_queryset(
            queryset.values("pk", *columns), self.request, view=self
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
        claim = services.claim_create_manual(
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
        claim = services.claim_update(
            claim=int(pk), by=request.user, changes=changes, version=version
        )
        return self.claim_response(claim)
