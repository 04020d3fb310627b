"""Grammatical gender of a person's name, for resolving "he" and "she" (attribute.py).

Only what the text itself shows: an honorific ("Mr.", "Ms.") or a common first name
from the lists below, which hold frequent given names of English-language news
(US, UK, Canada, Australia, India, Ireland) and unambiguous ones only: "Jordan", "Kim",
"Leslie" or "Robin" are in neither list. A name in neither gives None, and None
agrees with every pronoun, so an unknown name is never ruled out. A longer list from the
US Census Bureau's 1990 files (``model/given_names.txt``) is read after them.
"""

from __future__ import annotations

from pathlib import Path

_FEMALE_NAMES = """
    abigail ada adriana agnes aisha alexandra alexandria alice alicia alison allison amanda
    amber amelia amy ana anastasia andrea angela angelina anita ann anna anne annette
    antonia april ariana arlene ashley audrey ayanna barbara beatrice becky belinda bernadette
    beth bethany betsy betty beverly bianca bonnie brenda brianna bridget brittany brooke
    camila candace cara carla carly carmen carol caroline carolyn cassandra catherine cathy
    cecilia celeste charlotte chelsea cheryl chloe christina christine cindy claire clara
    claudia colleen connie constance cora courtney cristina crystal cynthia daisy danielle
    daphne darlene dawn debbie debora deborah debra delia denise diana diane dianne dolores
    donna doris dorothy edith eileen elaine eleanor elena elisabeth elise eliza elizabeth ella
    ellen eloise elsa emily emma erica erika erin esther eva evelyn fatima felicia fiona
    florence frances gabriela gabrielle gail geraldine gina giselle gladys gloria grace
    gretchen gwen gwendolyn hailey hannah harriet hazel heather heidi helen helena
    hillary holly ilhan ingrid irene iris isabel isabella ivanka jacqueline jane janet janice
    jasmine jeanne jeannie jennifer jenny jessica jill joan joanna joanne jocelyn josephine
    joy joyce judith judy julia julie june justine kamala karen karin karina kate katherine
    kathleen kathryn kathy katie kayla kellyanne kirsten krista kristen kristin kristina
    kristi kyrsten laura lauren laurie leah lena lila lillian lily linda
    lisa liz liza lois loretta lori lorraine louise lucia lucy lydia lynn madeleine madison
    maggie maisie mandy marcia margaret margarita maria mariah marian marianne marie marilyn
    marina marjorie marlene marsha martha mary maureen maxine megan meghan melania melanie
    melinda melissa meredith mia michele michelle mildred miranda miriam molly monica monique
    nadia nancy naomi natalie natasha nicole nikki nina nora norma olivia pamela patricia
    patty paula pauline peggy penelope penny phyllis pramila priscilla rachel rashida rebecca
    regina renee rhonda rita roberta rosa rosalind rose rosemary ruth sabrina sally samantha
    sandra sara sarah savannah selena serena sharon sheila shelley sherry shirley sofia sonia
    sophia sophie stacey stacy stella stephanie susan susana suzanne sylvia tamara tammy tanya
    tara teresa theresa tiffany tina tulsi ursula valerie vanessa vera veronica
    victoria violet virginia vivian wanda wendy whitney yolanda yvonne zoe
    galia haley hope huma jen jodi joni kay mariam maya trish
"""
FEMALE = frozenset(_FEMALE_NAMES.split())

_MALE_NAMES = """
    aaron abraham adam adrian ahmed alan albert alberto alec alejandro alexander alfred
    ali allen alvin amir andre andrew andy angus anthony antonio arnold arthur austin barack
    barry ben benjamin bernard bernie bill billy bob bobby boris brad bradley brandon brent
    brett brian bruce bryan byron calvin carl carlos cecil chad charles charlie
    christopher chuck clarence claude clifford clint clyde cody colin cory craig curtis dale
    dan daniel danny darrell darren dave david dean dennis derek devin dick dmitry don donald
    doug douglas duncan dustin dwight earl ed eddie edgar eduardo edward edwin elijah elliot
    elon emmanuel eric erik ernest ernesto eugene evan felix fernando francis francisco frank
    franklin fred frederick gabriel gary gavin gene geoffrey george gerald gilbert glenn gordon
    graham greg gregory gustavo hakeem hal hank harold harry harvey hector henry herbert herman
    howard hugh hunter ian igor isaac ivan jack jacob jake james jared jason javier jay
    jeb jeff jeffrey jeremy jerome jerry jesse jesus jim jimmy joe joel john johnny jon
    jonathan jorge jose joseph josh joshua juan julian justin karl keith kenneth kevin kirk
    kurt kyle lamar lance larry lawrence leo leon leonard lewis lincoln
    lloyd louis luis luke malcolm marco mario mark marshall martin marvin matt matthew maurice
    max michael miguel mike mitch mitchell mohammed muhammad nathan nathaniel neil nelson
    nicholas nick nigel noah norman oliver omar oscar owen pablo patrick paul pedro pete peter
    phil philip phillip rafael ralph ramon rand randall randy raphael ray raymond reggie
    reginald reince rex ricardo richard rick ricky rob robert roberto rod rodney roger roland
    ron ronald ronnie roy rudolph rudy rupert russell ryan salvador samuel scott sean
    sergei sergio seth shawn simon stanley stephen steve steven stuart ted
    theodore thomas tim timothy todd tom tommy tony travis trevor troy tyler vernon victor
    vincent vladimir volodymyr walter warren wayne wesley willard william willie wilson xavier
    yuri zachary
    andres corey diego dmitri eli enrique glen jamal jens keir kieran manuel matteo mitt
    narendra newt orrin rahm recep reince robby ruben sheldon shinzo tad wolf
"""
MALE = frozenset(_MALE_NAMES.split())
GIVEN_NAMES = FEMALE | MALE

