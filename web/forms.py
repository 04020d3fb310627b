"""Forms for the web pages: they parse and validate input; services do the work."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, time
from typing import Any, cast

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils import timezone
from django.utils.html import format_html_join
from django.utils.safestring import SafeString

from claims.models import ClaimStatus, ClaimType
from reviews.models import Rating, Stance
from web.fields import DayField, DayInput, WebAddressField

QUEUE_ORDERING_CHOICES = [
    ("-score", "Score, highest first"),
    ("score", "Score, lowest first"),
    ("due", "Due date, soonest first"),
    ("-due", "Due date, latest first"),
    ("-updated", "Recently updated"),
    ("updated", "Least recently updated"),
]
UPLOAD_SUFFIXES = (".txt", ".html", ".htm")


def person_name(user: Any) -> str:
    """A person as the pages name them, "Rita Reviewer (rita)": the name people know, the
    login they type."""
    full, username = user.get_full_name(), user.get_username()
    return f"{full} ({username})" if full else username


def reviewer_choices(reviewers: Iterable[Any]) -> list[tuple[str, str]]:
    choices = []
    for user in reviewers:
        # "Rita Reviewer (rita) — 0 open".
        name = person_name(user)
        load = getattr(user, "open_claims", None)
        label = f"{name} — {load} open" if load is not None else name
        choices.append((str(user.pk), label))
    return choices


def choices_of(field: forms.Field) -> list[tuple[Any, Any]]:
    """A choice field's choices, as Django normalises them (django-stubs types the attribute
    as anything it may be set to)."""
    return cast("list[tuple[Any, Any]]", cast(forms.ChoiceField, field).choices)


def option_tags(choices: Iterable[tuple[Any, Any]], selected: Any = None) -> SafeString:
    """`<option>` elements for a select's choices, the one equal to `selected` marked.

    format_html escapes every value and label (reviewers' names are user text). The queue's
    selects list every reviewer twice; written as a template loop, their options cost more
    than the table's rows (benchmarks/queue_page.py).
    """
    return format_html_join(
        "\n",
        '<option value="{}"{}>{}</option>',
        ((value, " selected" if value == selected else "", label) for value, label in choices),
    )


def end_of_day(day: Any) -> datetime | None:
    """A due date means the end of that day in the workbench's time zone."""
    if day is None:
        return None
    return timezone.make_aware(datetime.combine(day, time(23, 59)))


class QueueFilterForm(forms.Form):
    """The queue's filters, read from the URL so that a view can be shared."""

    q = forms.CharField(required=False, max_length=200, label="Search")
    status = forms.MultipleChoiceField(
        required=False, choices=ClaimStatus.choices, widget=forms.CheckboxSelectMultiple
    )
    claim_type = forms.ChoiceField(
        required=False, choices=[("", "Any type"), *ClaimType.choices], label="Type"
    )
    assignee = forms.ChoiceField(required=False, label="Assignee")
    rating = forms.ChoiceField(required=False, label="Rating")
    outlet = forms.CharField(required=False, max_length=200)
    min_score = forms.FloatField(required=False, min_value=0, max_value=1, label="Score from")
    max_score = forms.FloatField(required=False, min_value=0, max_value=1, label="to")
    ordering = forms.ChoiceField(required=False, choices=QUEUE_ORDERING_CHOICES, label="Sort")
    likely_duplicate = forms.BooleanField(required=False, label="Likely duplicates only")
    worth_checking = forms.BooleanField(required=False, label="Worth checking only")

    def __init__(
        self,
        *args: Any,
        reviewers: list[tuple[str, str]],
        ratings: list[tuple[str, str]],
        **kwargs: Any,
    ) -> None:
        """`reviewers`: reviewer_choices() of the reviewers one may filter by; `ratings`:
        (slug, label) of the ratings."""
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["assignee"]).choices = [
            ("", "Anyone"),
            ("me", "Me"),
            ("none", "Nobody"),
            *reviewers,
        ]
        cast(forms.ChoiceField, self.fields["rating"]).choices = [("", "Any rating"), *ratings]
        for name in ("min_score", "max_score"):
            self.fields[name].widget.attrs.update({"step": "0.05", "inputmode": "decimal"})
        # A search box: the widget's own input type (an attribute would print a second
        # `type`, which browsers ignore).
        cast(forms.TextInput, self.fields["q"].widget).input_type = "search"
        self.fields["q"].widget.attrs.update({"placeholder": "Claim text or claimant"})

    def select_options(self, name: str, selected: Any = None) -> SafeString:
        """The options of the select `name`, with `selected` (by default the value in the
        URL) selected."""
        if selected is None:
            selected = self[name].value()
        return option_tags(choices_of(self.fields[name]), "" if selected is None else selected)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        low, high = data.get("min_score"), data.get("max_score")
        if low is not None and high is not None and low > high:
            self.add_error("max_score", "The upper score must not be below the lower one.")
            data.pop("min_score", None)
        return data

    def filters(self) -> dict[str, Any]:
        """The valid filters only: a bad value is reported and left out, never a 500."""
        data = getattr(self, "cleaned_data", {})
        return {key: value for key, value in data.items() if value not in (None, "", [], False)}


