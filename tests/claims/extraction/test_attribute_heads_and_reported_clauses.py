"""Who heads or belongs to a body speaks as described ("The head of the union said" was
nobody's, "The head of the Tarn Union said" was "The head"); a participle that reports
the opener's words keeps them the opener's when a name inside its clause holds a view
("Orrin was blunt, claiming that Pellow wanted ..." is Orrin's); more plural nouns are
groups ("participants", "witnesses"), and a group named by its place can take a
clause after it. Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import OUTLET, claimants, last


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The head of the union said the toll should fall.", "the head of the union"),
        ("The chairman of the board has said the toll should fall.", "the chairman of the board"),
        ("The head of the Tarn Union said the toll should fall.", "the head of the Tarn Union"),
        ("A member of the board told the Ledger the toll would pass.", "a member of the board"),
        (
            "The deputy head of the county's delegation said the toll should fall.",
            "the deputy head of the county's delegation",
        ),
        ("But the owner of the mill told the Ledger the toll was unfair.", "the owner of the mill"),
        ('"The toll must fall," said the head of the union.', "the head of the union"),
        ("The toll must fall, the head of the union said.", "the head of the union"),
        # not a passive, and a name in apposition is still the name; at a quotation's
        # close, as before
        ("The head of the union is said to back the toll.", OUTLET),
        ('"The toll must fall," said the chairman of the board, Ada Pike.', "Ada Pike"),
        ("The head of the union, Ada Pike, said the toll should fall.", "Ada Pike"),
        ('"The toll must fall," the head of the union said.', "the head of the union"),
    ],
)
def test_the_head_or_member_of_a_body_speaks_as_described(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


def test_a_name_with_its_role_in_apposition_keeps_the_name() -> None:
    # (the apposition's closing comma left out, as copy sometimes does)
    body = (
        "Sam Orrin, the press officer for the Harbor Party said in an email."
        ' "Nobody can count those slips twice."'
    )
    assert claimants(body) == ["Sam Orrin", "Sam Orrin"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tad Orrin was blunt, claiming without evidence that Pellow wanted a toll.", "Tad Orrin"),
        ("Tad Orrin went further, saying that Pellow believes the toll is fair.", "Tad Orrin"),
        (
            "Two days earlier, at a fair in Salem, Ore., Mr. Orrin was no softer, claiming"
            " with no proof that Governor Pellow wanted to raise the toll.",
            "Tad Orrin",
        ),
        ("Voters were angry, saying Pellow wanted a toll.", "Voters"),
        # what was read before is read as before
        ("Tad Orrin defended the plan, saying that Pellow wanted a toll.", "Tad Orrin"),
    ],
)
def test_a_participle_reports_the_openers_words(sentence: str, expected: str) -> None:
    body = f"Tad Orrin faces Governor Ada Pellow in the fall.\n\n{sentence}"
    assert claimants(body)[-1] == expected


def test_a_later_he_is_the_one_the_participle_reported() -> None:
    body = (
        "Governor Ada Pellow spoke in Dover on Sunday.\n\n"
        "Two days earlier, at a fair in Salem, Ore., Mr. Tad Orrin was no softer,"
        " claiming with no proof that Governor Pellow wanted to raise the toll."
        ' "You would have to be out of your mind," he said.'
    )
    assert claimants(body)[-2:] == ["Tad Orrin", "Tad Orrin"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("To win their votes, participants said, the council must drop the toll.", "participants"),
        ("The driver fled on foot, witnesses said.", "witnesses"),
        (
            "Voters in Dover who watched the debate said they were unmoved.",
            "Voters in Dover who watched the debate",
        ),
        ("Members of the county board accused Pellow of lying.", "Members of the county board"),
        ("Harbor residents have accused the mayor of hiding the audit.", "Harbor residents"),
        # not a group accused of something
        ("Members of the board accused of bribery resigned on Monday.", OUTLET),
        (
            "Lawyers for the growers, a group of orchard owners, said the toll was void.",
            "Lawyers for the growers",
        ),
        (
            "Officials at the port, speaking on condition of anonymity, said the pier was shut.",
            "Officials at the port",
        ),
        (
            "Her critics in the valley, many of them retired farmers, argue the toll is unfair.",
            "Her critics in the valley",
        ),
        # what was read before is read as before
        ("Attendees told the Ledger the hall was half empty.", "Attendees"),
        ("Voters who watched the debate said they were unmoved.", "Voters who watched the debate"),
        ("Voters in Dover said they were unmoved.", "Voters in Dover"),
    ],
)
def test_more_plural_nouns_and_clauses_make_a_group(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


def test_a_qualified_role_is_not_the_bare_one() -> None:
    body = (
        "Gov. Mara Delvin signed the budget on Friday. Lt. Gov. Tom Reyes, who presides over"
        " the Senate, had opposed several of its cuts.\n\n"
        "The governor said the budget protected schools. The lieutenant governor said it"
        " shortchanged rural clinics. The deputy mayor said the city would sue."
    )
    assert claimants(body)[-3:] == ["Mara Delvin", "Tom Reyes", "the deputy mayor"]


@pytest.mark.parametrize(
    ("intro", "sentence", "expected"),
    [
        (
            "Comptroller Jim Hale warned that revenue could fall short.",
            "The comptroller said sales tax receipts were down 3 percent.",
            "Jim Hale",
        ),
        (
            "Secretary of State Ada Roe arrived in Oslo on Monday.",
            "The secretary of state said talks would resume.",
            "Ada Roe",
        ),
        (
            "Delvin's chief of staff, Ann Cole, said talks with clinics would go on.",
            "The chief of staff added that no clinic would close this year.",
            "Ann Cole",
        ),
        # what was read before is read as before
        (
            "Gov. Mara Delvin signed the budget on Friday.",
            "The governor said the budget protected schools.",
            "Mara Delvin",
        ),
    ],
)
def test_an_office_named_before_is_its_holder(intro: str, sentence: str, expected: str) -> None:
    assert claimants(f"{intro}\n\n{sentence}")[-1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Farm groups condemned the toll on Monday.", "Farm groups"),
        ("Some Harbor experts have urged the council to drop the levy.", "some Harbor experts"),
        ("Rival candidates have long criticized Pellow for her votes.", "Rival candidates"),
        ("Harbor business owners welcomed the vote.", "Harbor business owners"),
        ("Tarn Valley farmers called on the council to drop the toll.", "Tarn Valley farmers"),
        ("Other local papers have asked for copies of the audit.", "Other local papers"),
        ("Most valley farmers support the toll on trucks.", "most valley farmers"),
        # not a noun after a plural
        ("Harbor customers support staff were cut in March.", OUTLET),
        # not a threat to act
        ("County prosecutors threatened to charge him with fraud.", OUTLET),
        # a passive or a perfect the phrase would take in, and a relative clause's verb
        (
            "Pellow's shifting explanations of the levy this week have been questioned by"
            " reporters.",
            OUTLET,
        ),
        ("Some of you have also questioned if the mayor is ready.", OUTLET),
        (
            "Even voters who have praised the mayor warned on Tuesday that the levy may fail.",
            "Even voters who have praised the mayor",
        ),
    ],
)
def test_a_group_that_takes_a_stance(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


def test_a_relative_clauses_verb_makes_no_group() -> None:
    # (the clerk may be read as questioning them; the files are no group that speaks)
    got = last("Some old tax files that the clerk questioned now sit in a locked vault.")
    assert "files" not in got


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a head "of" something with an owner before it gave the outlet
        ("Lusk's chief of staff said the senator would vote no.", "Lusk's chief of staff"),
        ("Her chief of staff said the senator would vote no.", "her chief of staff"),
        (
            "The Dover campaign's director of communications said the ad was false.",
            "the Dover campaign's director of communications",
        ),
        (
            "The Harbor Council chief of staff said the levy was void.",
            "the Harbor Council chief of staff",
        ),
        # with a clause set off between the head and the verb
        (
            "Lusk's chief of staff, who asked not to be named because he was not authorized"
            " to speak, said the senator would vote no.",
            "Lusk's chief of staff",
        ),
        (
            "The head of the union, speaking on condition of anonymity, said the strike"
            " would go ahead.",
            "the head of the union",
        ),
    ],
)
def test_an_owned_head_of_something_speaks(sentence: str, speaker: str) -> None:
    assert claimants(sentence) == [speaker]


def test_a_contraction_is_no_owner_of_a_head() -> None:
    # "he’s with former secretary of state ..." is no "X's secretary of state"
    sentence = "Murphy, though, said he’s with former secretary of state Ada Lusk, who he backs."
    assert claimants(sentence) == ["Murphy"]
