"""Sources after "according to" (papers from someone, a place that closes the phrase, a
person's home), a nation's official, and a share of a group inside a sentence. Invented
sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import OUTLET, last


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # papers and figures from someone: the one they are from
        (
            "According to White House-era memos from Ada Pikett, the mayor had opposed the levy.",
            "Ada Pikett",
        ),
        (
            "According to data from the Census Bureau, the town lost 4,000 people.",
            "the Census Bureau",
        ),
        (
            "According to the latest figures available from the Census Bureau, the town shrank.",
            "the Census Bureau",
        ),
        # a person's home is no part of the name
        (
            "A living wage is $12 an hour in Dover, according to calculations by Ada Pikett of "
            "the Dover Institute of Technology.",
            "Ada Pikett",
        ),
        # a place after the source closes its phrase
        (
            "Mell leads by nine points, according to the Dover Ledger polling average in Ohio.",
            "the Dover Ledger polling average",
        ),
        # evidence another compiled: the one who compiled it
        (
            "Mell leads by three points, according to the mean of county polls compiled "
            "by the Dover Ledger.",
            "the Dover Ledger",
        ),
        # (as before: an organisation keeps its "of"; people from places are the people)
        ("According to the Bank of Ohio, rates will rise.", "the Bank of Ohio"),
        ("According to a weekly tally by the Herald, 40 mayors oppose the levy.", "the Herald"),
        (
            "According to the county chairs from Jefferson and Arapahoe, the caucus was fair.",
            "the county chairs",
        ),
    ],
)
def test_the_source_after_according_to(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


def test_a_medium_after_in_is_kept() -> None:
    sentence = (
        "Coin tosses settled four precincts, according to a short report in the Dover Courier."
    )
    assert last(sentence) == "a short report in the Dover Courier"


def test_according_to_their_advisers() -> None:
    sentence = (
        "According to their friends and longtime advisers, the couple have worried for months that "
        "the levy would fail."
    )
    assert last(sentence) == "their friends and longtime advisers"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Exports fell in March, a Chinese official said.", "a Chinese official"),
        ("An Israeli official said Wednesday that the talks would resume.", "an Israeli official"),
        # (as before: a party's member)
        ("A Democratic aide said the vote would be close.", "a Democratic aide"),
    ],
)
def test_a_nations_official_is_one_unnamed_person(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A slim majority of Republican county voters say they are following the levy "
            "fight; 26 percent of Republicans say they are not.",
            "a slim majority of Republican county voters",
        ),
        (
            "By June, up to 40 percent of Mell voters said they would stay home.",
            "up to 40 percent of Mell voters",
        ),
        (
            "By spring, three-quarters of the voters in Dover said they were worried.",
            "three-quarters of the voters in Dover",
        ),
        (
            "Raising taxes that early, a wide array of analysts say, slowed the recovery.",
            "a wide array of analysts",
        ),
        # (as before)
        ("Grain traders also say the harvest is late.", "Grain traders"),
    ],
)
def test_a_share_of_a_group_inside_a_sentence(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('"Sick leave," the memo states, begins after a year.', "the memo"),
        ("A third of renters, 38 percent, say the rent doubled.", "a third of renters"),
        ("And until the mill shut, most of them said the work was good.", "most of them"),
        (
            "And in Ohio, a Marist poll for the Ledger released last week actually showed Mell "
            "ahead.",
            "a Marist poll for the Ledger",
        ),
        # (as before: who made it is kept, and the place where)
        (
            "A county poll released Sunday by the Ledger and the Courier showed Mell ahead.",
            "a county poll released Sunday by the Ledger and the Courier",
        ),
        ("The audit released Monday found waste.", "the audit"),
    ],
)
def test_documents_that_state_shares_of_and_trimmed_evidence(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The newspaper reported that the mayor met privately with the tenants.", "the newspaper"),
        ("The company reported its lowest yearly revenue since 1998.", "the company"),
        (
            "The regional grocery chain reported a loss of 12 cents a share.",
            "the regional grocery chain",
        ),
        ("Several outlets reported on Friday that the dam had cracked.", "several outlets"),
        ("The plan was first reported by the Dover Courier.", "the Dover Courier"),
        ("The memo was first reported on Monday by the Courier's Tad Mellor.", "Tad Mellor"),
        ("Ohio polls have shown Mell and Quillon tied for second place.", "Ohio polls"),
        # (not a report of anything)
        ("The company reported to the police at noon.", OUTLET),
    ],
)
def test_bodies_and_media_that_report(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            '"The damage is beyond measure," county prosecutors wrote in their filing.',
            "county prosecutors",
        ),
        ('"The damage is beyond measure," prosecutors added.', "prosecutors"),
        ("Almost seven out of 10 say that the bridge needs repair.", "almost seven out of 10"),
        (
            "About four out of 10 tenants said the rent was too high.",
            "about four out of 10 tenants",
        ),
        (
            'Her campaign mailed a short letter to donors saying: "We can still win."',
            "Alma Brisco's campaign",
        ),
        # (as before: a year is no share)
        ("In 2016 said the plan.", OUTLET),
    ],
)
def test_groups_after_a_quotation_and_shares_out_of(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('"The ferry is late again," wrote the Dover Courier.', "the Dover Courier"),
        ('"The ferry is late again," said the Harbor Board.', "the Harbor Board"),
        ('"The ferry is late again," said the Rev. Ada Pikett.', "Ada Pikett"),
        ('"The ferry is late again," said the Senate Majority Leader Ted Lusk.', "Ted Lusk"),
    ],
)
def test_the_before_a_name_after_the_verb(sentence: str, expected: str) -> None:
    assert last(sentence) == expected
