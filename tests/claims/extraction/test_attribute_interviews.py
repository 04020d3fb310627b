"""An interview in questions and answers ("Q: ..." | "A: ..."): the one answering is the
person the narration before the first question names most; the questions stay the
outlet's. Invented interviews (no corpus text)."""

from __future__ import annotations

from .claimants import claimants


def test_the_answers_are_the_interviewees() -> None:
    body = (
        "In an interview with the Ledger, Sen. Ada Roe discussed the budget.\n\n"
        "Q: How big is the deficit?\n\n"
        "A: It is $1.8 trillion, the biggest since 2020.\n\n"
        "Q: Will you vote for the bill?\n\n"
        "A: No. It raises taxes on 40 million families."
    )
    assert claimants(body) == [
        "Ada Roe",
        "The Ledger",
        "Ada Roe",
        "The Ledger",
        "Ada Roe",
    ]


def test_the_interviewee_is_the_person_the_introduction_names_most() -> None:
    # (named last: the judge the interviewee spoke about, not the interviewee)
    body = (
        "Mayor Tomas Rijk met reporters at City Hall. Rijk defended the levy, and Rijk "
        "praised Judge Ola Brisco.\n\n"
        "Q: Will the levy stay?\n\n"
        "A: The levy stays until 2030."
    )
    assert claimants(body)[-1] == "Tomas Rijk"


def test_answers_with_nobody_introduced_stay_the_outlets() -> None:
    body = "Q: How big is the deficit?\n\nA: It is $1.8 trillion."
    assert claimants(body) == ["The Ledger", "The Ledger"]
