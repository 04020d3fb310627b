""" "It" speaking: the organisation, document or poll that spoke in the sentence before
("The ministry said ..." | "It added ..."), or that the sentence before opens with ("A
federal appeals court ruled on Monday." | "It said ..."); never a person, a group or a
name the sentence before only acted on. Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import OUTLET, claimants


@pytest.mark.parametrize(
    ("before", "sentence", "expected"),
    [
        (
            "The ministry said the economy grew 3 percent.",
            "It added that exports rose 4 percent in May.",
            "the ministry",
        ),
        (
            "The poll found 52 percent back the levy.",
            "It also showed 40 percent oppose it.",
            "the poll",
        ),
        (
            "The report is 40 pages long.",
            "It says 300 foreign nationals can be blacklisted.",
            "the report",
        ),
        (
            "A federal appeals court ruled on Monday.",
            "It said the levy was void in 2020.",
            "a federal appeals court",
        ),
        # a document, as groups.py reads them ("The memo said")
        ("The editorial ran on Sunday.", "It said the levy was 3 times too high.", "the editorial"),
        (
            "The committee met on Monday.",
            '"So far, 41 of the 66 witnesses had never been questioned," it stated.',
            "the committee",
        ),
    ],
)
def test_it_is_the_body_that_spoke_or_opened_the_sentence_before(
    before: str, sentence: str, expected: str
) -> None:
    assert claimants(f"{before} {sentence}")[-1] == expected


@pytest.mark.parametrize(
    ("before", "sentence"),
    [
        # a person spoke last: "it" is not them
        ("Maria Delgado said the levy would pass.", "It added that 30 percent of voters agree."),
        # the Senate acted on the bill: "it" is the bill, unnamed as a speaker
        ("The Senate passed the bill 68-32.", "It says the levy will rise 3 percent."),
        # a group spoke: "it" is not a group
        ("Critics say the levy is too high.", "It said 3 percent would be enough."),
        # an idiom, no speech
        (
            "The ministry said turnout was low.",
            "It said much about the city that 40 percent voted.",
        ),
        # a possessive opener: the company's shares are not the company
        ("The company's shares fell 3 percent.", "It said sales would rise 4 percent."),
    ],
)
def test_it_is_nobody_else(before: str, sentence: str) -> None:
    assert claimants(f"{before} {sentence}")[-1] == OUTLET


def test_it_does_not_reach_over_a_paragraph_of_narration() -> None:
    body = (
        "The ministry said the economy grew 3 percent.\n\n"
        "Exports from the port rose in May.\n\n"
        "It said 300 ships had docked."
    )
    assert claimants(body)[-1] == OUTLET


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "it said" closing a sentence that opens with a body: that body, resolved to the
        # one the article named
        (
            "Pellam Harbour Bank was fined 40 million euros on Tuesday. The lender has spent "
            "90 million euros on new checks since 2022, it said.",
            "Pellam Harbour Bank",
        ),
        (
            "The Ostrava Valley Transit Authority cut two routes. The agency lost $4 million "
            "last year, it added on Monday.",
            "the Ostrava Valley Transit Authority",
        ),
        ("The company has 40 stores in Vermont, it said in a statement.", "the company"),
        # a body's name, a kind of body owned by a place, a body owning what moved
        ("Brellin Corp. cut 300 jobs, it said in a statement.", "Brellin Corp"),
        ("The Bank of Westmara held rates at 5.25%, it said.", "the Bank of Westmara"),
        ("Harrowgate Mining will close two pits by March, it said.", "Harrowgate Mining"),
        ("Westmara's central bank cut its key rate to 10.5%, it said.", "Westmara's central bank"),
        ("The insurer's profit rose 8% in the third quarter, it said.", "the insurer"),
    ],
)
def test_it_closing_the_sentence_is_the_body_the_sentence_opens_with(
    body: str, expected: str
) -> None:
    assert claimants(body)[-1] == expected


@pytest.mark.parametrize(
    "body",
    [
        "Sales fell, it said.",  # no body opens the sentence
        "The mayor has 40 aides, it said.",  # a person, not a body
        "Ada Pellow cut 300 jobs, it said.",  # a person's name, not a body's
        "The mayor's office cut 30 jobs, it said in Ada Pellow's words.",  # no "it said" end
        "Sales at the retailer fell 4%, it said.",  # no body opens the sentence
        # a body opens the sentence, but no "it said" closes it
        "The company has 40 stores in Vermont, and it opened two more in May.",
        "The agency lost $4 million, it seems.",
    ],
)
def test_it_closing_a_sentence_without_a_body_is_nobody(body: str) -> None:
    assert claimants(body)[-1] == OUTLET
