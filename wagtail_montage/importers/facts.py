"""Facts from a post's prose -> fact blocks placed right after the paragraph they
come from, and listed for the report.

    tracks       a quoted (or italic) title "set to", "using ... as", with "written by",
                 "composed by", "performed by", "by <Artist>" or "<Artist>'s"
    albums       a title with "Soundtrack" or "Album", its label and release date
    chart facts  "peaked at No. 2 on the Billboard Hot 100", "reached the top 10 of the
                 Billboard 200", "No. 1 for six weeks"; "went Platinum according to the
                 RIAA", "certified 9x Platinum by the RIAA"
    locations    "filmed in", "shot at", "X doubled for Y", "X stood in for Y"
    the film     "[Film]" after the title, "Film (1985)"

Precision first: a fact the extractor is unsure of (no chart named, no certifier,
an unknown subject, a hedge) goes to ``post.suggestions``, not into the page; a
song that "never charted" gets no chart fact.

The text is split into sentences and tokens; every regular expression is bounded
and has no nested quantifiers, so extraction is linear in the length of the post.
"""

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property
from html import unescape

from ..blocks.charts import chart_fact_data
from .text import (
    collapse,
    find_date,
    iso_partial_date,
    normalise,
    split_film_suffix,
    truncate,
)

# Quoted and italic spans are marked with these (private use) characters.
OPEN, CLOSE = "\ue000", "\ue001"

# -- Words ----------------------------------------------------------------------------

_ABBREVIATIONS = frozenset(
    {
        "no",
        "nos",
        "vol",
        "vs",
        "v",
        "feat",
        "ft",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "mt",
        "jr",
        "sr",
        "bros",
        "inc",
        "ltd",
        "co",
        "corp",
        "approx",
        "ca",
        "e.g",
        "i.e",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "pt",
        "fig",
    }
)
_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
}
_MULTIPLIER_WORDS = {
    "double": 2,
    "triple": 3,
    "quadruple": 4,
    "two-times": 2,
    "three-times": 3,
    "four-times": 4,
    "five-times": 5,
}
_TITLE_CONNECTORS = frozenset(
    {
        "a",
        "an",
        "and",
        "as",
        "at",
        "for",
        "from",
        "in",
        "into",
        "is",
        "it",
        "me",
        "my",
        "of",
        "on",
        "or",
        "the",
        "to",
        "up",
        "vs",
        "vs.",
        "with",
        "you",
        "your",
        "n'",
        "de",
        "la",
        "le",
        "du",
        "del",
        "von",
        "van",
        "der",
        "da",
        "y",
        "&",
        ":",
    }
)
_NAME_CONNECTORS = frozenset(
    {
        "de",
        "da",
        "del",
        "della",
        "di",
        "du",
        "van",
        "von",
        "der",
        "den",
        "la",
        "le",
        "y",
        "&",
    }
)
_PLACE_CONNECTORS = frozenset(
    {
        "of",
        "the",
        "de",
        "del",
        "la",
        "le",
        "du",
        "da",
        "dos",
        "das",
        "do",
        "upon",
        "am",
        "y",
        "en",
        "sur",
    }
)
# Capitalised words that start a sentence rather than a name.
_STOP_STARTS = frozenset(
    {
        "A",
        "About",
        "After",
        "Also",
        "Although",
        "An",
        "And",
        "As",
        "At",
        "Before",
        "Both",
        "But",
        "By",
        "Each",
        "Even",
        "Every",
        "Fans",
        "For",
        "From",
        "Fun",
        "He",
        "Her",
        "Here",
        "His",
        "However",
        "I",
        "If",
        "In",
        "Interestingly",
        "It",
        "Its",
        "Later",
        "Many",
        "Meanwhile",
        "Most",
        "My",
        "Now",
        "On",
        "Once",
        "Our",
        "She",
        "So",
        "Some",
        "Still",
        "That",
        "Their",
        "Then",
        "There",
        "These",
        "They",
        "This",
        "Those",
        "To",
        "Today",
        "We",
        "When",
        "While",
        "With",
        "Yet",
        "You",
        "Your",
    }
)
_MONTH_NAMES = frozenset(
    {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    }
)
# "Filmed in Technicolor" is not a place.
_NOT_PLACES = frozenset(
    {
        "Technicolor",
        "Panavision",
        "CinemaScope",
        "VistaVision",
        "Cinerama",
        "IMAX",
        "Dolby",
        "HD",
        "Super",
        "Black",
        "Color",
        "Colour",
        "Slow",
        "One",
        "Secret",
    }
)
_US_STATES = frozenset(
    {
        "Alabama",
        "Alaska",
        "Arizona",
        "Arkansas",
        "California",
        "Colorado",
        "Connecticut",
        "Delaware",
        "Florida",
        "Hawaii",
        "Idaho",
        "Illinois",
        "Indiana",
        "Iowa",
        "Kansas",
        "Kentucky",
        "Louisiana",
        "Maine",
        "Maryland",
        "Massachusetts",
        "Michigan",
        "Minnesota",
        "Mississippi",
        "Missouri",
        "Montana",
        "Nebraska",
        "Nevada",
        "New Hampshire",
        "New Jersey",
        "New Mexico",
        "New York",
        "North Carolina",
        "North Dakota",
        "Ohio",
        "Oklahoma",
        "Oregon",
        "Pennsylvania",
        "Rhode Island",
        "South Carolina",
        "South Dakota",
        "Tennessee",
        "Texas",
        "Utah",
        "Vermont",
        "Virginia",
        "Washington",
        "West Virginia",
        "Wisconsin",
        "Wyoming",
    }
)
_CANADIAN_PROVINCES = frozenset(
    {
        "Alberta",
        "British Columbia",
        "Manitoba",
        "New Brunswick",
        "Newfoundland",
        "Nova Scotia",
        "Ontario",
        "Prince Edward Island",
        "Quebec",
        "Saskatchewan",
        "Yukon",
    }
)
_COUNTRIES = frozenset(
    {
        "Argentina",
        "Australia",
        "Austria",
        "Belgium",
        "Brazil",
        "Bulgaria",
        "Canada",
        "Chile",
        "China",
        "Croatia",
        "Cuba",
        "Czech Republic",
        "Czechia",
        "Denmark",
        "Egypt",
        "England",
        "Estonia",
        "Finland",
        "France",
        "Germany",
        "Greece",
        "Hungary",
        "Iceland",
        "India",
        "Ireland",
        "Israel",
        "Italy",
        "Japan",
        "Jordan",
        "Kenya",
        "Latvia",
        "Lithuania",
        "Malta",
        "Mexico",
        "Morocco",
        "Netherlands",
        "New Zealand",
        "Northern Ireland",
        "Norway",
        "Peru",
        "Philippines",
        "Poland",
        "Portugal",
        "Romania",
        "Russia",
        "Scotland",
        "Serbia",
        "Slovakia",
        "Slovenia",
        "South Africa",
        "South Korea",
        "Spain",
        "Sweden",
        "Switzerland",
        "Thailand",
        "Tunisia",
        "Turkey",
        "Ukraine",
        "United Kingdom",
        "United States",
        "Wales",
    }
)
_PLACE_WORDS_RE = re.compile(
    r"\b(?:Union|Park|Mountains?|City|Republic|Kingdom|Islands?|Valley|Lakes?|River|County"
    r"|Hole|Desert|Forest|Alps|Siberia|Hills?|Canyon|Bay|Coast|Range|Peak|Glacier|Town)\b"
)
_FILMING_CONTEXT_RE = re.compile(
    r"\b(?:film\w{0,3}|shot|shoot\w{0,3}|location\w?|scenes?|exteriors?|landscapes?"
    r"|countryside|backdrop|set|setting|on screen|production)\b",
    re.IGNORECASE,
)
_PERSON_CONTEXT_RE = re.compile(
    r"\b(?:stunt\w{0,3}|actor|actress|body double|stand-in for (?:him|her))\b",
    re.IGNORECASE,
)

