"""The web forms' fields (issue 17): web addresses without a scheme."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from reviews.models import Source
from tests.web.claims.pages import HX
from web.forms import ArticleForm, SourceForm

GARBAGE_MESSAGE = "Enter a web address, such as census.gov/data"


@pytest.mark.parametrize("form", [SourceForm, ArticleForm])
def test_web_address_fields_are_text_boxes_the_browser_does_not_refuse(form: Any) -> None:
    html = str(form()["url"])
    assert 'type="text"' in html and 'type="url"' not in html
    assert 'inputmode="url"' in html and 'autocomplete="url"' in html
    assert 'placeholder="census.gov/… or https://…"' in html


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("census.gov/data/tables/2024", "https://census.gov/data/tables/2024"),
        ("  www.bls.gov/cps/#tables ", "https://www.bls.gov/cps/#tables"),
        ("census.gov:8080/x", "https://census.gov:8080/x"),
        ("http://stats.example.org/q1", "http://stats.example.org/q1"),
    ],
)
def test_a_bare_domain_gets_https(typed: str, stored: str) -> None:
    form = SourceForm({"url": typed, "stance": "context"})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["url"] == stored


@pytest.mark.parametrize(
    "typed",
    [
        "not a url",
        "census",
        "javascript:alert(1)",
        "ftp://example.org/x",
        "mailto:a@b.org",
        "http://",
    ],
)
def test_garbage_and_other_schemes_are_refused_with_an_example(typed: str) -> None:
    form = SourceForm({"url": typed, "stance": "context"})
    assert not form.is_valid()
    assert str(form.errors["url"][0]).startswith(GARBAGE_MESSAGE), form.errors


def test_an_article_url_may_be_a_bare_domain_or_left_empty() -> None:
    bare = ArticleForm({"url": "apnews.com/article/x", "body": "Text."})
    empty = ArticleForm({"url": "", "body": "Text."})
    assert bare.is_valid() and bare.cleaned_data["url"] == "https://apnews.com/article/x"
    assert empty.is_valid() and empty.cleaned_data["url"] == ""


@pytest.mark.django_db
def test_the_workspace_adds_a_source_typed_as_a_bare_domain(
    client_for: Any, reviewer: Any, claim_in: Any
) -> None:
    claim = claim_in("assigned")
    client = client_for(reviewer)
    page = client.get(reverse("web-claim", args=[claim.pk])).content.decode()
    assert 'name="url" inputmode="url"' in page and 'type="url"' not in page
    response = client.post(
        reverse("web-claim-source-add", args=[claim.pk]),
        {"url": "census.gov/library/stories/2024", "title": "Census", "stance": "supports"},
        headers=HX,
    )
    assert response.status_code == 200
    assert Source.objects.get(claim=claim).url == "https://census.gov/library/stories/2024"
    refused = client.post(
        reverse("web-claim-source-add", args=[claim.pk]),
        {"url": "see the census", "title": "Census", "stance": "supports"},
        headers=HX,
    )
    assert refused.status_code == 400
    html = refused.content.decode()
    assert GARBAGE_MESSAGE in html and 'value="see the census"' in html
    assert Source.objects.filter(claim=claim).count() == 1
