"""The export's JSON can be embedded in HTML as it is (issue 14, item 16).

The attack: a claim or verdict text holding `</script><script>alert(1)</script>` came out
of the ClaimReview JSON-LD verbatim, so a consumer that pasted it into
`<script type="application/ld+json">` ran the script. Every JSON format of the export
(paged JSON, NDJSON, ClaimReview) now writes `<`, `>` and `&` as `\\u003c`, `\\u003e`,
`\\u0026`; the values read back unchanged.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from rest_framework.test import APIClient

from claims.models import Claim
from reviews import services
from reviews.export import dumps, verdict_item_for_claim
from reviews.export.claimreview import claimreview_from_item
from tests.factories import make_article, make_claim
from tests.reviews.workflow import complete_review

pytestmark = pytest.mark.django_db

PAYLOAD = "</script><script>alert(1)</script> & <!-- -->"


@pytest.fixture
def hostile(ratings: None, editor: Any, reviewer: Any) -> Claim:
    """A published verdict with the payload in the claim, claimant, summary and rationale."""
    article = make_article(title=f"Title {PAYLOAD}", outlet=f"Outlet {PAYLOAD}")
    claim = make_claim(article=article, text=f"Claim {PAYLOAD}", claimant=f"Ann {PAYLOAD}")
    services.claim_triage(claim=claim, by=editor, decision="queue")
    services.claim_assign(claim=claim, by=editor, assignee=reviewer)
    services.claim_start(claim=claim, by=reviewer)
    complete_review(claim, reviewer)
    services.review_update(
        claim=claim, by=reviewer, version=None, summary=PAYLOAD, rationale=f"Why: {PAYLOAD}"
    )
    services.source_add(
        claim=claim, by=reviewer, url="https://stats.example.org/x", title=f"Src {PAYLOAD}"
    )
    services.claim_submit(claim=claim, by=reviewer)
    services.claim_approve(claim=claim, by=editor)
    return claim


def _body(api: APIClient, fmt: str) -> bytes:
    response: Any = api.get(f"/api/v1/verdicts/?format={fmt}")
    assert response.status_code == 200
    if response.streaming:
        return b"".join(response.streaming_content)
    return bytes(response.content)


@pytest.mark.parametrize("fmt", ["json", "ndjson", "claimreview"])
def test_json_formats_escape_angle_brackets_and_ampersands(
    fmt: str, hostile: Claim, editor: Any
) -> None:
    api = APIClient()
    api.force_authenticate(editor)

    body = _body(api, fmt)

    for raw in (b"<", b">", b"&"):
        assert raw not in body, (fmt, raw)
    assert b"\\u003c/script\\u003e" in body
    assert b"\\u0026" in body
    text = body.decode("utf-8")
    if fmt == "json":
        items = json.loads(text)["results"]
    elif fmt == "ndjson":
        items = [json.loads(line) for line in text.splitlines()]
    else:
        items = json.loads(text)
    # The same values, read back by any JSON parser.
    assert PAYLOAD in json.dumps(items, ensure_ascii=False)
    if fmt == "claimreview":
        assert items[0]["claimReviewed"] == f"Claim {PAYLOAD}"
        assert items[0]["itemReviewed"]["author"]["name"] == f"Ann {PAYLOAD}"
    else:
        assert items[0]["summary"] == PAYLOAD
        assert items[0]["claim_text"] == f"Claim {PAYLOAD}"


def test_an_embedded_claimreview_cannot_close_its_script_element(
    hostile: Claim, editor: Any
) -> None:
    api = APIClient()
    api.force_authenticate(editor)
    item = json.loads(_body(api, "claimreview"))[0]
    one = verdict_item_for_claim(hostile.pk)
    assert one is not None
    page = f'<script type="application/ld+json">{dumps(claimreview_from_item(one))}</script>'

    # One script element, closed only where the page closes it.
    assert page.count("</script>") == 1 and page.endswith("</script>")
    assert page.count("<script") == 1
    assert json.loads(page.removeprefix('<script type="application/ld+json">')[:-9]) == item
