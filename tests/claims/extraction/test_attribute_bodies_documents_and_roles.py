"""Bodies under their whole names, documents credited to the bodies that made them, and
roles resolved wherever they stand ("according to the governor", "the judge wrote").
Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import claimants, last


@pytest.mark.parametrize(
    ("body", "whole"),
    [
        # a body's name ending in a word only names end with
        (
            "Brackwater Rail Infrastructure has announced 26 weekend closures.\n\n"
            "Brackwater said a shuttle train was not possible.",
            "Brackwater Rail Infrastructure",
        ),
        (
            "Brackwater Rail Infrastructure has announced 26 weekend closures. Replacement "
            "coaches will run every weekend, according to the company.",
            "Brackwater Rail Infrastructure",
        ),
        # "X of Y" with a guild, an authority, a trust as its head
        (
            "The Guild of Dunlavey Surgeons, which represents 3,200 consultants, disputed "
            "that timetable.",
            "the Guild of Dunlavey Surgeons",
        ),
        # an adjective that is no title before a name ("National", "Press")
        (
            "National Renewal argues that the cap would cost 20 billion pounds a year.",
            "National Renewal",
        ),
        (
            "The debate was cancelled after the campaigns failed to agree on a moderator, "
            "the Kilbride County Press Club said Tuesday.",
            "Kilbride County Press Club",
        ),
        # a trade between the name and the body's noun
        (
            "The Fenwright Drug pharmacy chain said it had removed the product from its "
            "2,100 stores.",
            "the Fenwright Drug pharmacy chain",
        ),
    ],
)
def test_a_body_keeps_its_whole_name(body: str, whole: str) -> None:
    assert claimants(body)[-1] == whole


@pytest.mark.parametrize(
    ("body", "who"),
    [
        # "the governor" after "according to", as after "said"
        (
            "Gov. Tamsin Okorafor spoke in the capital on Tuesday. The state will add "
            "4,000 jobs, according to the governor.",
            "Tamsin Okorafor",
        ),
        # "Justice" is a judge's title
        (
            "Justice Harriet Onyekachi found that the survey had understated the koalas. "
            '"A survey in those conditions cannot be relied upon," the judge wrote.',
            "Harriet Onyekachi",
        ),
        # a recommendation is a stance
        (
            "Samuel Quarrington, the inspector general, said the delays were avoidable. "
            "Quarrington recommended that the commission hire an independent engineer.",
            "Samuel Quarrington",
        ),
        # a body's kind opening the sentence, then what it argued
        (
            "The Aldergrove Drivers Union represents 2,000 drivers. The union is seeking 9 "
            "percent, arguing that drivers lost at least that much to inflation.",
            "the Aldergrove Drivers Union",
        ),
        # an adjective before the party a person is of
        (
            "Prime Minister Ilse Varnholt of the governing Country Progress Party said the "
            "allegations were troubling.",
            "Ilse Varnholt",
        ),
        # "It said" after the sentence that opens with the body's kind
        (
            "The debate was cancelled, the Kilbride County Press Club said Tuesday.\n\n"
            "The club had booked the library for Oct. 15. It said in a statement that it "
            "had offered three moderators.",
            "the Kilbride County Press Club",
        ),
        # a company named with an apposition, then "the company said", then "the insurer"
        (
            "Cobbett Health, the country's third-largest health insurer, will raise "
            "premiums by 14.2% next year, the company said on Tuesday.",
            "Cobbett Health",
        ),
        (
            "Cobbett Health, the country's third-largest health insurer, will raise "
            "premiums by 14.2% next year, the company said on Tuesday.\n\n"
            "The insurer blamed a surge in the use of weight-loss drugs.",
            "Cobbett Health",
        ),
        # "the firm": the company of advisers the story named
        (
            "Tavistock Partners said it would bid for the port. The firm said the offer was final.",
            "Tavistock Partners",
        ),
    ],
)
def test_a_role_or_kind_is_the_one_named(body: str, who: str) -> None:
    assert claimants(body)[-1] == who


@pytest.mark.parametrize(
    ("body", "maker"),
    [
        (
            "Pellingham Pharmaceuticals recalled the drug. The impurity was found in "
            "routine tests, according to a notice the company filed with the regulator.",
            "Pellingham Pharmaceuticals",
        ),
        (
            "The bridge repair has doubled to $87 million, according to an audit released "
            "Monday by the state Office of Infrastructure Ruskin.",
            "the state Office of Infrastructure Ruskin",
        ),
        (
            "The Ostrava Care Standards Commission inspects the homes. Only 19 of 46 homes "
            "met the rule, according to data published by the commission.",
            "the Ostrava Care Standards Commission",
        ),
        (
            "The Marsh Lantern Transit Authority runs the trains. Ridership has climbed by "
            "a fifth, according to the authority's figures.",
            "the Marsh Lantern Transit Authority",
        ),
    ],
)
def test_a_document_is_the_body_that_made_it(body: str, maker: str) -> None:
    assert claimants(body)[-1] == maker


def test_a_surname_after_a_fronted_report_is_the_speaker() -> None:
    body = (
        "Lorraine Feathers, the chief engineer, defended the schedule. In a written "
        "response included in the report, Feathers said the crack was a symptom of "
        "wider corrosion."
    )
    assert claimants(body)[-1] == "Lorraine Feathers"


def test_a_poll_before_a_people_still_reports_it() -> None:
    # (guard: a plural of a people after a fronted poll is the poll's finding)
    assert last("In a Ledger poll, Texans said they liked the levy.") == "a Ledger poll"


def test_the_subject_of_the_reported_clause_is_not_the_speaker() -> None:
    body = (
        "A relative of one patient, who asked not to be named, said her 88-year-old "
        "mother spent 42 hours on a trolley."
    )
    assert claimants(body)[-1] == "a relative of one patient"


def test_a_relative_after_the_verb_still_speaks() -> None:
    # (guard: the speaker put after the verb, closing the sentence)
    assert last("The nurses were kind, said her mother.") == "her mother"


def test_an_adjective_title_before_a_role_is_still_a_title() -> None:
    # ("White House Press Secretary" is a title, the person its holder)
    assert last("White House Press Secretary Jo Varnholt said the trip was off.") == ("Jo Varnholt")
