"""Exports carry each source's archived copy (`archived_url`) once it has been taken."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from archive import services
from reviews.models import Source
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
