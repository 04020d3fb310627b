"""The fetcher: addresses checked after DNS and on every redirect, the connection pinned to
the checked address, the size cap, the redirect limit, timeouts and failure reasons."""

from __future__ import annotations

import socket
import time

import pytest

from archive.fetch import MAX_REDIRECTS, FetchError, Policy, Reason, fetch, networks
from tests.archive.pages import PageServer, article

OPEN = Policy(allow_private=True, total_timeout=2.0, connect_timeout=2.0)


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "127.0.0.2",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",  # the cloud metadata service
        "100.64.0.1",  # carrier-grade NAT
        "0.0.0.0",  # noqa: S104  (an address refused, not one bound)
        "224.0.0.1",  # multicast
        "240.0.0.1",  # reserved
        "::1",
        "fe80::1%eth0",
        "fc00::1",
        "::ffff:127.0.0.1",
        "ff02::1",
    ],
)
def test_internal_addresses_are_refused(address: str) -> None:
    assert not Policy().address_allowed(address)


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"])
def test_public_addresses_are_allowed(address: str) -> None:
    assert Policy().address_allowed(address)


def test_allowed_networks_open_only_those_networks() -> None:
    policy = Policy(allowed_networks=networks(["127.0.0.1", "10.1.0.0/16"]))
    assert policy.address_allowed("127.0.0.1")
    assert policy.address_allowed("10.1.200.3")
    assert not policy.address_allowed("127.0.0.2")
    assert not policy.address_allowed("10.2.0.1")


@pytest.mark.parametrize(
    "url", ["ftp://example.org/x", "file:///etc/passwd", "javascript:alert(1)", "http:///nohost"]
)
def test_only_http_urls_with_a_host_are_fetched(url: str) -> None:
    with pytest.raises(FetchError) as caught:
        fetch(url, policy=OPEN)
    assert caught.value.reason == Reason.INVALID_URL


def test_a_private_host_is_refused_before_any_connection(pages: PageServer) -> None:
    url = pages.page("/", article("Hi", "Some text."))
    with pytest.raises(FetchError) as caught:
        fetch(url, policy=Policy())
    assert caught.value.reason == Reason.REFUSED_ADDRESS
    assert "127.0.0.1" in caught.value.message
    assert pages.seen == []


def test_a_name_resolving_to_any_private_address_is_refused() -> None:
    def resolve(host: str, port: int) -> list[str]:
        return ["93.184.216.34", "10.0.0.5"]

    with pytest.raises(FetchError) as caught:
        fetch("https://mixed.example/", policy=Policy(), resolve=resolve)
    assert caught.value.reason == Reason.REFUSED_ADDRESS
    assert "10.0.0.5" in caught.value.message


def test_a_redirect_to_a_private_address_is_refused(pages: PageServer) -> None:
    policy = Policy(allowed_networks=networks(["127.0.0.1"]), total_timeout=2.0)
    target = f"http://127.0.0.2:{pages.port}/inside"
    pages.page("/inside", "secret")
    url = pages.redirect("/start", target)
    with pytest.raises(FetchError) as caught:
        fetch(url, policy=policy)
    assert caught.value.reason == Reason.REFUSED_ADDRESS
    assert caught.value.url == target
    assert [seen.path for seen in pages.seen] == ["/start"]


def test_a_redirect_to_the_metadata_service_is_refused(pages: PageServer) -> None:
    policy = Policy(allowed_networks=networks(["127.0.0.1"]), total_timeout=2.0)
    url = pages.redirect("/start", "http://169.254.169.254/latest/meta-data/")
    with pytest.raises(FetchError) as caught:
        fetch(url, policy=policy)
    assert caught.value.reason == Reason.REFUSED_ADDRESS


def test_the_connection_goes_to_the_checked_address_with_the_host_name_kept(
    pages: PageServer,
) -> None:
    """DNS rebinding: the name is resolved once per hop, and that answer is what we connect
    to; a second lookup (which could now say 10.0.0.1) never happens."""
    pages.page("/", article("Pinned", "Text."))
    answers = iter([["127.0.0.1"], ["10.0.0.1"]])
    calls: list[str] = []

    def rebinding(host: str, port: int) -> list[str]:
        calls.append(host)
        return next(answers)

    policy = Policy(allowed_networks=networks(["127.0.0.1"]), total_timeout=2.0)
    page = fetch(f"http://news.example:{pages.port}/", policy=policy, resolve=rebinding)
    assert page.status == 200
    assert calls == ["news.example"]
    assert pages.seen[0].host == f"news.example:{pages.port}"


def test_each_redirect_hop_is_resolved_and_checked_again(pages: PageServer) -> None:
    pages.page("/end", article("End", "Text."))
    pages.redirect("/start", f"http://second.example:{pages.port}/end")
    calls: list[str] = []

    def resolve(host: str, port: int) -> list[str]:
        calls.append(host)
        return ["127.0.0.1"] if host == "first.example" else ["192.168.0.10"]

    policy = Policy(allowed_networks=networks(["127.0.0.1"]), total_timeout=2.0)
    with pytest.raises(FetchError) as caught:
        fetch(f"http://first.example:{pages.port}/start", policy=policy, resolve=resolve)
    assert caught.value.reason == Reason.REFUSED_ADDRESS
    assert calls == ["first.example", "second.example"]


