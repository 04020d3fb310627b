from __future__ import annotations

import pytest

from claims.extraction.filters import BOILERPLATE, FRAGMENT, GREETING, QUESTION, reject_reason


@pytest.mark.parametrize(
    "text",
    [
        "NEW You can now listen to Fox News articles!",
        "Click here to read the full report.",
        "Sign up for our morning newsletter.",
        "Subscribe now for unlimited access.",
        "CLICK HERE TO GET THE FOX NEWS APP",
        "By Jane Doe",
        "By Jane Doe and John Roe, Reuters",
        "By Jane Doe | Published March 3, 2024",
        "By Jane Doe | Updated 5:04 PM EST",
        "Published March 3, 2024",
        "Posted on Jan. 5, 2024",
        "(Photo by Ivo Marek/Getty Images)",
        "Protesters gathered outside parliament. (AP Photo/Jane Roe)",
        "Copyright 2025 Example Media. All rights reserved.",
        "© 2025 The Daily Example",
        "Follow us on Twitter for the latest updates.",
        "Reporting by Jane Doe; Editing by John Roe",
        "Fox News' John Roe contributed to this report.",
        "Download the Example News app for breaking alerts.",
        # a writer's accounts, read-more links and a wire's reuse notice
        "Follow Jane Doe on X at @janedoe.",
        "Follow Ivo Marek and Ada Pike on Twitter: @ivomarek and @adapike.",
        "Read more: What the levy means for farmers",
        "More on this story: the levy vote",
        "This material may not be published, broadcast, rewritten or redistributed.",
        "This interview has been edited for length and clarity.",
        "The conversation was condensed and edited for clarity.",
        # a press release's contact lines
        "Media contact: Ada Pike, 555-0142, apike@example.org",
        "Press inquiries: press@example.org",
        "Contact: Ivo Marek, +44 20 7946 0000",
        "For more information, please contact Ada Pike at 555-0142.",
        # print-edition notes, republication notes, credit lines, tip lines, inbox
        # promotions, blocked embeds and "write to" lines
        "A version of this article appears in print on March 4, 2026, Section A, Page 9.",
        "This article originally appeared on The Tarn Review.",
        "This piece first appeared on Harbor Insights.",
        "This story was produced by the Tarn Health Desk, an independent newsroom.",
        "Additional reporting by Ivo Marek in Dover.",
        "--additional reporting by Ada Pike.",
        "Writing by Ada Pike; Editing by Ivo Marek and Jo Roe",
        "Contributing: Ada Pike and Ivo Marek, The Ledger.",
        "Have a news tip? Email us at tips@example.org.",
        "Get the day's top stories delivered to your inbox.",
        "This content is not available due to your privacy preferences.",
        "Write to Ada Pike at ada.pike@example.org",
    ],
)
def test_boilerplate_is_rejected(text: str) -> None:
    assert reject_reason(text) == BOILERPLATE


@pytest.mark.parametrize(
    "text",
    ["Why are you a better choice than your opponent?", 'Did he say "no?"'],
)
def test_questions_are_rejected(text: str) -> None:
    assert reject_reason(text) == QUESTION


@pytest.mark.parametrize(
    "text",
    [
        "Thank you.",
        "Thank you very much, Lester, and thanks to Hofstra for hosting us.",
        "Good evening from Hofstra University in Hempstead, New York.",
        "Welcome back.",
    ],
)
def test_greetings_and_thanks_are_rejected(text: str) -> None:
    assert reject_reason(text) == GREETING


@pytest.mark.parametrize(
    "text", ["(APPLAUSE)", "[Laughter]", "Key points:", "Yes.", "A new era for Europe"]
)
def test_fragments_are_rejected(text: str) -> None:
    assert reject_reason(text) == FRAGMENT


