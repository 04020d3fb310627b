"""The whole journey in a real browser, and hostile article text that must run nothing."""

from __future__ import annotations

import re
from typing import Any

import pytest

from claims.models import Article, Claim, ClaimOrigin, ClaimStatus
from reviews.models import Review
from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.e2e

SEED = REPO_ROOT / "seeds" / "000_cb8a2c0b20e0e221.txt"


def wait_for_htmx(page: Any, selector: str) -> None:
    """Until no htmx request, swap or settle is under way and htmx has bound `selector`
    (it keeps its listeners in the element's `htmx-internal-data`)."""
    page.wait_for_function(
        """selector => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')
            && document.querySelector(selector)?.['htmx-internal-data']?.initHash""",
        arg=selector,
    )


def status_of(claim_id: int) -> str:
    return str(Claim.objects.values_list("status", flat=True).get(pk=claim_id))


def test_editor_and_reviewer_take_a_claim_from_article_to_published_verdict(
    people: dict[str, Any], session: Any
) -> None:
    from playwright.sync_api import expect

    # --- the editor adds the seed article and waits for its claims -------------------------
    editor = session("editor")
    page = editor.page
    page.goto("/accounts/login/")
    editor.shot("01-login", phone=True)
    editor.login("edith")
    editor.shot("02-dashboard-editor-empty", phone=True)

    page.click("nav >> text=Articles")
    page.click("text=Add article")
    expect(page.locator("h1")).to_have_text("Add article")
    page.set_input_files("#id_file", str(SEED))
    editor.shot("03-article-new", phone=True)
    page.click("text=Save and extract claims")
    page.wait_for_url(re.compile(r"/articles/\d+/$"))
    # Claims appear in the reader once extraction is done (the page polls until then).
    page.wait_for_selector("#article-body mark[data-claim-id]", timeout=30_000)
    expect(page.locator("#extraction-status")).to_contain_text("Done")
    article = Article.objects.get()
    assert article.outlet == "Fox News"
    extracted = list(article.claims.order_by("span_start"))
    assert extracted, "extraction found no claims in the seed article"
    marks = page.locator("#article-body mark[data-claim-id]")
    assert marks.count() >= len(extracted)

    # Selecting a sentence offers "Add claim"; the offsets map exactly onto the body.
    sentence, start = unmarked_sentence(article)
    select_text(page, start, start + len(sentence))
    expect(page.locator("[data-selection-bar]")).to_be_visible()
    expect(page.locator("[data-selection-preview]")).to_have_text(sentence)
    editor.shot("04-reader-selection", phone=True)
    page.click("[data-selection-add]")
    expect(page.locator("#messages")).to_contain_text("added")
    manual = Claim.objects.get(origin=ClaimOrigin.MANUAL)
    assert (manual.span_start, manual.span_end, manual.text) == (
        start,
        start + len(sentence),
        sentence,
    )
    expect(page.locator(f'#article-body mark[data-claim-id="{manual.pk}"]')).to_have_count(1)
    editor.shot("05-reader", phone=True)

    # --- open the claim from its mark, queue it, assign it from the queue ----------------
    # Marks are keyboard-reachable: focus one and press Enter to open its claim.
    claim = extracted[0]
    page.locator(f'#article-body mark[data-claim-id="{claim.pk}"]').first.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/claims/{claim.pk}/")
    expect(page.locator("#claim-header")).to_contain_text("Candidate")
    page.click("form[data-action=queue] button")
    expect(page.locator("#claim-header")).to_contain_text("Queued")
    assert status_of(claim.pk) == ClaimStatus.QUEUED

    page.goto("/queue/?status=queued")
    editor.shot("06-queue-editor", phone=True)
    page.check(f'input[name=claims][value="{claim.pk}"]')
    expect(page.locator("[data-selected-count]")).to_have_text("1 selected")
    page.select_option("#bulk_assignee", str(people["reviewer"].pk))
    page.fill("#bulk_due", "2031-01-15")
    page.click("[data-bulk-submit]")
    expect(page.locator("#messages")).to_contain_text("Assigned 1 claim to rita")
    assert status_of(claim.pk) == ClaimStatus.ASSIGNED
    editor.logout()

    # --- the reviewer researches, sources, rates and submits ------------------------------
    reviewer = session("reviewer")
    page = reviewer.page
    reviewer.login("rita")
    expect(page.locator(".notif-count")).to_have_text("1")
    reviewer.shot("07-dashboard-reviewer", phone=True)
    page.click("summary.notif-button")
    expect(page.locator("#notif-list")).to_contain_text("assigned you a claim")
    reviewer.shot("08-notifications-dropdown")
    page.keyboard.press("Escape")
    page.click(f'section:has(#my-work) a[href="/claims/{claim.pk}/"]')
    page.wait_for_url(f"**/claims/{claim.pk}/")
    page.click("form[data-action=start] button")
    expect(page.locator("#claim-header")).to_contain_text("In progress")

    for url, title, stance in (
        (
            "https://www.reuters.com/world/europe/russia-foreign-troops",
            "Reuters report",
            "supports",
        ),
        ("https://www.mid.ru/en/press_service/briefings", "Ministry briefing", "context"),
    ):
        form = page.locator("form[data-source-form]")
        form.locator("#source_url").fill(url)
        form.locator("#source_title").fill(title)
        form.locator("#source_publisher").fill("Newswire")
        form.locator("#source_stance").select_option(stance)
        form.locator("button[type=submit]").click()
        expect(page.locator("#panel-sources")).to_contain_text(title)
    expect(page.locator("#panel-sources .source")).to_have_count(2)

    page.fill("#note_body", "Zakharova's remark is on the ministry's site as well.")
    page.click("form[data-note-form] button[type=submit]")
    expect(page.locator("#panel-notes")).to_contain_text("ministry's site")

    page.check("#panel-review input[name=rating][value=true]")
    page.fill("#review_summary", "Reuters and the ministry's own briefing confirm the remark.")
    page.fill("#review_rationale", "The quote matches the briefing transcript word for word.")
    page.click("#panel-review button[type=submit]")
    expect(page.locator("#claim-header")).to_contain_text("True")
    reviewer.shot("09-workspace-reviewer", phone=True)
    page.click("form[data-action=submit] button")
    expect(page.locator("#claim-header")).to_contain_text("In review")
    assert status_of(claim.pk) == ClaimStatus.IN_REVIEW
    reviewer.logout()

    # --- the editor approves; the verdict is exported ------------------------------------
    editor = session("editor-again")
    page = editor.page
    editor.login("edith")
    page.click(f'section:has(#awaiting) a[href="/claims/{claim.pk}/"]')
    page.wait_for_url(f"**/claims/{claim.pk}/")
    editor.shot("10-workspace-editor-approve", phone=True)
    page.click("form[data-action=approve] button")
    expect(page.locator("#claim-header")).to_contain_text("Published")
    review = Review.objects.get(claim=claim)
    assert review.published_at is not None and review.approver == people["editor"]
    editor.shot("11-workspace-published", phone=True)

    response = page.request.get("/api/v1/verdicts/")
    assert response.status == 200, response.text()[:500]
    body = response.json()
    rows = body["results"] if isinstance(body, dict) else body
    verdict = next(row for row in rows if row["id"] == claim.pk)
    assert verdict["rating"]["label"] == "True"
    assert verdict["summary"].startswith("Reuters and the ministry")
    assert len(verdict["sources"]) == 2

    # --- the remaining pages, for people to look at -------------------------------------
    page.goto("/")
    editor.shot("12-dashboard-editor", phone=True)
    page.goto("/articles/")
    editor.shot("13-articles", phone=True)
    page.goto("/notifications/")
    editor.shot("14-notifications", phone=True)
    page.goto("/queue/")
    editor.shot("15-queue-all", phone=True)


