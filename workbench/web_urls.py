"""The reviewer web UI: server-rendered pages with htmx fragments."""

from django.urls import path

from workbench.web import articles, claims, pages, queue

urlpatterns = [
    path("", pages.dashboard, name="dashboard"),
    path("notifications/", pages.notifications, name="notifications"),
    path("notifications/read/", pages.notifications_read, name="notifications-read"),
    path("ratings.css", pages.ratings_css, name="ratings-css"),
    path("queue/", queue.queue, name="queue"),
    path("queue/assign/", queue.queue_assign, name="queue-assign"),
    path("articles/", articles.article_list, name="articles"),
    path("articles/new/", articles.article_new, name="article-new"),
    path("articles/<int:pk>/", articles.article_reader, name="article"),
    path("articles/<int:pk>/status/", articles.article_status, name="article-status"),
    path("articles/<int:pk>/extract/", articles.article_extract, name="article-extract"),
    path("articles/<int:pk>/claims/", articles.article_claim_add, name="article-claim-add"),
    path("claims/<int:pk>/", claims.claim_page, name="claim"),
    path("claims/<int:pk>/edit/", claims.claim_edit, name="claim-edit"),
    path("claims/<int:pk>/review/", claims.review_save, name="claim-review"),
    path("claims/<int:pk>/sources/", claims.source_add, name="claim-source-add"),
    path("claims/<int:pk>/notes/", claims.note_add, name="claim-note-add"),
    path("claims/<int:pk>/<slug:action>/", claims.claim_action, name="claim-action"),
    path("sources/<int:pk>/remove/", claims.source_remove, name="source-remove"),
]
