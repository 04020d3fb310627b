"""Faults a newsroom's installation will meet: crashed workers, a broker that goes away,
a dropped database connection. Nothing may be lost or duplicated."""

from __future__ import annotations

import threading
import time
from collections import Counter
from typing import Any

import pytest
from django.db import connection

from claims import services
from claims.ingestion import ArticleInput
from claims.models import Article, Claim
from tests.conftest import require
from tests.integration.conftest import RedisServer, Worker, _reset_connections, wait_for

pytestmark = pytest.mark.integration


def article_body(tag: str, paragraphs: int = 1500) -> str:
    paragraph = (
        "Officials said unemployment in region {tag} fell to {n}.{m} percent in {year}, the "
        "lowest level since records began. Growth of {m} percent is expected next year, "
        "according to the central bank, while critics argued the figures hid {n}00,000 "
        "part-time workers.\n\n"
    )
    return "".join(
        paragraph.format(tag=tag, n=i % 9 + 1, m=i % 7, year=1990 + i % 35)
        for i in range(paragraphs)
    )


def statuses(ids: list[int]) -> Counter[str]:
    return Counter(Article.objects.filter(pk__in=ids).values_list("extraction_status", flat=True))


def no_duplicate_claims(ids: list[int]) -> bool:
    spans = Counter(
        Claim.objects.filter(article_id__in=ids).values_list("article_id", "span_start", "span_end")
    )
    return all(n == 1 for n in spans.values())


def _is_running(pk: int) -> Any:
    return lambda: Article.objects.get(pk=pk).extraction_status == "running"


SWEEPING = {"EXTRACTION_SWEEP_SECONDS": "2", "EXTRACTION_STUCK_AFTER_SECONDS": "3"}


@pytest.mark.timeout(900)
def test_twenty_sigkills_in_a_row_lose_nothing_and_duplicate_nothing(worker: Worker) -> None:
    ids = []
    for round_number in range(20):
        worker.start()
        article = services.article_create(
            data=ArticleInput(
                body=article_body(f"K{round_number}", 900), title=f"Kill {round_number}"
            )
        )
        ids.append(article.pk)
        wait_for(
            _is_running(article.pk),
            # The new worker may first redo the article the last one was killed on.
            timeout=180,
            what=f"round {round_number} to start",
            worker=worker,
        )
        worker.kill()
    worker.start(beat=True, extra_env=SWEEPING)
    wait_for(
        lambda: statuses(ids)["done"] == 20, timeout=420, what="all 20 articles", worker=worker
    )
    assert no_duplicate_claims(ids)
    assert Claim.objects.filter(article_id__in=ids).count() > 0
    # Every article was caught running when its worker died, so each ran again.
    attempts = Article.objects.filter(pk__in=ids).values_list("extraction_attempts", flat=True)
    assert all(n >= 2 for n in attempts), list(attempts)


def test_redis_stopping_during_an_import_loses_no_article(
    worker: Worker, private_redis: RedisServer, settings: Any
) -> None:
    from workbench.celery import app

    url = f"redis://127.0.0.1:{private_redis.port}/0"
    app.conf.update(broker_url=url, result_backend=url)
    _reset_connections(app)
    worker.env.update({"REDIS_URL": url})
    worker.start(beat=True, extra_env=SWEEPING)

    created: list[int] = []
    errors: list[str] = []

    def import_all() -> None:
        try:
            for i in range(200):
                article = services.article_create(
                    data=ArticleInput(
                        body=f"Item {i}: prices rose {i % 9}.{i % 7} percent in May, "
                        f"the statistics office said.",
                        title=f"Import {i}",
                    )
                )
                created.append(article.pk)
                time.sleep(0.01)
        except Exception as exc:  # the import itself must never fail
            errors.append(repr(exc))
        finally:
            connection.close()

    importer = threading.Thread(target=import_all)
    importer.start()
    wait_for(lambda: len(created) >= 40, timeout=60, what="the import to get going", worker=worker)
    private_redis.stop()
    time.sleep(3)
    private_redis.start()
    returned_at = time.monotonic()
    importer.join(timeout=120)
    assert not errors
    assert len(created) == 200
    assert Article.objects.filter(pk__in=created).count() == 200
    wait_for(
        lambda: statuses(created)["done"] == 200,
        timeout=120,
        what="every article extracted after Redis returned",
        worker=worker,
    )
    assert time.monotonic() - returned_at <= 120
    assert no_duplicate_claims(created)


def test_a_dropped_database_connection_mid_task_is_retried(worker: Worker) -> None:
    require(connection.vendor == "postgresql", "terminating a backend needs PostgreSQL")
    worker.env["PGAPPNAME"] = "workbench-test-worker"
    worker.start()
    article = services.article_create(data=ArticleInput(body=article_body("DB", 2500), title="DB"))
    wait_for(
        lambda: Article.objects.get(pk=article.pk).extraction_status == "running",
        timeout=60,
        what="the task to start",
        worker=worker,
    )
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE application_name = 'workbench-test-worker' AND pid <> pg_backend_pid()"
        )
        (terminated,) = cursor.fetchone()
    assert terminated >= 1
    wait_for(
        lambda: Article.objects.get(pk=article.pk).extraction_status == "done",
        timeout=120,
        what="the retried task",
        worker=worker,
    )
    assert "Retry" in worker.log() or Article.objects.get(pk=article.pk).extraction_attempts >= 2
    assert no_duplicate_claims([article.pk])
