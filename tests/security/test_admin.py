"""The Django admin is no way around the workflow (issue 14, items 1, 12 and 13).

The attacks reproduced here, each refused now:
- an unassigned (staff) reviewer rewrites a published verdict in the admin;
- a reviewer adds a source, or forges a note, under another user's name (`added_by`);
- the assigned reviewer edits a published claim's sources inline and moves the claim to
  another article;
- an editor edits a review in the admin, then approves it;
- an admin rewrites a published verdict in the admin;
- NUL bytes and impossible years in changelist filters (were server errors);
- the plaintext of a new export key in the messages cookie (tests/api/test_admin.py).
"""

from __future__ import annotations

import importlib
from io import StringIO
from typing import Any

import pytest
from django.contrib import admin
from django.contrib.auth.models import AnonymousUser
from django.db import models
from django.test import Client, RequestFactory
from django.urls import reverse

from claims.models import Article, Claim
from reviews import services
from reviews.export import verdict_item_for_claim
from reviews.models import (
    Assignment,
    Note,
    Notification,
    Review,
    Source,
    TimelineEvent,
    VerdictRevision,
)
from tests.factories import make_article, make_user, rating
from tests.reviews.workflow import claim_in

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "reviewer", "staff_reviewer", "other_reviewer", "editor", "admin")
# Everything the workflow writes: after a refused admin request none of it may differ.
WATCHED: tuple[type[models.Model], ...] = (
    Article,
    Claim,
    Review,
    VerdictRevision,
    Source,
    Note,
    Assignment,
    TimelineEvent,
    Notification,
)


@pytest.fixture(autouse=True)
def _fast_passwords(settings: Any) -> None:
    # Seven accounts per test: the production hasher would spend most of the time here.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def snapshot() -> dict[str, list[dict[str, Any]]]:
    return {
        model.__name__: list(model._default_manager.order_by("pk").values()) for model in WATCHED
    }


@pytest.fixture
def people(db: Any) -> dict[str, Any]:
    return {
        "anonymous": None,
        # The assigned reviewer, not staff (as create_demo_users makes them now).
        "reviewer": make_user(username="rita", role="reviewer", is_staff=False),
        # A reviewer made staff by accident (the old create_demo_users did this).
        "staff_reviewer": make_user(username="sam", role="reviewer", is_staff=True),
        "other_reviewer": make_user(username="rafael", role="reviewer", is_staff=True),
        "editor": make_user(username="edna", role="editor", is_staff=True),
        "editor2": make_user(username="eddie", role="editor", is_staff=True),
        "admin": make_user(username="root", is_superuser=True, is_staff=True),
    }


def browser_for(person: Any) -> Client:
    browser = Client(raise_request_exception=False)
    if person is not None:
        browser.force_login(person)
    return browser


@pytest.fixture
def published(people: dict[str, Any], ratings: None) -> Claim:
    claim = claim_in(
        "published",
        editor=people["editor"],
        reviewer=people["reviewer"],
        approver=people["editor2"],
    )
    services.note_add(claim=claim, by=people["reviewer"], body="Checked with the agency.")
    return claim


def forged_claim_form(claim: Claim, people: dict[str, Any]) -> dict[str, Any]:
    """Every workflow field of a claim changed, with its source edited inline, a source and
    a note added under another user's name, and the claim moved to another article."""
    source = Source.objects.filter(claim=claim).first()
    note = Note.objects.filter(claim=claim).first()
    assert source is not None and note is not None
    return {
        "article": make_article().pk,
        "text": "Rewritten in the admin",
        "claimant": "Nobody",
        "claim_type": "other",
        "seen_version": claim.version,
        "status": "candidate",
        "assignee": people["other_reviewer"].pk,
        "version": 1,
        "priority": 9,
        "checkworthiness": 0.01,
        "span_start": 1,
        "span_end": 5,
        "edited_by_human": "",
        "sources-TOTAL_FORMS": 2,
        "sources-INITIAL_FORMS": 1,
        "sources-0-id": source.pk,
        "sources-0-claim": claim.pk,
        "sources-0-url": "https://forged.example.org/",
        "sources-0-stance": "supports",
        "sources-0-added_by": people["other_reviewer"].pk,
        "sources-1-claim": claim.pk,
        "sources-1-url": "https://new.example.org/",
        "sources-1-stance": "supports",
        "sources-1-added_by": people["editor"].pk,
        "notes-TOTAL_FORMS": 2,
        "notes-INITIAL_FORMS": 1,
        "notes-0-id": note.pk,
        "notes-0-claim": claim.pk,
        "notes-0-body": "Forged",
        "notes-0-author": people["editor"].pk,
        "notes-1-claim": claim.pk,
        "notes-1-body": "A note in someone else's name",
        "notes-1-author": people["editor"].pk,
        "timeline-TOTAL_FORMS": 0,
        "timeline-INITIAL_FORMS": 0,
    }


