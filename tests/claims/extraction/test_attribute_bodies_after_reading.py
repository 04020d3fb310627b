"""Kinds mended after the held-out story sets were scored and read: a representative as
"the congresswoman", company names ending in a product ("Home Appliances"), a short name
set off by a clause, a stance taken in the passive by a body, "It called ... “...”", a
body described by who appointed it, an unnamed commander, and "the division". Invented
sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import claimants


@pytest.mark.parametrize(
    ("body", "who"),
    [
        (
            "Rep. Delphine Quarrington visited the port. The congresswoman said she had "
            "spoken with federal mediators.",
            "Delphine Quarrington",
        ),
        (
            "Kestwick Home Appliances will lay off 420 workers at its dryer plant by March, "
            "the company announced Thursday.",
            "Kestwick Home Appliances",
        ),
        (
            "Marrowby Textiles runs the mill. Marrowby, which makes upholstery fabric, will "
            "cut its remaining 310 jobs, the company said.",
            "Marrowby Textiles",
        ),
        (
            "The decision was welcomed by the Brenmoor Chamber of Industry, whose members "
            "had complained for months.",
            "the Brenmoor Chamber of Industry",
        ),
        (
            "Dunlavey Chemical Works was charged on Monday. It called the charges "
            '"an attempt to criminalize an accident."',
            "Dunlavey Chemical Works",
        ),
        (
            "The Independent Kestwick Commission, appointed by parliament in September, "
            "found that officials took three hours to order the evacuation.",
            "the Independent Kestwick Commission",
        ),
        (
            "A senior commander, speaking on condition of anonymity because he was not "
            "authorized to comment, said several orders had been delayed.",
            "a senior commander",
        ),
        (
            "The Division of Mineral Kestwick approved the permit. In its written decision, "
            "the division said the aquifer would recover.",
            "the Division of Mineral Kestwick",
        ),
    ],
)
def test_who_it_is(body: str, who: str) -> None:
    assert claimants(body)[-1] == who
