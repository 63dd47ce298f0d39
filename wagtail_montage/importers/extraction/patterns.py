"""The fact extractor's patterns: quotes, credits, charts, certifiers, places, films.

Every expression is bounded and has no nested quantifiers, so extraction stays linear
in the length of the post."""

import re

# A release year, 1800 to 2099, as a group.
YEAR = r"(1[89][0-9]{2}|20[0-9]{2})"

QUOTE_PATTERNS = (
    re.compile("\u201c([^\u201c\u201d\n]{1,200})\u201d"),
    re.compile("\u00ab\\s?([^\u00ab\u00bb\n]{1,200}?)\\s?\u00bb"),
    re.compile('"([^"\n]{1,200})"'),
    re.compile("\u2018([^\u2018\n]{1,200}?)\u2019(?!\\w)"),
    re.compile("(?<!\\w)'([^\n]{1,200}?)'(?!\\w)"),
)
TAG_RE = re.compile(r"<[^<>]{0,4096}>")
BOUNDARY_RE = re.compile(
    "[.!?\u2026]{1,5}[\"')\\]\ue001\u201d]{0,3}(?:\\s{1,20}|$)|\n{1,20}"
)
TOKEN_RE = re.compile(r"\w[\w'.&+-]{0,59}|[^\w\s]")
INITIALS_RE = re.compile(r"(?:\w\.){1,5}\w?")

CREDIT_RE = re.compile(
    r"\b(?:(?:(co-written|written|composed|co-composed|penned|music|lyrics|words"
    r"|words and music)|(performed|sung|recorded))\s(?:both\s|all\s|jointly\s)?by\s"
    r"|(featuring|feat\.)\s)",
    re.IGNORECASE,
)
STRONG_CREDITS = frozenset(
    {"composed", "co-composed", "music", "lyrics", "words and music"}
)
PRE_CUE_RE = re.compile(
    r"\b(?:set to|using|uses|used|cut to|scored to|to the tune of|the song|the single|the track"
    r"|the tune|the theme|the instrumental|the ballad|the anthem|the hit|song|single|track"
    r"|theme|instrumental|plays|play|playing|hear|hears|heard"
    r"|(?:song|single|track|tune|theme|music) (?:is|was))\W{0,3}$",
    re.IGNORECASE,
)
POST_CUE_RE = re.compile(
    r"^\W{0,3}(?:\(|as (?:its |the |a )?(?:soundtrack|background|bgm|music|score|theme)"
    r"|plays|playing|kicks in|, an instrumental|, a song|, the song|, a single|, the single"
    r"|, the theme|, a track|, the track)",
    re.IGNORECASE,
)
BACKGROUND_RE = re.compile(
    r"\b(?:background|bgm|instrumental|underscore|plays under|under the (?:scene|montage|sequence|images))\b",
    re.IGNORECASE,
)
CLAUSE_SPLIT_RE = re.compile(r"[,;:()]|\band\b|\bwhile\b|\bbut\b")
END_CREDITS_RE = re.compile(
    r"\b(?:end credits|closing credits|over the credits)\b", re.IGNORECASE
)
ALBUM_WORDS_RE = re.compile(
    r"\b(?:Soundtrack|Album|OST|Original Motion Picture|Music from|Songs from)\b",
    re.IGNORECASE,
)
ALBUM_BEFORE_RE = re.compile(
    r"\b(?:the|its|their|his|her)\s(?:soundtrack album|soundtrack|album|LP|EP|record"
    r"|compilation)\W{0,3}$",
    re.IGNORECASE,
)
LABEL_WORDS = frozenset({"Records", "Recordings", "Music", "Entertainment", "Label"})
ALBUM_TRACKS_RE = re.compile(
    r"\b(both|these|all|the two|the three|the four)\s(?:of\s(?:the\s)?)?"
    r"(?:tracks|songs|pieces|cues|themes|singles|numbers)\b",
    re.IGNORECASE,
)
ON_ALBUM_RE = re.compile(
    r"\b(?:appear|appears|are|is|were|was|feature|features|featured|included|include"
    r"|includes|come|comes|released)\b",
    re.IGNORECASE,
)
RELEASED_YEAR_RE = re.compile(
    r"\breleased\s(?:in\s)?(1[89][0-9]{2}|20[0-9]{2})\b", re.IGNORECASE
)

