"""The /api/v1/ contract (see DESIGN.md › API contract)."""

from django.urls import path, re_path, register_converter
from rest_framework.routers import DefaultRouter

from archive.api import SourceArchiveView
from claims.api.imports import ArticleImportView, ImportJobView
from claims.api.views import ArticleViewSet
from core.api.routing import ApiRootView, IdConverter, not_found
from matching.api import ClaimMatchDecisionView, ClaimMatchesView
from reviews.api.claims import ClaimViewSet
from reviews.api.evidence import ClaimNotesView, ClaimSourcesView, SourceDetailView
from reviews.api.review import ClaimReviewView, RatingListView
from reviews.api.timeline import ClaimTimelineView
from reviews.api.tokens import TokenView
from reviews.api.verdicts import VerdictListView

register_converter(IdConverter, "id")

router = DefaultRouter(trailing_slash=True)
router.include_root_view = False
router.register("articles", ArticleViewSet, basename="article")
router.register("claims", ClaimViewSet, basename="claim")

# `GET /api/v1/`: the endpoints a client starts from (those under a claim or source take an id).
API_ROOT = {
    "articles": "article-list",
    "articles-import": "article-import",
    "claims": "claim-list",
    "ratings": "ratings",
    "verdicts": "verdicts",
    "auth-token": "api-token",
    "schema": "api-schema",
    "docs": "api-docs",
}

urlpatterns = [
    path("", ApiRootView.as_view(api_root_dict=API_ROOT), name="api-root"),
    path("auth/token/", TokenView.as_view(), name="api-token"),
    path("articles/import/", ArticleImportView.as_view(), name="article-import"),
    path("articles/import/<id:pk>/", ImportJobView.as_view(), name="article-import-job"),
    path("claims/<id:pk>/review/", ClaimReviewView.as_view(), name="claim-review"),
    path("claims/<id:pk>/sources/", ClaimSourcesView.as_view(), name="claim-sources"),
    path("claims/<id:pk>/notes/", ClaimNotesView.as_view(), name="claim-notes"),
    path("claims/<id:pk>/timeline/", ClaimTimelineView.as_view(), name="claim-timeline"),
    path("claims/<id:pk>/matches/", ClaimMatchesView.as_view(), name="claim-matches"),
    path(
        "claims/<id:pk>/matches/<id:match_id>/confirm/",
        ClaimMatchDecisionView.as_view(decision="confirm"),
        name="claim-match-confirm",
    ),
    path(
        "claims/<id:pk>/matches/<id:match_id>/reject/",
        ClaimMatchDecisionView.as_view(decision="reject"),
        name="claim-match-reject",
    ),
    path("sources/<id:pk>/archive/", SourceArchiveView.as_view(), name="source-archive"),
    path("sources/<id:pk>/", SourceDetailView.as_view(), name="source-detail"),
    path("ratings/", RatingListView.as_view(), name="ratings"),
    path("verdicts/", VerdictListView.as_view(), name="verdicts"),
    *router.urls,
    # (?s): a path with an encoded line break (%0A) is an API path too, not the HTML 404.
    re_path(r"^(?P<path>(?s:.*))$", not_found),
]