def test_a_redirect_chain_is_followed_to_the_final_url(pages: PageServer) -> None:
    final = pages.page("/final", article("Final", "The report."))
    pages.redirect("/b", "/final", status=301)  # relative
    url = pages.redirect("/a", pages.url("/b"), status=307)
    page = fetch(url, policy=OPEN)
    assert page.url == final
    assert page.redirects == [url, pages.url("/b")]
    assert b"The report." in page.body


def test_at_most_five_redirects_are_followed(pages: PageServer) -> None:
    pages.page("/end", "done")
    for hop in range(MAX_REDIRECTS + 1):
        pages.redirect(f"/{hop}", f"/{hop + 1}" if hop < MAX_REDIRECTS else "/end")
    # /1 .. /5 then /end: five redirects.
    assert fetch(pages.url("/1"), policy=OPEN).url == pages.url("/end")
    with pytest.raises(FetchError) as caught:
        fetch(pages.url("/0"), policy=OPEN)  # six
    assert caught.value.reason == Reason.TOO_MANY_REDIRECTS


def test_a_body_at_the_cap_is_kept_and_one_byte_more_is_too_large(pages: PageServer) -> None:
    cap = 64 * 1024
    policy = Policy(allow_private=True, max_bytes=cap, total_timeout=2.0)
    at_cap = pages.page("/at", b"a" * cap, content_type="text/plain", length=False)
    over = pages.page("/over", b"a" * (cap + 1), content_type="text/plain", length=False)
    assert len(fetch(at_cap, policy=policy).body) == cap
    with pytest.raises(FetchError) as caught:
        fetch(over, policy=policy)
    assert caught.value.reason == Reason.TOO_LARGE


def test_a_declared_length_over_the_cap_is_refused_unread(pages: PageServer) -> None:
    policy = Policy(allow_private=True, max_bytes=1000, total_timeout=2.0)
    url = pages.page("/big", b"a" * 5000)
    with pytest.raises(FetchError) as caught:
        fetch(url, policy=policy)
    assert caught.value.reason == Reason.TOO_LARGE
    assert "5,000 bytes" in caught.value.message


@pytest.mark.parametrize(
    ("status", "retryable", "gone"),
    [
        (404, False, True),
        (410, False, True),
        (403, False, False),
        (429, True, False),
        (500, True, False),
        (503, True, False),
    ],
)
def test_http_errors_say_whether_to_retry_and_whether_the_page_is_gone(
    pages: PageServer, status: int, retryable: bool, gone: bool
) -> None:
    url = pages.page("/x", "error page", status=status)
    with pytest.raises(FetchError) as caught:
        fetch(url, policy=OPEN)
    assert (caught.value.reason, caught.value.status) == (Reason.HTTP_ERROR, status)
    assert (caught.value.retryable, caught.value.gone) == (retryable, gone)


def test_a_file_that_is_not_a_page_is_refused(pages: PageServer) -> None:
    url = pages.page("/report.pdf", b"%PDF-1.7", content_type="application/pdf")
    with pytest.raises(FetchError) as caught:
        fetch(url, policy=OPEN)
    assert caught.value.reason == Reason.NOT_HTML


def test_an_unknown_host_is_gone_and_not_retried() -> None:
    def resolve(host: str, port: int) -> list[str]:
        raise socket.gaierror(-2, "Name or service not known")

    with pytest.raises(FetchError) as caught:
        fetch("https://no-such-host.example/", policy=OPEN, resolve=resolve)
    assert caught.value.reason == Reason.UNRESOLVABLE
    assert caught.value.gone and not caught.value.retryable


def test_a_refused_connection_is_retryable() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError) as caught:
        fetch(f"http://127.0.0.1:{port}/", policy=OPEN)
    assert caught.value.reason == Reason.CONNECTION_FAILED
    assert caught.value.retryable


def test_a_slow_server_trips_the_timeout(pages: PageServer) -> None:
    url = pages.page("/slow", "late", delay=1.5)
    with pytest.raises(FetchError) as caught:
        fetch(url, policy=Policy(allow_private=True, total_timeout=0.5))
    assert caught.value.reason == Reason.TIMEOUT
    assert caught.value.retryable


@pytest.mark.parametrize("length", [True, False])
def test_a_server_dripping_bytes_is_cut_off_at_the_total_timeout(
    pages: PageServer, length: bool
) -> None:
    """Each byte comes well within any per-read timeout; the whole page never does."""
    url = pages.page("/drip", b"x" * 100, content_type="text/plain", drip=0.05, length=length)
    started = time.monotonic()
    with pytest.raises(FetchError) as caught:
        fetch(url, policy=Policy(allow_private=True, total_timeout=0.6))
    assert caught.value.reason == Reason.TIMEOUT
    assert time.monotonic() - started < 1.5


def test_no_compressed_body_is_asked_for(pages: PageServer) -> None:
    url = pages.page("/", "plain", content_type="text/plain")
    page = fetch(url, policy=OPEN)
    assert page.body == b"plain"
    assert page.mime == "text/plain"
    assert pages.seen[0].accept_encoding == "identity"
