"""More ways a sentence says its quoted title is a song of the film, and who made
it: a relative clause or an apposition that credits it ("“X”, which the Gulls play
at the dance", "“X,” the instrumental Ada Moon wrote"), a song said to be called
so ("The song at the end, when the boats leave, is called “X”"), a song heard
loud ("with “X” blasting"). Every pattern is bounded."""

import re
from html import unescape

from ..prose import match_key
from .credit_words import NOT_A_SONG_RE
from .lexicon import NAME_CONNECTORS, STOP_STARTS
from .sentences import clean_title, run_backward, skip_stop_starts
from .track_accompany_cues import accompanies
from .track_apposed import apposed
from .track_book_brackets import book_bracket
from .track_called_by import called_by_people
from .track_film_nouns import film_noun_before
from .track_film_titles import described_film_at
from .track_flip_sides import flip_side_after, flip_side_before
from .track_heard_things import heard_thing
from .track_identified_next import film_song_next
from .track_inverted_cues import inverted_cue
from .track_ordinals import ordinal_song
from .track_owned_others import owned_other
from .track_placed import placed_in_scene
from .track_record_contents import song_on_record_after, song_on_record_before
from .track_scene_music import scene_music_before
from .track_song_parts import song_part_before
from .track_words import SONG_CONTEXT_RE

