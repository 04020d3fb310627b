"""reviews.services.notifications: in-app notifications, their e-mail, the overdue reminder."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.utils import timezone

from core import dates
from core.models import OutboxMessage
from reviews import services
from reviews.models import Notification
from tests.factories import make_user
from tests.reviews.workflow import claim_in

pytestmark = pytest.mark.django_db


def test_a_notification_queues_its_email_in_the_outbox(editor: Any, reviewer: Any) -> None:
    claim_in("assigned", editor=editor, reviewer=reviewer)
    notification = Notification.objects.get(recipient=reviewer, kind="assigned")
    message = OutboxMessage.objects.get(task="reviews.tasks.send_notification_email")
    assert message.kwargs == {"notification_id": notification.pk}


def test_no_email_is_queued_for_a_recipient_without_an_address(editor: Any) -> None:
    silent = make_user(username="silent", role="reviewer", email="")
    claim_in("assigned", editor=editor, reviewer=silent)
    assert Notification.objects.filter(recipient=silent).count() == 1
    assert not OutboxMessage.objects.filter(task="reviews.tasks.send_notification_email").exists()


def test_the_email_links_the_claim_and_is_skipped_when_gone(editor: Any, reviewer: Any) -> None:
    claim = claim_in("assigned", editor=editor, reviewer=reviewer)
    notification = Notification.objects.get(recipient=reviewer)
    assert services.notification_email_send(notification_id=notification.pk) is True
    (sent,) = mail.outbox
    assert sent.to == [reviewer.email]
    assert notification.message in sent.subject
    assert services.claim_link(claim) in sent.body and claim.text in sent.body
    assert services.claim_link(claim.pk).endswith(f"/claims/{claim.pk}/")
    assert services.notification_email_send(notification_id=10**9) is False


def test_mark_read_marks_the_users_unread_ones(editor: Any, reviewer: Any) -> None:
    for _ in range(3):
        claim_in("assigned", editor=editor, reviewer=reviewer)
    first, *rest = Notification.objects.filter(recipient=reviewer).order_by("id")
    assert services.notifications_mark_read(user=reviewer, ids=[first.pk]) == 1
    assert services.notifications_mark_read(user=editor) == 0  # not theirs
    assert services.notifications_mark_read(user=reviewer) == len(rest)
    assert not Notification.objects.filter(read_at__isnull=True).exists()


def test_overdue_reminds_each_holder_of_an_unfinished_late_claim(
    editor: Any, reviewer: Any, ratings: None
) -> None:
    late = claim_in("in_progress", editor=editor, reviewer=reviewer)
    finished = claim_in("published", editor=editor, reviewer=reviewer)
    yesterday = timezone.now() - timedelta(days=1)
    for claim in (late, finished):
        claim.due_at = yesterday
        claim.save(update_fields=["due_at"])
    assert services.overdue_notify() == 1
    reminder = Notification.objects.get(kind="overdue")
    assert (reminder.recipient, reminder.claim) == (reviewer, late)
    assert reminder.message == f"A claim was due {dates.day(yesterday)}"