def test_queue_keyboard_navigation_and_filters_in_the_url(
    people: dict[str, Any], session: Any
) -> None:
    from playwright.sync_api import expect

    from tests.factories import make_claim

    claims = [make_claim(checkworthiness=score) for score in (0.9, 0.6, 0.3)]
    editor = session("editor")
    page = editor.page
    editor.login("edith")
    page.goto("/queue/")
    page.keyboard.press("j")
    page.keyboard.press("j")
    expect(page.locator("tr.is-current")).to_have_attribute("data-href", f"/claims/{claims[1].pk}/")
    page.keyboard.press("k")
    expect(page.locator("tr.is-current")).to_have_attribute("data-href", f"/claims/{claims[0].pk}/")
    page.keyboard.press("j")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/claims/{claims[1].pk}/")

    # Filters go into the URL as you change them, and a shared URL shows the same view.
    page.goto("/queue/")
    page.fill("#id_min_score", "0.5")
    page.locator("#id_min_score").dispatch_event("change")
    page.wait_for_url(re.compile(r"min_score=0\.5"))
    expect(page.locator("tr.claim-row")).to_have_count(2)
    # The sort select arrived with the swapped results: change it only once htmx has
    # settled and bound it, or the change has no listener yet (a race the test lost).
    wait_for_htmx(page, "select[name=ordering]")
    page.select_option("select[name=ordering]", "score")
    page.wait_for_url(re.compile(r"ordering=score"))
    expect(page.locator("tr.claim-row").first).to_have_attribute(
        "data-href", f"/claims/{claims[1].pk}/"
    )
    shared = page.url
    other = session("shared")
    other.login("edith")
    other.page.goto(shared)
    expect(other.page.locator("tr.claim-row")).to_have_count(2)
    expect(other.page.locator("#id_min_score")).to_have_value("0.5")

    # A bad value gets a message, not an error page.
    editor.expected_statuses.add(400)
    page.goto("/queue/?min_score=lots")
    expect(page.locator(".alert-error")).to_contain_text("Enter a number")
    editor.shot("16-queue-bad-filter")

    # On a phone the table turns into cards and the menu folds away.
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/queue/")
    expect(page.locator("#main-nav")).to_be_hidden()
    page.click(".nav-toggle")
    expect(page.locator("#main-nav")).to_be_visible()
    editor.shot("17-queue-phone-menu-open")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page scrolls sideways on a phone ({width}px)"


