"""Pages outside the journey under the strict CSP in Chromium: the API docs actually render,
the admin runs clean, and htmx swaps never apply an inline style. The `session` fixture
fails a test on any CSP violation or console error (see conftest)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.e2e.conftest import Session
from tests.reviews.workflow import claim_in

pytestmark = pytest.mark.e2e


def test_the_api_docs_render_every_operation_under_the_csp(
    people: dict[str, Any], session: Any
) -> None:
    from playwright.sync_api import expect

    reader: Session = session("api-docs")
    page = reader.page
    page.goto("/api/docs/")
    # Operations appear only once the initialiser has run and the schema has loaded.
    expect(page.locator(".opblock").first).to_be_visible(timeout=15_000)
    assert page.locator(".opblock").count() >= 25
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("Fact-checking workbench API")
    page.locator(".opblock-summary-path", has_text="/api/v1/verdicts/").first.click()
    expect(page.locator(".opblock.is-open .parameters-container")).to_contain_text("updated_since")
    reader.shot("api-docs")


# Lists, change pages and add pages, with the admin's own scripts (filters, date pickers,
# the two-box permission selector).
ADMIN_PAGES = (
    ("edith", "/admin/"),
    ("edith", "/admin/claims/article/"),
    ("edith", "/admin/claims/article/add/"),
    ("edith", "/admin/claims/claim/"),
    ("edith", "/admin/claims/claim/{claim}/change/"),
    ("edith", "/admin/reviews/review/"),
    ("edith", "/admin/reviews/review/{review}/change/"),
    ("ada", "/admin/"),
    ("ada", "/admin/auth/user/"),
    ("ada", "/admin/auth/user/{rita}/change/"),
    ("ada", "/admin/auth/group/add/"),
    ("ada", "/admin/reviews/timelineevent/"),
)


def test_the_admin_pages_run_clean_under_the_csp(people: dict[str, Any], session: Any) -> None:
    from playwright.sync_api import expect

    from tests.e2e.conftest import PASSWORD
    from tests.factories import make_user

    superuser = make_user(username="ada", is_staff=True, is_superuser=True)
    superuser.set_password(PASSWORD)
    superuser.save()
    claim = claim_in("in_review", editor=people["editor"], reviewer=people["reviewer"])
    ids = {"claim": claim.pk, "review": claim.review.pk, "rita": people["reviewer"].pk}
    people_pages: dict[str, Session] = {}
    for username, url in ADMIN_PAGES:
        if username not in people_pages:
            people_pages[username] = session(f"admin-{username}")
            people_pages[username].login(username)
        person = people_pages[username]
        person.page.goto(url.format(**ids))
        expect(person.page.locator("#content")).to_be_visible()
        person.page.wait_for_load_state("networkidle")
        assert not person.problems, (url, person.problems)


def test_an_htmx_swap_never_reapplies_a_style_attribute(
    people: dict[str, Any], session: Any
) -> None:
    """Anything may leave `style=""` on an element (a browser extension, a script setting
    and clearing `el.style`, which the CSP allows); htmx used to copy it onto the swapped-in
    element while settling, which the CSP blocks: "Applying inline style violates …"."""
    from playwright.sync_api import expect

    claim = claim_in("in_progress", editor=people["editor"], reviewer=people["reviewer"])
    reviewer: Session = session("reviewer")
    reviewer.login("rita")
    page = reviewer.page
    page.goto(f"/claims/{claim.pk}/")
    styled = page.evaluate(
        """() => {
            const styled = [];
            for (const element of document.querySelectorAll("#workspace [id]")) {
                element.style.outline = "1px solid red";
                element.style.outline = "";
                styled.push(element.id);
            }
            return styled;
        }"""
    )
    assert "note_body" in styled and "panel-notes" in styled
    page.fill("#note_body", "Checked the ministry's site again.")
    page.click("form[data-note-form] button[type=submit]")
    expect(page.locator("#panel-notes")).to_contain_text("ministry's site again")
    page.fill("#review_summary", "Still checking.")
    page.click("#panel-review button[type=submit]")
    expect(page.locator("#messages")).to_contain_text("Review saved.")
    page.wait_for_timeout(300)
    assert not reviewer.problems, reviewer.problems
