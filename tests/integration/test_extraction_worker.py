"""Extraction on a real Celery worker process, against real Redis and the test database."""

from __future__ import annotations

import time
from collections import Counter
from typing import Any

import pytest
from django.db import connection
from django.utils import timezone
from rest_framework.test import APIClient

from claims.models import Article, Claim, TextEmbedding
from claims.services import articles_sweep_stuck
from tests.conftest import REPO_ROOT
from tests.factories import make_user
from tests.integration.conftest import Worker, wait_for

pytestmark = pytest.mark.integration


def seed_text() -> str:
    return (REPO_ROOT / "seeds" / "000_cb8a2c0b20e0e221.txt").read_text("utf-8")


def status_of(pk: int) -> str:
    return Article.objects.filter(pk=pk).values_list("extraction_status", flat=True).get()


def duplicated_spans(article_id: int) -> list[tuple[int, int]]:
    spans = Counter(
        Claim.objects.filter(article_id=article_id).values_list("span_start", "span_end")
    )
    return [span for span, n in spans.items() if n > 1]


def test_an_article_created_through_the_api_is_extracted_by_the_worker(worker: Worker) -> None:
    worker.start()
    editor = make_user(username="editor-int", role="editor")
    api = APIClient()
    api.force_authenticate(editor)
    response = api.post("/api/v1/articles/", {"body": seed_text()}, format="json")
    assert response.status_code == 201, response.content
    pk = response.json()["id"]
    wait_for(lambda: status_of(pk) == "done", timeout=60, what="extraction", worker=worker)
    article = Article.objects.get(pk=pk)
    assert article.extractor_version and article.extraction_ms is not None
    claims = list(Claim.objects.filter(article=article))
    assert claims, "the worker extracted no claims"
    for claim in claims:
        assert article.body[claim.span_start : claim.span_end] == claim.text
    assert not duplicated_spans(pk)


def _slow_article_body() -> str:
    # Long enough (about a megabyte) that extraction takes seconds on this machine.
    paragraph = (
        "The ministry said unemployment fell to {n}.{m} percent in {year}, the lowest level "
        "since records began. Officials expect growth of {m} percent next year, according to "
        "the central bank. Critics argued the figures hid {n}00,000 part-time workers.\n\n"
    )
    return "".join(paragraph.format(n=i % 9 + 1, m=i % 7, year=1990 + i % 35) for i in range(3500))


def test_a_worker_killed_mid_extraction_is_restarted_and_the_article_ends_done(
    worker: Worker, settings: Any
) -> None:
    from claims import services
    from claims.ingestion import ArticleInput

    worker.start()
    article = services.article_create(data=ArticleInput(body=_slow_article_body(), title="Slow"))
    wait_for(
        lambda: status_of(article.pk) == "running", timeout=60, what="a running task", worker=worker
    )
    time.sleep(0.3)
    worker.kill()
    assert status_of(article.pk) == "running"
    # The restarted worker runs beat: its sweep re-queues the article stuck in `running`
    # (and the broker redelivers the unacknowledged message after its visibility timeout).
    worker.start(
        beat=True,
        extra_env={"EXTRACTION_SWEEP_SECONDS": "2", "EXTRACTION_STUCK_AFTER_SECONDS": "3"},
    )
    wait_for(
        lambda: status_of(article.pk) == "done", timeout=120, what="re-extraction", worker=worker
    )
    assert Claim.objects.filter(article=article).exists()
    assert not duplicated_spans(article.pk)
    assert Article.objects.get(pk=article.pk).extraction_attempts >= 2


def test_the_sweep_re_enqueues_a_stuck_article(worker: Worker, settings: Any) -> None:
    from claims.models import ExtractionStatus
    from tests.factories import make_article

    article = make_article(body=seed_text().split("\n", 1)[1], extraction_status="pending")
    long_ago = timezone.now() - settings.EXTRACTION_STUCK_AFTER * 2
    Article.objects.filter(pk=article.pk).update(
        extraction_status=ExtractionStatus.RUNNING, extraction_started_at=long_ago
    )
    assert articles_sweep_stuck() == [article.pk]
    worker.start()
    wait_for(lambda: status_of(article.pk) == "done", timeout=60, what="sweep", worker=worker)
    assert Claim.objects.filter(article=article).exists()
    if connection.vendor == "postgresql":
        assert not duplicated_spans(article.pk)


