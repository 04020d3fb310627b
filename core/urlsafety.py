"""Outgoing URLs (webhooks) that must not reach into the workbench's own network.

A webhook is an admin-given URL the workers POST to. Pointed at 127.0.0.1:6379, 10.x or
169.254.169.254 it would turn the workers into a probe of the internal network, so the host
must resolve only to public addresses, unless `WORKBENCH_WEBHOOK_ALLOW_PRIVATE_HOSTS` is on
(tests, single-machine setups). Names are resolved when the URL is saved and again before
each delivery, since DNS can change in between.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError

ALLOWED_SCHEMES = ("http", "https")


def url_normalise_scheme(url: str) -> str:
    """`HTTP://host/x` -> `http://host/x`; anything but http(s) is refused."""
    url = url.strip()
    scheme, sep, rest = url.partition("://")
    if not sep or scheme.lower() not in ALLOWED_SCHEMES:
        raise ValidationError(
            "Only http:// and https:// URLs can receive webhooks.", code="invalid_scheme"
        )
    return f"{scheme.lower()}://{rest}"


def is_public_address(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone ("fe80::1%eth0")
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped  # ::ffff:127.0.0.1 is 127.0.0.1
    return ip.is_global and not ip.is_multicast


def public_url_check(url: str, *, allow_private: bool | None = None) -> str:
    """Return the URL with its scheme lower-cased, or raise ValidationError saying why it
    cannot be used: not http(s), no host, or a host that is (or resolves to) a loopback,
    private, link-local or otherwise non-public address."""
    url = url_normalise_scheme(url)
    if allow_private is None:
        allow_private = bool(settings.WEBHOOK_ALLOW_PRIVATE_HOSTS)
    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port
    except ValueError as exc:
        raise ValidationError(f"This URL cannot be read: {exc}.", code="invalid_url") from exc
    if not host:
        raise ValidationError("The URL has no host name.", code="invalid_url")
    if allow_private:
        return url
    try:
        infos = socket.getaddrinfo(
            host, port or (443 if parts.scheme == "https" else 80), type=socket.SOCK_STREAM
        )
    except (OSError, UnicodeError) as exc:
        raise ValidationError(
            f"The host {host} could not be resolved; check the name.", code="unresolvable_host"
        ) from exc
    internal = sorted({str(info[4][0]) for info in infos if not is_public_address(str(info[4][0]))})
    if internal:
        raise ValidationError(
            f"The host {host} points inside the network ({', '.join(internal)}); webhooks "
            "may only go to public addresses. To allow it on a test or single-machine setup, "
            "set WORKBENCH_WEBHOOK_ALLOW_PRIVATE_HOSTS=1.",
            code="private_host",
        )
    return url
