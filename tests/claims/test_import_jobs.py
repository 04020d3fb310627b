"""Import jobs in the service: checkpoints, a stopped run resumed by the sweep without
counting anything twice, a run that lost its job, and jobs that keep stopping."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from django.db.models import F
from django.utils import timezone

from claims import services
from claims.api.imports import job_body
from claims.models import Article, ImportJob, ImportJobStatus
from claims.services import import_jobs
from core.models import OutboxMessage

pytestmark = pytest.mark.django_db

RUN = "claims.tasks.run_import_job"


@pytest.fixture(autouse=True)
def media(settings: Any, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"


class WorkerKilled(BaseException):
    """Stands for SIGKILL: nothing in the run catches it, nothing after it runs."""


def _body(count: int) -> bytes:
    rows = [
        {"body": f"Wages rose {n}.3 percent in March, the ministry said."} for n in range(count)
    ]
    return "".join(json.dumps(row) + "\n" for row in rows).encode()


def _submit(count: int, by: Any) -> ImportJob:
    return services.import_job_submit(
        source=io.BytesIO(_body(count)), format="jsonl", name="the body", by=by
    )


def _age(job: ImportJob, settings: Any) -> None:
    """As if the job's worker had been silent for longer than IMPORT_JOB_STALE_AFTER."""
    ImportJob.objects.filter(pk=job.pk).update(
        updated_at=timezone.now() - settings.IMPORT_JOB_STALE_AFTER * 2
    )


def _stop_after(monkeypatch: pytest.MonkeyPatch, batches: int) -> None:
    real = import_jobs.articles_import_rows
    calls = {"n": 0}

    def stopping(**kwargs: Any) -> Any:
        if calls["n"] == batches:
            raise WorkerKilled
        calls["n"] += 1
        return real(**kwargs)

    monkeypatch.setattr(import_jobs, "articles_import_rows", stopping)


def test_a_stopped_run_is_resumed_by_the_sweep_after_its_last_checkpoint(
    editor: Any, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_jobs, "IMPORT_BATCH", 2)
    job = _submit(5, editor)
    _stop_after(monkeypatch, batches=1)
    with pytest.raises(WorkerKilled):
        services.import_job_run(job_id=job.pk)
    job.refresh_from_db()
    # The first batch and its checkpoint were committed together; nothing after them.
    assert (job.status, job.rows_total, job.rows_done, job.created_count) == ("running", 5, 2, 2)
    assert Article.objects.count() == 2
    assert job_body(job)["stalled"] is False

    # The message redelivered while the heartbeat is fresh: left to the run holding it.
    monkeypatch.undo()
    monkeypatch.setattr(import_jobs, "IMPORT_BATCH", 2)
    services.import_job_run(job_id=job.pk)
    job.refresh_from_db()
    assert (job.status, job.rows_done, job.attempts) == ("running", 2, 1)
    assert services.import_jobs_sweep_stalled() == []  # not stale yet

    _age(job, settings)
    job.refresh_from_db()
    assert job_body(job)["stalled"] is True
    OutboxMessage.objects.all().delete()
    assert services.import_jobs_sweep_stalled() == [job.pk]
    assert list(OutboxMessage.objects.values_list("task", "args")) == [(RUN, [job.pk])]
    job.refresh_from_db()
    assert job.status == ImportJobStatus.QUEUED and job_body(job)["stalled"] is False

    services.import_job_run(job_id=job.pk)
    job.refresh_from_db()
    assert (job.status, job.rows_done, job.attempts) == ("done", 5, 2)
    assert (job.created_count, job.duplicate_count, job.error_count) == (5, 0, 0)
    assert Article.objects.count() == 5


