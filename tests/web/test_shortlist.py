"""The short list ("worth checking") in the reader and the queue: strong marks banded by
score, the other candidates faint behind a toggle, and a queue filter."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.urls import reverse

from claims.models import Article, Claim, ClaimOrigin
from tests.factories import make_article, make_claim
from tests.web.test_queue import get, listed
from web.articles import score_band

pytestmark = pytest.mark.django_db


def sentence(article: Article, word: str) -> dict[str, int]:
    start = article.body.index(word)
    return {"span_start": start, "span_end": article.body.index(".", start) + 1}


def mark_classes(html: str, claim: Claim) -> str:
    found = re.search(rf'<mark data-claim-id="{claim.pk}" class="([^"]*)"', html)
    assert found, f"no mark for claim {claim.pk}"
    return found.group(1)


def reader(client: Any, article: Article) -> str:
    return str(client.get(reverse("web-article", args=[article.pk])).content.decode())


def test_the_reader_marks_the_short_list_strongly_by_score_and_the_rest_faintly(
    client_for: Any, reviewer: Any, article: Article, claim_in: Any
) -> None:
    strong = make_claim(article=article, worth_checking=True, checkworthiness=0.93, span_start=0)
    weaker = make_claim(
        article=article, worth_checking=True, checkworthiness=0.2, **sentence(article, "Officials")
    )
    body = article.body
    rest = body.index(".", weaker.span_end) + 2
    minor = make_claim(
        article=article,
        checkworthiness=0.2,
        span_start=rest,
        span_end=body.index(".", rest) + 1,
    )
    html = reader(client_for(reviewer), article)
    assert mark_classes(html, strong) == "claim-mark status-candidate worth band-3"
    assert mark_classes(html, weaker) == "claim-mark status-candidate worth band-1"
    assert mark_classes(html, minor) == "claim-mark status-candidate minor"
    # The others stay reachable: one toggle that shows every candidate.
    assert 'id="show-all-candidates"' in html
    assert re.search(r"<strong>2 worth checking</strong>.*1 other candidate hidden", html, re.S)
    assert "Show all 3 candidates" in html
    # The side list carries the same cut.
    assert re.search(rf'<li class="claim-item minor">\s*<a [^>]*data-claim-link="{minor.pk}"', html)
    assert re.search(
        rf'<li class="claim-item worth band-3">\s*<a [^>]*data-claim-link="{strong.pk}"', html
    )
    # No inline style or script: the toggle is CSS (and app.js for hidden marks).
    assert "style=" not in html.split('id="reader-body"')[1]


def test_claims_a_person_made_or_moved_on_are_never_faint(
    client_for: Any, reviewer: Any, article: Article, claim_in: Any
) -> None:
    queued = claim_in("queued", article=article, span_start=0, span_end=article.body.index(".") + 1)
    manual = make_claim(
        article=article,
        origin=ClaimOrigin.MANUAL,
        checkworthiness=0.0,
        **sentence(article, "Officials"),
    )
    html = reader(client_for(reviewer), article)
    assert mark_classes(html, queued) == "claim-mark status-queued"
    assert mark_classes(html, manual) == "claim-mark status-candidate"
    # Nothing is hidden, so there is no toggle.
    assert 'id="show-all-candidates"' not in html


def test_the_queue_filters_to_the_short_list_and_flags_its_rows(
    client_for: Any, editor: Any
) -> None:
    article = make_article(body="Jobs rose 4 percent. Rain fell. Taxes fell 2 percent.")
    worth = make_claim(article=article, worth_checking=True, checkworthiness=0.8)
    other = make_claim(article=article, checkworthiness=0.9, **sentence(article, "Rain"))
    client = client_for(editor)
    html = get(client, "?worth_checking=1").content.decode()
    assert listed(html) == [worth.pk]
    assert 'id="id_worth_checking" checked' in html
    everything = get(client).content.decode()
    assert listed(everything) == [other.pk, worth.pk]
    row = everything.split(f'data-href="/claims/{worth.pk}/"')[1].split("</tr>")[0]
    assert "worth checking</span>" in row
    other_row = everything.split(f'data-href="/claims/{other.pk}/"')[1].split("</tr>")[0]
    assert "chip-worth" not in other_row


def test_score_bands_follow_the_score() -> None:
    assert [score_band(s) for s in (0.15, 0.34, 0.35, 0.59, 0.6, 0.99)] == [1, 1, 2, 2, 3, 3]
