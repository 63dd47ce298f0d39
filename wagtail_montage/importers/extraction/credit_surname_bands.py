"""A performer named by a surname the post writes as "the <surname> band": "also by
the Quist band", "played by the Hale orchestra". The post names the act in full
elsewhere ("the Jonah Quist Band", "the Lyle Hale Orchestra"), and the surname
stands for it, not for the person whose name the act carries.

Guards: the performer must be credited by one word alone; the post must write
that word with "the" before it and an act's noun in lowercase after it, and name
exactly one act in capitals that ends with the word and that noun ("Jonah Quist
Band"); a composer, a name in full, or a surname with no such act stays as it is.
Every pattern is bounded, with no nested quantifier."""

import re

ACT_NOUNS = "band|orchestra|group|trio|quartet|choir|ensemble|combo"


def surname_bands(ctx, text):
    """Credit the act a performer's lone surname stands for in "the <surname>
    band", when the post names that act in full."""
    for track in ctx.tracks.values():
        performers = track["performers"]
        for position, name in enumerate(performers):
            act = _act_of(name, text)
            if act:
                performers[position] = act


def _act_of(name, text):
    """The act "X <name> Band" the post names in full, when it also writes "the
    <name> band"; else None."""
    if not re.fullmatch(r"[A-Z][\w'\u2019-]{1,30}", name):
        return None
    said = re.search(rf"\bthe {re.escape(name)} ({ACT_NOUNS})\b", text)
    if said is None:
        return None
    noun = said.group(1).capitalize()
    acts = set(
        re.findall(
            rf"\b((?:[A-Z][\w'\u2019.-]{{0,30}}\s){{1,3}}{re.escape(name)}\s{noun})\b",
            text,
        )
    )
    acts = {act.removeprefix("The ") for act in acts} - {f"{name} {noun}"}
    return acts.pop() if len(acts) == 1 else None
