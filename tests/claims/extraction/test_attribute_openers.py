"""Words a sentence opens with that name nobody ("Hours later,", "Walking to the car,",
"Eight years ago,"), the speaker after a quotation and an apposition that ends in a
place, a reporting clause at the end of a sentence, "concluded" and "opined", and what a
possessive owns after "according to". Invented sentences."""

from __future__ import annotations

import pytest

from claims.extraction.places import is_place
from tests.claims.extraction.claimants import INTRO, OUTLET, claimants, last


@pytest.mark.parametrize(
    "sentence",
    [
        "Hours later, Brisco praised the clerks, telling the Herald the fine was fair.",
        "Early in the hearing, Brisco attacked the county, calling it “a sieve.”",
        "Here in Dover, Brisco stepped up her attacks, saying the levy cost 40 jobs.",
        "Walking to her car, Brisco reminisced about 1999 and said the port was busier.",
        "Having heard both sides, Brisco went on to say the fine was $4 million.",
    ],
)
def test_a_time_place_or_participle_phrase_is_not_the_subject(sentence: str) -> None:
    assert last(sentence) == "Alma Brisco"


def test_a_count_that_opens_a_sentence_is_not_the_subject() -> None:
    claimant = last("Eight years ago, she backed the levy and said, “It will add 40 jobs.”")
    assert claimant != "Eight"


@pytest.mark.parametrize(
    "sentence",
    [
        "“The county owes $2 million,” Brisco concluded.",
        "“The county owes $2 million,” Brisco concluded. “And it knows it.”",
        "Brisco concluded that the county owed $2 million.",
        '"The county owes $2 million," opined Brisco.',
    ],
)
def test_concluded_and_opined_report_the_words_after_or_before_them(sentence: str) -> None:
    assert all(c == "Alma Brisco" for c in claimants(INTRO + sentence)[1:])


def test_concluded_without_words_reported_is_not_speech() -> None:
    assert last("The hearing concluded on Friday with 12 witnesses.") == "The Ledger"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "''The fine was fair,'' Mr. Lusk, now 81 and retired in Dover, Del., said by phone.",
            "Lusk",
        ),
        (
            '"The levy scares me," Ida Vance, 30, of Salem, Ore., who was one of those surveyed, '
            "said in an interview.",
            "Ida Vance",
        ),
        (
            "“We lost 40 jobs,” Ida Vance, 67, a retired nurse in Lowell, Mass., said.",
            "Ida Vance",
        ),
    ],
)
def test_the_speaker_after_a_quotation_is_not_the_state_in_the_apposition(
    sentence: str, expected: str
) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize("abbreviation", ["Mass.", "N.C.", "N.C", "Ore.", "Wash."])
def test_state_abbreviations_are_places(abbreviation: str) -> None:
    assert is_place(abbreviation)


def test_unnamed_officials_after_an_adjective_keep_their_noun() -> None:
    sentence = (
        "Federal officials familiar with the raid in Dover, Del., speaking on condition of "
        "anonymity, said 40 files were taken."
    )
    assert last(sentence) == "Federal officials"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Mr. Lusk intends to cut the levy 2 percent next month, Brisco said, adding "
            "that the county agreed.",
            "Alma Brisco",
        ),
        ("Lusk wants a new tax on land, she said on Tuesday.", "Alma Brisco"),
        ("Lusk wants a new tax on land worth $2 million, which Brisco called unfair.", "Lusk"),
    ],
)
def test_a_closing_reporting_clause_speaks_what_another_wants(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The fine rose 2 percent, according to Lusk's campaign.", "Lusk's campaign"),
        ("According to Lusk's plea agreement, he faces 4 years.", "Lusk's plea agreement"),
        ("According to Lusk's spokeswoman Ada Pike, the fine rose 2 percent.", "Ada Pike"),
        ("According to Lusk's lawyer, Ada Pike, the fine rose 2 percent.", "Ada Pike"),
    ],
)
def test_according_to_a_possessive_names_what_it_owns(sentence: str, expected: str) -> None:
    assert claimants(sentence)[-1] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The deal is a fraction of Lusk's reported net worth of $40 million.",
        "We found that 40 percent of the clerks were new.",
    ],
)
def test_a_possessive_or_the_writer_is_not_a_source(sentence: str) -> None:
    assert last(sentence) == "The Ledger"


@pytest.mark.parametrize(
    "sentence",
    [
        "“The county owes $2 million,” Brisco barked.",
        '"Pay the $2 million," barked Brisco.',
        "Brisco shouted: “The county owes $2 million.”",
        "“Out, out, out!” Brisco yelled on Tuesday.",
        "Brisco posted a photo of the 40 ledgers on Sunday, writing “Here are the books.”",
    ],
)
def test_a_manner_of_speaking_beside_a_quotation_reports_it(sentence: str) -> None:
    assert last(sentence) == "Alma Brisco"