_NAME = r"[A-Z][\w'.-]{0,30}(?:\s(?:[A-Z][\w'.-]{0,30}|of|the|and|&)){0,4}"
_DOER = rf"(?:(?:the\s)?{_NAME}|he|she|they)"
# After a title: who made it, in a relative clause or an apposition. "“X”, which
# he composed in a week and which the Gulls recorded", "“X”, which The Gulls (...)
# play at the dance", "“X,” the instrumental Ada Moon wrote and then recorded".
MADE_AFTER_RE = re.compile(
    r"^\W{0,3},?\s(?:(?:which|that)(?:\s[^,.;:]{1,60}?\sand\s(?:which|that))?"
    r"|(?P<noun>(?:the|a|an)\s(?:[a-z-]{1,20}\s){0,2}?(?:song|instrumental"
    r"|ballad|single|tune|theme|number|waltz|duet|anthem))(?:\sthat|\swhich)?)\s"
    rf"(?P<doer>{_DOER})(?:\s\([^()]{{1,120}}\))?\s(?:later\s|also\s|first\s|then\s)?"
    r"(?P<verb>composed|wrote|co-wrote|penned|recorded|sang|sings|sing|performed"
    r"|performs|play|plays|played)\b"
    # "wrote and then recorded": both
    r"(?P<also>\sand\s(?:then\s|also\s)?(?:recorded|sang|performed|played))?"
)
COMPOSING = frozenset({"composed", "wrote", "co-wrote", "penned"})
# Before a title: the song the sentence opens on is called so. "The song at the
# end, when the boats leave, is called ", "The theme was titled ".
SONG_CALLED_RE = re.compile(
    r"^(?:The|This|That|Their|Her|His|Its|Our)\s(?:[\w-]{1,20}\s){0,2}?(?:song|tune"
    r"|theme|ballad|single|number|track)\b[^.;\u201c\ue000]{0,90}?\s(?:is|was)\s"
    r"(?:called|titled|named|entitled)\s\W{0,2}$"
)
# Before a title: a song the sentence named, then said to be called so through
# "it". "The march — it's called the ", "Ida did the tune, and they called it ".
IT_CALLED_RE = re.compile(
    r"\b(?:song|tune|theme|ballad|single|number|track|march|waltz|anthem|duet"
    r"|instrumental)\b[^.;\u201c\ue000]{0,60}?\s(?:it's\s|it\sis\s|it\swas\s"
    r"|(?:they|we|he|she|I)\s(?=\w+\sit\s))(?:called|named|titled)\s(?:it\s)?"
    r"(?:the\s)?\W{0,2}$",
    re.IGNORECASE,
)
# Just after a title: it is heard loud. "with “X” blasting", "“X” blaring from
# the jukebox".
HEARD_LOUD_RE = re.compile(
    r"^\W{0,3}\s?(?:blast|blar|boom|pump|thump|wail)(?:ing|es|s|ed|e)\s"
    r"(?:out\s|away\s)?(?:from|over|through|on|in|as|while|during|across)\b"
    r"|^\W{0,3}\s?(?:blasting|blaring|booming|pumping|thumping|wailing)\b"
    # "the four minutes of “X” that play over the chase": a plural verb
    r"|^\W{0,3}\s?(?:that|which)\s(?:play|run|kick in|come in|roll)\s(?:over|under"
    r"|during|behind|as|when|while|through)\b"
)
# Just before a title: where it plays or what it is on the record. "The end
# credits roll to ", "The film ends on ", "My favourite track on the soundtrack is
# ", "Track 3, ".
MORE_BEFORE_RE = re.compile(
    r"\b(?:credits\sroll\sto|(?:film|movie|picture|story)\s(?:ends|closes|opens"
    r"|ended|closed|opened)\s(?:on|to)"
    r"|(?:song|track|tune|number|cut)\s(?:on|from|in|of)\s(?:the|this|its)\s"
    r"(?:soundtrack|film|movie|picture|album|record|LP)\s(?:is|was)"
    # "Track 3, ", "Track three, for the record, was "
    r"|[Tt]rack\s(?:[0-9]{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:,\s[^,;\ue000]{1,30},)?(?:\s(?:is|was))?"
    # "the music video for ", "The video for ": a video is a song's
    r"|\b(?:music\s)?video\sfor"
    # a singer's voice on it: "Rhonda Kettle belting ", "she croons " (not a
    # character humming or whistling a tune in a scene)
    r"|\b(?:belting|belts|belted|crooning|croons|crooned|warbling)\s(?:out\s)?)"
    r"\W{0,3}$"
)
# Before a title: a record said to hold it, and maybe titles listed before it.
# "The soundtrack includes “X”", "The album also has “X”, “Y” and “Z”".
RECORD_HAS_RE = re.compile(
    r"\b(?:soundtrack|album|record|LP|tracklist|track list)\s(?:also\s)?(?:includes"
    r"|included|features|featured|has|had|boasts|contains|contained)\s"
    r"(?:[\u201c\ue000][^\u201d\ue001]{1,60}[\u201d\ue001]\W?\s?(?:\([^()]{1,40}\)\s?)?(?:,\s|\sand\s|,\sand\s)){0,8}"
    r"\W{0,2}$"
)
# Just after a title: it opens or closes the film, itself or in a relative clause
# ("“X” closes the film", "“X”, the ballad that opens the picture").
MORE_AFTER_RE = re.compile(
    r"^\W{0,3}\s?(?:,\s(?:the|a|an)\s(?:[\w'-]{1,20}\s){0,3}?(?:that|which)\s)?"
    r"(?:opens|closes|ends|opened|closed|ended|plays out|played out)\s(?:the|this)\s"
    r"(?:film|movie|picture)\b(?!')"
)
# Just before a title: a work or words that are no song. "The novel “X”", "her
# poem “X”", "the poster's slogan, “X”", "the chapter titled “X”".
OTHER_WORK_RE = re.compile(
    r"(?:\b(?:the|a|an|his|her|their|its|my|our|this|that)|'s)\s(?:[\w-]{1,20}\s)?"
    r"(?:novel|book|poem|play|chapter|episode|story|article|essay|painting|script"
    r"|screenplay|memoir|short|slogan|tagline|motto|catchphrase|line|words)"
    r"(?:\s(?:titled|called|named|entitled))?\W{0,3}$",
    re.IGNORECASE,
)
# Just after a title: what work it is. "“X” by Ada Rowe is the novel the film is
# based on", "“X”, the memoir,".
OTHER_WORK_AFTER_RE = re.compile(
    r"^\W{0,3}\s?(?:by\s[^,.;]{1,40}?\s)?(?:is|was|,)\s(?:the|a|an|her|his|their)\s"
    r"(?:[\w-]{1,20}\s){0,2}?(?:novel|book|poem|play|memoir|story|script|screenplay"
    r"|short story|comic|painting)\b"
)
# Just after a title: the artist whose hit it was. "“X” was a No. 3 hit for Ada
# Rowe", "“X”, a top-ten hit for the Gulls".
HIT_FOR_RE = re.compile(
    r"^\W{0,3}\s?(?:,\s|\s(?:was|became)\s)(?:a|an|the)\s(?:[\w.#-]{1,12}\s){0,3}?hit"
    r"\sfor\s(?=[A-Z]|the\s[A-Z])"
)
# Words before a title that name a scene, not a title of its own: "the motel scene
# is 'X'", "the fiddle tune under the wedding scene, “X”".
SCENE_WORDS = frozenset({"scene", "sequence", "montage"})


