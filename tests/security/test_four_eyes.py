"""Four-eyes covers everyone who wrote a verdict, not only its first author (issue 14, item 2).

Attacks reproduced through the API:
- a review written by one reviewer, taken over by a user who is both editor and reviewer,
  rewritten and then approved by that same user;
- an admin writing the verdict (and its sources) on the assignee's behalf, then approving it.
Both passed while approval compared only `Review.author`; both are refused now (403), and
the export credits the people who actually wrote the published text.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.contrib.auth.models import Group
from rest_framework.test import APIClient

from claims.models import Claim, ClaimStatus
from reviews import services
from reviews.models import Review, VerdictRevision
from tests.factories import make_claim, make_user
from tests.reviews.workflow import claim_in

pytestmark = pytest.mark.django_db


def _api(user: Any) -> APIClient:
    api = APIClient()
    api.force_authenticate(user)
    return api


def _write(api: APIClient, claim: Claim, **fields: Any) -> None:
    version = Review.objects.get(claim=claim).version
    response = api.put(
        f"/api/v1/claims/{claim.pk}/review/", {"version": version, **fields}, format="json"
    )
    assert response.status_code == 200, response.content


def _add_source(api: APIClient, claim: Claim, url: str) -> None:
    response = api.post(f"/api/v1/claims/{claim.pk}/sources/", {"url": url}, format="json")
    assert response.status_code == 201, response.content


def _post(api: APIClient, claim: Claim, action: str, **body: Any) -> Any:
    return api.post(f"/api/v1/claims/{claim.pk}/{action}/", body, format="json")


def _exported(api: APIClient, claim: Claim) -> dict[str, Any]:
    items = api.get("/api/v1/verdicts/").json()["results"]
    return next(item for item in items if item["id"] == claim.pk)


@pytest.fixture
def editor_reviewer(db: Any) -> Any:
    """Someone who holds both roles, as small newsrooms do."""
    user = make_user(username="bea", first_name="Bea", last_name="Both", role="editor")
    user.groups.add(Group.objects.get(name="reviewer"))
    return user


@pytest.fixture
def published(ratings: None, editor: Any, reviewer: Any) -> Claim:
    """Written by Rita (reviewer), approved by Edna (editor)."""
    return claim_in("published", editor=editor, reviewer=reviewer)


@pytest.fixture
def assigned(ratings: None, editor: Any, reviewer: Any) -> Claim:
    claim = make_claim()
    services.claim_triage(claim=claim, by=editor, decision="queue")
    services.claim_assign(claim=claim, by=editor, assignee=reviewer)
    services.claim_start(claim=claim, by=reviewer)
    return claim


def test_a_takeover_rewrite_cannot_be_approved_by_the_one_who_took_it_over(
    assigned: Claim, editor: Any, editor2: Any, reviewer: Any, editor_reviewer: Any
) -> None:
    # Rita writes the verdict; an editor hands the claim to Bea (editor and reviewer).
    _write(_api(reviewer), assigned, rating="false", summary="Rita's draft.")
    _add_source(_api(reviewer), assigned, "https://stats.example.org/a")
    services.claim_assign(claim=assigned, by=editor, assignee=editor_reviewer)
    bea = _api(editor_reviewer)
    assert _post(bea, assigned, "start").status_code == 200
    _write(bea, assigned, rating="mostly-false", summary="Bea's rewrite.", rationale="Mine.")
    assert _post(bea, assigned, "submit").status_code == 200

    response = _post(bea, assigned, "approve")

    assert response.status_code == 403
    assert response.json()["code"] == "permission_denied"
    assert "four-eyes" in response.json()["detail"]
    assert "another editor must approve" in response.json()["detail"]
    assert Claim.objects.get(pk=assigned.pk).status == ClaimStatus.IN_REVIEW
    assert not VerdictRevision.objects.filter(review__claim=assigned).exists()

    # Another editor may; the export credits both writers, in the order they wrote.
    assert _post(_api(editor2), assigned, "approve").status_code == 200
    item = _exported(_api(editor), assigned)
    assert item["reviewers"] == [
        reviewer.get_full_name() or reviewer.username,
        "Bea Both",
    ]
    assert item["reviewer"] == ", ".join(item["reviewers"])
    assert item["summary"] == "Bea's rewrite."


def test_an_admin_who_wrote_the_verdict_for_the_assignee_cannot_approve_it(
    assigned: Claim, admin_user: Any, editor: Any, reviewer: Any
) -> None:
    root = _api(admin_user)
    _write(root, assigned, rating="false", summary="Written by the admin.")
    _add_source(root, assigned, "https://stats.example.org/b")
    assert _post(_api(reviewer), assigned, "submit").status_code == 200

    response = _post(root, assigned, "approve")

    assert response.status_code == 403
    assert "four-eyes" in response.json()["detail"]
    assert Claim.objects.get(pk=assigned.pk).status == ClaimStatus.IN_REVIEW

    # Published by an editor who wrote nothing, it credits the admin, not the assignee
    # whose name `Review.author` carries.
    assert _post(_api(editor), assigned, "approve").status_code == 200
    item = _exported(_api(editor), assigned)
    assert item["reviewers"] == [admin_user.get_full_name() or admin_user.username]
    assert Review.objects.get(claim=assigned).author == reviewer


def test_adding_or_removing_a_source_counts_as_writing_the_verdict(
    assigned: Claim, editor: Any, reviewer: Any, editor_reviewer: Any
) -> None:
    _write(_api(reviewer), assigned, rating="false", summary="Rita's verdict.")
    _add_source(_api(reviewer), assigned, "https://stats.example.org/c")
    services.claim_assign(claim=assigned, by=editor, assignee=editor_reviewer)
    bea = _api(editor_reviewer)
    assert _post(bea, assigned, "start").status_code == 200
    # Bea touches only the evidence: a source in, then the original out.
    _add_source(bea, assigned, "https://stats.example.org/d")
    first = assigned.sources.get(url="https://stats.example.org/c")
    assert bea.delete(f"/api/v1/sources/{first.pk}/").status_code == 204
    assert _post(bea, assigned, "submit").status_code == 200

    response = _post(bea, assigned, "approve")

    assert response.status_code == 403
    assert "four-eyes" in response.json()["detail"]


def test_the_writers_are_counted_afresh_for_a_correction_and_keep_their_credit(
    published: Claim, editor: Any, editor2: Any, reviewer: Any, other_reviewer: Any
) -> None:
    claim = published
    eddie = _api(editor2)
    assert _post(eddie, claim, "reopen", note="The office revised its figure.").status_code == 200
    services.claim_assign(claim=claim, by=editor, assignee=other_reviewer)
    rafael = _api(other_reviewer)
    assert _post(rafael, claim, "start").status_code == 200
    _write(rafael, claim, summary="Revised by Rafael.")
    assert _post(rafael, claim, "submit").status_code == 200

    # Eddie only reopened it (reopening is not writing); he may approve the correction.
    assert _post(eddie, claim, "approve").status_code == 200

    item = _exported(_api(editor), claim)
    assert item["reviewers"] == [
        reviewer.get_full_name() or reviewer.username,
        other_reviewer.get_full_name() or other_reviewer.username,
    ]
    assert item["summary"] == "Revised by Rafael."
    assert not Review.objects.get(claim=claim).contributors.exists()


def test_a_corrector_cannot_approve_their_own_correction(
    published: Claim, editor: Any, editor2: Any, editor_reviewer: Any
) -> None:
    claim = published
    assert _post(_api(editor2), claim, "reopen", note="Recheck.").status_code == 200
    services.claim_assign(claim=claim, by=editor, assignee=editor_reviewer)
    bea = _api(editor_reviewer)
    assert _post(bea, claim, "start").status_code == 200
    _write(bea, claim, rating="true")
    assert _post(bea, claim, "submit").status_code == 200

    response = _post(bea, claim, "approve")

    assert response.status_code == 403
    assert "four-eyes" in response.json()["detail"]
    assert VerdictRevision.objects.filter(review__claim=claim).count() == 1


def test_every_export_format_credits_the_writers(
    assigned: Claim, editor: Any, editor2: Any, reviewer: Any, editor_reviewer: Any
) -> None:
    _write(_api(reviewer), assigned, rating="false", summary="Draft.")
    _add_source(_api(reviewer), assigned, "https://stats.example.org/e")
    services.claim_assign(claim=assigned, by=editor, assignee=editor_reviewer)
    bea = _api(editor_reviewer)
    assert _post(bea, assigned, "start").status_code == 200
    _write(bea, assigned, summary="Final.")
    assert _post(bea, assigned, "submit").status_code == 200
    assert _post(_api(editor2), assigned, "approve").status_code == 200
    rita = reviewer.get_full_name() or reviewer.username
    api = _api(editor)

    def body(fmt: str) -> str:
        response: Any = api.get(f"/api/v1/verdicts/?format={fmt}")
        return b"".join(response.streaming_content).decode("utf-8")

    ndjson = json.loads(body("ndjson").splitlines()[0])
    assert ndjson["reviewers"] == [rita, "Bea Both"]
    assert f'"{rita}, Bea Both"' in body("csv")
    claimreview = json.loads(body("claimreview"))[0]
    assert claimreview["contributor"] == [
        {"@type": "Person", "name": rita},
        {"@type": "Person", "name": "Bea Both"},
    ]
    assert claimreview["author"]["@type"] == "Organization"
