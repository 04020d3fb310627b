"""Speakers the sentence patterns used to miss: a subject after fronted phrases with its
reporting verb far away ("In an interview, Roe ... and said", "..., calling him “...”"),
verbs that need the words reported after them, title-case headlines, and the inverted
form with lower-case descriptors ('"...," said pollster Jo Roe'). Invented sentences."""

from __future__ import annotations

import pytest

from claims.extraction.headlines import headline_speaker, is_title_case
from claims.extraction.names import clean_name
from tests.claims.extraction.claimants import OUTLET, claimants, last


@pytest.mark.parametrize(
    "sentence",
    [
        "In an interview with the Herald, Brisco doubled down and said the fine was fair.",
        "Speaking at a town hall in Salem, Oregon, Brisco went after the mayor, "
        "calling him “a total stiff.”",
        "Brisco changed her mind on the spot – saying the county owed $2 million.",
        "Brisco landed in hot water by saying that the fine was $4 million.",
    ],
)
def test_the_subject_of_a_far_reporting_verb_speaks(sentence: str) -> None:
    assert last(sentence) == "Alma Brisco"


@pytest.mark.parametrize(
    "sentence",
    [
        "Last year, the county cut 300 jobs, calling it a hard choice.",
        "Brisco called the mayor on Tuesday.",
        "However, Brisco left the hearing early.",
    ],
)
def test_no_speaker_without_words_reported(sentence: str) -> None:
    assert last(sentence) == "The Ledger"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Brisco pointed out that the fine was $4 million.", "Alma Brisco"),
        ("Brisco agreed that the county owed $2 million.", "Alma Brisco"),
        ("Brisco echoed: “We lost 300 jobs.”", "Alma Brisco"),
        ("“We need 12 more clerks,” Brisco answered.", "Alma Brisco"),
        ("Brisco agreed to meet the mayor in May.", "The Ledger"),
        ("Brisco answered 12 questions.", "The Ledger"),
        ("The tariff could shape the “new” trade in Peru once agreed.", "The Ledger"),
    ],
)
def test_verbs_that_report_only_with_the_words_after_them(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Mayor Lena Hart Says Levy Will Pass In May.", "Mayor Lena Hart"),
        ("Levy Will Pass In May, Lena Hart Says.", "Lena Hart"),
        ("Wow: Lena Hart Just Said Something About The Levy.", "Lena Hart"),
        ("Lena Hart Calls For An Audit Of The Port.", "Lena Hart"),
        ("9 Things Lena Hart Has Said About Taxes.", None),
        ("If Hart Says It, It Is True.", None),
        ("Lena Hart says the levy will pass in May.", None),  # not title case
    ],
)
def test_headline_speaker(headline: str, expected: str | None) -> None:
    words = headline.replace(".", " ").replace(",", " ").replace(":", " ").split()
    assert headline_speaker(headline, words) == expected


def test_a_headline_claim_is_credited_to_its_speaker() -> None:
    body = "Mayor Lena Hart Says Levy Will Raise $4 Million.\n\nThe council votes in May."
    assert claimants(body)[0] == "Lena Hart"


def test_title_case_needs_most_words_capitalised() -> None:
    assert is_title_case(["Hart", "Says", "Levy", "Will", "Pass", "In", "May"])
    assert not is_title_case(["Hart", "says", "the", "levy", "will", "pass", "in", "May"])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('"It will appear in an ad," said pollster Frank Ardent.', "Frank Ardent"),
        (
            '"It was never going to work," said Monmouth political scientist Pat Moraine.',
            "Pat Moraine",
        ),
        ('"He is struggling," said former Vermont governor Howard Daniels (D).', "Howard Daniels"),
        ('"I cannot vote for him," said Concord resident Whit Sands.', "Whit Sands"),
        ("The budget rose 4 percent, said Democratic strategist Hank Shore.", "Hank Shore"),
    ],
)
def test_the_inverted_form_takes_lower_case_descriptors(sentence: str, expected: str) -> None:
    assert claimants(sentence) == [expected]


def test_only_a_reporting_verb_is_inverted() -> None:
    # "endorsed Senator Ted Vance": the senator is endorsed, not speaking.
    body = (
        "Clint Ward, a retired actor from Ohio and the brother of a director, endorsed "
        "Senator Ted Vance on Sunday, saying he “has the courage to fight.”"
    )
    assert claimants(body) == ["Clint Ward"]


def test_clean_name_drops_descriptors_but_keeps_groups() -> None:
    assert clean_name("pollster Frank Ardent") == "Frank Ardent"
    assert clean_name("Concord resident Whit Sands") == "Whit Sands"
    assert clean_name("Florida election officials") == "Florida election officials"
    assert clean_name("U.S. Bureau of Labor Statistics") == "U.S. Bureau of Labor Statistics"