def forged_review_form(claim: Claim, people: dict[str, Any]) -> dict[str, Any]:
    other = people["other_reviewer"].pk
    return {
        "claim": claim.pk,
        "rating": rating("true").pk,
        "summary": "Rewritten verdict",
        "rationale": "Rewritten",
        "author": other,
        "approver": other,
        "revisions-TOTAL_FORMS": 0,
        "revisions-INITIAL_FORMS": 0,
    }


def forged_forms(claim: Claim, people: dict[str, Any]) -> dict[str, tuple[Any, dict[str, Any]]]:
    """Per admin change view: the object and a POST that changes its workflow fields."""
    review = Review.objects.get(claim=claim)
    source = Source.objects.filter(claim=claim).first()
    note = Note.objects.filter(claim=claim).first()
    other = people["other_reviewer"].pk
    return {
        "claim": (claim, forged_claim_form(claim, people)),
        "review": (review, forged_review_form(claim, people)),
        "source": (
            source,
            {"claim": claim.pk, "url": "https://forged.example.org/", "stance": "supports"}
            | {"added_by": other},
        ),
        "note": (note, {"claim": claim.pk, "body": "Forged", "author": other}),
        "assignment": (
            Assignment.objects.filter(claim=claim).first(),
            {"claim": claim.pk, "reviewer": other, "assigned_by": other},
        ),
        "timelineevent": (
            TimelineEvent.objects.filter(claim=claim).first(),
            {"claim": claim.pk, "action": "created", "actor": other, "after": "x"},
        ),
        "article": (claim.article, {"created_by": other, "title": claim.article.title}),
    }


def admin_url(obj: Any, view: str) -> str:
    opts = obj._meta
    args = [obj.pk] if view in ("change", "delete") else []
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=args)


def test_only_editors_and_admins_get_into_the_admin(people: dict[str, Any]) -> None:
    for role in ROLES:
        response = browser_for(people[role]).get("/admin/")
        if role in ("editor", "admin"):
            assert response.status_code == 200, role
        else:
            assert response.status_code == 302, role
            assert response["Location"].startswith("/admin/login/"), role


def test_the_web_ui_links_to_the_admin_only_for_those_who_may_use_it(
    people: dict[str, Any],
) -> None:
    link = 'href="/admin/"'
    for role in ("reviewer", "staff_reviewer", "editor", "admin"):
        page = browser_for(people[role]).get("/").content.decode()
        assert (link in page) is (role in ("editor", "admin")), role


def test_a_staff_reviewer_reaches_no_admin_page(people: dict[str, Any], published: Claim) -> None:
    browser = browser_for(people["staff_reviewer"])
    for model in admin.site._registry:
        opts = model._meta
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        response = browser.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"], url
    response = browser.get(admin_url(published, "change"))
    assert response.status_code == 302


def test_every_admin_change_view_refuses_every_role_a_workflow_change(
    people: dict[str, Any], published: Claim
) -> None:
    forms = forged_forms(published, people)
    for role in ROLES:
        browser = browser_for(people[role])
        for name, (obj, data) in forms.items():
            before = snapshot()
            response = browser.post(admin_url(obj, "change"), data)
            if name == "article" and role in ("editor", "admin"):
                # Editors may edit an article (through article_update), never its
                # authorship: created_by is no form field.
                assert response.status_code in (200, 302), (role, name)
                after = snapshot()
                assert after["Article"][0]["created_by_id"] == before["Article"][0]["created_by_id"]
                continue
            assert response.status_code in (302, 403), (role, name, response.status_code)
            if response.status_code == 302:  # to the login page, never a saved form
                assert "/admin/login/" in response["Location"], (role, name)
            assert snapshot() == before, (role, name)


def test_no_role_deletes_or_adds_workflow_rows_in_the_admin(
    people: dict[str, Any], published: Claim
) -> None:
    forms = forged_forms(published, people)
    for role in ROLES:
        browser = browser_for(people[role])
        for name, (obj, data) in forms.items():
            before = snapshot()
            response = browser.post(admin_url(obj, "delete"), {"post": "yes"})
            assert response.status_code in (302, 403), (role, name)
            if response.status_code == 302:
                assert "/admin/login/" in response["Location"], (role, name)
            # (Editors add claims through claim_create_manual: tests/claims/test_admin_actions.)
            if name in ("review", "source", "note", "assignment", "timelineevent"):
                response = browser.post(admin_url(obj, "add"), data)
                assert response.status_code in (302, 403), (role, name)
                if response.status_code == 302:
                    assert "/admin/login/" in response["Location"], (role, name)
            assert snapshot() == before, (role, name)