@pytest.mark.parametrize(
    "text",
    [
        "Russia once again rejected the idea of foreign troops being stationed in Ukraine.",
        "Unemployment fell to 4.2 percent in March.",
        '"Are you sure?" he asked the minister, who said taxes rose 5%.',
        "By 2030, emissions will fall by half, the agency said.",
        "Violent crime rose sharply.",
        "Published reports say taxes rose 5% in 2023.",
        "The senator posted that taxes rose 5% last year.",
        "Follow the money, he said on Monday, and you will see who gains.",
        "Critics say the audit may not be published in time.",
        "Voters follow the race on television, polls show.",
        "The film was edited for television by the studio in 2019.",
        "The contact tracing team reached 400 people in May.",
        "Ives said she had no contact with the firm for more information on the bid.",
        # (the credit lines' and notes' words in claims)
        "Writing by hand is slower, the study found.",
        "Editing by the board took 3 months, the clerk said.",
        "Reporting by the Tarn Review found that 40% of wells leaked.",
        "The report was first published in 2019 and found 40% of wells leaked.",
        "The tip line received 4,000 calls in May.",
        "This article appeared to contradict the governor's figures.",
        "Correction: An earlier version of this article misstated the levy, which is 2%.",
        # a short sentence whose only verb word is "cannot"
        "We cannot afford the levy.",
    ],
)
def test_statements_are_kept(text: str) -> None:
    assert reject_reason(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "— Councilman Pete Varga, at the debate on Tuesday.",
        "— Mayor Lena Ostrowski, in a campaign ad released Oct. 3.",
        # (eight words and more: a shorter line with no verb was a fragment already)
        "– Councilman Pete Varga, at the debate in Harbor City on Tuesday.",
    ],
)
def test_a_credit_line_on_the_quotations_line_is_a_fragment(text: str) -> None:
    assert reject_reason(text) == FRAGMENT


@pytest.mark.parametrize(
    "text",
    [
        "- Ada Roe (R) dissects why the Iowa outcome differed from the polls.",
        "— Ada Roe, the mayor, has cut the city's taxes by 5 percent since 2020.",
        "— Ada Roe, the mayor, said the city's taxes fell by 5 percent since 2020.",
    ],
)
def test_a_dashed_clause_is_no_credit_line(text: str) -> None:
    assert reject_reason(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "$66 billion for passenger and freight rail.",
        "12% of the budget for schools.",
        "Unemployment at 4.1 percent.",
    ],
)
def test_a_short_line_that_states_a_figure_is_a_candidate(text: str) -> None:
    # a list of what a bill holds: no verb, but a checkable figure
    assert reject_reason(text) is None


@pytest.mark.parametrize(
    "text",
    ["... of $50 billion...", "width:100%;", "Score: 52% to 41%", "and 40 percent more."],
)
def test_a_figure_in_a_broken_line_is_still_a_fragment(text: str) -> None:
    assert reject_reason(text) == FRAGMENT


@pytest.mark.parametrize(
    "text",
    [
        # short sentences whose only verb is an irregular past tense
        "The proposal drew immediate fire from Democrats.",
        "Rubio sought to ease his concerns.",
        "The mayor withdrew from the race.",
    ],
)
def test_a_short_sentence_with_an_irregular_past_is_kept(text: str) -> None:
    assert reject_reason(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # a page's time stamp with the time written "4:15 p.m." or after a date
        "Updated 4:15 p.m. ET, Tuesday",
        "Last updated: Dec. 7, 2026, 10:15 a.m.",
    ],
)
def test_a_time_stamp_is_boilerplate(text: str) -> None:
    assert reject_reason(text) == BOILERPLATE


def test_a_sentence_about_updated_figures_is_kept() -> None:
    assert reject_reason("Updated figures show a 4% rise in crime since 2020.") is None


@pytest.mark.parametrize(
    "text",
    [
        # a reporting clause alone: what it reports is in the sentence before or after
        "Ada Pellow said on Facebook.",
        "In a speech last March, she declared:",
        "Councilman Pete Varga, the chair of the harbor board, said in a statement.",
        "Mr. Varga wrote in a June 4, 2025 email to the port's lawyers.",
        "Pellow said, waving a copy of the audit.",
        "Varga asked reporters angrily during a news conference late last month.",
        "Pellow told the crowd on Tuesday night.",
        "17-year-old Jared Potts echoed:",
        "She told her Dover audience, to loud applause:",
    ],
)
def test_a_reporting_clause_with_nothing_reported_is_a_fragment(text: str) -> None:
    assert reject_reason(text) == FRAGMENT


