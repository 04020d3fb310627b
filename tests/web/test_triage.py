"""Triage in one step, in the workspace and the queue: a candidate is assigned straight away
("Assign…" accepts and assigns it), an editor who also researches can take it ("Assign to
me"), and the reviewer dropdown names each reviewer by name and username with their load."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils.html import escape

from claims.models import Claim, ClaimStatus
from tests.factories import make_claim, make_user
from tests.web.claims.pages import HX, action_url, buttons, page

pytestmark = pytest.mark.django_db

CANDIDATE_PAGE_QUERIES = 12  # an editor's view of a candidate, its reviewer dropdown included


@pytest.fixture
def researcher(db: Any) -> Any:
    """An editor who researches claims too: both roles."""
    user = make_user(username="erin", role="editor", first_name="Erin", last_name="Editor")
    user.groups.add(Group.objects.get(name="reviewer"))
    return user


def assign_options(html: str) -> list[str]:
    select = re.search(
        r'<select name="assignee"[^>]*id="assign_assignee"[^>]*>(.*?)</select>', html, re.S
    )
    assert select is not None, "no reviewer dropdown"
    return re.findall(r"<option[^>]*>([^<]*)</option>", select.group(1))


def test_a_candidates_workspace_offers_assign_with_named_reviewers(
    client_for: Any, editor: Any, reviewer: Any
) -> None:
    reviewer.first_name, reviewer.last_name = "Rita", "Reviewer"
    reviewer.save()
    claim = make_claim()
    html = page(client_for(editor), claim)
    assert {"queue", "assign", "dismiss"} <= buttons(html, claim)
    assert "Rita Reviewer (rita) — 0 open" in assign_options(html)
    # Edna is an editor only: she cannot research, so she is not offered the claim.
    assert "assign_me" not in html


def test_assign_from_a_candidate_accepts_and_assigns_it(
    client_for: Any, editor: Any, reviewer: Any
) -> None:
    claim = make_claim()
    response = client_for(editor).post(
        action_url(claim, "assign"),
        {"assignee": reviewer.pk, "due_date": "", "version": claim.version},
    )
    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.status, claim.assignee) == (ClaimStatus.ASSIGNED, reviewer)
    assert reviewer.get_username() in page(client_for(editor), claim)


def test_assign_from_a_candidate_over_htmx_returns_the_workspace(
    client_for: Any, editor: Any, reviewer: Any
) -> None:
    claim = make_claim()
    response = client_for(editor).post(
        action_url(claim, "assign"),
        {"assignee": reviewer.pk, "version": claim.version},
        headers=HX,
    )
    assert response.status_code == 200
    assert "Claim assigned." in response.content.decode()
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.ASSIGNED


def test_a_stale_assign_is_409_and_the_candidate_stays(
    client_for: Any, editor: Any, reviewer: Any
) -> None:
    claim = make_claim()
    response = client_for(editor).post(
        action_url(claim, "assign"), {"assignee": reviewer.pk, "version": claim.version - 1}
    )
    assert response.status_code == 409
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.CANDIDATE


def test_an_editor_who_researches_assigns_a_candidate_to_themselves(
    client_for: Any, researcher: Any
) -> None:
    claim = make_claim()
    client = client_for(researcher)
    html = page(client, claim)
    assert f'action="/claims/{claim.pk}/assign_me/"' in html
    assert "Assign to me" in html
    assert "Erin Editor (erin) — 0 open" in assign_options(html)
    response = client.post(action_url(claim, "assign_me"), {"version": claim.version})
    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.status, claim.assignee) == (ClaimStatus.ASSIGNED, researcher)
    # Theirs now: no "Assign to me" any more, and they may start research.
    html = page(client, claim)
    assert "Assign to me" not in html and "start" in buttons(html, claim)


def test_assign_to_me_refusals_are_clear_and_never_500(
    client_for: Any, editor: Any, reviewer: Any
) -> None:
    claim = make_claim()
    # An editor without the reviewer role: 400, with the reason.
    response = client_for(editor).post(
        action_url(claim, "assign_me"), {"version": claim.version}, headers=HX
    )
    assert response.status_code == 400
    assert escape("is not a reviewer") in response.content.decode()
    # A reviewer may not triage.
    response = client_for(reviewer).post(action_url(claim, "assign_me"), {"version": claim.version})
    assert response.status_code == 403
    # A version that is not a number.
    response = client_for(editor).post(action_url(claim, "assign_me"), {"version": "seven"})
    assert response.status_code == 400
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.CANDIDATE


def test_the_queue_assigns_selected_candidates_in_one_step(
    client_for: Any, editor: Any, reviewer: Any
) -> None:
    candidates = [make_claim(), make_claim()]
    response = client_for(editor).post(
        reverse("web-queue-assign"),
        {"claims": [c.pk for c in candidates], "assignee": str(reviewer.pk)},
    )
    assert response.status_code == 302
    statuses = set(
        Claim.objects.filter(pk__in=[c.pk for c in candidates]).values_list("status", flat=True)
    )
    assert statuses == {ClaimStatus.ASSIGNED}


def test_the_queue_dropdowns_name_reviewers_with_their_username(
    client_for: Any, editor: Any, reviewer: Any
) -> None:
    reviewer.first_name, reviewer.last_name = "Rita", "Reviewer"
    reviewer.save()
    html = client_for(editor).get(reverse("web-queue")).content.decode()
    bulk = html.split('id="bulk_assignee"')[1].split("</select>")[0]
    assert "Rita Reviewer (rita) — 0 open" in bulk


@pytest.mark.parametrize("extra_reviewers", [1, 12])
def test_the_reviewer_dropdown_costs_one_query_however_many_reviewers(
    extra_reviewers: int,
    client_for: Any,
    editor: Any,
    reviewer: Any,
    django_assert_num_queries: Any,
) -> None:
    for index in range(extra_reviewers):
        make_user(username=f"reviewer{index}", role="reviewer", last_name=f"Number {index}")
    claim = make_claim()
    client = client_for(editor)
    page(client, claim)
    # The same count for 2 and 13 reviewers: the dropdown's reviewers and their loads come
    # in one query (selectors.reviewers_with_load).
    with django_assert_num_queries(CANDIDATE_PAGE_QUERIES):
        html = page(client, claim)
    assert len(assign_options(html)) == extra_reviewers + 2  # "Choose a reviewer", rita
