"""Where the title a credit verb's object names starts: "recorded the title-sequence
song, “X”", "sings the song over the last shot, “X”" (a place in the film between
the song noun and the title)."""

from .credit_words import SONG_NOUNS

# Words that open the scene a song is sung in: "over the last shot", "in the bar".
SCENE_WORDS = frozenset({"over", "in", "at", "during", "under", "on", "behind"})


def after_song_noun(tokens, index):
    """Where a title apposed to "the <words> song" starts ("the title-sequence song,
    “X”", "the song over the last shot, “X”"); else ``index``."""
    if _word(tokens, index).lower() not in ("the", "a", "their", "her", "his"):
        return index
    for ahead in range(index + 1, min(len(tokens) - 1, index + 4)):
        if tokens[ahead].text.lower() in SONG_NOUNS:
            return _past_scene(tokens, ahead + 1)
        if tokens[ahead].cap or not tokens[ahead].word:
            break
    return index


def _past_scene(tokens, index):
    """After the song noun: the index after its comma, past a scene ("over the last
    shot,") when a comma ends it within six lowercase words."""
    if _word(tokens, index) == ",":
        return index + 1
    if _word(tokens, index).lower() not in SCENE_WORDS:
        return index
    for ahead in range(index + 1, min(len(tokens), index + 7)):
        if tokens[ahead].text == ",":
            return ahead + 1
        if not (tokens[ahead].word and tokens[ahead].text.islower()):
            break
    return index


def _word(tokens, index):
    return tokens[index].text if index < len(tokens) else ""