def made_after(after):
    """``(composers, performers)`` a relative clause or apposition right after a
    title credits, "he" and "she" left out; None when there is none."""
    found = MADE_AFTER_RE.match(after[:200])
    if not found:
        return None
    doer = found.group("doer")
    names = [] if doer in ("he", "she", "they") else [re.sub(r"^the\s", "", doer)]
    if found.group("verb") in COMPOSING:
        if not (found.group("noun") or found.group("also")):
            return None  # "“X”, which A wrote in 1950": a poem as well as a song
        return names, (names if found.group("also") else [])
    return [], names


# Before a title: a song noun and the name it goes by, the noun's own phrase.
# "one of them was a ballad for A called ", "she sent a demo of a song titled ",
# "She had a demo called ",
# "They cut a single named "; not "a song for the film called " nor "a song on an
# album titled ": the name is the other work's.
A_SONG_CALLED_RE = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Hh]er|[Hh]is|[Tt]heir|[Tt]his|[Tt]hat)\s"
    r"(?:[\w-]{1,20}\s){0,2}?(?:song|ballad|single|tune|number|track|theme|waltz|demo"
    r"|instrumental|lullaby|hymn|duet|anthem|cue)\s"
    r"(?:(?!film|movie|picture|show|series|album|record|LP|EP|play|musical|book"
    r"|novel|called|titled|named|entitled)[^.;,\u201c\ue000\s]{1,25}\s){0,5}?"
    r"(?:called|titled|named|entitled)\s\W{0,2}$"
)


def song_called(sentence, start, tracks=None):
    """Whether the words before the title say the song is called so; "a song
    called “X”" only while the post (its ``tracks`` so far) has named no song:
    once it has, such a song is another one ("my band used to close with a song
    called “X”")."""
    before = sentence.norm[max(0, start - 100) : start]
    return bool(
        SONG_CALLED_RE.search(sentence.norm[:start])
        or IT_CALLED_RE.search(before)
        or (tracks is not None and not tracks and A_SONG_CALLED_RE.search(before))
        or ordinal_song(sentence, start, tracks)  # "The second, “X”, is ..."
        or film_noun_before(sentence, start)  # "the film's closing number, “X”"
        or placed_in_scene(sentence, start)  # "locking “X” for the dodgems bit"
        or called_by_people(before)  # "the cue fans simply call “X”"
    )


# Right after a quoted title, the noun it names: a work or an event that is no song.
# "the Society's “X” series", "her “X” column", "the “X” exhibition".
WORK_NOUN_AFTER_RE = re.compile(
    r"^\s(?:series|column|podcast|segment|exhibition|exhibit|documentary|programme"
    r"|program|newsletter|campaign|festival|retrospective|blog|zine|fanzine|magazine"
    r"|season|screening|screenings|walking tour|project)\b"
)


def other_work(norm, start, end):
    """Whether the words around a quoted title make it a work that is no song:
    "the novel “X”", "the poster's slogan, “X”", "“X” by A is the novel", "the “X”
    series"."""
    return bool(
        OTHER_WORK_RE.search(norm[max(0, start - 25) : start])
        or OTHER_WORK_AFTER_RE.match(norm[end : end + 90])
        or WORK_NOUN_AFTER_RE.match(norm[end : end + 30])
        or described_film_at(norm, start, end)  # "the 1971 musical comedy “X”"
        or book_bracket(norm[end : end + 80])  # "<i>X</i> (Gullwing Press, 312pp)"
    )