def test_a_speaker_sentence_after_a_split_quotation_speaks_it() -> None:
    body = (
        "The vote began at noon.\n\n"
        "“We will win 36 votes!” Senator Jo Varga said as he left the floor.\n\n"
        "The clerk read the tally. Varga said nothing more."
    )
    assert claimants(body)[1:3] == ["Jo Varga", "Jo Varga"]
    assert claimants(body)[3] == "The Ledger"  # no quotation before it


def test_a_split_quotation_is_not_taken_across_paragraphs() -> None:
    body = "“Rents rose 12 percent!”\n\nSenator Jo Varga said the county must act."
    assert claimants(body) == ["The Ledger", "Jo Varga"]


def test_an_ally_or_a_voter_before_the_name_is_a_descriptor() -> None:
    body = (
        '"He is an old pal of ours," said Varga ally James Corbel.\n\n'
        '"Amnesty is part of his plan," said undecided Republican voter Stephanie Hoon.'
    )
    assert claimants(body) == ["James Corbel", "Stephanie Hoon"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ann Rolle, who helped found EDGE, a justice group based in Dover, said the fine "
            "was $4 million.",
            "Ann Rolle",
        ),
        (
            "Harry Bonds, 41, of Dayton, Ohio, who was one of those surveyed, said rents rose "
            "12 percent.",
            "Harry Bonds",
        ),
        (
            "Curtis Lembeck, an official at the Housing Authority in Nevada, which holds a "
            "backlog of 500 homes, said repairs cost $2 million.",
            "Curtis Lembeck",
        ),
    ],
)
def test_the_opener_speaks_through_a_long_apposition(sentence: str, expected: str) -> None:
    assert claimants(sentence) == [expected]


def test_an_organisation_or_place_opener_does_not_take_over() -> None:
    body = "The Port Authority, a state agency based in Dover, said costs rose 4 percent."
    assert claimants(body) == ["the Port Authority"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Jo Varga on Tuesday said the port lost 300 jobs.",
        "Senator Jo Varga however said the budget grew 4 percent.",
    ],
)
def test_an_adverbial_between_subject_and_verb(sentence: str) -> None:
    assert claimants(sentence) == ["Jo Varga"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Brisco canceled the joint rally in Dover, citing the attack on the port.",
        "Brisco moved around the table, asking the clerks whether the levy should pass.",
        "Brisco broke a long silence by asking 3 questions from the bench.",
        "Brisco pushed back, questioning the mayor's judgment on the 2019 levy.",
        "Brisco went after the mayor, slamming his plan to cut 40 jobs.",
        "Brisco has repudiated the old consensus, calling for a 35 percent tariff.",
        "Brisco sought to brush aside the loss, pointing to a big win in Salem.",
        "Brisco talked up her plan, promising to campaign in all 36 counties.",
        "Once she was elected, Brisco made the port a priority, announcing 2 new piers.",
        "More recently, she has spoken out against the levy, citing the 40 lost jobs.",
    ],
)
def test_a_stance_taken_in_the_same_breath_is_the_subjects(sentence: str) -> None:
    assert last(sentence) == "Alma Brisco"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an infinitive is no name: the subject after it speaks
        ("To nudge it along, Brisco has run 3 ads, calling on the mayor to act.", "Alma Brisco"),
        # "questioning" as a noun takes no subject
        ("The questioning of 12 witnesses lasted until 9 p.m.", "The Ledger"),
    ],
)
def test_an_infinitive_or_a_gerund_names_no_speaker(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Brisco sought to reassure the 40 clerks on Monday.",
        "Brisco assured voters she would cut the levy by 2020.",
        "Brisco applauded the ruling on the 2019 levy.",
        "Brisco reminded the clerks that the levy expires in 2021.",
        "Brisco discussed the levy with 30 clerks.",
        "Brisco talked about the 40 lost jobs.",
        "Brisco expressed dismay at the $4 million fine.",
        "Brisco described the county's old port as a sieve.",
    ],
)
def test_a_stance_or_talk_is_the_subjects(sentence: str) -> None:
    assert last(sentence) == "Alma Brisco"


@pytest.mark.parametrize(
    "sentence",
    [
        "Brisco is assured of 40 votes.",  # a prospect, not words
        "Brisco reminds many of a young Pell.",  # a likeness
        "The initiative seeks to cut the levy by 2020.",  # a thing's aim
    ],
)
def test_a_prospect_a_likeness_or_a_things_aim_is_no_statement(sentence: str) -> None:
    assert last(sentence) == "The Ledger"


