"""A person the narration introduces by full name and an apposition, for the first time,
is the next "he" or "she" quoted, not whoever spoke before. Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import claimants

OPENING = (
    'Harbor commissioner Walter Brisk defended the dredging plan. "We cannot wait another '
    'decade," Brisk said.\n\n'
)


@pytest.mark.parametrize(
    "narration",
    [
        "Some skeptics of the plan, like Martin Oduya, a marine biologist at Selden College, "
        "concede that the channel is too shallow.",
        "Critics such as Martin Oduya, who studies estuaries at Selden College, have been louder.",
    ],
)
def test_the_newcomer_is_the_next_pronoun(narration: str) -> None:
    body = OPENING + narration + '\n\n"The silt will come back within a year," he said.'
    assert claimants(body)[-1] == "Martin Oduya"


def test_a_newcomer_of_the_other_gender_is_not_he() -> None:
    body = (
        OPENING + "Some skeptics of the plan, like Helen Oduya, a marine biologist at Selden "
        'College, concede that the channel is too shallow.\n\n"The silt will come back '
        'within a year," he said.'
    )
    assert claimants(body)[-1] == "Walter Brisk"


def test_a_phrase_before_a_comma_is_no_newcomer() -> None:
    body = (
        OPENING + "In September, the port lost two barges.\n\n"
        '"The silt will come back within a year," he said.'
    )
    assert claimants(body)[-1] == "Walter Brisk"


def test_a_quotation_after_narration_introducing_someone_is_theirs() -> None:
    body = (
        OPENING + "Nadia Pruitt, a pilot on the river for 30 years, described a night when "
        'her barge ran aground twice. "The channel moves every spring. Nobody maps it."'
    )
    assert claimants(body)[-2:] == ["Nadia Pruitt", "Nadia Pruitt"]
