"""Extraction as the worker runs it (in-process here; tests/integration uses a real worker)."""

from __future__ import annotations

from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command

from claims import services
from claims.ingestion import ArticleInput, parse_text
from claims.models import Article, Claim
from reviews import services as review_services
from tests.conftest import REPO_ROOT
from tests.reviews.workflow import claim_in

pytestmark = pytest.mark.django_db


def seed_article() -> Article:
    text = (REPO_ROOT / "seeds" / "000_cb8a2c0b20e0e221.txt").read_text("utf-8")
    article = services.article_create(data=parse_text(text))
    services.article_extract(article_id=article.pk)
    article.refresh_from_db()
    return article


def test_the_seed_article_is_extracted_with_spans_speakers_and_reasons(settings: Any) -> None:
    settings.EXTRACTION_THRESHOLD = 0.0  # every candidate, to check attribution on all
    article = seed_article()
    assert article.extraction_status == "done"
    assert article.extractor_version and article.extraction_ms is not None
    claims = list(Claim.objects.filter(article=article))
    assert claims
    for claim in claims:
        assert article.body[claim.span_start : claim.span_end] == claim.text
        assert 0 <= claim.checkworthiness <= 1
        assert claim.reasons, claim.text
        assert "You can now listen" not in claim.text
    claimants = {c.claimant for c in claims}
    assert "Maria Zakharova" in claimants
    assert "Zakharova" not in claimants


def test_extraction_is_idempotent_and_keeps_human_work(editor: Any, reviewer: Any) -> None:
    article = seed_article()
    first = dict(Claim.objects.filter(article=article).values_list("pk", "span_start"))
    touched = Claim.objects.filter(article=article).order_by("pk").first()
    assert touched is not None
    review_services.claim_update(
        claim=touched, by=editor, changes={"claimant": "Someone else"}, version=None
    )
    review_services.claim_triage(claim=touched, by=editor, decision="queue")
    services.article_mark_pending(article_id=article.pk)
    services.article_extract(article_id=article.pk)
    services.article_mark_pending(article_id=article.pk)
    services.article_extract(article_id=article.pk)
    again = dict(Claim.objects.filter(article=article).values_list("pk", "span_start"))
    assert again == first
    touched.refresh_from_db()
    assert (touched.claimant, touched.status) == ("Someone else", "queued")


def test_a_finished_article_is_not_extracted_twice_for_one_request() -> None:
    article = seed_article()
    finished = article.extraction_finished_at
    services.article_extract(article_id=article.pk)  # a duplicate delivery of the message
    article.refresh_from_db()
    assert article.extraction_finished_at == finished


def test_editing_the_body_re_anchors_claims_people_worked_on(editor: Any, reviewer: Any) -> None:
    article = seed_article()
    claim = claim_in("candidate", editor=editor, reviewer=reviewer)
    kept = Claim.objects.filter(article=article).order_by("span_start").last()
    assert kept is not None
    review_services.claim_triage(claim=kept, by=editor, decision="queue")
    services.article_update(
        article=article, changes={"body": "A new opening paragraph.\n\n" + article.body}, by=editor
    )
    kept.refresh_from_db()
    article.refresh_from_db()
    assert article.body[kept.span_start : kept.span_end] == kept.quote
    assert article.extraction_status == "pending"
    assert Claim.objects.filter(pk=claim.pk).exists()


def test_a_failing_pipeline_marks_the_article_failed(monkeypatch: pytest.MonkeyPatch) -> None:
    import claims.extraction.pipeline as pipeline

    def explode(*args: Any, **kwargs: Any) -> Any:
        raise ValueError("tokenizer exploded")

    monkeypatch.setattr(pipeline, "extract_candidates", explode)
    article = services.article_create(data=ArticleInput(body="Prices rose 4 percent in May."))
    services.article_extract(article_id=article.pk)
    article.refresh_from_db()
    assert article.extraction_status == "failed"
    assert "tokenizer exploded" in article.extraction_error


def test_the_command_extracts_in_process_with_sync() -> None:
    article = services.article_create(
        data=ArticleInput(body="Exports rose 12 percent in 2024, the trade ministry said.")
    )
    out = StringIO()
    call_command("extract_claims", "--all", "--sync", "--no-progress", stdout=out)
    assert "extracted 1 article(s), 0 failed" in out.getvalue()
    article.refresh_from_db()
    assert article.extraction_status == "done"