@pytest.mark.parametrize(
    "sentence",
    [
        "The dog barked at the 40 clerks on Tuesday.",
        "Brisco laughed at the idea of a $2 million fine.",
        "Brisco spent 2019 writing a memoir about the port.",
    ],
)
def test_a_manner_verb_or_writing_without_a_quotation_reports_nothing(sentence: str) -> None:
    assert last(sentence) == "The Ledger"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Lusk's campaign chairman, Ada Pike, said the fine was $2 million.", "Ada Pike"),
        ("Lusk's former campaign manager, Ada Pike, said the fine was $2 million.", "Ada Pike"),
        ("Lusk's campaign chairman said the fine was $2 million.", "Lusk's campaign chairman"),
        ("Mr. Lusk's aides said he planned to cut 40 jobs.", "Lusk's aides"),
    ],
)
def test_what_a_possessive_subject_owns_is_the_speaker(sentence: str, expected: str) -> None:
    assert claimants(sentence)[-1] == expected


def test_a_possessive_opener_is_not_the_subject_of_a_far_verb() -> None:
    sentence = "Lusk's daughter, 34, has built a brand, writing a book called “Work” in 2019."
    assert claimants(sentence)[-1] != "Lusk's"


def test_a_day_after_a_name_is_not_learnt_as_part_of_it() -> None:
    body = (
        "Governor Ray Lusk spoke in Dover.\n\n"
        "Host Ann Kirby asked Lusk Wednesday if the port would reopen.\n\n"
        "“We will hire 40 clerks,” he told Kirby."
    )
    assert "Lusk Wednesday" not in claimants(body)
    assert claimants(body)[-1] == "Ray Lusk"  # asked, he answers


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("April Lind, a spokeswoman for the port, said the fine was $2 million.", "April Lind"),
        ("May Olsen said the county lost 40 jobs.", "May Olsen"),
    ],
)
def test_a_given_name_that_is_also_a_month_is_a_person(sentence: str, expected: str) -> None:
    assert claimants(sentence)[-1] == expected


def test_a_day_alone_before_a_verb_is_not_a_speaker() -> None:
    assert claimants("Monday Lusk said the county lost 40 jobs.")[-1] != "Monday"


@pytest.mark.parametrize(
    "sentence",
    [
        "Brisco did not name the mayor, but told the clerks that the county owed $2 million.",
        "Brisco stuck to the levy at first, eventually saying the fine was $4 million.",
        "Brisco praised the 40 clerks while saying the county still owed $2 million.",
    ],
)
def test_more_far_verbs_report_the_subject(sentence: str) -> None:
    assert last(sentence) == "Alma Brisco"


def test_while_adding_an_object_is_not_speech() -> None:
    sentence = "Brisco's party held 12 seats while adding strongholds like Dover in 2019."
    assert last(sentence) == "The Ledger"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            '"The fine is fair," added his campaign manager Ada Pike, speaking to reporters.',
            "Ada Pike",
        ),
        ("Ada Pike of the Center for Port Studies wrote that 40 jobs went.", "Ada Pike"),
        (
            "The cities of Dover and Salem said they would cut the levy 2 percent.",
            "the cities of Dover and Salem",
        ),
    ],
)
def test_descriptors_after_a_determiner_and_long_homes_are_read_whole(
    sentence: str, expected: str
) -> None:
    assert claimants(sentence)[-1] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Then she added warily: “There is always a $2 million surprise.”",
        "That is because, as she puts it, “the port is 40 years behind.”",
        "As Brisco put it: “The county owes $2 million.”",
        "She barely mentioned the port, joking that the 40 clerks ran it anyway.",
        "On Twitter, she answered the mayor by saying, “The fine is $4 million.”",
    ],
)
def test_more_ways_to_report_the_words_of_a_known_speaker(sentence: str) -> None:
    assert last(sentence) == "Alma Brisco"


def test_put_it_on_the_table_is_not_speech() -> None:
    assert last("Brisco put it on the table with 40 other files.") == "The Ledger"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "After Mayor Ray Lusk criticized the port, Brisco shot back, “We lost 40 jobs.”",
            "Alma Brisco",
        ),
        (
            "While Lusk has pledged to cut the levy, Brisco said the county still owes $2 million.",
            "Alma Brisco",
        ),
        ("When Lusk said the levy rose 2 percent, the crowd cheered.", "Lusk"),
    ],
)
def test_the_main_clause_speaks_before_a_fronted_subordinate_clause(
    sentence: str, expected: str
) -> None:
    assert last(sentence) == expected


