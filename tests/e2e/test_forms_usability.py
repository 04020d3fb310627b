"""The workspace's forms in Chromium (issue 17, items 12-14): a bare domain is a source URL
the browser lets through, "Submit for approval" is disabled until the checklist is complete,
and a due date is typed and shown in the workbench's format, not the browser's locale."""

from __future__ import annotations

import re
from typing import Any

from playwright.sync_api import expect

from reviews import services
from tests.reviews.workflow import claim_in


def test_a_reviewer_adds_a_bare_domain_and_submit_turns_on_with_the_checklist(
    people: dict[str, Any], session: Any
) -> None:
    claim = claim_in("assigned", editor=people["editor"], reviewer=people["reviewer"])
    services.claim_start(claim=claim, by=people["reviewer"])
    person = session("forms-reviewer")
    person.login("rita")
    page = person.page
    page.goto(f"/claims/{claim.pk}/")
    submit = page.locator("form[data-action=submit] button")
    expect(submit).to_be_disabled()
    expect(page.locator("#submit-missing")).to_contain_text("a rating, a summary, at least one")

    form = page.locator("form[data-source-form]")
    form.locator("#source_url").fill("census.gov/library/stories/2024")
    form.locator("#source_title").fill("Census story")
    form.locator("button[type=submit]").click()
    link = page.locator("#panel-sources .source a")
    expect(link).to_have_attribute("href", "https://census.gov/library/stories/2024")
    expect(submit).to_be_disabled()
    expect(page.locator("#submit-missing")).not_to_contain_text("source")

    page.check("#panel-review input[name=rating][value=true]")
    page.fill("#review_summary", "The census figures match.")
    page.click("#panel-review button[type=submit]")
    expect(submit).to_be_enabled()
    expect(page.locator("#submit-missing")).to_have_count(0)


def test_an_editor_types_a_due_date_in_the_workbench_format(
    people: dict[str, Any], session: Any
) -> None:
    claim = claim_in("queued", editor=people["editor"], reviewer=people["reviewer"])
    person = session("forms-editor")
    person.login("edith")
    page = person.page
    page.goto(f"/claims/{claim.pk}/")
    page.click("details:has(form[data-action=assign]) > summary")
    due = page.locator("#assign_due_date")
    expect(due).to_have_attribute("type", "text")
    expect(due).to_have_attribute("placeholder", re.compile(r"^Dec\. 31, \d{4} or 12/31/\d{4}$"))
    page.select_option("#assign_assignee", str(people["reviewer"].pk))
    due.fill("12/5/2031")
    page.click("form[data-action=assign] button[type=submit]")
    expect(page.locator("#claim-header")).to_contain_text("Due Dec. 5, 2031")
