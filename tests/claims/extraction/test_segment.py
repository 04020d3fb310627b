from __future__ import annotations

import pytest

from claims.extraction.segment import segment


def texts(body: str) -> list[str]:
    sentences = segment(body)
    for s in sentences:
        assert s.text == body[s.start : s.end]
        assert s.text == s.text.strip()
    return [s.text for s in sentences]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The U.S. economy grew in Jan. last year. Dr. Smith agreed. Gov. Newsom said so.",
            [
                "The U.S. economy grew in Jan. last year.",
                "Dr. Smith agreed.",
                "Gov. Newsom said so.",
            ],
        ),
        (
            "Mr. Jones left at 5 p.m. yesterday. The U.S. Senate voted. He lives in the U.S. "
            "He likes it.",
            [
                "Mr. Jones left at 5 p.m. yesterday.",
                "The U.S. Senate voted.",
                "He lives in the U.S.",
                "He likes it.",
            ],
        ),
        (
            "It cost $1.5 billion. That is 2.5 times more than in 2019.",
            ["It cost $1.5 billion.", "That is 2.5 times more than in 2019."],
        ),
        ("J. K. Rowling wrote it. She is rich.", ["J. K. Rowling wrote it.", "She is rich."]),
        ("The war began in Feb. 2022 and goes on.", ["The war began in Feb. 2022 and goes on."]),
        (
            "He paused... Then he spoke. Wait... what happened?",
            ["He paused...", "Then he spoke.", "Wait... what happened?"],
        ),
        ('"Are you sure?" he asked. Yes.', ['"Are you sure?" he asked.', "Yes."]),
        (
            "Zelenskyy said “we will win.” Then he left.",
            ["Zelenskyy said “we will win.”", "Then he left."],
        ),
    ],
)
def test_hard_cases_split_where_a_reader_would(body: str, expected: list[str]) -> None:
    assert texts(body) == expected


def test_a_quotation_spanning_sentences_keeps_each_sentence_and_its_quote_marks() -> None:
    body = '"Russia will not discuss it. It is unacceptable," Zakharova told reporters.'
    assert texts(body) == [
        '"Russia will not discuss it.',
        'It is unacceptable," Zakharova told reporters.',
    ]


def test_bullet_markers_are_outside_the_span_and_each_item_is_a_sentence() -> None:
    body = "Key points:\n- Taxes rose 5%.\n* Jobs fell\n• Growth slowed.\n1. First item\n2) Second"
    assert texts(body) == [
        "Key points:",
        "Taxes rose 5%.",
        "Jobs fell",
        "Growth slowed.",
        "First item",
        "Second",
    ]


def test_paragraph_index_follows_line_breaks_and_hard_wraps_are_joined() -> None:
    body = "First para, hard\nwrapped here. Still first.\n\n  Second para.  \nThird line."
    sentences = segment(body)
    assert [(s.text, s.paragraph) for s in sentences] == [
        ("First para, hard\nwrapped here.", 0),
        ("Still first.", 0),
        ("Second para.", 1),
        ("Third line.", 2),
    ]
    assert [s.index for s in sentences] == [0, 1, 2, 3]


def test_offsets_are_exact_with_non_ascii_text_and_no_paragraph_breaks() -> None:
    body = (
        "  Zelenskyy’s envoy met Pistorius in Kyiv — “a good meeting.” "
        "Prices rose 3 % to €1.5 billion in Jan. 2024. Ursula von der Leyen agreed.  "
    ) * 20
    sentences = texts(body)
    assert len(sentences) == 60
    assert sentences[:3] == [
        "Zelenskyy’s envoy met Pistorius in Kyiv — “a good meeting.”",
        "Prices rose 3 % to €1.5 billion in Jan. 2024.",
        "Ursula von der Leyen agreed.",
    ]