def test_a_number_with_a_comma_does_not_end_an_apposition() -> None:
    sentence = "Brisco, who says the county wants to admit 250,000 visitors, said the port is full."
    assert last(sentence) == "Alma Brisco"


def test_two_titles_joined_by_and_before_a_name() -> None:
    sentence = '"We lost 40 jobs," said former Delaware Gov. and party Chairman Ed Rudd.'
    assert claimants(sentence)[-1] == "Ed Rudd"


def test_a_paragraph_introduced_by_a_colon_quotes_the_subject_before_it() -> None:
    body = (
        "Judge Alma Brisco ruled on Monday. Brisco then turned to the clerks:\n\n"
        "“The county owes $2 million. It has known that since 2019.”"
    )
    assert claimants(body)[-2:] == ["Alma Brisco", "Alma Brisco"]


def test_a_rubric_before_a_colon_quotes_nobody() -> None:
    body = "Transcript as follows:\n\n“The county owes $2 million.”"
    assert claimants(body)[-1] == "The Ledger"


def test_a_long_apposition_still_leads_to_its_verb() -> None:
    sentence = (
        "Ada Pike, a veteran port operative who ran the county's 2008 levy drive and is now "
        "running the clerks' early-vote effort across the whole of the northern district, "
        "said the fine was $2 million."
    )
    assert last(sentence) == "Ada Pike"


def test_a_name_coordinated_after_the_verb_is_spoken_about() -> None:
    sentence = "For now, Lusk, at the Port Institute, said Dover and Salem have agreed on 40 jobs."
    assert claimants(sentence)[-1] == "Lusk"


def test_a_participle_before_an_ing_word_opens_a_phrase() -> None:
    sentence = (
        "Facing mounting criticism, Brisco released a statement, insisting the fine was fair."
    )
    assert last(sentence) == "Alma Brisco"


@pytest.mark.parametrize(
    "sentence",
    [
        "Brisco won the Dover caucus on Saturday, adding to her lead of 40 delegates.",
        "But the borrowing continued, and four years later the county owed $2 million.",
    ],
)
def test_adding_to_and_continued_with_a_comma_are_not_speech(sentence: str) -> None:
    assert last(sentence) == "The Ledger"


@pytest.mark.parametrize(
    "sentence",
    [
        "Brisco continued, “The county owes $2 million.”",
        "The levy, Brisco concluded, cost the county 40 jobs.",
    ],
)
def test_continued_before_a_quotation_and_a_parenthetical_concluded_are_speech(
    sentence: str,
) -> None:
    assert last(sentence) == "Alma Brisco"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The county lost 40 jobs in 2019, Harbor Weekly recently reported.", "Harbor Weekly"),
        ("Support for the levy fell 12 points among renters, Gallup found.", "Gallup"),
        ("As the Dover Herald previously reported, the fine was $2 million.", "the Dover Herald"),
    ],
)
def test_a_source_with_an_adverb_or_at_the_end_of_the_sentence(
    sentence: str, expected: str
) -> None:
    assert claimants(sentence)[-1] == expected


def test_found_with_an_object_at_the_end_is_not_a_source() -> None:
    assert claimants("The police searched the port, and Brisco found 40 files.")[-1] == "The Ledger"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Pike, who calls the levy a “sham,” said the county owes $2 million.", "Pike"),
        (
            'Pike, the co-author of "Port Rules," about the 2019 strike, said 40 jobs went.',
            "Pike",
        ),
        ("Ada Pike, a host of ''The Ledger Hour,'' said the fine was $2 million.", "Ada Pike"),
    ],
)
def test_a_quoted_title_inside_an_apposition(sentence: str, expected: str) -> None:
    assert claimants(sentence)[-1] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "In a statement on Thursday, Judge Alma Brisco (D-Del.) answered the mayor, "
        "saying: “The county owes $2 million.”",
        "At a town hall in Dover, Delaware, on Sunday, Brisco went further, saying 40 jobs "
        "were lost.",
        "But the other judge on the bench, Chief Judge Alma Brisco, drew a contrast, saying "
        "the fine was $4 million.",
    ],
)
def test_more_fronted_subjects_of_far_verbs(sentence: str) -> None:
    assert last(sentence) == "Alma Brisco"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Another delegate on the Dover slate, Ada Pike, said the levy was unfair.", "Ada Pike"),
        ("And a third, Ted Lusk, said that while he backed the levy, it cost 40 jobs.", "Ted Lusk"),
        ("Her campaign manager, Ada Pike, told reporters the fine was $2 million.", "Ada Pike"),
        # descriptors before the apposed name's title
        ("Her challenger, state Sen. Ada Pike, said the fine was $2 million.", "Ada Pike"),
        ("His opponent, former state Rep. Ted Lusk, told reporters the levy was $9.", "Ted Lusk"),
    ],
)
def test_the_name_apposed_to_a_determiner_subject_speaks(sentence: str, expected: str) -> None:
    assert claimants(sentence)[-1] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "While studying in Salem, he lived in Dover and wrote his thesis on the 2019 levy.",
        "Or you might do what a partner at Lusk's old firm told him to do with $2 million.",
    ],
)
def test_a_written_object_or_a_possessive_after_at_is_no_speaker(sentence: str) -> None:
    assert last(sentence) == "The Ledger"


