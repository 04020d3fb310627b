from django.apps import AppConfig


class PublishingConfig(AppConfig):
    """The public site: fact-check pages, their feed and sitemap (no login)."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "publishing"
    verbose_name = "Public pages"

    def ready(self) -> None:
        from django.core.signals import setting_changed

        from publishing import receivers
        from reviews.hooks import verdict_public_changed

        verdict_public_changed.connect(
            receivers.verdict_changed, dispatch_uid="publishing.verdict_changed"
        )
        setting_changed.connect(receivers.setting_changed, dispatch_uid="publishing.settings")
