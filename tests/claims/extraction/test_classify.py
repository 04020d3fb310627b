from __future__ import annotations

import pytest

from claims.extraction.attribute import Attribution
from claims.extraction.classify import CLAIM_TYPES, classify
from claims.extraction.pipeline import analyse
from claims.extraction.score import unit_features

OWN = Attribution("the article", "article", False)
QUOTED = Attribution("Jane Roe", "speaker", True)


def kind(text: str, att: Attribution = OWN) -> str:
    hand, _ = unit_features(text)
    return classify(text, hand, att)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Unemployment fell to 4.2 percent last year.", "statistic"),
        ("The program cost $1.5 billion.", "statistic"),
        ("Our country is doing better than any other in the region.", "comparison"),
        ("Prices rose sharply after the election.", "comparison"),
        ("The plant closed because of the new regulations.", "causal"),
        ("The bill will be signed into law before the session closes.", "prediction"),
        ("Russia invaded Ukraine in February 2022.", "event"),
        ("Freedom is the foundation of our republic.", "other"),
    ],
)
def test_types_by_content(text: str, expected: str) -> None:
    assert kind(text) == expected


def test_direct_quotes_take_precedence_over_content() -> None:
    text = '"Taxes rose 5% last year," Jane Roe said.'
    assert kind(text, QUOTED) == "quote"
    # Indirect speech is typed by what it says.
    assert kind(
        "Jane Roe said taxes rose 5% last year.", Attribution("Jane Roe", "speaker", False)
    ) == ("statistic")


def test_years_and_days_alone_are_not_statistics() -> None:
    assert kind("The treaty was signed in Paris on Sept. 4, 2015.") == "event"


def test_one_in_a_year_is_no_ratio() -> None:
    assert kind("I was at one in 1976 as a young volunteer.") != "statistic"


def test_every_type_is_documented() -> None:
    assert CLAIM_TYPES == (
        "quote",
        "statistic",
        "comparison",
        "causal",
        "prediction",
        "event",
        "other",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The county's jobless rate fell to 3.9 percent in June.",
        "The strike has lasted for more than three years.",
        "The levy passed 52 to 40, less than a week earlier.",  # a bound on time
        "According to exit polls from last week, 52 percent back the levy.",
        "More than 4,000 workers lost their jobs at the mill.",
        "The state spent $12 million on the new bridge.",
        "Fewer than 200 voters turned out in the township.",
        "Two thirds of the council voted for the levy.",
        "The new dam will hold about 80 billion gallons.",
        # a bound in any currency the money feature knows, not only $, £ and €
        "The pension fund now holds more than ¥3 trillion in bonds.",
        "The port authority spent more than ₹900 crore on the new pier.",
        # a ratio in words
        "About one in five adults in the county smokes.",
        "One in three said the council ignored them.",
    ],
)
def test_a_figure_that_is_not_compared_is_a_statistic(text: str) -> None:
    assert kind(text) == "statistic"


@pytest.mark.parametrize(
    "text",
    [
        "The county's jobless rate of 3.9 percent is higher than the state's.",
        "Fares rose from $2 to $2.75 in one year.",
        "Enrollment reached 5,200, up from 4,800 a year earlier.",
        "The district spends $9,000 per pupil, compared with $12,000 next door.",
        "Rents in the valley are twice as high as 10 years ago.",
        "Road spending rose from ₩3 trillion to ₩5 trillion in two years.",
        # set against a stretch of time back
        "The county's jobless rate, at 4.1 percent, is higher than a year ago.",
        "Ferry revenue was $7 million, about $2 million more than a year earlier.",
        # a change from the period before
        "The levy raises $886 million for the port, a 3% increase from last year.",
        "The port sold $30.4 million in tickets, up 31 percent from a year earlier.",
        # a share of an earlier level
        "The county's jobless rate is half of what it was.",
        "Ferry fares are now twice what they paid in 2019.",
    ],
)
def test_a_figure_compared_with_another_is_a_comparison(text: str) -> None:
    assert kind(text) == "comparison"


