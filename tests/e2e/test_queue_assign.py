"""Triage from the queue in a real browser: an editor assigns candidates from their rows
without leaving the page, a row changed underneath says so, and the table fits at 1280 px
and on a phone."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from playwright.sync_api import expect

from claims.models import WORKLOAD_STATUSES, Claim, ClaimStatus
from reviews import services
from tests.e2e.conftest import DESKTOP, PHONE, SCREENSHOTS
from tests.e2e.test_journey import wait_for_htmx
from tests.factories import make_article, make_claim, make_user
from tests.reviews.workflow import complete_review

# Long enough to be cut at 180 characters, as real claims often are.
LONG = (
    "The regional health authority said waiting times for planned surgery fell by 14 percent "
    "between January and June, the largest half-year drop since records began in 2009, and "
    "that a further fall is expected"
)
TITLES = (
    "Hospital waiting lists shrink for the first time in a decade, officials say",
    "Budget row: what the finance minister did and did not say about tax",
    "Transport strike enters its third week as talks stall",
    "Census: the city grew faster than any other in the country",
)


def queue_with_every_state(people: dict[str, Any]) -> dict[str, Claim]:
    """Candidates to triage and claims further along, with what makes columns wide: long
    claims and titles, ratings, due dates, a reviewer with a long name."""
    editor, reviewer = people["editor"], people["reviewer"]
    make_user(
        username="rafael", role="reviewer", first_name="Rafael", last_name="Oyelaran-Whitfield"
    )
    claims: dict[str, Claim] = {}
    for index, name in enumerate(
        ("candidate-1", "candidate-2", "queued", "assigned", "in_progress", "in_review")
    ):
        article = make_article(title=TITLES[index % len(TITLES)], outlet="Daily Example")
        claim = make_claim(
            article=article,
            text=f"{LONG} ({name}).",
            claimant="Regional Health Authority",
            checkworthiness=0.95 - index * 0.05,
        )
        state = name.split("-")[0]
        if state != "candidate":
            services.claim_triage(claim=claim, by=editor, decision="queue")
        if state in ("assigned", "in_progress", "in_review"):
            services.claim_assign(
                claim=claim,
                by=editor,
                assignee=reviewer,
                due_at=timezone.now() + timedelta(days=3 - index),
            )
        if state in ("in_progress", "in_review"):
            services.claim_start(claim=claim, by=reviewer)
            complete_review(claim, reviewer, rating="mostly-false")
        if state == "in_review":
            services.claim_submit(claim=claim, by=reviewer)
        claims[name] = claim
    return claims


def fits(page: Any) -> dict[str, int]:
    """How wide the page and the queue's table are against what the window shows."""
    return page.evaluate(
        """() => {
            const root = document.documentElement, wrap = document.querySelector('.table-wrap');
            return {page: root.scrollWidth, window: root.clientWidth,
                    table: wrap.scrollWidth, table_box: wrap.clientWidth};
        }"""
    )


def shoot(person: Any, name: str) -> None:
    """Screenshots at 1280 px and 390 px; neither scrolls sideways, nor does the table."""
    page = person.page
    person.shot(name, phone=True)  # fails the session if the phone's page is wider than 390
    width = fits(page)
    assert width["page"] <= width["window"], width
    assert width["table"] <= width["table_box"], f"the table scrolls at 1280 px: {width}"
    page.set_viewport_size(PHONE)
    page.wait_for_timeout(150)
    width = fits(page)
    assert width["page"] <= width["window"], f"the page scrolls sideways at 390 px: {width}"
    page.locator("tr.claim-row").first.screenshot(path=str(SCREENSHOTS / f"{name}-row-390.png"))
    page.set_viewport_size(DESKTOP)
    page.wait_for_timeout(100)


def open_load(reviewer: Any) -> int:
    return Claim.objects.filter(assignee=reviewer, status__in=WORKLOAD_STATUSES).count()


