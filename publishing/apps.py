from django.apps import AppConfig


class PublishingConfig(AppConfig):
    """The public site: fact-check pages, their feed and sitemap (no login)."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "publishing"
    verbose_name = "Public pages"
