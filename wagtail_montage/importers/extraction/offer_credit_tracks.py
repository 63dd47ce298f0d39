"""The broad credit reader (offer_credits) run once more after the track offers
(offer_tracks): a title only a suggestion holds is read as a track too, so "A sang it"
after a song no block holds offers A's credit with that title; accepting it makes the
track with its credit."""

from ..prose import match_key
from .offer_credits import offer_credits


def offer_suggested_credits(ctx, sentences):
    """Offer the credits of the titles the track suggestions hold."""
    suggested = {
        match_key(item["value"]["title"]): item["value"]["title"]
        for item in ctx.suggested
        if item["kind"] == "track"
    }
    extra = {key: title for key, title in suggested.items() if key not in ctx.tracks}
    if not extra:
        return
    known = {key: value["title"] for key, value in ctx.tracks.items()}
    offer_credits(ctx, sentences, {**known, **extra})
