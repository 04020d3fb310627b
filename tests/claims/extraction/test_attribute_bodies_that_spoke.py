"""Bodies a story names once and then calls by what they are: "the mill", "the utility",
"the force"; the organisation that spoke of itself as "it" for "the company" or "the
hospital" when no name shows the kind; a person a paragraph's narration introduces, then
quoted under a description ("the 61-year-old said"). Invented stories."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import OUTLET, claimants


@pytest.mark.parametrize(
    ("before", "sentence", "expected"),
    [
        (
            "The Tarrow Creek Paper Mill will shut its second line in May.",
            "The mill said orders for packaging board had halved since spring.",
            "the Tarrow Creek Paper Mill",
        ),
        (
            "Customers of Quillan Valley Electric Utility face higher bills.",
            "The utility said its fuel contracts cost a third more this year.",
            "Quillan Valley Electric Utility",
        ),
        (
            "Officers of the Brackwater Police Service searched two warehouses.",
            "The force said the stolen tractors had been shipped abroad.",
            "the Brackwater Police Service",
        ),
        (
            "The Pellham County Board of Canvassers met until midnight.",
            "The board said every provisional ballot had been counted twice.",
            "the Pellham County Board of Canvassers",
        ),
        (
            "Visitors to the Orrisford Maritime Museum fell by a fifth.",
            "The museum said the closed car park had kept families away.",
            "the Orrisford Maritime Museum",
        ),
    ],
)
def test_a_body_is_called_by_what_it_is(before: str, sentence: str, expected: str) -> None:
    assert claimants(f"{before} {sentence}")[-1] == expected


def test_a_title_case_headline_names_no_body() -> None:
    # a line of title-case headline text is no organisation's name (a guard for the new
    # "network" kind: the code before it had no such kind)
    body = (
        "Viewers Question Coverage Of Network During Storm\n\n"
        "Late on Sunday the network said its reporters had followed the forecasts."
    )
    assert claimants(body)[-1] == "the network"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Brennick Kitchenware said Tuesday it will close its kettle works in Dunmore. "
            "The company said the work would move to a plant in Moravia.",
            "Brennick Kitchenware",
        ),
        (
            "Ostrava Lane Medical Center said in a statement that it was disappointed by "
            "the nurses' vote. The hospital said it had hired 90 nurses this year.",
            "Ostrava Lane Medical Center",
        ),
        (
            "Pellucid Genomics said on Monday that its blood test found early tumours in "
            "a trial of 3,000 adults. The Denver-based company said it would seek approval "
            "next year.",
            "Pellucid Genomics",
        ),
        (
            "Marrowby Creek Provisions, a family-owned company based in Tulsa, said in a "
            "statement that it was glad to see the strike end. The company said the line "
            "would restart on Monday.",
            "Marrowby Creek Provisions",
        ),
    ],
)
def test_the_company_is_the_body_that_spoke_of_itself_as_it(body: str, expected: str) -> None:
    assert claimants(body)[-1] == expected


def test_a_body_of_another_kind_is_not_the_company() -> None:
    # the union spoke last; "the company" is not the union
    body = (
        "The Amalgamated Kiln Workers Union said Monday that its members had voted to "
        "strike. The company said it had offered a raise of 6 percent."
    )
    assert claimants(body)[-1] == "the company"


def test_a_person_is_not_an_organisation_that_spoke() -> None:
    # a woman who says "it" is not the company (a given name no list knows: only the role
    # before her name shows she is a person)
    body = (
        "Plant manager Zorica Valdez said Tuesday it would rebuild its kiln by May. "
        "The company said the plant would reopen in June."
    )
    assert claimants(body)[-1] == "the company"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Odile Marchetti has sold bread at the Ferrisburg market for 22 years. "
            '"Nobody buys the big loaves any more," the 58-year-old baker said.',
            "Odile Marchetti",
        ),
        (
            "Outside the depot, a dozen drivers waited in the sleet.\n\n"
            "Tobias Wrenfield has driven the night route since 1998. "
            '"They never asked us how the timetable works," the 61-year-old said. '
            '"Not once."',
            "Tobias Wrenfield",
        ),
    ],
)
def test_a_described_speaker_is_the_person_the_narration_introduced(
    body: str, expected: str
) -> None:
    assert claimants(body)[-1] == expected


def test_a_description_after_narration_of_nobody_stays_a_description() -> None:
    body = (
        "The depot has flooded twice this winter. "
        '"We lost three buses," the 61-year-old mechanic said.'
    )
    assert claimants(body)[-1] == "the 61-year-old mechanic"


def test_a_description_in_another_paragraph_is_not_the_introduced_person() -> None:
    body = (
        "Odile Marchetti has sold bread at the market for 22 years.\n\n"
        '"Nobody buys the big loaves any more," the 58-year-old baker said.'
    )
    assert claimants(body)[-1] != "Odile Marchetti"


def test_a_described_speaker_after_another_paragraphs_body() -> None:
    # the body quoted in the paragraph before is no person; the narration introduces one
    body = (
        "The Quarry Growers Guild estimated that 40 farms would close. A spokesman for the "
        "guild said prices had not risen since 2019.\n\n"
        "Hollis Tremayne has kept sheep above Wendlow for 30 years. "
        '"I will be the last one up here," the 66-year-old farmer said.'
    )
    assert claimants(body)[-1] == "Hollis Tremayne"


def test_a_body_described_after_a_person_is_not_that_person() -> None:
    body = (
        "Governor Ilse Brannagh signed an emergency order on Sunday. "
        "The river forecast center said the crest would come on Tuesday."
    )
    assert claimants(body)[-1] == "the river forecast center"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Lambs sold for a third less than in spring, said auctioneer Colm Ferris.",
            "Colm Ferris",
        ),
        (
            "The ferry will run twice a day in winter, said harbour master Ines Calloway on "
            "Monday.",
            "Ines Calloway",
        ),
    ],
)
def test_a_description_and_name_closing_a_sentence(body: str, expected: str) -> None:
    assert claimants(body)[-1] == expected


def test_a_clause_closing_a_sentence_names_no_speaker() -> None:
    body = "Ada Quigley, 41, who runs the bakery by the station, said she would vote for Pellman."
    assert claimants(body)[-1] == "Ada Quigley"


@pytest.mark.parametrize(
    ("before", "role"),
    [
        ("The ewes sold first, said auctioneer Colm Ferris.", "auctioneer"),
        ("Town manager Renata Obi said the sirens had been tested in May.", "manager"),
    ],
)
def test_a_role_one_person_holds_in_the_story(before: str, role: str) -> None:
    body = f"{before} Prices held up.\n\nThe {role} said the next sale would be in March."
    assert claimants(body)[-1] == claimants(before)[-1]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            # a company word in the name ("Foods") is the company's own kind
            "Quenby Hollow Foods of Tacoma said it had halted its packing line. Inspectors "
            "visited on Monday.\n\nThe company said the line would reopen next week.",
            "Quenby Hollow Foods",
        ),
        (
            # one word that names no person in the story
            "Lumenreach said it would refund every subscriber. The company said the outage "
            "began at a data centre in Leeds.",
            "Lumenreach",
        ),
        (
            "Pellworth Air will end its flights to Boise in May. Passengers were told by "
            "email.\n\nThe airline said the route had lost money for three years.",
            "Pellworth Air",
        ),
        (
            "The state Office of Tenant Protection opened an inquiry. The agency said it had "
            "received 40 complaints.",
            "Office of Tenant Protection",
        ),
    ],
)
def test_more_bodies_that_spoke(body: str, expected: str) -> None:
    assert claimants(body)[-1] == expected


def test_a_person_saying_it_is_no_company() -> None:
    # a given name no list knows, and no "its": hers, not a company's
    body = (
        "Zorica Vantongeren runs the ferry. Zorica Vantongeren said it will take a year "
        "to recover. The company said the timetable would change in May."
    )
    assert claimants(body)[-1] == "the company"


def test_an_unnamed_witness_testifies() -> None:
    assert (
        claimants("A witness testified Tuesday that she saw the van leave at midnight.")[-1]
        == "a witness"
    )


def test_it_after_a_company_with_a_legal_suffix() -> None:
    body = (
        "Pocket-scanner maker Orvelle Inc said on Monday that 2 million accounts were "
        "exposed. It said card numbers were kept on another system."
    )
    assert claimants(body)[-1] == "Orvelle Inc"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The Marsden-Kell cycling team dropped two riders on Friday, the team said.",
            "the Marsden-Kell cycling team",
        ),
        (
            "The Tollbridge Symphony shortened its winter season. The orchestra said "
            "subscriptions had fallen by a fifth.",
            "the Tollbridge Symphony",
        ),
    ],
)
def test_teams_and_orchestras(body: str, expected: str) -> None:
    assert claimants(body)[-1] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The Vermont Board of Water Tariffs approved the rise. Bills will go up by $9 a "
            "month, according to the board.",
            "the Vermont Board of Water Tariffs",
        ),
        (
            "The Lakeshore Federation of School Bus Staff backed the deal. The union said the "
            "vote was close.",
            "the Lakeshore Federation of School Bus Staff",
        ),
        (
            "Customers of Tamsin Valley Electric will pay more from May. The utility said "
            "wholesale prices had doubled.",
            "Tamsin Valley Electric",
        ),
        (
            "The Orland Center for Rural Studies tracked 300 farms. The center said half "
            "had sold land since 2019.",
            "the Orland Center for Rural Studies",
        ),
        (
            "Quillmoor said in a statement that it expects to open the shelter in March. The "
            "organization said it would hire 25 staff.",
            "Quillmoor",
        ),
        (
            "Fennick Outdoor Inc said it would shut 40 shops. Sales fell 3 % to $1.1 "
            "billion, it said.",
            "Fennick Outdoor Inc",
        ),
    ],
)
def test_bodies_named_in_full(body: str, expected: str) -> None:
    assert claimants(body)[-1] == expected


def test_a_trailing_it_after_a_person_is_not_the_person() -> None:
    body = "Ada Quell said the mill would close. Sales fell 3 % to $1.1 billion, it said."
    assert claimants(body)[-1] == "The Ledger"


def test_a_spokesperson_of_the_company_the_story_named() -> None:
    body = (
        "Tallowmere Inc said it would close its Dundee office. A company spokesperson said "
        "the staff would be offered posts in Perth."
    )
    assert claimants(body)[-1] == "Tallowmere Inc"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # words posted by a body that speaks for a person gave the outlet
        # (the office of the governor the story named, since 2026.12-242)
        ("The governor's office posted on X that the levy was void.", "Ada Pike's office"),
        ("Her campaign tweeted to Facebook that she had won.", "Ada Pike's campaign"),
        # a photo posted is no words
        ("The governor's office posted a photo of the signing.", OUTLET),
    ],
)
def test_a_body_that_posted_words(sentence: str, speaker: str) -> None:
    assert claimants("Gov. Ada Pike spoke on Monday.\n\n" + sentence)[-1] == speaker


def test_a_company_described_by_what_it_does_is_the_company_that_spoke() -> None:
    body = (
        "Tarnly has made clear that it was stepping up its fight against spam.\n\n"
        "Investors will watch the number of new users it added.\n\n"
        "On Friday, the social media company said that it had suspended 125,000 accounts. "
        "It also said it had expanded its review teams.\n\n"
        "The online payments firm said it would hire 40 people."
    )
    assert claimants(body) == ["Tarnly", "The Ledger", "Tarnly", "Tarnly", "Tarnly"]