def test_a_statement_from_a_possessive_office_still_speaks() -> None:
    sentence = "A statement from Lusk's office said the fine was $2 million."
    assert claimants(sentence)[-1] == "Lusk's office"


def test_a_title_label_is_the_person_the_article_names_in_full() -> None:
    body = (
        "Lusk: No Deal on the $2 Million Levy.\n\n"
        "Governor Ray Lusk met the port's 40 clerks on Monday.\n\n"
        "Kirby: A closing surge.\n\n"
        "Senator Ann Kirby toured Dover."
    )
    got = claimants(body)
    assert got[0] == "Ray Lusk"
    assert got[2] == "The Ledger"  # a subheading further down is not a title


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A source said the county could lose 40 jobs by May.", "a source"),
        ("The fine rose to $2 million in 2019, an aide said Thursday.", "an aide"),
        ("One campaign employee told reporters the levy was $2 million.", "one campaign employee"),
        ("Six protesters were arrested after the vote on the levy, police said.", "police"),
        ("Several senators said they would cut the levy by 2 percent.", "several senators"),
    ],
)
def test_an_unnamed_person_or_group_before_the_verb_is_the_source(
    sentence: str, expected: str
) -> None:
    assert claimants(sentence)[-1] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "At that point, she released a statement saying, “The fine is $2 million.”",
        "That night, she sent an email saying, “All done: 40 files.”",
        "Then she added a caveat: “Further down the ticket, I will back anyone who cuts the levy.”",
        "The crowd jeered as she angrily said, “We are tired of the 40 lies.”",
        "Brisco bluntly accused the mayor of hiding $2 million.",
    ],
)
def test_statements_caveats_and_manner_adverbs(sentence: str) -> None:
    assert last(sentence) == "Alma Brisco"


def test_a_possessive_is_never_the_claimant_of_a_far_verb() -> None:
    sentence = "Later, Lusk's campaign released a short statement saying the rally was off."
    # the campaign, whose statement it is, never the bare possessive "Lusk's"
    assert claimants(sentence)[-1] == "Lusk's campaign"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In town after town, Brisco lobbies for a lower levy: “No clerk should earn "
            "less than $40,000.”",
            "Alma Brisco",
        ),
        ("Brisco continues, “In fact, the county owes $2 million.”", "Alma Brisco"),
        (
            "Clerks share the blame for the 2019 levy - Port Weekly: “The county lost 40 "
            "jobs that year.”",
            "Port Weekly",
        ),
    ],
)
def test_a_quotation_after_a_colon_or_a_dashed_label(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


def test_a_colon_after_a_noun_phrase_credits_nobody() -> None:
    sentence = "Signs of a shift in the 40 polls were there all along: “Data confirm it.”"
    assert last(sentence) == "The Ledger"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Prosecutors say that he told a clerk the fine was $2 million.", "Prosecutors"),
        ("But aides said Lusk simply believed in the 40 new jobs.", "aides"),
    ],
)
def test_a_group_that_reports_the_sentence_outranks_the_speaker_inside(
    sentence: str, expected: str
) -> None:
    assert last(sentence) == expected


def test_the_far_verb_prefilter_holds_every_far_verb() -> None:
    from claims.extraction.speech import _FAR_WORDS

    verbs = "said says told tells wrote saying telling declaring adding arguing warning"
    verbs += " insisting noting calling describing writing tweeting posting joking vowing say tell"
    assert set(verbs.split()) <= _FAR_WORDS


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ada Pike, who lives outside the state capital, Dover, said the levy cost 40 jobs.",
            "Ada Pike",
        ),
        ("Said Ada Pike, who grew up in Dover, “We lost 40 jobs.”", "Ada Pike"),
        (
            "The Port Authority has kept 1,500 pages private and says it will not release them.",
            "the Port Authority",
        ),
        (
            "Ted Lusk has defended the “Dover values,” saying the port embodied 40 years of work.",
            "Ted Lusk",
        ),
        ("Senator Ann Kirby (D-Del.) last week said the levy was $2 million.", "Ann Kirby"),
        (
            "Lusk, who backed Sen. Ann Kirby, D-Del., in the primaries, last week said the "
            "levy was $2 million.",
            "Lusk",
        ),
    ],
)
def test_more_subjects_of_far_verbs_and_their_openers(sentence: str, expected: str) -> None:
    assert claimants(sentence)[-1] == expected


