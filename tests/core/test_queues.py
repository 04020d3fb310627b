"""Issue #14, item 11: after a 3,000-article import a webhook waited 7 minutes behind ~2,400
matching messages in the one queue. Each kind of work now has its own queue, and the
workers that take webhooks and e-mails never take bulk work."""

from __future__ import annotations

import re
import shlex
from typing import Any

import yaml
from django.conf import settings

from core.outbox import _registry
from tests.conftest import REPO_ROOT

EXPECTED = {
    "reviews.tasks.deliver_webhook": "webhooks",
    "reviews.tasks.send_notification_email": "notifications",
    "reviews.tasks.notify_overdue": "notifications",
    "claims.tasks.extract_claims": "extraction",
    "claims.tasks.extract_claims_batch": "extraction",
    "claims.tasks.match_new_claims": "matching",
    "claims.tasks.sweep_stuck_extractions": "maintenance",
    # An import job runs for minutes: bulk work, in the queue the bulk worker serves in turn
    # with extraction (not behind an import's thousands of extraction messages).
    "claims.tasks.run_import_job": "matching",
    "claims.tasks.sweep_stalled_import_jobs": "maintenance",
    "core.tasks.relay_outbox": "maintenance",
}


def _queue_of(name: str) -> str:
    from workbench.celery import app

    return str(app.amqp.router.route({}, name)["queue"].name)


def test_every_task_of_ours_goes_to_its_own_kind_of_queue() -> None:
    ours = sorted(
        name for name in _registry() if name.split(".")[0] in ("core", "claims", "reviews")
    )
    assert ours == sorted(EXPECTED)  # a new task must be given a queue here
    assert {name: _queue_of(name) for name in ours} == EXPECTED
    assert set(EXPECTED.values()) <= {*settings.INTERACTIVE_QUEUES, *settings.BULK_QUEUES}
    assert not set(settings.INTERACTIVE_QUEUES) & set(settings.BULK_QUEUES)


def _queues_in(command: list[str] | str) -> set[str]:
    words = shlex.split(command) if isinstance(command, str) else command
    for flag in ("-Q", "--queues"):
        if flag in words:
            return set(words[words.index(flag) + 1].split(","))
    return {"celery"}  # a worker without -Q takes only the default queue


def test_compose_runs_a_worker_for_interactive_work_and_another_for_bulk_work() -> None:
    compose: dict[str, Any] = yaml.safe_load((REPO_ROOT / "docker-compose.yml").read_text())
    workers = {
        name: _queues_in(service["command"])
        for name, service in compose["services"].items()
        if "worker" in service.get("command", [])
    }
    assert set().union(*workers.values()) == {
        *settings.INTERACTIVE_QUEUES,
        *settings.BULK_QUEUES,
        *settings.ARCHIVE_QUEUES,
    }
    assert workers["worker"] == set(settings.INTERACTIVE_QUEUES)
    assert all(
        not queues & set(settings.BULK_QUEUES)
        for queues in workers.values()
        if queues & {"webhooks", "notifications"}
    )


def test_make_run_starts_the_same_two_workers() -> None:
    script = (REPO_ROOT / "scripts" / "run.sh").read_text()
    commands = re.findall(r"celery -A workbench worker([^&]*)&", script.replace("\\\n", " "))
    queues = [_queues_in(command) for command in commands]
    assert set(settings.INTERACTIVE_QUEUES) in queues
    assert set(settings.BULK_QUEUES) in queues
    assert set(settings.ARCHIVE_QUEUES) in queues
