from django.apps import AppConfig


class MatchingConfig(AppConfig):
    name = "matching"
    verbose_name = "Claim matching"

    def ready(self) -> None:
        from matching import checks, hooks  # noqa: F401  (checks registers the system checks)

        hooks.connect()
