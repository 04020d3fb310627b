"""Where the public site listens: a verdict that changed in public is rendered again by a
worker (an outbox message in the change's transaction), and a changed setting forgets the
pages' fingerprint (publishing.pages)."""

from __future__ import annotations

from typing import Any

from django.conf import settings

from core.outbox import outbox_add
from publishing import pages
from publishing.tasks import RENDER_TASK


def verdict_changed(sender: Any, *, claim_id: int, **_: Any) -> None:
    if settings.PUBLIC_SITE:
        outbox_add(task=RENDER_TASK, args=[claim_id])


def setting_changed(**_: Any) -> None:
    pages.fingerprint.cache_clear()