def test_a_stale_save_shows_who_changed_it_and_keeps_the_typed_text(
    people: dict[str, Any], session: Any
) -> None:
    from playwright.sync_api import expect

    from reviews import services
    from tests.factories import make_claim

    claim = make_claim()
    editor_user, reviewer_user = people["editor"], people["reviewer"]
    services.claim_triage(claim=claim, by=editor_user, decision="queue")
    services.claim_assign(claim=claim, by=editor_user, assignee=reviewer_user)
    services.claim_start(claim=claim, by=reviewer_user)

    first, second = session("tab-one"), session("tab-two")
    first.login("rita")
    second.login("rita")
    first.page.goto(f"/claims/{claim.pk}/")
    second.page.goto(f"/claims/{claim.pk}/")
    first.page.fill("#review_summary", "Saved from the first tab.")
    first.page.click("#panel-review button[type=submit]")
    expect(first.page.locator("#messages")).to_contain_text("Review saved.")

    second.expected_statuses.add(409)
    second.page.fill("#review_summary", "Typed carefully in the second tab.")
    second.page.click("#panel-review button[type=submit]")
    panel = second.page.locator("#panel-review")
    expect(panel).to_contain_text("Not saved: someone else changed this first.")
    expect(panel).to_contain_text("This review was changed by Rita Example")
    expect(panel).to_contain_text("Saved from the first tab.")
    expect(second.page.locator("#review_summary")).to_have_value(
        "Typed carefully in the second tab."
    )
    second.shot("18-workspace-conflict", phone=True)
    # Saving again is a deliberate choice and goes through.
    second.page.click("#panel-review button[type=submit]")
    expect(second.page.locator("#messages")).to_contain_text("Review saved.")
    assert Review.objects.get(claim=claim).summary == "Typed carefully in the second tab."


def test_the_reader_updates_by_itself_when_extraction_finishes(
    people: dict[str, Any], session: Any
) -> None:
    from playwright.sync_api import expect

    from claims.models import ExtractionStatus
    from tests.factories import make_article, make_claim

    # Stored directly as pending, so no extraction runs: the test plays the worker.
    article = make_article(
        body="Exports rose 14 percent in May, the agency said.",
        extraction_status=ExtractionStatus.PENDING,
    )
    reviewer = session("reviewer")
    page = reviewer.page
    reviewer.login("rita")
    page.goto(f"/articles/{article.pk}/")
    expect(page.locator("#extraction-status")).to_contain_text("Extracting claims")
    assert page.locator("#article-body mark").count() == 0
    Article.objects.filter(pk=article.pk).update(extraction_status=ExtractionStatus.RUNNING)
    expect(page.locator("#extraction-status")).to_have_attribute(
        "data-extraction", "running", timeout=5_000
    )
    claim = make_claim(article=article, span_start=0, span_end=len(article.body))
    Article.objects.filter(pk=article.pk).update(extraction_status=ExtractionStatus.DONE)
    expect(page.locator(f'#article-body mark[data-claim-id="{claim.pk}"]')).to_be_visible(
        timeout=5_000
    )
    expect(page.locator("#extraction-status")).to_contain_text("1 claim marked")
    # Polling stopped: no further status requests once it is done.
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.wait_for_timeout(2_500)
    assert not [url for url in requests if "/status/" in url]

    # When the session ends, an htmx request leads to the sign-in page, not into a panel.
    reviewer.context.clear_cookies()
    page.click("summary.notif-button")
    page.wait_for_url(re.compile(r"/accounts/login/"))


