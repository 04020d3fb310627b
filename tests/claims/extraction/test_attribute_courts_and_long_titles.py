"""Courts and bodies whose names hold an ordinal keep their whole names ("the Tarn Appeals
Court for the 5th District said" gave "District"), and a court's holding is its
statement ("ruled that"); a company's officer with a long title and a name in apposition
speaks after a quotation in either mark; a description in apposition to a name leaves
the name the speaker even before a relative clause; "called his rival '...'" after an
apposition and a clause, and a question put to someone with a descriptor before their
name, are the subject's. Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import OUTLET, claimants, last


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Tarn Appeals Court for the 5th District said the toll map broke state law.",
            "the Tarn Appeals Court for the 5th District",
        ),
        (
            "The 14th District Court of Tarn said the toll map broke state law.",
            "the 14th District Court of Tarn",
        ),
        # (as before: after "for")
        (
            "A spokeswoman for the 37th Infantry Brigade said the convoy left at dawn.",
            "a spokeswoman for the 37th Infantry Brigade",
        ),
        # an ordinal in a place or a street before the subject is no part of it
        ("On the 3rd Avenue pier, Ada Pike said the toll map was unfair.", "Ada Pike"),
        # the body opens the sentence and its verb of saying comes later
        (
            "But the Tarn Court of Appeals for the 2nd District disagreed and said it was fair.",
            "the Tarn Court of Appeals for the 2nd District",
        ),
    ],
)
def test_a_body_with_an_ordinal_keeps_its_whole_name(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The state supreme court ruled that the toll map broke state law.",
            "the state supreme court",
        ),
        ("A district judge ruled Thursday that the toll map broke state law.", "a district judge"),
        # a court's finding; a court's capitalised name before the judge
        ("A federal judge found that the toll map broke state law.", "a federal judge"),
        ("The jury found that Pike had lied to the board.", "the jury"),
        ("A Tarn County jury found that Pike had lied to the board.", "a Tarn County jury"),
        (
            "In 2024, a Tarn Superior Court judge ruled that the toll map broke state law.",
            "a Tarn Superior Court judge",
        ),
        # (a finding is the court's only: a poll's or a person's is read elsewhere)
        ("A neighbour found that the toll booth had closed.", OUTLET),
        # what was read before is read as before: "ruled out" reports no words
        ("Senator Ivo Marsh ruled out a run for the governor's seat.", OUTLET),
    ],
)
def test_a_courts_holding_is_its_statement(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    "body",
    [
        "''We saw no link at all,'' Tarnwell's chief human resources officer, Oda Brenn, "
        "told the Ledger in 2019.",
        '"We saw no link at all," Tarnwell\'s chief human resources officer, Oda Brenn, '
        "told reporters.",
    ],
)
def test_an_officer_with_a_long_title_speaks_after_a_quotation(body: str) -> None:
    assert claimants(body) == ["Oda Brenn"]


def test_a_possessive_does_not_open_a_clause_of_why_or_what() -> None:
    # the owned phrase may now run four words ("chief human resources officer"), so
    # "why" and its clause are kept out of it: without that, "Here's why voters feel
    # so" would be the speaker of "worried"
    assert last("Here's why voters feel so worried about the toll's rising cost.") == OUTLET


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ada Pike, a former Tarn County senator, who served two terms, told reporters the "
            "toll was doomed.",
            "Ada Pike",
        ),
        (
            '"The toll is doomed," Ada Pike, a former county senator, who served two terms, '
            "told reporters.",
            "Ada Pike",
        ),
        # what was read before is read as before: no name before the description
        (
            "In Dover, a former county senator told reporters the toll was doomed.",
            "a former county senator",
        ),
    ],
)
def test_a_description_in_apposition_leaves_the_name_the_speaker(
    sentence: str, expected: str
) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ivo Marsh, the former Tarn County mayor, who has chafed at the rookie's rise, "
            "called his rival ''glib and untested.''",
            "Ivo Marsh",
        ),
        # (as before, with no apposition)
        (
            'The mill, which laid him off in May, called his claims "plainly false."',
            "the mill",
        ),
        # what was read before is read as before: a name given to a thing is nobody's words
        ('Ada Pike\'s toll bill, called the "Fair Roads Act," would double the fee.', OUTLET),
    ],
)
def test_naming_after_an_apposition_and_a_clause_is_the_subjects(
    sentence: str, expected: str
) -> None:
    assert last(sentence) == expected


def test_a_question_put_to_a_former_official_is_the_askers() -> None:
    sentence = (
        "Oda Brenn, a mill owner and head of the Tarn Trade Council, asked former Treasury "
        "Secretary Ivo Marsh whether the toll would ever fall."
    )
    assert last(sentence) == "Oda Brenn"
