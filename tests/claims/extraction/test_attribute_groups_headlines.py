"""Sources this round adds: a plural subject of any kind that says or holds something
("Forecasters warn", "Protest organizers in Ashford say", "Six in 10 say"), headlines
whose speaker acts in words ("Roe Praises ...", "Roe Compares ..."), a conjunction before
a colon's speaker ("And Ms. Roe gloated: “...”") and a pronoun inside a quotation its
subject introduced with a colon. Invented sentences."""

from __future__ import annotations

import pytest

from claims.extraction.headlines import headline_speaker
from tests.claims.extraction.claimants import OUTLET, claimants, last


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Forecasters warn the levy will cost $40 million by 2030.", "Forecasters"),
        ("Others say the fine of $4 million is a rough patch.", "Others"),
        ("Others, however, say the 12 clerks were overdue.", "Others"),
        (
            "Protest organizers in Ashford say the $2 million fence will backfire.",
            "Protest organizers in Ashford",
        ),
        (
            "Seventy-four percent of registered Dover voters say they back the levy.",
            "Seventy-four percent of registered Dover voters",
        ),
        ("Six in 10 say the levy is too high at $4 million.", "Six in 10"),
        ("About 4 in 10 say the levy is too high.", "about 4 in 10"),
        (
            "Nine in 10 Dover registered voters said the levy raised $4 million.",
            "Nine in 10 Dover registered voters",
        ),
        (
            "Her advisers and allies believe the levy raises $3 million.",
            "Alma Brisco's advisers and allies",
        ),
        ("But most farmers agreed the fine of $4 million was too high.", "most farmers"),
        ("Organizers of both fairs insist they will raise $2 million.", "Organizers of both fairs"),
        (
            "Strategists for both mayors all agree the levy cost 300 jobs.",
            "Strategists for both mayors",
        ),
    ],
)
def test_a_plural_subject_that_says_or_holds_is_the_source(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a clause's object before the verb, not its subject
        "Rita Osei toured the flooded farms on Monday and said the state owed $2 million.",
        "The county sent 40 inspectors to Dover, who say the dam held.",
        "Osei was at the depot with 12 aides when a member of her crew suggested a vote.",
        "She has shown glimpses of her skill in 12 debates: think of the 2019 race.",
    ],
)
def test_a_plural_inside_a_clause_is_no_source(sentence: str) -> None:
    assert last(sentence) in (OUTLET, "Rita Osei", "Alma Brisco")
    assert last(sentence) not in ("farms", "inspectors", "aides", "debates")


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Mayor Lena Hart Praises Port Deal Worth $40 Million.", "Mayor Lena Hart"),
        ("Lena Hart Compares The Levy To A $4 Million Fine.", "Lena Hart"),
        ("Lena Hart Tweets A Chart Of 300 Lost Jobs.", "Lena Hart"),
        ("Lena Hart Endorses Ivo Marsh For Governor.", "Lena Hart"),
        ("Hart’s Son Says The Levy Will Pass.", "Hart’s Son"),
        ("Levy Is ‘The Worst Tax In 40 Years,’ Lena Hart Tells Dover Council.", "Lena Hart"),
        # a possession that is no person, and plural nouns that are no verbs
        ("Hart’s Farewell Column Explains Why She Backs The Levy.", None),
        ("Port Terror Attacks Highlight The Need For 40 Guards.", None),
    ],
)
def test_headline_speaker_acts_in_words(headline: str, expected: str | None) -> None:
    words = headline.replace(".", " ").split()
    assert headline_speaker(headline, words) == expected


def test_a_conjunction_before_a_colon_speaker() -> None:
    assert last("And Ms. Brisco gloated: “I told you the fine would be $4 million.”") == (
        "Alma Brisco"
    )


def test_a_pronoun_inside_a_quotation_its_subject_introduced() -> None:
    body = (
        "“The fine is $4 million,” Ivo Marsh wrote on Monday, after Judge Alma Brisco "
        "ruled.\n\n"
        "Brisco fired back: “As a judge of 20 years,” she wrote, “I know the levy is fair.”"
    )
    assert claimants(body)[-1] == "Alma Brisco"


