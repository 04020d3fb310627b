"""Rate limits whose counts every web process shares.

DRF's throttles keep their history in Django's default cache, which is per-process memory
here: with two gunicorn workers an attacker got twice the attempts, and more with more
workers. These read and write the `throttle` cache (the database by default, see settings)
and count the address `core.clientip.client_ip` gives, so a made-up
`X-Forwarded-For` does not start a fresh count.
"""

from __future__ import annotations

from typing import Any

from django.core.cache import caches
from rest_framework.settings import api_settings
from rest_framework.throttling import SimpleRateThrottle

from core.clientip import client_ip


class SharedRateThrottle(SimpleRateThrottle):
    """A per-client-address limit kept in the shared `throttle` cache."""

    def __init__(self) -> None:
        self.cache = caches["throttle"]
        super().__init__()

    def get_rate(self) -> str | None:
        # Read at each request, not at import, so a changed setting takes effect.
        rate = api_settings.DEFAULT_THROTTLE_RATES.get(str(self.scope))
        return None if rate is None else str(rate)

    def get_ident(self, request: Any) -> str:
        return client_ip(request)

    def get_cache_key(self, request: Any, view: Any) -> str | None:
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class TokenRateThrottle(SharedRateThrottle):
    """`POST /api/v1/auth/token/`: password guesses per client address."""

    scope = "token"