# -- Patterns ---------------------------------------------------------------------------

_QUOTE_PATTERNS = (
    re.compile("\u201c([^\u201c\u201d\n]{1,200})\u201d"),
    re.compile("\u00ab\\s?([^\u00ab\u00bb\n]{1,200}?)\\s?\u00bb"),
    re.compile('"([^"\n]{1,200})"'),
    re.compile("\u2018([^\u2018\n]{1,200}?)\u2019(?!\\w)"),
    re.compile("(?<!\\w)'([^\n]{1,200}?)'(?!\\w)"),
)
_TAG_RE = re.compile(r"<[^<>]{0,4096}>")
_BOUNDARY_RE = re.compile(
    "[.!?\u2026]{1,5}[\"')\\]\ue001\u201d]{0,3}(?:\\s{1,20}|$)|\n{1,20}"
)
_TOKEN_RE = re.compile(r"\w[\w'.&+-]{0,59}|[^\w\s]")
_INITIALS_RE = re.compile(r"(?:\w\.){1,5}\w?")

_CREDIT_RE = re.compile(
    r"\b(?:(co-written|written|composed|co-composed|penned|music|lyrics|words and music)"
    r"|(performed|sung|recorded))\s(?:both\s|all\s|jointly\s)?by\s",
    re.IGNORECASE,
)
_STRONG_CREDITS = frozenset(
    {"composed", "co-composed", "music", "lyrics", "words and music"}
)
_PRE_CUE_RE = re.compile(
    r"\b(?:set to|using|uses|used|cut to|scored to|to the tune of|the song|the single|the track"
    r"|the tune|the theme|the instrumental|the ballad|the anthem|the hit|song|single|track"
    r"|theme|instrumental)\W{0,3}$",
    re.IGNORECASE,
)
_POST_CUE_RE = re.compile(
    r"^\W{0,3}(?:\(|as (?:its |the |a )?(?:soundtrack|background|bgm|music|score|theme)"
    r"|plays|playing|kicks in|, an instrumental|, a song|, the song|, a single|, the single"
    r"|, the theme|, a track|, the track)",
    re.IGNORECASE,
)
_BACKGROUND_RE = re.compile(
    r"\b(?:background|bgm|instrumental|underscore|plays under|under the (?:scene|montage|sequence|images))\b",
    re.IGNORECASE,
)
_CLAUSE_SPLIT_RE = re.compile(r"[,;:()]|\band\b|\bwhile\b|\bbut\b")
_END_CREDITS_RE = re.compile(
    r"\b(?:end credits|closing credits|over the credits)\b", re.IGNORECASE
)
_ALBUM_WORDS_RE = re.compile(
    r"\b(?:Soundtrack|Album|OST|Original Motion Picture|Music from|Songs from)\b",
    re.IGNORECASE,
)
_ALBUM_BEFORE_RE = re.compile(
    r"\b(?:the|its|their|his|her)\s(?:soundtrack album|album|LP|EP|record|compilation)\W{0,3}$",
    re.IGNORECASE,
)
_LABEL_WORDS = frozenset({"Records", "Recordings", "Music", "Entertainment", "Label"})
_ALBUM_TRACKS_RE = re.compile(
    r"\b(both|these|all|the two|the three|the four)\s(?:of\s(?:the\s)?)?"
    r"(?:tracks|songs|pieces|cues|themes|singles|numbers)\b",
    re.IGNORECASE,
)
_ON_ALBUM_RE = re.compile(
    r"\b(?:appear|appears|are|is|were|was|feature|features|featured|included|include"
    r"|includes|come|comes|released)\b",
    re.IGNORECASE,
)
_RELEASED_YEAR_RE = re.compile(
    r"\breleased\s(?:in\s)?(1[89][0-9]{2}|20[0-9]{2})\b", re.IGNORECASE
)

