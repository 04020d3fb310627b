"""Who speaks in an office's, a firm's or an unnamed person's sentence, and what a noun of a
person beside a name shows of their gender ("A spokeswoman for the guild, Dana Roe, said"
| "She said ..."). Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import OUTLET, claimants, last


def test_a_spokeswoman_shows_her_gender_to_a_later_she() -> None:
    body = (
        "Council President Wilhelmina Marrowby said she would not back the contract.\n\n"
        "A spokeswoman for the guild, Dana Kestwick, said talks would resume on Sept. 9. "
        'She said the guild remained "hopeful but realistic."'
    )
    assert claimants(body)[-1] == "Dana Kestwick"


def test_a_brother_shows_his_gender_too() -> None:
    body = (
        "Ilse Lindgrove, the mayor, said the depot would close.\n\n"
        "Robin Lindgrove-Sato, her brother, said the family would sue. "
        '"We have the papers," he said.'
    )
    assert claimants(body)[-1] == "Robin Lindgrove-Sato"


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        # an office named with lower-case words after the county's name
        (
            "A spokeswoman for the Kestwick County emergency management office said a "
            "flight ban had been placed over the search area.",
            "the Kestwick County emergency management office",
        ),
        # an unnamed person reporting what a body signaled
        (
            "One person familiar with the talks said the guild had signaled it could "
            "accept a longer retention period.",
            "one person familiar with the talks",
        ),
        # the holder of a role a relative clause gives
        (
            "The bill now moves to the Appropriations Committee, whose chairman, Sen. "
            "Rufus Vandersloot, said funding would be the main question.",
            "Rufus Vandersloot",
        ),
        # a person of a firm, the firm described before its name
        (
            "Security researcher Maren Achebe-Lund of the firm Coldwater Threat Labs said "
            "the group had hit 23 hospitals.",
            "Maren Achebe-Lund",
        ),
        # a report tabled by an office's holder, named after it
        (
            "Gallowmere Prison is holding 1,142 prisoners in a facility built for 610, "
            "according to a report tabled in parliament on Thursday by the Inspector of "
            "Custodial Services, Adaeze Brightwater.",
            "Adaeze Brightwater",
        ),
        (
            "Officers understated the force they used, according to a report released "
            "Tuesday by the city's Office of Police Kestwick.",
            "the city's Office of Police Kestwick",
        ),
        # a named maker's figures
        (
            "A fiscal analysis by the nonpartisan Legislative Kestwick Office put the "
            "five-year cost at about $24 million.",
            "a fiscal analysis by the nonpartisan Legislative Kestwick Office",
        ),
    ],
)
def test_who_speaks(sentence: str, who: str) -> None:
    assert last(sentence) == who


def test_it_calls_for_what_the_body_before_said() -> None:
    body = (
        "The Kestwick Institute said the levy was fair. It also calls for an outside "
        "monitor to oversee the port."
    )
    assert claimants(body)[-1] == "the Kestwick Institute"


def test_a_cause_given_is_a_claim_of_whoever_gave_it() -> None:
    body = (
        "Police Chief Yusuf Marrowby spoke on Monday. He attributed the rise in car "
        "thefts largely to a flaw in several popular models."
    )
    assert claimants(body)[-1] == "Yusuf Marrowby"


def test_what_is_attributed_to_someone_is_not_their_claim() -> None:
    # (the passive "was attributed to")
    assert claimants("The quote was attributed to Lincoln by a blogger.")[-1] == OUTLET


def test_a_spokeswoman_for_a_name_then_an_adverb() -> None:
    # (guard: "also" is no part of the body's name)
    sentence = "A spokeswoman for Kestwick also declined to comment, saying nobody remains."
    assert last(sentence) == "Kestwick"


def test_more_from_a_source_after_a_dash_is_theirs() -> None:
    body = (
        "Signs of a shift were there all along - More from Ada Kestwick and Jo Marrowby: "
        "“Data collected by our firm helps confirm it. In our data, there was a dramatic "
        "difference between the two weeks.”"
    )
    assert claimants(body) == ["Ada Kestwick and Jo Marrowby"] * 2


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Her critics say she mismanaged the port.", "Ada Pike's critics"),
        ("Her opponents argue that the port is broke.", "Ada Pike's opponents"),
        ("Pike's backers said the recall was a stunt.", "Ada Pike's backers"),
        # (as before: her aides)
        ("Her aides said the vote would fail.", "Ada Pike's aides"),
    ],
)
def test_her_critics_are_the_named_persons(sentence: str, expected: str) -> None:
    assert claimants("Mayor Ada Pike faces a recall vote in June.\n\n" + sentence)[-1] == expected
