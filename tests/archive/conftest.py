from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from claims.models import ClaimStatus
from reviews import services as review_services
from reviews.models import Source
from tests.api.conftest import advance
from tests.archive.pages import PageServer, page_server
from tests.core.conftest import use_broker  # noqa: F401 (a fixture for the queue test)
from tests.factories import make_claim


@pytest.fixture(autouse=True)
def fast_password_hashing(settings: Any) -> None:
    # Every test here makes an editor and a reviewer; PBKDF2 would take seconds.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def pages() -> Iterator[PageServer]:
    with page_server() as server:
        yield server


@pytest.fixture
def archive_settings(settings: Any, tmp_path: Path) -> Any:
    """Stored files in a temporary directory; pages may come from 127.0.0.1; short limits."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.ARCHIVE_ALLOW_PRIVATE_HOSTS = True
    settings.ARCHIVE_ALLOWED_NETWORKS = []
    settings.ARCHIVE_CONNECT_TIMEOUT = 2.0
    settings.ARCHIVE_TIMEOUT = 2.0
    settings.ARCHIVE_MAX_BYTES = 5 * 1024 * 1024
    settings.ARCHIVE_ON_ADD = False
    settings.SITE_URL = "https://workbench.example.org"
    return settings


@pytest.fixture
def add_source(ratings: None, editor: Any, reviewer: Any) -> Callable[..., Source]:
    """A source added through the review service, to a claim assigned to `reviewer`."""

    def _add(url: str, **kwargs: Any) -> Source:
        claim = kwargs.pop("claim", None) or advance(
            make_claim(), ClaimStatus.IN_PROGRESS, editor=editor, reviewer=reviewer
        )
        return review_services.source_add(claim=claim, by=reviewer, url=url, **kwargs)

    return _add


def publish_claim(claim: Any, *, editor: Any, reviewer: Any) -> None:
    """Write a verdict on `claim` as `reviewer`, submit it, and have `editor` publish it."""
    from reviews import services as review_services

    review = review_services.review_for(claim)
    review_services.review_update(
        claim=claim,
        by=reviewer,
        version=review.version,
        rating="false",
        summary="The figure was 8.4 percent, not 4.2.",
        rationale="The statistics office's release says otherwise.",
    )
    review_services.claim_submit(claim=claim, by=reviewer)
    review_services.claim_approve(claim=claim, by=editor)
