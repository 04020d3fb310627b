from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from claims.models import Claim
from reviews.models import Source, TimelineEvent
from tests.factories import make_claim, make_user
from tests.reviews.workflow import claim_in

pytestmark = pytest.mark.django_db
CHANGELIST = "admin:claims_claim_changelist"


def act(client: Any, action: str, claims: list[Claim], **extra: Any) -> Any:
    data = {"action": action, "_selected_action": [c.pk for c in claims], **extra}
    return client.post(reverse(CHANGELIST), data, follow=True)


def messages_of(response: Any) -> list[str]:
    return [str(m) for m in response.context["messages"]]


def test_queue_and_dismiss_call_the_workflow(client: Any, editor: Any) -> None:
    client.force_login(editor)
    first, second, third = make_claim(), make_claim(), make_claim()
    act(client, "queue_claims", [first, second])
    act(client, "dismiss_claims", [third])
    statuses = dict(Claim.objects.values_list("pk", "status"))
    assert statuses == {first.pk: "queued", second.pk: "queued", third.pk: "dismissed"}
    assert TimelineEvent.objects.filter(action="transition").count() == 3


def test_assign_to_a_chosen_reviewer_and_auto_assign(client: Any, editor: Any) -> None:
    client.force_login(editor)
    ann = make_user(username="ann", role="reviewer")
    make_user(username="bob", role="reviewer")
    claims = [claim_in("queued", editor=editor, reviewer=None) for _ in range(4)]
    act(client, "assign_claims", claims[:1], reviewer=ann.pk)
    response = act(client, "auto_assign_claims", claims[1:])
    assert "Assigned 3 claim(s)." in messages_of(response)
    holders = list(Claim.objects.order_by("pk").values_list("assignee__username", flat=True))
    assert holders[0] == "ann" and sorted(holders[1:]) == ["ann", "bob", "bob"]


def test_refusals_show_as_messages_and_change_nothing(
    client: Any, editor: Any, reviewer: Any
) -> None:
    client.force_login(editor)
    candidate = make_claim()
    response = act(client, "approve_claims", [candidate])
    assert any("Cannot approve a claim that is candidate" in m for m in messages_of(response))
    response = act(client, "return_claims", [candidate], comment="")
    assert response.status_code == 200
    candidate.refresh_from_db()
    assert candidate.status == "candidate"


def test_reviewers_change_only_their_own_claims_in_the_admin(
    client: Any, editor: Any, reviewer: Any, other_reviewer: Any
) -> None:
    mine = claim_in("assigned", editor=editor, reviewer=reviewer)
    theirs = claim_in("assigned", editor=editor, reviewer=other_reviewer)
    client.force_login(reviewer)
    change = "admin:claims_claim_change"
    page = client.get(reverse(change, args=[theirs.pk]))
    assert page.status_code == 200 and b'name="text"' not in page.content  # read-only view
    data = {
        "text": "Edited in the admin",
        "claimant": mine.claimant,
        "claim_type": mine.claim_type,
        "checkworthiness": mine.checkworthiness,
        "span_start": mine.span_start,
        "span_end": mine.span_end,
        "priority": 0,
        "article": mine.article_id,
        "sources-TOTAL_FORMS": 1,
        "sources-INITIAL_FORMS": 0,
        "sources-0-url": "https://example.org/evidence",
        "sources-0-stance": "refutes",
        "notes-TOTAL_FORMS": 0,
        "notes-INITIAL_FORMS": 0,
        "timeline-TOTAL_FORMS": 0,
        "timeline-INITIAL_FORMS": 0,
    }
    response = client.post(reverse(change, args=[mine.pk]), data)
    assert response.status_code == 302, response.content[:2000]
    mine.refresh_from_db()
    assert mine.text == "Edited in the admin"
    assert Source.objects.get(claim=mine).stance == "refutes"
    assert TimelineEvent.objects.filter(claim=mine, action="source_added").exists()
    assert client.post(reverse(change, args=[theirs.pk]), data).status_code == 403