class IdListField(forms.Field):
    """Several whole numbers posted under one name (checkboxes); the service checks them."""

    widget = forms.MultipleHiddenInput

    def to_python(self, value: Any) -> list[int]:
        if not value:
            return []
        try:
            return [int(item) for item in value]
        except (TypeError, ValueError):
            raise forms.ValidationError("Claim ids must be whole numbers.") from None


class BulkAssignForm(forms.Form):
    claims = IdListField(error_messages={"required": "Select at least one claim."})
    assignee = forms.ChoiceField(label="Assign to")
    # The queue's bulk bar labels it as "bulk_due".
    due_date = DayField(required=False, widget=DayInput({"id": "bulk_due"}), label="Due")

    def __init__(self, *args: Any, reviewers: list[tuple[str, str]], **kwargs: Any) -> None:
        """`reviewers`: reviewer_choices() of the reviewers one may assign to."""
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["assignee"]).choices = [
            ("least_loaded", "Least-loaded reviewer"),
            *reviewers,
        ]

    def assignee_options(self) -> SafeString:
        return option_tags(choices_of(self.fields["assignee"]))


class ArticleForm(forms.Form):
    """Paste an article's text or upload a .txt/.html file; the fields override metadata."""

    title = forms.CharField(required=False, max_length=500)
    url = WebAddressField(required=False, max_length=1000, label="URL")
    outlet = forms.CharField(required=False, max_length=200)
    author = forms.CharField(required=False, max_length=300)
    published_on = DayField(required=False, label="Published")
    body = forms.CharField(
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 14, "placeholder": "Paste the article text here"}),
        label="Text",
    )
    file = forms.FileField(
        required=False,
        label="…or upload a file",
        help_text="A .txt or .html file, UTF-8.",
        widget=forms.ClearableFileInput(attrs={"accept": ".txt,.html,.htm,text/plain,text/html"}),
    )

    def clean_file(self) -> UploadedFile | None:
        upload = self.cleaned_data.get("file")
        if not upload:
            return None
        name = upload.name or "file"
        if not name.lower().endswith(UPLOAD_SUFFIXES):
            raise forms.ValidationError(f"{name}: upload a .txt or .html file.")
        if upload.size is not None and upload.size > settings.UPLOAD_MAX_BYTES:
            raise forms.ValidationError(
                f"{name} is {upload.size:,} bytes; the limit is {settings.UPLOAD_MAX_BYTES:,} "
                "bytes."
            )
        return upload

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        has_body = bool((data.get("body") or "").strip())
        has_file = bool(data.get("file")) or "file" in self.errors
        if has_body and has_file:
            raise forms.ValidationError("Paste the text or upload a file, not both.")
        if not has_body and not has_file:
            raise forms.ValidationError("Paste the article's text or upload a file.")
        return data

    @classmethod
    def refused(cls, message: str) -> ArticleForm:
        """An empty form showing why the last post was refused before the form could read it
        (a body over the size limit is never parsed)."""
        form = cls(data={})
        form.errors.clear()  # not "paste the text": nothing of the post could be read
        form.add_error(None, message)
        return form


class ManualClaimForm(forms.Form):
    span_start = forms.IntegerField(min_value=0, label="From character")
    span_end = forms.IntegerField(min_value=1, label="to character")
    claimant = forms.CharField(required=False, max_length=300)
    claim_type = forms.ChoiceField(choices=ClaimType.choices, initial=ClaimType.OTHER, label="Type")


