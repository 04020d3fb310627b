"""System checks for production settings, run by `manage.py check --deploy`."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Tags, Warning, register

# Backends that write every message, password-reset links included, where the operators
# (or anybody reading the logs) can see it instead of sending it.
LOCAL_MAIL_BACKENDS = {
    "django.core.mail.backends.console.EmailBackend": "prints every e-mail to stdout",
    "django.core.mail.backends.filebased.EmailBackend": "writes every e-mail to a file",
}


@register(Tags.security, deploy=True)
def check_mail_is_really_sent(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    what = LOCAL_MAIL_BACKENDS.get(settings.EMAIL_BACKEND)
    if settings.DEBUG or what is None:
        return []
    return [
        Warning(
            f"The e-mail backend {settings.EMAIL_BACKEND} {what}: password-reset links "
            "end up in the logs and no user receives them.",
            hint="Set EMAIL_URL to your mail server, e.g. "
            "smtp+tls://user:password@mail.example.org:587 (see .env.example).",
            id="workbench.W001",
        )
    ]


@register(Tags.security, deploy=True)
def check_throttle_cache_is_shared(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    backend = settings.CACHES.get("throttle", {}).get("BACKEND", "")
    if settings.DEBUG or not backend.endswith(("LocMemCache", "DummyCache")):
        return []
    return [
        Warning(
            f"The throttle cache ({backend}) is not shared between processes: each web "
            "worker counts login attempts on its own, or not at all.",
            hint="Leave WORKBENCH_THROTTLE_CACHE_URL unset (the database) or point it at "
            "Redis (rediscache://host:6379/1).",
            id="workbench.W002",
        )
    ]


@register(Tags.security, deploy=True)
def check_webhooks_stay_outside(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    if settings.DEBUG or not settings.WEBHOOK_ALLOW_PRIVATE_HOSTS:
        return []
    return [
        Warning(
            "WORKBENCH_WEBHOOK_ALLOW_PRIVATE_HOSTS is on: an admin can point a webhook at "
            "the database, Redis or a cloud metadata address inside your network.",
            hint="Unset it in production; it is meant for tests and single-machine setups.",
            id="workbench.W003",
        )
    ]
