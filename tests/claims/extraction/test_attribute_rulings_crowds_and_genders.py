"""Courts that rule, witnesses who testify on a given day, panels that conclude, crowds that
chant, unnamed groups by occupation or place, a gender told by the noun before a name, and
an organisation named just before a date. Invented stories."""

from __future__ import annotations

import pytest

from claims.extraction.names import NameBook, clean_name
from claims.extraction.organisations import OrganisationBook
from tests.claims.extraction.claimants import OUTLET, claimants, last


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a court's holding, with its vote and its day
        (
            "The Varnell Supreme Court ruled 4-3 on Thursday that the rent cap covers "
            "older leases.",
            "the Varnell Supreme Court",
        ),
        (
            "Tenants lost when the Harbor County Court ruled on Friday that the levy stands.",
            "Harbor County Court",
        ),
        (
            "Ona Pell was stripped of her relay title after a failed test, the Sports "
            "Integrity Tribunal ruled Monday.",
            "Sports Integrity Tribunal",
        ),
        # testimony with its day before "that"
        (
            "Tobin Quail testified Thursday that he saw two red cans by the loading dock.",
            "Tobin Quail",
        ),
        (
            "Tobin Quail, a night clerk at the depot, testified on Thursday that the gate "
            "stood open.",
            "Tobin Quail",
        ),
        # a panel's finding closing the sentence
        (
            "The deputy's account does not fit the footage, the board concluded in a "
            "report released Monday.",
            "the board",
        ),
        # a crowd's words
        ("Picketers chanted “Fair pay now” as the buses idled.", "Picketers"),
        ("From the front row, Ada Vell chanted “Four more years.”", "Ada Vell"),
        (
            "Marchers outside Orlen Hall chanted “Let us in” as the council arrived.",
            "Marchers outside Orlen Hall",
        ),
        # unnamed groups by occupation, in front and closing the sentence
        (
            "Wexley General has shut 40 beds for want of nurses, hospital managers said "
            "on Thursday.",
            "hospital managers",
        ),
        ("The boiler had been cold for nine days, tenants said.", "tenants"),
        ("Both camps claimed victory before the last precinct reported.", "both camps"),
        # ("outside" an adjective here, not where the group is)
        ("Some outside analysts see the cost as far lower.", "some outside analysts"),
        (
            "Residents near the Dunmore quarry say the blasts crack their windows.",
            "Residents near the Dunmore quarry",
        ),
    ],
)
def test_a_ruling_a_testimony_a_finding_and_a_crowd_have_their_speakers(
    sentence: str, expected: str
) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The old king ruled for forty years.",  # ruling a land, not a holding
        "Sales fell in May, the decline continued in June.",  # no finding, no words
        "The monks chanted for an hour before dawn.",  # no words given
        "The storms claimed 40 lives along the coast.",  # a toll, not a claim
        "The fever claims the lives of thousands each winter.",
        "Mudslides claimed nine lives in the valley.",
        "The state added Tuesday 4,000 jobs to its payroll.",  # added jobs, not words
    ],
)
def test_no_speaker_where_no_words_are_reported(sentence: str) -> None:
    assert last(sentence) == OUTLET


def test_a_noun_before_a_name_tells_whom_he_means() -> None:
    # "Corwen" is no given name the lists know; "businessman" says Lusk is a man, so "He"
    # after Helena Brandvold accused him is Lusk, not her.
    body = (
        "Rep. Helena Brandvold and businessman Corwen Lusk met in a debate on Tuesday.\n\n"
        "Brandvold opened by accusing Lusk of moving jobs abroad. He denied it, saying each "
        "closed plant had lost money for years. She said the filings told another story."
    )
    assert claimants(body)[2:] == ["Corwen Lusk", "Helena Brandvold"]


def test_a_noun_teaches_only_the_name_it_stands_before() -> None:
    book = NameBook()
    for text in (
        "Jory Roe was charged on Monday with selling stolen trucks.",
        # "wife, Ondine Roe" names Ondine, not Jory, whom the book knows by that surname
        "His wife, Ondine Roe, was not charged.",
        "Councilwoman Brisa Tull and businessman Corwen Lusk were not charged either.",
        # a given name the lists know decides: no noun overrides it
        "Spokesman Helena Varga declined to comment.",
    ):
        book.learn(text)
    assert book.genders == {"Brisa Tull": "f", "Corwen Lusk": "m"}


def test_a_date_after_an_organisation_is_no_part_of_its_name() -> None:
    texts = [
        "Senators questioned the head of Coastal Reach Airlines on Wednesday about delays.",
        "A spokesman for the airline said crews were cooperating.",
    ]
    assert OrganisationBook(texts).resolve("the airline", 1) == "Coastal Reach Airlines"
    assert claimants(" ".join(texts))[-1] == "Coastal Reach Airlines"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a group's estimate or forecast closing the sentence, or before what they hold
        ("The last patent runs out in 2029, analysts estimated.", "analysts"),
        ("Rates will rise again in March, economists predict.", "economists"),
        ("Some 9,000 cases went unreported, the advocates estimated.", "the advocates"),
    ],
)
def test_a_groups_estimate_is_theirs(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # the estimate of a figure in a relative clause, no statement of theirs
        "The turnout fell well short of the 40,000 a day organizers estimated during planning.",
        # told, not telling
        "Residents have been told to pay their water bills in person.",
        "Ona Pell was told to leave the hall.",
    ],
)
def test_no_group_or_person_speaks_in_an_estimate_of_a_figure_or_the_passive(
    sentence: str,
) -> None:
    assert last(sentence) == OUTLET