def test_a_report_after_the_openers_own_verb_is_the_reporters() -> None:
    sentence = (
        "Ivo Marsh, the nephew of one mayor and the grandson of another, is joining the "
        "council with a $40,000 salary, the Herald announced on Tuesday."
    )
    assert last(sentence) == "Herald"


def test_a_name_after_said_that_closes_an_apposition_is_spoken_about() -> None:
    sentence = (
        "Ivo Marsh, a pollster in Dover, said Ms. Brisco and the county had failed to "
        "“count the 300 jobs.”"
    )
    assert last(sentence) == "Ivo Marsh"


def test_she_follows_a_chain_of_narration_back_to_the_person_it_opened_with() -> None:
    body = (
        "“The fine is $4 million,” Ivo Marsh said on Monday.\n\n"
        "Lena Hart remembered the 1971 final as a joy.\n\n"
        "She watched it from the third row and saw him again in 1999.\n\n"
        "“He always told me quietly that I was the best,” she said."
    )
    assert claimants(body)[-1] == "Lena Hart"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Hart has been named the judge Dover admires most, according to a yearly Ledger poll.",
            "a yearly Ledger poll",
        ),
        (
            "There were 350,000 ballots left, according to the county clerk’s website.",
            "the county clerk’s website",
        ),
        (
            "According to the watchman in charge of the dam that night, the film is untrue.",
            "the watchman in charge of the dam",
        ),
        (
            "The levy raised $4 million, according to a Herald poll released Monday.",
            "a Herald poll",
        ),
        (
            "The county is looking into it, according to four people briefed on the talks.",
            "four people briefed on the talks",
        ),
        ("Hart was paid $600,000 in 2019, according to public filings.", "public filings"),
        # the phrase ends where a new clause or a time ago starts
        (
            "Well, according to the deckhand up to about two hours ago it was calm at the dam.",
            "the deckhand",
        ),
        ("According to a witness two days ago, the road to the dam was closed.", "a witness"),
        # a name stays a name, and a possessive leads to its person
        ("Jobs rose 4 percent, according to the U.S. Bureau of Labor Statistics.", None),
        ("The levy is fair, according to Hart’s lawyer, Ada Pike.", "Ada Pike"),
        # the medium that reports it comes first
        (
            "The Herald reported that, according to an audit of her diary, 62 of "
            "140 meetings were with lobbyists.",
            "the Herald",
        ),
    ],
)
def test_according_to_any_source(sentence: str, expected: str | None) -> None:
    if expected is None:
        expected = "the U.S. Bureau of Labor Statistics"
    assert last(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "He strode onstage to the “Harbor Lights” theme song before a screen of 40 feet.",
        "He has built a donor network that has kept him level with Hart at $4 million.",
    ],
)
def test_a_pronoun_with_a_title_or_a_relative_that_reports_nothing(sentence: str) -> None:
    body = "Ivo Marsh spoke in Dover on Monday.\n\n" + sentence
    assert claimants(body)[-1] == OUTLET