@pytest.mark.parametrize(
    "sentence",
    [
        "Brisco made clear that the levy would stay.",
        "Brisco made the point that 40 jobs were lost.",
        "Brisco has made no secret of her plan to cut the levy.",
        "Brisco made a case for a 2 percent levy.",
        "Brisco spoke highly of the clerks on Monday.",
        "Brisco spoke to the Herald about the 40 lost jobs.",
    ],
)
def test_making_a_point_or_speaking_of_something_is_the_subjects(sentence: str) -> None:
    assert last(sentence) == "Alma Brisco"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the remarks are elsewhere: this sentence reports when they were made
        ("Brisco made her remarks at a breakfast in Dover.", "The Ledger"),
        # the words of these phrases ("the", "with", "point") send no sentence past the
        # group sources
        ("Critics argue the levy made the port poorer.", "Critics"),
        # "claim" in the present is the verb only before what is claimed
        ("Critics claim the levy made the port poorer.", "Critics"),
        ("Dock workers claim that 40 jobs were lost.", "Dock workers"),
        ("Inconsistencies with Tarn's claim that 40 jobs were lost emerged.", "The Ledger"),
        ("Gulf sources believe the port will close with the levy.", "Gulf sources"),
    ],
)
def test_the_words_around_a_phrase_verb_are_not_verbs(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Brisco noted the 2019 attacks and her support for the clerks.",
        "Brisco also mentioned the 40 lost jobs in Dover.",
        "Brisco pointed to a poll that shows her 12 points ahead.",
        "Brisco declined comment beyond the filings.",
        "Brisco declined multiple requests to talk about the port.",
        "“Resign now!” the county's chief judge, Alma Brisco, tweeted Sunday.",
    ],
)
def test_noting_pointing_to_and_declining_are_the_subjects(sentence: str) -> None:
    assert last(sentence) == "Alma Brisco"


@pytest.mark.parametrize(
    "sentence",
    [
        # where, not who
        "Overall, the casinos in Dover City reported $2 billion in revenue.",
        # the outlet quoting its own reporting speaks in its own voice
        "The port lost 40 jobs, as the Ledger has noted before.",
    ],
)
def test_a_place_or_the_outlet_itself_is_no_other_speaker(sentence: str) -> None:
    assert last(sentence) == "The Ledger"


@pytest.mark.parametrize(
    "sentence",
    [
        "Brisco attacked the mayor's plan to cut 40 jobs.",
        "Brisco calls the levy a tax on the poor.",
    ],
)
def test_attacking_and_calling_something_names_are_the_subjects(sentence: str) -> None:
    assert last(sentence) == "Alma Brisco"


def test_a_pronoun_resolved_to_a_possessive_is_the_owner() -> None:
    body = "The race recalls Ivo Pell's bid.\n\nHe said the levy was a waste."
    assert claimants(body)[-1] == "Ivo Pell"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Democrats went further, with former Maine Gov. Ivo Pell calling the levy a tax.",
            "Ivo Pell",
        ),
        (
            "The clerks were irritated, with Sen. Nora Feld calling it “a Chinese menu.”",
            "Nora Feld",
        ),
        ("The two played nice, with Pell repeatedly calling Brisco his friend.", "Ivo Pell"),
        ("The hearing ended with Pell asking the clerks whether 40 jobs were lost.", "Ivo Pell"),
        # no name, no speaker
        ("The port closed with 40 workers calling in sick.", "The Ledger"),
    ],
)
def test_a_name_in_an_absolute_phrase_with_a_participle_of_speech_speaks(
    sentence: str, expected: str
) -> None:
    body = "Mayor Ivo Pell spoke on Monday.\n\n" + sentence
    assert claimants(body)[-1] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Brisco encouraged the clerks to join her in a fast on Monday.",
        "Brisco called to ban the levy from the 2020 ballot.",
        "Brisco offered a more reserved response about the 40 lost jobs.",
    ],
)
def test_encouraging_calling_to_and_offering_a_view_are_the_subjects(sentence: str) -> None:
    assert last(sentence) == "Alma Brisco"


