"""The timeline's labels and word diffs (web/timeline.py) for the templates."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from claims.models import ClaimType
from reviews.models import TimelineEvent
from web import timeline
from web.templatetags.workbench_tags import timeline_value

register = template.Library()

TAGS = {"same": "span", "gap": "span", "removed": "del", "added": "ins"}
CLAIM_TYPE_LABELS = dict(ClaimType.choices)
CLASSES = {"same": "diff-same", "gap": "diff-gap", "removed": "diff-removed", "added": "diff-added"}


@register.filter
def field_label(field: str) -> str:
    return timeline.field_label(field)


@register.filter
def edit_count(events: Iterable[Any]) -> int:
    """How many times the claim's text, claimant or type was saved, from its timeline (one
    save that changes several fields records an event for each, within the same moment)."""
    return timeline.edit_count(
        (event.actor_id, event.field, event.created_at)
        for event in events
        if event.action == TimelineEvent.Action.EDITED
    )


@register.filter
def change_value(value: Any, field: str) -> str:
    """A before/after value as timeline_value reads it, a claim type by its label."""
    if field == "claim_type" and value in CLAIM_TYPE_LABELS:
        return str(CLAIM_TYPE_LABELS[value])
    return timeline_value(value, field)


@register.filter
def word_diff(event: Any) -> SafeString | str:
    """A long before/after text of a timeline event as its changed words (escaped), or ""
    when the event is better shown in full."""
    if not timeline.wants_diff(event.before, event.after):
        return ""
    pieces = timeline.word_diff(event.before, event.after)
    if not any(piece.kind in ("removed", "added") for piece in pieces):
        return format_html('<span class="diff-same">{}</span>', "Only the spacing changed.")
    return format_html_join(
        " ",
        '<{} class="{}">{}</{}>',
        ((TAGS[piece.kind], CLASSES[piece.kind], piece.text, TAGS[piece.kind]) for piece in pieces),
    )
