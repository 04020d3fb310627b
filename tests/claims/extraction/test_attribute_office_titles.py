"""A title with "of" in it before a person's name ("White House Chief of Staff X",
"Director of National Intelligence X") or a capitalised title set off before it ("The
province's Health Minister, X, said"): the person speaks, and a later surname is that
person, whatever the given name. Invented sentences (no corpus text)."""

from __future__ import annotations

import pytest

from .claimants import claimants

CASES = [
    (
        "White House Chief of Staff Tamsin Okere said the talks would resume on Friday.",
        ["Tamsin Okere"],
    ),
    (
        "Director of National Intelligence Bram Hollis told senators the threat had grown.",
        ["Bram Hollis"],
    ),
    (
        "Deputy Chief of Staff Ilse Marwick said the memo was a draft. Marwick added that "
        "nobody had signed it.",
        ["Ilse Marwick", "Ilse Marwick"],
    ),
    # A capitalised title set off before the name: the name speaks.
    (
        "The province's Health Minister, Oriel Tanaka-Voss, said the wards would reopen.",
        ["Oriel Tanaka-Voss"],
    ),
    (
        "The county's Fire Chief, Sabine Quarrell, told reporters the blaze was contained.",
        ["Sabine Quarrell"],
    ),
    (
        "Superintendent of Police Anvika Marwah said the roads were closed by noon.",
        ["Anvika Marwah"],
    ),
    # A title with "for" set off before the name, the clause closing the sentence.
    (
        "The herring quota will fall by a fifth, the Minister for the Marine, Ruairi "
        "Tallon, confirmed on Friday.",
        ["Ruairi Tallon"],
    ),
    # The title capitalised after "the", later: the person it was given to.
    (
        'Premier Odile Farrant toured the flood zone. "We will rebuild," the Premier said.',
        ["The Ledger", "Odile Farrant"],
    ),
    (
        "In an email to the team, Chief of Staff Dorran Pike praised the rescue crews. "
        '"Best work I have seen all year," Pike wrote.',
        ["Dorran Pike", "Dorran Pike"],
    ),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_person_after_an_office_title_speaks(body: str, expected: list[str]) -> None:
    assert claimants(body) == expected


GUARDS = [
    # Bodies named with "of" stay whole.
    (
        "The Bureau of Labor Statistics said the jobless rate fell.",
        "the Bureau of Labor Statistics",
    ),
    (
        "The Department of Homeland Security said the checkpoints would stay open.",
        "the Department of Homeland Security",
    ),
    # A person "of" a body, whose surname is also a role word ("French"), stays the person.
    ("Owen French of the National Grocers Federation said sales rose.", "Owen French"),
    # A given name that is also a word of an office stays in the name.
    ("Party leader Marine Okonkwo said the vote was a warning.", "Marine Okonkwo"),
    # A title whose holder's given name is known, as before.
    ("Secretary of State Carla Brandvold said the visit was off.", "Carla Brandvold"),
]


@pytest.mark.parametrize(("body", "expected"), GUARDS)
def test_bodies_named_with_of_stay_whole(body: str, expected: str) -> None:
    assert claimants(body)[-1] == expected


# The title with "of" read back later ("the secretary", "the secretary of state"); the
# office's words are no role of their own: a body whose name holds them ("Secretaries of
# State", "the House") is not the person.
LATER_CASES = [
    (
        "Secretary of State Imogen Varlow told reporters the count would end on Friday.\n\n"
        '"We have never seen numbers like this," the secretary said.',
        ["Imogen Varlow", "Imogen Varlow"],
    ),
    (
        "Minister of Finance Dario Keel presented the budget on Monday.\n\n"
        "The finance minister was not there. The minister of finance said the gap had closed.",
        ["The Ledger", "The Ledger", "Dario Keel"],
    ),
    (
        "Secretary of State Imogen Varlow certified the result.\n\n"
        "The National Association of Secretaries of State said turnout was the highest "
        "since 1900.",
        ["The Ledger", "the National Association of Secretaries of State"],
    ),
    (
        "Speaker of the House Corin Abbot scheduled the vote.\n\n"
        "The House voted 220 to 210 to pass the bill, the speaker said.",
        ["The Ledger", "Corin Abbot"],
    ),
    (
        "Deputy Secretary of State Lior Penhale met the envoy.\n\n"
        '"The talks went well," the secretary said.',
        ["The Ledger", "the secretary"],
    ),
    (
        "Secretary of Agriculture Wenna Trask toured the farms.\n\n"
        "The current secretary of agriculture said the drought had cost 4,000 jobs.",
        ["The Ledger", "Wenna Trask"],
    ),
]


@pytest.mark.parametrize(("body", "expected"), LATER_CASES)
def test_a_title_with_of_read_back_later(body: str, expected: list[str]) -> None:
    assert claimants(body) == expected


def test_the_office_words_teach_no_role() -> None:
    from claims.extraction.names import NameBook

    book = NameBook()
    book.learn("Speaker of the House Corin Abbot said it.")
    book.learn("Director of National Intelligence Bram Hollis said it.")
    assert book.resolve("the speaker") == "Corin Abbot"
    assert book.resolve("the director of national intelligence") == "Bram Hollis"
    assert "house" not in book.by_role and "national" not in book.by_role


def test_a_bodys_name_with_of_is_not_the_role_it_holds() -> None:
    body = (
        "Gov. Maria Delgado signed the bill.\n\n"
        "The Office of the Governor said the law takes effect in May.\n\n"
        "The governor said 40 counties had applied."
    )
    assert claimants(body)[1:] == ["the Office of the Governor", "Maria Delgado"]


@pytest.mark.parametrize(
    "title", ["County Clerk", "City Clerk", "Fire Chief", "Majority Whip", "Chief Judge"]
)
def test_an_office_whose_word_is_no_doers_is_dropped_before_the_name(title: str) -> None:
    # "County Clerk Janet Moore" stayed whole ("Clerk" does not end like "Treasurer")
    body = f"Turnout was 38 percent, {title} Janet Moore said."
    assert claimants(body) == ["Janet Moore"]


def test_a_surname_that_is_an_office_word_stays() -> None:
    assert claimants("Turnout was 38 percent, Tom Judge said.") == ["Tom Judge"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # an envoy "to" a country gave the country
        (
            "The talks will resume, the Tarnian ambassador to Japan said.",
            "the Tarnian ambassador to Japan",
        ),
        (
            "The talks will resume in May, the Tarnian ambassador to Japan said.",
            "the Tarnian ambassador to Japan",
        ),
        (
            "His mother had died, Chad's Ambassador to France confirmed.",
            "Chad's Ambassador to France",
        ),
        (
            "The talks will resume, Britain's Ambassador to the United States, Karen Pierce, said.",
            "Karen Pierce",
        ),
        ("The talks will resume, said Tarnian Ambassador to Japan Mara Lind.", "Mara Lind"),
        ("Tarnian Ambassador to Japan Mara Lind said the talks would resume.", "Mara Lind"),
        (
            "The talks will resume, U.N. special envoy to Syria Geir Pedersen told reporters.",
            "Geir Pedersen",
        ),
        # not an envoy's title
        ("Roe sent an envoy to Syria and said the talks would resume.", "Roe"),
    ],
)
def test_an_envoy_to_a_country_is_the_envoy(sentence: str, speaker: str) -> None:
    assert claimants(sentence) == [speaker]