@pytest.mark.parametrize(
    "sentence",
    [
        # a relative "that" with a past tense after it reports no words
        "She installed a new office that included 2 courtrooms.",
        # a change of status, not a statement
        "Initially a clerk, she ran in 2001 and declared herself an independent in 2007.",
        "Nobody opposed her in 2019.",
        # the writer, in the article's own voice
        "As I mentioned above, the levy got 13 million votes.",
    ],
)
def test_a_relative_clause_a_new_status_or_nobody_is_no_statement(sentence: str) -> None:
    assert last(sentence) == "The Ledger"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The company's policy chief, Joel Kaplan, wrote in a blog post that the program "
            "had become a tool.",
            "Joel Kaplan",
        ),
        (
            "A former supporter, retired teacher Ada Lusk, lives in the district and wrote in "
            "an email to the Ledger that the race was tragic.",
            "Ada Lusk",
        ),
        (
            "The union's chief, Ines Marl, wrote on Tuesday that pay would rise.",
            "Ines Marl",
        ),
        # what the subject wrote, as a participle after the main verb
        (
            "Judge Ada Pell dissented, writing that the state had a legitimate interest.",
            "Ada Pell",
        ),
        # (writing in a place is no speech: "wrote in the margins of a book" names no claim)
        ("The union's chief, Ines Marl, wrote in the margins of a book.", "The Ledger"),
        ("Ines Marl spent the winter writing songs that nobody heard.", "The Ledger"),
    ],
)
def test_wrote_with_where_or_when_before_what(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # whose words the sentence gives, as they "put it"
        (
            "The deficit will reach $2 billion by 2027, as Brisco put it in a memo last week.",
            "Alma Brisco",
        ),
        # someone's view, argument or contention "is that"
        ("Brisco's view is that the state cannot afford the program.", "Alma Brisco"),
        ("Brisco's contention was that the levy is void.", "Alma Brisco"),
        # "per" opening the sentence, as "according to"
        ("Per Brisco's office, the state has added 40,000 jobs.", "Brisco's office"),
        ("Per the Labor Department, the state has added 40,000 jobs.", "the Labor Department"),
        ("Per capita, the state spends more.", OUTLET),
    ],
)
def test_as_they_put_it_a_view_that_and_per(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a passive verb of saying: whoever said or told it is not the subject
        "Brisco is said to be furious about the leak.",
        "The plan was said to cost $2 billion.",
    ],
)
def test_one_who_is_said_to_or_told_is_no_speaker(sentence: str) -> None:
    assert last(sentence) == OUTLET


def test_one_who_has_said_still_speaks() -> None:
    assert last("Brisco has said that the fund was empty.") == "Alma Brisco"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one the sentence presents before a colon and a quotation
        (
            "Here’s Brisco in December 1992: “Our new direction must rest on new realities.”",
            "Alma Brisco",
        ),
        ('Here is Brisco, speaking on Tuesday: "We will win."', "Alma Brisco"),
        # (a thing presented is no speaker)
        ('Here is the plan: "Cut taxes."', OUTLET),
    ],
)
def test_here_is_someone_then_their_words(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Tarn Reserve Bank held rates steady on Wednesday, but signaled that two cuts "
            "were likely before May.",
            "the Tarn Reserve Bank",
        ),
        ("Brisco upheld the fine, but indicated that she would cut it in May.", "Alma Brisco"),
        ("Brisco left the hearing early and hinted at a run for mayor.", "Alma Brisco"),
        # (a signal that is no speaker's: no verb of the subject after "but")
        ("Brisco upheld the fine, but the signal was clear.", "The Ledger"),
    ],
)
def test_a_signal_after_but_or_and_is_the_subjects(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Brisco is making a pitch to Dover voters saying the levy is hurting the port.",
            "Alma Brisco",
        ),
        ("Brisco sent a letter to Tarn County donors saying the levy was unfair.", "Alma Brisco"),
        ("Brisco made an appeal saying the port must stay open.", "Alma Brisco"),
        # (no verb of the subject's before the pitch: as before)
        ("The pitch saying nothing was ignored.", "The Ledger"),
    ],
)
def test_a_pitch_or_a_letter_to_voters_saying_is_the_subjects(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Recently, Tom Emmer of Laconia, N.H., stood at a Brisco event to say he was "
            "leaning toward the levy.",
            "Tom Emmer",
        ),
        ("Brisco took the stage to tell voters the port would close.", "Alma Brisco"),
        ("Brisco got up at the hearing to say the fine was too low.", "Alma Brisco"),
        # (a purpose that is no speaking: as before)
        ("Brisco stood at the door to greet guests.", "The Ledger"),
    ],
)
def test_standing_up_to_say_is_the_subjects(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('Brisco likes to say that the port "pays for itself."', "Alma Brisco"),
        ("Brisco used to say the port paid for itself.", "Alma Brisco"),
        # (a liking, no words: as before)
        ("Brisco likes to sail on weekends.", "The Ledger"),
    ],
)
def test_what_the_subject_likes_to_say_is_the_subjects(sentence: str, expected: str) -> None:
    assert last(sentence) == expected
