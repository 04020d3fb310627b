"""Celery tasks: thin adapters that call publishing.pages."""

from __future__ import annotations

from celery import shared_task

from core.tasks import RETRY_TASK_OPTIONS
from publishing import pages

RENDER_TASK = "publishing.tasks.render_public_pages"


@shared_task(**RETRY_TASK_OPTIONS, ignore_result=True)
def render_public_pages(claim_id: int) -> str:
    """A verdict changed in public: render its fact-check page and the first page of
    /checks/ into the shared page cache, so that their first reader finds them rendered.
    Idempotent: it renders what is there when it runs."""
    return "rendered" if pages.prerender(claim_id=claim_id) else "not public"
