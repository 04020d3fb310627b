"""The reviewer web UI: server-rendered pages with htmx fragments."""

from django.urls import path

from web import articles, claims, pages, queue, rot
from web.claims.archive import source_rearchive

urlpatterns = [
    path("", pages.dashboard, name="dashboard"),
    path("notifications/", pages.notifications, name="web-notifications"),
    path("notifications/read/", pages.notifications_read, name="web-notifications-read"),
    path("ratings.css", pages.ratings_css, name="web-ratings-css"),
    path("queue/", queue.queue, name="web-queue"),
    path("queue/assign/", queue.queue_assign, name="web-queue-assign"),
    path("queue/claims/<int:pk>/assign/", queue.queue_row_assign, name="web-queue-row-assign"),
    path("articles/", articles.article_list, name="web-articles"),
    path("articles/new/", articles.article_new, name="web-article-new"),
    path("articles/<int:pk>/", articles.article_reader, name="web-article"),
    path("articles/<int:pk>/status/", articles.article_status, name="web-article-status"),
    path("articles/<int:pk>/extract/", articles.article_extract, name="web-article-extract"),
    path("articles/<int:pk>/claims/", articles.article_claim_add, name="web-article-claim-add"),
    path("claims/<int:pk>/", claims.claim_page, name="web-claim"),
    path("claims/<int:pk>/edit/", claims.claim_edit, name="web-claim-edit"),
    path("claims/<int:pk>/review/", claims.review_save, name="web-claim-review"),
    path("claims/<int:pk>/sources/", claims.source_add, name="web-claim-source-add"),
    path("claims/<int:pk>/notes/", claims.note_add, name="web-claim-note-add"),
    path(
        "claims/<int:pk>/matches/<int:match_id>/<slug:decision>/",
        claims.match_decide,
        name="web-claim-match",
    ),
    path("claims/<int:pk>/<slug:action>/", claims.claim_action, name="web-claim-action"),
    path("sources/<int:pk>/remove/", claims.source_remove, name="web-source-remove"),
    path("sources/<int:pk>/archive/", source_rearchive, name="web-source-archive"),
    path("sources/link-rot/", rot.link_rot, name="web-link-rot"),
]
