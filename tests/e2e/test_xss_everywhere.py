"""Hostile text in every user-editable field, rendered on every page that shows it, in
Chromium: all of it appears as text and none of it runs."""

from __future__ import annotations

from typing import Any

import pytest

from claims.models import Claim
from reviews import services
from tests.factories import make_article

pytestmark = pytest.mark.e2e

PAYLOADS = (
    "<script>window.__xss=1</script>",
    '<img src=x onerror="window.__xss=1">',
    '<svg onload="window.__xss=1"><circle r="4"/></svg>',
    '<a href="javascript:window.__xss=1">click me</a>',
    '"><iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
    "javascript:window.__xss=1",
)
HOSTILE = " ".join(PAYLOADS)


def _hostile_claim(people: dict[str, Any]) -> Claim:
    editor, reviewer = people["editor"], people["reviewer"]
    body = f"Opening line. The mayor said 40 percent of roads were repaved. {HOSTILE} End."
    article = make_article(
        body=body,
        title=f"Title {HOSTILE}",
        outlet=f"Outlet {PAYLOADS[1]}",  # outlets hold at most 200 characters
        author=HOSTILE,
    )
    start = body.index("The mayor")
    claim = services.claim_create_manual(
        article=article, span_start=start, span_end=len(body) - 5, by=editor, claimant=HOSTILE
    )
    services.claim_triage(claim=claim, by=editor, decision="queue", reason=HOSTILE)
    services.claim_assign(claim=claim, by=editor, assignee=reviewer)
    services.claim_start(claim=claim, by=reviewer)
    services.claim_update(
        claim=claim, by=reviewer, changes={"text": f"Claim {HOSTILE}"}, version=None
    )
    services.review_update(
        claim=claim, by=reviewer, version=None, rating="false", summary=HOSTILE, rationale=HOSTILE
    )
    services.source_add(
        claim=claim,
        by=reviewer,
        url="https://example.org/report?q=%3Cscript%3E",
        title=HOSTILE,
        publisher=HOSTILE,
        excerpt=HOSTILE,
    )
    services.note_add(claim=claim, by=reviewer, body=HOSTILE)
    return claim


def test_hostile_text_in_every_field_is_shown_as_text_everywhere(
    people: dict[str, Any], session: Any
) -> None:
    claim = _hostile_claim(people)
    pages = [
        "/",
        "/queue/",
        f"/queue/?q={claim.text[:10]}",
        "/articles/",
        f"/articles/{claim.article_id}/",
        f"/claims/{claim.pk}/",
        "/notifications/",
        f"/admin/claims/claim/{claim.pk}/change/",
        "/admin/claims/article/",
        "/admin/reviews/source/",
        "/admin/reviews/note/",
        "/admin/reviews/timelineevent/",
    ]
    for username in ("edith", "rita"):
        person = session(f"xss-{username}")
        person.login(username)
        page = person.page
        for path in pages:
            response = page.goto(path)
            assert response is not None
            if response.status == 403:  # a reviewer's admin pages may be closed to them
                continue
            assert response.status == 200, (username, path, response.status)
            page.wait_for_load_state("networkidle")
            assert page.evaluate("typeof window.__xss") == "undefined", (username, path)
            assert page.locator("script:not([src])").count() == 0, path
            assert page.locator("iframe, svg circle, img[src='x']").count() == 0, path
            assert page.locator("a[href^='javascript:']").count() == 0, path
        # The hostile text itself is visible, as text, where people read it.
        page.goto(f"/claims/{claim.pk}/")
        text = page.locator("body").inner_text()
        for payload in PAYLOADS:
            assert payload in text, (username, payload)


def test_non_http_source_urls_are_refused_on_input(people: dict[str, Any], session: Any) -> None:
    claim = _hostile_claim(people)
    person = session("xss-source-url")
    person.login("rita")
    page = person.page
    person.expected_statuses.add(400)
    page.goto(f"/claims/{claim.pk}/")
    for url in ("javascript:window.__xss=1", "data:text/html,<script>1</script>"):
        page.fill("#source_url", url)
        page.click("#panel-sources button[type=submit]")
        page.wait_for_load_state("networkidle")
    assert claim.sources.count() == 1
    assert page.evaluate("typeof window.__xss") == "undefined"
