"""A user's in-app notifications."""

from __future__ import annotations

from typing import Any

from django.db.models import F, QuerySet

from reviews.models import Notification


def notifications_recent(*, user: Any, limit: int = 50) -> QuerySet[Notification]:
    """A user's latest notifications, unread first."""
    return (
        Notification.objects.filter(recipient=user)
        .select_related("claim")
        .order_by(F("read_at").desc(nulls_first=True), "-created_at", "-id")[:limit]
    )
