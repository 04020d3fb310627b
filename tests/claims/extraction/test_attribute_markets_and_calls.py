"""Market, business and election-night copy: a share or a price that moved does not
speak, the subject of the clause a participle of speech follows does ("Korvo rose 2%
after analysts at Pellman Brothers raised their target, saying ..."); a network's call of
a race is the network's. Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import claimants, last


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Korvo Motors rose 2.4% after analysts at Pellman Brothers raised their price "
            "target, saying orders for the new van were stronger than expected.",
            "Pellman Brothers",
        ),
        (
            "Shares of Dalton Air fell 6 percent after the Civil Aviation Board grounded "
            "its fleet, saying the repairs were not finished.",
            "the Civil Aviation Board",
        ),
        (
            "Wheat prices slid by nearly $2 a bushel as Farrow Grain cut its forecast, "
            "warning that exports would shrink.",
            "Farrow Grain",
        ),
    ],
)
def test_the_clause_before_the_participle_speaks_when_a_price_moved(
    sentence: str, speaker: str
) -> None:
    assert last(sentence) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        # the participle follows the main clause: its subject speaks
        "Brisco walked out after the clerk read the ruling, saying the levy was unlawful.",
        "Brisco rose to speak after the vote, saying the levy was unlawful.",
    ],
)
def test_a_person_who_acted_still_speaks(sentence: str) -> None:
    assert last(sentence) == "Alma Brisco"


def test_a_person_who_rose_in_the_polls_with_no_clause_after_speaks() -> None:
    assert last("Brisco rose 3 points in the poll after the debate, saying she won.") == (
        "Alma Brisco"
    )


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Ives has won the Tarn seat, Radio Halvard projected.", "Radio Halvard"),
        ("Radio Halvard projects that Ives will win the Tarn seat.", "Radio Halvard"),
        ("Radio Halvard projected Ives the winner in Tarn.", "Radio Halvard"),
    ],
)
def test_a_call_of_a_race_is_the_callers(sentence: str, speaker: str) -> None:
    assert last(sentence) == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The Tarn Reserve Bank has projected growth of 6.5 per cent.", "the Tarn Reserve Bank"),
        ("Halvard Ratings has projected a deficit of $1.9 billion.", "Halvard Ratings"),
    ],
)
def test_a_figure_a_body_has_projected_is_the_bodys(sentence: str, speaker: str) -> None:
    assert last(sentence) == speaker


@pytest.mark.parametrize(
    "sentence",
    ["The council projected costs of $4 million.", "The housing projects in Tarn were built."],
)
def test_projected_costs_and_housing_projects_are_no_call(sentence: str) -> None:
    assert last(sentence) == "The Ledger"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Korvo Motors on Thursday reported a 12% jump in profit.", "Korvo Motors"),
        ("Tarn Police on Sunday reported two deaths on the quay.", "Tarn Police"),
        ("Korvo Motors last week reported a 12% jump in profit.", "Korvo Motors"),
    ],
)
def test_a_day_between_a_body_and_reported(sentence: str, speaker: str) -> None:
    assert last(sentence) == speaker


@pytest.mark.parametrize(
    "headline",
    ["Ives says the quay will close by May", "Ives: quay “not safe”"],
)
def test_a_headlines_surname_is_the_full_name_the_story_gives_below(headline: str) -> None:
    body = f"{headline}\n\nHarbour master Helen Ives said on Monday that the quay was unsafe."
    assert claimants(body) == ["Helen Ives", "Helen Ives"]


def test_a_headlines_word_that_is_no_persons_stays() -> None:
    # (without the given-name check this gave "Consult Poll", a poll's last two words)
    body = (
        "Poll: Helen Ives Ties Ada Lund in a Three-Way Contest.\n\n"
        "With the mayor weighing a run, a Morning Consult Poll found that Ives would lead."
    )
    assert claimants(body)[0] == "Poll"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Ferry fares rose 8%, per the Tarn Harbour Board.", "the Tarn Harbour Board"),
        ("The quay deal is worth $4 million, per Radio Halvard.", "Radio Halvard"),
        ("Fares rose 8%, per a report by the Tarn Institute.", "the Tarn Institute"),
    ],
)
def test_per_a_source_is_according_to_it(sentence: str, speaker: str) -> None:
    assert last(sentence) == speaker


def test_per_capita_and_per_person_name_no_source() -> None:
    assert last("Income rose, per capita, by 4% and fares cost $5 per person.") == "The Ledger"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Ferry fares rose 8%, the Harbour Department said.", "the Harbour Department"),
        ("Ives has won the Tarn seat, the Halvard Press projects.", "the Halvard Press"),
    ],
)
def test_a_body_keeps_the_the_the_story_gives_it(sentence: str, speaker: str) -> None:
    assert last(sentence) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The company on Thursday reported a quarterly loss of $18 million.",
        "The company last week reported a quarterly loss of $18 million.",
        "The company reported a quarterly loss of $18 million.",
    ],
)
def test_the_company_that_reported_a_day_after_it_spoke(sentence: str) -> None:
    # "on Thursday" between "The company" and "reported" gave the outlet
    story = "Korvo Foods Inc said on Monday it had agreed to be sold.\n\n" + sentence
    assert claimants(story)[-1] == "Korvo Foods Inc"


def test_the_fund_is_the_investment_firm_the_story_named() -> None:
    story = (
        "Activist investor Tarn Street Partners, which owns 9% of Korvo, pushed for a sale.\n\n"
        "The fund said the price undervalued the company.\n\n"
        "Officials at the Dover Pension Fund declined to comment.\n\n"
        "The fund said it had sold its stake."
    )
    assert claimants(story)[1] == "Tarn Street Partners"
    assert claimants(story)[3] == "the Dover Pension Fund"


@pytest.mark.parametrize(
    "headline",
    [
        "Judge blocks state's voter ID law, citing burden on elderly",
        "Judge says state's voter ID law is unconstitutional",
    ],
)
def test_a_headlines_bare_title_is_the_one_the_story_gives_it(headline: str) -> None:
    body = (
        f"{headline}\n\nU.S. District Judge Elena Rossi wrote in a 48-page opinion that the"
        " state had failed to show the law prevented fraud."
    )
    assert claimants(body) == ["Elena Rossi", "Elena Rossi"]


def test_a_headlines_bare_title_with_no_one_titled_below_stays() -> None:
    body = "Mayor says budget is balanced\n\nThe city council met on Monday."
    assert claimants(body)[0] == "Mayor"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a company named in the possessive was read as someone's something
        ("Moody's said the state's debt was too high.", "Moody's"),
        ("Moody's downgraded the state's credit rating, citing its pension debt.", "Moody's"),
        ("McDonald's raised prices, saying costs had risen.", "McDonald's"),
        # a possessive before a noun is still someone's
        ("Moody's analysts said the debt was too high.", "Moody's analysts"),
        # and the company's name may go on: one name, not "Analytics"
        ("Moody's Analytics forecasts that the state will lose 20,000 jobs.", "Moody's Analytics"),
        # (a possessive before a name is the name's owner, as before)
        ("CNN's Jake Tapper said the poll was close.", "Jake Tapper"),
    ],
)
def test_a_company_named_in_the_possessive_speaks(sentence: str, speaker: str) -> None:
    assert claimants(sentence) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # an officer by acronym was read as a person named "CEO"
        ("The company's CEO told analysts that demand was weakening.", "the company's CEO"),
        # (whose: the company the sentence before opens with, since 2026.12-250)
        ("Its CFO said margins would shrink.", "Korvo Inc.'s CFO"),
        ("A CEO said demand was weak.", "a CEO"),
        # named, the officer is the person
        ("Korvo CEO Dana Whitfield said demand was weak.", "Dana Whitfield"),
    ],
)
def test_an_officer_by_acronym_is_unnamed(sentence: str, speaker: str) -> None:
    assert claimants("Korvo Inc. makes chips.\n\n" + sentence)[-1] == speaker


def test_a_moved_price_after_a_described_company_is_that_companys() -> None:
    body = (
        "Shares of Tarnly Motors fell 8 percent on Tuesday after the carmaker cut its sales "
        "forecast, citing weak demand in China."
    )
    assert claimants(body) == ["Tarnly Motors"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Tarn Supreme Court on Thursday struck down the levy, ruling 5-3 that it "
            "placed an undue burden on the port.",
            "the Tarn Supreme Court",
        ),
        # (no vote between: as before)
        (
            "The Tarn Supreme Court on Thursday struck down the levy, ruling that it was void.",
            "the Tarn Supreme Court",
        ),
        # a body's name with no "of" in it and no day after it
        (
            "The Tarn Supreme Court struck down the levy, ruling that it was void.",
            "the Tarn Supreme Court",
        ),
    ],
)
def test_a_ruling_with_its_vote_is_the_courts(sentence: str, expected: str) -> None:
    assert claimants(sentence) == [expected]