def test_a_surname_after_an_envoys_title_is_the_envoy() -> None:
    body = (
        "The talks will resume, U.N. special envoy to Syria Geir Pedersen told reporters.\n\n"
        "Pedersen said the sides had agreed on a date."
    )
    assert claimants(body) == ["Geir Pedersen", "Geir Pedersen"]


def test_a_weekday_after_as_reported_by_is_no_part_of_the_outlet() -> None:
    sentence = "The ads began this week, as first reported by the Dover Courier on Tuesday."
    assert claimants(sentence) == ["the Dover Courier"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a hyphenated title stayed in the claimant
        (
            "WHO Director-General Tedros Adhanom Ghebreyesus said cases could double.",
            "Tedros Adhanom Ghebreyesus",
        ),
        ("Attorney-General Ada Pike said the levy was legal.", "Ada Pike"),
        # a hyphenated name is no title
        ("Jean-Pierre Roe said the levy was legal.", "Jean-Pierre Roe"),
    ],
)
def test_a_hyphenated_title_is_dropped_before_the_name(sentence: str, speaker: str) -> None:
    assert claimants(sentence) == [speaker]


def test_an_administrator_and_a_prosecutor_are_offices() -> None:
    # "FEMA Administrator Deanne Criswell" stayed whole (a given name no list knows)
    body = (
        "FEMA Administrator Deanne Criswell told reporters that 3,000 people were in"
        " shelters.\n\n"
        "The administrator said the shelters were full.\n\n"
        "Chief Prosecutor Odile Varga told the jury the attack was planned.\n\n"
        "The prosecutor said the attack was planned."
    )
    assert claimants(body) == ["Deanne Criswell", "Deanne Criswell", "Odile Varga", "Odile Varga"]
