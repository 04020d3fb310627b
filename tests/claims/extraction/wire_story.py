# ruff: noqa: E501 -- one paragraph per line, as the story is written
"""A made-up 30-sentence wire story (no corpus text): the size of story the short list is
calibrated for."""

WIRE_STORY = """HARTFORD, Conn. (AP) — Connecticut's unemployment rate fell to 3.8 percent in October, the lowest level since 2001, Gov. Elena Marchetti said Thursday. The state added 6,400 jobs last month, according to the Connecticut Department of Labor. Marchetti credited a $120 million job-training program that lawmakers approved in 2023.

"We promised people work, and we delivered," she told reporters at the Capitol. Republicans were not convinced. Senate Minority Leader Tomas Okafor said the gains came mostly from seasonal retail hiring. "These are holiday jobs that will disappear by February," Okafor said. He noted that manufacturing employment has dropped by 2,100 positions since January.

The governor's office pushed back. A spokesperson for Marchetti said manufacturing wages rose 4.2 percent over the same period.

Economists offered a mixed view. Priya Nakamura, an economist at the University of Hartford, said the labor force shrank by about 9,000 people this year. A smaller labor force can push the unemployment rate down even when few people find work, she said. The national unemployment rate was 4.1 percent in October, the U.S. Bureau of Labor Statistics reported. Connecticut's rate has been below the national average for eight straight months.

Housing costs remain a concern for many residents. Median rent in the Hartford area climbed 11 percent in two years, according to a report by the state housing authority. Marchetti has proposed doubling the state's rental assistance fund to $80 million. Okafor called the plan unaffordable. "We cannot spend our way out of every problem," he said.

The legislature returns in January. Polls show a close race for governor next year. A Quinnipiac survey released last week found Marchetti leading by 3 points, within the margin of error. Turnout in the last midterm election was 52 percent, down from 61 percent four years earlier. Both parties are expected to focus on the cost of living.

The governor will travel to New Haven on Friday. She is scheduled to tour a training center there. Okafor plans to hold a town hall in Danbury next week. The Labor Department will release November figures on Dec. 18. Officials said the data could be revised.
"""
