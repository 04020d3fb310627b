"""The admin shows snapshots and changes none."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from archive import services
from reviews.models import Source
from tests.archive.pages import PageServer, article

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("archive_settings")]


def test_snapshots_are_read_only_in_the_admin(
    client_for: Any, admin_user: Any, pages: PageServer, add_source: Callable[..., Source]
) -> None:
    snapshot = services.source_archive(
        source_id=add_source(pages.page("/p", article("Page", "Some report text."))).pk
    )
    assert snapshot is not None
    client = client_for(admin_user)
    listing = client.get("/admin/archive/snapshot/")
    assert listing.status_code == 200
    assert f"/admin/archive/snapshot/{snapshot.pk}/change/" in listing.content.decode()
    assert client.get(f"/admin/archive/snapshot/{snapshot.pk}/change/").status_code == 200
    assert client.get("/admin/archive/snapshot/add/").status_code == 403
    assert client.post(f"/admin/archive/snapshot/{snapshot.pk}/delete/").status_code == 403