@pytest.mark.parametrize(
    "text",
    [
        # what a clause reports, even with no "that"
        "Ada Pellow said Tuesday the levy was unfair.",
        "Pellow told reporters the toll would rise.",
        "Pellow said on Monday she won.",
        "Varga wrote in a letter that the port had lost $4 million.",
        "The port responded quickly by cutting fees and paying $2 million in refunds.",
        "The harbor board said about half of the fees paid for dredging.",
        "Under Mayor Pellow, the port added about 240 jobs a year.",
        '"The levy is unfair," Pellow said on Facebook.',
        # deeds, not words; a turn that speaks to someone
        "Varga has responded to the harbor board's audit.",
        "Pellow, the port's chair, also continued to deliver paid speeches.",
        "Mayor Pellow, that's not what you said.",
        "Pellow countered with a breakfast at the harbor the next morning.",
        "And Pellow has quickly responded, with ads set to run on Friday in Dover.",
        "Pellow told her aides the levy would fail.",
    ],
)
def test_a_reporting_clause_that_reports_something_is_kept(text: str) -> None:
    assert reject_reason(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # the subject's descriptors before the name, a determiner or an owner before it
        "Germany's Green Party co-leader Anna Brecht wrote on Instagram.",
        "Ohio's senior senator Rob Veltman said on Tuesday.",
        "One union organizer tweeted:",
        "A hospital spokesman said:",
        "Veltman's campaign manager said on Tuesday.",
        # what the clause is about, not what was said
        "Dorsey said about the county's plan to close two libraries.",
        "Marsh wrote of the long search for a new chief.",
        # an apposition holding a town and its state; a colon after "spoke out"
        "Perrin, the mayor of Dover, Delaware, also spoke out against the plan:",
        "The governor weighed in:",
        # a sentence that only leads into the words or the list after it
        "The survey also found that:",
        "The report concluded that:",
        "The full statement reads as follows:",
        "A spokeswoman for the port posted the following:",
        "According to Ada Lind, writing for the Courier:",
        "According to the city's budget office:",
    ],
)
def test_a_lead_in_or_a_described_speaker_reporting_nothing_is_a_fragment(text: str) -> None:
    assert reject_reason(text) == FRAGMENT


@pytest.mark.parametrize(
    "text",
    [
        # a clause before the comma, the source after it
        "The deficit rose sharply, the paper said.",
        "The plant closed last year, the company said on Tuesday.",
        "Veltman's rival lost Ohio, the paper said.",
        # a number reported after "about"; an order reported after "said to"
        "Dorsey said about 40 people came to the meeting.",
        "Marsh said about half the staff quit.",
        "Marsh said about a third of the staff quit.",
        "His memo said to look for voters with debts.",
        # "It's", "That's": no owner
        "It's barely been asked in any of these hearings.",
        "That's what the county charter says.",
        # what follows the colon or the lead-in is said in the same sentence
        "One union organizer tweeted that the strike would go on.",
        "According to Ada Lind, the deficit doubled.",
        "Brecht said the problem is simple:",
        # a visit told, not words led into
        "Perrin spoke out against the plan in 2019, and lost.",
        "The governor weighed in on the bill.",
    ],
)
def test_a_clause_a_figure_or_an_order_reported_is_kept(text: str) -> None:
    assert reject_reason(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # a short clause whose verb is a plural's present of estimating or holding
        "Police estimate the crowd at 2,000.",
        "Officials estimate 40 deaths.",
        "Critics blame the mayor.",
        "Residents fear more floods.",
        "Economists predict a slowdown.",
        "But I favor a guest worker program.",
        # a verb in -ies
        "The mayor denies it.",
        "The port relies on fees.",
    ],
)
def test_a_short_clause_with_a_plurals_verb_is_kept(text: str) -> None:
    assert reject_reason(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # a verb in no list, in the third person, before what it acts on
        "Greta Lind chairs the water board.",
        "Her husband, Carlos, handles the books.",
        "Nobody trusts the council.",
        # a ratio, a figure in words
        "About one in five adults smokes.",
        "3 in 10 workers quit.",
    ],
)
def test_a_short_clause_with_an_unlisted_verb_is_kept(text: str) -> None:
    assert reject_reason(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # (as before: no verb, a preposition or an adverb in -s before a determiner)
        "Storms across the Midwest.",
        "Tips for the holidays.",
        "Perhaps the best yet.",
        "News from the statehouse.",
    ],
)
def test_a_short_line_without_a_verb_is_still_a_fragment(text: str) -> None:
    assert reject_reason(text) == FRAGMENT


@pytest.mark.parametrize(
    "text",
    [
        # a clause of when after the verb, with its own pronoun subject
        "State Sen. Ada Pike said as she launched the petition.",
        "Pike said as she left the courtroom.",
        "Pike told reporters while she waited.",
        # "As X reported ...:" and "X elaborated on ...:" only lead into the words after
        "As the Courier's Jo Renner reported after the port appears to have closed:",
        "As Renner put it in 2019:",
        "Pike elaborated on the message she felt the voters were sending:",
    ],
)
def test_a_clause_of_when_or_an_as_lead_in_reports_nothing(text: str) -> None:
    assert reject_reason(text) == FRAGMENT


@pytest.mark.parametrize(
    "text",
    [
        "Pike said when she arrived the port was closed.",
        "Pike said as president she would cut taxes.",
        "As Renner reported, the port closed:",
        "As Renner noted, the plan is simple:",
        "Pike commented on the levy: it is unfair.",
    ],
)
def test_what_is_said_after_the_clause_or_the_as_keeps_the_sentence(text: str) -> None:
    assert reject_reason(text) is None
