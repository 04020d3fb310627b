"""The Atom feed and the sitemap: published fact-checks only, with their dates."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from claims.models import Claim
from reviews import services
from tests.factories import make_claim
from tests.publishing.conftest import PublishFn

pytestmark = pytest.mark.django_db


def _xml(content: bytes) -> ET.Element:
    return ET.fromstring(content)  # noqa: S314 - the workbench's own response


ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_the_atom_feed_lists_the_latest_published_checks_with_their_public_urls(
    client: Client, publish: PublishFn, correct: Callable[..., Claim], people: dict[str, Any]
) -> None:
    older = publish(claim_as_stated="Older claim")
    newer = publish(claim_as_stated="Newer claim", rating="true")
    correct(older, note="Fixed.", summary="Corrected.")
    services.claim_triage(
        claim=make_claim(claimant="Hidden"), by=people["editor"], decision="queue"
    )

    response = client.get("/checks/feed/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = _xml(response.content)
    entries = feed.findall(f"{ATOM}entry")
    titles = [entry.findtext(f"{ATOM}title") for entry in entries]
    assert titles == ["Older claim", "Newer claim"]  # the correction is the latest change
    links = [entry.find(f"{ATOM}link").get("href") for entry in entries]  # type: ignore[union-attr]
    assert links[1] == f"https://checks.example.org/checks/{newer.pk}/newer-claim/"
    assert entries[0].findtext(f"{ATOM}summary") == "False. Corrected."
    assert entries[0].findtext(f"{ATOM}updated") > entries[0].findtext(f"{ATOM}published")  # type: ignore[operator]
    assert b"Hidden" not in response.content


def test_the_index_page_links_to_the_feed(client: Client, publish: PublishFn) -> None:
    publish()
    html = client.get("/checks/").content.decode()
    assert '<link rel="alternate" type="application/atom+xml"' in html
    assert 'href="/checks/feed/"' in html


def test_the_sitemap_lists_every_public_check_with_its_last_modification(
    client: Client, publish: PublishFn, correct: Callable[..., Claim], people: dict[str, Any]
) -> None:
    first = publish(claim_as_stated="First claim")
    second = publish(claim_as_stated="Second claim")
    correct(second, note="Fixed.", summary="Corrected.")
    services.claim_triage(claim=make_claim(), by=people["editor"], decision="queue")

    index = _xml(client.get("/sitemap.xml").content)
    sections = [s.findtext(f"{SITEMAP}loc") for s in index.findall(f"{SITEMAP}sitemap")]
    assert sections == ["http://testserver/sitemap-checks.xml"]
    assert index.find(f"{SITEMAP}sitemap/{SITEMAP}lastmod") is not None

    urlset = _xml(client.get("/sitemap-checks.xml").content)
    rows = {
        url.findtext(f"{SITEMAP}loc"): url.findtext(f"{SITEMAP}lastmod")
        for url in urlset.findall(f"{SITEMAP}url")
    }
    revision = second.review.published_revision
    assert revision is not None
    assert set(rows) == {
        f"http://testserver/checks/{first.pk}/first-claim/",
        f"http://testserver/checks/{second.pk}/second-claim/",
    }
    second_url = f"http://testserver/checks/{second.pk}/second-claim/"
    assert rows[second_url] == revision.published_at.date().isoformat()
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value or "") for value in rows.values())


def test_an_unknown_sitemap_section_is_a_404(client: Client, publish: PublishFn) -> None:
    publish()
    assert client.get("/sitemap-nothing.xml").status_code == 404
