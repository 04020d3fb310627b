"""The streamed formats write each verdict directly, without building the item dict first;
they must write exactly what encoding the item (or the ClaimReview object made from it)
would. The golden files pin a handful of verdicts; here any verdict, with any text in it.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from reviews.export import Verdict, csv_line, csv_row, dumps, verdict_item, verdict_json
from reviews.export.claimreview import ClaimReviewWriter, claimreview_from_item

# Any text, with the characters JSON and spreadsheets treat specially made likely.
text = st.text(
    alphabet=st.one_of(
        st.characters(),
        st.sampled_from(['"', "\\", ",", "\n", "\r", "\t", "\x01", "\u2028", "=", "-"]),
    ),
    max_size=30,
)
maybe_text = st.none() | text
ids = st.integers(min_value=1, max_value=2**63 - 1)
ordinal = st.none() | st.integers(min_value=1, max_value=32767)
appearance = st.tuples(maybe_text, text, text, maybe_text)
rating = st.none() | st.tuples(text, text, ordinal, ordinal, ordinal)
source = st.tuples(text, text, text, text, maybe_text)
revision = st.fixed_dictionaries(
    {
        "number": st.integers(min_value=1, max_value=99),
        "rating": st.none()
        | st.fixed_dictionaries({"label": text, "slug": text, "value": ordinal}),
        "summary": text,
        "published_at": maybe_text,
        "superseded_at": maybe_text,
        "correction_note": maybe_text,
    }
)
verdicts = st.builds(
    Verdict,
    id=ids,
    review_id=ids,
    claim_text=text,
    claim_as_stated=text,
    claimant=text,
    claim_date=maybe_text,
    appearances=st.lists(appearance, min_size=1, max_size=3),
    rating=rating,
    summary=text,
    rationale=text,
    sources=st.lists(source, max_size=3),
    reviewer=maybe_text,
    approver=maybe_text,
    published_at=maybe_text,
    updated_at=maybe_text,
    corrected_at=maybe_text,
    correction_note=maybe_text,
    revisions=st.lists(revision, max_size=2),
    url=text,
)


@settings(max_examples=300, deadline=None)
@given(verdicts)
def test_a_verdict_line_is_exactly_its_item_encoded(verdict: Verdict) -> None:
    ratings: dict[Any, str] = {}
    line = verdict_json(verdict, ratings)
    assert line == dumps(verdict_item(verdict))
    # The second time its rating's JSON comes from the cache.
    assert verdict_json(verdict, ratings) == line


@settings(max_examples=300, deadline=None)
@given(verdicts)
def test_a_claimreview_is_exactly_the_object_made_from_the_item(verdict: Verdict) -> None:
    write = ClaimReviewWriter()
    expected = dumps(claimreview_from_item(verdict_item(verdict)))
    assert write(verdict) == expected
    assert write(verdict) == expected  # rating and claimant from the writer's caches


def _csv_row_from_item(item: dict[str, Any]) -> list[Any]:
    """The CSV columns as documented, from the item."""
    rating = item["rating"] or {}
    values = [
        item["id"],
        item["claim_text"],
        item["claim_as_stated"],
        item["claimant"],
        item["claim_date"],
        " ".join(a["url"] for a in item["appearances"] if a["url"]),
        "; ".join(dict.fromkeys(a["outlet"] for a in item["appearances"] if a["outlet"])),
        rating.get("label"),
        rating.get("slug"),
        rating.get("value"),
        rating.get("best"),
        rating.get("worst"),
        item["summary"],
        item["rationale"],
        " ".join(s["url"] for s in item["sources"]),
        " ".join(s["archived_url"] or "" for s in item["sources"]),
        item["reviewer"],
        item["approver"],
        item["published_at"],
        item["updated_at"],
        item["corrected_at"],
        item["correction_note"],
        item["url"],
    ]
    formula = ("=", "+", "-", "@", "\t", "\r")
    return ["'" + v if isinstance(v, str) and v.startswith(formula) else v for v in values]


@settings(max_examples=300, deadline=None)
@given(verdicts)
def test_a_csv_row_has_the_item_s_values(verdict: Verdict) -> None:
    assert csv_row(verdict) == _csv_row_from_item(verdict_item(verdict))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.none() | text | st.integers(), min_size=2, max_size=25))
def test_a_csv_line_is_what_the_csv_module_writes(values: list[Any]) -> None:
    # (At least two cells: the csv module quotes a lone empty cell; an export row has 21.)
    sink = io.StringIO()
    csv.writer(sink).writerow(values)
    assert csv_line(values) == sink.getvalue()