def test_empty_and_blank_bodies_have_no_sentences() -> None:
    assert segment("") == []
    assert segment(" \n\n \t") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("WASHINGTON (AP) — Unemployment fell to 3.4%.", ["Unemployment fell to 3.4%."]),
        ("KYIV, Ukraine (AP) — Russia fired 40 missiles.", ["Russia fired 40 missiles."]),
        ("LONDON, March 3 (Reuters) - Output shrank 0.3%.", ["Output shrank 0.3%."]),
        ("NEW YORK -- Stocks fell. Bonds rose.", ["Stocks fell.", "Bonds rose."]),
        ("Intro.\nPARIS — The vote passed.", ["Intro.", "The vote passed."]),
        # Not datelines: the dash is inside the sentence.
        (
            "NATO — the alliance — said it would respond.",
            ["NATO — the alliance — said it would respond."],
        ),
        ("I — for one — disagree.", ["I — for one — disagree."]),
    ],
)
def test_a_wire_dateline_is_outside_the_first_sentence(body: str, expected: list[str]) -> None:
    sentences = segment(body)
    assert [s.text for s in sentences] == expected
    assert all(body[s.start : s.end] == s.text for s in sentences)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "SPRINGFIELD, Ill. (AP) — Gov. Maria Delgado said the rate fell to 4.1%.",
            ["Gov. Maria Delgado said the rate fell to 4.1%."],
        ),
        ("RALEIGH, N.C. (AP) — Rain flooded 30 roads.", ["Rain flooded 30 roads."]),
        ("WASHINGTON (Reuters) - Sen. Ada Voss said no.", ["Sen. Ada Voss said no."]),
        ("WASHINGTON (AP) _ The Senate adjourned.", ["The Senate adjourned."]),
        ("KYIV, Ukraine, Dec. 3 (Reuters) - Power failed.", ["Power failed."]),
        ("Washington, D.C. (AP) — Rents rose 6%.", ["Rents rose 6%."]),
        ("(CNN) — The storm weakened overnight.", ["The storm weakened overnight."]),
        ("Dec 3 (Reuters) - Oil rose 2% on Tuesday.", ["Oil rose 2% on Tuesday."]),
        (
            "SAN JUAN, Puerto Rico, Dec. 3, 2026 /PRNewswire/ -- Acme reported $4 million.",
            ["Acme reported $4 million."],
        ),
        ("MIAMI, June 2, 2025 /PRNewswire/ - Sales rose 9%.", ["Sales rose 9%."]),
        # a country of three words; a release's date in brackets
        ("DUBAI, United Arab Emirates, Nov 2 (Reuters) - Oil rose 2%.", ["Oil rose 2%."]),
        ("ABU DHABI, United Arab Emirates (AP) — Fares fell 8%.", ["Fares fell 8%."]),
        ("GENEVA (3 December 2026) – Cases rose 20% in 2025.", ["Cases rose 20% in 2025."]),
        ("NAIROBI, Kenya (4 March 2026) - Rain fell 30% short.", ["Rain fell 30% short."]),
        # two cities; a dash with no spaces (a city of plain capitals); CNN's agency
        # with no dash at all
        ("TOKYO/BEIJING (Reuters) - Exports fell 4.2%.", ["Exports fell 4.2%."]),
        ("WASHINGTON—The Senate passed the bill 68-32.", ["The Senate passed the bill 68-32."]),
        ("GENEVA, Switzerland—The WHO counted 1.2 million.", ["The WHO counted 1.2 million."]),
        ("Washington (CNN) The Senate passed it 68-32.", ["The Senate passed it 68-32."]),
        ("ATLANTA (CNN) Cases rose 12%.", ["Cases rose 12%."]),
        # accented place names, in capitals or title case
        ("BOGOTÁ, Colombia (AP) — Coffee exports rose 7%.", ["Coffee exports rose 7%."]),
        ("SÃO PAULO (Reuters) - The real fell 1.1%.", ["The real fell 1.1%."]),
        ("ZÜRICH, Switzerland (AP) — Rates held at 1.5%.", ["Rates held at 1.5%."]),
        ("Québec City (CP) — Tuition rose 3%.", ["Tuition rose 3%."]),
        ("REYKJAVÍK—Turnout reached 80%.", ["Turnout reached 80%."]),
        ("ASUNCIÓN, Paraguay — Ángela Ruiz won 52%.", ["Ángela Ruiz won 52%."]),
        # CNN's, with the space after the agency lost in a copied page
        ("Washington (CNN)The Senate passed it 68-32.", ["The Senate passed it 68-32."]),
        # an agency in lower case; a place in capitals and a colon on the first line
        ("BERLIN (dpa) - Prices fell 0.2%.", ["Prices fell 0.2%."]),
        ("NEW DELHI: The economy grew 8.2 per cent.", ["The economy grew 8.2 per cent."]),
        ("MUMBAI: Shares rose 2% on Friday.", ["Shares rose 2% on Friday."]),
        # Not datelines: a dash between two names, an acronym's aside, a party's letter
        ("U.S.—China talks resumed after 3 years.", ["U.S.—China talks resumed after 3 years."]),
        ("NASA—the agency—said 3 rockets failed.", ["NASA—the agency—said 3 rockets failed."]),
        ("Ada Voss (D) Signs the 2024 Budget", ["Ada Voss (D) Signs the 2024 Budget"]),
        # Not a dateline: a month that opens the sentence itself.
        ("March 3 (a Tuesday) - the vote failed.", ["March 3 (a Tuesday) - the vote failed."]),
        (
            "By Jane Doe, Associated Press\n\nDOVER, Del. (AP) — Tolls rose 10%.",
            ["Tolls rose 10%."],
        ),
        (
            "By JANE DOE and JOHN ROE\nDOVER, Del. — Tolls rose 10%.",
            ["Tolls rose 10%."],
        ),
        # A sentence that opens with "By" is not a byline.
        ("By March the plant had closed.", ["By March the plant had closed."]),
        # the agency between two dashes; a full date alone, either order
        ("LOS ANGELES — (AP) — Studios cut 7,000 jobs.", ["Studios cut 7,000 jobs."]),
        ("Dec. 7, 2026 — The Fed held rates at 4.5%.", ["The Fed held rates at 4.5%."]),
        ("7 December 2026 - Tolls rose 10%.", ["Tolls rose 10%."]),
        # Not a dateline: a date without its year, a figure opening the sentence.
        ("May 5 — a day to remember — was cold.", ["May 5 — a day to remember — was cold."]),
        ("2,000 people marched on Sunday.", ["2,000 people marched on Sunday."]),
        # a city in title case and its state or country, a dash and no agency (one of them
        # a known place)
        ("Mexico City, Mexico — Remittances rose 4%.", ["Remittances rose 4%."]),
        ("Springfield, Ill. — Tolls rose 10%.", ["Tolls rose 10%."]),
        ("Smith, Jones — The firm merged in 2019.", ["Smith, Jones — The firm merged in 2019."]),
        # a live blog's or a timeline's time stamps
        ("9:42 p.m. ET — The polls closed in Tarn.", ["The polls closed in Tarn."]),
        ("11:40 am – Police named the driver.", ["Police named the driver."]),
        ("21:05 GMT - Ferries were halted.", ["Ferries were halted."]),
        ("12:00pm — The mayor spoke.", ["The mayor spoke."]),
        ("Updated 9:42 a.m. — Tolls rose 10%.", ["Tolls rose 10%."]),
        # (a ratio or a score is no time stamp without a dash after it)
        ("3:1 was the final vote.", ["3:1 was the final vote."]),
        # the day before the month (dpa, PA, Europa Press), a title-case city with
        # initials for its state, the dash with no space after it, EFE's full stop
        # before the dash and TASS's after its name
        ("HAMBURG, 4 March (dpa) - Rents rose 6%.", ["Rents rose 6%."]),
        ("LEEDS, 4 March 2026 (PA) - Tolls rose 10%.", ["Tolls rose 10%."]),
        ("SEVILLA, 4 Mar. (EUROPA PRESS) - El paro bajó un 2%.", ["El paro bajó un 2%."]),
        ("Washington, D.C. — Rents rose 6%.", ["Rents rose 6%."]),
        (
            "DOVER, Del. (AP) —Gov. Ada Roe said 3 roads closed.",
            ["Gov. Ada Roe said 3 roads closed."],
        ),
        ("OSLO, Mar 4 (Reuters) -Output fell 1%.", ["Output fell 1%."]),
        ("Valencia, 4 Mar (EFE).- Exports rose 5%.", ["Exports rose 5%."]),
        ("KAZAN, March 4. /TASS/. Turnout reached 61%.", ["Turnout reached 61%."]),
        # South Asian forms with a colon on the first line: a date, ANI's bracketed
        # country and agency, a known place in title case opening a full sentence
        (
            "KARACHI, Mar 4: The port handled 3 million tonnes.",
            ["The port handled 3 million tonnes."],
        ),
        ("Pune [India], Mar 4 (ANI): Sales rose 9%.", ["Sales rose 9%."]),
        (
            "Lahore: The cabinet approved 3 bills.\n\nIt met.",
            ["The cabinet approved 3 bills.", "It met."],
        ),
        # Not datelines: a headline in title case; a transcript of places in title case
        ("Ukraine: Russia Fires 40 Missiles", ["Ukraine: Russia Fires 40 Missiles"]),
        (
            "China: We oppose the text.\n\nFrance: We support it.",
            ["China: We oppose the text.", "France: We support it."],
        ),
        ("March 3 (a Tuesday) -the vote failed.", ["March 3 (a Tuesday) -the vote failed."]),
    ],
)
def test_every_wire_dateline_and_byline_stays_outside_the_spans(
    body: str, expected: list[str]
) -> None:
    sentences = segment(body)
    assert [s.text for s in sentences] == expected
    assert all(body[s.start : s.end] == s.text for s in sentences)


