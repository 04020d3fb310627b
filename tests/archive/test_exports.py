"""Exports carry each source's archived copy (`archived_url`) in every format that lists
sources, as soon as the copy has been taken: before the verdict's publication (the
published revision records it) or after (read beside the revision, by the source)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client

from archive import services
from reviews.models import Review, Source
from tests.archive.conftest import publish_claim
from tests.archive.pages import PageServer, article

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("archive_settings")]


def _publish(source: Source, *, editor: Any, reviewer: Any) -> None:
    publish_claim(source.claim, editor=editor, reviewer=reviewer)


def _body(response: Any) -> bytes:
    assert response.status_code == 200
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return bytes(response.content)


def test_json_and_ndjson_exports_fill_archived_url(
    pages: PageServer,
    add_source: Callable[..., Source],
    api_for: Any,
    editor: Any,
    reviewer: Any,
) -> None:
    archived = add_source(pages.page("/report", article("Report", "Unemployment fell.")))
    missing = add_source(pages.page("/gone", "", status=404), claim=archived.claim)
    snapshot = services.source_archive(source_id=archived.pk)
    assert snapshot is not None and snapshot.status == "ok"
    services.source_archive(source_id=missing.pk)  # fails: no copy
    _publish(archived, editor=editor, reviewer=reviewer)
    expected = {
        archived.url: services.snapshot_url(snapshot),
        missing.url: None,
    }
    client = api_for(editor)
    page = json.loads(_body(client.get("/api/v1/verdicts/?format=json")))
    [verdict] = page["results"]
    assert {s["url"]: s["archived_url"] for s in verdict["sources"]} == expected
    [line] = _body(client.get("/api/v1/verdicts/?format=ndjson")).decode().splitlines()
    assert {s["url"]: s["archived_url"] for s in json.loads(line)["sources"]} == expected


def _csv(client: Any) -> list[dict[str, str]]:
    body = _body(client.get("/api/v1/verdicts/?format=csv")).decode()
    return list(csv.DictReader(io.StringIO(body)))


def test_csv_lists_each_sources_archived_copy_in_the_order_of_its_urls(
    pages: PageServer,
    add_source: Callable[..., Source],
    api_for: Any,
    editor: Any,
    reviewer: Any,
) -> None:
    missing = add_source(pages.page("/gone", "", status=404))
    archived = add_source(
        pages.page("/report", article("Report", "Prices rose.")), claim=missing.claim
    )
    given = add_source(
        "https://example.org/table",
        claim=missing.claim,
        archived_url="https://web.archive.example/table",
    )
    services.source_archive(source_id=missing.pk)  # fails: no copy
    snapshot = services.source_archive(source_id=archived.pk)
    assert snapshot is not None
    _publish(archived, editor=editor, reviewer=reviewer)
    [row] = _csv(api_for(editor))
    assert row["source_urls"].split(" ") == [missing.url, archived.url, given.url]
    assert row["source_archived_urls"].split(" ") == [
        "",
        services.snapshot_url(snapshot),
        "https://web.archive.example/table",
    ]


def test_a_copy_taken_after_publication_is_exported_and_shown_at_once(
    pages: PageServer,
    add_source: Callable[..., Source],
    api_for: Any,
    editor: Any,
    reviewer: Any,
    settings: Any,
) -> None:
    settings.PUBLIC_SITE = True
    source = add_source(pages.page("/report", article("Report", "Unemployment fell.")))
    _publish(source, editor=editor, reviewer=reviewer)
    client = api_for(editor)
    before = client.get("/api/v1/verdicts/?format=ndjson")
    [line] = _body(before).decode().splitlines()
    assert json.loads(line)["sources"][0]["archived_url"] is None
    published = Review.objects.get(claim_id=source.claim_id)
    page_path = Client().get(f"/checks/{source.claim_id}/")["Location"]
    page_before = Client().get(page_path)
    assert "no archived copy yet" in page_before.content.decode()

    snapshot = services.source_archive(source_id=source.pk)  # after publication
    assert snapshot is not None and snapshot.status == "ok"
    copy = services.snapshot_url(snapshot)
    # Exported at once, in every format that lists sources, without a new publication.
    page = json.loads(_body(client.get("/api/v1/verdicts/?format=json")))
    assert page["results"][0]["sources"][0]["archived_url"] == copy
    [line] = _body(client.get("/api/v1/verdicts/?format=ndjson")).decode().splitlines()
    assert json.loads(line)["sources"][0]["archived_url"] == copy
    assert _csv(client)[0]["source_archived_urls"] == copy
    # A client polling with its entity tag, or for changes since publication, sees it.
    polled = client.get("/api/v1/verdicts/?format=ndjson", HTTP_IF_NONE_MATCH=before["ETag"])
    assert polled.status_code == 200
    after = published.updated_at + timedelta(microseconds=1)
    since = after.isoformat().replace("+00:00", "Z")
    changed = json.loads(_body(client.get(f"/api/v1/verdicts/?updated_since={since}")))
    assert [v["id"] for v in changed["results"]] == [source.claim_id]
    # The public page links it too, and answers its old entity tag with the new page.
    page_after = Client().get(page_path, HTTP_IF_NONE_MATCH=page_before["ETag"])
    assert page_after.status_code == 200
    assert f'href="{copy}" class="archived"' in page_after.content.decode()
    # Still the published revision: the copy is read beside it, not written into it.
    revision = Review.objects.get(claim_id=source.claim_id).published_revision
    assert revision is not None and revision.sources[0][4] is None


def test_the_copy_a_revision_recorded_stays_when_the_source_is_archived_again(
    pages: PageServer,
    add_source: Callable[..., Source],
    api_for: Any,
    editor: Any,
    reviewer: Any,
) -> None:
    source = add_source(pages.page("/report", article("Report", "Unemployment fell.")))
    first = services.source_archive(source_id=source.pk)
    assert first is not None
    _publish(source, editor=editor, reviewer=reviewer)
    second = services.source_archive(source_id=source.pk)
    assert second is not None and second.pk != first.pk
    [line] = _body(api_for(editor).get("/api/v1/verdicts/?format=ndjson")).decode().splitlines()
    assert json.loads(line)["sources"][0]["archived_url"] == services.snapshot_url(first)


@pytest.mark.parametrize("fmt", ["ndjson", "csv"])
@pytest.mark.parametrize("size", [2, 12])
def test_reading_the_copies_costs_one_query_per_chunk_however_many_sources(
    pages: PageServer,
    add_source: Callable[..., Source],
    api_for: Any,
    editor: Any,
    reviewer: Any,
    django_assert_num_queries: Any,
    fmt: str,
    size: int,
) -> None:
    route = pages.page("/report", article("Report", "Unemployment fell."))
    for _ in range(size):
        source = add_source(route)
        add_source(route + "?again", claim=source.claim)
        _publish(source, editor=editor, reviewer=reviewer)
        services.source_archive(source_id=source.pk)
    client = api_for(editor)
    _body(client.get(f"/api/v1/verdicts/?format={fmt}"))  # warm-up
    # The ETag aggregate, the rating scale, the rows, then for the chunk: writers,
    # duplicate appearances, the sources' current copies, earlier revisions.
    with django_assert_num_queries(7):
        body = _body(client.get(f"/api/v1/verdicts/?format={fmt}")).decode()
    assert body.count(pages.url("/report")) >= size
