"""A singer and the ensemble the post names as theirs, "A and the B Orchestra", "A &
the B Trio", is one act: two performers of a track read apart ("A", "B Orchestra")
whose whole act the post writes out are that act. Not an institution's orchestra
("A and the Leeds Symphony Orchestra": a singer with an orchestra). The leader of
an act a track's performer ("Pim & the Lodgers") performs as the act, not beside
it ("Pim Halloran's only hit" adds no performer)."""

import re

# The last word of an ensemble a singer leads.
ENSEMBLE_HEADS = frozenset(
    {"orchestra", "band", "trio", "quartet", "quintet", "combo", "ensemble"}
)
# Words of an orchestra of its own, never a singer's band.
INSTITUTIONAL = frozenset(
    {"symphony", "philharmonic", "chamber", "radio", "opera", "festival"}
    | {"national", "royal", "city", "state", "studio", "session", "house"}
)


def own_bands(ctx, text):
    """Join each track's performers "A" and "B Orchestra" into "A and the B
    Orchestra" when the post's text says it so."""
    for track in ctx.tracks.values():
        performers = track["performers"]
        for band in list(performers):
            words = band.lower().split()
            if len(words) < 2 or words[-1] not in ENSEMBLE_HEADS:
                continue
            if INSTITUTIONAL & set(words):
                continue
            leader = _leader(performers, band, text)
            if leader is None:
                continue
            at = performers.index(leader)
            performers[at] = _whole(leader, band, text)
            performers.remove(band)
        _drop_leaders(performers)


def _leader(performers, band, text):
    """The performer the text names right before "and the <band>"."""
    for name in performers:
        if name != band and _joint(name, band, text) is not None:
            return name
    return None


def _joint(name, band, text):
    """Where the text says "<name> and the <band>" (or "&"), else None."""
    pattern = (
        rf"(?<![\w-]){re.escape(name)}\s(and|&)\s[Tt]he\s{re.escape(band)}(?![\w-])"
    )
    return re.search(pattern, text)


def _whole(name, band, text):
    """The act as the text writes it: "A and the B Orchestra", "A & the B Trio"."""
    return f"{name} {_joint(name, band, text).group(1)} the {band}"


# An act named for its leader: "Pim & the Lodgers", "A and His Orchestra".
LED_RE = re.compile(
    r"^(\S{1,40}(?:\s\S{1,40})?)\s(?:&|and)\s(?:the|his|her|their)\s", re.I
)


def _drop_leaders(performers):
    """ "Pim & the Lodgers" and "Pim Halloran" beside it: the leader performs as
    the act, no performer of their own (their first name, or their whole name,
    leads the act)."""
    leaders = {
        found.group(1).casefold()
        for act in performers
        for found in [LED_RE.match(act)]
        if found is not None
    }
    if not leaders:
        return
    performers[:] = [
        name
        for name in performers
        if LED_RE.match(name)
        or not (name.casefold() in leaders or name.split()[0].casefold() in leaders)
    ]
