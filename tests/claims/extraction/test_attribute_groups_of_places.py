"""A group named by where it is ("Officials in Harbor County announced ...") speaks, not
the place; a group that reports a sentence at its end ("..., county officials said")
speaks for it, as a person there does; so does a medium that reports a clause with a
speaker inside it ("The Courier reported ... Ada Pellow proposed"). Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import OUTLET, claimants, last


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # any reporting verb, not only those a group's plural verbs list
        ("Officials in Harbor County announced the levy was void.", "Officials in Harbor County"),
        ("Police in Harbor County announced tighter checks on Tuesday.", "Police in Harbor County"),
        (
            "Leaders in Harbor County announced tighter checks on Tuesday.",
            "Leaders in Harbor County",
        ),
        (
            "Authorities in Harbor County, the district next to Dover, announced tighter checks.",
            "Authorities in Harbor County",
        ),
        ("Voters across the Tarn Valley rejected the toll.", "Voters across the Tarn Valley"),
        ("But members of the Quarry Council criticized the toll.", "members of the Quarry Council"),
        # a known place too, and a group that opens a clause
        (
            "Six Tarn newspapers in Ohio, including the Courier, said he was unfit.",
            "Six Tarn newspapers in Ohio",
        ),
        (
            "Ada Pellow left early, but some twenty members of the Quarry Council told the"
            " Courier she would run.",
            "some twenty members of the Quarry Council",
        ),
        ("Voters in Ohio are telling pollsters the toll is too high.", "Voters in Ohio"),
        # (since the sixteenth round a group keeps where it is after "of", as after "in")
        ("Residents of Harbor County said the levy was void.", "Residents of Harbor County"),
        # what was read before is read as before
        ("Officials in Harbor County said the levy was void.", "Officials in Harbor County"),
        ("Ada Pellow of Harbor County said the levy was void.", "Ada Pellow"),
    ],
)
def test_a_group_named_by_its_place_is_the_speaker(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Voters in Harbor County rejected the toll, officials said.", "officials"),
        (
            "Voters in Harbor County rejected the toll, Harbor officials announced.",
            "Harbor officials",
        ),
        ("Ada Pellow rejected the toll, her aides said.", "Ada Pellow's aides"),
        ("Ada Pellow praised the toll, county officials confirmed on Monday.", "county officials"),
        ("Voters in Harbor County rejected the toll, Ada Pellow announced.", "Ada Pellow"),
        # a sentence that is someone's words already keeps its speaker
        ("Ada Pellow said the toll was void, her aides said.", "Ada Pellow"),
    ],
)
def test_a_group_reporting_at_the_end_speaks(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a known place, and one the pipeline does not know
        "In a Tarn survey, voters in Ohio were asked about the toll on Tuesday.",
        "Voters in Harbor County were asked about the toll on Tuesday.",
    ],
)
def test_a_group_asked_in_the_passive_is_no_speaker(sentence: str) -> None:
    assert last(sentence) == OUTLET


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Dover Courier reported the memo came hours after Ada Pellow proposed a toll.",
            "the Dover Courier",
        ),
        ("The Courier reported on Monday that Ada Pellow proposed a toll.", "the Courier"),
        ("Tarn Radio first reported that Ada Pellow had proposed a toll.", "Tarn Radio"),
        # a reporter's credit line, and a report inside someone's words
        ("Ted Lusk reported from Dover that Ada Pellow proposed a toll.", "Ada Pellow"),
        ("Ada Pellow said the Courier reported the toll was void.", "Ada Pellow"),
    ],
)
def test_a_medium_that_reports_a_clause_speaks_for_the_people_in_it(
    sentence: str, expected: str
) -> None:
    assert last(sentence) == expected


def test_what_the_medium_added_after_its_report_is_its_own() -> None:
    body = (
        "The Courier reported that Ada Pellow met the toll board.\n\n"
        "It added, “the visit comes as the board weighs a second toll.”"
    )
    assert claimants(body) == ["the Courier", "the Courier"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Six Tarn newspapers in Kent, including the Courier, said he was unfit.",
            "Six Tarn newspapers in Kent",
        ),
        ("Hospitals across Kent warned they would run out of beds.", "Hospitals across Kent"),
    ],
)
def test_bodies_named_by_their_place_speak(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Recent estimates put the cost of the depot at 40 million dollars.",
        "Subsequent estimates raised the count of pages to 9,000.",
        "Early fears about the toll proved wrong.",
    ],
)
def test_an_adjective_before_a_noun_like_verb_names_no_one(sentence: str) -> None:
    # "estimates" and "fears" are nouns here; no one called "Recent" estimates anything
    assert last(sentence) == OUTLET


def test_a_name_before_such_a_verb_still_speaks() -> None:
    assert last("Ada Pellow estimates the cost of the depot at 40 million dollars.") == "Ada Pellow"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Polls show up to 40 percent of Ada Pellow's backers say they will stay home.",
            "Polls",
        ),
        (
            "A new Tarn poll shows most of Ada Pellow's backers say they will stay home.",
            "a new Tarn poll",
        ),
        # a person who says what the records show, put between commas, speaks
        (
            "The records show, Ada Pellow told the board, that the toll was void.",
            "Ada Pellow",
        ),
    ],
)
def test_a_poll_reports_what_the_people_in_it_say(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a list of places after the group gave the list's last place
        (
            "Farmers in Tarnia, Ostrava and Belmont said the tariffs had cut their income.",
            "Farmers in Tarnia, Ostrava and Belmont",
        ),
        (
            "Workers at plants in Ohio, Michigan and Indiana said the closures cost them wages.",
            "Workers at plants in Ohio, Michigan and Indiana",
        ),
        (
            "The dock crews of Dover, Calais and Boulogne said the closures cost them wages.",
            "The dock crews of Dover, Calais and Boulogne",
        ),
        (
            "Voters in Ohio, Michigan and Wisconsin told pollsters the toll was too high.",
            "Voters in Ohio, Michigan and Wisconsin",
        ),
        (
            "Officials in Kent, Surrey, and Sussex announced that the roads would close.",
            "Officials in Kent, Surrey, and Sussex",
        ),
        # not a group: a place named inside a fronted phrase, a list inside a clause
        ("Roe, who won in Ohio, Florida and Texas, said the race was over.", "Roe"),
        ("Rallies in Iowa, Ohio and Nevada drew big crowds, Ada Roe said.", "Ada Roe"),
    ],
)
def test_a_group_named_by_a_list_of_places_is_the_speaker(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


def test_a_place_inside_a_fronted_phrase_makes_no_group() -> None:
    # the group's pattern once took "in a speech to voters in Dover, " for a list
    claimant = last("But, in a speech to voters in Dover, he barely discussed the toll.")
    assert "Dover" not in claimant