def heard_loud(after):
    """ "with “X” blasting", "“X” closes the film", "“X”, the ballad that opens the
    picture", "“X” was credited to A" (a record's credit)."""
    return bool(
        HEARD_LOUD_RE.match(after[:50])
        or MORE_AFTER_RE.match(after[:90])
        or CREDITED_RECORD_RE.match(after[:40])
        or accompanies(after)  # "“X” accompanies the closing credits"
    )


# Just after a title: the record's credit. "“X” was credited to Ann Ray".
CREDITED_RECORD_RE = re.compile(
    r"^\W{0,3}\s(?:is|was)\s(?:co-)?credited\sto\s(?:the\s)?[A-Z]"
)


def heard_around(before, after):
    """Whether the words around a title say it is heard: loud after it, placed
    before it, or beside a noun for a piece of music ("over the credits, “X”, a
    spare acoustic piece")."""
    return (
        heard_loud(after)
        or placed_before(before)
        or apposed(before, after)
        or inverted_cue(before)  # "Under all of it runs a piece of music, “X”"
        or owned_other(before, after)  # "“X”, another song of her own"
    )


def placed_before(before):
    """ "The end credits roll to “X”", "My favourite track on the soundtrack is
    “X”", "Track 3, “X”"."""
    return bool(MORE_BEFORE_RE.search(before[-60:]))


def record_has(norm, start):
    """ "The soundtrack includes “X” and “Y”": a title the record is said to hold."""
    return bool(RECORD_HAS_RE.search(norm[max(0, start - 400) : start]))


def hit_for(after):
    """The offset in ``after`` of the artist of "“X” was a No. 3 hit for A", or -1."""
    found = HIT_FOR_RE.match(after[:60])
    return found.end() if found else -1


# Just before a quoted title: a film or the work a song came from, not a song.
# "the director's next film, “X”", "the single from “X”", "off the movie “X”".
FILM_BEFORE_RE = re.compile(
    r"(?:\b(?:from|off)\s(?:the\s(?:film|movie|picture)\s)?"
    # "from the same year's “X”", "from Altman's “X”": someone's or some time's work
    r"|\b(?:from|off)\s(?:(?:the|that|this)\s)?(?:[\w-]+\s)?[\w-]+'s\s"
    # not "the song of the film, “X”": the film's song
    r"|(?<!of\sthe\s)(?<!in\sthe\s)(?<!for\sthe\s)(?<!of\sthis\s)"
    r"\b(?:film|movie|picture|flick)\W{0,3})\ue000$",
    re.IGNORECASE,
)


# Music papers, in italics as their names are: "checked <i>Billboard</i> weekly".
PAPERS = frozenset(
    {"billboard", "cash box", "cashbox", "record world", "music week", "melody maker"}
)


# Just after a quoted title: what it is, a film. "is “X” the better cricket film?",
# "“X”, the 1988 picture". Not "“X”, the film's theme".
FILM_AFTER_RE = re.compile(
    r"^\W{0,3}\s?(?:is\s|was\s)?(?:the|a|an)\s(?:[\w-]+\s){0,2}?(?:film|movie"
    r"|picture|flick)\b(?!')",
    re.IGNORECASE,
)


def named_as_film(norm, end):
    """Whether the title quoted up to ``end`` is named as a film or as the work a
    song comes from ("the director's next film, “X”", "“Y” from “X”"), or is a
    music paper ("<i>Billboard</i>")."""
    start = norm.rfind("\ue000", 0, end)
    return start >= 0 and (
        bool(FILM_BEFORE_RE.search(norm[max(0, start - 30) : start + 1]))
        or is_paper(norm[start + 1 : end])
        or bool(FILM_AFTER_RE.match(norm[end : end + 50]))
    )


def is_paper(text):
    """Whether a quoted title is a music paper's name ("<i>Billboard</i>")."""
    return text.strip("\ue001 ,.").lower() in PAPERS