class ClaimEditForm(forms.Form):
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}))
    claimant = forms.CharField(required=False, max_length=300)
    claim_type = forms.ChoiceField(choices=ClaimType.choices, label="Type")
    version = forms.IntegerField(widget=forms.HiddenInput)


class ReviewForm(forms.Form):
    claim_as_stated = forms.CharField(
        required=False,
        max_length=2000,
        label="Claim as stated",
        help_text="The claim in a sentence, as the published fact-check states it. "
        "Starts as the claim's text; clear it to use that text again.",
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    rating = forms.ChoiceField(required=False, widget=forms.RadioSelect)
    summary = forms.CharField(
        required=False,
        label="Summary — what we found",
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    rationale = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 8}))
    version = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args: Any, ratings: Iterable[Rating], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["rating"]).choices = [("", "No rating yet")] + [
            (rating.slug, rating.label) for rating in ratings
        ]


class SourceForm(forms.Form):
    url = WebAddressField(
        max_length=2000, label="URL", error_messages={"required": "A source needs its web address."}
    )
    title = forms.CharField(required=False, max_length=500)
    publisher = forms.CharField(required=False, max_length=200)
    stance = forms.ChoiceField(choices=Stance.choices, initial=Stance.CONTEXT)
    excerpt = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}))


class NoteForm(forms.Form):
    body = forms.CharField(label="Note", widget=forms.Textarea(attrs={"rows": 2}))


class VersionForm(forms.Form):
    """Start, submit, approve, queue, restore: only the version the user saw.

    Each workflow form turns its input into the keyword arguments of its service
    (`arguments()`), so the web's action table holds one service call per rule.
    """

    version = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def arguments(self) -> dict[str, Any]:
        return {"version": self.cleaned_data.get("version")}


class DismissForm(VersionForm):
    reason = forms.CharField(required=False, max_length=500)

    def arguments(self) -> dict[str, Any]:
        return {**super().arguments(), "reason": self.cleaned_data.get("reason") or ""}


class AssignForm(VersionForm):
    assignee = forms.ChoiceField(label="Reviewer")
    due_date = DayField(required=False, label="Due")

    def __init__(self, *args: Any, reviewers: Iterable[Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["assignee"]).choices = [
            ("", "Choose a reviewer"),
            *reviewer_choices(reviewers),
        ]

    def arguments(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {
            **super().arguments(),
            "assignee": int(data["assignee"]),
            "due_at": end_of_day(data.get("due_date")),
        }


class RowAssignForm(VersionForm):
    """A queue row's assignment: the reviewer chosen in the row's select, or the signed-in
    user ("Assign to me", posted as `me`). The service checks that either is an active
    reviewer; the row always sends the version it showed."""

    version = forms.IntegerField(
        widget=forms.HiddenInput,
        error_messages={
            "required": "version: send the version the row showed.",
            "invalid": "version must be a whole number.",
        },
    )
    assignee = forms.IntegerField(
        required=False,
        min_value=1,
        label="Reviewer",
        error_messages={
            "invalid": "Choose a reviewer from the list.",
            "min_value": "Choose a reviewer from the list.",
        },
    )
    me = forms.BooleanField(required=False)

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("me") and data.get("assignee") is None and "assignee" not in self.errors:
            self.add_error("assignee", "Choose a reviewer to assign.")
        return data

    def arguments(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {**super().arguments(), "assignee": self.user if data["me"] else data["assignee"]}


class ReturnForm(VersionForm):
    comment = forms.CharField(
        label="What needs to change", widget=forms.Textarea(attrs={"rows": 2})
    )

    def arguments(self) -> dict[str, Any]:
        return {**super().arguments(), "comment": self.cleaned_data["comment"]}


class ReopenForm(VersionForm):
    note = forms.CharField(
        label="What is being corrected", widget=forms.Textarea(attrs={"rows": 2})
    )

    def arguments(self) -> dict[str, Any]:
        return {**super().arguments(), "note": self.cleaned_data["note"]}


class MergeForm(VersionForm):
    canonical = forms.IntegerField(min_value=1, label="Duplicate of claim #")

    def arguments(self) -> dict[str, Any]:
        return {**super().arguments(), "canonical": self.cleaned_data["canonical"]}