def test_an_editor_assigns_candidates_from_their_rows_without_leaving_the_queue(
    people: dict[str, Any], session: Any
) -> None:
    claims = queue_with_every_state(people)
    editor, rita = people["editor"], people["reviewer"]
    editor.groups.add(Group.objects.get(name="reviewer"))  # Edith researches too
    person = session("queue-assign")
    person.login("edith")
    page = person.page
    here = "/queue/?ordering=-score"
    page.goto(here)
    wait_for_htmx(page, "form.row-assign")
    shoot(person, "queue-row-assign")
    # A mark on this document: gone if the browser loaded another page.
    page.evaluate("window.stayedOnThePage = true")
    first, second = claims["candidate-1"], claims["candidate-2"]

    # The first candidate, to Rita from its row's select.
    row = page.locator(f'tr[data-href="/claims/{first.pk}/"]')
    expect(row.locator(f"#assign-{first.pk}")).to_contain_text(
        f"Rita Example (rita) — {open_load(rita)} open"
    )
    row.locator(f"#assign-{first.pk}").select_option(str(rita.pk))
    row.locator(f"#assign-{first.pk}-submit").click()
    done = f"Claim #{first.pk} assigned to Rita Example (rita)."
    row = page.locator(f'tr[data-href="/claims/{first.pk}/"]')
    expect(row.locator(".row-note")).to_have_text(done)
    expect(row.locator(".chip")).to_have_text("Assigned")
    expect(row.locator(".assignee")).to_have_text("rita")
    expect(row.locator(f"#assign-{first.pk}-submit")).to_have_text("Reassign")
    expect(page.locator("#queue-announce")).to_have_text(done)
    assert Claim.objects.get(pk=first.pk).status == ClaimStatus.ASSIGNED
    # Every row's select now counts Rita's new claim, not only the row that came back.
    load = f"Rita Example (rita) — {open_load(rita)} open"
    expect(page.locator(f"#assign-{second.pk} option[value='{rita.pk}']")).to_have_text(load)
    expect(page.locator(f"#bulk_assignee option[value='{rita.pk}']")).to_have_text(load)

    # The second, to herself.
    wait_for_htmx(page, f"#assign-{second.pk}-me")
    page.click(f"#assign-{second.pk}-me")
    row = page.locator(f'tr[data-href="/claims/{second.pk}/"]')
    expect(row.locator(".row-note")).to_have_text(f"Claim #{second.pk} assigned to you.")
    expect(row.locator(".assignee")).to_have_text("edith")
    expect(row.locator(".chip")).to_have_text("Assigned")
    expect(row.locator(f"#assign-{second.pk}-me")).to_have_count(0)  # hers now
    # The button pressed is gone: the keyboard stays in the row, on its select.
    expect(row.locator(f"#assign-{second.pk}")).to_be_focused()
    assert Claim.objects.get(pk=second.pk).assignee == editor
    assert page.evaluate("window.stayedOnThePage") is True
    assert page.url.endswith(here)

    # Someone else assigns the queued claim after the page was loaded: its row says so.
    queued = claims["queued"]
    services.claim_assign(claim=queued, by=people["editor2"], assignee=rita)
    person.expected_statuses.add(409)
    row = page.locator(f'tr[data-href="/claims/{queued.pk}/"]')
    rafael = get_user_model().objects.get(username="rafael")
    row.locator(f"#assign-{queued.pk}").select_option(str(rafael.pk))
    row.locator(f"#assign-{queued.pk}-submit").click()
    row = page.locator(f'tr[data-href="/claims/{queued.pk}/"]')
    expect(row.locator(".row-note.is-error")).to_contain_text(
        "Not assigned: eamon changed this claim in the meantime."
    )
    expect(row.locator(".assignee")).to_have_text("rita")
    expect(page.locator("#queue-announce")).to_contain_text("Not assigned: eamon")
    assert Claim.objects.get(pk=queued.pk).assignee == rita

    # The bulk bar still counts the rows' boxes (they join its form from the table).
    page.check("[data-select-all]")
    expect(page.locator("[data-selected-count]")).to_have_text(f"{len(claims)} selected")
    page.uncheck("[data-select-all]")
    expect(page.locator("[data-selected-count]")).to_have_text("0 selected")
    shoot(person, "queue-row-assigned")


def test_a_reviewer_sees_the_queue_without_assign_forms(
    people: dict[str, Any], session: Any
) -> None:
    queue_with_every_state(people)
    person = session("queue-reviewer")
    person.login("rita")
    page = person.page
    page.goto("/queue/")
    expect(page.locator("tr.claim-row")).to_have_count(6)
    expect(page.locator("form.row-assign")).to_have_count(0)
    expect(page.locator("#bulk-form")).to_have_count(0)
    shoot(person, "queue-reviewer")
