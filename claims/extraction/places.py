"""Names of places, which a text can quote ("China said", "Virginia's officials say") but
which are never "he" or "she": pronouns.py passes over them when it looks for a pronoun's
antecedent. Countries, US states and a few place names news uses as actors."""

from __future__ import annotations

import re

_US_STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|"
    "Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|"
    "Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|"
    "New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|"
    "Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|"
    "Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Puerto Rico"
)
_COUNTRIES = (
    "Afghanistan|Albania|Algeria|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|"
    "Bahrain|Bangladesh|Belarus|Belgium|Bolivia|Bosnia|Brazil|Bulgaria|Burma|Cambodia|"
    "Cameroon|Canada|Chile|China|Colombia|Congo|Costa Rica|Croatia|Cuba|Cyprus|"
    "Czech Republic|Denmark|Ecuador|Egypt|El Salvador|Estonia|Ethiopia|Finland|France|"
    "Germany|Ghana|Greece|Guatemala|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|"
    "Iraq|Ireland|Israel|Italy|Jamaica|Japan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|"
    "Laos|Latvia|Lebanon|Libya|Lithuania|Luxembourg|Malaysia|Mali|Mexico|Moldova|"
    "Mongolia|Morocco|Mozambique|Myanmar|Nepal|Netherlands|New Zealand|Nicaragua|Niger|"
    "Nigeria|North Korea|Norway|Oman|Pakistan|Palestine|Panama|Paraguay|Peru|"
    "Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Senegal|Serbia|"
    "Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|"
    "Sri Lanka|Sudan|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|"
    "Tunisia|Turkey|Turkmenistan|Uganda|Ukraine|United Arab Emirates|United Kingdom|"
    "United States|Uruguay|Uzbekistan|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|"
    "America|Britain|Great Britain|England|Scotland|Wales|Korea|"
    "U.S.|U.S.A.|U.K.|USA|UK|UAE"
)
_REGIONS = (
    "Africa|Asia|Europe|Latin America|South America|North America|Central America|"
    "Middle East|Central Asia|the West|Wall Street|Capitol Hill|Silicon Valley|"
    "West Coast|East Coast|Gulf Coast|Midwest|Upper Midwest|Deep South|Rust Belt|Sun Belt|"
    "Bible Belt|Pacific Northwest|New England|"
    "Hollywood|Main Street|Beijing|Moscow|Tehran|Pyongyang|Brussels|London|Paris|Berlin|"
    "Tokyo|Kiev|Kyiv|Damascus|Baghdad|Kabul|Islamabad|Ankara|Jerusalem|Cairo|Havana|"
    "Los Angeles|San Francisco|San Diego|San Antonio|Las Vegas|New Orleans|St. Louis|"
    "Chicago|Houston|Philadelphia|Boston|Miami|Atlanta|Detroit|Seattle|Denver|Dallas|"
    "Baltimore|Cleveland|Phoenix|Pittsburgh|Milwaukee|Des Moines|Salt Lake City|"
    "Mexico City|Hong Kong|New Delhi|Toronto|Sydney|Mumbai|Kolkata|Chennai|Bengaluru|"
    "Bangalore|Hyderabad|Karachi|Lahore|Dhaka|Nairobi|Lagos|Johannesburg|Manila|Jakarta|"
    "Bangkok|Seoul|Shanghai"
)
# The abbreviations news style gives states after a city ("Cambridge, Mass.").
_STATE_ABBREVIATIONS = (
    "Ala.|Ariz.|Ark.|Calif.|Colo.|Conn.|Del.|Fla.|Ga.|Ill.|Ind.|Kan.|Kans.|Ky.|La.|Md.|"
    "Mass.|Mich.|Minn.|Miss.|Mo.|Mont.|Neb.|Nev.|N.H.|N.J.|N.M.|N.Y.|N.C.|N.D.|Okla.|"
    "Ore.|Pa.|R.I.|S.C.|S.D.|Tenn.|Tex.|Vt.|Va.|Wash.|W.Va.|Wis.|Wyo.|D.C."
)
PLACES = frozenset(
    n.lower() for n in f"{_US_STATES}|{_COUNTRIES}|{_REGIONS}|{_STATE_ABBREVIATIONS}".split("|")
)
# Full names and abbreviations, the latter also without their last full stop ("N.C").
US_STATES = frozenset(
    [
        *_US_STATES.split("|"),
        *_STATE_ABBREVIATIONS.split("|"),
        *(a[:-1] for a in _STATE_ABBREVIATIONS.split("|")),
    ]
)


# A state after a city, as a pattern: ", Calif." in "Jo Roe, a grocer in San Jose, Calif.,".
STATE_AFTER_CITY = (
    r",\s+(?:"
    + "|".join(re.escape(s) for s in f"{_US_STATES}|{_STATE_ABBREVIATIONS}".split("|"))
    + r")"
)


def is_place(name: str) -> bool:
    """True when the whole name is a place ("China", "the United States", "New Hampshire")."""
    key = name.strip().lower()
    if key.startswith("the "):
        key = key[4:]
    return key in PLACES or f"{key}." in PLACES  # "N.C", "Mass": a full stop cut off