@pytest.mark.parametrize("embeddings", [False, True], ids=["lexical", "embeddings"])
def test_new_claims_are_matched_on_the_worker(worker: Worker, embeddings: bool) -> None:
    """Extraction queues matching: a repeated claim finds the earlier published verdict;
    with MATCH_EMBEDDINGS the worker encodes the claims with the numpy MiniLM encoder and
    keeps their vectors."""
    import json

    from claims import services
    from claims.ingestion import ArticleInput
    from matching.models import ClaimMatch
    from reviews.services import ratings_load
    from tests.factories import make_user
    from tests.reviews.workflow import claim_in

    ratings_load(entries=json.loads((REPO_ROOT / "seeds" / "ratings.json").read_text("utf-8")))
    editor = make_user(username="ed-match", role="editor")
    approver = make_user(username="ed-match2", role="editor")
    reviewer = make_user(username="rev-match", role="reviewer")
    earlier = claim_in("published", editor=editor, reviewer=reviewer, approver=approver)
    Claim.objects.filter(pk=earlier.pk).update(
        text="Ohio's unemployment rate fell to 3.9 percent in March, the lowest since 2000."
    )
    worker.start(extra_env={"MATCH_EMBEDDINGS": "1"} if embeddings else None)
    article = services.article_create(
        data=ArticleInput(
            body="Unemployment in Ohio dropped to 3.9 percent in March, its lowest level since "
            "2000, the governor said on Friday.",
            title="Ohio jobs",
        )
    )
    wait_for(lambda: status_of(article.pk) == "done", timeout=60, what="extraction", worker=worker)
    wait_for(
        lambda: ClaimMatch.objects.filter(claim__article=article, matched_claim=earlier).exists(),
        timeout=60,
        what="the match task",
        worker=worker,
    )
    match = ClaimMatch.objects.get(claim__article=article, matched_claim=earlier)
    meaning = [r for r in match.reasons if r.startswith("meaning similarity")]
    assert bool(meaning) is embeddings, match.reasons
    assert TextEmbedding.objects.exists() is embeddings


def test_a_bulk_import_is_extracted_in_batches_and_survives_a_kill_mid_batch(
    worker: Worker,
) -> None:
    """The importer queues `extract_claims_batch` tasks; killing the worker while a batch
    runs loses no article and duplicates no claim once a worker (with the sweep) is back."""
    from claims import services
    from claims.ingestion import ArticleInput

    body = _slow_article_body()[:80_000]
    report = services.articles_import(
        items=[ArticleInput(body=f"Batch article {i}.\n\n{body}", title=f"B{i}") for i in range(30)]
    )
    ids = report.article_ids
    assert report.imported == 30
    worker.start()

    def running() -> list[int]:
        return list(
            Article.objects.filter(pk__in=ids, extraction_status="running").values_list(
                "pk", flat=True
            )
        )

    wait_for(running, timeout=60, what="a batch to start", worker=worker)
    worker.kill()
    caught = running()  # interrupted: claimed by the dead worker, never finished
    assert caught
    worker.start(
        beat=True,
        extra_env={"EXTRACTION_SWEEP_SECONDS": "2", "EXTRACTION_STUCK_AFTER_SECONDS": "3"},
    )
    wait_for(
        lambda: Article.objects.filter(pk__in=ids, extraction_status="done").count() == 30,
        timeout=240,
        what="every imported article extracted",
        worker=worker,
    )
    spans = Counter(
        Claim.objects.filter(article_id__in=ids).values_list("article_id", "span_start", "span_end")
    )
    assert spans and all(n == 1 for n in spans.values())
    assert {article_id for article_id, _, _ in spans} == set(ids)
    attempts = dict(Article.objects.filter(pk__in=caught).values_list("pk", "extraction_attempts"))
    assert all(n >= 2 for n in attempts.values()), attempts