def test_a_pronoun_with_a_that_clause_still_reports() -> None:
    body = "Ivo Marsh spoke in Dover on Monday.\n\nHe is confident that the levy raises $4 million."
    assert claimants(body)[-1] == "Ivo Marsh"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("New polls released Sunday showed Hart taking a 4-point lead.", "New polls"),
        ("A Ledger poll out Monday showed Hart with 51 percent.", "a Ledger poll"),
        ("Polls in Dover show the levy losing by 12 points.", "Polls in Dover"),
        ("Recent polling shows that 40 percent back the levy.", "Recent polling"),
        ("Eighty-four percent of Dover voters oppose the levy, the poll found.", "the poll"),
        ("The dam was insured at $48 million in 2013, records show.", "records"),
        ("The audit released Monday found that the fund was $4 million short.", "the audit"),
    ],
)
def test_a_poll_a_study_or_records_report_their_findings(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the records are the object of "released": the outlet's own statement
        ("The mayor released the records that showed a $4 million gap.", OUTLET),
        # the polls are inside what Hart said
        ("Hart said the 12 polls showed nothing new.", "Hart"),
    ],
)
def test_evidence_inside_a_clause_is_not_the_source(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "People briefed on the deal said that the levy was $4 million short.",
            "People briefed on the deal",
        ),
        ("Dover and Salem spokesmen said the 12 clerks were hired.", "Dover and Salem spokesmen"),
        (
            "Hart will rethink the levy of $4 million, a source close to her said.",
            "a source close to her",
        ),
        (
            "“It will pass by 12 votes,” said a source close to council leaders.",
            "a source close to council leaders",
        ),
        (
            "A person familiar with the agenda for Thursday’s meeting says 12 clerks will go.",
            "a person familiar with the agenda for Thursday’s meeting",
        ),
        (
            "A Ledger report published Wednesday said the fund was $4 million short.",
            "a Ledger report",
        ),
        ("The memo said the fund was $4 million short.", "the memo"),
    ],
)
def test_unnamed_sources_keep_what_they_know_and_documents_speak(
    sentence: str, expected: str
) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The hearing promised to be a turning point for the $4 million levy.",
        "Meanwhile, Ivo Marsh claimed the prize for 12 wins in a row.",
        "What is clear is that Dover felt the need to hire 12 clerks.",
    ],
)
def test_verbs_that_report_no_words_here(sentence: str) -> None:
    assert last(sentence) == OUTLET


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ivo Marsh promised voters a levy of $4 million.", "Ivo Marsh"),
        ("Ivo Marsh claimed the levy cost 300 jobs.", "Ivo Marsh"),
        ("Ivo Marsh vows to be tougher on the $4 million fund.", "Ivo Marsh"),
    ],
)
def test_the_same_verbs_still_report_words(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Marsh, who is not taking gifts over $100, fits the mold for many voters, he added.",
        "Marsh has brought the levy to the council and would push it for 12 more months, he said.",
    ],
)
def test_a_closing_he_said_is_someone_else_speaking_of_the_opener(sentence: str) -> None:
    body = (
        "“The fine is $4 million,” said Peter Olsen, a Dover farmer.\n\n"
        "Ivo Marsh spoke on Monday.\n\n"
        "“Voters are furious,” Mr. Olsen said.\n\n" + sentence
    )
    assert claimants(body)[-1] == "Peter Olsen"


def test_they_are_the_group_that_spoke_last() -> None:
    body = (
        "“The fine is $4 million,” Ivo Marsh said on Monday.\n\n"
        "Military analysts say the levy will fail by 12 votes.\n\n"
        "A settlement of $2 million, they said, could still pass."
    )
    assert claimants(body)[-1] == "Military analysts"


def test_they_are_the_group_the_narration_before_opens_with() -> None:
    body = (
        "“The fine is $4 million,” Ivo Marsh said on Monday.\n\n"
        "Farmers have reached a wide agreement on the levy.\n\n"
        "By almost 3-1, they say the fine should be cut."
    )
    assert claimants(body)[-1] == "Farmers"


@pytest.mark.parametrize(
    "second",
    [
        "They want a 5 percent cut in the levy.",
        "They believe the fine is too high.",
        "But they also argue that the toll should fall.",
        "They still hope to cut the levy by 5 percent.",
    ],
)
def test_they_holding_a_stance_in_the_plural_present_are_the_group(second: str) -> None:
    body = f"Ivo Marsh spoke on Monday. Farmers in the valley said the fine was too high. {second}"
    assert claimants(body)[-1] == "Farmers in the valley"


def test_they_holding_a_stance_after_one_person_are_nobody_named() -> None:
    # ("They want" is read for a group only: not the last person named)
    body = "Ivo Marsh said the fine was too high. They want a 5 percent cut in the levy."
    assert claimants(body)[-1] == OUTLET


