"""Articles over the API: JSON and file upload, size and encoding limits."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.test import APIClient

from claims.models import Article, ExtractionStatus

pytestmark = pytest.mark.django_db

SEED = (
    "date 2025-09-04 Unemployment fell to 4.2 percent in August, the statistics office said.\n"
    "\nThe minister said wages rose by 3 percent.\n"
)
HTML = """<html><head><title>Jobs report</title>
<meta property="og:site_name" content="The Courier"></head>
<body><article><h1>Jobs report</h1>
<p>Unemployment fell to 4.2 percent in August, the statistics office said on Friday.</p>
<p>The minister said wages rose by 3 percent over the year, the fastest rise in a decade.</p>
</article></body></html>"""


def _upload(api: APIClient, name: str, content: bytes, **fields: Any) -> Any:
    return api.post(
        "/api/v1/articles/",
        {"file": SimpleUploadedFile(name, content), **fields},
        format="multipart",
    )


def test_a_json_article_is_stored_pending_extraction(clients: dict[str, APIClient]) -> None:
    response = clients["editor"].post(
        "/api/v1/articles/",
        {
            "title": "Jobs",
            "url": "https://news.example.org/jobs",
            "outlet": "The Courier",
            "published_at": "2025-09-04T08:00:00Z",
            "body": "Unemployment fell to 4.2 percent in August.",
        },
        format="json",
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["extraction_status"] == ExtractionStatus.PENDING
    assert body["url"] == "https://news.example.org/jobs"
    assert body["published_at"] == "2025-09-04T08:00:00Z"
    assert Article.objects.get(pk=body["id"]).created_by is not None


def test_a_txt_upload_in_the_seed_format_is_parsed(clients: dict[str, APIClient]) -> None:
    response = _upload(clients["editor"], "jobs.txt", SEED.encode(), outlet="Wire")
    assert response.status_code == 201, response.content
    article = Article.objects.get(pk=response.json()["id"])
    assert article.body.startswith("Unemployment fell to 4.2 percent")
    assert article.published_at is not None and article.published_at.year == 2025
    assert article.outlet == "Wire"


def test_an_html_upload_keeps_the_article_text(clients: dict[str, APIClient]) -> None:
    response = _upload(clients["editor"], "jobs.html", HTML.encode())
    assert response.status_code == 201, response.content
    article = Article.objects.get(pk=response.json()["id"])
    assert "Unemployment fell to 4.2 percent" in article.body
    assert "<p>" not in article.body


def test_an_oversize_upload_is_413_with_the_reason(
    clients: dict[str, APIClient], settings: Any
) -> None:
    settings.UPLOAD_MAX_BYTES = 1000
    response = _upload(clients["editor"], "big.txt", b"Numbers rose. " * 200)
    assert response.status_code == 413
    assert response.json()["code"] == "too_large"
    assert "limit is 1,000 bytes" in response.json()["detail"]
    assert not Article.objects.exists()


def test_an_oversize_json_body_is_413(clients: dict[str, APIClient], settings: Any) -> None:
    settings.UPLOAD_MAX_BYTES = 1000
    response = clients["editor"].post(
        "/api/v1/articles/", {"body": "Numbers rose. " * 200}, format="json"
    )
    assert response.status_code == 413
    assert "limit" in response.json()["detail"]


def test_a_body_over_djangos_limit_is_413_not_500(
    clients: dict[str, APIClient], settings: Any
) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 2000
    response = clients["editor"].post("/api/v1/articles/", {"body": "x" * 5000}, format="json")
    assert response.status_code == 413
    assert response.json()["code"] == "too_large"


def test_djangos_own_too_big_error_is_413() -> None:
    from django.core.exceptions import RequestDataTooBig

    from core.api.exceptions import exception_handler

    response = exception_handler(RequestDataTooBig("too big"), {})
    assert response is not None
    assert response.status_code == 413
    assert response.data["code"] == "too_large"


def test_a_binary_upload_is_400(clients: dict[str, APIClient]) -> None:
    response = _upload(clients["editor"], "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    assert response.status_code == 400
    assert "binary" in response.json()["detail"]


def test_an_upload_that_is_not_utf8_is_400(clients: dict[str, APIClient]) -> None:
    response = _upload(clients["editor"], "latin.txt", "Caf\xe9 prices rose.".encode("latin-1"))
    assert response.status_code == 400
    assert "not valid UTF-8" in response.json()["detail"]


def test_an_unsupported_file_type_is_400(clients: dict[str, APIClient]) -> None:
    response = _upload(clients["editor"], "report.pdf", b"%PDF-1.4")
    assert response.status_code == 400
    assert "file" in response.json()["errors"]


def test_the_same_text_twice_is_409(clients: dict[str, APIClient]) -> None:
    first = _upload(clients["editor"], "a.txt", b"Prices rose 5 percent.")
    again = _upload(clients["editor"], "b.txt", b"Prices rose 5 percent.")
    assert first.status_code == 201
    assert again.status_code == 409
    assert again.json()["code"] == "duplicate"


def test_an_article_body_edit_requeues_extraction(clients: dict[str, APIClient]) -> None:
    created = (
        clients["editor"]
        .post("/api/v1/articles/", {"body": "Prices rose 5 percent."}, format="json")
        .json()
    )
    Article.objects.filter(pk=created["id"]).update(extraction_status=ExtractionStatus.DONE)
    response = clients["editor"].patch(
        f"/api/v1/articles/{created['id']}/",
        {"body": "Prices rose 6 percent.", "title": "Prices"},
        format="json",
    )
    assert response.status_code == 200
    assert response.json()["extraction_status"] == ExtractionStatus.PENDING
    assert response.json()["body"] == "Prices rose 6 percent."


def test_an_article_url_must_be_http(clients: dict[str, APIClient]) -> None:
    response = clients["editor"].post(
        "/api/v1/articles/", {"body": "Text.", "url": "javascript:alert(1)"}, format="json"
    )
    assert response.status_code == 400
    assert "url" in response.json()["errors"]
