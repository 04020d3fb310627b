"""`POST /api/v1/articles/import/?async=1` and `GET /api/v1/articles/import/<id>/`: a bulk
import run as a job, polled for its status and report."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from claims import services
from claims.models import Article, ImportJob
from core.errors import TooLarge
from core.models import OutboxMessage

pytestmark = pytest.mark.django_db

URL = "/api/v1/articles/import/"


@pytest.fixture(autouse=True)
def media(settings: Any, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"


def _rows(count: int, *, start: int = 0) -> list[dict[str, Any]]:
    return [
        {
            "title": f"Prices {n}",
            "url": f"https://news.example.org/prices/{n}",
            "body": f"Consumer prices rose {n}.1 percent in May, the statistics office said.",
        }
        for n in range(start, start + count)
    ]


def _jsonl(rows: list[Any]) -> str:
    return "".join(json.dumps(row) + "\n" for row in rows)


def _submit(api: APIClient, body: str | bytes, media_type: str = "application/x-ndjson") -> Any:
    return api.post(f"{URL}?async=1", body, content_type=media_type)


def _run(response: Any) -> int:
    """What the worker does with the job the response announced; its id."""
    job_id = int(response.json()["id"])
    services.import_job_run(job_id=job_id)
    return job_id


def test_a_job_is_answered_202_with_its_location_and_imported_by_the_worker(
    clients: dict[str, APIClient], editor: Any
) -> None:
    response = _submit(clients["editor"], _jsonl(_rows(3)))
    assert response.status_code == 202, response.content
    job = response.json()
    assert response["Location"] == f"/api/v1/articles/import/{job['id']}/" == job["url"]
    assert (job["status"], job["rows"], job["rows_done"], job["progress"]) == (
        "queued",
        None,
        0,
        0.0,
    )
    assert job["submitted_by"] == editor.username and job["name"] == "the body"
    assert not Article.objects.exists()  # nothing is imported in the request
    assert list(OutboxMessage.objects.values_list("task", "args")) == [
        ("claims.tasks.run_import_job", [job["id"]])
    ]

    _run(response)
    polled = clients["editor"].get(response["Location"])
    assert polled.status_code == 200, polled.content
    done = polled.json()
    assert (done["status"], done["rows"], done["rows_done"], done["progress"]) == (
        "done",
        3,
        3,
        1.0,
    )
    assert (done["created"], done["duplicates"], done["errors"]) == (3, 0, 0)
    assert done["error_rows"] == [] and done["failure"] == ""
    assert done["finished_at"] and done["attempts"] == 1 and done["stalled"] is False
    assert Article.objects.filter(created_by=editor).count() == 3
    # The stored body is deleted once the job is over; the report stays.
    assert ImportJob.objects.get().body.name == ""


@pytest.mark.django_db(transaction=True)
def test_without_a_worker_the_job_runs_at_once_and_the_answer_says_it_is_done(
    clients: dict[str, APIClient], settings: Any
) -> None:
    """The quick start without Redis runs tasks in-process: the job is imported when the
    request's transaction commits, and the 202 reports it done, with its counts, not
    "queued". (A transactional test: the commit really happens inside the request.)"""
    settings.CELERY_TASK_ALWAYS_EAGER = True
    response = _submit(clients["editor"], _jsonl(_rows(2)) + "not json\n")
    assert response.status_code == 202, response.content
    job = response.json()
    assert (job["status"], job["rows"], job["created"], job["errors"]) == ("done", 3, 2, 1)
    assert job["error_rows"][0]["line"] == 3
    assert Article.objects.count() == 2


def test_prefer_respond_async_and_a_large_body_make_a_job_too(
    clients: dict[str, APIClient], settings: Any
) -> None:
    api = clients["editor"]
    response = api.post(
        URL,
        _jsonl(_rows(1)),
        content_type="application/x-ndjson",
        HTTP_PREFER="return=minimal, respond-async; wait=5",
    )
    assert response.status_code == 202, response.content
    settings.IMPORT_ASYNC_OVER_BYTES = 200
    response = api.post(URL, _jsonl(_rows(3, start=1)), content_type="application/x-ndjson")
    assert response.status_code == 202, response.content
    # A small body without asking is answered in the request, as before.
    response = api.post(URL, _jsonl(_rows(1, start=9)), content_type="application/x-ndjson")
    assert response.status_code == 201, response.content
    assert ImportJob.objects.count() == 2


def test_the_report_lists_each_bad_row_by_line_and_counts_every_row(
    clients: dict[str, APIClient],
) -> None:
    rows = _rows(3)
    body = (
        json.dumps(rows[0])
        + "\n{not json\n"
        + json.dumps({"title": "no body"})
        + "\n"
        + json.dumps(rows[1])
        + "\n"
        + json.dumps(rows[0])  # a repeat of line 1
        + "\n"
        + json.dumps({**rows[2], "url": "ftp://example.org/x"})
        + "\n"
    )
    response = _submit(clients["editor"], body)
    job_id = _run(response)
    report = clients["editor"].get(f"{URL}{job_id}/").json()
    assert (report["created"], report["duplicates"], report["errors"]) == (2, 1, 3)
    assert (report["rows"], report["rows_done"]) == (6, 6)
    assert [row["line"] for row in report["error_rows"]] == [2, 3, 6]
    assert "invalid JSON" in report["error_rows"][0]["reason"]
    assert report["error_rows"][1]["reason"] == "missing body"
    assert "only http(s) URLs" in report["error_rows"][2]["reason"]
    assert report["error_rows_truncated"] is False


def test_the_listed_bad_rows_are_capped_and_the_count_stays_complete(
    clients: dict[str, APIClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    from claims.services import import_jobs

    monkeypatch.setattr(import_jobs, "IMPORT_JOB_ERRORS_LISTED", 2)
    body = _jsonl([{"title": f"no body {n}"} for n in range(5)] + _rows(1))
    job_id = _run(_submit(clients["editor"], body))
    report = clients["editor"].get(f"{URL}{job_id}/").json()
    assert (report["errors"], report["created"]) == (5, 1)
    assert [row["line"] for row in report["error_rows"]] == [1, 2]
    assert report["error_rows_truncated"] is True


def test_a_job_sent_again_creates_nothing_and_reports_every_row_a_duplicate(
    clients: dict[str, APIClient],
) -> None:
    body = _jsonl(_rows(4))
    first = _run(_submit(clients["editor"], body))
    again = _run(_submit(clients["editor"], body))
    reports = [clients["editor"].get(f"{URL}{pk}/").json() for pk in (first, again)]
    assert [(r["status"], r["created"], r["duplicates"]) for r in reports] == [
        ("done", 4, 0),
        ("done", 0, 4),
    ]
    assert Article.objects.count() == 4
    # Running a finished job again (a redelivered message) changes nothing.
    services.import_job_run(job_id=again)
    assert clients["editor"].get(f"{URL}{again}/").json() == reports[1]


def test_an_uploaded_file_becomes_a_job_under_its_name(clients: dict[str, APIClient]) -> None:
    csv = "title,body\n" + "".join(f'Rents {n},"Rents rose {n} percent."\n' for n in range(3))
    upload = SimpleUploadedFile("rents.csv", csv.encode(), content_type="text/csv")
    response = clients["editor"].post(f"{URL}?async=1", {"file": upload}, format="multipart")
    assert response.status_code == 202, response.content
    assert (response.json()["name"], response.json()["format"]) == ("rents.csv", "csv")
    job_id = _run(response)
    assert clients["editor"].get(f"{URL}{job_id}/").json()["created"] == 3


def test_a_body_over_the_job_limit_is_413_and_nothing_is_stored(
    clients: dict[str, APIClient], settings: Any, media: Path
) -> None:
    settings.IMPORT_ASYNC_MAX_BYTES = 300
    response = _submit(clients["editor"], _jsonl(_rows(5)))
    assert response.status_code == 413
    assert response.json()["code"] == "too_large"
    assert "300 bytes for an import job" in response.json()["detail"]
    upload = SimpleUploadedFile("big.jsonl", _jsonl(_rows(5)).encode())
    response = clients["editor"].post(f"{URL}?async=1", {"file": upload}, format="multipart")
    assert response.status_code == 413
    # A body without a Content-Length (chunked) is held to the limit as it is read.
    with pytest.raises(TooLarge, match="300 bytes for an import job"):
        services.import_job_submit(
            source=io.BytesIO(_jsonl(_rows(5)).encode()), format="jsonl", name="the body", by=None
        )
    assert not ImportJob.objects.exists()
    assert not list(media.rglob("*.jsonl"))


def test_a_body_over_the_request_limit_names_the_job_limit(
    clients: dict[str, APIClient], settings: Any
) -> None:
    settings.IMPORT_MAX_BYTES = 300
    response = clients["editor"].post(URL, _jsonl(_rows(5)), content_type="application/x-ndjson")
    assert response.status_code == 413
    assert "as a job: `?async=1`" in response.json()["detail"]


def test_more_rows_than_a_job_may_carry_fails_it_before_anything_is_imported(
    clients: dict[str, APIClient], settings: Any
) -> None:
    settings.IMPORT_ASYNC_MAX_ROWS = 2
    job_id = _run(_submit(clients["editor"], _jsonl(_rows(3))))
    report = clients["editor"].get(f"{URL}{job_id}/").json()
    assert report["status"] == "failed"
    assert "holds 3 rows" in report["failure"] and "at most 2" in report["failure"]
    assert report["created"] == 0 and not Article.objects.exists()


def test_a_body_the_worker_cannot_read_fails_the_job_with_the_reason(
    clients: dict[str, APIClient],
) -> None:
    job_id = _run(_submit(clients["editor"], "title,url\nJobs,https://example.org/\n", "text/csv"))
    report = clients["editor"].get(f"{URL}{job_id}/").json()
    assert report["status"] == "failed"
    assert "'body' column" in report["failure"]


@pytest.mark.parametrize(
    ("body", "media_type", "words"),
    [
        (b"   \n", "application/x-ndjson", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "application/json", "binary"),
        (b'{"body": "Prices rose by 4 percent."}', "application/json", "JSON array"),
    ],
)
def test_a_body_refused_at_once_is_400_and_no_job_is_made(
    body: bytes, media_type: str, words: str, clients: dict[str, APIClient]
) -> None:
    response = _submit(clients["editor"], body, media_type)
    assert response.status_code == 400, response.content
    assert words in response.json()["detail"]
    assert not ImportJob.objects.exists()


def test_another_media_type_is_415_for_a_job_too(clients: dict[str, APIClient]) -> None:
    response = _submit(clients["editor"], "Prices rose.", "text/plain")
    assert response.status_code == 415
    assert "application/x-ndjson" in response.json()["detail"]


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("anonymous", 401),
        ("norole", 403),
        ("export", 403),
        ("reviewer", 403),
        ("editor", 202),
        ("admin", 202),
    ],
)
def test_only_editors_submit_jobs(role: str, expected: int, clients: dict[str, APIClient]) -> None:
    response = _submit(clients[role], _jsonl(_rows(1)))
    assert response.status_code == expected, response.content
    assert ImportJob.objects.count() == (1 if expected == 202 else 0)


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("anonymous", 401),
        ("norole", 403),
        ("export", 403),
        ("reviewer", 403),
        ("other_reviewer", 403),
        ("submitter", 200),
        ("other_editor", 200),
        ("admin", 200),
    ],
)
def test_a_job_is_read_by_its_submitter_and_editors_only(
    role: str, expected: int, clients: dict[str, APIClient], editor2: Any
) -> None:
    job_id = _run(_submit(clients["editor"], _jsonl(_rows(1))))
    other_editor = APIClient()
    other_editor.force_authenticate(editor2)
    api = {**clients, "submitter": clients["editor"], "other_editor": other_editor}[role]
    response = api.get(f"{URL}{job_id}/")
    assert response.status_code == expected, response.content
    if expected == 200:
        assert response.json()["created"] == 1


def test_an_unknown_job_is_404(clients: dict[str, APIClient]) -> None:
    response = clients["editor"].get(f"{URL}999999/")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


@pytest.mark.parametrize("bad_rows", [0, 300])
def test_reading_a_job_costs_the_same_queries_whatever_its_report_holds(
    bad_rows: int,
    clients: dict[str, APIClient],
    editor: Any,
    editor2: Any,
    django_assert_num_queries: Any,
) -> None:
    body = _jsonl(_rows(2) + [{"title": f"no body {n}"} for n in range(bad_rows)])
    job_id = _run(_submit(clients["editor"], body))
    for user in (editor, editor2):  # the submitter, and another editor
        api = APIClient()
        api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
        # The token with its user, the user's groups (the role check), the job with its
        # submitter.
        with django_assert_num_queries(3):
            response = api.get(f"{URL}{job_id}/")
        assert response.status_code == 200
        assert (response.json()["errors"], len(response.json()["error_rows"])) == (bad_rows,) * 2