XSS_BODY = """Breaking: a claim about <script>window.__xss=1</script> spread online today.

The post included <img src=x onerror="window.__xss=1"> and a link javascript:window.__xss=1 \
that readers shared 4,000 times, officials said.

A third version used <svg onload="window.__xss=1"><circle r="4"/></svg> markup, the \
ministry said on Tuesday."""


def test_hostile_article_text_is_shown_as_text_and_runs_nothing(
    people: dict[str, Any], session: Any
) -> None:
    from playwright.sync_api import expect

    editor = session("editor")
    page = editor.page
    editor.login("edith")
    page.goto("/articles/new/")
    page.fill("#id_title", '<img src=x onerror="window.__xss=1"> Hostile title')
    page.fill("#id_body", XSS_BODY)
    page.click("text=Save and extract claims")
    page.wait_for_url(re.compile(r"/articles/\d+/$"))
    page.wait_for_selector("#extraction-status[data-extraction=done]", timeout=30_000)
    body = page.locator("#article-body")
    expect(body).to_contain_text("<script>window.__xss=1</script>")
    expect(body).to_contain_text('<img src=x onerror="window.__xss=1">')
    expect(body).to_contain_text("javascript:window.__xss=1")
    expect(body).to_contain_text('<svg onload="window.__xss=1">')
    expect(page.locator("h1")).to_contain_text('<img src=x onerror="window.__xss=1"> Hostile title')
    assert page.locator("#article-body script, #article-body img, #article-body svg").count() == 0
    assert page.evaluate("typeof window.__xss") == "undefined"

    # Mark the script payload as a claim and open it: still only text.
    article = Article.objects.get()
    start = article.body.index("<script>")
    end = article.body.index("</script>") + len("</script>")
    select_text(page, start, end)
    page.click("[data-selection-add]")
    expect(page.locator("#messages")).to_contain_text("added")
    claim = Claim.objects.get(origin=ClaimOrigin.MANUAL)
    assert claim.text == "<script>window.__xss=1</script>"
    # Clicking a mark opens its claim.
    page.locator(f'#article-body mark[data-claim-id="{claim.pk}"]').first.dispatch_event("click")
    page.wait_for_url(f"**/claims/{claim.pk}/")
    expect(page.locator(".claim-text")).to_have_text("<script>window.__xss=1</script>")
    page.fill("#note_body", '<img src=x onerror="window.__xss=1">')
    page.click("form[data-note-form] button[type=submit]")
    expect(page.locator("#panel-notes")).to_contain_text('<img src=x onerror="window.__xss=1">')
    page.reload()
    assert page.evaluate("typeof window.__xss") == "undefined"
    editor.shot("19-xss-workspace")
    page.goto(f"/articles/{article.pk}/")
    assert page.evaluate("typeof window.__xss") == "undefined"
    editor.shot("20-xss-reader")


SEED_SENTENCES = (
    "The statement was in response to remarks by European Commission President Ursula von der "
    "Leyen about plans to send European troops to Ukraine.",
    "Russia once again rejected the idea of foreign troops being stationed in Ukraine.",
    "This comes as European leaders met with Ukrainian President Volodymyr Zelenskyy and held "
    "a joint call with President Donald Trump.",
)


def unmarked_sentence(article: Article) -> tuple[str, int]:
    """A sentence of the seed article that extraction did not mark, and its offset."""
    spans = list(article.claims.values_list("span_start", "span_end"))
    for sentence in SEED_SENTENCES:
        start = article.body.index(sentence)
        end = start + len(sentence)
        if all(e <= start or s >= end for s, e in spans):
            return sentence, start
    raise AssertionError("extraction marked every sample sentence; add another to the list")


def select_text(page: Any, start: int, end: int) -> None:
    """Select body[start:end] in the reader the way a mouse would, then release."""
    page.evaluate(
        """([start, end]) => {
            const body = document.getElementById("article-body");
            const pieces = Array.from(body.querySelectorAll("[data-o]"));
            function point(offset) {
                for (const piece of pieces) {
                    const base = Number(piece.dataset.o);
                    const text = piece.firstChild;
                    const length = Array.from(text.data).length;
                    if (offset >= base && offset <= base + length) {
                        const units = Array.from(text.data).slice(0, offset - base).join("").length;
                        return [text, units];
                    }
                }
                throw new Error("offset " + offset + " not in the body");
            }
            const range = document.createRange();
            range.setStart(...point(start));
            range.setEnd(...point(end));
            const selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
            body.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
        }""",
        [start, end],
    )
