"""The verdict export's bytes are pinned: every format, for a small fixture that exercises
each field (merged appearances, corrections with earlier revisions, an off-scale rating, a
missing publication date, whole-second and fractional timestamps, CSV-formula and non-ASCII
text). Partners parse these files; a faster export must write exactly the same bytes.

The clock is frozen (every `timezone.now()` call advances it by a fixed step), claims and
articles get fixed ids, and the review ids, which the database assigns, are substituted
into the golden files (`$review_<claim id>`).

To regenerate the golden files after an intended format change:
`PIN_EXPORT_WRITE=1 .venv/bin/pytest tests/api/test_export_output.py` and review the diff.
"""

from __future__ import annotations

import itertools
import json
import os
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from string import Template
from typing import Any
from unittest import mock

import pytest
from rest_framework.test import APIClient

from claims.models import Claim
from reviews import services
from reviews.models import Review
from tests.factories import make_article, make_claim, make_user

pytestmark = pytest.mark.django_db

GOLDEN = Path(__file__).parent / "golden"
START = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def _clock() -> Iterator[datetime]:
    # The first tick falls on a whole second (written without a fraction by the database),
    # later ones carry microseconds.
    for n in itertools.count():
        yield START + timedelta(seconds=37 * n, microseconds=(n * 104_729) % 1_000_000)


def _span(article: Any, start: str) -> dict[str, int]:
    begin = article.body.index(start)
    return {"span_start": begin, "span_end": article.body.index(".", begin) + 1}


def _publish(
    claim: Claim,
    *,
    editor: Any,
    reviewer: Any,
    rating: str,
    summary: str,
    rationale: str,
    sources: list[dict[str, Any]],
) -> None:
    services.claim_triage(claim=claim, by=editor, decision="queue")
    services.claim_assign(claim=claim, by=editor, assignee=reviewer)
    services.claim_start(claim=claim, by=reviewer)
    review = services.review_for(claim)
    services.review_update(
        claim=claim,
        by=reviewer,
        version=review.version,
        rating=rating,
        summary=summary,
        rationale=rationale,
    )
    for source in sources:
        services.source_add(claim=claim, by=reviewer, **source)
    services.claim_submit(claim=claim, by=reviewer)
    services.claim_approve(claim=claim, by=editor)


@pytest.fixture
def pinned(ratings: None) -> dict[int, int]:
    """Four published verdicts and one unpublished claim; returns {claim id: review id}."""
    reviewer = make_user(
        username="pin-rita", first_name="Rita", last_name="Álvarez", role="reviewer"
    )
    reviewer2 = make_user(username="pin-ravi", first_name="", last_name="", role="reviewer")
    editor = make_user(username="pin-edna", first_name="Edna", last_name="Kå", role="editor")
    clock = _clock()
    with mock.patch("django.utils.timezone.now", side_effect=lambda: next(clock)):
        jobs = make_article(
            id=91001,
            url="https://news.example.org/jobs",
            title="Jobs report: “a record”",
            outlet="The Courier",
            published_at=datetime(2025, 9, 4, tzinfo=UTC),
            body=(
                "Unemployment fell to 4.2 percent in March, the ministry said. "
                "Officials expect growth of 2 percent next year. Story number 1."
            ),
        )
        echo = make_article(
            id=91002,
            url="https://wire.example.com/echo",
            title="Echo, with a comma",
            body="Echo: unemployment fell to 4.2 percent.",
            outlet="Wire",
            published_at=datetime(2025, 9, 5, 6, 7, 8, 90, tzinfo=UTC),
        )
        undated = make_article(
            id=91003, url="", title="Undated", outlet="", published_at=None, body="Prices rose."
        )
        other = make_article(
            id=91004, title="Other", outlet="The Courier", body="Crime halved since 2010."
        )
        reprint = make_article(
            id=91005,
            url="https://courier.example.org/reprint",
            title="Reprint",
            body="Reprint: unemployment fell to 4.2 percent.",
            outlet="The Courier",
            published_at=echo.published_at,
        )

        first = make_claim(id=92001, article=jobs, claimant="Ministry of Labour")
        _publish(
            first,
            editor=editor,
            reviewer=reviewer,
            rating="false",
            summary='=SUM(A1) "quoted", and a line\nbreak',
            rationale="Tab\there; emoji 🙂; control \x01 char; line\u2028separator.",
            sources=[
                {
                    "url": "https://stats.example.gov/release",
                    "title": "Release",
                    "publisher": "Office",
                    "stance": "refutes",
                    "archived_url": "https://archive.example.org/release",
                },
                {"url": "https://stats.example.gov/table?a=1&b=2", "title": "-Table"},
            ],
        )
        for pk, article in ((92011, echo), (92012, reprint)):
            services.claim_merge(
                claim=make_claim(id=pk, article=article), by=editor, canonical=first
            )

        second = make_claim(id=92002, article=undated, claimant="+Jane Doe")
        _publish(
            second,
            editor=editor,
            reviewer=reviewer2,
            rating="misleading",
            summary="Off the ordinal scale.",
            rationale="",
            sources=[{"url": "http://example.net/plain"}],
        )

        third = make_claim(id=92003, article=other, claimant="")
        _publish(
            third,
            editor=editor,
            reviewer=reviewer,
            rating="mostly-true",
            summary="First version.",
            rationale="Because.",
            sources=[{"url": "https://example.org/a", "stance": "supports"}],
        )
        for index, (rating, note) in enumerate(
            (("mixed", "The office revised its figure."), ("true", ""))
        ):
            services.claim_reopen(claim=third, by=editor, note=note or "Again.")
            review = services.review_for(third)
            services.review_update(
                claim=third,
                by=reviewer,
                version=review.version,
                rating=rating,
                summary=f"Revision {index + 2}.",
                # The last correction words the claim as stated (escaped in every format).
                claim_as_stated='Crime <in "the" city> & county halved since 2010'
                if index == 1
                else None,
            )
            services.claim_submit(claim=third, by=reviewer)
            services.claim_approve(claim=third, by=editor)

        fourth = make_claim(id=92004, article=jobs, claimant="@handle", **_span(jobs, "Officials"))
        _publish(
            fourth,
            editor=editor,
            reviewer=reviewer,
            rating="true",
            summary="Right.",
            rationale="ok",
            sources=[{"url": "https://example.org/b", "title": "B"}],
        )
        unpublished = make_claim(id=92005, article=jobs, **_span(jobs, "Story"))
        services.claim_triage(claim=unpublished, by=editor, decision="queue")
    return dict(Review.objects.values_list("claim_id", "pk"))


