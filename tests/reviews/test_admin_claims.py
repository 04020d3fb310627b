"""The claim admin (reviews.admin.claims): its actions, generated from the policy's rules,
and its change and add forms, all through the workflow's services."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib import admin
from django.urls import reverse

from claims.models import Claim
from reviews import policy
from reviews.admin.claims import WORKFLOW_ACTIONS
from reviews.models import TimelineEvent
from tests.factories import make_claim, make_user
from tests.reviews.workflow import claim_in

pytestmark = pytest.mark.django_db
CHANGELIST = "admin:claims_claim_changelist"


WORKFLOW_ACTION_NAMES = [
    "queue_claims",
    "dismiss_claims",
    "assign_claims",
    "auto_assign_claims",
    "approve_claims",
    "return_claims",
]


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


def change_form(claim: Claim, **fields: Any) -> dict[str, Any]:
    """The claim change form as the admin renders it (only text, claimant, type editable)."""
    return {
        "text": claim.text,
        "claimant": claim.claimant,
        "claim_type": claim.claim_type,
        "seen_version": claim.version,
        "sources-TOTAL_FORMS": 0,
        "sources-INITIAL_FORMS": 0,
        "notes-TOTAL_FORMS": 0,
        "notes-INITIAL_FORMS": 0,
        "timeline-TOTAL_FORMS": 0,
        "timeline-INITIAL_FORMS": 0,
        **fields,
    }


def test_an_editor_edits_a_claim_in_the_admin_through_the_workflow(
    client: Any, editor: Any, reviewer: Any
) -> None:
    claim = claim_in("assigned", editor=editor, reviewer=reviewer)
    seen = claim.version
    client.force_login(editor)
    change = reverse("admin:claims_claim_change", args=[claim.pk])
    response = client.post(change, change_form(claim, text="Edited in the admin"))
    assert response.status_code == 302, response.content[:2000]
    claim.refresh_from_db()
    assert claim.text == "Edited in the admin"
    assert claim.version == seen + 1
    event = TimelineEvent.objects.get(claim=claim, action="edited", field="text")
    assert event.actor == editor and event.after == "Edited in the admin"


def test_a_stale_claim_edit_in_the_admin_is_a_form_error_naming_who_changed_it(
    client: Any, editor: Any, editor2: Any, reviewer: Any
) -> None:
    claim = claim_in("assigned", editor=editor, reviewer=reviewer)
    seen = claim.version
    from reviews import services

    services.claim_update(claim=claim, by=editor2, changes={"claimant": "Someone"}, version=None)
    client.force_login(editor)
    response = client.post(
        reverse("admin:claims_claim_change", args=[claim.pk]),
        change_form(claim, text="My edit", seen_version=seen),
    )
    assert response.status_code == 200
    assert "eddie changed this claim since you opened it" in response.content.decode()
    claim.refresh_from_db()
    assert claim.text != "My edit" and claim.claimant == "Someone"


def test_an_editor_adds_a_claim_in_the_admin_through_the_workflow(client: Any, editor: Any) -> None:
    article = make_claim().article
    client.force_login(editor)
    response = client.post(
        reverse("admin:claims_claim_add"),
        {"article": article.pk, "span_start": 0, "span_end": 12, "claim_type": "statistic"},
    )
    assert response.status_code == 302, response.content[:2000]
    added = Claim.objects.get(article=article, origin="manual")
    assert added.text == article.body[:12].strip() and added.status == "candidate"
    assert TimelineEvent.objects.filter(claim=added, action="created", actor=editor).exists()
    response = client.post(
        reverse("admin:claims_claim_add"),
        {"article": article.pk, "span_start": 5, "span_end": 999999, "claim_type": "other"},
        follow=True,
    )
    assert any("span must satisfy" in m for m in messages_of(response))
    assert Claim.objects.filter(article=article).count() == 2


def test_the_claim_list_rounds_scores_and_links_a_stylesheet(client: Any, editor: Any) -> None:
    make_claim(checkworthiness=0.977370689381102)
    client.force_login(editor)
    page = client.get(reverse(CHANGELIST)).content.decode()
    assert '<td class="field-score">0.98</td>' in page
    assert "0.977" not in page
    assert "claims/admin" in page and ".css" in page


def test_the_actions_come_from_the_policys_transitions_in_their_order(
    client: Any, editor: Any
) -> None:
    transitions = [name for name, _rule in policy.transitions()]
    assert set(WORKFLOW_ACTIONS) <= set(transitions)
    make_claim()  # an empty list offers no actions
    client.force_login(editor)
    request = client.get(reverse(CHANGELIST)).wsgi_request
    model_admin = admin.site._registry[Claim]
    offered = list(model_admin.get_actions(request))
    assert offered == WORKFLOW_ACTION_NAMES  # no delete: the claim admin never deletes
    page = client.get(reverse(CHANGELIST)).content.decode()
    for label in ("Queue for checking", "Approve and publish", "Auto-assign to the least"):
        assert label in page


def test_assign_without_a_reviewer_is_refused_before_any_claim(client: Any, editor: Any) -> None:
    client.force_login(editor)
    claim = claim_in("queued", editor=editor, reviewer=None)
    response = act(client, "assign_claims", [claim])
    assert "Choose a reviewer to assign to." in messages_of(response)
    claim.refresh_from_db()
    assert claim.status == "queued"
