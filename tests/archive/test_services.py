"""Taking, storing and re-checking snapshots."""

from __future__ import annotations

import gzip
import hashlib
from collections.abc import Callable
from typing import Any

import pytest
from django.core.files.storage import default_storage

from archive import services
from archive.fetch import Reason
from archive.models import Snapshot, SnapshotStatus
from reviews.models import Source
from tests.archive.pages import PageServer, article

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("archive_settings")]

PAGE = article("Jobs report", "Unemployment fell to 4.2 percent in May, the ministry said.")


def test_a_snapshot_stores_the_page_compressed_under_its_hash(
    pages: PageServer, add_source: Callable[..., Source]
) -> None:
    url = pages.page("/report", PAGE)
    source = add_source(url)
    snapshot = services.source_archive(source_id=source.pk)
    assert snapshot is not None
    body = PAGE.encode()
    sha = hashlib.sha256(body).hexdigest()
    assert snapshot.status == SnapshotStatus.OK
    assert (snapshot.http_status, snapshot.final_url) == (200, url)
    assert snapshot.content_type == "text/html; charset=utf-8"
    assert (snapshot.sha256, snapshot.size) == (sha, len(body))
    assert snapshot.title == "Jobs report"
    assert "Unemployment fell to 4.2 percent" in snapshot.main_text
    assert snapshot.body_file.name == f"archive/{sha}.gz"
    with default_storage.open(snapshot.body_file.name, "rb") as handle:
        assert gzip.decompress(handle.read()) == body
    source.refresh_from_db()
    assert source.archived_url == f"https://workbench.example.org/archive/{snapshot.pk}/"


def test_re_archiving_keeps_the_history_and_points_at_the_newest_copy(
    pages: PageServer, add_source: Callable[..., Source]
) -> None:
    url = pages.page("/report", PAGE)
    source = add_source(url)
    first = services.source_archive(source_id=source.pk)
    pages.page("/report", article("Jobs report", "A corrected figure: 4.3 percent."))
    second = services.source_archive(source_id=source.pk)
    assert first and second and first.pk != second.pk
    assert Snapshot.objects.filter(source=source).count() == 2
    assert first.sha256 != second.sha256
    assert default_storage.exists(f"archive/{first.sha256}.gz")
    source.refresh_from_db()
    assert source.archived_url.endswith(f"/archive/{second.pk}/")


def test_an_archive_url_a_person_gave_is_kept(
    pages: PageServer, add_source: Callable[..., Source]
) -> None:
    given = "https://web.archive.org/web/2026/https://stats.example.org/"
    source = add_source(pages.page("/report", PAGE), archived_url=given)
    assert services.source_archive(source_id=source.pk) is not None
    source.refresh_from_db()
    assert source.archived_url == given


def test_the_same_page_twice_is_stored_once(
    pages: PageServer, add_source: Callable[..., Source]
) -> None:
    url = pages.page("/report", PAGE)
    one = services.source_archive(source_id=add_source(url).pk)
    two = services.source_archive(source_id=add_source(url).pk)
    assert one and two
    assert one.body_file.name == two.body_file.name
    assert default_storage.listdir("archive")[1] == [f"{one.sha256}.gz"]


def test_a_half_written_file_from_a_killed_worker_is_replaced(
    pages: PageServer, add_source: Callable[..., Source]
) -> None:
    sha = hashlib.sha256(PAGE.encode()).hexdigest()
    default_storage.save(f"archive/{sha}.gz", __import__("io").BytesIO(b"\x1f\x8b\x08\x00trunc"))
    snapshot = services.source_archive(source_id=add_source(pages.page("/r", PAGE)).pk)
    assert snapshot is not None
    assert services.snapshot_body(snapshot) == PAGE.encode()


def test_no_row_is_written_when_the_file_cannot_be_stored(
    pages: PageServer, add_source: Callable[..., Source], monkeypatch: Any
) -> None:
    source = add_source(pages.page("/report", PAGE))

    def broken(*args: Any, **kwargs: Any) -> str:
        raise OSError("disk full")

    monkeypatch.setattr(default_storage, "save", broken)
    with pytest.raises(OSError):
        services.source_archive(source_id=source.pk)
    assert not Snapshot.objects.exists()
    source.refresh_from_db()
    assert source.archived_url == ""


@pytest.mark.parametrize(
    ("route", "reason", "status"),
    [
        ({"status": 404}, Reason.HTTP_ERROR, 404),
        ({"content_type": "image/png"}, Reason.NOT_HTML, 200),
        ({"body": "x" * 2000}, Reason.TOO_LARGE, 200),
    ],
)
def test_a_failed_fetch_is_recorded_with_its_reason(
    pages: PageServer,
    add_source: Callable[..., Source],
    settings: Any,
    route: dict[str, Any],
    reason: str,
    status: int,
) -> None:
    settings.ARCHIVE_MAX_BYTES = 1000
    body = route.pop("body", "page")
    source = add_source(pages.page("/p", body, **route))
    snapshot = services.source_archive(source_id=source.pk)
    assert snapshot is not None
    assert snapshot.status == SnapshotStatus.FAILED
    assert (snapshot.failure_reason, snapshot.http_status) == (reason, status)
    assert snapshot.failure_message
    assert not snapshot.body_file
    source.refresh_from_db()
    assert source.archived_url == ""


