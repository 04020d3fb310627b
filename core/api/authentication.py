"""API authentication: session, per-user `Authorization: Token <key>`, and read-only export keys.

Export keys (`wbx_…`) belong to machine clients, not people. They are created by an admin,
stored only as a SHA-256 hash, and authenticate as an `ExportClient`: a principal with no
role, so every role check refuses it; only the verdict export lets it in.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta
from typing import Any

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone
from rest_framework import authentication, exceptions

EXPORT_KEY_PREFIX = "wbx_"
# last_used_at is refreshed at most this often, so reads do not write on every request.
LAST_USED_RESOLUTION = timedelta(minutes=1)


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def export_token_issue(*, token: Any, by: Any | None = None) -> str:
    """Give an (unsaved or saved) ExportToken a fresh key; return the key, which is not kept."""
    key = EXPORT_KEY_PREFIX + secrets.token_urlsafe(32)
    token.key_hash = hash_key(key)
    token.prefix = key[:12]
    token.revoked = False
    if by is not None and getattr(by, "is_authenticated", False):
        token.created_by = by
    token.save()
    return str(key)


class ExportClient(AnonymousUser):
    """`request.user` for a request made with an export key: no role, no pk."""

    def __init__(self, token: Any) -> None:
        super().__init__()
        self.token = token
        self.username = f"export:{token.name}"  # type: ignore[assignment]

    def __str__(self) -> str:
        return self.username


def export_token_model() -> Any:
    """The model of export keys, named by settings.WORKBENCH_EXPORT_TOKEN_MODEL (like
    AUTH_USER_MODEL): the app that owns the export owns its keys; core only checks them."""
    return apps.get_model(settings.WORKBENCH_EXPORT_TOKEN_MODEL)


def export_token_authenticate(key: str) -> tuple[ExportClient, Any]:
    ExportToken = export_token_model()
    token = ExportToken.objects.filter(key_hash=hash_key(key)).first()
    if token is None or token.revoked:
        raise exceptions.AuthenticationFailed("Invalid or revoked export token.")
    now = timezone.now()
    if token.last_used_at is None or token.last_used_at < now - LAST_USED_RESOLUTION:
        ExportToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
    return ExportClient(token), token


def is_export_client(request: Any) -> bool:
    return isinstance(getattr(request, "auth", None), export_token_model())


class TokenAuthentication(authentication.TokenAuthentication):
    """`Authorization: Token <key>`: a user's API token, or an admin-issued export key."""

    keyword = "Token"

    def authenticate_credentials(self, key: str) -> tuple[Any, Any]:
        if key.startswith(EXPORT_KEY_PREFIX):
            return export_token_authenticate(key)
        return super().authenticate_credentials(key)
