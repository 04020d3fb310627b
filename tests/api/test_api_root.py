"""`GET /api/v1/`: the index of the API's endpoints (DRF's API root), for people with a role."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import pytest
from django.urls import resolve
from rest_framework.renderers import BrowsableAPIRenderer, JSONRenderer
from rest_framework.test import APIClient, APIRequestFactory, force_authenticate

from core.api.routing import ApiRootView, not_found
from workbench.api_urls import API_ROOT

pytestmark = pytest.mark.django_db

# What each listed endpoint answers a GET with: the lists read, the POST-only ones refuse.
GET_STATUS = {
    "articles": 200,
    "articles-import": 405,
    "claims": 200,
    "ratings": 200,
    "verdicts": 200,
    "auth-token": 405,
    "schema": 200,
    "docs": 200,
}


def test_the_root_lists_every_endpoint_as_an_absolute_url(clients: dict[str, APIClient]) -> None:
    response = clients["editor"].get("/api/v1/")
    assert response.status_code == 200, response.content
    links = response.json()
    assert set(links) == set(API_ROOT) == set(GET_STATUS)
    assert links["claims"] == "http://testserver/api/v1/claims/"
    assert links["articles-import"] == "http://testserver/api/v1/articles/import/"
    for name, url in links.items():
        assert url.startswith("http://testserver/api/"), name


def test_each_listed_url_resolves_to_its_endpoint(clients: dict[str, APIClient]) -> None:
    links = clients["editor"].get("/api/v1/").json()
    for name, url in links.items():
        path = urlsplit(url).path
        assert resolve(path).func is not not_found, name
        response = clients["editor"].get(path)
        assert response.status_code == GET_STATUS[name], (name, response.status_code)


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("anonymous", 401),
        ("norole", 403),
        ("export", 403),
        ("reviewer", 200),
        ("other_reviewer", 200),
        ("editor", 200),
        ("admin", 200),
    ],
)
def test_the_root_is_authenticated_like_the_rest(
    role: str, expected: int, clients: dict[str, APIClient]
) -> None:
    response = clients[role].get("/api/v1/")
    assert response.status_code == expected
    if expected == 401:
        assert response["WWW-Authenticate"].startswith("Token")


def test_the_root_costs_no_query_once_the_role_is_known(
    clients: dict[str, APIClient], django_assert_num_queries: Any
) -> None:
    clients["reviewer"].get("/api/v1/")  # warm-up: role cache
    with django_assert_num_queries(0):
        assert clients["reviewer"].get("/api/v1/").status_code == 200


def test_the_root_is_browsable_as_html(reviewer: Any) -> None:
    # The browsable renderer is on where DEBUG is (settings.REST_FRAMEWORK): given here.
    view = ApiRootView.as_view(
        api_root_dict=API_ROOT, renderer_classes=[JSONRenderer, BrowsableAPIRenderer]
    )
    request = APIRequestFactory().get("/api/v1/", HTTP_ACCEPT="text/html")
    force_authenticate(request, reviewer)
    response = view(request)
    response.render()
    assert response.status_code == 200
    assert "text/html" in response["Content-Type"]
    assert "/api/v1/claims/" in response.content.decode()
