"""Where a quotation ends when its marks do not match: a single closing mark typed for
the double one ends it; a single quotation inside a double one closes only itself.
Invented sentences."""

from __future__ import annotations

from tests.claims.extraction.claimants import OUTLET, claimants


def test_a_single_mark_typed_for_the_double_one_ends_the_quotation() -> None:
    # '“... levy.’': the mistyped closing mark ends Osei's words; the narration after it
    # is the outlet's
    body = (
        "Celebrities went on Twitter to applaud the plan.\n\n"
        "Rita Osei tweeted: “Let’s go. We can stop the levy.’ Osei was in the council "
        "chamber for the vote on Tuesday. She became a voice for the levy after the flood."
    )
    assert claimants(body)[-3:] == ["Rita Osei", OUTLET, OUTLET]


def test_a_single_quotation_inside_a_double_one_closes_only_itself() -> None:
    # the ‘ opened a sentence before: its ’ closes it, and Osei's quotation goes on
    body = (
        "“I was in Dover the other day and a young woman stopped me,” said Rita Osei. "
        "“She said, ‘Thank you for opening the clinic. I had to drive 400 miles.’ So that’s "
        "the impact. The levy is far beyond that.”"
    )
    assert claimants(body)[-2:] == ["Rita Osei", "Rita Osei"]


def test_a_plural_possessive_is_no_closing_mark() -> None:
    body = (
        "Rita Osei spoke on Monday: “We heard the voters’ anger. The levy must go. "
        "It costs $4 million.”"
    )
    assert claimants(body)[-1] == "Rita Osei"