def test_the_role_a_sentence_opens_with_resolves_to_its_name() -> None:
    body = (
        "Sen. Ann Kirby of Delaware toured the port.\n\n"
        "The Delaware senator sought to calm the clerks, saying 40 jobs would return."
    )
    assert claimants(body)[-1] == "Ann Kirby"


def test_an_honorific_picks_between_two_people_who_share_a_surname() -> None:
    body = (
        "Bill Lusk spoke first.\n\n"
        "Hillary Lusk spoke next.\n\n"
        "Mrs. Lusk said the levy rose 2 percent.\n\n"
        "Mr. Lusk said the county lost 40 jobs."
    )
    assert claimants(body)[-2:] == ["Hillary Lusk", "Bill Lusk"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The levy was backed on Friday by Sen. Nora Feld of Ohio, the ranking member of "
            "the Finance Committee, who said that all 40 jobs were safe.",
            "Nora Feld",
        ),
        ("Kovac sided with Brisco, who has said she expects 12 appeals.", "Alma Brisco"),
        (
            "Among the replies was one from Tam Obi who tweeted, “The fine is 4 times too high.”",
            "Tam Obi",
        ),
        (
            "The clerks were backed by Mayor Ivo Pell, who, after a long meeting, told the "
            "Herald that 30 staff had quit.",
            "Ivo Pell",
        ),
        ("It was a win for Brisco, who noted that the levy raised $2 million.", "Alma Brisco"),
    ],
)
def test_a_who_clause_that_reports_speech_names_its_speaker(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a stance of the one named, like a main clause's "Pell wants ..."
        (
            "On the other side is Mayor Ivo Pell, who wants to cut the levy by 40 percent.",
            "Ivo Pell",
        ),
        ("Kovac drew a rebuke from Brisco, who called the fine “a sham” on Monday.", "Alma Brisco"),
        (
            "Other than Sen. Nora Feld, who has called for 12 more judges, no one spoke.",
            "Nora Feld",
        ),
        ("It was a reversal for Brisco, who had long opposed the 2019 levy.", "Alma Brisco"),
        (
            "The plan was attacked by Mayor Ivo Pell, who suggested that the port had lost "
            "$2 million.",
            "Ivo Pell",
        ),
        # a person at the end of a phrase is no apposition to cut
        (
            "The port was hit again on Sunday, this time by an article by Ruth Obi, who reported "
            "that the county paid $3 million.",
            "Ruth Obi",
        ),
    ],
)
def test_a_who_clause_of_stance_names_its_holder(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


def test_a_who_clause_after_a_party_description_is_the_person_described() -> None:
    body = (
        INTRO + "Sen. Nora Feld said the levy was too high.\n\n"
        "It was a reversal for the Ohio Republican, who had pledged to back the levy."
    )
    assert claimants(body)[-1] == "Nora Feld"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # passive: someone else's stance
        ("Pell, a port clerk who has been endorsed by 3 unions, earns $90,000.", "The Ledger"),
        # "anyone" is not the name before it ("Secretary of Energy")
        (
            "Brisco offered Kovac a job as Secretary of Energy, then said she will hear "
            "anyone who wants to speak.",
            "Alma Brisco",
        ),
        # naming without the speaker's words is no statement
        ("Brisco, who called the clerk at 9 a.m., left at noon.", "The Ledger"),
    ],
)
def test_a_who_clause_of_stance_needs_an_active_verb_and_a_name(
    sentence: str, expected: str
) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # Groups and places are not named speakers; a "who" clause of action is no speech.
        "Voters who said the levy was fair rose to 41 percent.",
        "The clerks in Dover, who said the fine was fair, rose to 41 percent.",
        "Brisco, who wrote the 2019 ruling, now earns $90,000.",
        "Brisco, who maintained a 12-point lead, won in 2020.",
        "The unions pressed leaders in Congress, under pressure, who have said they want 3 votes.",
    ],
)
def test_a_who_clause_credits_no_group_place_or_action(sentence: str) -> None:
    assert last(sentence) == "The Ledger"


