"""Stored copies: workbench/urls.py includes these at "archive/" (services.COPY_PATH)."""

from django.urls import path

from archive import views

app_name = "archive"

urlpatterns = [
    path("<int:pk>/", views.snapshot_page, name="snapshot"),
    path("<int:pk>/text/", views.snapshot_text, name="snapshot-text"),
]