def test_one_of_the_is_not_a_figure() -> None:
    assert kind("Housing is one of the most pressing issues in the county.") != "statistic"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A change word that tells no change: a refusal, a worry, a withdrawal.
        ("The harbour master declined to comment on the closure.", "other"),
        ("A spokeswoman for the ministry declined to comment on Friday.", "event"),
        ("The audit raised questions about the contract.", "other"),
        ("Councillor Ives dropped out of the race in March.", "event"),
        ("The union cut ties with the agency.", "other"),
        # The same words telling a change stay comparisons, also beside a refusal.
        ("Ferry bookings declined sharply after the storm.", "comparison"),
        ("The port raised its fees again.", "comparison"),
        ("The harbour master declined to comment as bookings declined.", "comparison"),
    ],
)
def test_a_change_word_is_a_comparison_only_when_it_tells_a_change(
    text: str, expected: str
) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A year before a comma is a year, not a figure.
        ("In 2019, the council closed the depot.", "event"),
        ("The mill, which opened in 1998, closed its doors on Friday.", "event"),
        ("In 2019, the council sold 14 depots.", "statistic"),
        ("Revenue reached 2,019 tonnes, the port said.", "statistic"),
        # A policy's name is no change: "tax cuts", "pay cuts".
        ("The governor argues that her tax cuts created the boom.", "other"),
        ("The union asked whether managers would take pay cuts.", "other"),
    ],
)
def test_years_before_commas_and_policy_nouns(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A change pledged, proposed or feared is not a change told: no comparison.
        ("The harbour board would increase patrols on the quay.", "other"),
        ("Councillor Ives has promised to cut ferry fares.", "event"),
        ("The mayor will not raise the levy.", "prediction"),
        ("Volunteers tried to raise money for the lifeboat.", "other"),
        # A change made stays one, also beside a pledge.
        ("Ferry fares rose sharply after the storm.", "comparison"),
        ("Fares rose again, and the board would increase patrols.", "comparison"),
    ],
)
def test_a_change_not_yet_made_is_not_a_comparison(text: str, expected: str) -> None:
    assert kind(text) == expected


def _type(sentence: str) -> str:
    """The claim type the pipeline gives a one-sentence body."""
    (only,) = analyse(sentence)
    assert only.candidate is not None
    return only.candidate.claim_type


@pytest.mark.parametrize(
    "sentence",
    [
        'The levy is fair, Ada Roe insisted on Sunday\'s "Meet the Press."',
        'Ada Roe pointed to the "Harbor Renewal Act" as proof.',
    ],
)
def test_a_quoted_title_is_no_quotation(sentence: str) -> None:
    # a show's or a bill's name in quotation marks made the sentence a "quote"
    assert _type(sentence) != "quote"


