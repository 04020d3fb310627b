"""Editing a claim's text moves its mark in the article (issue 17, item 4)."""

from __future__ import annotations

from typing import Any

import pytest

from claims.models import Claim, ClaimOrigin
from core.errors import InvalidInput
from reviews import services
from reviews.models import TimelineEvent
from tests.factories import make_article, make_claim

pytestmark = pytest.mark.django_db

BODY = (
    "SPRINGFIELD, Ill. (AP) — Illinois's unemployment rate has halved since 2021, a figure "
    "that opposition lawmakers immediately disputed.\n\nThe governor repeated that "
    "Illinois's unemployment rate has halved since 2021 at a rally."
)
SENTENCE_END = BODY.index("disputed.") + len("disputed.")


def _claim(**kwargs: Any) -> Claim:
    article = kwargs.pop("article", None) or make_article(body=BODY)
    return make_claim(
        article=article, text=BODY[:SENTENCE_END], span_start=0, span_end=SENTENCE_END, **kwargs
    )


def _span(claim: Claim) -> tuple[int, int]:
    claim.refresh_from_db()
    return claim.span_start, claim.span_end


def test_removing_the_dateline_moves_the_mark_onto_the_remaining_text(editor: Any) -> None:
    claim = _claim()
    new = BODY[BODY.index("Illinois's") : SENTENCE_END]
    services.claim_update(claim=claim, by=editor, changes={"text": new}, version=None)
    start = BODY.index("Illinois's")
    assert _span(claim) == (start, SENTENCE_END)
    assert claim.quote == new
    event = TimelineEvent.objects.filter(claim=claim, field="span").get()
    assert (event.before, event.after) == (f"0–{SENTENCE_END}", f"{start}–{SENTENCE_END}")


def test_the_occurrence_nearest_the_old_mark_is_chosen(editor: Any) -> None:
    claim = _claim()
    new = "Illinois's unemployment rate has halved since 2021"
    services.claim_update(claim=claim, by=editor, changes={"text": new}, version=None)
    first = BODY.index(new)
    assert _span(claim) == (first, first + len(new))
    assert BODY.index(new, first + 1) > first  # the later occurrence was passed over


def test_case_and_spacing_differences_still_find_the_text(editor: Any) -> None:
    claim = _claim()
    services.claim_update(
        claim=claim,
        by=editor,
        changes={"text": "illinois's  unemployment rate HAS halved since 2021"},
        version=None,
    )
    start = BODY.index("Illinois's")
    assert _span(claim) == (
        start,
        start + len("Illinois's unemployment rate has halved since 2021"),
    )


def test_text_the_article_does_not_hold_keeps_the_mark_and_says_so(editor: Any) -> None:
    claim = _claim()
    services.claim_update(
        claim=claim,
        by=editor,
        changes={"text": "Illinois's jobless rate is half what it was in 2021"},
        version=None,
    )
    assert _span(claim) == (0, SENTENCE_END)
    event = TimelineEvent.objects.filter(claim=claim, field="span").get()
    assert event.message == services.claims.NOT_VERBATIM


def test_an_extracted_claim_cannot_take_another_extracted_claims_passage(editor: Any) -> None:
    article = make_article(body=BODY)
    claim = _claim(article=article, origin=ClaimOrigin.EXTRACTED)
    other_start = BODY.index("The governor")
    other = make_claim(
        article=article,
        origin=ClaimOrigin.EXTRACTED,
        text=BODY[other_start:],
        span_start=other_start,
        span_end=len(BODY),
    )
    with pytest.raises(InvalidInput, match=f"claim #{other.pk} already marks this passage"):
        services.claim_update(
            claim=claim, by=editor, changes={"text": BODY[other_start:]}, version=None
        )
    assert _span(claim) == (0, SENTENCE_END)
    claim.refresh_from_db()
    assert claim.text == BODY[:SENTENCE_END]


def test_editing_only_the_claimant_leaves_the_span_alone(editor: Any) -> None:
    claim = _claim()
    services.claim_update(claim=claim, by=editor, changes={"claimant": "The agency"}, version=None)
    assert _span(claim) == (0, SENTENCE_END)
    assert not TimelineEvent.objects.filter(claim=claim, field="span").exists()