def _body(response: Any) -> bytes:
    assert response.status_code == 200, response.content[:500]
    if response.streaming:
        return b"".join(response.streaming_content)
    return bytes(response.content)


# A page link's cursor holds the last row's review id, which the database assigns: the
# links are pinned up to the cursor's value (tests/api/test_claim_paging.py tests cursors).
_CURSOR = re.compile(rb"cursor=[A-Za-z0-9%+/=_-]+")


def _check(name: str, actual: bytes, reviews: dict[int, int]) -> None:
    path = GOLDEN / name
    actual = _CURSOR.sub(b"cursor=CURSOR", actual)
    if os.environ.get("PIN_EXPORT_WRITE"):
        text = actual.decode("utf-8").replace("$", "$$")
        for claim_id, review_id in reviews.items():
            text = re.sub(
                rf'"review_id":{review_id}([,}}])', rf'"review_id":$review_{claim_id}\1', text
            )
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    expected = Template(path.read_bytes().decode("utf-8")).substitute(
        {f"review_{claim_id}": review_id for claim_id, review_id in reviews.items()}
    )
    assert actual.decode("utf-8") == expected


@pytest.mark.parametrize("fmt", ["ndjson", "csv", "claimreview"])
def test_streamed_export_writes_exactly_the_pinned_bytes(
    fmt: str, pinned: dict[int, int], editor: Any, settings: Any
) -> None:
    settings.FACTCHECK_URL_PATTERN = "https://checks.example.org/{id}/{slug}/"
    api = APIClient()
    api.force_authenticate(editor)
    _check(f"verdicts.{fmt}", _body(api.get(f"/api/v1/verdicts/?format={fmt}")), pinned)


def test_json_pages_write_exactly_the_pinned_bytes(
    pinned: dict[int, int], editor: Any, settings: Any
) -> None:
    settings.FACTCHECK_URL_PATTERN = "https://checks.example.org/{id}/{slug}/"
    api = APIClient()
    api.force_authenticate(editor)
    first = _body(api.get("/api/v1/verdicts/?page_size=3"))
    _check("verdicts.page1.json", first, pinned)
    # Read as JSON: the `&` in the link is written `\u0026`, like every `&` of the export.
    next_url = json.loads(first)["next"]
    assert next_url is not None and "&page_size=3" in next_url
    _check("verdicts.page2.json", _body(api.get(next_url)), pinned)
