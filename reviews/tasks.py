from __future__ import annotations

from celery import shared_task

from reviews import services


@shared_task(acks_late=True)
def notify_overdue() -> int:
    return services.overdue_notify()
