"""The extraction tasks survive a dying worker and transient database or broker errors."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

import pytest
from django.db import OperationalError
from kombu.exceptions import OperationalError as BrokerError

from claims.tasks import extract_claims, extract_claims_batch
from tests.conftest import REPO_ROOT


@pytest.mark.parametrize("task", [extract_claims, extract_claims_batch], ids=lambda t: t.name)
def test_extraction_tasks_are_redelivered_and_retried(task: Any) -> None:
    assert task.acks_late is True
    assert task.reject_on_worker_lost is True
    retried = task.autoretry_for
    assert OperationalError in retried and BrokerError in retried
    assert 0 < task.max_retries <= 10
    assert task.ignore_result is True


def test_the_worker_imports_none_of_the_offline_training_code() -> None:
    # A fresh interpreter: this test process has imported the training modules already.
    code = (
        "import sys, django; django.setup(); "
        "import claims.tasks, claims.extraction.pipeline; "
        "print(sorted(m for m in sys.modules if m.startswith('claims.extraction.training') "
        "or m.split('.')[0] in ('sklearn', 'scipy')))"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "workbench.settings"}
    env.setdefault("DJANGO_SECRET_KEY", "x")
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert done.stdout.strip() == "[]"
