"""An organisation's bare noun ("the bank", "the ministry", "the agency", "the campaign")
is the latest one of that kind the article named; a name whose first word is also a title
("General") stays whole. Invented stories."""

from __future__ import annotations

import pytest

from claims.extraction.organisations import OrganisationBook
from tests.claims.extraction.claimants import claimants


@pytest.mark.parametrize(
    ("before", "sentence", "expected"),
    [
        (
            "The Central Bank of Valdoria raised rates on Tuesday.",
            "In a statement, the bank said inflation remained high.",
            "the Central Bank of Valdoria",
        ),
        (
            "The Estarran Ministry of Foreign Affairs summoned the envoy.",
            "The ministry said the trawler had been well inside its waters.",
            "the Estarran Ministry of Foreign Affairs",
        ),
        (
            "The Consumer Goods Safety Bureau ordered the recall of 90,000 chargers.",
            "The agency said owners should unplug them at once.",
            "the Consumer Goods Safety Bureau",
        ),
        (
            "The Oduya campaign released a new radio ad on Monday.",
            "The campaign said the ad would run in three counties.",
            "the Oduya campaign",
        ),
        (
            "Harbor Court Justice Ann Pell wrote the opinion.",
            "Later, the court said the levy was void.",
            "Harbor Court",
        ),
        (
            "Fairhaven General Hospital confirmed three cases on Friday.",
            "The hospital said it had called every patient.",
            "Fairhaven General Hospital",
        ),
        # a body called by its topic: "the (state) health department", "the foreign
        # ministry", with an auxiliary before the verb
        (
            "The Tarn Department of Health confirmed 40 cases.",
            "The state health department has insisted the outbreak is contained.",
            "the Tarn Department of Health",
        ),
        (
            "The Valdorian Ministry of Foreign Affairs summoned the envoy.",
            "The foreign ministry said the trawler had been inside its waters.",
            "the Valdorian Ministry of Foreign Affairs",
        ),
        # (not another topic's: the story named no education department)
        (
            "The Tarn Department of Health confirmed 40 cases.",
            "The education department said schools would reopen on Monday.",
            "the education department",
        ),
        # a coalition, an alliance, a federation
        (
            "Thousands face eviction, according to the Tarn Housing Coalition.",
            "The coalition estimates that 4,000 households are behind on rent.",
            "the Tarn Housing Coalition",
        ),
        (
            "The Dover Tenants Alliance sued the city on Monday.",
            "The alliance said 300 families had been evicted.",
            "the Dover Tenants Alliance",
        ),
        (
            "The Halvard Federation of Small Farms filed suit.",
            "The federation said 40 farms would close.",
            "the Halvard Federation of Small Farms",
        ),
    ],
)
def test_a_bodys_bare_noun_is_the_latest_body_of_that_kind(
    before: str, sentence: str, expected: str
) -> None:
    assert claimants(f"{before}\n\n{sentence}")[-1] == expected


def test_the_company_stays_the_company() -> None:
    # a company's name seldom says it is one: "the company" is not resolved
    body = (
        "Ridgeline Foods Group and Tolley Brothers both bid for the plant.\n\n"
        "The company said it would keep the plant running."
    )
    assert claimants(body)[-1] == "the company"


def test_a_title_that_opens_a_hospitals_name_is_part_of_it() -> None:
    assert claimants("Fairhaven General Hospital confirmed three cases on Friday.") == [
        "Fairhaven General Hospital"
    ]


def test_the_book_keeps_the_latest_of_each_kind_and_ignores_other_nouns() -> None:
    book = OrganisationBook(
        [
            "The Harbor Transit Authority and the First Bank of Dover signed the deal.",
            "Later the Second Bank of Dover joined them.",
        ]
    )
    assert book.resolve("the bank", 0) == "the First Bank of Dover"  # as of the first
    assert book.resolve("the bank", 1) == "the Second Bank of Dover"
    assert book.resolve("the authority", 1) == "the Harbor Transit Authority"
    assert book.resolve("the mayor", 1) is None
    assert book.resolve("a bank", 1) is None
    assert book.resolve("the central bank", 1) is None


@pytest.mark.parametrize(
    ("before", "sentence", "expected"),
    [
        (
            "Halvane Freight Inc. raised its forecast on Tuesday.",
            "The company said fuel costs had eased.",
            "Halvane Freight Inc.",
        ),
        (
            "Shares of Corvane Holdings fell 4 percent.",
            "The company said the recall would cost $20 million.",
            "Corvane Holdings",
        ),
        (
            "Tessel Foods LLC raised its prices on Monday.",
            "The company said feed costs had doubled.",
            "Tessel Foods LLC",
        ),
        # no legal suffix, and the name opens no sentence: it stays unresolved
        (
            "Shops pulled butter made by Tessel Creamery on Friday.",
            "The company said no one had fallen ill.",
            "the company",
        ),
    ],
)
def test_the_company_is_the_latest_name_with_a_legal_suffix(
    before: str, sentence: str, expected: str
) -> None:
    assert claimants(f"{before} {sentence}")[-1] == expected