_HONORIFICS = {
    "mr": "m",
    "mr.": "m",
    "mrs": "f",
    "mrs.": "f",
    "ms": "f",
    "ms.": "f",
    "miss": "f",
    "sir": "m",
    "dame": "f",
    "lady": "f",
    "lord": "m",
    "king": "m",
    "queen": "f",
    "prince": "m",
    "princess": "f",
}

PRONOUN_GENDER = {"he": "m", "she": "f"}


def _census_names(path: Path) -> dict[str, str]:
    """The longer list, read after the lists above: given names that one sex holds at
    90 % or more in the US Census Bureau's 1990 files, none of them a frequent surname, a
    place or an English word (built by training/given_names.py; 3,775 names)."""
    names: dict[str, str] = {}
    for line in path.read_text(encoding="ascii").splitlines():
        if line and not line.startswith("#"):
            name, _, sex = line.partition(" ")
            names[name] = sex
    return names


_CENSUS_NAMES = _census_names(Path(__file__).resolve().parent / "model" / "given_names.txt")

# Nouns that show a person's gender when they stand before the name ("businessman Jo
# Roe", "Congresswoman Ada Pike", "his wife, Ana Roe"): a later "he" or "she" can then
# tell two people apart whose given names say nothing.
_NOUN_GENDER = {
    **dict.fromkeys(
        [
            *("businessman", "congressman", "chairman", "spokesman", "councilman"),
            *("assemblyman", "alderman", "selectman", "statesman", "sportsman", "anchorman"),
            *("policeman", "fireman", "salesman", "frontman", "newsman", "cameraman"),
            *("husband", "father", "son", "brother", "grandfather", "grandson", "uncle"),
            *("nephew", "stepfather", "stepson", "boyfriend", "widower", "dad"),
        ],
        "m",
    ),
    **dict.fromkeys(
        [
            *("businesswoman", "congresswoman", "chairwoman", "spokeswoman", "councilwoman"),
            *("assemblywoman", "alderwoman", "selectwoman", "stateswoman", "sportswoman"),
            *("anchorwoman", "policewoman", "firewoman", "saleswoman", "newswoman"),
            *("camerawoman", "wife", "mother", "daughter", "sister", "grandmother"),
            *("granddaughter", "aunt", "niece", "stepmother", "stepdaughter", "girlfriend"),
            *("widow", "mom", "actress", "waitress", "heiress", "duchess", "countess"),
            "baroness",
        ],
        "f",
    ),
}
GENDERED_NOUNS = frozenset(_NOUN_GENDER)


def noun_gender(noun: str) -> str | None:
    """The gender a noun before a name shows ("businesswoman" -> "f"), or None."""
    return _NOUN_GENDER.get(noun.lower())


def name_gender(name: str) -> str | None:
    """ "m", "f" or None for a full name as the article wrote it ("Maria Delgado")."""
    tokens = name.lower().split()
    if not tokens:
        return None
    if tokens[0] in _HONORIFICS:
        return _HONORIFICS[tokens[0]]
    # The first given name in either list ("Councillor Ruth Lang"); the surname never
    # decides ("Mark Kelly" is not "Kelly").
    for token in tokens[:-1]:
        if token in FEMALE:
            return "f"
        if token in MALE:
            return "m"
    for token in tokens[:-1]:
        census = _CENSUS_NAMES.get(token)
        if census is not None:
            return census  # "Celia Northam", "Tomas Reyes"
    return None


def honorific_gender(word: str) -> str | None:
    """The gender an honorific in front of a name shows ("Ms." -> "f")."""
    return _HONORIFICS.get(word.lower())


def agrees(pronoun: str, name: str | None, known: dict[str, str] | None = None) -> bool:
    """Whether "he"/"she" can refer to this name (an unknown gender always can)."""
    if name is None:
        return False
    want = PRONOUN_GENDER.get(pronoun.lower())
    if want is None:
        return True  # "they": any
    have = (known or {}).get(name) or name_gender(name)
    return have is None or have == want