def named_no_song(norm, start, sung):
    """Whether the words just before a title name it as no song ("the tagline 'X'",
    "the opening scene, 'X'", "the novel “X”"); a scene's name only counts when nothing says the
    title is sung or played (``sung``)."""
    if OTHER_WORK_RE.search(norm[max(0, start - 20) : start]):
        return True
    words = {
        match.group(0).lower()
        for match in NOT_A_SONG_RE.finditer(norm[max(0, start - 40) : start])
    }
    if sung:
        words -= SCENE_WORDS
    return bool(words)


# Just after a title: its length, not its playing. "<i>X</i> runs to three discs",
# "“X” runs to eleven minutes".
RUNS_TO_LENGTH_RE = re.compile(
    r"^\W{0,3}\s?(?:runs|ran|run)\s(?:to|for|over|past)\s(?:a|an|one|two|three|four"
    r"|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty"
    r"|[0-9]{1,4})\b",
    re.IGNORECASE,
)
# In a title: a collection of records, not a song. "X: The Complete Recordings",
# "X – Deluxe Box Set", "The Best of X".
COLLECTION_RE = re.compile(
    r"\b(?:Complete Recordings|Complete Sessions|Box Set|Boxed Set|Anthology"
    r"|Deluxe Edition|Expanded Edition|Greatest Hits|The Best of|Collected Works)\b",
    re.IGNORECASE,
)


def runs_to_length(after):
    """Whether the words after a title give its length: "runs to three discs"."""
    return bool(RUNS_TO_LENGTH_RE.match(after))


def collection_title(title):
    """Whether a title names a collection of records: "X: The Complete Recordings"."""
    return bool(COLLECTION_RE.search(title))


# Just before a title: the film's song, theme or cue said to be it. "the main theme
# from <i>Y</i> (1992), titled simply ", "and the song, in the end, was ", "The
# main title cue, ".
SONG_IDENTIFIED_RE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts)\s(?:main\s|love\s|title\s|opening\s|closing\s)?(?:theme|song)"
    r"\s(?:from|of|to|for)\s[^,;\u201c]{1,60},\s(?:titled|called|named)\s"
    r"(?:simply\s|just\s)?\W{0,2}$"
    r"|\b[Tt]he\s(?:song|theme),\s(?:[^,;\u201c]{1,30},\s)?(?:was|is)\s\W{0,2}$"
    # "The montage song itself, “X”", "the film's theme, “X”"
    r"|\b(?:[Tt]he|[Ii]ts)\s(?:montage|film's|movie's|picture's)\s(?:song|tune|theme"
    r"|number|track)(?:\sitself)?,?\s(?:(?:is|was)\s)?\W{0,2}$"
    # "The song over it is <i>X</i>", "the tune under the training sequence was “X”",
    # "The music behind her run is <i>X</i>": the song of a scene, not of a sequel
    r"|\b[Tt]he\s(?:song|tune|music|track)\s(?:over|under|behind|in|during|for)\s"
    r"(?:it|that|this|(?:the|that|this|her|his|their)\s(?!sequel|trailer|remake"
    r"|original|book|play|advert|radio)[\w'-]{1,20}(?:\s[\w'-]{1,20})?)\s(?:is|was)\s"
    r"\W{0,2}$"
    # "The main title cue, “X,” introduces ...": a cue of the score
    r"|\b[Tt]he\s(?:main\s|opening\s|closing\s|end\s)?(?:title\s)?cue,\s\W{0,2}$"
    # "The scene is set to the Gulls' “X”": the cue, then the song's owner
    r"|\b(?:set|cut|scored|edited)\sto\s(?:the\s)?(?:[A-Z][\w.&-]*\s){0,3}"
    r"[A-Z][\w.&-]*(?:'s|s')\s\W{0,2}$"
)


