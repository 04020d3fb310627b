from django.apps import AppConfig


class ReviewsConfig(AppConfig):
    name = "reviews"
    verbose_name = "Reviews and verdicts"

    def ready(self) -> None:
        from reviews import matching_hooks

        matching_hooks.connect()
