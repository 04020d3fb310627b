"""Import jobs on a real Celery worker process, against real Redis and the test database:
submitted over the API, polled to the end, and resumed after the worker is killed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from rest_framework.test import APIClient

from claims.models import Article, ImportJob
from tests.factories import make_user
from tests.integration.conftest import Worker, wait_for

pytestmark = pytest.mark.integration

URL = "/api/v1/articles/import/"


@pytest.fixture
def importing(worker: Worker, settings: Any, tmp_path: Path) -> Worker:
    """The worker and this process share the stored bodies."""
    media = tmp_path / "media"
    worker.env["DJANGO_MEDIA_ROOT"] = str(media)
    settings.MEDIA_ROOT = str(media)
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    return worker


def _jsonl(count: int) -> bytes:
    return "".join(
        json.dumps(
            {
                "title": f"Fares {n}",
                "url": f"https://news.example.org/fares/{n}",
                "body": f"Bus fares rose {n} cents in {2000 + n % 25}, the authority said.",
            }
        )
        + "\n"
        for n in range(count)
    ).encode()


def _editor() -> APIClient:
    api = APIClient()
    api.force_authenticate(make_user(username="ed-import", role="editor"))
    return api


def _poll(api: APIClient, location: str) -> dict[str, Any]:
    response = api.get(location)
    assert response.status_code == 200, response.content
    return dict(response.json())


def test_a_job_posted_over_the_api_is_imported_by_the_worker(importing: Worker) -> None:
    importing.start()
    api = _editor()
    body = _jsonl(2500) + b'{"title": "no body"}\n{not json\n'
    response = api.post(f"{URL}?async=1", body, content_type="application/x-ndjson")
    assert response.status_code == 202, response.content
    location = response["Location"]
    job = wait_for(
        lambda: (report := _poll(api, location))["status"] in ("done", "failed") and report,
        timeout=120,
        what="the import job",
        worker=importing,
    )
    assert job["status"] == "done", job
    assert (job["rows"], job["rows_done"], job["progress"]) == (2502, 2502, 1.0)
    assert (job["created"], job["duplicates"], job["errors"]) == (2500, 0, 2)
    first, second = job["error_rows"]
    assert (first["line"], first["reason"], second["line"]) == (2501, "missing body", 2502)
    assert Article.objects.count() == 2500
    assert ImportJob.objects.get().body.name == ""  # the stored body is deleted


def test_a_worker_killed_mid_job_is_resumed_and_counts_each_row_once(importing: Worker) -> None:
    rows = 30_000
    importing.start()
    api = _editor()
    response = api.post(f"{URL}?async=1", _jsonl(rows), content_type="application/x-ndjson")
    assert response.status_code == 202, response.content
    job_id = response.json()["id"]

    def midway() -> bool:
        job = ImportJob.objects.get(pk=job_id)
        return job.status == "running" and 0 < job.rows_done < rows

    wait_for(midway, timeout=120, what="the job to be half done", worker=importing)
    importing.kill()
    stopped = ImportJob.objects.get(pk=job_id)
    assert stopped.status == "running" and stopped.rows_done < rows
    assert Article.objects.count() == stopped.created_count  # the checkpoint matches
    # The restarted worker runs beat: the sweep finds the job silent for 5 s and queues it
    # again (the broker would also redeliver the unacknowledged message later).
    importing.start(
        beat=True,
        extra_env={"EXTRACTION_SWEEP_SECONDS": "2", "WORKBENCH_IMPORT_JOB_STALE_SECONDS": "5"},
    )
    job = wait_for(
        lambda: (
            (report := _poll(api, response["Location"]))["status"] in ("done", "failed") and report
        ),
        timeout=240,
        what="the resumed import job",
        worker=importing,
    )
    assert job["status"] == "done", job
    assert (job["rows_done"], job["created"], job["duplicates"], job["errors"]) == (
        rows,
        rows,
        0,
        0,
    )
    assert job["attempts"] >= 2
    assert Article.objects.count() == rows
