"""Extraction stores each claim's place on its article's short list ("worth checking")."""

from __future__ import annotations

from typing import Any

import pytest

from claims import services
from claims.ingestion import parse_text
from claims.models import Claim
from tests.claims.extraction.wire_story import WIRE_STORY

pytestmark = pytest.mark.django_db


def test_extraction_stores_the_short_list_and_refreshes_untouched_candidates(
    settings: Any,
) -> None:
    settings.EXTRACTION_THRESHOLD = 0.0
    article = services.article_create(data=parse_text(WIRE_STORY))
    services.article_extract(article_id=article.pk)
    claims = Claim.objects.filter(article=article)
    flagged = list(claims.filter(worth_checking=True).order_by("-checkworthiness"))
    assert 1 <= len(flagged) <= 10  # a third of the story's 30 sentences at most
    assert claims.filter(worth_checking=False).exists()
    lowest_flagged = min(c.checkworthiness for c in flagged)
    assert all(c.checkworthiness <= lowest_flagged for c in claims.filter(worth_checking=False))
    # A stale flag on an untouched candidate is put right by the next run.
    top = flagged[0]
    Claim.objects.filter(pk=top.pk).update(worth_checking=False)
    services.article_mark_pending(article_id=article.pk)
    services.article_extract(article_id=article.pk)
    top.refresh_from_db()
    assert top.worth_checking is True