def song_identified(before):
    """Whether the words before a title say the film's song is it: "the main theme
    from <i>Y</i>, titled simply “X”", "the song, in the end, was “X”"."""
    return (
        bool(SONG_IDENTIFIED_RE.search(before[-100:]))
        or flip_side_before(before)
        or song_part_before(before)  # "the last chorus of “X”"
        or song_on_record_before(before)  # "a second song on the LP, “X”"
        or scene_music_before(before)  # "The chase cue on side two, “X”"
    )


# Just after a title, what it is and where it is heard: "“X,” the little acoustic
# cue heard when the mechanic gets his kiss", "“X”, a ballad playing over the
# wedding".
HEARD_APPOSITION_RE = re.compile(
    r"^\W{0,3},?\s(?:the|a|an)\s(?:[\w-]{1,20}\s){0,3}?(?:cue|song|theme|tune"
    r"|instrumental|ballad|number|piece|waltz)\s(?:that\s|which\s)?(?:is\s|was\s)?"
    r"(?:heard|playing|played|plays)\s(?:when|as|while|over|under|during|in\sthe)\b"
    # "“X,” the slow smoky thing in the confessional scene": the scene's song
    r"|^\W{0,3},?\s(?:the|a)\s(?:[\w'-]{1,20}\s){0,3}?(?:cue|song|theme|tune|ballad"
    r"|number|piece|waltz|thing|one)\s(?:in|over|under|during|from)\s(?:the|that)\s"
    r"(?:[\w'-]{1,20}\s){0,2}?(?:scene|sequence|montage|dance|finale|credits)\b"
)


def heard_apposition(after):
    """Whether the words after a title say what it is and where it is heard: "“X,”
    the little acoustic cue heard when the hero wins"."""
    return (
        bool(HEARD_APPOSITION_RE.match(after[:120]))
        or heard_thing(after)
        or flip_side_after(after)  # "“X”, the B-side, ..."
        or song_on_record_after(after)  # "<i>X</i>, the other song on the soundtrack"
    )


# Right after a quoted title: the film it comes from. "“X”, from <i>Y</i> (1993)",
# "“X” from the film <i>Y</i>".
FROM_FILM_RE = re.compile(
    r"^\W{0,2}\s?(?:,\s(?:the|a|an)\s(?:[\w-]{1,20}\s){0,2}?(?:single|song|theme"
    r"|track|ballad|duet|number|tune|instrumental)\s)?(?:from|in|off|on)\s"
    # "the instrumental from side two of the <i>Y</i> soundtrack LP"
    r"(?:side\s(?:one|two|a|b|A|B|1|2)\sof\s)?"
    r"(?:the\s(?:film|movie|picture)\s|the\s)?"
    r"\ue000([^\ue001]{1,100})\ue001(\s(?:original\s)?soundtrack\b)?"
)
# A sentence after a title: "it" is the film's single. "Released as the lead single
# from <i>Y</i> in 1984, it ...".
SINGLE_OF_FILM_RE = re.compile(
    r"\b(?:[Aa]s|is|was|[Ii]t's)\s(?:the|a|its)\s(?:[\w-]{1,20}\s){0,2}?(?:single|song"
    r"|theme|track|ballad|duet)\s(?:from|of|for|off)\s"
    r"(?:the\s(?:film|movie|picture)\s)?\ue000([^\ue001]{1,100})\ue001"
)
IT_RE = re.compile(r"\b(?:it|It)\b")


def from_own_film(ctx, sentence, end):
    """Whether the quoted title ending at ``end`` is said to come from the post's own
    film: "It's “X”, from <i>Y</i> (1993)"."""
    found = FROM_FILM_RE.match(sentence.norm[end : end + 120])
    return bool(found) and (
        (bool(ctx.film_key) and match_key(clean_title(found.group(1))) == ctx.film_key)
        or bool(found.group(2))  # "... of the <i>Y</i> soundtrack LP"
    )


