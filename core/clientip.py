"""The client's address, as the rate limits and the login lockout see it.

`X-Forwarded-For` is written by whoever sends the request, so only the entries appended by
proxies we run can be believed. With `WORKBENCH_TRUSTED_PROXY_COUNT = n` the client is the
n-th address from the right (the one our outermost proxy saw connecting); with 0, the
default, the header is ignored and the connection's `REMOTE_ADDR` is the client. This is
DRF's `NUM_PROXIES` rule, shared here so django-axes counts the same address.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings


def client_ip(request: Any) -> str:
    """The address to count attempts against (`request`: a Django or DRF request)."""
    meta = request.META
    remote_addr = str(meta.get("REMOTE_ADDR") or "")
    proxies = int(getattr(settings, "TRUSTED_PROXY_COUNT", 0))
    forwarded = meta.get("HTTP_X_FORWARDED_FOR")
    if proxies <= 0 or not forwarded:
        return remote_addr
    addresses = [part.strip() for part in str(forwarded).split(",") if part.strip()]
    if not addresses:
        return remote_addr
    return addresses[-min(proxies, len(addresses))]