def test_a_transcript_label_with_accented_capitals_is_the_speaker() -> None:
    body = "NÚÑEZ: Taxes are 35 percent. They are high.\n\nROE: No."
    assert [(s.speaker, s.text) for s in segment(body)] == [
        ("NÚÑEZ", "Taxes are 35 percent."),
        ("NÚÑEZ", "They are high."),
        ("ROE", "No."),
    ]


def test_a_transcript_of_places_keeps_its_first_label_as_a_speaker() -> None:
    body = "CHINA: We oppose the text. It fails 3 tests.\n\nFRANCE: We support it."
    assert [(s.speaker, s.text) for s in segment(body)] == [
        ("CHINA", "We oppose the text."),
        ("CHINA", "It fails 3 tests."),
        ("FRANCE", "We support it."),
    ]


def test_transcript_speaker_labels_are_outside_the_spans_and_kept_as_the_speaker() -> None:
    body = (
        "ASHWORTH: Taxes are 35 percent. They are high.\n\n"
        "Sen. Eliza Warrick: Banks made $67 billion."
    )
    sentences = segment(body)
    assert [(s.speaker, s.text) for s in sentences] == [
        ("ASHWORTH", "Taxes are 35 percent."),
        ("ASHWORTH", "They are high."),
        ("Sen. Eliza Warrick", "Banks made $67 billion."),
    ]
    assert all(body[s.start : s.end] == s.text for s in sentences)


