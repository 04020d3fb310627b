"""An interview in questions and answers ("Q: ..." | "A: ..."): the one answering is the
person the narration before the first question names most; the questions stay the
outlet's. Invented interviews (no corpus text)."""

from __future__ import annotations

from .claimants import OUTLET, claimants


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
        "Ada Roe",  # "No."
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


def test_an_answer_that_goes_on_past_its_paragraph_is_still_the_interviewees() -> None:
    body = (
        "In an interview with the Ledger, Sen. Ada Roe discussed the budget.\n\n"
        "Q: Will you vote for the bill?\n\n"
        "A: No. It raises taxes on 40 million families.\n\n"
        "I have voted against every such bill since 2019. The last one cost $300 billion.\n\n"
        "The senator left for the airport after the interview."
    )
    assert claimants(body)[-4:] == ["Ada Roe", "Ada Roe", "Ada Roe", "The Ledger"]


def test_a_transcripts_turn_goes_on_in_the_first_person() -> None:
    body = (
        "GOV. ELLEN PRICE: Good afternoon. As of this morning, 112,000 homes are still"
        " without power.\n\n"
        "We expect 90 percent of customers to be restored by Thursday. That number will"
        " hold.\n\n"
        "REPORTER: Is that acceptable?\n\n"
        "GOV. ELLEN PRICE: No.\n\n"
        "The briefing ended at noon. We left the room after it."
    )
    assert claimants(body)[2:4] == ["Ellen Price", "Ellen Price"]
    assert claimants(body)[-2:] == ["The Ledger", "The Ledger"]


_BRIEFING = (
    "GOV. ELLEN PRICE: Good afternoon. Power is back in 112,000 homes.\n\n"
    "REPORTER: Is that acceptable?\n\n"
    "GOV. ELLEN PRICE: No. It is not.\n\n"
)


def test_a_line_with_a_label_the_reader_did_not_take_is_no_turn_going_on() -> None:
    # a transcript's line whose label was not read ("MR. PIKE: we should ...", lower case
    # after the colon) is another speaker's turn, never the last one's
    body = _BRIEFING + "MR. PIKE: we should pay for it, and we have not."
    assert claimants(body)[-1] == "The Ledger"


def test_first_person_narration_with_a_quotation_after_a_turn_is_no_turn_going_on() -> None:
    body = _BRIEFING + 'Our reporter then asked about the "bridge tax" and the 14 shelters.'
    assert claimants(body)[-1] == "The Ledger"


def test_a_transcript_announced_after_a_speaker_is_theirs() -> None:
    body = (
        'After winning the primary, Gov. Dana Quillon said, "We are going all the way."\n\n'
        "Transcript as follows:\n\n"
        '"Tonight we arrived in Springfield, and we went to a diner. People started to '
        "cheer. When I became governor, we had lost 350,000 jobs."
    )
    # it gave the outlet every sentence of the transcript
    assert claimants(body)[-3:] == ["Dana Quillon"] * 3


def test_a_quoted_transcripts_labelled_turns_are_the_labels() -> None:
    body = (
        "At the debate, candidate Dana Quillon said her rival was wrong.\n\n"
        "Partial transcript as follows:\n\n"
        '"MODERATOR: Did you mislead the families?\n\n'
        '"QUILLON: I feel a great deal of sympathy for the families. She is wrong.'
    )
    # the labels inside the opening marks were not read; an unknown label stays unread
    assert claimants(body)[-2:] == ["Dana Quillon", "Dana Quillon"]
    assert claimants(body)[-3] == OUTLET


def test_a_colon_line_that_announces_nothing_is_left_alone() -> None:
    body = (
        'Gov. Dana Quillon said, "We are going all the way."\n\n'
        "Here is what we know:\n\n"
        '"The plant will close in June," a union official said.'
    )
    assert claimants(body)[-1] == "a union official"