def test_an_unassigned_reviewer_cannot_rewrite_a_published_verdict(
    people: dict[str, Any], published: Claim
) -> None:
    review = Review.objects.get(claim=published)
    events = TimelineEvent.objects.filter(claim=published).count()
    for role in ("staff_reviewer", "other_reviewer"):
        browser = browser_for(people[role])
        data = forged_review_form(published, people)
        response = browser.post(admin_url(review, "change"), data)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    review.refresh_from_db()
    assert (review.rating, review.summary) == (rating("false"), "We checked it.")
    revision = VerdictRevision.objects.get(review=review)
    assert (revision.rating, revision.summary) == (review.rating, review.summary)
    assert TimelineEvent.objects.filter(claim=published).count() == events
    exported = verdict_item_for_claim(published.pk)
    assert exported is not None and exported["summary"] == "We checked it."


def test_a_source_or_note_is_never_stored_under_another_users_name(
    people: dict[str, Any], ratings: None
) -> None:
    claim = claim_in("in_progress", editor=people["editor"], reviewer=people["reviewer"])
    services.note_add(claim=claim, by=people["reviewer"], body="First note.")
    forged = people["other_reviewer"].pk
    data = {
        "claim": claim.pk,
        "url": "https://forged.example.org/",
        "stance": "refutes",
        "added_by": forged,
        "body": "Forged note",
        "author": forged,
    }
    for role in ROLES:
        browser = browser_for(people[role])
        for model in ("source", "note"):
            response = browser.post(reverse(f"admin:reviews_{model}_add"), data)
            assert response.status_code in (302, 403), (role, model)
    assert not Source.objects.filter(added_by_id=forged).exists()
    assert not Note.objects.filter(author_id=forged).exists()

    # Added inline on a claim being researched, a source and a note go through the
    # services: the person signed in is their author, whatever the form says.
    form = forged_claim_form(claim, people)
    form.update(
        {
            "text": claim.text,
            "claimant": claim.claimant,
            "claim_type": claim.claim_type,
            "sources-TOTAL_FORMS": 2,
            "sources-0-url": Source.objects.get(claim=claim).url,
            "sources-1-added_by": forged,
            "notes-0-body": "First note.",
            "notes-1-author": forged,
        }
    )
    response = browser_for(people["admin"]).post(admin_url(claim, "change"), form)
    assert response.status_code == 302, response.content[:3000]
    added = Source.objects.get(claim=claim, url="https://new.example.org/")
    note = Note.objects.get(claim=claim, body="A note in someone else's name")
    assert added.added_by == people["admin"] and note.author == people["admin"]
    assert not Source.objects.filter(added_by_id=forged).exists()
    assert TimelineEvent.objects.filter(
        claim=claim, action="source_added", actor=people["admin"]
    ).exists()
    claim_after = Claim.objects.get(pk=claim.pk)
    assert claim_after.article_id == claim.article_id and claim_after.status == "in_progress"
    assert claim_after.version > claim.version  # the services bumped it


def test_the_assigned_reviewer_cannot_edit_a_published_claims_sources_or_article(
    people: dict[str, Any], published: Claim
) -> None:
    form = forged_claim_form(published, people)
    before = snapshot()
    for role in ("reviewer", "editor", "admin"):
        response = browser_for(people[role]).post(admin_url(published, "change"), form)
        assert response.status_code in (302, 403), role
    assert snapshot() == before
    claim = Claim.objects.get(pk=published.pk)
    assert claim.version == published.version and claim.article_id == published.article_id


def test_a_published_claim_is_read_only_for_an_admin(
    people: dict[str, Any], published: Claim
) -> None:
    page = browser_for(people["admin"]).get(admin_url(published, "change")).content.decode()
    for field in ("text", "article", "status", "sources-0-url", "notes-0-body"):
        assert f'name="{field}"' not in page, field
    assert 'name="sources-TOTAL_FORMS"' in page  # the inline is there, read-only


def test_an_editor_cannot_edit_a_review_in_the_admin_and_then_approve_it(
    people: dict[str, Any], ratings: None
) -> None:
    claim = claim_in("in_review", editor=people["editor"], reviewer=people["reviewer"])
    review = Review.objects.get(claim=claim)
    data = forged_review_form(claim, people)
    editor = browser_for(people["editor2"])
    assert editor.post(admin_url(review, "change"), data).status_code == 403
    review.refresh_from_db()
    assert (review.summary, review.rating) == ("We checked it.", rating("false"))
    # Approving the review as its reviewer wrote it is still the editor's job.
    editor.post(
        reverse("admin:claims_claim_changelist"),
        {"action": "approve_claims", "_selected_action": [claim.pk]},
    )
    published = Review.objects.get(claim=claim)
    assert published.published_at is not None
    assert (published.summary, published.author) == ("We checked it.", people["reviewer"])


