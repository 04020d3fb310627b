"""Archive each source when it is added, without reviews knowing about the archive."""

from __future__ import annotations

from typing import Any

from django.conf import settings

from core.outbox import outbox_add
from reviews.models import Source

ARCHIVE_TASK = "archive.tasks.archive_source"


def source_saved(sender: Any, instance: Source, created: bool, raw: bool = False, **_: Any) -> None:
    # The outbox row joins the transaction that adds the source: both commit, or neither.
    if created and not raw and settings.ARCHIVE_ON_ADD:
        outbox_add(task=ARCHIVE_TASK, args=[instance.pk])