@pytest.mark.parametrize(
    "text",
    [
        # Each took 4 to 18 seconds before the name phrase and the description before it
        # were bounded (benchmarks/extraction.py --hostile); now tens of milliseconds.
        "Abc " * 3000 + "x, who said that 3 is 4.",
        '"x," said ' + "Abc " * 3000 + "will.",
        "x, who said " + "Abc " * 3000 + ": “x”",
        "Roe: " + "Abc " * 3000 + ", said x.",
    ],
)
def test_a_long_run_of_capitalised_words_names_no_speaker(text: str) -> None:
    assert last(text) == "The Ledger"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("“The fine is 4 times too high,” said county constituent Ivo Pell.", "Ivo Pell"),
        ("“The fine is 4 times too high,” said Air Force 1st Lt. Ivo Pell.", "Ivo Pell"),
        (
            '"It is 4 times too high," said former tech executive Ivo Pell during the hearing.',
            "Ivo Pell",
        ),
        ("“The fine is 4 times too high,” added one Dover Republican.", "one Dover Republican"),
        ("“It is 4 times too high,” said Roe’s deputy campaign manager, Ivo Pell.", "Ivo Pell"),
        (
            "“It is 4 times too high,” said another county clerk, Ivo J. Pell of Dover.",
            "Ivo J. Pell",
        ),
        ("Brisco has since said the fine would rise by 4 percent.", "Alma Brisco"),
        ("Brisco at the time said the fine would rise by 4 percent.", "Alma Brisco"),
        (
            "Judge Brisco describes herself as cautious and has said that 4 fines were too high.",
            "Alma Brisco",
        ),
        ("Brisco drew boos upon saying, “The levy pays for 40 clerks.”", "Alma Brisco"),
        ("Brisco was prompted to say, “The levy pays for 40 clerks.”", "Alma Brisco"),
        (
            'The county plans to hire 40 clerks by "cutting 3 programs," Ivo Pell said Monday.',
            "Ivo Pell",
        ),
    ],
)
def test_more_ways_a_named_speaker_is_described_or_placed(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Without a quotation before it, "said" may report what a name did to another.
        ("Brisco, a farmer, said Ivo Pell beat Tam Obi in Dover.", "Alma Brisco"),
        # A verb after "said" ends the description: "said Pell will back Tam Obi".
        ("“We won,” said Pell will back Tam Obi.", "The Ledger"),
    ],
)
def test_a_described_speaker_needs_the_quotation_and_no_verb(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "But Ivo Pell, acting director of Dover Action, which wrote the letter, said the "
            "fine cost 40 jobs.",
            "Ivo Pell",
        ),
        # No space after the quotation's closing mark, as some copy has it.
        ('"The fine cost 40 jobs,"Ivo Pell, who is chairman of Our Values Fund, said.', "Ivo Pell"),
        (
            '"The fine cost 40 jobs," Ivo Pell, who is chairman of Our Values Fund, said.',
            "Ivo Pell",
        ),
    ],
)
def test_the_opener_speaks_past_an_organisation_in_its_apposition(
    sentence: str, expected: str
) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("White House officials say the levy raised $2 million.", "White House officials"),
        ("The levy raised $2 million, French officials said.", "French officials"),
        ('"It raised $2 million," said a former U.S. tax official.', "a former U.S. tax official"),
        ("The levy, which officials said raised $2 million, ends in 2030.", "officials"),
        (
            "The port lost 40 jobs, and aviation experts say it will lose 12 more.",
            "aviation experts",
        ),
        ("That is why critics say the levy cost 40 jobs.", "critics"),
        ("Pell and other leaders have said the levy cost 40 jobs.", "Pell and other leaders"),
    ],
)
def test_an_unnamed_group_keeps_whose_it_is_and_loses_the_clause(
    sentence: str, expected: str
) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "One pastor backing Brisco, Ada Pike of Grace Church in Dover, said 150 were made.",
            "Ada Pike",
        ),
        (
            "A former clerk -- Ivo Pell, who lost the 2008 race -- said the levy cost 40 jobs.",
            "Ivo Pell",
        ),
        ("Another clerk — Ivo Pell — said the levy cost 40 jobs.", "Ivo Pell"),
    ],
)
def test_a_determiner_apposition_with_a_home_or_dashes_names_its_speaker(
    sentence: str, expected: str
) -> None:
    assert last(sentence) == expected


def test_a_person_described_after_the_speaks_through_a_far_verb() -> None:
    sentence = "The Dover tech columnist Ivo Pell went so far as to add: “It is 4 times too high.”"
    assert last(sentence) == "Ivo Pell"


