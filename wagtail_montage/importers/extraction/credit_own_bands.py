"""A singer and the ensemble the post names as theirs, "A and the B Orchestra", "A &
the B Trio", is one act: two performers of a track read apart ("A", "B Orchestra")
whose whole act the post writes out are that act. Not an institution's orchestra
("A and the Leeds Symphony Orchestra": a singer with an orchestra)."""

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
