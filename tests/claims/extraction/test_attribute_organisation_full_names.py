"""An organisation a story names in full and then by its first words speaks under its full
name ("Kestrel Pipelines ..." | "Kestrel said ..."), unless those words are a person's
name, the longer name is a product's or a title-case headline's. Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import claimants


@pytest.mark.parametrize(
    ("body", "full"),
    [
        (
            "A pipe owned by Kestrel Pipelines burst near the school on Sunday.\n\n"
            "Kestrel said it would pay for bottled water.",
            "Kestrel Pipelines",
        ),
        (
            "Nurses at Harwell Regional Medical Center voted to strike.\n\n"
            "Harwell Regional, which is owned by a chain, said it had offered raises.",
            "Harwell Regional Medical Center",
        ),
        (
            "Marlow Mutual Health will stop selling plans in three counties.\n\n"
            "Marlow said in a filing that its losses had become too large.",
            "Marlow Mutual Health",
        ),
        (
            "The county hired Dunmore Holdings LLC.\n\nDunmore said the audit was late.",
            "Dunmore Holdings LLC",
        ),
        (
            "The Greywell Broadband outage lasted a day.\n\n"
            "Greywell said the fault was fixed, according to a note to customers.",
            "Greywell Broadband",
        ),
    ],
)
def test_the_short_name_speaks_under_the_full_one(body: str, full: str) -> None:
    assert claimants(body)[-1] == full


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a person's surname, shown by a title
        (
            "Secretary Quill opened the fair. The Quill Foundation paid for it.\n\n"
            "Quill said the fair would return next year.",
            "Quill",
        ),
        # a product, not a body
        (
            "The Orvane Watch sold out in a day.\n\nOrvane said it would make more.",
            "Orvane",
        ),
        # a headline in title case
        (
            "Orvane Software Cuts Jobs Across Three Offices\n\n"
            "Orvane said the cuts would fall on its sales teams.",
            "Orvane",
        ),
    ],
)
def test_no_full_name_where_the_story_gives_none(body: str, speaker: str) -> None:
    assert claimants(body)[-1] == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # "the company": the organisation that spoke just before
        (
            "Corvantis sells advertising software.\n\nCorvantis said the lawsuit was "
            'baseless.\n\n"Our customers can leave whenever they want," the company said.',
            "Corvantis",
        ),
        (
            "Marlow Mutual Health will leave three counties.\n\nMarlow said in a filing with "
            "the state that its losses were too large. The company said it paid $1.31 in "
            "claims for every dollar of premiums.",
            "Marlow Mutual Health",
        ),
        # "It said" after the organisation, under its full name
        (
            "A pipe owned by Kestrel Pipelines burst on Sunday.\n\nKestrel said it was sorry "
            "for the disruption. It said crews were drilling around the leak.",
            "Kestrel Pipelines",
        ),
        # "the insurer", "the system": a name that shows it
        (
            "Cordavia Health Plans and the hospital are at odds.\n\nCordavia said talks "
            "would go on. The insurer said rates would rise.",
            "Cordavia Health Plans",
        ),
        (
            "Brenford Health System bought the clinic in 2021.\n\nBrenford said the ward "
            "would close. The system said too few babies were born there.",
            "Brenford Health System",
        ),
    ],
)
def test_the_body_that_spoke_is_the_company(body: str, speaker: str) -> None:
    assert claimants(body)[-1] == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # two people, not a body
        (
            "Both said the mill should stay open.\n\n"
            '"We cannot lose those jobs," the company said.',
            "the company",
        ),
        # a name that shows no hospital
        (
            "Corvantis said the lawsuit was baseless.\n\nThe hospital said it would appeal.",
            "the hospital",
        ),
        # spoken long before
        (
            "Corvantis said the lawsuit was baseless.\n\n"
            + "The judge set a date. " * 7
            + "\n\nThe company said it would appeal.",
            "the company",
        ),
    ],
)
def test_no_body_that_spoke_for_the_company(body: str, speaker: str) -> None:
    assert claimants(body)[-1] == speaker


def test_a_described_company_named_before_it_said() -> None:
    body = (
        "The American software company Auralis is to cut 900 jobs in Britain, it announced "
        "on Tuesday.\n\nThe company said the cuts were part of a wider plan."
    )
    assert claimants(body) == ["Auralis", "Auralis"]


def test_a_described_company_with_no_name_stays_described() -> None:
    body = "The software company will cut 900 jobs in Britain, it announced on Tuesday."
    assert claimants(body) == ["the software company"]


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        # a name that only a body's name ends with, then "It said"
        (
            "Brenmoor Health Systems said hackers had read patient names. It said it had "
            "found no sign of fraud.",
            ["Brenmoor Health Systems", "Brenmoor Health Systems"],
        ),
        # the body a sentence opens with, then "the company said"
        (
            "Tolvane Software will cut 900 jobs, the company said Wednesday.\n\nWorkers "
            "will get 16 weeks of pay, the company said. Staff abroad will get what local "
            "law requires, it said.",
            ["Tolvane Software", "Tolvane Software", "Tolvane Software"],
        ),
        # a company described by its trade
        (
            "Tolvane Software said it will cut 900 jobs.\n\n"
            "The Renwick-based retailer said the cuts would fall on its stores.",
            ["Tolvane Software", "Tolvane Software"],
        ),
        # the full name without a possessive's apostrophe
        (
            "Investors cheered Lattwell Systems' offer for the mill.\n\n"
            "Lattwell said the offer would stand until June.",
            ["The Ledger", "Lattwell Systems"],
        ),
    ],
)
def test_the_company_by_its_name_and_trade(body: str, speakers: list[str]) -> None:
    assert claimants(body) == speakers


def test_a_trade_with_no_company_before_stays_described() -> None:
    body = "The mayor spoke first.\n\nThe Renwick-based retailer said the cuts would fall."
    assert claimants(body)[-1] == "the Renwick-based retailer"


def test_a_ratings_agency_by_its_full_name() -> None:
    body = "Tarnwell Credit Ratings cut the county's rating.\n\nTarnwell said it would review it."
    assert claimants(body)[-1] == "Tarnwell Credit Ratings"
