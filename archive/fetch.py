"""Fetch a web page for the archive, without letting a URL reach into our own network.

A source URL is typed by a reviewer, and its server chooses where it redirects: pointed at
127.0.0.1:6379, 10.x or 169.254.169.254 the archive worker would become a probe of the
internal network. So every hop (the URL and each redirect, at most MAX_REDIRECTS) is
resolved here, every address it resolves to must be public (core.urlsafety's test), and
the connection goes to the address that was checked, with the host name kept for the Host
header, SNI and the certificate check: a name that resolves to a public address when
checked and a private one a moment later (DNS rebinding) cannot slip through.

Only http(s); the body is read up to `max_bytes` + 1 (one byte more means "too large");
a connect timeout and a total one (a watchdog closes the socket at the deadline, so a
server dribbling a byte a second cannot hold the worker either). No Django models here:
the caller stores what comes back.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from core.urlsafety import is_public_address

MAX_REDIRECTS = 5
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
GONE_STATUSES = frozenset({404, 410})
# A text page a person can read; anything else (PDF, images, archives) is refused for now.
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
USER_AGENT = "FactCheckWorkbench-Archiver/1.0 (+source preservation)"
CHUNK = 64 * 1024

Resolver = Callable[[str, int], Sequence[str]]


class Reason:
    """Why a fetch failed: the codes stored on a failed snapshot."""

    TIMEOUT = "timeout"
    TOO_LARGE = "too_large"
    REFUSED_ADDRESS = "refused_address"
    HTTP_ERROR = "http_error"
    NOT_HTML = "not_html"
    UNRESOLVABLE = "unresolvable"
    CONNECTION_FAILED = "connection_failed"
    TOO_MANY_REDIRECTS = "too_many_redirects"
    INVALID_URL = "invalid_url"


@dataclass
class FetchError(Exception):
    reason: str
    message: str
    status: int | None = None
    url: str = ""
    # Worth another try later: a 5xx, a 429, a timeout, a refused or reset connection.
    retryable: bool = False

    def __post_init__(self) -> None:
        super().__init__(self.message)

    @property
    def gone(self) -> bool:
        """The page is no longer there (404/410, or its host name no longer resolves)."""
        return self.status in GONE_STATUSES or self.reason == Reason.UNRESOLVABLE


@dataclass
class Page:
    url: str  # the final URL, after redirects
    status: int
    content_type: str  # as sent, e.g. "text/html; charset=utf-8"
    body: bytes
    redirects: list[str] = field(default_factory=list)

    @property
    def mime(self) -> str:
        return self.content_type.split(";", 1)[0].strip().lower()


@dataclass(frozen=True)
class Policy:
    max_bytes: int = 5 * 1024 * 1024
    connect_timeout: float = 5.0
    total_timeout: float = 30.0
    allow_private: bool = False
    # Private networks allowed anyway (an intranet, the tests' 127.0.0.1).
    allowed_networks: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = ()

    def address_allowed(self, address: str) -> bool:
        if self.allow_private or is_public_address(address):
            return True
        ip = ipaddress.ip_address(address.split("%", 1)[0])
        return any(ip in network for network in self.allowed_networks)


def networks(values: Sequence[str]) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    """`["127.0.0.1", "10.1.0.0/16"]` -> networks (a bare address is a /32 or /128)."""
    return tuple(ipaddress.ip_network(v.strip(), strict=False) for v in values if v.strip())


def system_resolve(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    seen: dict[str, None] = {}
    for info in infos:
        seen.setdefault(str(info[4][0]), None)
    return list(seen)


def fetch(url: str, *, policy: Policy, resolve: Resolver = system_resolve) -> Page:
    """GET `url`, following at most MAX_REDIRECTS redirects; raise FetchError saying why not."""
    deadline = time.monotonic() + policy.total_timeout
    redirects: list[str] = []
    current = url
    while True:
        status, headers, body = _get(current, policy=policy, resolve=resolve, deadline=deadline)
        if status in REDIRECT_STATUSES and headers.get("location"):
            if len(redirects) >= MAX_REDIRECTS:
                raise FetchError(
                    Reason.TOO_MANY_REDIRECTS,
                    f"More than {MAX_REDIRECTS} redirects; the last went to {current}.",
                    status=status,
                    url=current,
                )
            redirects.append(current)
            current = urljoin(current, headers["location"].strip())
            continue
        content_type = headers.get("content-type", "")
        assert body is not None  # _get reads the body of every final answer
        return Page(current, status, content_type, body, redirects)


def _split(url: str) -> tuple[str, str, int, str]:
    try:
        parts = urlsplit(url.strip())
        scheme, host, port = parts.scheme.lower(), parts.hostname, parts.port
    except ValueError as exc:
        raise FetchError(Reason.INVALID_URL, f"The URL cannot be read: {exc}.", url=url) from exc
    if scheme not in ("http", "https"):
        raise FetchError(
            Reason.INVALID_URL, "Only http:// and https:// pages can be archived.", url=url
        )
    if not host:
        raise FetchError(Reason.INVALID_URL, "The URL has no host name.", url=url)
    target = parts.path or "/"
    if parts.query:
        target += "?" + parts.query
    return scheme, host, port or (443 if scheme == "https" else 80), target


def _addresses(host: str, port: int, *, policy: Policy, resolve: Resolver, url: str) -> list[str]:
    try:
        found = list(resolve(host, port))
    except (OSError, UnicodeError) as exc:
        raise FetchError(
            Reason.UNRESOLVABLE, f"The host {host} could not be resolved.", url=url
        ) from exc
    if not found:
        raise FetchError(Reason.UNRESOLVABLE, f"The host {host} has no address.", url=url)
    refused = sorted(a for a in found if not policy.address_allowed(a))
    if refused:
        raise FetchError(
            Reason.REFUSED_ADDRESS,
            f"The host {host} points inside the network ({', '.join(refused)}); only public "
            "addresses are archived.",
            url=url,
        )
    return found


def _connection(
    scheme: str, host: str, port: int, address: str, timeout: float
) -> http.client.HTTPConnection:
    conn: http.client.HTTPConnection
    if scheme == "https":
        conn = http.client.HTTPSConnection(
            host, port, timeout=timeout, context=ssl.create_default_context()
        )
    else:
        conn = http.client.HTTPConnection(host, port, timeout=timeout)

    # Connect to the checked address, not to whatever the name resolves to now; the host
    # name stays the connection's, for the Host header, SNI and the certificate.
    def pinned(_address: Any, timeout: float, source: Any = None) -> socket.socket:
        return socket.create_connection((address, port), timeout, source)

    conn._create_connection = pinned  # type: ignore[attr-defined]
    return conn


def _get(
    url: str, *, policy: Policy, resolve: Resolver, deadline: float
) -> tuple[int, dict[str, str], bytes | None]:
    scheme, host, port, target = _split(url)
    addresses = _addresses(host, port, policy=policy, resolve=resolve, url=url)
    conn = None
    error: OSError | None = None
    for address in addresses:
        remaining = _remaining(deadline, url)
        conn = _connection(scheme, host, port, address, min(policy.connect_timeout, remaining))
        try:
            conn.connect()
            break
        except TimeoutError as exc:
            error = exc
            conn.close()
            conn = None
        except ssl.SSLError as exc:
            conn.close()
            raise FetchError(
                Reason.CONNECTION_FAILED, f"The TLS handshake with {host} failed: {exc}.", url=url
            ) from exc
        except OSError as exc:
            error = exc
            conn.close()
            conn = None
    if conn is None:
        if isinstance(error, TimeoutError):
            raise FetchError(
                Reason.TIMEOUT,
                f"{host} did not accept a connection in time.",
                url=url,
                retryable=True,
            )
        raise FetchError(
            Reason.CONNECTION_FAILED,
            f"{host} refused the connection ({error}).",
            url=url,
            retryable=True,
        )
    # The total deadline: a watchdog shuts the socket down when it passes, whatever the
    # server is doing (a per-read timeout alone lets a slow drip go on for ever).
    # The response takes the socket over (http.client drops conn.sock when the server
    # closes the connection after the answer): hold our own reference for the watchdog.
    sock = conn.sock
    assert sock is not None
    response: http.client.HTTPResponse | None = None
    expired = threading.Event()

    def _expire() -> None:
        expired.set()
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)

    watchdog = threading.Timer(max(deadline - time.monotonic(), 0), _expire)
    watchdog.daemon = True
    watchdog.start()
    try:
        sock.settimeout(_remaining(deadline, url))
        conn.putrequest("GET", target, skip_accept_encoding=True)
        conn.putheader("User-Agent", USER_AGENT)
        conn.putheader("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1")
        conn.putheader("Accept-Encoding", "identity")  # no decompression bomb to open
        conn.endheaders()
        response = conn.getresponse()
        headers = {k.lower(): v for k, v in response.getheaders()}
        status = response.status
        if status in REDIRECT_STATUSES and headers.get("location"):
            return status, headers, None
        _check_status(status, url)
        _check_type(headers.get("content-type", ""), url, status)
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > policy.max_bytes:
            raise _too_large(policy, url, status, int(length))
        body = _read_capped(response, policy.max_bytes, deadline, url)
        if expired.is_set():  # the watchdog cut the body short: not a whole page
            raise TimeoutError
        if len(body) > policy.max_bytes:
            raise _too_large(policy, url, status, None)
        return status, headers, body
    except FetchError:
        raise
    except (TimeoutError, OSError, http.client.HTTPException) as exc:
        if expired.is_set() or isinstance(exc, TimeoutError):
            raise FetchError(
                Reason.TIMEOUT,
                f"{host} did not send the page within {policy.total_timeout:g} seconds.",
                url=url,
                retryable=True,
            ) from exc
        raise FetchError(
            Reason.CONNECTION_FAILED,
            f"The connection to {host} failed ({exc.__class__.__name__}: {exc}).",
            url=url,
            retryable=True,
        ) from exc
    finally:
        watchdog.cancel()
        if response is not None:
            response.close()
        conn.close()


def _remaining(deadline: float, url: str) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchError(
            Reason.TIMEOUT, "The time allowed for the fetch ran out.", url=url, retryable=True
        )
    return left


def _check_status(status: int, url: str) -> None:
    if 200 <= status < 300:
        return
    retryable = status >= 500 or status == 429
    raise FetchError(
        Reason.HTTP_ERROR,
        f"The server answered HTTP {status}.",
        status=status,
        url=url,
        retryable=retryable,
    )


def _check_type(content_type: str, url: str, status: int) -> None:
    mime = content_type.split(";", 1)[0].strip().lower()
    if mime and mime not in PAGE_TYPES:
        raise FetchError(
            Reason.NOT_HTML,
            f"The URL is not a web page ({mime}); only HTML and plain text are archived.",
            status=status,
            url=url,
        )


def _too_large(policy: Policy, url: str, status: int, length: int | None) -> FetchError:
    size = f"{length:,} bytes" if length is not None else "larger than that"
    return FetchError(
        Reason.TOO_LARGE,
        f"The page is {size}; the archive keeps pages up to {policy.max_bytes:,} bytes.",
        status=status,
        url=url,
    )


def _read_capped(response: http.client.HTTPResponse, cap: int, deadline: float, url: str) -> bytes:
    """At most cap + 1 bytes: enough to know the page is too large, never more."""
    chunks: list[bytes] = []
    size = 0
    while size <= cap:
        _remaining(deadline, url)
        chunk = response.read(min(CHUNK, cap + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)
