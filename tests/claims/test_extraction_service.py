"""Extraction as the worker runs it (in-process here; tests/integration uses a real worker)."""

from __future__ import annotations

from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command

from claims import services
from claims.ingestion import ArticleInput, parse_text
from claims.models import Article, Claim
from claims.services import articles as article_services
from claims.services import extraction as extraction_services
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


def test_the_articles_writer_holds_its_first_person(settings: Any) -> None:
    settings.EXTRACTION_THRESHOLD = 0.0
    body = (
        "I have covered the port of Tarn for ten years, and fees have tripled since 2015.\n\n"
        "The harbour board says fees must rise another 8% next year."
    )
    article = services.article_create(
        data=ArticleInput(body=body, title="My port", outlet="The Ledger", author="Jane Porter")
    )
    services.article_extract(article_id=article.pk)
    claimants = dict(Claim.objects.filter(article=article).values_list("span_start", "claimant"))
    assert claimants == {0: "Jane Porter", body.index("The harbour"): "the harbour board"}


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


# --- Batches: what bulk imports and the sweep queue -----------------------------------------


def imported(*bodies: str) -> list[int]:
    report = services.articles_import(
        items=[ArticleInput(body=body, title=f"Batch {i}") for i, body in enumerate(bodies)]
    )
    assert report.imported == len(bodies)
    return report.article_ids


BATCH_BODIES = (
    "Exports rose 12 percent in 2024, the trade ministry said.",
    "Unemployment fell to 3.9 percent in March, the lowest since 2000, officials said.",
    "The city spent $4.5 million on roads last year, according to the audit office.",
)


def spans(ids: list[int]) -> dict[int, tuple[int, int, int]]:
    return {
        pk: (article_id, start, end)
        for pk, article_id, start, end in Claim.objects.filter(article_id__in=ids).values_list(
            "pk", "article_id", "span_start", "span_end"
        )
    }


def test_a_batch_extracts_every_article_and_a_rerun_duplicates_nothing(editor: Any) -> None:
    ids = imported(*BATCH_BODIES)
    report = services.articles_extract_batch(article_ids=ids)
    assert (report.done, report.failed, report.skipped) == (3, 0, 0)
    articles = Article.objects.filter(pk__in=ids)
    assert {a.extraction_status for a in articles} == {"done"}
    assert all(a.extractor_version and a.extraction_ms is not None for a in articles)
    assert all(a.extraction_attempts == 1 for a in articles)
    first = spans(ids)
    assert {article_id for article_id, _, _ in first.values()} == set(ids)

    touched = Claim.objects.filter(article_id=ids[0]).first()
    assert touched is not None
    review_services.claim_update(
        claim=touched, by=editor, changes={"claimant": "Someone else"}, version=None
    )
    # A duplicate delivery of the same message does nothing: every article is done.
    again = services.articles_extract_batch(article_ids=ids)
    assert (again.done, again.skipped) == (0, 3)
    # Requested again (the sweep, a crash and redelivery): the same claims, no new ones.
    for pk in ids:
        services.article_mark_pending(article_id=pk)
    rerun = services.articles_extract_batch(article_ids=[*ids, *ids])
    assert rerun.done == 3
    assert spans(ids) == first
    touched.refresh_from_db()
    assert touched.claimant == "Someone else"


def test_one_failing_article_does_not_fail_the_rest_of_its_batch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import claims.extraction.pipeline as pipeline

    real = pipeline.extract_candidates

    def explode_on_one(body: str, **kwargs: Any) -> Any:
        if "EXPLODE" in body:
            raise ValueError("tokenizer exploded")
        return real(body, **kwargs)

    monkeypatch.setattr(pipeline, "extract_candidates", explode_on_one)
    ids = imported(BATCH_BODIES[0], "EXPLODE: prices rose 4 percent in May.", BATCH_BODIES[2])
    report = services.articles_extract_batch(article_ids=ids)
    assert (report.done, report.failed) == (2, 1)
    status = dict(Article.objects.filter(pk__in=ids).values_list("pk", "extraction_status"))
    assert status == {ids[0]: "done", ids[1]: "failed", ids[2]: "done"}
    assert "tokenizer exploded" in Article.objects.get(pk=ids[1]).extraction_error
    assert Claim.objects.filter(article_id=ids[0]).exists()
    assert Claim.objects.filter(article_id=ids[2]).exists()


