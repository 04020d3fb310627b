"""`POST /api/v1/articles/import/`: many articles in one request, a report per row."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from rest_framework.test import APIClient

from claims.models import Article, ExtractionStatus
from claims.services import EXTRACTION_BATCH, IMPORT_BATCH
from core.models import OutboxMessage

pytestmark = pytest.mark.django_db

URL = "/api/v1/articles/import/"


def _body(n: int) -> str:
    return f"Unemployment fell to {n}.2 percent in August, the statistics office said."


def _rows(count: int, *, start: int = 0) -> list[dict[str, Any]]:
    return [
        {
            "title": f"Jobs {n}",
            "url": f"https://news.example.org/jobs/{n}",
            "outlet": "The Courier",
            "published_at": "2025-09-04",
            "body": _body(n),
        }
        for n in range(start, start + count)
    ]


def _jsonl(rows: list[Any]) -> str:
    return "".join(json.dumps(row) + "\n" for row in rows)


def _post(api: APIClient, body: str | bytes, media_type: str) -> Any:
    return api.post(URL, body, content_type=media_type)


def test_a_json_array_goes_in_with_each_rows_id_and_extraction_queued_in_batches(
    clients: dict[str, APIClient], editor: Any
) -> None:
    response = _post(clients["editor"], json.dumps(_rows(3), indent=2), "application/json")
    assert response.status_code == 201, response.content
    report = response.json()
    assert (report["created"], report["duplicates"], report["errors"]) == (3, 0, 0)
    ids = [row["id"] for row in report["rows"]]
    assert [row["status"] for row in report["rows"]] == ["created"] * 3
    # Pretty-printed: each object's line is the one it starts on.
    assert [row["line"] for row in report["rows"]] == [2, 9, 16]
    articles = Article.objects.in_bulk(ids)
    assert [articles[pk].title for pk in ids] == ["Jobs 0", "Jobs 1", "Jobs 2"]
    assert all(a.extraction_status == ExtractionStatus.PENDING for a in articles.values())
    assert all(a.created_by == editor for a in articles.values())
    # One batch task for the three, as the importer queues them.
    messages = list(OutboxMessage.objects.values_list("task", "args"))
    assert messages == [("claims.tasks.extract_claims_batch", [ids])]


def test_json_lines_report_bad_rows_by_line_and_the_good_ones_go_in(
    clients: dict[str, APIClient],
) -> None:
    good = _rows(2)
    body = (
        json.dumps(good[0])
        + "\n{not json\n\n"
        + json.dumps({"title": "no body"})
        + "\n"
        + json.dumps({**good[1], "url": "ftp://example.org/x"})
        + "\n"
        + json.dumps(["a list"])
        + "\n"
        + json.dumps(good[1])
        + "\n"
    )
    for media_type in ("application/x-ndjson", "application/jsonl"):
        Article.objects.all().delete()
        response = _post(clients["editor"], body, media_type)
        assert response.status_code == 201, response.content
        rows = response.json()["rows"]
        assert [(row["line"], row["status"]) for row in rows] == [
            (1, "created"),
            (2, "error"),
            (4, "error"),
            (5, "error"),
            (6, "error"),
            (7, "created"),
        ]
        assert "invalid JSON" in rows[1]["reason"]
        assert rows[2]["reason"] == "missing body"
        assert "only http(s) URLs" in rows[3]["reason"]
        assert "JSON object" in rows[4]["reason"]
        assert Article.objects.count() == 2


def test_csv_as_the_body_and_as_an_upload(clients: dict[str, APIClient]) -> None:
    csv = 'title,url,body\nJobs,https://news.example.org/a,"' + _body(1) + '"\nEmpty,,\n'
    response = _post(clients["editor"], csv, "text/csv")
    assert response.status_code == 201, response.content
    assert [(r["line"], r["status"]) for r in response.json()["rows"]] == [
        (2, "created"),
        (3, "error"),
    ]
    for name, content in (
        ("more.csv", f'body\n"{_body(2)}"\n'),
        ("more.jsonl", _jsonl(_rows(1, start=3))),
    ):
        upload = SimpleUploadedFile(name, content.encode(), content_type="application/octet-stream")
        response = clients["editor"].post(URL, {"file": upload}, format="multipart")
        assert response.status_code == 201, response.content
        assert response.json()["created"] == 1
    assert Article.objects.count() == 3


def test_posting_the_same_batch_again_creates_nothing_and_names_the_articles(
    clients: dict[str, APIClient],
) -> None:
    body = _jsonl(_rows(4))
    first = _post(clients["editor"], body, "application/x-ndjson").json()
    again = _post(clients["editor"], body, "application/x-ndjson")
    assert again.status_code == 200, again.content
    report = again.json()
    assert (report["created"], report["duplicates"]) == (0, 4)
    assert [row["status"] for row in report["rows"]] == ["duplicate"] * 4
    assert [row["id"] for row in report["rows"]] == [row["id"] for row in first["rows"]]
    assert Article.objects.count() == 4
    assert OutboxMessage.objects.count() == 1  # extraction was queued once


def test_a_repeat_within_the_batch_is_a_duplicate_of_the_first(
    clients: dict[str, APIClient],
) -> None:
    rows = _rows(2)
    same_text = {**rows[0], "url": "https://news.example.org/other"}
    same_url = {**rows[1], "body": _body(99)}
    response = _post(
        clients["editor"], _jsonl([*rows, same_text, same_url]), "application/x-ndjson"
    )
    assert response.status_code == 201, response.content
    report = response.json()["rows"]
    assert [row["status"] for row in report] == ["created", "created", "duplicate", "duplicate"]
    assert report[2]["id"] == report[0]["id"]
    assert report[3]["id"] == report[1]["id"]


def test_new_rows_beside_a_stored_one_go_in_and_the_stored_one_is_named(
    clients: dict[str, APIClient],
) -> None:
    api = clients["editor"]
    [stored] = _post(api, _jsonl(_rows(1, start=50)), "application/x-ndjson").json()["rows"]
    repeat = {**_rows(1, start=50)[0], "body": _body(77)}  # its URL is stored
    body = _jsonl([*_rows(2), repeat, *_rows(1, start=2), _rows(1)[0]])
    response = _post(api, body, "application/x-ndjson")
    assert response.status_code == 201, response.content
    rows = response.json()["rows"]
    assert [row["status"] for row in rows] == [
        "created",
        "created",
        "duplicate",
        "created",
        "duplicate",
    ]
    assert rows[2]["id"] == stored["id"] and rows[4]["id"] == rows[0]["id"]
    assert Article.objects.count() == 4
    # Extraction is queued for the new articles only, once.
    queued = [
        pk
        for task, args in OutboxMessage.objects.values_list("task", "args")
        for pk in (args[0] if task.endswith("_batch") else args)
    ]
    assert sorted(queued) == sorted([stored["id"], rows[0]["id"], rows[1]["id"], rows[3]["id"]])


def test_a_row_over_the_article_limit_is_that_rows_error(
    clients: dict[str, APIClient], settings: Any
) -> None:
    settings.UPLOAD_MAX_BYTES = 300
    rows = [*_rows(1), {"body": "Numbers rose. " * 40}]
    response = _post(clients["editor"], _jsonl(rows), "application/x-ndjson")
    assert response.status_code == 201, response.content
    report = response.json()["rows"]
    assert report[0]["status"] == "created"
    assert report[1]["status"] == "error" and "300 bytes" in report[1]["reason"]


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("anonymous", 401),
        ("norole", 403),
        ("export", 403),
        ("reviewer", 403),
        ("other_reviewer", 403),
        ("editor", 201),
        ("admin", 201),
    ],
)
def test_only_editors_import(role: str, expected: int, clients: dict[str, APIClient]) -> None:
    response = _post(clients[role], _jsonl(_rows(1)), "application/x-ndjson")
    assert response.status_code == expected, response.content
    assert Article.objects.count() == (1 if expected == 201 else 0)


def test_a_body_over_the_import_limit_is_413_with_the_reason(
    clients: dict[str, APIClient], settings: Any
) -> None:
    settings.IMPORT_MAX_BYTES = 500
    response = _post(clients["editor"], _jsonl(_rows(5)), "application/x-ndjson")
    assert response.status_code == 413
    assert response.json()["code"] == "too_large"
    assert "500 bytes for an import" in response.json()["detail"]
    # The same limit for an upload.
    upload = SimpleUploadedFile("big.jsonl", _jsonl(_rows(5)).encode())
    response = clients["editor"].post(URL, {"file": upload}, format="multipart")
    assert response.status_code == 413
    assert not Article.objects.exists()


def test_a_body_larger_than_one_article_but_within_the_import_limit_is_read(
    clients: dict[str, APIClient], settings: Any
) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 400  # the other endpoints' limit
    response = _post(clients["editor"], _jsonl(_rows(8)), "application/x-ndjson")
    assert response.status_code == 201, response.content
    assert response.json()["created"] == 8


def test_more_rows_than_one_request_may_carry_is_413(
    clients: dict[str, APIClient], settings: Any
) -> None:
    settings.IMPORT_MAX_ROWS = 3
    response = _post(clients["editor"], _jsonl(_rows(4)), "application/x-ndjson")
    assert response.status_code == 413
    assert "4 rows" in response.json()["detail"] and "at most 3" in response.json()["detail"]
    assert not Article.objects.exists()


@pytest.mark.parametrize(
    ("body", "media_type", "words"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "application/json", "binary"),
        (b'[{"body": "Prices rose by 4 percent."}, {"body": ', "application/json", "line 1"),
        (b'{"body": "Prices rose by 4 percent."}', "application/json", "JSON array"),
        (b"[" * 1000 + b"]" * 1000, "application/json", "deeper than 64 levels"),
        (b"   ", "text/csv", "empty"),
        (b"title,url\nJobs,https://example.org/\n", "text/csv", "'body' column"),
        (b"not json at all\n\x7f\x7f\n", "application/x-ndjson", "invalid JSON"),
    ],
)
def test_garbled_or_unreadable_bodies_are_400_with_the_reason(
    body: bytes, media_type: str, words: str, clients: dict[str, APIClient]
) -> None:
    response = _post(clients["editor"], body, media_type)
    assert response.status_code == 400, response.content
    assert words in response.json()["detail"]
    assert not Article.objects.exists()


def test_another_media_type_is_415_naming_the_accepted_ones(
    clients: dict[str, APIClient],
) -> None:
    response = _post(clients["editor"], _body(1), "text/plain")
    assert response.status_code == 415
    assert "application/x-ndjson" in response.json()["detail"]
    upload = SimpleUploadedFile("article.pdf", b"%PDF-1.4", content_type="application/pdf")
    response = clients["editor"].post(URL, {"file": upload}, format="multipart")
    assert response.status_code == 415
    assert "article.pdf" in response.json()["detail"]
    response = clients["editor"].post(URL, {"other": "x"}, format="multipart")
    assert response.status_code == 400
    assert "`file`" in response.json()["detail"]


def _queries(count: int, *, duplicates: bool = False) -> int:
    """What an import of `count` rows costs: the request's rows are one batch, however many
    (in a test, each transaction is a savepoint: SAVEPOINT and RELEASE are two queries).

    The stored texts and URLs (1). All new: the INSERT in a transaction (2): on PostgreSQL
    the new ids from the sequence and one COPY in a savepoint (4); on SQLite, in a nested
    transaction (2), the largest id before, the rows (one executemany) and the new ids;
    then the outbox rows, one `extract_claims_batch` per EXTRACTION_BATCH new articles in
    one INSERT, and a last lone article's `extract_claims` in another. All duplicates: the
    articles they repeat (1)."""
    if duplicates:
        return 2
    insert = 5 if connection.vendor == "sqlite" else 4
    single = count % EXTRACTION_BATCH == 1
    batches = -(-count // EXTRACTION_BATCH) - single
    return 1 + 2 + insert + (batches > 0) + single


@pytest.mark.parametrize("count", [5, 100, IMPORT_BATCH + 1])
def test_the_import_costs_a_fixed_number_of_queries_however_many_rows(
    count: int, clients: dict[str, APIClient], django_assert_num_queries: Any
) -> None:
    api = clients["editor"]
    _post(api, _jsonl(_rows(1, start=10_000)), "application/x-ndjson")  # warm-up: role cache
    with django_assert_num_queries(_queries(count)):
        response = _post(api, _jsonl(_rows(count)), "application/x-ndjson")
    assert response.json()["created"] == count
    with django_assert_num_queries(_queries(count, duplicates=True)):
        response = _post(api, _jsonl(_rows(count)), "application/x-ndjson")
    assert response.json()["duplicates"] == count