def test_a_refused_address_is_recorded(
    pages: PageServer, add_source: Callable[..., Source], settings: Any
) -> None:
    settings.ARCHIVE_ALLOW_PRIVATE_HOSTS = False
    snapshot = services.source_archive(source_id=add_source(pages.page("/p", PAGE)).pk)
    assert snapshot is not None
    assert snapshot.failure_reason == Reason.REFUSED_ADDRESS
    assert pages.seen == []


def test_a_retryable_failure_raises_until_the_last_attempt(
    pages: PageServer, add_source: Callable[..., Source]
) -> None:
    source = add_source(pages.page("/p", "busy", status=503))
    with pytest.raises(services.ArchiveRetry):
        services.source_archive(source_id=source.pk, final_attempt=False)
    assert not Snapshot.objects.exists()
    snapshot = services.source_archive(source_id=source.pk, final_attempt=True)
    assert snapshot is not None
    assert (snapshot.failure_reason, snapshot.http_status) == (Reason.HTTP_ERROR, 503)


def test_a_source_removed_before_the_fetch_is_skipped(db: Any) -> None:
    assert services.source_archive(source_id=999_999) is None


def test_a_failure_after_a_good_copy_keeps_the_copy_linked(
    pages: PageServer, add_source: Callable[..., Source]
) -> None:
    url = pages.page("/report", PAGE)
    source = add_source(url)
    good = services.source_archive(source_id=source.pk)
    pages.page("/report", "gone", status=410)
    failed = services.source_archive(source_id=source.pk)
    assert good and failed and failed.status == SnapshotStatus.FAILED
    source.refresh_from_db()
    assert source.archived_url.endswith(f"/archive/{good.pk}/")


# --- link rot --------------------------------------------------------------------------------


def _archived(pages: PageServer, add_source: Callable[..., Source]) -> Snapshot:
    snapshot = services.source_archive(source_id=add_source(pages.page("/report", PAGE)).pk)
    assert snapshot is not None and snapshot.status == SnapshotStatus.OK
    return snapshot


def test_the_recheck_flags_a_page_now_gone_and_keeps_the_copy(
    pages: PageServer, add_source: Callable[..., Source]
) -> None:
    snapshot = _archived(pages, add_source)
    pages.page("/report", "not here", status=404)
    checked = services.snapshot_recheck(snapshot_id=snapshot.pk)
    assert checked is not None
    assert (checked.gone, checked.changed) == (True, False)
    assert checked.last_checked_at is not None
    assert services.snapshot_body(checked) == PAGE.encode()


def test_the_recheck_flags_a_page_whose_main_text_changed(
    pages: PageServer, add_source: Callable[..., Source]
) -> None:
    snapshot = _archived(pages, add_source)
    pages.page("/report", article("Jobs report", "Unemployment fell to 5.1 percent in May."))
    checked = services.snapshot_recheck(snapshot_id=snapshot.pk)
    assert checked is not None
    assert (checked.gone, checked.changed) == (False, True)


def test_the_recheck_ignores_changes_outside_the_main_text(
    pages: PageServer, add_source: Callable[..., Source]
) -> None:
    snapshot = _archived(pages, add_source)
    pages.page("/report", PAGE.replace("</head>", "<script>var ad = 2;</script></head>"))
    checked = services.snapshot_recheck(snapshot_id=snapshot.pk)
    assert checked is not None
    assert (checked.gone, checked.changed) == (False, False)


def test_the_recheck_says_since_when_and_with_which_status(
    pages: PageServer, add_source: Callable[..., Source]
) -> None:
    snapshot = _archived(pages, add_source)
    assert services.snapshot_recheck(snapshot_id=snapshot.pk).flagged_at is None  # type: ignore[union-attr]
    pages.page("/report", "not here", status=410)
    first = services.snapshot_recheck(snapshot_id=snapshot.pk)
    assert first is not None and first.flagged_at is not None
    assert (first.gone, first.recheck_status) == (True, 410)
    again = services.snapshot_recheck(snapshot_id=snapshot.pk)
    assert again is not None and again.flagged_at == first.flagged_at  # still since then
    pages.page("/report", PAGE)
    back = services.snapshot_recheck(snapshot_id=snapshot.pk)
    assert back is not None
    assert (back.gone, back.changed, back.flagged_at, back.recheck_status) == (
        False,
        False,
        None,
        200,
    )


def test_a_page_back_again_is_no_longer_gone(
    pages: PageServer, add_source: Callable[..., Source]
) -> None:
    snapshot = _archived(pages, add_source)
    Snapshot.objects.filter(pk=snapshot.pk).update(gone=True)
    checked = services.snapshot_recheck(snapshot_id=snapshot.pk)
    assert checked is not None and not checked.gone


def test_a_timeout_on_recheck_says_nothing_about_the_page(
    pages: PageServer, add_source: Callable[..., Source], settings: Any
) -> None:
    snapshot = _archived(pages, add_source)
    settings.ARCHIVE_TIMEOUT = 0.3
    pages.page("/report", "late", delay=1.0)
    with pytest.raises(services.ArchiveRetry):
        services.snapshot_recheck(snapshot_id=snapshot.pk, final_attempt=False)
    checked = services.snapshot_recheck(snapshot_id=snapshot.pk)
    assert checked is not None
    assert (checked.gone, checked.changed) == (False, False)
    assert checked.last_checked_at is not None


def test_a_failed_snapshot_is_not_rechecked(
    pages: PageServer, add_source: Callable[..., Source]
) -> None:
    failed = services.source_archive(source_id=add_source(pages.page("/x", "", status=500)).pk)
    assert failed is not None
    assert services.snapshot_recheck(snapshot_id=failed.pk) is None
