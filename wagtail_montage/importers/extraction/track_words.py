"""Patterns of the track rules beyond the shared ones: what makes a quoted title
"written by" someone a song ("reached No. 18", "the other song", "for the film"),
and songs said to be nowhere in the film. Every pattern is bounded."""

import re

from .lexicon import MONTH_NAMES

# A sentence that says its quoted title is a song, not a book or a script: a song
# word, the soundtrack, a chart, "for the film".
SONG_CONTEXT_RE = re.compile(
    r"\b(?:song|songs|ballad|duet|single|tune|number|anthem|soundtrack|chart|charts"
    r"|Hot 100|No\.\s?[0-9]|number\s(?:[0-9]|one|two|three|four|five|six|seven|eight"
    r"|nine|ten)|for the (?:film|movie|picture)|sung|sang|sings|recorded|vocal"
    r"|vocals|singer|songwriter|lyricist)\b",
    re.IGNORECASE,
)
# After a title: it is not in the film. "appears nowhere in the film", "is nowhere
# near the movie", "as if it were in the film" (it is not).
NOWHERE_RE = re.compile(
    r"\b(?:nowhere|not anywhere)\s(?:to\sbe\s(?:heard|found|seen)\s)?(?:in|near|on)\s"
    r"(?:the|this)\s(?:(?:final|finished|actual|released)\s)?(?:film|movie|picture"
    r"|soundtrack)\b"
    r"|\bas if (?:it|they) (?:were|was|are|is) (?:in|on|part of) (?:the|this) "
    r"(?:film|movie|picture|soundtrack)\b"
    # "nothing to do with any film", "not in any movie": no film at all
    r"|\b(?:nothing to do with|no (?:connection|link) (?:to|with)|unrelated to"
    r"|not (?:in|from|on)|never (?:in|on|from)) any (?:film|movie|picture|soundtrack)\b"
    r"|n't (?:in|from|on) any (?:film|movie|picture|soundtrack)\b",
    re.IGNORECASE,
)
# Right after a title, in apposition: another act's record. "“X”, somebody else's
# hit", "“X”, someone else's song", "“X”, another band's single".
SOMEONE_ELSES_RE = re.compile(
    r"^\W{0,3},?\s(?:(?:somebody|someone)\selse|another\s(?:band|group|singer|act"
    r"|artist))'s\s(?:(?:big|old|own|later|earlier)\s)?(?:hit|song|single|record"
    r"|tune|number)\b"
)
# Just before a quoted title: another film named in italics (or quotes), whose
# montage the title is set to. "2. <i>Y</i>, set to “X”", "<i>Y</i> is cut to “X”".
OTHER_FILM_SET_TO_RE = re.compile(
    r"\ue000([^\ue000\ue001]{1,80})\ue001,?\s(?:is\s|was\s)?(?:set|cut)\sto\s\ue000$"
)
# A credit of the title named before, in more words than the shared signal: "that's
# Rae Tate singing", "it's the Kettle Boys playing", "Vi Sloane's recording, ...".
MORE_SIGNAL_RE = re.compile(
    r"\b(?:[Tt]hat's|[Tt]hat is|[Ii]t's|[Ii]t is)\s(?:the\s)?[A-Z][\w'.-]{0,30}"
    r"(?:\s(?:[A-Z][\w'.-]{0,30}|of|the|and|&)){0,4}\s(?:singing|playing|on vocals)\b"
    # "Nova Relay, the synth duo who recorded it, ...": the performer, described
    r"|^(?:[A-Z][\w.-]{0,30}\s){0,3}[A-Z][\w.-]{0,30},\s(?:the|a|an)\s(?:[\w-]{1,20}\s)"
    r"{0,2}?(?:band|group|duo|trio|quartet|singer|outfit|act|combo)\s(?:who|that|which)\s"
    r"(?:recorded|sang|sings|played|performed|cut)\sit\b"
    # "Ida Roe singing it alone at the piano": a sentence that opens on the singer
    r"|^(?:[A-Z][\w.-]{0,30}\s){1,3}(?:singing|playing|performing)\s(?:it|this one"
    r"|that one)\b"
    r"|^(?:[A-Z][\w.-]{0,30}\s){0,3}[A-Z][\w.-]{0,30}'s\s(?:recording|version|vocal"
    r"|performance|rendition)\b"
    # "It's the duet from <i>Film</i>, sung by A and B"
    r"|^(?:It's|It is|It was|That's)\s(?:the|a|an)\s(?:[\w-]{1,20}\s){0,2}?(?:song|duet"
    r"|ballad|theme|number|tune)\b[^.]{0,60}?\b(?:sung|performed|recorded|written"
    r"|composed)\sby\s[A-Z]"
)
# A sentence that calls the title before it a song: "That's a lot for a song from
# 1993", "It is the sweetest ballad I know".
SONG_SAID_RE = re.compile(
    r"\b(?:a|the|this|that)\s(?:[a-z-]{1,20}\s){0,2}?(?:song|ballad|duet|tune|single)\b"
)
# After a title, what it is, then that it is heard: "“X”, is a breezier Roe
# original that plays over the fireworks", "“X” is the waltz that runs under it".
DESCRIBED_HEARD_RE = re.compile(
    r"^\W{0,3},?\s(?:is|was)\s(?:a|an|the)\s(?:[\w'-]{1,20}\s){0,3}?(?:that|which)\s"
    r"(?:plays|played|runs|ran|kicks in|comes in|swells|is heard|was heard)\b"
    # "“X” is the song everyone remembers from the film"; not "a better song than
    # anything in the film"
    r"|^\W{0,3},?\s(?:is|was)\s(?:a|an|the)\s(?:[\w'-]{1,20}\s){0,3}?(?:song|theme"
    r"|tune|ballad|number|track|anthem|single|instrumental)\s"
    r"(?:(?!than\b|like\b)[\w'-]{1,20}\s){0,4}?(?:from|in|of)\s(?:the|this)\s"
    r"(?:film|movie|picture)\b(?!')"
)
_NAMES = r"(?:[A-Z][\w'.&-]*\s){0,4}?"  # "Ida Roe's " before the title
_OWNER = _NAMES + r"\W?$"
# Just before a title, a label that says it is not in the film: "Not in the film:
# “X”", "Never used in the movie — “X”", "Not in the film, despite the rumours: “X”".
NOT_HERE_LABEL_RE = re.compile(
    r"(?:\b(?:not|never)|n't)\s(?:used\s|heard\s|featured\s|included\s)?(?:in|on)\s"
    r"(?:the|this)\s(?:film|movie|picture|soundtrack)(?:\sat\sall)?"
    # an aside before the colon: "Not in the film, whatever the wiki says: “X”"
    r"(?:,\s[^,:;\ue000\u201c]{1,60})?\s?[:\u2013\u2014-]\s?"
    # "it isn't in the film at all: that was A's “X”"
    rf"(?:(?:that|it)\s(?:was|is)\s(?:the\s)?{_NAMES}"
    # "Not in the film: the Terns B-side “X”", "... : a Jo Ash demo, “X”"
    r"|(?:the|a|an)\s(?:[A-Z][\w'-]{0,20}\s){0,3}(?:B-side|single|song|track|demo"
    r"|instrumental)\W{0,2}\s)?\W{0,2}$",
    re.IGNORECASE,
)
# After a title: it was taken out of the film. "“X” was dropped after a preview",
# "“X”, which was later replaced by the theme", "“X” got cut". Not "was cut short".
DROPPED_RE = re.compile(
    r"\b(?:was|were|got|had been|is)\s(?:later\s|eventually\s|then\s|finally\s|quietly\s)?"
    r"(?:dropped|removed|scrapped|axed|replaced|cut)\b"
    r"(?!\s(?:short|down|loose|off|together|into|in\b|to\b|for\b|as\b|with\b|against"
    r"|over\b|under\b|around\b|between\b|across\b|on\b))"
    # "recorded for the scene and dropped in the edit", "lost in the final cut"
    r"|\b(?:dropped|cut|lost)\s(?:in|at|from)\s(?:the\s)?(?:final\s)?"
    r"(?:edit|cut|cutting[\s-]room)\b",
    re.IGNORECASE,
)
# Just after a title: the other film it comes from. "his song “X” from that film",
# "“X”, from an earlier picture of hers", "her song “X”, for another film,".
OTHER_FILM_AFTER_RE = re.compile(
    r"^\W{0,3}\s?(?:from|for)\s(that|an earlier|a later|another|a different|an older|his earlier"
    r"|her earlier|their earlier|his previous|her previous|their previous)\s"
    r"(?:film|movie|picture)\b",
    re.IGNORECASE,
)
# Just before a title: the song that kept the film's one from the top of a chart.
# "stuck at No. 4 behind A's “X”", "it stalled behind “X”", "at No. 2, behind “X”",
# "kept off the top by “X”", "lost out to “X”". Not "close behind is".
CHART_BEHIND_RE = re.compile(
    r"\b(?:stuck|stalled|stopped|held|sat|trapped|blocked|kept|parked)\b"
    rf"[^.;:\u201c\ue000]{{0,40}}?\sbehind\s{_OWNER}"
    rf"|\b(?:No\.\s?|number\s|\#)[\w-]{{1,8}}\b[^.;:\u201c\ue000]{{0,30}}?\sbehind\s{_OWNER}"
    r"|\b(?:kept|held|blocked|locked)\s(?:it\s|them\s)?(?:off|out\sof|from)\s(?:the\s)?"
    rf"(?:top(?:\sspot)?|No\.\s?1|number\sone|first\splace)\sby\s{_OWNER}"
    rf"|\blost\s(?:out\s)?to\s{_OWNER}",
    re.IGNORECASE,
)
# After a title, in its clause: it kept the film's song from the top. "“X” knocked
# it off the top", "“X” kept it from No. 1".
CHART_AHEAD_RE = re.compile(
    r"\b(?:knocked|bumped|pushed|kept)\s(?:it|them)\s(?:off|from)\s(?:the\s)?"
    r"(?:top|No\.\s?1|number\sone)\b",
    re.IGNORECASE,
)
# Just before a title: the song the post's one is not to be taken for. "Don't
# confuse the theme with “X”", "not to be mixed up with “X”", "easy to mistake for “X”".
CONFUSED_WITH_RE = re.compile(
    r"\b(?:confuse|confused|confusing|mix(?:es|ed)?\s(?:\w{1,8}\s)?up|muddle|muddled)\b"
    r"[^.;:\u201c\ue000]{0,50}\bwith\s\W?$"
    r"|\b(?:mistake|mistaken|mistook)\b[^.;:\u201c\ue000]{0,40}\bfor\s\W?$",
    re.IGNORECASE,
)
# After a title, in its clause: it comes from another film. "“X” by A, a different
# song from a different film", "“X”, which is from another movie", "“X” is the
# song from the sequel"; or it is heard somewhere else instead: "in the trailer,
# not the film", "from the TV series, not this one".
ANOTHER_FILM_RE = re.compile(
    # "which is a different film entirely", "is from another decade and another film"
    r"\b(?:from|is|was)\s(?:(?:an?\s|another\s)?[\w-]{1,15}\s(?:and|or)\s)?"
    r"(?:a different|another|some other|an unrelated|a whole other)\s"
    r"(?:film|movie|picture)\b"
    r"|\bfrom\s(?:the|its)\s(?:sequel|prequel|remake|TV\sseries|TV\sshow|spin-off)\b"
    r"|\b(?:in|from|on)\s(?:the|a|its)\s[\w-]{1,15}(?:\s[\w-]{1,15})?,\s(?:and\s|but\s)?"
    r"not\s(?:in\s|from\s)?(?:(?:the|this)\s(?:film|movie|picture)|this\sone)\b(?!')",
    re.IGNORECASE,
)
# Names of days and months: no song after "set to" ("set to June by the studio").
TIME_WORDS = MONTH_NAMES | {
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Christmas",
    "Easter",
}
# After an unquoted title: its artist. "set to X by the Gulls".
BY_NAME_RE = re.compile(r"^\s(?:by\s(?:the\s)?[A-Z])")
# A bare year in brackets after a title: "“X” (1984)".
YEAR_BRACKET_RE = re.compile(r"^\W{0,3}\(\s?(?:1[89]|20)[0-9]{2}\s?\)")
# A credit that says the title is sung or played.
SUNG_SIGNAL_RE = re.compile(r"\b(?:sung|sang|sings|performed|recorded)\b")