_POSITION_RE = re.compile(
    r"(?:\bNo\.|\bnumber\b|#)\s?([0-9]{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\b"
    r"|\btop[\s-]([0-9]{1,3}|five|ten|twenty|forty|fifty|hundred)\b|\b(topped)\b",
    re.IGNORECASE,
)
_CHART_VERBS = frozenset(
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
    }
)
_WEAK_CHART_VERBS = frozenset({"was", "were", "is", "became", "become", "a", "as"})
_NEGATIONS = frozenset({"never", "not", "failed", "missed", "nor", "neither"})
_HEDGES = frozenset(
    {
        "would",
        "could",
        "might",
        "almost",
        "nearly",
        "reportedly",
        "allegedly",
        "probably",
        "maybe",
    }
)
_WEEKS_RE = re.compile(
    r"\b([0-9]{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
    r"\s(?:consecutive\s|straight\s|whole\s)?weeks?\b",
    re.IGNORECASE,
)
_IN_YEAR_RE = re.compile(r"\bin\s(19[0-9]{2}|20[0-9]{2})\b")
_CHARTS = (
    (re.compile(r"\b(?:Billboard\s)?Hot 100\b", re.IGNORECASE), "billboard_hot_100"),
    (
        re.compile(
            r"\bBillboard (?:200|Top 200|Top LPs|albums chart)\b", re.IGNORECASE
        ),
        "billboard_200",
    ),
    (
        re.compile(
            r"\b(?:Mainstream Rock|Album Rock Tracks|Rock Tracks)\b", re.IGNORECASE
        ),
        "billboard_mainstream_rock",
    ),
    (
        re.compile(r"\bAdult Contemporary\b", re.IGNORECASE),
        "billboard_adult_contemporary",
    ),
    (
        re.compile(r"\b(?:Billboard Soundtracks|Soundtracks chart)\b", re.IGNORECASE),
        "billboard_soundtracks",
    ),
    (
        re.compile(r"\b(?:UK|British) Singles(?: Chart)?\b", re.IGNORECASE),
        "uk_singles",
    ),
    (re.compile(r"\b(?:UK|British) Albums(?: Chart)?\b", re.IGNORECASE), "uk_albums"),
    (re.compile(r"\bRPM\b"), "canada_rpm"),
    (re.compile(r"\bKent Music Report\b", re.IGNORECASE), "australia_kent"),
    (re.compile(r"\bMedia Control\b", re.IGNORECASE), "germany_media_control"),
)
_ALBUM_CHARTS = frozenset({"billboard_200", "uk_albums", "billboard_soundtracks"})
_SINGLES_CHARTS = frozenset(
    {
        "billboard_hot_100",
        "billboard_mainstream_rock",
        "billboard_adult_contemporary",
        "uk_singles",
    }
)
_CHART_NAMES = {
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
_LEVEL_RE = re.compile(
    r"\b(?:([0-9]{1,3})\s?[x\u00d7]\s?|(double|triple|quadruple|two-times|three-times"
    r"|four-times|five-times)[\s-]|(multi)-?)?(silver|gold|platinum|diamond)\b",
    re.IGNORECASE,
)
_CERT_VERBS = frozenset(
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
_WEAK_CERT_VERBS = frozenset({"is", "was", "became", "been", "a"})
_RECORD_WORD_RE = re.compile(
    r"^\W{0,3}(?:record|records|disc|album|single|status|certification|certified"
    r"|award|by the|according to)\b",
    re.IGNORECASE,
)
_MEDAL_RE = re.compile(r"^\W{0,3}(?:medal|medals|medallist|medalist)\b", re.IGNORECASE)
_CERTIFIERS = (
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
_FILMED_RE = re.compile(
    r"\b(?:(?:was|were|is|are|been|being|partly|mostly|largely|entirely|mainly|also|all"
    r"|actually|originally|reportedly)\s(?:shot|filmed)|filmed|filming took place"
    r"|shooting took place)\s(?:on location\s)?(?:in|at)\s",
    re.IGNORECASE,
)
_DOUBLED_RE = re.compile(
    r"\b(?:(?:doubled|doubles|doubling)\s(?:for|as)|(?:stood|stands|standing|stand)\sin\sfor"
    r"|(?:substituted|substitutes|passed|passes)\sfor)\s",
    re.IGNORECASE,
)
_COORDINATES_RE = re.compile(
    r"^\s?\(\s?(?:about\s|approx\.\s|approximately\s|ca\.\s)?([0-9]{1,2}(?:\.[0-9]{1,6})?)"
    r"\s?\u00b0?\s?([NS])\s?,\s?([0-9]{1,3}(?:\.[0-9]{1,6})?)\s?\u00b0?\s?([EW])\s?\)"
)
_FILM_YEAR_RE = re.compile(r"\(\s?(1[89][0-9]{2}|20[0-9]{2})\s?\)")
_FILM_CUE_RE = re.compile(
    r"\b(?:film|films|movie|movies|picture|flick|sequel)\b", re.IGNORECASE
)
_ALBUM_ANAPHORA_RE = re.compile(
    r"\b(?:the|its|this|that)\s(?:soundtrack\s|original\s)?(?:album|soundtrack|lp|record)"
    r"(?:\sitself)?\W{0,3}$",
    re.IGNORECASE,
)
_TRACK_ANAPHORA_RE = re.compile(
    r"\b(?:the|this|that)\s(?:song|single|track|tune|theme)(?:\sitself)?\W{0,3}$",
    re.IGNORECASE,
)


# -- Blocks ---------------------------------------------------------------------------


def track_value(title):
    return {
        "title": title,
        "composers": [],
        "performers": [],
        "usage": "featured",
        "album_title": "",
        "notes": "",
    }


def album_value(title):
    return {
        "title": title,
        "artist": "",
        "record_label": "",
        "release_date": "",
        "notes": "",
    }


def chart_fact_value(subject, kind, artist):
    return chart_fact_data(subject_title=subject, subject_kind=kind, artist=artist)


def location_value(name):
    return {
        "name": name,
        "kind": "filming_location",
        "region": "",
        "country": "",
        "stood_in_for": "",
        "latitude": None,
        "longitude": None,
        "note": "",
    }


# -- Text -----------------------------------------------------------------------------


@dataclass
class _Token:
    text: str
    start: int
    end: int

    @property
    def word(self):
        return self.text[:1].isalnum()

    @property
    def cap(self):
        return self.word and (self.text[0].isupper() or self.text[0].isdigit())

    @property
    def possessive(self):
        return self.text.endswith("'s") and len(self.text) > 2


@dataclass
class _Sentence:
    orig: str
    norm: str
    paragraph: int
    tokens: list = field(default_factory=list)
    starts: list = field(default_factory=list)
    quotes: list = field(default_factory=list)  # (text, open offset, close offset + 1)
    number: int = 0

    def index_at(self, offset):
        """The index of the first token starting at or after ``offset``."""
        return bisect.bisect_left(self.starts, offset)

    def span(self, start, end):
        """The original text of tokens ``start`` to ``end`` (exclusive)."""
        if start >= end:
            return ""
        return collapse(self.orig[self.tokens[start].start : self.tokens[end - 1].end])

    @cached_property
    def charts(self):
        return {key for pattern, key in _CHARTS if pattern.search(self.norm)}

    @cached_property
    def quote_starts(self):
        return [start for _text, start, _end in self.quotes]

    def inside_quote(self, offset):
        index = bisect.bisect_right(self.quote_starts, offset) - 1
        return index >= 0 and self.quotes[index][1] < offset < self.quotes[index][2]

    def quotes_within(self, begin, finish):
        """The quotations between two offsets, last first."""
        low = bisect.bisect_left(self.quote_starts, begin)
        high = bisect.bisect_right(self.quote_starts, finish)
        for index in range(high - 1, low - 1, -1):
            if self.quotes[index][2] <= finish:
                yield self.quotes[index]

    @cached_property
    def person_context(self):
        return bool(_PERSON_CONTEXT_RE.search(self.norm))

    @cached_property
    def filming_context(self):
        return bool(_FILMING_CONTEXT_RE.search(self.norm))

    @property
    def display(self):
        text = self.orig.replace(OPEN, "\u201c").replace(CLOSE, "\u201d")
        return truncate(text, 300)


def _mark_quotes(text):
    for pattern in _QUOTE_PATTERNS:
        text = pattern.sub(lambda match: OPEN + match.group(1).strip() + CLOSE, text)
    return text


def _paragraph_text(html):
    """The paragraph's text with italics and quotations marked, one line per item."""
    text = html.replace("<i>", OPEN).replace("</i>", CLOSE)
    text = text.replace("<br/>", "\n").replace("</li>", "\n").replace("</p>", "\n")
    text = unescape(_TAG_RE.sub("", text))
    text = text.replace(OPEN + CLOSE, "").replace("\xa0", " ")
    return _mark_quotes(text)


def _tokens(norm):
    tokens = []
    for match in _TOKEN_RE.finditer(norm):
        text, start = match.group(), match.start()
        trailing = ""
        while len(text) > 1 and text[-1] in ".'":
            base = text.rstrip(".'")
            if text[-1] == "." and (
                base.lower() in _ABBREVIATIONS or _INITIALS_RE.fullmatch(text)
            ):
                break
            trailing = text[-1] + trailing
            text = text[:-1]
        tokens.append(_Token(text, start, start + len(text)))
        for offset, char in enumerate(trailing):
            position = start + len(text) + offset
            tokens.append(_Token(char, position, position + 1))
    return tokens


def _sentences(text, paragraph):
    norm = text.translate({0x2019: "'", 0x2018: "'", 0x2013: "-"})
    sentences, start = [], 0
    for match in _BOUNDARY_RE.finditer(norm):
        if match.group().startswith(".") and "\n" not in match.group():
            before = norm[max(start, match.start() - 12) : match.start()].split()
            word = before[-1] if before else ""
            following = norm[match.end() : match.end() + 1]
            if (
                word.lower().rstrip(".") in _ABBREVIATIONS
                or (len(word) == 1 and word.isupper())
                or _INITIALS_RE.fullmatch(word + ".")
                or following.islower()
                or following.isdigit()
            ):
                continue
        sentences.append((start, match.end()))
        start = match.end()
    if start < len(norm):
        sentences.append((start, len(norm)))
    result = []
    for begin, end in sentences:
        orig, sentence_norm = text[begin:end].strip(), norm[begin:end].strip()
        if not sentence_norm:
            continue
        sentence = _Sentence(orig, sentence_norm, paragraph)
        sentence.tokens = _tokens(sentence_norm)
        sentence.starts = [token.start for token in sentence.tokens]
        position = 0
        while True:
            opened = sentence_norm.find(OPEN, position)
            if opened < 0:
                break
            closed = sentence_norm.find(CLOSE, opened + 1)
            if closed < 0:
                break
            inner = sentence_norm[opened + 1 : closed]
            if OPEN not in inner:
                sentence.quotes.append((orig[opened + 1 : closed], opened, closed + 1))
                position = closed + 1
            else:
                position = opened + 1
        result.append(sentence)
    return result


def _clean_title(title):
    title = collapse(title.replace(OPEN, "").replace(CLOSE, "")).strip(" ,;:")
    if (
        not title
        or len(title) > 120
        or len(title.split()) > 12
        or title.endswith(".")
        and not title.endswith("..")
        or not (title[0].isupper() or title[0].isdigit())
    ):
        return ""
    return title


# -- Runs of capitalised words ---------------------------------------------------------


def _run_forward(tokens, start, connectors, max_words=8):
    """The exclusive end of the capitalised run starting at ``tokens[start]``, or None."""
    end, index, words = None, start, 0
    while index < len(tokens) and words < max_words:
        token = tokens[index]
        if token.cap:
            end = index + 1
        elif not (
            token.text.lower() in connectors
            and index + 1 < len(tokens)
            and tokens[index + 1].cap
            and end is not None
        ):
            break
        index += 1
        words += 1
    return end


def _run_backward(tokens, last, connectors, max_words=8):
    """The start of the capitalised run ending at ``tokens[last]``, or None."""
    if last < 0 or last >= len(tokens) or not tokens[last].cap:
        return None
    start, index, words = last, last - 1, 1
    while index >= 0 and words < max_words:
        token = tokens[index]
        if token.cap:
            start = index
        elif not (
            token.text.lower() in connectors
            and index - 1 >= 0
            and tokens[index - 1].cap
        ):
            break
        index -= 1
        words += 1
    return start


def _skip_stop_starts(tokens, start, end):
    while start < end - 1 and tokens[start].text in _STOP_STARTS:
        start += 1
    return start


def _names(sentence, index, limit=6):
    """People or bands from ``tokens[index]``: "A", "A and B", "A, B and C", "A, B, and C"."""
    tokens, names = sentence.tokens, []
    while index < len(tokens) and len(names) < limit:
        end = _run_forward(tokens, index, _NAME_CONNECTORS, max_words=5)
        if end is None:
            break
        if tokens[index].text in _STOP_STARTS - {"The"} or any(
            token.possessive for token in tokens[index:end]
        ):
            break
        if tokens[index].text == "The" and end - index < 2:
            break
        names.append(sentence.span(index, end))
        index = end
        following = [token.text.lower() for token in tokens[index : index + 3]]
        if (
            following[:2] == [",", "and"]
            and len(following) > 2
            and tokens[index + 2].cap
        ):
            index += 2
        elif following[:1] == [","] and len(following) > 1 and tokens[index + 1].cap:
            # "A, B and C": only if a list, not "A, The second..."
            if tokens[index + 1].text in _STOP_STARTS:
                break
            index += 1
        elif (
            following[:1] in (["and"], ["&"])
            and len(following) > 1
            and tokens[index + 1].cap
        ):
            index += 1
        else:
            break
    return names


def _unique(values, more):
    for value in more:
        if value and value.casefold() not in {
            existing.casefold() for existing in values
        }:
            values.append(value)


# -- The extractor ----------------------------------------------------------------------


@dataclass
class _Slot:
    kind: str
    value: dict
    sentence: str
    order: tuple
    keep: bool | None = True


@dataclass
class _Pending:
    slot: _Slot
    kind: str  # subject kind
    sentence_charts: set
    label: str


class _Extractor:
    def __init__(self, post):
        self.post = post
        self.slots = {}  # paragraph index -> [_Slot]
        self.tracks = {}  # normalised title -> value
        self.track_order = []
        self.albums = {}
        self.last_album = None
        self.locations = {}
        self.pending = []
        self.post_charts = set()
        self.suggestions = []
        self.film_sentence = ""
        self.film_key = normalise(post.film_title)
        self.offset = 0  # where in the sentence the fact being added was found

    # Bookkeeping

    def add(self, sentence, kind, value, keep=True, offset=None):
        """A block after the sentence's paragraph, in the order of the text."""
        if offset is None:
            offset = self.offset
        order = (sentence.number, offset, len(self.slots.get(sentence.paragraph, ())))
        slot = _Slot(kind, value, sentence.display, order, keep)
        self.slots.setdefault(sentence.paragraph, []).append(slot)
        return slot

    def suggest(self, text, sentence):
        line = f"{text} — “{sentence.display}”"
        if line not in self.suggestions:
            self.suggestions.append(line)

    def track(self, sentence, title):
        key = normalise(title)
        if key not in self.tracks:
            value = track_value(title)
            self.tracks[key] = value
            self.track_order.append((key, sentence.paragraph))
            self.add(sentence, "track", value)
        return self.tracks[key]

    def album(self, sentence, title):
        key = normalise(title)
        if key not in self.albums:
            value = album_value(title)
            self.albums[key] = value
            self.add(sentence, "album", value)
        self.last_album = key
        return self.albums[key]

    def is_album_title(self, title):
        return normalise(title) in self.albums or bool(_ALBUM_WORDS_RE.search(title))

    # Sentences

    def run(self, sentences):
        for sentence in sentences:
            for pattern, key in _CHARTS:
                if pattern.search(sentence.norm):
                    self.post_charts.add(key)
        for number, sentence in enumerate(sentences):
            sentence.number = number
            self.albums_of(sentence)
            self.tracks_of(sentence)
            self.charts_of(sentence)
            self.locations_of(sentence)
            self.film_of(sentence)
        self.resolve_pending()

    # Albums

    def albums_of(self, sentence):
        norm, tokens = sentence.norm, sentence.tokens
        found = []
        for text, start, end in sentence.quotes:
            title = _clean_title(text)
            if title and (
                _ALBUM_WORDS_RE.search(title)
                or _ALBUM_BEFORE_RE.search(norm[max(0, start - 40) : start])
            ):
                found.append((title, start, end))
        for index, token in enumerate(tokens):
            if token.text != "Soundtrack" or sentence.inside_quote(token.start):
                continue
            begin = _run_backward(tokens, index, _TITLE_CONNECTORS, max_words=10)
            if begin is None:
                continue
            begin = _skip_stop_starts(tokens, begin, index + 1)
            if tokens[begin].text == ":":
                begin += 1
            if index + 1 - begin >= 2:
                found.append((sentence.span(begin, index + 1), token.start, token.end))
        for title, start, end in found:
            self.offset = start
            album = self.album(sentence, title)
            self.album_details(sentence, album, end)
            self.album_tracks(sentence, album, start)
        if not found and re.search(r"\b(?:soundtrack|album)\b", norm, re.IGNORECASE):
            label = self.label_in(sentence, 0)
            if label and (find_date(norm) or _RELEASED_YEAR_RE.search(norm)):
                self.suggest(
                    f"An album on {label}, but its title is not named", sentence
                )

    def label_in(self, sentence, offset):
        tokens = sentence.tokens
        first = sentence.index_at(offset)
        for index in range(first, min(len(tokens) - 1, first + 80)):
            if tokens[index].text.lower() not in ("by", "on", "through", "via", "from"):
                continue
            start = index + 1
            if tokens[start].text[:1].isdigit() or tokens[start].text in _MONTH_NAMES:
                continue
            end = _run_forward(tokens, start, {"&", "of", "the"}, max_words=6)
            if end is None:
                continue
            words = [token.text for token in tokens[start:end]]
            released = (
                "released"
                in sentence.norm[
                    max(0, tokens[index].start - 60) : tokens[index].start
                ].lower()
            )
            if words[-1] in _LABEL_WORDS or (released and tokens[index].text == "by"):
                return sentence.span(start, end)
        return ""

    def album_details(self, sentence, album, offset):
        rest = sentence.norm[offset : offset + 200]
        if not album["release_date"]:
            found = find_date(rest)
            if found:
                album["release_date"] = iso_partial_date(*found)
            else:
                match = _RELEASED_YEAR_RE.search(rest)
                if match:
                    album["release_date"] = match.group(1)
        if not album["record_label"]:
            album["record_label"] = self.label_in(sentence, offset)

    def album_tracks(self, sentence, album, offset):
        before = sentence.norm[max(0, offset - 120) : offset]
        match = _ALBUM_TRACKS_RE.search(before)
        if not match or not _ON_ALBUM_RE.search(before[match.end() :]):
            return
        counts = {"both": 2, "the two": 2, "the three": 3, "the four": 4}
        count = counts.get(match.group(1).lower(), 10)
        for key, _paragraph in self.track_order[-count:]:
            if not self.tracks[key]["album_title"]:
                self.tracks[key]["album_title"] = album["title"]

    # Tracks

    def tracks_of(self, sentence):
        norm, tokens = sentence.norm, sentence.tokens
        candidates = []
        for text, start, end in sentence.quotes:
            title = _clean_title(text)
            if (
                title
                and not self.is_album_title(title)
                and normalise(title) != self.film_key
            ):
                candidates.append((title, start, end, True))
        candidates += self.unquoted_tracks(sentence)
        candidates.sort(key=lambda candidate: candidate[1])
        for position, (title, start, end, quoted) in enumerate(candidates):
            previous_end = candidates[position - 1][2] if position else 0
            next_start = (
                candidates[position + 1][1]
                if position + 1 < len(candidates)
                else len(norm)
            )
            before = norm[previous_end:start]
            after = norm[end:next_start]
            composers, performers, strong = [], [], False
            for match in _CREDIT_RE.finditer(after):
                if match.start() > 100:
                    break
                names = _names(sentence, sentence.index_at(end + match.end()))
                if match.group(1):
                    composers += names
                    strong = strong or match.group(1).lower() in _STRONG_CREDITS
                else:
                    performers += names
                    strong = True
            index = sentence.index_at(end)
            if (
                index + 1 < len(tokens)
                and tokens[index].text == ","
                and tokens[index + 1].text == "by"
            ):
                index += 1
            if index < len(tokens) and tokens[index].text == "by":
                performers = _names(sentence, index + 1, limit=3) + performers
            opening = sentence.index_at(start) - 1
            if opening >= 0 and tokens[opening].possessive and tokens[opening].cap:
                begin = (
                    _run_backward(tokens, opening - 1, _NAME_CONNECTORS, 4)
                    if opening and tokens[opening - 1].cap
                    else None
                )
                begin = _skip_stop_starts(
                    tokens, begin if begin is not None else opening, opening + 1
                )
                artist = sentence.span(begin, opening + 1)[:-2]
                if artist and tokens[begin].text not in _STOP_STARTS:
                    performers = [artist, *performers]
            cue = bool(
                _PRE_CUE_RE.search(before[-40:]) or _POST_CUE_RE.search(after[:60])
            )
            if not (composers or performers or cue):
                continue
            if not quoted and not (strong or (cue and (composers or performers))):
                self.suggest(f"Possible track “{title}”", sentence)
                continue
            if quoted and not (strong or performers or cue):
                self.suggest(
                    f"Possible track “{title}” (written by {', '.join(composers)})",
                    sentence,
                )
                continue
            self.offset = start
            track = self.track(sentence, title)
            _unique(track["composers"], composers)
            _unique(track["performers"], performers)
            # The words before the title, back to the previous clause only:
            # "... as BGM and the other set to X" says nothing about X's usage.
            own = _CLAUSE_SPLIT_RE.split(before[-60:])[-1]
            window = own + " " + after[:80]
            if _END_CREDITS_RE.search(window):
                track["usage"] = "end_credits"
            elif _BACKGROUND_RE.search(window):
                track["usage"] = "background"

    def unquoted_tracks(self, sentence):
        """Titles without quotes: "set to Heart's on Fire (composed by ...)"."""
        norm, tokens = sentence.norm, sentence.tokens
        found = []
        for match in re.finditer(r"\b(?:set to|using|uses|used|cut to)\s", norm):
            start = sentence.index_at(match.end())
            if (
                start >= len(tokens)
                or sentence.inside_quote(tokens[start].start)
                or tokens[start].text == OPEN
            ):
                continue
            end = _run_forward(tokens, start, _TITLE_CONNECTORS - {":"}, max_words=8)
            if end is None:
                continue
            title = _clean_title(sentence.span(start, end))
            following = norm[tokens[end - 1].end : tokens[end - 1].end + 40]
            if (
                title
                and normalise(title) != self.film_key
                and not self.is_album_title(title)
                and (
                    following.lstrip().startswith("(") or _POST_CUE_RE.search(following)
                )
            ):
                found.append((title, tokens[start].start, tokens[end - 1].end, False))
        return found

    # Chart facts and certifications

    def charts_of(self, sentence):
        norm, tokens = sentence.norm, sentence.tokens
        mentions = []
        for match in _POSITION_RE.finditer(norm):
            if sentence.inside_quote(match.start()):
                continue
            if match.group(3):
                mentions.append(("peak", match, 1, False))
            elif match.group(1):
                mentions.append(("peak", match, _number(match.group(1)), False))
            else:
                mentions.append(("peak", match, _number(match.group(2)), True))
        for match in _LEVEL_RE.finditer(norm):
            mentions.append(("certification", match, None, False))
        mentions.sort(key=lambda mention: mention[1].start())
        previous_end, previous_subject = 0, None
        for position, (kind, match, number, top_n) in enumerate(mentions):
            next_start = (
                mentions[position + 1][1].start()
                if position + 1 < len(mentions)
                else len(norm)
            )
            first = sentence.index_at(match.start())
            window = [token.text.lower() for token in tokens[max(0, first - 5) : first]]
            verb_at = _verb_index(
                tokens, first, _CHART_VERBS if kind == "peak" else _CERT_VERBS
            )
            if match.group(3):  # "topped": the verb is the mention itself
                verb_at = first
            # Bounded windows: a long run of mentions must not make this quadratic.
            after = norm[match.end() : min(next_start, match.end() + 200)]
            before = norm[max(previous_end, match.start() - 200) : match.start()]
            clause = before + match.group(0) + after
            if any(word in _NEGATIONS or word.endswith("n't") for word in window):
                previous_end = match.end()
                continue
            if kind == "peak":
                weak = verb_at is None and any(
                    word in _WEAK_CHART_VERBS for word in window
                )
                continuation = (
                    verb_at is None
                    and previous_subject is not None
                    and window[-2:] in (["and", "at"], [",", "at"], ["and", "to"])
                )
                if verb_at is None and not weak and not continuation:
                    continue
                chart = _chart_in(after[:100])
                if weak and not chart and not _WEEKS_RE.search(after[:40]):
                    continue
            else:
                certifier = _certifier_in(clause)[0]
                if verb_at is None and not certifier and "certif" not in clause.lower():
                    continue
                if _MEDAL_RE.match(after):
                    continue
                weak = (
                    verb_at is not None
                    and tokens[verb_at].text.lower() in _WEAK_CERT_VERBS
                )
                if weak and not certifier and not _RECORD_WORD_RE.match(after):
                    continue
            region_start = max(sentence.index_at(previous_end), first - 40)
            region_end = verb_at if verb_at is not None else first
            subject = self.subject(sentence, region_start, region_end)
            if (
                subject is None
                and previous_subject is not None
                and region_end - region_start <= 8
            ):
                subject = previous_subject
            previous_end = match.end() + (len(after) - len(after.lstrip()))
            hedged = any(word in _HEDGES for word in window)
            self.offset = match.start()
            if kind == "peak":
                label = f"top {number}" if top_n else f"No. {number}"
                self.chart_peak(
                    sentence, subject, number, top_n, after, before, label, hedged
                )
            else:
                self.certification(sentence, subject, match, clause, hedged)
            if subject is not None:
                previous_subject = subject

    def subject(self, sentence, start, end):
        """(title, kind, artist) of the track or album a chart fact is about, or None."""
        tokens, norm = sentence.tokens, sentence.norm
        if start >= end or end > len(tokens):
            return None
        begin, finish = tokens[start].start, tokens[end - 1].end
        region = norm[begin:finish]
        quoted = next(
            (
                quote
                for quote in sentence.quotes_within(begin, finish)
                if normalise(quote[0]) != self.film_key
            ),
            None,
        )
        if quoted:
            title = _clean_title(quoted[0])
            self.offset = quoted[1]
            if title:
                return self.known_subject(sentence, title, quoted[2])
        last = end - 1
        if tokens[last].text == ")":
            depth, index = 0, last
            while index >= start and last - index < 40:
                if tokens[index].text == ")":
                    depth += 1
                elif tokens[index].text == "(":
                    depth -= 1
                    if depth == 0:
                        break
                index -= 1
            last = index - 1
        run_start = _run_backward(tokens, last, _TITLE_CONNECTORS - {":"}, max_words=10)
        if run_start is not None and run_start >= start:
            owner = next(
                (index for index in range(run_start, last) if tokens[index].possessive),
                None,
            )
            if owner is not None and owner < last:
                first = _skip_stop_starts(tokens, run_start, owner + 1)
                artist = sentence.span(first, owner + 1)[:-2]
                title = _clean_title(sentence.span(owner + 1, last + 1))
                if artist and title and tokens[first].text not in _STOP_STARTS:
                    self.offset = tokens[first].start
                    if self.is_album_title(title):
                        return (title, "album", artist)
                    track = self.track(sentence, title)
                    _unique(track["performers"], [artist])
                    return (title, "track", artist)
            title = _clean_title(
                sentence.span(_skip_stop_starts(tokens, run_start, last + 1), last + 1)
            )
            self.offset = tokens[run_start].start
            if title and (
                normalise(title) in self.tracks or normalise(title) in self.albums
            ):
                return self.known_subject(sentence, title, None)
        if _ALBUM_ANAPHORA_RE.search(region) and self.last_album:
            album = self.albums[self.last_album]
            return (album["title"], "album", album["artist"])
        if _TRACK_ANAPHORA_RE.search(region):
            recent = [
                key
                for key, paragraph in self.track_order
                if paragraph == sentence.paragraph
            ]
            if recent:
                track = self.tracks[recent[-1]]
                return (track["title"], "track", ", ".join(track["performers"][:1]))
        return None

    def known_subject(self, sentence, title, end):
        key = normalise(title)
        if key in self.albums or _ALBUM_WORDS_RE.search(title):
            album = self.album(sentence, title)
            return (album["title"], "album", album["artist"])
        track = self.tracks.get(key)
        if track is None:
            track = self.track(sentence, title)
            if end is not None:
                index = sentence.index_at(end)
                if index < len(sentence.tokens) and sentence.tokens[index].text == "by":
                    _unique(track["performers"], _names(sentence, index + 1, limit=3))
        return (
            track["title"],
            "track",
            track["performers"][0] if track["performers"] else "",
        )

    def chart_peak(
        self, sentence, subject, number, top_n, after, before, label, hedged
    ):
        if number is None:
            return
        if subject is None:
            self.suggest(
                f"A chart peak ({label}) of an unnamed track or album", sentence
            )
            return
        title, kind, artist = subject
        if hedged:
            self.suggest(f"“{title}”: {label}, but the text hedges", sentence)
            return
        value = chart_fact_value(title, kind, artist)
        value.update(position=number, top_n=top_n)
        weeks = _WEEKS_RE.search(after[:60]) or _WEEKS_RE.search(before[-60:])
        if weeks:
            value["weeks_at_peak"] = _number(weeks.group(1))
        year = _IN_YEAR_RE.search(after[:80])
        if year:
            value["year"] = int(year.group(1))
        chart = _chart_in(after[:100])
        if chart:
            value["chart"], value["chart_other"] = chart
            if not self.chart_fits(kind, chart[0]):
                self.suggest(
                    f"“{title}”: {label} on the {chart[1] or _CHART_NAMES[chart[0]]}, "
                    f"an unlikely chart for {'an album' if kind == 'album' else 'a track'}",
                    sentence,
                )
                return
            self.add(sentence, "chart_fact", value)
            return
        slot = self.add(sentence, "chart_fact", value, keep=None)
        self.pending.append(_Pending(slot, kind, sentence.charts, label))

    def chart_fits(self, kind, chart):
        if kind == "album":
            return chart not in _SINGLES_CHARTS
        return chart not in _ALBUM_CHARTS

    def resolve_pending(self):
        for pending in self.pending:
            value = pending.slot.value
            for charts in (pending.sentence_charts, self.post_charts):
                fitting = {
                    chart for chart in charts if self.chart_fits(pending.kind, chart)
                }
                if len(fitting) == 1:
                    value["chart"] = fitting.pop()
                    pending.slot.keep = True
                    break
                if fitting:
                    break
            if not pending.slot.keep:
                pending.slot.keep = False
                self.suggestions.append(
                    f"“{value['subject_title']}”: {pending.label}, but on which chart?"
                    f" — “{pending.slot.sentence}”"
                )

    def certification(self, sentence, subject, match, clause, hedged):
        number, word, multi, level = match.groups()
        level = level.lower()
        if multi:
            self.suggest(
                f"“{subject[0] if subject else '?'}”: multi-{level}, but how many times?",
                sentence,
            )
            return
        multiplier = (
            int(number) if number else _MULTIPLIER_WORDS.get((word or "").lower())
        )
        certifier, other = _certifier_in(clause)
        label = f"{multiplier}x {level}" if multiplier and multiplier > 1 else level
        if subject is None:
            self.suggest(
                f"A {label} certification of an unnamed track or album", sentence
            )
            return
        title, kind, artist = subject
        if hedged or not certifier:
            reason = "the text hedges" if hedged else "certified by whom?"
            self.suggest(f"“{title}”: {label}, but {reason}", sentence)
            return
        value = chart_fact_value(title, kind, artist)
        value.update(
            fact_kind="certification",
            certifier=certifier,
            certifier_other=other,
            level=level,
            multiplier=multiplier if multiplier and multiplier > 1 else None,
        )
        year = _IN_YEAR_RE.search(clause)
        if year:
            value["year"] = int(year.group(1))
        self.add(sentence, "chart_fact", value)

    # Locations

    def locations_of(self, sentence):
        norm, tokens = sentence.norm, sentence.tokens
        for match in _FILMED_RE.finditer(norm):
            index = sentence.index_at(match.end())
            while True:
                if index < len(tokens) and tokens[index].text == "the":
                    index += 1
                end = _run_forward(tokens, index, _PLACE_CONNECTORS, max_words=6)
                if end is None:
                    break
                name = sentence.span(index, end)
                if not self.place_ok(name, tokens[index]):
                    break
                region = country = ""
                after_end = end
                if (
                    end + 1 < len(tokens)
                    and tokens[end].text == ","
                    and tokens[end + 1].cap
                ):
                    second_end = _run_forward(
                        tokens, end + 1, _PLACE_CONNECTORS, max_words=4
                    )
                    second = sentence.span(end + 1, second_end)
                    listed = second_end < len(tokens) and tokens[second_end].text in (
                        ",",
                        "and",
                    )
                    if second in _US_STATES or second in _CANADIAN_PROVINCES:
                        region = second
                        country = "United States" if second in _US_STATES else "Canada"
                        after_end = second_end
                    elif second in _COUNTRIES:
                        country, after_end = second, second_end
                    elif not listed and not _PLACE_WORDS_RE.search(second):
                        region, after_end = second, second_end
                self.offset = tokens[index].start
                location = self.location(sentence, name)
                location["kind"] = (
                    "studio"
                    if re.search(r"\b(?:Studios?|Stages?|Backlot)\b", name)
                    else location["kind"]
                )
                location["region"] = location["region"] or region
                location["country"] = location["country"] or country
                if not location["country"] and name in _US_STATES:
                    location["country"] = "United States"
                self.coordinates(sentence, location, tokens[after_end - 1].end)
                if (
                    after_end + 1 < len(tokens)
                    and tokens[after_end].text == "and"
                    and tokens[after_end + 1].cap
                ):
                    index = after_end + 1
                    continue
                break
        for match in _DOUBLED_RE.finditer(norm):
            verb = sentence.index_at(match.start())
            start = _run_backward(tokens, verb - 1, _PLACE_CONNECTORS, max_words=6)
            target_index = sentence.index_at(match.end())
            article = ""
            if (
                target_index < len(tokens)
                and tokens[target_index].text.lower() == "the"
            ):
                article = sentence.span(target_index, target_index + 1) + " "
                target_index += 1
            target_end = _run_forward(
                tokens, target_index, _PLACE_CONNECTORS, max_words=6
            )
            if start is None or target_end is None:
                continue
            start = _skip_stop_starts(tokens, start, verb)
            if tokens[start].text == "The":
                start += 1
            if start >= verb:
                continue
            name = sentence.span(start, verb)
            target = article + sentence.span(target_index, target_end)
            if not self.place_ok(name, tokens[start]) or sentence.person_context:
                continue
            places = (name, target.removeprefix(article))
            evidence = (
                any(
                    place in _US_STATES
                    or place in _COUNTRIES
                    or place in _CANADIAN_PROVINCES
                    or _PLACE_WORDS_RE.search(place)
                    for place in places
                )
                or sentence.filming_context
            )
            if not evidence:
                self.suggest(
                    f"Possible location: {name}, standing in for {target}", sentence
                )
                continue
            self.offset = tokens[start].start
            location = self.location(sentence, name)
            location["stood_in_for"] = location["stood_in_for"] or target
            if not location["country"] and name in _US_STATES:
                location["country"] = "United States"

    def place_ok(self, name, first):
        words = name.split()
        return bool(
            words
            and not first.text[0].isdigit()
            and words[0] not in _MONTH_NAMES
            and words[0] not in _NOT_PLACES
            and words[0] not in _STOP_STARTS
            and not name.endswith("'s")
            and normalise(name) != self.film_key
        )

    def location(self, sentence, name):
        key = normalise(name)
        if key not in self.locations:
            value = location_value(name)
            self.locations[key] = value
            self.add(sentence, "location", value)
        return self.locations[key]

    def coordinates(self, sentence, location, offset):
        match = _COORDINATES_RE.match(sentence.norm[offset : offset + 80])
        if not match or location["latitude"] is not None:
            return
        latitude, north, longitude, east = match.groups()
        latitude = float(latitude) * (1 if north == "N" else -1)
        longitude = float(longitude) * (1 if east == "E" else -1)
        if -90 <= latitude <= 90 and -180 <= longitude <= 180:
            location["latitude"], location["longitude"] = latitude, longitude

    # The film

    def film_of(self, sentence):
        if self.post.film_title and self.post.film_year:
            return
        tokens = sentence.tokens
        for match in _FILM_YEAR_RE.finditer(sentence.norm):
            year = int(match.group(1))
            if not 1880 <= year <= 2100:
                continue
            index = sentence.index_at(match.start()) - 1
            if index >= 0 and tokens[index].text == CLOSE:
                close = tokens[index].end
                quote = next(
                    (
                        text
                        for text, _start, end in sentence.quotes_within(0, close)
                        if end == close
                    ),
                    "",
                )
                title = _clean_title(quote)
            else:
                start = _run_backward(tokens, index, _TITLE_CONNECTORS, max_words=8)
                if start is None:
                    continue
                start = _skip_stop_starts(tokens, start, index + 1)
                title = _clean_title(sentence.span(start, index + 1))
            key = normalise(title)
            if not title or key in self.tracks or key in self.albums:
                continue
            if self.post.film_title:
                if key == self.film_key or key.endswith(" " + self.film_key):
                    self.post.film_year = year
                    self.film_sentence = sentence.display
                    return
                continue
            if _FILM_CUE_RE.search(sentence.norm):
                self.post.film_title, self.post.film_year = title, year
                self.film_key = key
                self.film_sentence = sentence.display
                return
            self.suggest(f"Possible film: {title} ({year})", sentence)


def _fits(value):
    """Whether a block value is within its block's limits (names of 255 characters)."""
    for key, item in value.items():
        items = item if isinstance(item, list) else [item]
        if key != "note" and any(isinstance(x, str) and len(x) > 255 for x in items):
            return False
    return not (value.get("multiplier") or 0) > 100


def _number(text):
    text = (text or "").lower()
    if text.isdigit():
        return int(text) or None
    return _NUMBER_WORDS.get(text)


def _verb_index(tokens, first, verbs):
    for index in range(first - 1, max(-1, first - 6), -1):
        if tokens[index].text.lower() in verbs:
            return index
    return None


_CHART_WORD_RE = re.compile(r"\bcharts?\b", re.IGNORECASE)


def _chart_in(text):
    """``(chart key, other name)`` of the first chart named in ``text``, or None.

    A chart not in the list is the capitalised words before "chart" ("the Oricon
    chart") or after "Billboard"."""
    best = None
    for pattern, key in _CHARTS:
        match = pattern.search(text)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), key)
    for match in _CHART_WORD_RE.finditer(text):
        if best is not None and match.start() > best[0]:
            break
        words = text[max(0, match.start() - 80) : match.start()].split()[-5:]
        name = []
        for word in reversed(words):
            if not (word[:1].isupper() or word[:1].isdigit()) or word in (
                "The",
                "US",
                "UK",
                "U.S.",
            ):
                break
            name.insert(0, word)
        if name:
            return ("other", " ".join(name))
        break
    if best is not None:
        return (best[1], "")
    match = re.search(r"\bBillboard\s", text)
    if match:
        words = []
        for word in text[match.end() : match.end() + 80].split()[:4]:
            if not word[:1].isupper():
                break
            words.append(word.rstrip(".,;:"))
        if words:
            return ("other", "Billboard " + " ".join(words))
    return None


def _certifier_in(text):
    for pattern, key in _CERTIFIERS:
        if pattern.search(text):
            return key, ""
    return "", ""


# -- Entry point ----------------------------------------------------------------------


def extract_facts(post):
    """Add fact blocks to ``post.body`` (each after the paragraph it comes from), list
    them in ``post.facts`` as ``{kind, value, sentence}`` and the unsure ones in
    ``post.suggestions``; set the film's title and year when the post names them.

    Running it twice adds nothing the second time.
    """
    if post.facts or post.suggestions:
        return
    if not post.film_title:
        _title, film_title, film_year = split_film_suffix(post.title)
        if film_title:
            post.film_title, post.film_year = film_title, post.film_year or film_year
    extractor = _Extractor(post)
    sentences = []
    for index, (kind, value) in enumerate(post.body):
        if kind == "paragraph" and isinstance(value, str):
            sentences += _sentences(_paragraph_text(value), index)
    extractor.run(sentences)

    body, facts = [], []
    for index, block in enumerate(post.body):
        body.append(block)
        for slot in sorted(extractor.slots.get(index, []), key=lambda slot: slot.order):
            if slot.keep and not _fits(slot.value):
                extractor.suggestions.append(
                    f"A {slot.kind.replace('_', ' ')} with a name too long for its block"
                    f" — “{slot.sentence}”"
                )
            elif slot.keep:
                body.append((slot.kind, slot.value))
                facts.append(
                    {"kind": slot.kind, "value": slot.value, "sentence": slot.sentence}
                )
    post.body = body
    if post.film_title:
        facts.insert(
            0,
            {
                "kind": "film",
                "value": {"title": post.film_title, "year": post.film_year},
                "sentence": extractor.film_sentence or post.title,
            },
        )
    post.facts = facts
    post.suggestions = extractor.suggestions
