"""The matching task: a thin adapter over `services.claims_match`."""

from __future__ import annotations

from celery import shared_task

from core.tasks import RETRYABLE
from matching.hooks import MATCH_TASK


@shared_task(
    name=MATCH_TASK,
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=RETRYABLE,
    retry_backoff=2,
    retry_backoff_max=60,
    max_retries=5,
)
def match_new_claims(claim_ids: list[int]) -> int:
    # Imported here for start-up cost: every worker and web process imports every tasks
    # module, and only this task needs the ranker (numpy, rapidfuzz, PyStemmer).
    from matching import services

    return services.claims_match(claim_ids=claim_ids)
