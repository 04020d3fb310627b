from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from workbench.health import healthz

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("django.contrib.auth.urls")),
    path("healthz", healthz, name="healthz"),
    # Browsers ask for it on every page without a <link rel=icon> (the admin's, say).
    path("favicon.ico", RedirectView.as_view(url="/static/workbench/favicon.svg", permanent=True)),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    # The page's initialiser is a static file (the CSP allows no inline script or style).
    path(
        "api/docs/",
        SpectacularSwaggerView.as_view(url_name="api-schema", template_name="api/swagger_ui.html"),
        name="api-docs",
    ),
    path("api/v1/", include("workbench.api_urls")),
    path("archive/", include("archive.urls")),
    # The public fact-check pages (/checks/…, /sitemap.xml); 404 unless WORKBENCH_PUBLIC_SITE.
    path("", include("publishing.urls")),
    path("", include("web.urls")),
]

# A body over the size limit is refused before any view: say what the limit is (413).
handler400 = "web.articles.bad_request"