@pytest.mark.parametrize(
    "sentence",
    [
        'Ada Roe called the mayor "Little Marco" at the rally.',
        '"GROWING PARTY," Ada Roe declared in a post.',
        'Ada Roe dismissed the audit as "a partisan hit job."',
    ],
)
def test_words_in_title_case_said_or_called_are_still_a_quotation(sentence: str) -> None:
    assert _type(sentence) == "quote"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an age set off after a name was a figure
        ("Maria Delgado, 57, said the levy had passed in March.", "event"),
        ("Jo Pike, 34, of Dover, says the levy is unfair.", "other"),
        # an age is no figure, a figure beside it still is
        ("The county hired Jo Pike, 34, and paid her 90,000.", "statistic"),
        ("The vote was Roe, 52, to Pike, 48.", "statistic"),
        # doubling down is a stance, no change
        ("Delgado doubled down on Sunday, saying the levy had passed in March.", "event"),
        ("Sales doubled last year to 40 million.", "statistic"),
    ],
)
def test_ages_and_doubling_down_are_no_figures(sentence: str, expected: str) -> None:
    assert _type(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a share of a group in words was no figure
        ("About half of voters support the levy.", "statistic"),
        ("Two-thirds of residents oppose the toll.", "statistic"),
        ("Close to half of the donors are women, compared with a third in 2012.", "comparison"),
        # a quarter or a third, which the scorer's number words do not hold; a group
        # named with capitals
        ("Only about a quarter of adults meet that goal.", "statistic"),
        ("A third of Vermont dairy farmers have sold their herds.", "statistic"),
        ("Half of U.S. voters back the levy.", "statistic"),
        # no share
        ("The two of them met on Monday.", "other"),
        ("The third of the ferries sailed at noon.", "other"),
    ],
)
def test_a_share_in_words_is_a_figure(sentence: str, expected: str) -> None:
    assert _type(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a level set against a stretch of the past
        ("Inflation is the highest in 40 years.", "comparison"),
        ("The jobless rate of 3.9% is its lowest since 1969.", "comparison"),
        ("The jobless rate of 3.9% is the lowest in more than a decade.", "comparison"),
        # a multiple of a count with no figure of its own
        ("Twice as many people died in 2023 as in 2019.", "comparison"),
        # (a bound is no comparison)
        ("The intruders were inside the system at least since 2007, for 14 days.", "statistic"),
        # the record as a noun: "a 40-year high", "a record low"
        ("Mortgage rates hit 7.8%, a 23-year high.", "comparison"),
        ("Ferry fares fell to two-decade lows of $4 in Tarn.", "comparison"),
        ("Wheat reached $14 a bushel, a record high.", "comparison"),
        # against the period before
        ("Sales reached $4.2 million, a 12% rise on the previous year.", "comparison"),
        ("Exports rose 6% from the same quarter last year.", "comparison"),
        ("Fares rose 9% year on year.", "comparison"),
        # (not: a day, a weekend, a count of highs)
        ("The 40 workers left on the same weekend the port closed.", "statistic"),
        ("The index set 12 highs in 2024.", "statistic"),
    ],
)
def test_a_record_or_a_multiple_is_a_comparison(sentence: str, expected: str) -> None:
    assert _type(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the future of reported speech: a promise or a forecast, checked when it falls due
        ("Hale said the ferry plan would fail.", "prediction"),
        ("Ms. Pike told lawmakers the harbor deficit would shrink.", "prediction"),
        ("The mayor promised that the bridge would open before the festival.", "prediction"),
        ("Pike said on Tuesday that she would not seek a recount.", "prediction"),
        ("Dr. Ortiz said he expected the drug to be widely used.", "prediction"),
        ("The harbor board expects fares to rise.", "prediction"),
        # by any verb that reports: posted, wrote, added, suggested, vowed, indicated
        ("Pike posted on X that she would hold hearings in January.", "prediction"),
        ("Hale wrote that the levy would fail in the spring.", "prediction"),
        ("Ms. Pike added that she would approve the ferry contract.", "prediction"),
        ("He suggested that a loss in either county would end her campaign.", "prediction"),
        # (a decision made known is no forecast)
        ("The mayor announced on Monday that the bridge would close.", "event"),
        # (an expectation told as a story is no forecast)
        ("When I began to speak, he expected me to read my statement.", "other"),
        # (not what did not happen, nor a wish; nor a "would" with no one reported)
        ("Hale said the levy would have passed without the storm.", "other"),
        ("Pike said she would like to see the harbor reopen.", "other"),
        ("It would be wrong to raise the harbor levy.", "other"),
    ],
)
def test_the_future_of_reported_speech_is_a_prediction(sentence: str, expected: str) -> None:
    assert kind(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "more" that counts is no comparison
        ("The union has begun collecting signatures for two more petitions.", "other"),
        ("The mayor will get one more chance on Friday to present the plan.", "prediction"),
        ("Hundreds more showed up at the harbour on Sunday.", "event"),
        ("Ada Pellow said she wants no more delays at the port.", "other"),
        ("The council is not fit to run the port any more.", "other"),
        # "more" that compares still does, and another cue beside a count keeps it one
        ("The new ferry is no more reliable than the old one.", "comparison"),
        ("Why would the plan be any more effective?", "comparison"),
        ("The port hired two more pilots, the most in a decade.", "comparison"),
        ("Two more ferries than last year sail to the island.", "comparison"),
    ],
)
def test_more_that_counts_is_no_comparison(sentence: str, expected: str) -> None:
    assert kind(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a comparative said of the subject compares, with no figure
        ("The ferry's delays were lower in 2019.", "comparison"),
        ("The stakes are even larger in the valley.", "comparison"),
        ("The harbor's fees have never been higher.", "comparison"),
        # (ending the sentence, a full stop right after it)
        ("In the valley the levy is lower.", "comparison"),
        # a comparative before a noun, an adverb's or a verb's is no such comparison
        ("Ada Pellow is better known as a harbor pilot.", "other"),
        ("What the council does is lower the harbor fees.", "other"),
    ],
)
def test_a_comparative_said_of_the_subject_is_a_comparison(sentence: str, expected: str) -> None:
    assert kind(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # "more" wished, asked or sent for is a quantity, not a comparison
        "The governor wants more money for the harbor schools.",
        "Pike urged the board to send more inspectors to the port.",
        "The union called for more teachers in Dover.",
        "Renner sought more details from the harbor board.",
    ],
)
def test_more_that_is_wished_for_is_no_comparison(sentence: str) -> None:
    assert _type(sentence) != "comparison"


