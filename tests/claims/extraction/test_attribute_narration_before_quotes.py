"""Whom "he" or "she" closing a quotation means when the paragraph before is narration
that introduces someone: through later narration that speaks of that person as the same
pronoun or names nobody, through an apposition after "One ..." or "a ... named", a
subject after its verb or with "has" contracted, and never someone the quotation itself
names. Invented sentences (no corpus text)."""

from __future__ import annotations

import pytest

from .claimants import claimants

CASES = [
    # The narration goes on about her as "she" further in (her given name shows no gender).
    (
        "Board chairman Victor Hale said the offer was final.\n\n"
        "Sorell Jandell, a retired nurse from Fresno, is one of the holdouts on the levy. "
        "Last winter's strike marked the only time she ever joined a picket line, and she "
        "doubts the board will listen.\n\n"
        '"We are tired of waiting for them," she said.',
        "Sorell Jandell",
    ),
    # A sentence that names nobody stands between the person and the quotation.
    (
        "Ruben Castile, the mayor's spokesman, said the numbers would improve.\n\n"
        "Republican pollster Wendell Ambry, who has advised three campaigns, is skeptical "
        "the mayor can recover by fall. But the candidate could still change the subject.\n\n"
        '"His best bet is to talk about jobs," he said.',
        "Wendell Ambry",
    ),
    # "One ..., <description> <name>," opens the sentence before.
    (
        "Councilwoman Ada Pike said the count was close.\n\n"
        "One delegate, county party chairwoman Dessa Marlowe, pledged her vote to the mayor "
        "on Friday.\n\n"
        '"We need to end this fight and move on," she said.',
        "Dessa Marlowe",
    ),
    # "a welder named X" after a fronted place.
    (
        "Plant manager Gil Brandt said the line would reopen in May.\n\n"
        "Outside the mill on Ferris Road, a welder named Tomas Okafor has only good things "
        "to say about the new owners.\n\n"
        '"The pay is fair and the shifts are short," he said.',
        "Tomas Okafor",
    ),
    # A subject after its verb: "..., is X, a ..."; "there by the door was X, the ...".
    (
        "Mayor Victor Hale said the plan would bring jobs.\n\n"
        "Across the square, handing out leaflets, is Corwin Ashdale, a retired machinist who "
        "lost his job in March.\n\n"
        '"It is all talk," he said.',
        "Corwin Ashdale",
    ),
    (
        "Mayor Victor Hale said the plan would bring jobs. The crowd cheered.\n\n"
        "Yet there by the door was Corwin Ashdale, the retired machinist. He was not "
        "impressed.\n\n"
        '"It is all talk," he said.',
        "Corwin Ashdale",
    ),
    # "X's been ...": "has" contracted after the subject.
    (
        "Treasurer Hector Dunmore said the books balanced.\n\n"
        "Councillor Imre Pettibone lit into the treasurer at the meeting. Pettibone's been "
        "warning since spring that the budget runs short.\n\n"
        '"You have not balanced a single book," he said.',
        "Imre Pettibone",
    ),
    # Whoever closes a quotation is not a person the quotation names.
    (
        "Karen Ostrow, who owns a bakery on the square, has opposed the plan since spring. "
        "Hector Teel defended it at the hearing.\n\n"
        '"It is a choice between this council and someone like Judge Nadia Rowe," she said.',
        "Karen Ostrow",
    ),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_quotation_after_narration_is_the_person_it_introduced(body: str, expected: str) -> None:
    assert claimants(body)[-1] == expected


GUARDS = [
    # The sentence before names a man before its "he": the quotation is his, not that
    # of the man the narration opened with.
    (
        "Hector Lim, the challenger, toured the plant with his staff. Mayor Felix Bixby "
        "walked the line later, and he stopped to talk to the welders.\n\n"
        '"Nobody here wants a strike," he said.',
        "Felix Bixby",
    ),
    # The sentence before opens with its own subject after a phrase holding "he": him.
    (
        "Dana Whitcombe, the planning director, said forty families had applied.\n\n"
        "At the motel, his wife keeps a list of what they lost. Her husband read it one "
        "evening and added a line. Asked what he had written, Teodor Brankovic smiled.\n\n"
        '"The view from the porch," he said.',
        "Teodor Brankovic",
    ),
    # A quotation that opens the paragraph after a speaker stays with the narration's
    # named subject, as before.
    (
        "Ruth Calloway, the clinic's director, said the wait had doubled.\n\n"
        '"We turn people away every week," she said.',
        "Ruth Calloway",
    ),
]


@pytest.mark.parametrize(("body", "expected"), GUARDS)
def test_narration_naming_someone_else_stops_the_search(body: str, expected: str) -> None:
    assert claimants(body)[-1] == expected


def test_has_contracted_after_a_name_is_no_possessive() -> None:
    body = (
        "Councillor Imre Pettibone spoke first. Pettibone's been warning since spring that "
        "the budget runs short."
    )
    assert claimants(body)[-1] == "Imre Pettibone"