def test_a_sentences_first_word_before_of_is_no_part_of_the_name() -> None:
    body = "Shares of the Corvane Bank fell 4 percent. The bank said profits had slipped."
    assert claimants(body)[-1] == "the Corvane Bank"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # one company, named by a word such as "Foods" or "Systems", opening a sentence
        (
            "Marlowe Creek Foods will close its bottling plant in June. The company said "
            "demand for canned juice had fallen for six years.",
            "Marlowe Creek Foods",
        ),
        (
            "Ostrander Freight Systems posted a loss for the quarter.\n\nThe company said "
            "diesel prices had eaten its margins.",
            "Ostrander Freight Systems",
        ),
        # two such companies opening sentences: which one is unclear
        (
            "Marlowe Creek Foods will close its plant. Ostrander Freight Systems will lose "
            "its biggest customer. The company said talks had failed.",
            "the company",
        ),
    ],
)
def test_the_company_is_the_one_company_the_story_opens_sentences_with(
    body: str, expected: str
) -> None:
    assert claimants(body)[-1] == expected


def test_the_party_is_the_party_named_shortly_before() -> None:
    body = (
        "The Marlow County Green Party filed suit on Monday.\n\n"
        "The party has argued that 3,000 ballots arrived late.\n\n"
        "Volunteers held a party in the square. The party said it would appeal."
    )
    party = "the Marlow County Green Party"
    assert claimants(body)[1:] == [party, "The Ledger", party]


def test_the_party_named_long_before_is_not_read_back() -> None:
    # (a story that says "Republicans" and "the party" of one it named in its opening)
    opening = "So long, Old Party; hello, the Kestrel Party of the North.\n\n"
    middle = "".join(f"Voters in district {n} swung to the other side.\n\n" for n in range(8))
    body = opening + middle + "The party warned of the shift in its 2013 report."
    assert claimants(body)[-1] == "the party"


def test_the_group_is_the_latest_association_or_coalition_named() -> None:
    body = (
        "The Marlow Water Works Association, which represents utilities, opposed the rule.\n\n"
        "The group urged the agency to reconsider."
    )
    assert claimants(body)[-1] == "the Marlow Water Works Association"


def test_the_group_is_not_a_company_whose_name_ends_in_group() -> None:
    body = (
        "Tarnwell Group, an insurer, threatened to leave the market.\n\n"
        "The insurers' trade group filed comments. The group wrote that costs were rising."
    )
    assert claimants(body)[-1] == "the group"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The Harbor City Sentinel reported that the mill would close.\n\n"
            "The newspaper said 400 jobs would be lost.",
            "the Harbor City Sentinel",
        ),
        # the full name the story gave before its short one
        (
            "The Tarnbridge Evening Post first reported the audit.\n\n"
            "The Post said the council had overspent by $2 million. According to the "
            "newspaper, the overspending began in 2019.",
            "the Tarnbridge Evening Post",
        ),
        (
            "An editorial in the Marlow Daily News called for a recount.\n\n"
            "The newspaper argued that 3,000 ballots had arrived late.",
            "the Marlow Daily News",
        ),
        # the newspaper named by its kind
        (
            "Le Quotidien, the Valdorian newspaper, obtained the memo.\n\n"
            "The newspaper said the minister had signed it in May.",
            "Le Quotidien",
        ),
    ],
)
def test_the_newspaper_is_the_latest_masthead_named(body: str, expected: str) -> None:
    assert claimants(body)[-1] == expected


@pytest.mark.parametrize(
    "body",
    [
        # a masthead's word alone, or a name it does not end, names no newspaper
        "Ada Roe won a Golden Star Award. Star reporters gathered.\n\n"
        "The newspaper said the prize was her third.",
        "The Post Office will close on Monday.\n\nThe newspaper said 40 staff would go.",
        "Fox News aired the debate.\n\nThe newspaper said ratings fell.",
    ],
)
def test_no_masthead_leaves_the_newspaper(body: str) -> None:
    assert claimants(body)[-1] == "the newspaper"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the company whose plant the story just named
        (
            "Maria Ortiz blames the closure of the Harmon Glass plant, which laid off 600 workers. "
            "The company said at the time that demand had collapsed.",
            "Harmon Glass",
        ),
        # a plant named more than a few sentences before names no company
        (
            "Maria Ortiz blames the closure of the Harmon Glass plant. "
            + " ".join(f"Shop {n} closed in the spring." for n in range(8))
            + " The company said demand had collapsed.",
            "the company",
        ),
    ],
)
def test_the_company_is_the_one_whose_plant_was_named(body: str, expected: str) -> None:
    assert claimants(body)[-1] == expected
