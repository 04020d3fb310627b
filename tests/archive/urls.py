"""The project's URLs with the archive's copies included, as workbench/urls.py will have
them (`path("archive/", include("archive.urls"))`, before the web app's catch-all)."""

from django.urls import include, path

from workbench.urls import handler400  # noqa: F401  (the project's error handler)
from workbench.urls import urlpatterns as project

urlpatterns = [path("archive/", include("archive.urls")), *project]
