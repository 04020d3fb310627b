"""The claim timeline in plain words: field labels instead of developer names, and long
before/after texts as a short word diff with the full texts behind "Show all"."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from django.urls import reverse

from reviews import services
from reviews.services.claims import CLAIM_EDITABLE
from web.timeline import FIELD_LABELS, Piece, field_label, word_diff

ROOT = Path(__file__).resolve().parents[2]
# Where the services write timeline events, and the fields the verdict's save records.
RECORDING = [
    *sorted((ROOT / "reviews" / "services").glob("*.py")),
    ROOT / "matching" / "services.py",
]
VERDICT_FIELDS = ("rating", "summary", "rationale")


def recorded_fields() -> set[str]:
    fields = {*CLAIM_EDITABLE, *VERDICT_FIELDS}
    for path in RECORDING:
        fields |= set(re.findall(r'\bfield="(\w+)"', path.read_text()))
    return fields


def test_every_field_the_services_record_has_a_plain_label() -> None:
    fields = recorded_fields()
    assert {"status", "assignee", "text", "claim_type", "sources", "matches"} <= fields
    assert fields - set(FIELD_LABELS) == set()
    assert field_label("claim_type") == "Type" and field_label("text") == "Claim text"
    # One not labelled yet still reads as words, not as a column name.
    assert field_label("claim_reviewed") == "Claim reviewed"


def test_the_verdict_save_records_the_fields_the_test_assumes() -> None:
    source = (ROOT / "reviews" / "services" / "verdict.py").read_text()
    assert '(("summary", summary), ("rationale", rationale))' in source
    assert 'changes["rating"]' in source


def test_a_word_diff_shows_the_changed_words_with_a_little_context() -> None:
    before = (
        "CHICAGO (AP) — Illinois's unemployment rate has halved since 2021, the governor said "
        "on Tuesday, a figure that opposition lawmakers immediately disputed."
    )
    after = (
        "Illinois's unemployment rate has halved since 2021, the governor said "
        "on Tuesday, a figure that opposition lawmakers disputed."
    )
    assert word_diff(before, after) == [
        Piece("removed", "CHICAGO (AP) —"),
        Piece("same", "Illinois's unemployment rate has"),
        Piece("gap", "…"),
        Piece("same", "figure that opposition lawmakers"),
        Piece("removed", "immediately"),
        Piece("same", "disputed."),
    ]


def test_a_replaced_word_is_removed_then_added() -> None:
    assert word_diff("the rate fell", "the rate rose") == [
        Piece("same", "the rate"),
        Piece("removed", "fell"),
        Piece("added", "rose"),
    ]
    # With one word of context, the words before it fold into a gap.
    assert word_diff("the rate fell", "the rate rose", context=1)[:2] == [
        Piece("gap", "…"),
        Piece("same", "rate"),
    ]


LONG = (
    "Unemployment fell to 3.9 percent in March, the ministry said, the lowest level "
    "recorded since the statistics office began its monthly survey in 1991."
)


@pytest.mark.django_db
def test_the_workspace_timeline_reads_in_plain_words(
    client_for: Any, editor: Any, claim_in: Any
) -> None:
    claim = claim_in("queued", text=LONG)
    services.claim_update(
        claim=claim,
        by=editor,
        changes={
            "text": LONG.replace("fell to 3.9", "dropped to <3.9>"),
            "claim_type": "comparison",
            "claimant": "The ministry",
        },
        version=claim.version,
    )
    html = client_for(editor).get(reverse("web-claim", args=[claim.pk])).content.decode()
    timeline = html.split('id="panel-timeline"')[1].split("</section>")[0]
    labels = re.findall(r'<span class="field-label">([^<]*)</span>', timeline)
    assert {"Claim text", "Type", "Claimant"} <= set(labels)
    assert "field-name" not in timeline and "claim_type" not in timeline
    # The long text as a diff: only the changed words, escaped, with the rest behind a fold.
    diff = re.search(r'<p class="diff">(.*?)</p>', timeline, re.S)
    assert diff is not None
    assert '<del class="diff-removed">fell</del>' in diff.group(1)
    assert '<ins class="diff-added">dropped</ins>' in diff.group(1)
    assert "&lt;3.9&gt;" in diff.group(1) and "<3.9>" not in timeline
    assert "statistics office" not in diff.group(1)  # far from the change
    details = re.search(
        r'<details class="change-all"><summary>Show all</summary>(.*?)</details>', timeline, re.S
    )
    assert details is not None and LONG in details.group(1)
    # A short change stays "before → after", the type by its label.
    assert "Comparison" in timeline
    assert "style=" not in timeline and "<script" not in timeline
