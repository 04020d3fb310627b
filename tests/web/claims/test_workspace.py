"""The claim workspace page: the role matrix, its content, query counts."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from claims.models import Claim, ClaimStatus
from reviews import services
from reviews.models import Note, Review, Source
from tests.factories import make_claim, make_user
from tests.web.claims.pages import HX, action_url, buttons, page

pytestmark = pytest.mark.django_db


# --- what each role sees ----------------------------------------------------------------------


def test_the_assigned_reviewer_gets_the_research_controls(
    client_for: Any, reviewer: Any, claim_in: Any
) -> None:
    claim = claim_in("in_progress")
    html = page(client_for(reviewer), claim)
    for url in ("edit", "review", "sources", "notes"):
        assert f'action="/claims/{claim.pk}/{url}/"' in html, url
    assert buttons(html, claim) == {"submit"}
    assert 'action="/sources/' in html  # remove a source
    # Every rating is offered with its definition.
    assert 'value="mostly-true"' in html and "needs clarification" in html


def test_another_reviewer_sees_the_claim_read_only(
    client_for: Any, other_reviewer: Any, claim_in: Any
) -> None:
    claim = claim_in("in_progress")
    html = page(client_for(other_reviewer), claim)
    assert "<form" not in html.split('id="workspace"')[1]
    assert "Read only: this claim is assigned to rita" in html
    assert "We checked it." in html  # the verdict is shown as text
    assert "stats.example.org/report" in html


def test_editors_get_editor_actions_for_the_state(
    client_for: Any, editor: Any, claim_in: Any
) -> None:
    client = client_for(editor)
    candidate = claim_in("candidate")
    assert buttons(page(client, candidate), candidate) == {
        "queue",
        "assign",  # accepted and assigned in one step
        "dismiss",
        "merge",
    }
    review = claim_in("in_review")
    html = page(client, review)
    assert buttons(html, review) == {"approve", "return", "merge"}
    assert f'action="/claims/{review.pk}/review/"' not in html  # editors don't write verdicts
    published = claim_in("published")
    assert buttons(page(client, published), published) == {"reopen"}


@pytest.mark.parametrize(
    ("path", "data"),
    [
        ("edit/", {"text": "Changed", "claimant": "", "claim_type": "other", "version": "1"}),
        ("review/", {"rating": "true", "summary": "Mine now", "rationale": "", "version": "1"}),
        ("sources/", {"url": "https://example.org/x", "stance": "context"}),
        ("notes/", {"body": "Sneaky note"}),
        ("start/", {}),
        ("submit/", {}),
        ("approve/", {}),
        ("return/", {"comment": "Redo"}),
        ("queue/", {}),
        ("dismiss/", {}),
        ("assign/", {"assignee": "__other__"}),
        ("merge/", {"canonical": "__canonical__"}),
        ("reopen/", {"note": "Fix"}),
    ],
)
def test_another_reviewer_posting_to_action_urls_gets_403(
    client_for: Any, other_reviewer: Any, claim_in: Any, path: str, data: dict[str, str]
) -> None:
    claim = claim_in("in_progress")
    canonical = make_claim()
    data = {
        key: {"__other__": str(other_reviewer.pk), "__canonical__": str(canonical.pk)}.get(v, v)
        for key, v in data.items()
    }
    before = Claim.objects.values().get(pk=claim.pk)
    client = client_for(other_reviewer)
    for headers in ({}, HX):
        response = client.post(f"/claims/{claim.pk}/{path}", data, headers=headers)
        assert response.status_code == 403, (path, response.status_code)
        assert "Only" in response.content.decode()
    assert Claim.objects.values().get(pk=claim.pk) == before
    assert not Note.objects.filter(body="Sneaky note").exists()
    assert Review.objects.get(claim=claim).summary == "We checked it."


def test_another_reviewer_cannot_remove_a_source(
    client_for: Any, other_reviewer: Any, claim_in: Any
) -> None:
    claim = claim_in("in_progress")
    source = Source.objects.get(claim=claim)
    response = client_for(other_reviewer).post(reverse("web-source-remove", args=[source.pk]))
    assert response.status_code == 403
    assert Source.objects.filter(pk=source.pk).exists()


def test_unknown_claims_and_actions_are_404(client_for: Any, editor: Any) -> None:
    client = client_for(editor)
    assert client.get("/claims/999999/").status_code == 404
    claim = make_claim()
    assert client.post(f"/claims/{claim.pk}/explode/").status_code == 404
    assert client.get(action_url(claim, "queue")).status_code == 405


# --- the page's content ----------------------------------------------------------------------


def test_the_page_shows_context_score_reasons_and_timeline(
    client_for: Any, editor: Any, claim_in: Any, article: Any
) -> None:
    start = article.body.index("Officials")
    end = article.body.index(".", start) + 1
    claim = claim_in(
        "assigned",
        article=article,
        span_start=start,
        span_end=end,
        reasons=["contains a number or statistic", "names a time"],
        checkworthiness=0.82,
    )
    html = page(client_for(editor), claim)
    context = html.split('id="panel-context"')[1].split("</section>")[0]
    assert "Officials expect growth" in context and "Critics disagree." in context
    assert "Unemployment fell" not in context  # another paragraph
    assert f'<mark data-claim-id="{claim.pk}"' in context
    assert "contains a number or statistic" in html and "names a time" in html
    assert '<span class="score-big">82' in html
    timeline = html.split('id="panel-timeline"')[1].split("</section>")[0]
    assert "assigned" in timeline and "rita" in timeline
    assert "Queued" in timeline  # status labels, not raw values


def test_no_similar_claims_panel_until_matching_provides_some(client_for: Any, editor: Any) -> None:
    html = page(client_for(editor), make_claim())
    assert 'id="panel-matches"' not in html


def test_matches_from_claim_matching_show_earlier_verdicts_and_offer_a_merge(
    client_for: Any, editor: Any, reviewer: Any, claim_in: Any
) -> None:
    from matching.models import ClaimMatch

    published = claim_in("published")
    claim = make_claim()
    ClaimMatch.objects.create(claim=claim, matched_claim=published, score=0.93)
    editor_html = page(client_for(editor), claim)
    panel = editor_html.split('id="panel-matches"')[1].split("</section>")[0]
    assert f'href="/claims/{published.pk}/"' in panel
    assert "similarity 93%" in panel and "likely duplicate" in panel
    assert "False" in panel and "We checked it." in panel  # the earlier verdict
    assert f"Same claim: merge into #{published.pk}" in panel
    response = client_for(editor).post(
        action_url(claim, "merge"), {"canonical": published.pk, "version": claim.version}
    )
    assert response.status_code == 302
    assert Claim.objects.get(pk=claim.pk).duplicate_of_id == published.pk
    # Reviewers see the match but cannot merge.
    other = make_claim()
    ClaimMatch.objects.create(claim=other, matched_claim=published, score=0.5)
    reviewer_panel = page(client_for(reviewer), other).split('id="panel-matches"')[1]
    assert "merge into" not in reviewer_panel.split("</section>")[0]


def test_user_text_is_escaped_everywhere(client_for: Any, reviewer: Any, claim_in: Any) -> None:
    claim = claim_in("in_progress", claimant='<img src=x onerror="alert(1)">')
    payload = "<script>alert(2)</script>"
    services.note_add(claim=claim, by=reviewer, body=payload)
    services.review_update(claim=claim, by=reviewer, version=None, summary=payload)
    services.source_add(
        claim=claim, by=reviewer, url="https://example.org/a", title=payload, excerpt=payload
    )
    html = page(client_for(reviewer), claim)
    assert "<script>alert(2)" not in html and "<img src=x" not in html
    assert html.count("&lt;script&gt;alert(2)&lt;/script&gt;") >= 4


def test_admins_can_do_everything(client_for: Any, admin_user: Any, claim_in: Any) -> None:
    claim = claim_in("in_progress")
    html = page(client_for(admin_user), claim)
    assert {"submit", "assign", "merge"} <= buttons(html, claim)
    assert f'action="/claims/{claim.pk}/review/"' in html


@pytest.mark.parametrize("size", [5, 60])
def test_workspace_query_count_does_not_grow_with_data(
    size: int,
    populate: Any,
    client_for: Any,
    editor: Any,
    reviewer: Any,
    django_assert_num_queries: Any,
) -> None:
    populate(size)
    claim = Claim.objects.filter(status=ClaimStatus.IN_PROGRESS).order_by("pk").first()
    assert claim is not None
    for i in range(size):
        services.source_add(claim=claim, by=reviewer, url=f"https://example.org/{i}")
        services.note_add(claim=claim, by=reviewer, body=f"Note {i}")
    reviewer_client = client_for(reviewer)
    # One of them reads the archived copies of all the sources (web/claims/copies.py).
    with django_assert_num_queries(12):
        html = page(reviewer_client, claim)
    assert html.count('class="source"') == size + 1
    editor_client = client_for(editor)
    with django_assert_num_queries(13):
        page(editor_client, claim)


def test_a_user_with_no_role_cannot_open_a_claim(client: Any) -> None:
    claim = make_claim()
    client.force_login(make_user(username="visitor"))
    assert client.get(reverse("web-claim", args=[claim.pk])).status_code == 403