def test_a_run_whose_job_was_taken_over_rolls_back_its_batch_and_stops(
    editor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    job = _submit(3, editor)
    real = import_jobs.articles_import_rows

    def taken_over_meanwhile(**kwargs: Any) -> Any:
        report = real(**kwargs)
        # Another run took the job (this one had been silent too long).
        ImportJob.objects.filter(pk=job.pk).update(attempts=F("attempts") + 1)
        return report

    monkeypatch.setattr(import_jobs, "articles_import_rows", taken_over_meanwhile)
    services.import_job_run(job_id=job.pk)
    job.refresh_from_db()
    assert (job.status, job.rows_done, job.created_count) == ("running", 0, 0)
    assert not Article.objects.exists()  # its batch went with its checkpoint


def test_a_job_that_keeps_stopping_fails_with_the_reason_and_keeps_what_went_in(
    editor: Any, settings: Any, monkeypatch: pytest.MonkeyPatch, media: Path
) -> None:
    settings.IMPORT_JOB_MAX_ATTEMPTS = 2
    monkeypatch.setattr(import_jobs, "IMPORT_BATCH", 2)
    job = _submit(5, editor)
    assert list(media.rglob("*.jsonl"))
    for _ in range(2):
        _stop_after(monkeypatch, batches=1)
        with pytest.raises(WorkerKilled):
            services.import_job_run(job_id=job.pk)
        monkeypatch.undo()
        monkeypatch.setattr(import_jobs, "IMPORT_BATCH", 2)
        _age(job, settings)
        services.import_jobs_sweep_stalled()
    job.refresh_from_db()
    assert job.status == ImportJobStatus.FAILED
    assert "stopped 2 times" in job.failure and "after 4 rows" in job.failure
    assert (job.rows_done, job.created_count) == (4, 4)
    assert Article.objects.count() == 4
    assert not list(media.rglob("*.jsonl"))  # the stored body is gone with the job


def test_an_error_in_a_run_queues_the_job_again_and_ends_in_its_failure_reason(
    editor: Any, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.IMPORT_JOB_MAX_ATTEMPTS = 1
    job = _submit(2, editor)

    def broken(**kwargs: Any) -> Any:
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(import_jobs, "articles_import_rows", broken)
    with pytest.raises(RuntimeError):
        services.import_job_run(job_id=job.pk)
    job.refresh_from_db()
    # Free for another run at once (the task retries), the error kept.
    assert (job.status, job.failure) == ("queued", "RuntimeError: the disk is full")
    _age(job, settings)
    assert services.import_jobs_sweep_stalled() == []
    job.refresh_from_db()
    assert job.status == ImportJobStatus.FAILED
    assert job.failure.startswith(
        "The import stopped 1 time without finishing with RuntimeError: the disk is full"
    )


def test_a_queued_job_whose_message_was_lost_is_queued_again(editor: Any, settings: Any) -> None:
    job = _submit(1, editor)
    OutboxMessage.objects.all().delete()  # as if the broker had lost it
    assert services.import_jobs_sweep_stalled() == []
    _age(job, settings)
    assert services.import_jobs_sweep_stalled() == [job.pk]
    assert list(OutboxMessage.objects.values_list("task", "args")) == [(RUN, [job.pk])]
    services.import_job_run(job_id=job.pk)
    job.refresh_from_db()
    assert (job.status, job.created_count, job.attempts) == ("done", 1, 1)


def test_a_job_gone_from_the_database_is_nothing_to_run() -> None:
    assert services.import_job_run(job_id=987654) is None


def test_a_body_starting_with_much_blank_space_is_not_taken_for_empty(editor: Any) -> None:
    body = b"\n" * 5000 + _body(1)
    job = services.import_job_submit(
        source=io.BytesIO(body), format="jsonl", name="the body", by=editor
    )
    services.import_job_run(job_id=job.pk)
    job.refresh_from_db()
    assert (job.status, job.created_count) == ("done", 1)


def test_the_admin_lists_jobs_and_shows_one_read_only(editor: Any, admin_user: Any) -> None:
    from django.test import Client
    from django.urls import reverse

    job = _submit(2, editor)
    services.import_job_run(job_id=job.pk)
    client = Client()
    client.force_login(admin_user)
    listed = client.get(reverse("admin:claims_importjob_changelist"), {"status": "done"})
    assert listed.status_code == 200 and b"the body" in listed.content
    shown = client.get(reverse("admin:claims_importjob_change", args=[job.pk]))
    assert shown.status_code == 200
    assert b'name="status"' not in shown.content  # nothing to edit
    assert client.get(reverse("admin:claims_importjob_add")).status_code == 403