def test_the_apposition_s_verb_is_no_passive_of_told() -> None:
    body = (
        "Jory Pell filed the suit in May. Reached on Tuesday, Pell — who is on the state’s "
        "roll of lawyers though he hasn’t argued a case in years — told The Harbor Post "
        "he’s not going to drop the suit."
    )
    assert claimants(body)[-1] == "Jory Pell"


def test_a_person_given_as_the_source_is_the_one_she_means() -> None:
    # "according to Marva Oyelaran, who runs the auction": a person ("who"), so the next
    # "She" is hers, not the farmer quoted before
    body = (
        "Corvin Aldous, who grows corn west of town, said his crop would be half the usual."
        "\n\nWith pastures dry, many ranchers are selling cattle early, according to Marva "
        "Oyelaran, who runs the Tessel Livestock Auction. She said the barn sold 3,200 head "
        "last week."
    )
    assert claimants(body)[-2:] == ["Marva Oyelaran", "Marva Oyelaran"]


def test_an_organisation_given_as_the_source_is_no_she() -> None:
    # "Harbor Rights Watch" has no given name nor "who": the next "She" stays with the
    # woman quoted before
    body = (
        "Ada Voss said the detentions broke the law.\n\nMost detainees were never charged, "
        "according to Harbor Rights Watch. She said 40 were held for a year."
    )
    assert claimants(body)[-1] == "Ada Voss"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what a share of a group holds, as a poll or a body reports it: the reporter's
        (
            "About 52 percent of likely voters support the levy, according to a Tessaly "
            "College poll released Tuesday.",
            "a Tessaly College poll",
        ),
        ("Most riders oppose the fare rise, according to the survey.", "the survey"),
        (
            "About 87 percent of the 640 members who voted supported the deal, according to "
            "the Osterby Teachers Association.",
            "the Osterby Teachers Association",
        ),
        # (the date's preposition goes with the date)
        ("Most riders oppose the fare rise, according to a Vell poll in May.", "a Vell poll"),
        # a group named as the source stays a group
        (
            "Most riders oppose the fare rise, according to lawyers with the Vell Transit Project.",
            "lawyers with the Vell Transit Project",
        ),
    ],
)
def test_a_poll_or_body_given_as_the_source_reports_what_a_group_holds(
    sentence: str, expected: str
) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Twelve of the books should stay, the county librarian, Ansel Okoro, told the board.",
        "The levy is void, the city's chief librarian, Ansel Okoro, said on Monday.",
    ],
)
def test_a_description_set_off_before_the_name_closing_the_sentence(sentence: str) -> None:
    assert last(sentence) == "Ansel Okoro"


def test_a_stray_full_stop_after_a_name_is_no_word_of_it() -> None:
    assert clean_name("lawyers with the Vell Transit Project .") == "Vell Transit Project"
    assert clean_name("Ansel Okoro .") == "Ansel Okoro"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the name after a described firm, not the description cut short
        (
            "Outside groups spent $9 million on ads, according to the nonpartisan tracking "
            "firm Quillon Metrics.",
            "Quillon Metrics",
        ),
        (
            "Each day of the strike holds up $50 million in cargo, according to a study done by "
            "the economic research firm Tarrow Analytics.",
            "Tarrow Analytics",
        ),
        ("The Vell campaign welcomed the results.", "the Vell campaign"),
        ("Ansel Okoro recalled that the mill closed in a single week.", "Ansel Okoro"),
    ],
)
def test_a_described_firm_welcomed_results_and_a_memory(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a recall of envoys or goods is no memory
        "Ruritania recalled its ambassador to Valdoria on Tuesday.",
        "Kelvane Motors recalled about 40,000 cars over faulty brakes.",
    ],
)
def test_a_recall_of_envoys_or_goods_reports_no_words(sentence: str) -> None:
    assert last(sentence) == OUTLET


def test_it_issuing_a_warning_is_the_body_that_spoke_before() -> None:
    body = (
        "The Tessel Weather Office said the storm would strengthen overnight. It issued a "
        "storm warning for the coast from Port Alder to Harrow Point."
    )
    assert claimants(body)[-1] == "the Tessel Weather Office"
    bonds = "The Vell Water Board raised its rates. It issued bonds worth $40 million."
    assert claimants(bonds)[-1] == OUTLET


@pytest.mark.parametrize(
    "body",
    [
        # punctuation where a group and an "according to" source would stand: found by
        # fuzzing the round's patterns, it raised IndexError on an empty claimant
        ". analysts estimated on Monday it said Ansel Okoro told the board, according to . )",
        "the county librarian, who runs the fair ruled , according to  .",
        "Vell Bank on Monday Co , according to . ) and the . . testified Thursday that",
    ],
)
def test_punctuation_in_a_speakers_place_is_nobody_and_raises_nothing(body: str) -> None:
    assert all(c and any(ch.isalpha() for ch in c) for c in claimants(body))
