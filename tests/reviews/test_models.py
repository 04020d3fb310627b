from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction

from reviews.models import Note, Rating, Review, Source
from tests.factories import make_claim


@pytest.mark.django_db
class TestReviewConstraints:
    def test_one_review_per_claim(self) -> None:
        claim = make_claim()
        Review.objects.create(claim=claim)
        with pytest.raises(IntegrityError), transaction.atomic():
            Review.objects.create(claim=claim)

    def test_rating_slugs_are_unique(self) -> None:
        Rating.objects.create(label="Pants on fire", slug="pants-on-fire")
        with pytest.raises(IntegrityError), transaction.atomic():
            Rating.objects.create(label="Pants on Fire!", slug="pants-on-fire")

    def test_rating_colour_must_be_hex(self) -> None:
        with pytest.raises(IntegrityError), transaction.atomic():
            Rating.objects.create(label="X", slug="x", colour="red")

    def test_sources_must_be_http_urls(self) -> None:
        claim = make_claim()
        with pytest.raises(IntegrityError), transaction.atomic():
            Source.objects.create(claim=claim, url="javascript:alert(1)")
        Source.objects.create(claim=claim, url="https://example.org/report")

    def test_a_source_stance_must_be_known(self) -> None:
        claim = make_claim()
        with pytest.raises(IntegrityError), transaction.atomic():
            Source.objects.create(claim=claim, url="https://example.org", stance="meh")

    def test_a_note_needs_text_and_a_valid_span(self) -> None:
        claim = make_claim()
        with pytest.raises(IntegrityError), transaction.atomic():
            Note.objects.create(claim=claim, body="")
        with pytest.raises(IntegrityError), transaction.atomic():
            Note.objects.create(claim=claim, body="x", span_start=5, span_end=2)


@pytest.mark.django_db
def test_roles_exist_with_permissions() -> None:
    from django.contrib.auth.models import Group

    editor = Group.objects.get(name="editor")
    reviewer = Group.objects.get(name="reviewer")
    editor_perms = set(editor.permissions.values_list("codename", flat=True))
    reviewer_perms = set(reviewer.permissions.values_list("codename", flat=True))
    assert {"add_article", "change_claim", "change_rating"} <= editor_perms
    assert {"view_claim", "view_review", "view_source"} <= reviewer_perms
    # Only the admin reads model permissions: nobody changes the workflow's rows there.
    for role_perms in (editor_perms, reviewer_perms):
        assert not {"change_review", "add_source", "change_note", "add_assignment"} & role_perms
    assert not any(code.startswith(("add_", "change_", "delete_")) for code in reviewer_perms)
    assert reviewer_perms < editor_perms