def test_a_the_phrase_that_is_no_role_describes_nobody() -> None:
    sentence = "The remarks suggest Ivo Pell is running 2 campaigns, saying one thing in public."
    assert last(sentence) != "Ivo Pell"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Brisco defiantly told the clerks that 40 jobs were safe.", "Alma Brisco"),
        ("Brisco has increasingly decried the “broken” levy.", "Alma Brisco"),
        ("Brisco noted; the levy had raised $2 million.", "Alma Brisco"),
        ("Brisco also asked how the county could owe $2 million.", "Alma Brisco"),
        ("Brisco asked whether 40 jobs were safe.", "Alma Brisco"),
        # "family" and "rally" end in -ly but are no adverbs.
        ("The Brisco family said 40 jobs were safe.", "the Brisco family"),
    ],
)
def test_adverbs_semicolons_and_indirect_questions(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


def test_a_given_name_alone_is_the_one_person_it_opens() -> None:
    text = "Judge Hillary Brisco ruled on the levy on Monday.\n\nHillary said 40 jobs were safe."
    assert claimants(text)[-1] == "Hillary Brisco"
    both = "Hillary Brisco and Hillary Pell spoke.\n\nHillary said 40 jobs were safe."
    assert claimants(both)[-1] == "Hillary"  # two people open with it: no guess


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Brisco then asked Ivo Pell which 3 clerks had quit.", "Alma Brisco"),
        ("Brisco asked the clerks if 40 jobs were safe.", "Alma Brisco"),
        ("Brisco asked her to call the 3 clerks at once.", "Alma Brisco"),
        ("Brisco visited the port on Sunday, and criticized the 3 clerks.", "Alma Brisco"),
        ("Brisco has twice complained to the county about its 3 clerks.", "Alma Brisco"),
        (
            "Rallying hundreds of clerks, Brisco tried to calm them and promised to hire 40 more.",
            "Alma Brisco",
        ),
    ],
)
def test_questions_requests_and_a_finite_verb_after_and(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


def test_a_sentence_adverb_is_no_subject() -> None:
    assert last("Initially a clerk, Pell ran in 2001 and declared 3 times he would win.") != (
        "Initially"
    )


def test_the_one_asked_a_question_answers_it() -> None:
    text = (
        "Judge Alma Brisco ruled on the levy on Monday.\n\n"
        "Ivo Pell asked Brisco how high the levy would go.\n\n"
        "“It could be 4 percent,” she told Pell."
    )
    assert claimants(text)[1:] == ["Ivo Pell", "Alma Brisco"]


def test_a_question_inside_the_sentence_is_not_the_speakers() -> None:
    text = (
        "Ann Lind and Judge Alma Brisco met on Monday.\n\n"
        "What upset her, Lind said, was when a clerk asked Brisco why 3 staff quit.\n\n"
        "“I got angry,” she said."
    )
    assert claimants(text)[-1] == "Ann Lind"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('"The levy is a scandal," the editorial board recently wrote.', "the editorial board"),
        ('"It is a scandal!" one user tweeted.', "one user"),
        (
            '"The levy is fair," said the second official, who asked not to be named.',
            "the second official",
        ),
        (
            '"Will he be the next judge?" a Republican staffer in the room wondered.',
            "a Republican staffer in the room",
        ),
        ('"The port is closed," the committee chairmen wrote.', "the committee chairmen"),
        (
            '"It was a long road," the two-term mayor will say, according to excerpts.',
            "the two-term mayor",
        ),
    ],
)
def test_a_speaker_described_at_the_quotation_speaks_as_described(
    sentence: str, expected: str
) -> None:
    assert last(sentence) == expected


def test_a_description_after_a_named_speaker_is_that_speaker_unless_it_is_someone_else() -> None:
    said = '"We need 40 clerks," Ada Pike said. '
    assert last(said + '"Nobody else will do it," the real estate developer said.') == "Ada Pike"
    assert last(said + '"She works too hard," her husband wrote in a letter.') == "her husband"
    assert last(said + '"It will pass," said a senior aide.') == "a senior aide"
    assert last(said + '"It will pass," the second official said.') == "the second official"


def test_a_description_takes_the_name_its_role_was_given_with() -> None:
    body = 'Gov. Ada Pike toured the port.\n\n"It is a long road," the two-term governor said.'
    assert claimants(body)[-1] == "Ada Pike"