def test_a_mixed_case_label_that_comes_back_is_a_transcript_turn() -> None:
    body = (
        "Lopez: Taxes are 35 percent. They are high.\n\n"
        "Matthews: Banks made $67 billion.\n\n"
        "Lopez: Well, no one says that."
    )
    sentences = segment(body)
    assert [(s.speaker, s.text) for s in sentences] == [
        ("Lopez", "Taxes are 35 percent."),
        ("Lopez", "They are high."),
        (None, "Matthews: Banks made $67 billion."),  # once: a heading, not a turn
        ("Lopez", "Well, no one says that."),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "NOTE: Figures are rounded.\n\nUPDATE: Taxes rose 5%.",  # editorial labels
        "Key figures: inflation rose.\n\nThe result: prices fell.",  # not names
        "• GDP: Up 2.3%.\n• CPI: Up 3%.",  # a fact box
        "GDP: 2.3% in October.\n\nCPI: 3% in October.",  # figures, not speech
        "WHY IT MATTERS: Prices rose.\n\nWHAT'S NEXT: The Fed meets.",  # AP headings
        # headings in mixed case name each subject once
        "Lusk: Win in a walk.\n\nKirby: A closing surge of 40 points.",
        "Dover: Ann Roe, Ted Lusk.\n\nSalem: Ada Pike, Jo Kirby.",
        # a fact-check's repeated labels are not speakers
        "Myth: The levy is 40%.\n\nFact: It is 2%.\n\nMyth: It cut jobs.\n\nFact: It did not.",
    ],
)
def test_labels_that_are_not_a_transcript_stay_in_the_text(body: str) -> None:
    sentences = segment(body)
    assert all(s.speaker is None for s in sentences)
    assert ":" in sentences[0].text  # the label stays in the span


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "no" ending a sentence was read as the abbreviation of "No. 5"
        (
            "The senator would vote no. He said she had the votes.",
            ["The senator would vote no.", "He said she had the votes."],
        ),
        (
            "Asked again, she said no. The bill failed.",
            ["Asked again, she said no.", "The bill failed."],
        ),
        (
            "It was item No. 5 on the list. He said so.",
            ["It was item No. 5 on the list.", "He said so."],
        ),
        ("He lives at No. 10 Downing Street.", ["He lives at No. 10 Downing Street."]),
        ("Bills Nos. 4 and 5 passed.", ["Bills Nos. 4 and 5 passed."]),
    ],
)
def test_no_ends_a_sentence_unless_a_number_follows(text: str, expected: list[str]) -> None:
    assert [s.text for s in segment(text)] == expected