def test_a_person_whose_name_ends_in_s_is_no_group() -> None:
    body = (
        "“The fine is $4 million,” Peter Rawlings said on Monday.\n\n"
        "Rawlings has met the farmers twice.\n\n"
        "They have promised to take their case to court."
    )
    # not a group "Rawlings": "they" falls back to the last speaker, as before this round
    assert claimants(body)[-1] == "Peter Rawlings"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ivo Marsh responded Friday to reports that Ann Roe planned to cut 12 clerks.",
        "The host raised the $4 million fine, asking Marsh why Ann Roe has criticized it.",
    ],
)
def test_a_clause_asked_about_or_reported_on_names_no_speaker(sentence: str) -> None:
    # Marsh and the host act without reporting words: the outlet's own, not Ann Roe's
    assert last(sentence) == OUTLET


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In a Ledger survey released last Friday, 68 percent of farmers said it was fair.",
            "a Ledger survey",
        ),
        (
            "In a poll conducted by both the Ledger and the Herald, just 31 percent of farmers "
            "said yes.",
            "a poll conducted by both the Ledger and the Herald",
        ),
        # a person speaking in a report is still the person
        ("In the report, Ivo Marsh said the levy cost $4 million.", "Ivo Marsh"),
    ],
)
def test_a_poll_its_respondents_speak_in(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


def test_a_role_described_at_the_end_of_a_sentence_speaks() -> None:
    body = (
        "Sen. Ivo Marsh of Dover spoke on Monday.\n\n"
        "Nothing the mayor said “will pay the $4 million,” the Dover senator said."
    )
    assert claimants(body)[-1] == "Ivo Marsh"


def test_a_role_described_at_the_start_of_a_sentence_speaks() -> None:
    # the one quoted just before, whom the description refers back to
    body = (
        "“We need 12 more clerks,” said Ivo Marsh, a Dover populist.\n\n"
        "The self-described prairie populist said the levy would raise $4 million."
    )
    assert claimants(body)[-1] == "Ivo Marsh"
    # nobody quoted before: the description itself
    alone = "The self-described prairie populist said the levy would raise $4 million."
    assert claimants(alone) == ["the self-described prairie populist"]


def test_a_title_names_its_speaker_before_whom_it_is_addressed_to() -> None:
    body = "Hart to Farmers: Levy Will Pass in May.\n\nMayor Lena Hart said the levy would pass."
    assert claimants(body)[0] == "Lena Hart"


def test_a_title_about_something_names_no_rubric() -> None:
    body = "Poll at Noon: Levy Will Pass in May.\n\nMayor Lena Hart said the levy would pass."
    assert claimants(body)[0] == OUTLET


def test_two_people_under_one_label_speak_together() -> None:
    body = "Mark Olsen and Jon Keddle: “The polls missed by 12 points, but they were not wrong.”"
    assert claimants(body) == ["Mark Olsen and Jon Keddle"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("One in three said the levy of $4 million was unfair.", "one in three"),
        ("Gov. Ivo Marsh (R-OH), said, “I’m about to cut 12 clerks.”", "Ivo Marsh"),
        (
            "The Ledger columnist Ivo Marsh has been critical of the levy but on Tuesday "
            "wrote that it raised $4 million.",
            "Ivo Marsh",
        ),
    ],
)
def test_shares_in_words_party_labels_with_a_comma_and_a_day_before_the_verb(
    sentence: str, expected: str
) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Mayor Ivo Marsh released a statement late Thursday condemning “a $4 million theft.”",
            "Ivo Marsh",
        ),
        (
            "After the vote, Ivo Marsh released a new TV ad calling it “a $4 million mistake.”",
            "Ivo Marsh",
        ),
        # a release that says nothing
        ("The county also released a video clip of the 12-minute hearing.", OUTLET),
    ],
)
def test_a_statement_or_an_ad_released_speaks(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The national rate was 4.1 percent in October, the U.S. Bureau of Labor "
            "Statistics reported.",
            "the U.S. Bureau of Labor Statistics",
        ),
        ("The Department of Labor and Industry reported a drop of 2,100 jobs.", None),
    ],
)
def test_a_reporting_organisation_keeps_its_full_name(sentence: str, expected: str | None) -> None:
    assert last(sentence) == (expected or "the Department of Labor and Industry")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Poll: Hart Leads Osei in Dover.", "Poll"),
        ("Report: Hart to speak at the county convention.", "Report"),
        ("IG report: The port authority was inaccurate on the levy.", "IG report"),
        ("NY Daily News: Levy Highlights Threat to the Port.", "NY Daily News"),
        ("Dover Post Fact-Check: If Hart Says It, It Is True.", "Dover Post Fact-Check"),
        ("AP: Hart's chair routed levy money to lobbyists.", "AP"),
        ("NJ Gov Hart: Osei Is Trying to Run as a Healer.", "Lena Hart"),
        # rubrics and a column's name are not sources
        ("Breaking: Hart Just Got Big News on the Levy.", OUTLET),
        ("The Latest: Hart wins the Dover primary.", OUTLET),
        ("Dover's Business Report: The trouble with dropping the levy.", OUTLET),
        ("Analysis: The levy will pass.", OUTLET),
    ],
)
def test_a_title_names_the_poll_report_or_medium_it_reports(title: str, expected: str) -> None:
    body = f"{title}\n\nGov. Lena Hart said the levy would pass."
    assert claimants(body)[0] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('Union leaders called the cuts "a betrayal."', "Union leaders"),
        ("Farm groups called the levy “a tax on bread.”", "Farm groups"),
        # calling someone, or calling a meeting, names nothing in their words
        ("Some residents called the police after the storm.", OUTLET),
        ("Union leaders called the meeting to order at noon.", OUTLET),
    ],
)
def test_a_group_naming_something_in_quoted_words_speaks(sentence: str, expected: str) -> None:
    assert claimants(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Small island states expressed deep frustration with the outcome.", "Small island states"),
        ("Patient advocates hailed the decision as a long-awaited victory.", "Patient advocates"),
        # the group, without the conjunction of the clause it speaks in
        ("Although critics said the levy would fail, it passed by 40 votes.", "critics"),
        # hailing a cab: no stance
        ("Stranded commuters hailed cabs outside the station.", OUTLET),
        # a denial or a dispute, in the past or before its object
        ("Union officials disputed that account of the harbor talks.", "Union officials"),
        ("Harbor officials deny any link to the levy.", "Harbor officials"),
        ("Dock workers have denied the report.", "Dock workers"),
        # the noun
        ("Dock workers are in a dispute with the harbor board.", OUTLET),
    ],
)
def test_a_group_expressing_a_feeling_or_hailing_a_decision_speaks(
    sentence: str, expected: str
) -> None:
    assert claimants(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a body whose name has a join between its capitalised words
        (
            "In a statement, the Oduya for Harbor campaign said it had found irregularities.",
            "the Oduya for Harbor campaign",
        ),
        ("The Sennet and Vale campaigns declined to comment.", "the Sennet and Vale campaigns"),
        # "each" is no noun of the body's: the outlets are named inside a clause
        (
            "Amid what the Harbor Times and Dover Courier each called a “rough week” for the "
            "mayor, she stayed home.",
            OUTLET,
        ),
    ],
)
def test_a_body_named_with_a_join_speaks_whole(sentence: str, expected: str) -> None:
    assert claimants(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an act by declaration reports no words
        ("Governor Elliot Marsh declared a state of emergency for 14 counties.", OUTLET),
        ("The airline declared bankruptcy on Friday.", OUTLET),
        ("Marsh declared that the storm had passed.", "Marsh"),
    ],
)
def test_declaring_an_emergency_is_an_act_not_words(sentence: str, expected: str) -> None:
    assert claimants(sentence) == [expected]