def test_a_vice_president_is_not_the_president() -> None:
    body = (
        'Vice President Jo Varga visited Dover on Monday. "The levy is fair," the president said.'
    )
    assert claimants(body)[-1] != "Jo Varga"
    deputy = 'Deputy Mayor Ed Rudd spoke first. "The levy is fair," the mayor said.'
    assert claimants(deputy)[-1] != "Ed Rudd"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('"You called the clerks lazy," Kerrigan charged in her speech.', "Kerrigan"),
        ('"Is that true?" reacted Ivo Pell.', "Ivo Pell"),
        ('"The levy is a scam," Ada Pike posted on Monday.', "Ada Pike"),
        ('"We were all there," remembered Roy Pettiford, a former clerk.', "Roy Pettiford"),
        ('"Nonsense," scoffed Ann Gil, 22, who lives in Dover.', "Ann Gil"),
        (
            "Tom Fitch, the head of the clerks' union, charged that the levy was illegal.",
            "Tom Fitch",
        ),
    ],
)
def test_a_manner_of_speaking_beside_a_quotation_or_before_that_reports_words(
    sentence: str, expected: str
) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Pike posted a photo of the port.",
        "Ada Pike charged the clerks with fraud.",
        "Ada Pike reacted angrily to the ruling.",
        "Ada Pike remembered the flood of 1999.",
        'Ann Roe starred in "Harbor Lights," posted the clip on Thursday.',
    ],
)
def test_the_same_verbs_without_words_reported_name_no_speaker(sentence: str) -> None:
    assert last(sentence) == OUTLET


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('"It is eerie," said one longtime adviser to Ed Rudd.', "one longtime adviser to Ed Rudd"),
        ('"It is eerie," said one person close to the Rudds.', "one person close to the Rudds"),
        ('"It is eerie," said an aide to Ed Rudd Jr.', "an aide to Ed Rudd Jr."),
        (
            '"It is eerie," said the former chief aide to Gov. Ed Rudd, who asked not to be named.',
            "the former chief aide to Gov. Ed Rudd",
        ),
    ],
)
def test_an_unnamed_source_keeps_whose_they_are_and_is_not_that_person(
    sentence: str, expected: str
) -> None:
    body = "Gov. Ed Rudd toured the port on Monday.\n\n" + sentence
    assert claimants(body)[-1] == expected


def test_a_source_according_to_keeps_its_organisation_name() -> None:
    # the whole source, which says what kind it is: a tally, not a statement of the Ledger
    assert last("The levy rose 4 percent, according to a Ledger tally.") == "a Ledger tally"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Reached by phone on Tuesday, Pike — who is listed as a lawyer in Dover — told the "
            "Ledger she is not running.",
            "Ada Pike",
        ),
        ("Ada Pike -- a lawyer -- said the levy is fair.", "Ada Pike"),
        ("Ada Pike in her announcement speech called the clerks “lazy.”", "Ada Pike"),
        (
            "Ada Pike took the stage Sunday at the Dover Inn and called the levy “rotten.”",
            "Ada Pike",
        ),
    ],
)
def test_an_apposition_between_dashes_or_where_it_was_said_leads_to_the_verb(
    sentence: str, expected: str
) -> None:
    assert last("Ada Pike ran for mayor.\n\n" + sentence) == expected


def test_calling_without_a_quotation_after_and_is_no_speech() -> None:
    assert last("Ada Pike took the stage and called the clerks to the front.") == OUTLET


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Earlier Tuesday, his campaign manager, Ivo Pell, said the streak is proof.", "Ivo Pell"),
        ("In a statement, her senior adviser, Jo Varga, said: “The levy is fair.”", "Jo Varga"),
        (
            "Moreover, Ivo Pell, director of the Port Institute, noted this week that the "
            "levy runs only to 2030.",
            "Ivo Pell",
        ),
    ],
)
def test_an_apposed_name_after_a_fronted_phrase_speaks(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A man who lives near the port said the levy was too high.", "a man"),
        ("An aide who attended the meeting said Pell had quit.", "an aide"),
    ],
)
def test_the_object_of_a_who_clause_is_not_the_subject(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The union's president, Ada Quist, expressed concern about the 40 lost jobs.",
            "Ada Quist",
        ),
        ("The port's new director, Ivo Pell, vowed to reopen 2 piers.", "Ivo Pell"),
        ("The White House spokesman, Ivo Pell, said the levy would pass.", "Ivo Pell"),
        ("A Harbor Group spokesman, Tam Obi, said on Saturday that 40 jobs were lost.", "Tam Obi"),
        ("“That would cost 40 jobs,” the port's press secretary, Ivo Pell, said.", "Ivo Pell"),
        # a plain object after "added" is no speech, whoever the apposition names
        ("The union chief, Ada Quist, added 40 members in 2019.", "The Ledger"),
    ],
)
def test_a_name_in_apposition_to_a_role_is_the_speaker(sentence: str, expected: str) -> None:
    assert last(sentence) == expected
