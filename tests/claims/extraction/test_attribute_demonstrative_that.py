"""A pronoun subject with a that-clause of its own speaks ("She hopes that taxes
fall"), but "that" before a noun that closes the clause is a determiner, and no
that-clause at all: "She will hit that number on Tuesday", "He managed that campaign."
Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import OUTLET, claimants

_OPENING = "Councillor Ada Pike spoke at the hall on Monday.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "She undoubtedly will reach that number on Tuesday, when the last wards vote.",
        "She hit that target in March.",
        "She is most likely to win the seats that month.",
        "She managed that campaign, not the harbor one.",
    ],
)
def test_that_before_a_closing_noun_is_a_determiner(sentence: str) -> None:
    assert claimants(_OPENING + sentence)[-1] == OUTLET


@pytest.mark.parametrize(
    "sentence",
    [
        "She hopes that taxes will fall next year.",
        "She anticipated that one of the hardest tasks would be the harbor budget.",
        "But she recognizes that the levy cost $5 million.",
        "She noted on Monday that voters in Dover care about the levy.",
    ],
)
def test_a_that_clause_of_the_pronoun_s_own_is_still_spoken(sentence: str) -> None:
    assert claimants(_OPENING + sentence)[-1] == "Ada Pike"
