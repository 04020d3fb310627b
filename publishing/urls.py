"""The public site; workbench/urls.py includes it at the root. Each view answers 404 while
WORKBENCH_PUBLIC_SITE is off."""

from django.urls import path

from publishing import views

app_name = "publishing"

urlpatterns = [
    path("checks/", views.index, name="index"),
    path("checks/feed/", views.feed, name="feed"),
    path("checks/ratings.css", views.ratings_css, name="ratings-css"),
    path("checks/<int:pk>/", views.detail, name="detail"),
    path("checks/<int:pk>/<slug:slug>/", views.detail, name="detail"),
    path("sitemap.xml", views.sitemap_index, name="sitemap"),
    path("sitemap-<slug:section>.xml", views.sitemap_section, name="sitemap-section"),
]
