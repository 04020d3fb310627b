"""Letter classes for the patterns that read names and places: capitals and small letters
with their accented forms (Latin-1 and Latin Extended-A and B), so that "BOGOTÁ",
"Québec" and "NÚÑEZ:" read as "BOGOTA", "Quebec" and "NUNEZ:" would."""

from __future__ import annotations

__all__ = ["ACCENTED_CAPITALS", "CAPITALS", "SMALL_LETTERS"]

ACCENTED_CAPITALS = "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
# For a character class: "[{CAPITALS}]", "[{SMALL_LETTERS}]".
CAPITALS = "A-Z" + ACCENTED_CAPITALS
SMALL_LETTERS = "a-z" + "".join(c for c in map(chr, range(0xDF, 0x250)) if c.islower())
