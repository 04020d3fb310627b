"""Sources and notes."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from claims.models import Claim
from reviews.models import Note, Source
from tests.web.claims.pages import HX

pytestmark = pytest.mark.django_db


def test_adding_and_removing_sources(client_for: Any, reviewer: Any, claim_in: Any) -> None:
    claim = claim_in("assigned")
    client = client_for(reviewer)
    response = client.post(
        reverse("web-claim-source-add", args=[claim.pk]),
        {
            "url": "https://stats.example.org/q1",
            "title": "Q1 labour report",
            "publisher": "Statistics Office",
            "stance": "refutes",
            "excerpt": "3.9 percent",
        },
        headers=HX,
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="panel-sources"')
    assert "Q1 labour report" in html and "stance-refutes" in html
    version = Claim.objects.get(pk=claim.pk).version
    # The claim's version moved: the edit form and the action buttons get the new one.
    oob_version = f'name="version" value="{version}" id="claim_version" hx-swap-oob="true">'
    assert f'<input type="hidden" {oob_version}' in html
    assert 'id="panel-actions"' in html
    source = Source.objects.get(claim=claim)
    removed = client.post(reverse("web-source-remove", args=[source.pk]), headers=HX)
    assert removed.status_code == 200 and "No sources yet." in removed.content.decode()
    assert not Source.objects.exists()


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://example.org/x", "not a url"])
def test_sources_need_an_http_url(client_for: Any, reviewer: Any, claim_in: Any, url: str) -> None:
    claim = claim_in("assigned")
    response = client_for(reviewer).post(
        reverse("web-claim-source-add", args=[claim.pk]),
        {"url": url, "title": "T", "stance": "context"},
        headers=HX,
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "URL" in html and 'value="T"' in html  # the rest of the input is kept
    assert not Source.objects.exists()


def test_adding_a_note(client_for: Any, editor: Any, claim_in: Any) -> None:
    claim = claim_in("assigned")
    response = client_for(editor).post(
        reverse("web-claim-note-add", args=[claim.pk]), {"body": "Call the ministry."}, headers=HX
    )
    assert response.status_code == 200
    assert "Call the ministry." in response.content.decode()
    assert Note.objects.get(claim=claim).author == editor
    empty = client_for(editor).post(reverse("web-claim-note-add", args=[claim.pk]), {"body": " "})
    assert empty.status_code == 400
