"""Assignment from a row of the queue (issue "Newsroom usability", item 8): an editor triages a
page of candidates without opening each claim. The row's form calls the claim page's service
(a candidate accepted and assigned in one step); with htmx its row comes back, without
JavaScript the queue does; a stale row says so (409), a reviewer is refused (403)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils.html import escape

from claims.models import Claim, ClaimStatus
from reviews import services
from tests.factories import make_claim, make_user
from tests.web.claims.pages import HX, page
from tests.web.test_triage import assign_options

pytestmark = pytest.mark.django_db

# Session, user, the user's groups, unread notifications; the page's ids (each carrying the
# capped count), the page's rows. The reviewers and ratings of the selects are cached.
QUEUE_QUERIES = 6
# Session, user, groups; then the service, as on the claim page (savepoint, the reviewer and
# their groups, the claim locked, queued and its event, the assignment ended and begun, the
# claim assigned and its two events, the notification and its outbox row, release); then
# the row: the reviewers' load read afresh (and the ratings cached with it), the row itself.
ROW_ASSIGN_QUERIES = 20


def row_url(claim: Claim) -> str:
    return reverse("web-queue-row-assign", args=[claim.pk])


def queue(client: Any, query: str = "") -> str:
    response = client.get(f"{reverse('web-queue')}{query}")
    assert response.status_code == 200
    return response.content.decode()


def row_of(html: str, claim: Claim) -> str:
    match = re.search(
        rf'<tr class="claim-row[^"]*" data-href="/claims/{claim.pk}/">.*?</tr>', html, re.S
    )
    assert match is not None, f"no row for claim {claim.pk}"
    return match.group(0)


def row_options(html: str, claim: Claim) -> list[str]:
    select = re.search(
        rf'<select name="assignee" id="assign-{claim.pk}"[^>]*>(.*?)</select>', html, re.S
    )
    assert select is not None, f"no reviewer select in the row of claim {claim.pk}"
    return re.findall(r"<option[^>]*>([^<]*)</option>", select.group(1))


def status_of(claim: Claim) -> tuple[str, Any]:
    fresh = Claim.objects.get(pk=claim.pk)
    return fresh.status, fresh.assignee_id


@pytest.fixture
def researcher(db: Any) -> Any:
    """An editor who researches claims too: both roles."""
    user = make_user(username="erin", role="editor", first_name="Erin", last_name="Editor")
    user.groups.add(Group.objects.get(name="reviewer"))
    return user


def test_rows_an_editor_may_assign_carry_a_form_and_a_reviewer_sees_none(
    client_for: Any, editor: Any, reviewer: Any, claim_in: Any
) -> None:
    claims = {
        state: claim_in(state)
        for state in (
            "candidate",
            "queued",
            "assigned",
            "in_progress",
            "in_review",
            "published",
            "dismissed",
        )
    }
    html = queue(client_for(editor))
    for state, claim in claims.items():
        has_form = f'action="{row_url(claim)}"' in row_of(html, claim)
        # A candidate is accepted and assigned in one step; assigned work may be re-assigned.
        assert has_form == (state in ("candidate", "queued", "assigned", "in_progress")), state
    assert ">Assign</button>" in row_of(html, claims["queued"])
    assert ">Reassign</button>" in row_of(html, claims["assigned"])
    html = queue(client_for(reviewer))
    assert 'class="row-assign"' not in html and "/assign/" not in html


def test_the_rows_reviewer_select_has_the_claim_pages_labels(
    client_for: Any, editor: Any, reviewer: Any, other_reviewer: Any, claim_in: Any
) -> None:
    reviewer.first_name, reviewer.last_name = "Rita", "Reviewer"
    reviewer.save()
    other_reviewer.first_name = ""  # known by the username alone
    other_reviewer.save()
    claim_in("assigned")  # Rita holds one claim
    candidate = make_claim()
    client = client_for(editor)
    options = row_options(queue(client), candidate)
    assert options == assign_options(page(client, candidate))
    assert options == ["Choose a reviewer", "rafael — 0 open", "Rita Reviewer (rita) — 1 open"]


def test_assign_to_me_is_offered_to_an_editor_who_researches_on_claims_not_theirs(
    client_for: Any, editor: Any, researcher: Any, reviewer: Any
) -> None:
    candidate, mine = make_claim(), make_claim()
    services.claim_assign(claim=mine, by=researcher, assignee=researcher, accept=True)
    html = queue(client_for(researcher))
    assert "Assign to me" in row_of(html, candidate)
    assert "Assign to me" not in row_of(html, mine) and ">Reassign</button>" in row_of(html, mine)
    # Edna is an editor only: she cannot research, so no row offers her the claim.
    assert "Assign to me" not in queue(client_for(editor))


def test_htmx_assigns_a_candidate_and_returns_its_row_and_an_announcement(
    client_for: Any, editor: Any, reviewer: Any
) -> None:
    reviewer.first_name, reviewer.last_name = "Rita", "Reviewer"
    reviewer.save()
    candidate = make_claim()
    response = client_for(editor).post(
        row_url(candidate),
        {"assignee": reviewer.pk, "version": candidate.version, "next": "/queue/?status=candidate"},
        headers=HX,
    )
    assert response.status_code == 200
    assert status_of(candidate) == (ClaimStatus.ASSIGNED, reviewer.pk)
    html = response.content.decode()
    assert html.lstrip().startswith('<tr class="claim-row')  # the row, for hx-target="closest tr"
    row = row_of(html, candidate)
    assert '<span class="chip status-assigned">Assigned</span>' in row
    assert '<span class="assignee">rita</span>' in row
    done = f"Claim #{candidate.pk} assigned to Rita Reviewer (rita)."
    assert done in row
    # The new version, so the next assignment from this row is not stale; the same filters.
    assert f'name="version" value="{Claim.objects.get(pk=candidate.pk).version}"' in row
    assert 'name="next" value="/queue/?status=candidate"' in row
    # The reviewer's load is read afresh for the row's select.
    assert "Rita Reviewer (rita) — 1 open" in row_options(html, candidate)
    # The live region's text changes (innerHTML): screen readers announce it.
    announce = re.search(r'<p id="queue-announce" hx-swap-oob="innerHTML">([^<]*)</p>', html)
    assert announce is not None
    assert announce.group(1) == done


def test_without_javascript_the_post_goes_back_to_the_queue_with_its_filters(
    client_for: Any, editor: Any, reviewer: Any
) -> None:
    candidate = make_claim()
    back = "/queue/?status=candidate&status=queued&ordering=-updated&page=2"
    client = client_for(editor)
    response = client.post(
        row_url(candidate), {"assignee": reviewer.pk, "version": candidate.version, "next": back}
    )
    assert response.status_code == 302 and response["Location"] == back
    assert status_of(candidate) == (ClaimStatus.ASSIGNED, reviewer.pk)
    html = client.get(back, follow=True).content.decode()
    assert f"Claim #{candidate.pk} assigned to {reviewer.get_full_name()} (rita)." in html
    # Another site as `next` is not followed.
    other = make_claim()
    response = client.post(
        row_url(other),
        {"assignee": reviewer.pk, "version": other.version, "next": "https://elsewhere.example/"},
    )
    assert response.status_code == 302 and response["Location"] == reverse("web-queue")


def test_assign_to_me_takes_the_candidate(client_for: Any, researcher: Any) -> None:
    candidate = make_claim()
    response = client_for(researcher).post(
        row_url(candidate), {"me": "1", "assignee": "", "version": candidate.version}, headers=HX
    )
    assert response.status_code == 200
    assert status_of(candidate) == (ClaimStatus.ASSIGNED, researcher.pk)
    row = row_of(response.content.decode(), candidate)
    assert f"Claim #{candidate.pk} assigned to you." in row
    assert "Assign to me" not in row and ">Reassign</button>" in row


def test_a_stale_row_gets_409_and_shows_the_claim_as_it_is_now(
    client_for: Any, editor: Any, editor2: Any, reviewer: Any, other_reviewer: Any
) -> None:
    candidate = make_claim()
    seen = candidate.version
    # Someone else assigns it after the editor's queue was loaded.
    services.claim_assign(claim=candidate, by=editor2, assignee=other_reviewer, accept=True)
    response = client_for(editor).post(
        row_url(candidate), {"assignee": reviewer.pk, "version": seen}, headers=HX
    )
    assert response.status_code == 409
    assert status_of(candidate) == (ClaimStatus.ASSIGNED, other_reviewer.pk)
    row = row_of(response.content.decode(), candidate)
    assert '<p class="row-note is-error">Not assigned: eddie changed this claim' in row
    assert '<span class="assignee">rafael</span>' in row
    assert f'name="version" value="{Claim.objects.get(pk=candidate.pk).version}"' in row
    # Without JavaScript: back to the queue, the reason as a message.
    client = client_for(editor)
    response = client.post(row_url(candidate), {"assignee": reviewer.pk, "version": seen})
    assert response.status_code == 302
    assert (
        "Not assigned: eddie changed this claim"
        in client.get(reverse("web-queue")).content.decode()
    )


def test_a_claim_that_can_no_longer_be_assigned_is_409(
    client_for: Any, editor: Any, reviewer: Any, claim_in: Any
) -> None:
    claim = claim_in("in_review")
    response = client_for(editor).post(
        row_url(claim), {"assignee": reviewer.pk, "version": claim.version}, headers=HX
    )
    assert response.status_code == 409
    row = row_of(response.content.decode(), claim)
    assert "Not assigned: Cannot assign a claim that is in review" in row
    assert 'class="row-assign"' not in row  # nothing to press in that state
    assert status_of(claim) == (ClaimStatus.IN_REVIEW, reviewer.pk)


def test_reviewers_are_refused_with_403(client_for: Any, reviewer: Any) -> None:
    candidate = make_claim()
    client = client_for(reviewer)
    data = {"assignee": reviewer.pk, "version": candidate.version}
    response = client.post(row_url(candidate), data, headers=HX)
    assert response.status_code == 403
    row = row_of(response.content.decode(), candidate)
    assert "Not assigned: Only an editor can assign claims." in row
    assert 'class="row-assign"' not in row
    # A stale version does not turn the refusal into a conflict.
    response = client.post(row_url(candidate), {**data, "version": 99})
    assert response.status_code == 403
    assert status_of(candidate) == (ClaimStatus.CANDIDATE, None)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"version": "1"}, "Choose a reviewer to assign."),
        ({"version": "1", "assignee": "rita"}, "Choose a reviewer from the list."),
        ({"version": "1", "assignee": "-3"}, "Choose a reviewer from the list."),
        ({"assignee": "{reviewer}"}, "version: send the version the row showed."),
        ({"assignee": "{reviewer}", "version": "seven"}, "version must be a whole number."),
        ({"assignee": "{editor}", "version": "1"}, "(edna) is not a reviewer."),
        ({"assignee": "999999", "version": "1"}, "assignee: no active user with that id."),
    ],
)
def test_bad_input_is_400_with_the_reason(
    data: dict[str, str], message: str, client_for: Any, editor: Any, reviewer: Any
) -> None:
    candidate = make_claim()
    data = {
        key: value.format(reviewer=reviewer.pk, editor=editor.pk) for key, value in data.items()
    }
    response = client_for(editor).post(row_url(candidate), data, headers=HX)
    assert response.status_code == 400
    assert escape(message) in response.content.decode()
    assert status_of(candidate) == (ClaimStatus.CANDIDATE, None)


def test_a_claim_that_is_gone_is_404_in_its_row(
    client_for: Any, editor: Any, reviewer: Any
) -> None:
    response = client_for(editor).post(
        reverse("web-queue-row-assign", args=[987654]),
        {"assignee": reviewer.pk, "version": 1},
        headers=HX,
    )
    assert response.status_code == 404
    assert "Not assigned: Claim 987654 does not exist." in response.content.decode()


def test_only_post_and_only_signed_in(client: Any, client_for: Any, editor: Any) -> None:
    candidate = make_claim()
    assert client.post(row_url(candidate), {"version": 1}).status_code == 302  # to sign in
    assert Claim.objects.get(pk=candidate.pk).status == ClaimStatus.CANDIDATE
    assert client_for(editor).get(row_url(candidate)).status_code == 405


@pytest.mark.parametrize("size", [3, 40])
def test_the_queue_with_row_forms_costs_the_same_queries_at_any_size(
    size: int,
    client_for: Any,
    researcher: Any,
    reviewer: Any,
    other_reviewer: Any,
    django_assert_num_queries: Any,
) -> None:
    for _ in range(size):
        make_claim()
    client = client_for(researcher)
    queue(client)  # the cached reviewer and rating choices
    with django_assert_num_queries(QUEUE_QUERIES):
        html = queue(client)
    rows = min(size, 25)
    # Every row has the select (three reviewers) and "Assign to me": no query per row.
    assert html.count('class="row-assign"') == rows
    assert html.count("Assign to me</button>") == rows
    assert len(re.findall(r"<option value=\"\d+\">[^<]* — 0 open</option>", html)) == 3 * (rows + 2)


def test_a_row_assignment_costs_a_fixed_number_of_queries(
    client_for: Any, editor: Any, reviewer: Any, django_assert_num_queries: Any
) -> None:
    candidate = make_claim()
    client = client_for(editor)
    queue(client)
    with django_assert_num_queries(ROW_ASSIGN_QUERIES):
        response = client.post(
            row_url(candidate), {"assignee": reviewer.pk, "version": candidate.version}, headers=HX
        )
    assert response.status_code == 200
