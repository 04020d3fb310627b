"""Stored pages no snapshot refers to are pruned; one a snapshot still needs never is; and
a worker killed while writing a page leaves no snapshot pointing at half of it."""

from __future__ import annotations

import gzip
import hashlib
import os
import time
from collections.abc import Callable
from datetime import timedelta
from io import StringIO
from typing import Any

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command

from archive import services, tasks
from archive.models import Snapshot
from reviews.models import Source
from tests.archive.pages import PageServer, article

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("archive_settings")]

PAGE = article("Jobs report", "Unemployment fell to 4.2 percent in May, the ministry said.")
OTHER = article("Budget", "The deficit narrowed to 2.1 percent of output last year.")


def _age(name: str, hours: float) -> None:
    """Make a stored file look `hours` old (FileSystemStorage reads the file's mtime)."""
    then = time.time() - hours * 3600
    os.utime(default_storage.path(name), (then, then))


def _orphan(body: bytes) -> str:
    sha = hashlib.sha256(body).hexdigest()
    return default_storage.save(services.blob_name(sha), ContentFile(gzip.compress(body)))


def test_an_old_orphan_is_deleted_and_pages_in_use_are_kept(
    pages: PageServer, add_source: Callable[..., Source]
) -> None:
    first = services.source_archive(source_id=add_source(pages.page("/a", PAGE)).pk)
    # The same page for a second source: one file, two snapshots.
    second = services.source_archive(source_id=add_source(pages.page("/b", PAGE)).pk)
    assert first and second and first.body_file.name == second.body_file.name
    orphan = _orphan(OTHER.encode())
    for name in (orphan, first.body_file.name):
        _age(str(name), 24)
    assert services.blobs_prune() == [orphan]
    assert not default_storage.exists(orphan)
    assert services.snapshot_body(first) == PAGE.encode()
    # Deleting one of the two snapshots leaves the file to the other.
    first.delete()
    assert services.blobs_prune() == []
    assert services.snapshot_body(second) == PAGE.encode()
    second.delete()
    assert services.blobs_prune() == [second.body_file.name]
    assert default_storage.listdir("archive")[1] == []


def test_a_young_orphan_is_left_alone(db: Any) -> None:
    # A worker may have just written it and be about to insert its row.
    orphan = _orphan(OTHER.encode())
    _age(orphan, services.PRUNE_GRACE.total_seconds() / 3600 - 1)
    assert services.blobs_prune() == []
    assert default_storage.exists(orphan)
    assert services.blobs_prune(grace=timedelta(0)) == [orphan]


def test_a_snapshot_taken_while_the_pruner_deletes_keeps_its_page(
    pages: PageServer, add_source: Callable[..., Source], monkeypatch: Any
) -> None:
    """The pruner found no row, then a worker inserted one for the same page before the
    file went: the pruner looks again after deleting and puts the page back."""
    source = add_source(pages.page("/a", PAGE))
    orphan = _orphan(PAGE.encode())
    _age(orphan, 24)
    delete = default_storage.delete

    def delete_while_a_worker_commits(name: str) -> None:
        # The worker reuses the (still valid) file and commits its row right now.
        assert services.source_archive(source_id=source.pk) is not None
        delete(name)

    monkeypatch.setattr(default_storage, "delete", delete_while_a_worker_commits)
    assert services.blobs_prune() == []
    snapshot = Snapshot.objects.get(source=source)
    assert services.snapshot_body(snapshot) == PAGE.encode()


def test_a_page_pruned_before_the_row_committed_is_written_again(
    pages: PageServer, add_source: Callable[..., Source], monkeypatch: Any
) -> None:
    """The other order: the file went after blob_store found it but before the commit."""
    source = add_source(pages.page("/a", PAGE))
    orphan = _orphan(PAGE.encode())
    store = services.blob_store

    def store_then_lose_it(body: bytes, sha: str) -> str:
        name = store(body, sha)
        monkeypatch.setattr(services, "blob_store", store)
        default_storage.delete(name)  # the pruner, between the two
        return name

    monkeypatch.setattr(services, "blob_store", store_then_lose_it)
    snapshot = services.source_archive(source_id=source.pk)
    assert snapshot is not None and snapshot.body_file.name == orphan
    assert services.snapshot_body(snapshot) == PAGE.encode()


def test_a_worker_killed_while_writing_the_page_leaves_no_snapshot(
    pages: PageServer, add_source: Callable[..., Source], monkeypatch: Any
) -> None:
    """The file is written before the row: killed half-way through the file, the worker
    leaves a partial file and no row; the next copy of that page replaces the partial
    file, and the pruner removes it if none comes."""
    source = add_source(pages.page("/a", PAGE))
    save = default_storage.save

    def killed_half_way(name: str, content: Any, **kwargs: Any) -> str:
        data = content.read()
        save(name, ContentFile(data[: len(data) // 2]))
        raise SystemExit("killed")  # nothing after this line runs in a killed worker

    monkeypatch.setattr(default_storage, "save", killed_half_way)
    with pytest.raises(SystemExit):
        services.source_archive(source_id=source.pk)
    monkeypatch.undo()
    assert not Snapshot.objects.exists()
    source.refresh_from_db()
    assert source.archived_url == ""
    [partial] = default_storage.listdir("archive")[1]
    _age(f"archive/{partial}", 24)
    assert services.blobs_prune() == [f"archive/{partial}"]
    # And archived again, the page is whole.
    snapshot = services.source_archive(source_id=source.pk)
    assert snapshot is not None
    assert services.snapshot_body(snapshot) == PAGE.encode()


def test_prune_from_the_command_and_the_task(db: Any) -> None:
    for body in (PAGE, OTHER):
        _age(_orphan(body.encode()), 24)
    out = StringIO()
    call_command("archive_sources", "--prune", stdout=out)
    assert out.getvalue() == "deleted 2 stored page(s) no snapshot refers to\n"
    _age(_orphan(PAGE.encode()), 24)
    assert tasks.prune_blobs.apply().get() == 1
    assert services.blobs_prune() == []


def test_prune_with_nothing_stored_yet(db: Any) -> None:
    assert services.blobs_prune() == []
