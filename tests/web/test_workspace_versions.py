"""The claim workspace shows no version numbers (there were three: "v7", "version 6",
"version 2"). The person sees how often the claim was edited; the optimistic-locking
version stays in hidden inputs and the API."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags

from reviews import services
from reviews.models import TimelineEvent
from web.timeline import edit_count

pytestmark = pytest.mark.django_db


def visible_text(html: str) -> str:
    body = html.split("<main", 1)[-1]
    return " ".join(strip_tags(body).split())


def test_the_workspace_shows_how_often_the_claim_was_edited_and_no_version(
    client_for: Any, editor: Any, reviewer: Any, claim_in: Any
) -> None:
    claim = claim_in("in_progress")  # assigned, started, rated: many versions of each
    for text in ("A first rewording.", "A second rewording."):
        claim.refresh_from_db()
        services.claim_update(
            claim=claim,
            by=reviewer,
            changes={"text": text, "claimant": f"Claimant of {text}"},
            version=claim.version,
        )
    claim.refresh_from_db()
    assert claim.version > 5
    html = client_for(reviewer).get(reverse("web-claim", args=[claim.pk])).content.decode()
    text = visible_text(html)
    assert not re.search(r"\bv\d+\b", text), text
    assert not re.search(r"\bversion \d+", text, re.I), text
    # Two saves (each changing two fields): "edited 2 times".
    assert "edited 2 times" in text
    # The version the edit forms send back is still there, hidden.
    assert f'name="version" value="{claim.version}"' in html


def test_a_claim_never_edited_says_nothing_about_edits(
    client_for: Any, editor: Any, claim_in: Any
) -> None:
    claim = claim_in("queued")
    text = visible_text(
        client_for(editor).get(reverse("web-claim", args=[claim.pk])).content.decode()
    )
    assert "edited" not in text.split("Timeline")[0]


def test_edits_moments_apart_by_one_person_are_one_save() -> None:
    now = timezone.now()
    moment = timedelta(milliseconds=3)
    edits = [
        (1, "text", now),
        (1, "claimant", now + moment),  # the same save's second field
        (1, "text", now + 2 * moment),  # the text again: the next save
        (2, "text", now + 3 * moment),  # someone else
        (2, "claim_type", now + timedelta(minutes=5)),  # a later save
    ]
    assert edit_count(edits) == 4
    assert edit_count([]) == 0
    assert TimelineEvent.Action.EDITED == "edited"
