"""A title named by a part of a song or by the scene running over it: "the last
chorus of “X”", "the opening bars of “X”", "the montage runs over “X”", "its opening
cue, “X”", "set to a piece called “X”", "the end-title song too, “X”". A chorus, a verse, bars are a song's; a sequence runs over music; a score
opens on its first cue."""

import re

# Just before the title.
SONG_PART_BEFORE_RE = re.compile(
    r"(?:\b(?:chorus|choruses|verse|verses|refrain|middle\seight|intro|outro|coda"
    r"|(?:opening|closing|first|last|final)\s(?:bars|notes|chords))\sof\s"
    # "runs over “X”", "the sequence rolls on over “X”"
    r"|\b(?:runs|ran|rolls|rolled|unspools|unspooled)\s(?:on\s)?over\s"
    # "set to a piece called “X”": the music the scene is set to, whatever its noun
    r"|\b(?:set|cut|scored)\sto\s(?:a|an|the)\s(?:[\w-]{1,20}\s){0,2}?(?:piece|cue"
    r"|song|tune|number|track|instrumental|theme|waltz|march)\s(?:called|titled|named"
    r"|entitled)\s"
    # "sing the end-title song too, “X”": the song named, an adverb between
    r"|\bthe\s(?:[\w-]{1,20}\s){0,2}?(?:song|theme|track|tune)\s(?:too|as\swell|also),\s"
    # "its opening cue, “X”", "the main title cue, “X”"
    r"|\b(?:its|the\sscore's|the\sfilm's)\s(?:opening|closing|main\stitle|title|first"
    r"|final)\scue,?\s)\W{0,2}$",
    re.IGNORECASE,
)


def song_part_before(before):
    """Whether the words before a title name a part of it or music run over."""
    return bool(SONG_PART_BEFORE_RE.search(before[-60:]))
