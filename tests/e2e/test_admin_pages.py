"""The admin's claim pages in Chromium (issue 17, item 15): a readable claim column, scores
rounded, and a change page that fits a laptop screen however long the texts in it."""

from __future__ import annotations

from typing import Any

from reviews import services
from tests.factories import make_claim
from tests.reviews.workflow import claim_in

LONG = " ".join(["The ministry's unemployment figure for March was revised"] * 12)
WIDE = {"width": 1920, "height": 1000}


def test_the_claim_admin_is_readable_and_fits_the_screen(
    people: dict[str, Any], session: Any
) -> None:
    editor, reviewer = people["editor"], people["reviewer"]
    make_claim(checkworthiness=0.977370689381102)
    claim = claim_in("in_progress", editor=editor, reviewer=reviewer)
    services.claim_update(claim=claim, by=reviewer, changes={"text": LONG}, version=None)
    services.source_add(
        claim=claim,
        by=reviewer,
        url="https://stats.example.org/" + "a" * 300,
        title=LONG[:400],
        excerpt=LONG,
    )
    services.note_add(claim=claim, by=reviewer, body=LONG)

    person = session("admin-claims")
    person.login("edith")
    page = person.page
    page.goto("/admin/claims/claim/")
    scores = page.locator("td.field-score").all_inner_texts()
    assert "0.98" in scores and not any(len(score) > 4 for score in scores), scores
    box = page.locator("th.field-short_text, td.field-short_text").first.bounding_box()
    assert box is not None and box["width"] >= 350, box

    page.goto(f"/admin/claims/claim/{claim.pk}/change/")
    assert page.locator("textarea[name=text]").count() == 1
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    page.set_viewport_size(WIDE)
    page.wait_for_timeout(100)
    width = page.evaluate("document.querySelector('#content-main').getBoundingClientRect().width")
    assert width <= 1400, width
    person.shot("admin-claim-change")
