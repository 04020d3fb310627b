"""reviews.services.evidence: sources and notes."""

from __future__ import annotations

from typing import Any

import pytest

from core.errors import Conflict, InvalidInput, NotFound
from reviews import services
from reviews.models import Note, Source, TimelineEvent
from tests.reviews.workflow import claim_in

pytestmark = pytest.mark.django_db


def test_a_source_is_cleaned_recorded_and_credits_its_writer(editor: Any, reviewer: Any) -> None:
    claim = claim_in("assigned", editor=editor, reviewer=reviewer)
    version = claim.version
    source = services.source_add(
        claim=claim.pk,
        by=reviewer,
        url="  https://stats.example.org/q1  ",
        title=" Quarterly report ",
        stance="refutes",
        archived_url="https://archive.example.org/q1",
    )
    assert (source.url, source.title, source.stance) == (
        "https://stats.example.org/q1",
        "Quarterly report",
        "refutes",
    )
    assert (source.added_by, source.accessed_at is not None) == (reviewer, True)
    event = TimelineEvent.objects.get(claim=claim, action="source_added")
    assert event.after == {"url": "https://stats.example.org/q1", "title": "Quarterly report"}
    claim.refresh_from_db()
    assert claim.version == version + 1
    assert list(claim.review.contributors.all()) == [reviewer]


def test_a_source_needs_an_http_url_and_a_known_stance(editor: Any, reviewer: Any) -> None:
    claim = claim_in("assigned", editor=editor, reviewer=reviewer)
    with pytest.raises(InvalidInput, match="a source needs a URL"):
        services.source_add(claim=claim, by=reviewer, url="   ")
    with pytest.raises(InvalidInput, match="stance must be one of"):
        services.source_add(claim=claim, by=reviewer, url="https://a.example", stance="maybe")
    with pytest.raises(InvalidInput, match="archived_url"):
        services.source_add(
            claim=claim, by=reviewer, url="https://a.example", archived_url="file:///etc"
        )
    assert not Source.objects.exists()


def test_removing_a_source_records_what_it_was(editor: Any, reviewer: Any) -> None:
    claim = claim_in("assigned", editor=editor, reviewer=reviewer)
    source = services.source_add(claim=claim, by=reviewer, url="https://a.example/x", title="X")
    services.source_remove(source=source.pk, by=reviewer)
    assert not Source.objects.exists()
    event = TimelineEvent.objects.get(claim=claim, action="source_removed")
    assert event.before == {"url": "https://a.example/x", "title": "X"}
    with pytest.raises(NotFound, match=f"Source {source.pk} does not exist"):
        services.source_remove(source=source.pk, by=reviewer)


def test_sources_are_frozen_once_submitted(editor: Any, reviewer: Any, ratings: None) -> None:
    claim = claim_in("in_review", editor=editor, reviewer=reviewer)
    with pytest.raises(Conflict, match="Cannot add sources to a claim that is in review"):
        services.source_add(claim=claim, by=reviewer, url="https://a.example")
    with pytest.raises(Conflict, match="Cannot remove sources from"):
        services.source_remove(source=claim.sources.get(), by=reviewer)


def test_a_note_may_mark_a_span_of_the_article(editor: Any, reviewer: Any) -> None:
    claim = claim_in("assigned", editor=editor, reviewer=reviewer)
    length = len(claim.article.body)
    note = services.note_add(
        claim=claim, by=reviewer, body=" Check this ", span_start=0, span_end=5
    )
    assert (note.body, note.span_start, note.span_end, note.author) == (
        "Check this",
        0,
        5,
        reviewer,
    )
    assert TimelineEvent.objects.get(claim=claim, action="note_added").after == "Check this"
    with pytest.raises(InvalidInput, match="needs text"):
        services.note_add(claim=claim, by=reviewer, body="  ")
    with pytest.raises(InvalidInput, match="both span_start and span_end"):
        services.note_add(claim=claim, by=reviewer, body="x", span_start=1)
    with pytest.raises(InvalidInput, match=f"<= {length}"):
        services.note_add(claim=claim, by=reviewer, body="x", span_start=3, span_end=length + 1)
    assert Note.objects.count() == 1


def test_an_editor_may_note_a_published_claim(editor: Any, reviewer: Any, ratings: None) -> None:
    claim = claim_in("published", editor=editor, reviewer=reviewer)
    services.note_add(claim=claim, by=editor, body="Readers asked about this.")
    assert Note.objects.filter(claim=claim, author=editor).exists()