# Just before a quoted title, the verb of a band's part in the film's music: "Hot
# Wire contribute “X”", "The Drop Knees did “X”", "Ida Roe delivers “X”".
DOER_VERBS = frozenset(
    {
        "contribute",
        "contributes",
        "contributed",
        "did",
        "deliver",
        "delivers",
        "delivered",
        "supply",
        "supplies",
        "supplied",
    }
)
# After the title: the doer only did it first, or once, not in the film.
NOT_THEIRS_RE = re.compile(
    r"^\W{0,3}\s?(?:first|originally|earlier|before|back in|years|decades|live|on tour"
    r"|on (?:TV|television|the radio)|better|best|worse|justice|no favou?rs|a favou?r"
    r"|in concert|on stage|as a cover)\b",
    re.IGNORECASE,
)


def doer_before(sentence, start, end):
    """The band or singer named with a verb of their part just before the quoted
    title from ``start`` to ``end``: "Hot Wire Union contribute “X”"; else []."""
    tokens = sentence.tokens
    verb = sentence.index_at(start) - 1
    if (
        verb < 1
        or tokens[verb].text.lower() not in DOER_VERBS
        or not tokens[verb - 1].cap
        or NOT_THEIRS_RE.match(sentence.norm[end : end + 30])
    ):
        return []
    begin = run_backward(tokens, verb - 1, NAME_CONNECTORS, 4)
    begin = skip_stop_starts(tokens, begin, verb)
    if begin >= verb or tokens[begin].text in STOP_STARTS or tokens[begin].possessive:
        return []
    if begin and tokens[begin - 1].text.lower() not in ("the", ",", ";", ":", "and"):
        return []  # "Nobody else did “X”", "the film's band did"
    name = sentence.span(begin, verb)
    return [name] if name not in ("It", "That", "This", "Nobody", "Everyone") else []


def single_of_film(ctx, sentence):
    """Whether the sentence after a title calls "it" the single of the post's film,
    naming no other title: "Released as the lead single from <i>Y</i>, it ..."."""
    if film_song_next(ctx, sentence):  # "it's the A song from the montage"
        return True
    found = SINGLE_OF_FILM_RE.search(sentence.norm)
    return (
        bool(found)
        and bool(IT_RE.search(sentence.norm))
        and match_key(clean_title(found.group(1))) == ctx.film_key
        and all(
            match_key(clean_title(text)) == ctx.film_key
            for text, _start, _end in sentence.quotes
        )
    )


# Just after a quoted title that is also the film's: a song's credit. "“X” was
# written by the band's singer", "“X” was sung by A".
SONG_CREDIT_AFTER_RE = re.compile(
    r"^\W{0,3}\s(?:is|was)\s(?:co-)?(?:written|sung|performed|recorded"
    r"|written\sand\s(?:sung|performed))\sby\b"
)
# A sentence about the film as a film: "who also directed it", "the screenplay".
DIRECTED_RE = re.compile(
    r"\b(?:directed|director|screenplay|script|screenwriter|novel|produced)\b"
)
# Just before such a title: it is the object of a noun ("the score of “X”").
OBJECT_OF_RE = re.compile(r"\b(?:of|for|to|from|in|on|about)\s\W?$")


def title_song(ctx, sentence, title, end):
    """Whether a title that is the film's is its song here: in quotation marks, not
    italics, and credited as a song ("“X” was written by the singer A")."""
    start = sentence.norm.rfind("\ue000", 0, end)
    return (
        bool(SONG_CREDIT_AFTER_RE.match(sentence.norm[end : end + 60]))
        and bool(SONG_CONTEXT_RE.search(sentence.norm[end:]))
        and not DIRECTED_RE.search(sentence.norm)
        and not OBJECT_OF_RE.search(sentence.norm[max(0, start - 10) : start])
        and really_quoted(ctx, sentence, title)
    )


def really_quoted(ctx, sentence, title):
    """Whether ``title`` is in quotation marks, not in italics (a film, an album)."""
    block = ctx.post.body[sentence.paragraph][1]
    if not isinstance(block, str):
        return False
    html = unescape(block).replace("\u2019", "'")
    title = title.replace("\u2019", "'")
    marks = ('"', "\u201c", "\u2018", "\u00ab", "\u00ab ", "\u00ab\u00a0", " '", ">'")
    return any(mark + title in html for mark in marks)
