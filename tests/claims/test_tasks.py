"""The extraction tasks survive a dying worker and transient database or broker errors."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import OperationalError
from kombu.exceptions import OperationalError as BrokerError

from claims.tasks import extract_claims, extract_claims_batch


@pytest.mark.parametrize("task", [extract_claims, extract_claims_batch], ids=lambda t: t.name)
def test_extraction_tasks_are_redelivered_and_retried(task: Any) -> None:
    assert task.acks_late is True
    assert task.reject_on_worker_lost is True
    retried = task.autoretry_for
    assert OperationalError in retried and BrokerError in retried
    assert 0 < task.max_retries <= 10
    assert task.ignore_result is True
