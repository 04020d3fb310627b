"""The claim workspace: role matrix, every workflow action, edits, conflicts, query counts."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.urls import reverse
from django.utils.html import escape

from claims.models import Claim, ClaimStatus
from reviews import services
from reviews.models import Note, Review, Source
from tests.factories import make_claim, make_user

pytestmark = pytest.mark.django_db

HX = {"HX-Request": "true"}


def page(client: Any, claim: Claim) -> str:
    response = client.get(reverse("web-claim", args=[claim.pk]))
    assert response.status_code == 200
    return response.content.decode()


def action_url(claim: Claim, name: str) -> str:
    return reverse("web-claim-action", args=[claim.pk, name])


def buttons(html: str, claim: Claim) -> set[str]:
    """The workflow actions offered on the page."""
    return set(
        re.findall(rf'action="/claims/{claim.pk}/([a-z_]+)/" class="[^"]*" data-action', html)
    ) | set(re.findall(rf'action="/claims/{claim.pk}/([a-z_]+)/" data-action', html))


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


# --- workflow actions --------------------------------------------------------------------------


def test_editor_queues_and_dismisses(client_for: Any, editor: Any) -> None:
    client = client_for(editor)
    one, two = make_claim(), make_claim()
    response = client.post(action_url(one, "queue"), {"version": one.version})
    assert response.status_code == 302 and response["Location"] == f"/claims/{one.pk}/"
    response = client.post(
        action_url(two, "dismiss"), {"version": two.version, "reason": "Opinion"}, headers=HX
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="workspace"')
    assert "Claim dismissed." in html and "restore" in buttons(html, two)
    assert Claim.objects.get(pk=one.pk).status == ClaimStatus.QUEUED
    assert Claim.objects.get(pk=two.pk).status == ClaimStatus.DISMISSED


def test_editor_assigns_with_a_due_date(
    client_for: Any, editor: Any, reviewer: Any, claim_in: Any
) -> None:
    claim = claim_in("queued")
    response = client_for(editor).post(
        action_url(claim, "assign"),
        {"assignee": reviewer.pk, "due_date": "2031-05-02", "version": claim.version},
        headers=HX,
    )
    assert response.status_code == 200
    claim.refresh_from_db()
    assert claim.assignee == reviewer and claim.status == ClaimStatus.ASSIGNED
    assert claim.due_at is not None and claim.due_at.date().isoformat() == "2031-05-02"


def test_assigning_without_a_reviewer_is_a_form_error(
    client_for: Any, editor: Any, claim_in: Any
) -> None:
    claim = claim_in("queued")
    response = client_for(editor).post(action_url(claim, "assign"), {"assignee": ""})
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()


def test_the_reviewer_starts_and_submits(client_for: Any, reviewer: Any, claim_in: Any) -> None:
    claim = claim_in("assigned")
    client = client_for(reviewer)
    assert client.post(action_url(claim, "start"), {"version": claim.version}).status_code == 302
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.IN_PROGRESS
    # Submitting without a rating, summary and source is refused with what is missing.
    response = client.post(action_url(claim, "submit"), {"version": claim.version}, headers=HX)
    assert response.status_code == 409
    html = response.content.decode()
    assert "still needs a rating, a summary and at least one source" in html
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.IN_PROGRESS


def test_approve_enforces_four_eyes_and_publishes(
    client_for: Any, editor: Any, editor2: Any, claim_in: Any
) -> None:
    claim = claim_in("in_review")
    Review.objects.filter(claim=claim).update(author=editor)
    response = client_for(editor).post(action_url(claim, "approve"), headers=HX)
    assert response.status_code == 403
    assert "four-eyes" in response.content.decode()
    response = client_for(editor2).post(action_url(claim, "approve"), headers=HX)
    assert response.status_code == 200
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.PUBLISHED


def test_return_needs_a_comment_and_reopen_needs_a_note(
    client_for: Any, editor: Any, claim_in: Any
) -> None:
    client = client_for(editor)
    claim = claim_in("in_review")
    empty = client.post(action_url(claim, "return"), {"comment": ""}, headers=HX)
    assert empty.status_code == 400
    assert re.search(
        r"<details class=\"action-details\" open>\s*<summary[^>]*>Return", empty.content.decode()
    )
    ok = client.post(action_url(claim, "return"), {"comment": "Add the 2019 figure."})
    assert ok.status_code == 302
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.IN_PROGRESS
    published = claim_in("published")
    assert client.post(action_url(published, "reopen"), {"note": ""}).status_code == 400
    client.post(action_url(published, "reopen"), {"note": "Figure was revised."})
    assert Claim.objects.get(pk=published.pk).status == ClaimStatus.IN_PROGRESS


def test_merge_into_a_canonical_claim(client_for: Any, editor: Any) -> None:
    claim, canonical = make_claim(), make_claim()
    client = client_for(editor)
    missing = client.post(action_url(claim, "merge"), {"canonical": 999999}, headers=HX)
    assert missing.status_code == 400 and "does not exist" in missing.content.decode()
    response = client.post(action_url(claim, "merge"), {"canonical": canonical.pk}, headers=HX)
    assert response.status_code == 200
    assert f'Duplicate of <a href="/claims/{canonical.pk}/">' in response.content.decode()
    assert Claim.objects.get(pk=claim.pk).duplicate_of_id == canonical.pk


def test_an_action_in_the_wrong_state_is_409_and_the_page_still_renders(
    client_for: Any, editor: Any
) -> None:
    claim = make_claim()
    response = client_for(editor).post(action_url(claim, "approve"))
    assert response.status_code == 409
    html = response.content.decode()
    assert "Cannot approve a claim that is candidate" in html
    assert '<div id="workspace"' in html  # full page, not an error page


def test_a_stale_action_is_refused(client_for: Any, editor: Any, reviewer: Any) -> None:
    claim = make_claim()
    services.claim_update(claim=claim, by=editor, changes={"claimant": "Someone"}, version=None)
    response = client_for(editor).post(action_url(claim, "queue"), {"version": 1}, headers=HX)
    assert response.status_code == 409
    assert "changed by" in response.content.decode()
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.CANDIDATE


# --- research: claim text, verdict, sources, notes ------------------------------------------


def test_the_reviewer_edits_the_claim_text_with_its_version(
    client_for: Any, reviewer: Any, claim_in: Any
) -> None:
    claim = claim_in("in_progress")
    response = client_for(reviewer).post(
        reverse("web-claim-edit", args=[claim.pk]),
        {
            "text": "Unemployment fell to 3.9%.",
            "claimant": "Ministry",
            "claim_type": "statistic",
            "version": claim.version,
        },
        headers=HX,
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="panel-claim"')
    assert (
        'id="panel-timeline" class="card panel" aria-labelledby="timeline-title" hx-swap-oob="true"'
        in html
    )
    claim.refresh_from_db()
    assert claim.text == "Unemployment fell to 3.9%." and claim.edited_by_human


def test_a_stale_claim_edit_is_409_names_who_changed_it_and_keeps_the_typed_text(
    client_for: Any, reviewer: Any, editor: Any, claim_in: Any
) -> None:
    claim = claim_in("in_progress")
    seen = claim.version
    services.claim_update(
        claim=claim, by=editor, changes={"text": "Editor's wording"}, version=seen
    )
    response = client_for(reviewer).post(
        reverse("web-claim-edit", args=[claim.pk]),
        {"text": "My careful wording", "claimant": "", "claim_type": "other", "version": seen},
        headers=HX,
    )
    assert response.status_code == 409
    html = response.content.decode()
    assert f"This claim was changed by {escape(editor.get_full_name() or 'edna')}" in html
    assert re.search(r">\s*My careful wording</textarea>", html)
    assert "Editor&#x27;s wording" in html  # their saved version is shown next to mine
    assert f'name="version" value="{seen + 1}"' in html  # a second save is deliberate
    assert Claim.objects.get(pk=claim.pk).text == "Editor's wording"


def test_saving_the_verdict(client_for: Any, reviewer: Any, claim_in: Any) -> None:
    claim = claim_in("assigned")
    response = client_for(reviewer).post(
        reverse("web-claim-review", args=[claim.pk]),
        {"rating": "mostly-false", "summary": "Half of it.", "rationale": "Details.", "version": 1},
        headers=HX,
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="panel-review"')
    assert re.search(r'value="mostly-false"\s+checked', html)
    review = Review.objects.select_related("rating").get(claim=claim)
    assert review.rating is not None
    assert (review.rating.slug, review.summary, review.version) == (
        "mostly-false",
        "Half of it.",
        2,
    )


def test_a_stale_verdict_save_is_409_with_the_typed_text_preserved(
    client_for: Any, reviewer: Any, claim_in: Any
) -> None:
    claim = claim_in("in_progress")
    version = Review.objects.get(claim=claim).version
    client = client_for(reviewer)
    client.post(
        reverse("web-claim-review", args=[claim.pk]),
        {
            "rating": "true",
            "summary": "Saved in the other tab.",
            "rationale": "",
            "version": version,
        },
    )
    response = client.post(
        reverse("web-claim-review", args=[claim.pk]),
        {
            "rating": "mixed",
            "summary": "Typed in this tab.",
            "rationale": "Long reasoning.",
            "version": version,
        },
        headers=HX,
    )
    assert response.status_code == 409
    html = response.content.decode()
    assert "This review was changed by" in html
    assert re.search(r">\s*Typed in this tab.</textarea>", html)
    assert re.search(r">\s*Long reasoning.</textarea>", html)
    assert re.search(r'value="mixed"\s+checked', html)
    assert "Saved in the other tab." in html
    assert Review.objects.get(claim=claim).summary == "Saved in the other tab."
    # Without htmx the full page comes back with the same 409 and the same text.
    plain = client.post(
        reverse("web-claim-review", args=[claim.pk]),
        {"rating": "mixed", "summary": "Typed in this tab.", "rationale": "", "version": version},
    )
    assert plain.status_code == 409
    assert re.search(r">\s*Typed in this tab.</textarea>", plain.content.decode())


def test_an_unknown_rating_is_a_form_error(client_for: Any, reviewer: Any, claim_in: Any) -> None:
    claim = claim_in("assigned")
    response = client_for(reviewer).post(
        reverse("web-claim-review", args=[claim.pk]),
        {"rating": "pants-on-fire", "summary": "", "version": 1},
    )
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()


def test_adding_and_removing_sources(client_for: Any, reviewer: Any, claim_in: Any) -> None:
    claim = claim_in("assigned")
    client = client_for(reviewer)
    response = client.post(
        reverse("web-claim-source-add", args=[claim.pk]),
        {
            "url": "https://stats.example.org/q1",
            "title": "Q1 labour report",
            "publisher": "Statistics Office",
            "stance": "refutes",
            "excerpt": "3.9 percent",
        },
        headers=HX,
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="panel-sources"')
    assert "Q1 labour report" in html and "stance-refutes" in html
    version = Claim.objects.get(pk=claim.pk).version
    # The claim's version moved: the edit form and the action buttons get the new one.
    oob_version = f'name="version" value="{version}" id="claim_version" hx-swap-oob="true">'
    assert f'<input type="hidden" {oob_version}' in html
    assert 'id="panel-actions"' in html
    source = Source.objects.get(claim=claim)
    removed = client.post(reverse("web-source-remove", args=[source.pk]), headers=HX)
    assert removed.status_code == 200 and "No sources yet." in removed.content.decode()
    assert not Source.objects.exists()


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://example.org/x", "not a url"])
def test_sources_need_an_http_url(client_for: Any, reviewer: Any, claim_in: Any, url: str) -> None:
    claim = claim_in("assigned")
    response = client_for(reviewer).post(
        reverse("web-claim-source-add", args=[claim.pk]),
        {"url": url, "title": "T", "stance": "context"},
        headers=HX,
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "URL" in html and 'value="T"' in html  # the rest of the input is kept
    assert not Source.objects.exists()


def test_adding_a_note(client_for: Any, editor: Any, claim_in: Any) -> None:
    claim = claim_in("assigned")
    response = client_for(editor).post(
        reverse("web-claim-note-add", args=[claim.pk]), {"body": "Call the ministry."}, headers=HX
    )
    assert response.status_code == 200
    assert "Call the ministry." in response.content.decode()
    assert Note.objects.get(claim=claim).author == editor
    empty = client_for(editor).post(reverse("web-claim-note-add", args=[claim.pk]), {"body": " "})
    assert empty.status_code == 400


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
    with django_assert_num_queries(11):
        html = page(reviewer_client, claim)
    assert html.count('class="source"') == size + 1
    editor_client = client_for(editor)
    with django_assert_num_queries(12):
        page(editor_client, claim)


def test_a_user_with_no_role_cannot_open_a_claim(client: Any) -> None:
    claim = make_claim()
    client.force_login(make_user(username="visitor"))
    assert client.get(reverse("web-claim", args=[claim.pk])).status_code == 403