def test_admin_actions_are_refused_to_reviewers(people: dict[str, Any], ratings: None) -> None:
    claim = claim_in("candidate", editor=people["editor"], reviewer=people["reviewer"])
    for role in ("staff_reviewer", "other_reviewer"):
        response = browser_for(people[role]).post(
            reverse("admin:claims_claim_changelist"),
            {"action": "queue_claims", "_selected_action": [claim.pk]},
        )
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert Claim.objects.get(pk=claim.pk).status == "candidate"


# --- item 12: hostile filter values -------------------------------------------------------

HOSTILE_VALUES = ("a\x00b", "99999999999999999999999", "9999")


def filter_parameters(model_admin: Any) -> list[str]:
    """Every query parameter a changelist's filters and date hierarchy read."""
    request = RequestFactory().get("/")
    request.user = make_user(username="probe", is_superuser=True, is_staff=True)
    changelist = model_admin.get_changelist_instance(request)
    names = ["q"]
    for spec in changelist.filter_specs:
        names.extend(spec.expected_parameters())
    if model_admin.date_hierarchy:
        names.extend(f"{model_admin.date_hierarchy}__{part}" for part in ("year", "month", "day"))
    return names


def test_hostile_filter_values_never_break_a_changelist(
    people: dict[str, Any], published: Claim
) -> None:
    browser = browser_for(people["admin"])
    failures = []
    tried = 0
    for model, model_admin in admin.site._registry.items():
        opts = model._meta
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        for name in filter_parameters(model_admin):
            for value in HOSTILE_VALUES:
                params = {name: value}
                if name.endswith(("__month", "__day")):
                    params[name.rsplit("__", 1)[0] + "__year"] = "9999"
                    params[name] = "12" if value == "9999" else value
                response = browser.get(url, params)
                tried += 1
                if response.status_code not in (200, 302):
                    failures.append((url, params, response.status_code))
                elif response.status_code == 302:
                    # Django's "invalid filter" path: the list again, without the filter.
                    assert response["Location"] == f"{url}?e=1", (url, params)
    assert tried > 100
    broken = sorted({url for url, _params, _status in failures})
    assert broken == [], failures


def test_a_nul_in_an_autocomplete_term_finds_nothing(
    people: dict[str, Any], published: Claim
) -> None:
    response = browser_for(people["editor"]).get(
        "/admin/autocomplete/",
        {
            "term": "Article\x00",
            "app_label": "claims",
            "model_name": "claim",
            "field_name": "article",
        },
    )
    assert response.status_code == 200
    assert response.json()["results"] == []


def test_the_admin_site_refuses_a_reviewer_through_the_role_not_the_staff_flag() -> None:
    from core import roles

    assert roles.can_use_admin(AnonymousUser()) is False
    reviewer = make_user(username="flagged", role="reviewer", is_staff=True)
    editor = make_user(username="ed", role="editor", is_staff=True)
    editor_not_staff = make_user(username="ned", role="editor", is_staff=False)
    assert not roles.can_use_admin(reviewer)
    assert roles.can_use_admin(editor)
    assert not roles.can_use_admin(editor_not_staff)


def test_demo_reviewers_are_not_staff_and_lose_an_old_staff_flag(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    monkeypatch.setenv("DEMO_PASSWORD", "demo-secret-42")
    # A reviewer made staff by the earlier version of the command.
    make_user(username="reviewer", role="reviewer", is_staff=True)
    call_command("create_demo_users", stdout=StringIO())
    staff = dict(get_user_model().objects.values_list("username", "is_staff"))
    assert staff == {"editor": True, "reviewer": False, "reviewer2": False}


def test_the_migration_takes_the_admin_only_permissions_from_the_roles() -> None:
    from django.apps import apps
    from django.contrib.auth.models import Group

    from core.roles import ROLE_PERMISSIONS

    migration = importlib.import_module("reviews.migrations.0006_role_permissions_admin")

    def codes(name: str) -> set[str]:
        group = Group.objects.get(name=name)
        return {
            f"{app}.{code}"
            for app, code in group.permissions.values_list("content_type__app_label", "codename")
        }

    migration.give_back(apps, None)  # the groups as 0002_roles made them before
    assert "reviews.change_review" in codes("reviewer")
    assert "reviews.change_assignment" in codes("editor")
    migration.take_away(apps, None)
    for name, wanted in ROLE_PERMISSIONS.items():
        assert codes(name) == set(wanted), name