def test_claims_the_database_refuses_fail_only_their_own_article(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from django.db import IntegrityError

    ids = imported(*BATCH_BODIES)
    real = extraction_services._upsert_candidates

    def refuse_the_second(kept: list[Any]) -> list[int]:
        if any(e.article_id == ids[1] for e in kept):
            raise IntegrityError("claim_type_valid")
        return real(kept)

    monkeypatch.setattr(extraction_services, "_upsert_candidates", refuse_the_second)
    report = services.articles_extract_batch(article_ids=ids)
    assert (report.done, report.failed) == (2, 1)
    status = dict(Article.objects.filter(pk__in=ids).values_list("pk", "extraction_status"))
    assert status == {ids[0]: "done", ids[1]: "failed", ids[2]: "done"}
    assert "claim_type_valid" in Article.objects.get(pk=ids[1]).extraction_error
    assert not Claim.objects.filter(article_id=ids[1]).exists()


def test_an_article_edited_or_deleted_meanwhile_is_left_alone() -> None:
    ids = imported(*BATCH_BODIES)
    Article.objects.filter(pk=ids[2]).delete()
    report = services.articles_extract_batch(article_ids=ids)
    assert (report.done, report.skipped) == (2, 1)


def test_a_long_batch_hands_its_unstarted_articles_to_a_new_task(
    monkeypatch: pytest.MonkeyPatch, django_capture_on_commit_callbacks: Any
) -> None:
    ids = imported(*BATCH_BODIES)
    monkeypatch.setattr(extraction_services, "EXTRACTION_CHUNK", 1)
    queued: list[list[int]] = []
    monkeypatch.setattr(
        extraction_services, "enqueue_extraction", lambda ids: queued.append(list(ids))
    )
    report = services.articles_extract_batch(article_ids=ids, time_budget=0.0)
    assert (report.done, report.deferred) == (1, ids[1:])
    assert queued == [ids[1:]]
    status = dict(Article.objects.filter(pk__in=ids).values_list("pk", "extraction_status"))
    # The deferred ones were never claimed: still pending, not stuck in `running`.
    assert status == {ids[0]: "done", ids[1]: "pending", ids[2]: "pending"}


class Sent:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from claims import tasks

        self.single: list[int] = []
        self.batches: list[list[int]] = []

        # The outbox hands each message to its task after the commit (in-process in tests).
        def record(into: list[Any]) -> Any:
            return lambda args, kwargs: into.append(args[0])

        monkeypatch.setattr(tasks.extract_claims, "apply_async", record(self.single))
        monkeypatch.setattr(tasks.extract_claims_batch, "apply_async", record(self.batches))


def test_a_bulk_import_queues_one_message_per_batch_after_commit(
    monkeypatch: pytest.MonkeyPatch, django_capture_on_commit_callbacks: Any
) -> None:
    sent = Sent(monkeypatch)
    monkeypatch.setattr(article_services, "EXTRACTION_BATCH", 4)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        ids = imported(*(f"Item {i}: prices rose {i} percent in May." for i in range(9)))
    assert sent.batches == [] and sent.single == []  # nothing before the commit
    for callback in callbacks:
        callback()
    assert sent.batches == [ids[0:4], ids[4:8]]
    assert sent.single == [ids[8]]


def test_one_new_article_still_queues_the_single_task(
    monkeypatch: pytest.MonkeyPatch, django_capture_on_commit_callbacks: Any
) -> None:
    sent = Sent(monkeypatch)
    with django_capture_on_commit_callbacks(execute=True):
        article = services.article_create(data=ArticleInput(body="Rents rose 7 percent."))
    assert (sent.single, sent.batches) == ([article.pk], [])


def test_the_sweep_requeues_stuck_articles_in_batches(
    monkeypatch: pytest.MonkeyPatch, django_capture_on_commit_callbacks: Any, settings: Any
) -> None:
    from django.utils import timezone

    ids = imported(*BATCH_BODIES)
    Article.objects.filter(pk__in=ids).update(
        extraction_status="running",
        extraction_started_at=timezone.now() - settings.EXTRACTION_STUCK_AFTER * 2,
    )
    sent = Sent(monkeypatch)
    with django_capture_on_commit_callbacks(execute=True):
        assert sorted(services.articles_sweep_stuck()) == sorted(ids)
    assert [sorted(batch) for batch in sent.batches] == [sorted(ids)]
    assert set(Article.objects.filter(pk__in=ids).values_list("extraction_status", flat=True)) == {
        "pending"
    }


def test_the_command_queues_every_article_again_in_batches(
    monkeypatch: pytest.MonkeyPatch, django_capture_on_commit_callbacks: Any
) -> None:
    ids = imported(*BATCH_BODIES)
    services.articles_extract_batch(article_ids=ids)
    sent = Sent(monkeypatch)
    out = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("extract_claims", "--all", stdout=out)
    assert "queued extraction for 3 article(s)" in out.getvalue()
    assert sent.batches == [ids]
    assert set(Article.objects.values_list("extraction_status", flat=True)) == {"pending"}
