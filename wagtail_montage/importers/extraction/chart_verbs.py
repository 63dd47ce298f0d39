"""Verbs a chart position or a certification is stated with, beyond the shared
lists: the motions of a record up a chart ("rode all the way to No. 11", "crawled
no higher than 41"), the ends of a run ("ended up at No. 2"), and a certifier's
giving ("the BPI gave it a silver disc")."""

# "crossed over far enough to reach number 31", "rode all the way to No. 11", "didn't
# climb higher than No. 17"
MORE_CHART_VERBS = frozenset(
    {
        "reach",
        "rode",
        "riding",
        "ridden",
        "ride",
        "topping",
        "settling",
        "stall",
        "stalls",
        "crawled",
        "crawling",
        "crawl",
        "climb",
        "rise",
        # "In Britain it managed a respectable number 23", "could only manage No. 40"
        "managed",
        "manage",
        "managing",
    }
)
# "it ended up at No. 2 on ...": a peak only with its chart named.
ENDED_VERBS = frozenset({"ended", "finished", "wound"})
# "the BPI gave it a silver disc", "handed the single a gold record": the level's
# subject is the verb's object, not whatever the clause began with.
GIVE_VERBS = frozenset({"gave", "given", "giving", "handed", "presented", "awarded"})