NUMBER_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|eighteen|nineteen)"
)
ORDINAL_WORD = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
    r"|twelfth|[0-9]{1,3}(?:st|nd|rd|th))"
)
# 1 "No. 2", "number twenty-three", "#5"; 2 "top 10"; 3 "topped"; 4 "third place";
# 5 "the top of", "the top spot" (No. 1, said with a verb of its own).
POSITION_RE = re.compile(
    rf"(?:\bNo\.|\bnumber\b|#)[\s-]?([0-9]{{1,3}}|{NUMBER_WORD})\b"
    r"|\btop[\s-]([0-9]{1,3}|five|ten|twenty|forty|fifty|hundred)\b"
    r"|\b(topped|chart-topper|chart\stopper"
    r"|did\stop(?![\s-](?:[0-9]|five|ten|twenty|forty|fifty|hundred)))\b"
    # "eighty-eighth place" whole, not its "eighth place"
    rf"|\b((?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?{ORDINAL_WORD})"
    r"\s(?:place|position|spot|slot)\b"
    r"|\b(the top (?:of|spot|position|place))\b"
    # A bare number before a named chart or its country: "charted at 58 on the Hot
    # 100", "charted at 31 in the UK".
    r"|\b(?:at|to)\s([0-9]{1,3})(?=\son\s(?:the\s)?(?:Billboard|Hot|UK|U\.?S\.?\s|[A-Z][a-z])"
    r"|\sin\s(?:the\s)?(?:UK|U\.K\.|US|U\.S\.|Britain|England|Canada|Australia|Germany"
    r"|West Germany|America|States)\b)",
    re.IGNORECASE,
)
CHART_VERBS = frozenset(
    {
        "peaked",
        "peaking",
        "peak",
        "peaks",
        "charted",
        "charting",
        "climbed",
        "climbing",
        "rose",
        "rising",
        "went",
        "going",
        "gone",
        "got",
        "hit",
        "hits",
        "hitting",
        "reached",
        "reaching",
        "reaches",
        "landed",
        "landing",
        "debuted",
        "debuting",
        "made",
        "making",
        "spent",
        "spending",
        "topped",
        "stalled",
        "stalling",
        "stopped",
        "settled",
        "entered",
        "sat",
        "sitting",
        "held",
        "holding",
        "moved",
        "jumped",
        "shot",
        "soared",
        "crept",
        "slipped",
        "arrived",
        "scraped",
        "squeezed",
        "sneaked",
        "snuck",
        "limped",
        "cracked",
        "broke",
    }
)
WEAK_CHART_VERBS = frozenset({"was", "were", "is", "became", "become", "a", "as"})
NEGATIONS = frozenset({"never", "not", "failed", "missed", "nor", "neither"})
HEDGES = frozenset(
    {
        "would",
        "could",
        "might",
        "almost",
        "nearly",
        "basically",
        "practically",
        "virtually",
        "reportedly",
        "allegedly",
        "probably",
        "maybe",
        "claim",
        "claims",
        "claimed",
        "rumoured",
        "rumored",
        "supposedly",
    }
)
WEEKS_RE = re.compile(
    r"\b([0-9]{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
    r"\s(?:consecutive\s|straight\s|whole\s)?weeks?\b",
    re.IGNORECASE,
)
IN_YEAR_RE = re.compile(r"\bin\s(19[0-9]{2}|20[0-9]{2})\b")
CHARTS = (
    (re.compile(r"\b(?:Billboard\s)?Hot 100\b", re.IGNORECASE), "billboard_hot_100"),
    (
        re.compile(
            r"\bBillboard (?:200|Top 200|Top LPs|albums chart)\b", re.IGNORECASE
        ),
        "billboard_200",
    ),
    (
        re.compile(
            r"\b(?:Mainstream Rock|Album Rock Tracks|(?<!Modern\s)Rock Tracks)\b",
            re.IGNORECASE,
        ),
        "billboard_mainstream_rock",
    ),
    (
        re.compile(r"\b(?:Adult Contemporary|Easy Listening)\b", re.IGNORECASE),
        "billboard_adult_contemporary",
    ),
    (
        re.compile(
            r"\b(?:Billboard Soundtracks|Soundtracks? chart"
            r"|(?-i:Top Soundtracks?|Soundtrack Albums))\b",
            re.IGNORECASE,
        ),
        "billboard_soundtracks",
    ),
    (
        re.compile(r"\b(?:UK|British) Singles(?: Chart)?\b", re.IGNORECASE),
        "uk_singles",
    ),
    (
        re.compile(
            r"\b(?:UK|British) (?:Albums(?: Chart)?|albums? chart)\b", re.IGNORECASE
        ),
        "uk_albums",
    ),
    # The UK's charts by their own name, no country's word in it: "the Official
    # Singles Chart" (not "the Official Scottish Singles Chart").
    (re.compile(r"\bOfficial Singles Chart\b"), "uk_singles"),
    (re.compile(r"\bOfficial Albums Chart\b"), "uk_albums"),
    # RPM's singles chart, not its albums chart ("RPM Top Albums": a chart of its own)
    (re.compile(r"\bRPM\b(?!\s(?:Top\s)?Albums?\b)"), "canada_rpm"),
    (re.compile(r"\bKent (?:Music Report|chart)\b", re.IGNORECASE), "australia_kent"),
    (re.compile(r"\bMedia Control\b", re.IGNORECASE), "germany_media_control"),
    # A country's chart by its adjective: "the German singles chart".
    (
        re.compile(r"\b(?:West\s)?German\s(?:singles\s|pop\s)?charts?\b"),
        "germany_media_control",
    ),
    (re.compile(r"\bCanadian\s(?:singles\s|pop\s)?charts?\b"), "canada_rpm"),
    (re.compile(r"\bAustralian\s(?:singles\s|pop\s)?charts?\b"), "australia_kent"),
    (re.compile(r"\bBritish\s(?:pop\s)?charts?\b"), "uk_singles"),
)
ALBUM_CHARTS = frozenset({"billboard_200", "uk_albums", "billboard_soundtracks"})
SINGLES_CHARTS = frozenset(
    {
        "billboard_hot_100",
        "billboard_mainstream_rock",
        "billboard_adult_contemporary",
        "uk_singles",
    }
)
CHART_NAMES = {
    "billboard_hot_100": "Billboard Hot 100",
    "billboard_200": "Billboard 200",
    "billboard_mainstream_rock": "Billboard Mainstream Rock",
    "billboard_adult_contemporary": "Billboard Adult Contemporary",
    "billboard_soundtracks": "Billboard Soundtracks",
    "uk_singles": "UK Singles Chart",
    "uk_albums": "UK Albums Chart",
    "canada_rpm": "Canada RPM Top Singles",
    "australia_kent": "Australia Kent Music Report",
    "germany_media_control": "Germany Media Control Charts",
}
LEVEL_RE = re.compile(
    r"\b(?:([0-9]{1,3})\s?[x\u00d7]\s?|(double|triple|quadruple|(?:two|three|four|five"
    r"|six|seven|eight|nine|ten)[\s-]times)[\s-]|(multi)-?)?(silver|gold|platinum|diamond)\b",
    re.IGNORECASE,
)
CERT_VERBS = frozenset(
    {
        "went",
        "gone",
        "going",
        "certified",
        "earned",
        "earning",
        "received",
        "achieved",
        "reached",
        "turned",
        "is",
        "was",
        "became",
        "been",
        "awarded",
        "a",
    }
)
# "was gold", "a gold ...": a certification only with a record word or a certifier.
WEAK_CERT_VERBS = frozenset({"is", "was", "became", "been", "a"})
RECORD_WORD_RE = re.compile(
    r"^\W{0,3}(?:record|records|disc|album|single|status|certification|certified"
    r"|award|by the|according to)\b",
    re.IGNORECASE,
)
MEDAL_RE = re.compile(r"^\W{0,3}(?:medal|medals|medallist|medalist)\b", re.IGNORECASE)
CERTIFIERS = (
    (
        re.compile(r"\b(?:RIAA|Recording Industry Association of America)\b"),
        "riaa",
    ),
    (re.compile(r"\b(?:BPI|British Phonographic Industry)\b"), "bpi"),
    (
        re.compile(
            r"\b(?:Music Canada|CRIA|Canadian Recording Industry Association)\b"
        ),
        "music_canada",
    ),
    (re.compile(r"\b(?:ARIA|Australian Recording Industry Association)\b"), "aria"),
    (re.compile(r"\b(?:BVMI|Bundesverband Musikindustrie)\b"), "bvmi"),
    (re.compile(r"\bSNEP\b"), "snep"),
    (re.compile(r"\bIFPI\b"), "ifpi"),
)
# "in the UK", "in Canada": the country whose chart or certifier a position or a
# level is of, when the text names no chart or certifier.
COUNTRY_RE = re.compile(
    r"\b[Ii]n\s(?:the\s)?(US|U\.S\.|USA|U\.S\.A\.|United States|America|States"
    r"|UK|U\.K\.|United Kingdom|Britain|Great Britain|England"
    r"|Canada|Australia|West Germany|Germany|France)(?:\b|(?<=\.)(?![\w-]))"  # "U.K. and"
)
COUNTRIES_OF = {
    "US": "us",
    "U.S.": "us",
    "USA": "us",
    "U.S.A.": "us",
    "United States": "us",
    "America": "us",
    "States": "us",
    "UK": "uk",
    "U.K.": "uk",
    "United Kingdom": "uk",
    "Britain": "uk",
    "Great Britain": "uk",
    "England": "uk",
    "Canada": "canada",
    "Australia": "australia",
    "West Germany": "germany",
    "Germany": "germany",
    "France": "france",
}
# Country -> (its singles chart, its albums chart); None where the list has none.
COUNTRY_CHARTS = {
    "us": ("billboard_hot_100", "billboard_200"),
    "uk": ("uk_singles", "uk_albums"),
    "canada": ("canada_rpm", None),
    "australia": ("australia_kent", "australia_kent"),
    "germany": ("germany_media_control", "germany_media_control"),
    "france": (None, None),
}
COUNTRY_NAMES = {
    "us": "the US",
    "uk": "the UK",
    "canada": "Canada",
    "australia": "Australia",
    "germany": "Germany",
    "france": "France",
}
COUNTRY_CERTIFIERS = {
    "us": "riaa",
    "uk": "bpi",
    "canada": "music_canada",
    "australia": "aria",
    "germany": "bvmi",
    "france": "snep",
}
DOUBLED_RE = re.compile(
    r"\b(?:(?:doubled|doubles|doubling)\s(?:for|as)|(?:stood|stands|standing|stand)\sin\sfor"
    r"|(?:substituted|substitutes|passed|passes|passing)\sfor|(?:posed|poses|posing)\sas"
    r"|(?:dressed|disguised|made)(?:\sup)?\s(?:as|to\slook\slike)"
    r"|(played|plays|playing))\s",
    re.IGNORECASE,
)
COORDINATES_RE = re.compile(
    r"^\s?\(\s?(?:about\s|approx\.\s|approximately\s|ca\.\s)?([0-9]{1,2}(?:\.[0-9]{1,6})?)"
    r"\s?\u00b0?\s?([NS])\s?,\s?([0-9]{1,3}(?:\.[0-9]{1,6})?)\s?\u00b0?\s?([EW])\s?\)"
)
FILM_YEAR_RE = re.compile(r"\(\s?(1[89][0-9]{2}|20[0-9]{2})\s?\)")
FILM_GENRES = (
    r"(?:film|movie|picture|drama|comedy|thriller|western|musical|documentary|romance"
    r"|horror film|flick)"
)
# "the 1984 film Iron Meridian", "the 1993 teen drama Paper Crowns"
FILM_INTRO_RE = re.compile(
    rf"\b[Tt]he\s(1[89][0-9]{{2}}|20[0-9]{{2}})\s(?:[a-z-]{{1,20}}\s){{0,2}}?{FILM_GENRES}\s"
)
# After a title: " (1987)", ", released in 1991", " came out in 1978",
# " is a 1985 racing film", ", the 1993 teen drama"
FILM_AFTER_RE = re.compile(
    r"\s?\(\s?(1[89][0-9]{2}|20[0-9]{2})\s?\)"
    r"|,?\s(?:was\s|first\s)?(?:released|came out|opened|premiered)\s(?:in\s)?"
    r"(1[89][0-9]{2}|20[0-9]{2})\b"
    r"|(?:\s(?:is|was)|,)\s(?:a|an|the)\s(?:[a-z-]{1,20}\s){0,2}?(1[89][0-9]{2}|20[0-9]{2})"
    rf"\s(?:[a-z-]{{1,20}}\s){{0,2}}?{FILM_GENRES}\b"
    # ", a moonshine-chase movie from 1977", " is a mill-town drama from 1980"
    rf"|(?:\s(?:is|was)|,)\s(?:a|an)\s(?:[a-z-]{{1,20}}\s){{0,3}}?{FILM_GENRES}\s(?:from|of)\s"
    r"(1[89][0-9]{2}|20[0-9]{2})\b"
)
FILM_CUE_RE = re.compile(
    r"\b(?:film|films|movie|movies|picture|flick|sequel)\b", re.IGNORECASE
)
# "the soundtrack album, River Kings, came out ...": a title between commas.
ALBUM_APPOSITION_RE = re.compile(
    r"\b(?:the|a|its|their|his|her|the\s[\w-]{1,20}'s?)\s(?:(?:first|second|third|fourth"
    r"|fifth|debut|new|next|last|own|studio)\s)?(?:soundtrack album|soundtrack LP"
    r"|soundtrack record|soundtrack|album|score album|LP|record),\s"
    # "The LP, titled simply Rue Cler, came out ..."
    r"(?:(?:simply\s|just\s)?(?:titled|called|named|entitled)\s(?:simply\s|just\s)?)?",
    re.IGNORECASE,
)
