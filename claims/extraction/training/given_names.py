"""Build the extra given-name list the gender of a name is read from
(``claims/extraction/model/given_names.txt``), offline:

    python -m claims.extraction.training.given_names CENSUS_DIR WORDS [OUT]

CENSUS_DIR holds the US Census Bureau's 1990 name files (``dist.male.first``,
``dist.female.first``, ``dist.all.last``; public domain, also shipped by the ``names``
package on PyPI); WORDS is a plain word list (Debian's ``wamerican``:
``/usr/share/dict/words``). A first name is kept when one sex holds at least 90 % of its
frequency, it has three letters or more, it is not among the 5,000 most frequent surnames
("Carter", "Mason", "Grant" name bodies and places too: "the Carter Center"), not a place
the extractor knows ("Georgia", "Denver"), not an English word in lower case ("faith",
"summer", "herb") and not already in ``gender.py``'s own lists. The run prints how many
names it kept."""

from __future__ import annotations

import sys
from pathlib import Path

from ..gender import FEMALE, MALE
from ..places import is_place

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "model" / "given_names.txt"
SHARE = 0.9
SURNAME_RANK = 5000


def _frequencies(path: Path) -> dict[str, float]:
    table: dict[str, float] = {}
    for line in path.read_text(encoding="ascii").splitlines():
        fields = line.split()
        if len(fields) >= 2:
            table[fields[0].lower()] = float(fields[1])
    return table


def build(census_dir: Path, words_path: Path) -> dict[str, str]:
    """The kept names, each "f" or "m"."""
    male = _frequencies(census_dir / "dist.male.first")
    female = _frequencies(census_dir / "dist.female.first")
    surnames = {
        line.split()[0].lower(): rank
        for rank, line in enumerate(
            (census_dir / "dist.all.last").read_text(encoding="ascii").splitlines()
        )
        if line.strip()
    }
    words = {
        w.strip()
        for w in words_path.read_text(encoding="utf-8", errors="replace").splitlines()
        if w.strip().islower()
    }
    kept: dict[str, str] = {}
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if m + f <= 0:
            continue
        sex = "m" if m / (m + f) >= SHARE else "f" if f / (m + f) >= SHARE else None
        if (
            sex is None
            or len(name) < 3
            or surnames.get(name, SURNAME_RANK) < SURNAME_RANK
            or name in FEMALE
            or name in MALE
            or name in words
            or is_place(name.capitalize())
        ):
            continue
        kept[name] = sex
    return kept


def write(kept: dict[str, str], out: Path) -> None:
    lines = [
        "# Given names and the sex that holds at least 90 % of each one's frequency in the",
        "# US Census Bureau's 1990 name files (public domain); built by",
        "# claims/extraction/training/given_names.py. One name per line: NAME f|m",
        *(f"{name} {sex}" for name, sex in sorted(kept.items())),
    ]
    out.write_text("\n".join(lines) + "\n", encoding="ascii")


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[2]) if len(argv) == 3 else DEFAULT_OUT
    try:
        kept = build(Path(argv[0]), Path(argv[1]))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        # a missing Census file or word list, or a file that is not one
        print(f"given_names: cannot read the inputs: {exc}", file=sys.stderr)
        return 1
    write(kept, out)
    female = sum(1 for s in kept.values() if s == "f")
    print(f"{len(kept)} names ({female} female, {len(kept) - female} male) -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
