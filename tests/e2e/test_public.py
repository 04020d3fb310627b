"""The public site in Chromium, signed out: the index, a fact-check page with its
corrections, the feed link, a source's archived copy opened from it, and axe-core (bundled
by axe-playwright-python, nothing downloaded at run time) finding no serious or critical
accessibility violation."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe

from archive import services as archive_services
from archive.views import SANDBOX_POLICY
from claims.models import Claim
from reviews import services
from tests.archive.pages import article, page_server
from tests.factories import make_article, make_claim

pytestmark = pytest.mark.django_db(transaction=True)


def _write(claim: Claim, by: Any, **fields: Any) -> None:
    review = services.review_for(claim)
    services.review_update(claim=claim, by=by, version=review.version, **fields)


@pytest.fixture
def fact_check(people: dict[str, Any], settings: Any) -> Claim:
    """A published fact-check, corrected once (False → Mostly false), and a draft."""
    settings.PUBLIC_SITE = True
    reviewer, editor, editor2 = people["reviewer"], people["editor"], people["editor2"]
    article = make_article(
        url="https://news.example.org/illinois-jobs",
        title="Illinois jobs report",
        outlet="The Courier",
        published_at=datetime(2026, 9, 4, tzinfo=UTC),
    )
    claim = make_claim(article=article, claimant="Governor's office")
    services.claim_triage(claim=claim, by=editor, decision="queue")
    services.claim_assign(claim=claim, by=editor, assignee=reviewer)
    services.claim_start(claim=claim, by=reviewer)
    _write(
        claim,
        reviewer,
        claim_as_stated="Illinois's unemployment rate has halved since 2021",
        rating="false",
        summary="The rate fell from 6.1 to 4.5 percent: a quarter, not a half.",
        rationale="The state's own monthly release gives both figures.",
    )
    services.source_add(
        claim=claim,
        by=reviewer,
        url="https://stats.example.gov/il",
        title="Monthly release",
        archived_url="https://archive.example.org/il",
    )
    services.claim_submit(claim=claim, by=reviewer)
    services.claim_approve(claim=claim, by=editor)
    services.claim_reopen(claim=claim, by=editor, note="The March figure was revised.")
    _write(claim, reviewer, rating="mostly-false")
    services.claim_submit(claim=claim, by=reviewer)
    services.claim_approve(claim=claim, by=editor2)
    draft = make_claim(claimant="Draft claimant")
    services.claim_triage(claim=draft, by=editor, decision="queue")
    return claim


def _serious(page: Any) -> list[str]:
    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']]}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_a_reader_finds_a_fact_check_and_its_corrections(
    session: Callable[[str], Any], fact_check: Claim
) -> None:
    reader = session("reader")
    page = reader.page

    page.goto("/checks/")
    assert page.locator("h1").inner_text() == "Fact-checks"
    entries = page.locator("li.check")
    assert entries.count() == 1
    entry = entries.first.inner_text()
    assert "Illinois's unemployment rate has halved since 2021" in entry
    assert "Governor's office" in entry and "Mostly false" in entry
    assert "Draft claimant" not in page.content()
    assert _serious(page) == []
    reader.shot("public-index")

    feed = page.locator("a.feed-link")
    assert feed.get_attribute("href") == "/checks/feed/"
    answer = page.request.get("/checks/feed/")
    assert answer.status == 200
    assert answer.headers["content-type"].startswith("application/atom+xml")
    assert "Illinois&#x27;s unemployment rate" in answer.text() or (
        "Illinois's unemployment rate" in answer.text()
    )

    page.click("li.check h2 a")
    page.wait_for_url(
        f"**/checks/{fact_check.pk}/illinoiss-unemployment-rate-has-halved-since-2021/"
    )
    assert page.locator("h1").inner_text() == "“Illinois's unemployment rate has halved since 2021”"
    verdict = page.locator("section.verdict").inner_text()
    assert "Mostly false" in verdict and "a quarter, not a half" in verdict
    assert page.locator("a.archived").get_attribute("href") == "https://archive.example.org/il"
    corrections = page.locator("#corrections").inner_text()
    assert "Rating changed from False to Mostly false" in corrections
    assert "The March figure was revised." in corrections
    assert page.locator('link[rel="stylesheet"][media="print"]').count() == 1
    assert _serious(page) == []
    reader.shot("public-factcheck", phone=True)


def test_an_unpublished_claim_is_not_found(
    session: Callable[[str], Any], fact_check: Claim, people: dict[str, Any]
) -> None:
    reader = session("reader")
    reader.expected_statuses.add(404)
    draft = Claim.objects.get(claimant="Draft claimant")
    response = reader.page.goto(f"/checks/{draft.pk}/")
    assert response is not None and response.status == 404


def test_a_reader_opens_a_sources_archived_copy_signed_out(
    session: Callable[[str], Any],
    people: dict[str, Any],
    settings: Any,
    live_server: Any,
    tmp_path: Path,
) -> None:
    settings.PUBLIC_SITE = True
    settings.SITE_URL = live_server.url  # what the copy's link is made of
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.ARCHIVE_ALLOW_PRIVATE_HOSTS = True  # the page comes from 127.0.0.1
    settings.ARCHIVE_ON_ADD = False  # archived below, in this process
    reviewer, editor = people["reviewer"], people["editor"]
    claim = make_claim(claimant="Ministry of Labour")
    services.claim_triage(claim=claim, by=editor, decision="queue")
    services.claim_assign(claim=claim, by=editor, assignee=reviewer)
    services.claim_start(claim=claim, by=reviewer)
    _write(claim, reviewer, rating="false", summary="It was 8.4 percent.", rationale="See it.")
    with page_server() as pages:
        url = pages.page("/release", article("March release", "The rate was 8.4 percent."))
        source = services.source_add(claim=claim, by=reviewer, url=url, title="March release")
        copy = archive_services.source_archive(source_id=source.pk)
    assert copy is not None and copy.body_file
    services.claim_submit(claim=claim, by=reviewer)
    services.claim_approve(claim=claim, by=editor)

    page = session("reader").page
    page.goto(f"/checks/{claim.pk}/")
    link = page.locator("a.archived")
    assert link.get_attribute("href") == f"{live_server.url}/archive/{copy.pk}/"
    with page.expect_navigation() as navigation:
        link.click()
    response = navigation.value
    assert response is not None and response.status == 200
    assert response.headers["content-security-policy"] == SANDBOX_POLICY
    assert page.url.endswith(f"/archive/{copy.pk}/")  # not sent to log in
    assert page.locator("h1").inner_text() == "March release"