@pytest.mark.parametrize(
    "sentence",
    [
        # (compared: as before)
        "Voters want more effective schools than the ones they have.",
        "Dover needs more police than it did in 2010.",
    ],
)
def test_more_compared_after_a_wish_is_a_comparison(sentence: str) -> None:
    assert _type(sentence) == "comparison"


@pytest.mark.parametrize(
    "sentence",
    [
        # a childhood, no change told
        "Jo Renner, 54, grew up in Salem.",
        "She grew up in a working-class family in Dover.",
        "Growing up in El Paso, Renner saw families cross the border.",
        "Renner was raised in Ohio by his aunt.",
    ],
)
def test_growing_up_is_no_comparison(sentence: str) -> None:
    assert _type(sentence) != "comparison"


def test_growth_in_figures_is_still_told() -> None:
    assert _type("Sales grew 4 percent.") == "statistic"
    assert _type("The economy grew faster than expected.") == "comparison"


@pytest.mark.parametrize(
    "sentence",
    [
        # a record as what someone has done, or a file
        "Republicans objected to her record on the harbor.",
        "Renner ran on his voting record in 2019.",
        "Pike has a track record of cutting fees.",
        "Renner spoke off the record to reporters.",
        "Let me set the record straight on the levy.",
    ],
)
def test_a_record_someone_has_is_no_comparison(sentence: str) -> None:
    assert _type(sentence) != "comparison"


@pytest.mark.parametrize(
    "sentence",
    [
        # (a highest or a lowest: as before)
        "Turnout hit a record high in Dover.",
        "Harbor fees set a record in May.",
        "Pike broke the record for most wins.",
    ],
)
def test_a_record_set_is_a_comparison(sentence: str) -> None:
    assert _type(sentence) == "comparison"


@pytest.mark.parametrize(
    "sentence",
    [
        # idioms and a share, nothing compared
        "Renner has opposed the levy ever since.",
        "Pike did her best to save the port.",
        "The plan will pass, at least for now.",
        "Most of the harbor workers live in Salem.",
        "Most voters in Dover said they back the levy.",
    ],
)
def test_ever_since_doing_ones_best_at_least_and_most_of_are_no_comparison(
    sentence: str,
) -> None:
    assert _type(sentence) != "comparison"


@pytest.mark.parametrize(
    "sentence",
    [
        # (a superlative, a first: as before)
        "The port is the most expensive in the region.",
        "The plan is the best way to fix the port, Pike said.",
        "It was the first time Renner spoke about the levy.",
    ],
)
def test_superlatives_are_still_comparisons(sentence: str) -> None:
    assert _type(sentence) == "comparison"


@pytest.mark.parametrize(
    "sentence",
    [
        # a count of sources is no figure claimed
        "Two people briefed on the talks said a vote was unlikely before May.",
        "Two senior aides said the deal was dead.",
    ],
)
def test_a_count_of_sources_is_no_statistic(sentence: str) -> None:
    assert _type(sentence) != "statistic"


@pytest.mark.parametrize(
    "sentence",
    [
        # (a figure the sources give, a share of people, people counted: as before)
        "Three officials said 40 people died.",
        "45 percent of voters said they back the levy.",
        "Two people were killed in the fire.",
        "Roe, 58, said she had paid $4,000 in fees.",
    ],
)
def test_figures_beside_a_source_stay_statistics(sentence: str) -> None:
    assert _type(sentence) == "statistic"
