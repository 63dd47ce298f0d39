"""What ``load_montage_demo`` writes: the pages' fields and the feature's blocks.

Every sentence here was written for this demo. Block values are in the JSON form
Wagtail stores (``{"type": ..., "value": ...}``), the same form an importer sends.

The video ids are placeholders: the site builds YouTube players locally and makes
no request, so any well-formed id renders; an editor pastes the real clip's URL.
"""

from wagtail_montage.blocks.charts import chart_fact_data

SITE_NAME = "Montage demo"

HOME = {
    "slug": "home",
    "title": "Montage demo",
    "intro": (
        "<p>Film scenes worth rewinding, and the music playing under them: who wrote "
        "each track, who performs it, how it charted and where the cameras really "
        "were. This is the example site of <i>wagtail-montage</i>.</p>"
    ),
}

INDEX = {
    "slug": "features",
    "title": "Features",
    "show_in_menus": True,
    "intro": (
        "<p>Close looks at single scenes: the clip, its chapters, its soundtrack "
        "and its filming locations.</p>"
    ),
}

IMAGE_TITLE = "Snowbound peaks (demo illustration)"
IMAGE_FILENAME = "montage-demo-snowbound-peaks.jpg"
IMAGE_ALT_TEXT = (
    "Illustration: snow-capped peaks above a small farm cabin and a stack of logs"
)

ALBUM_TITLE = "Rocky IV: Original Motion Picture Soundtrack"
VIDEO_URL = "https://www.youtube.com/watch?v=Rk4TrnSnw85"
# The second sequence starts at 3:10 in the clip.
SECOND_SEQUENCE_URL = VIDEO_URL + "&t=190"

FEATURE = {
    "slug": "rocky-iv-training-in-the-snow",
    "title": "Rocky gets ready in the snow [Rocky IV]",
    "teaser": (
        "Rocky Balboa prepares for Ivan Drago in two training sequences on a "
        "snowbound farm, each set to its own song. Here is the music under them, "
        "how it charted, and the Wyoming valley that played the Soviet Union."
    ),
    "film_title": "Rocky IV",
    "film_year": 1985,
    # The one identifier stated here: IMDb's title of Rocky IV (1985). The
    # tracks, albums and places carry none rather than a guess.
    "film_imdb_id": "tt0089927",
    "video_url": VIDEO_URL,
}

FEATURE_TAGS = ["High Eighties", "Rocky", "Training montage"]

ALTERNATE_TITLES = [
    {
        "type": "alternate_title",
        "value": {
            "title": "Rocky IV: Rocky vs. Drago",
            "year": 2021,
            "note": "Re-release",
        },
    }
]

SEGMENTS = [
    {
        "type": "video_segment",
        "value": {
            "label": "Sequence 1: the farm",
            "start": "0:00",
            "end": "3:10",
            "track_title": "Training Montage",
            "description": "Chores become a workout: splitting logs, hauling, lifting.",
        },
    },
    {
        "type": "video_segment",
        "value": {
            "label": "Sequence 2: the mountain",
            "start": "3:10",
            "end": "6:05",
            "track_title": "Heart's on Fire",
            "description": "Out into the open, up through the drifts, to the summit.",
        },
    },
]


def _paragraph(html):
    return {"type": "paragraph", "value": html}


def _heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def _track(title, composers=(), performers=(), usage="featured", album=True, notes=""):
    return {
        "type": "track",
        "value": {
            "title": title,
            "composers": list(composers),
            "performers": list(performers),
            "usage": usage,
            "album_title": ALBUM_TITLE if album else "",
            "notes": notes,
        },
    }


def _chart_fact(subject_title, **fields):
    value = chart_fact_data(subject_title=subject_title, **fields)
    return {"type": "chart_fact", "value": value}


def _location(name, kind="filming_location", **fields):
    value = {
        "name": name,
        "kind": kind,
        "region": "",
        "country": "",
        "stood_in_for": "",
        "latitude": None,
        "longitude": None,
        "note": "",
    }
    value.update(fields)
    return {"type": "location", "value": value}


def feature_body(image, index_page):
    """The feature's body: every block type, in the order a reader meets them."""
    return [
        _paragraph(
            "<p>Halfway through <i>Rocky IV</i> the dialogue stops and the music "
            "takes over. Rocky has travelled to the Soviet Union to face Ivan Drago, "
            "and he prepares the old-fashioned way, on an isolated farm buried in "
            "snow. The film gives this stretch two sequences, cut one after the "
            "other, and a different song for each.</p>"
        ),
        _heading("Two sequences, two songs"),
        _paragraph(
            "<p>The first sequence plays under Vince DiCola's instrumental "
            "<i>Training Montage</i>. Rocky chops wood and turns the farm's chores "
            "into exercise while the synthesizers keep climbing underneath. No "
            "singer ever comes in; the tension is all in the arrangement.</p>"
        ),
        _paragraph(
            "<p>The second belongs to <i>Heart's on Fire</i>, sung by John "
            "Cafferty. The camera leaves the farm behind and follows Rocky through "
            "deep snow and up the slopes until he stands on a peak, fists in the "
            "air. DiCola wrote the song with Joe Esposito and Ed Fruge.</p>"
        ),
        {
            "type": "image",
            "value": {
                "image": image.pk,
                "alt_text": IMAGE_ALT_TEXT,
                "decorative": False,
            },
        },
        _heading("The soundtrack"),
        _paragraph(
            "<p>This is the one film of the series without a Bill Conti score. "
            "DiCola composed the new music, and the rest of the soundtrack is made "
            "of songs built for the radio. Conti still gets a moment: his "
            "<i>Going the Distance</i> returns near the end of the Drago fight.</p>"
        ),
        _track(
            "Training Montage",
            composers=["Vince DiCola"],
            usage="background",
            notes="Instrumental; it carries the first training sequence.",
        ),
        _track(
            "Heart's on Fire",
            composers=["Vince DiCola", "Joe Esposito", "Ed Fruge"],
            performers=["John Cafferty"],
            notes="The song of the second training sequence.",
        ),
        _track(
            "Burning Heart",
            performers=[{"name": "Survivor", "role": "", "kind": "group"}],
            notes="Sylvester Stallone asked the band for it.",
        ),
        _track("Living in America", performers=["James Brown"]),
        _track("No Easy Way Out", performers=["Robert Tepper"]),
        _track(
            "Going the Distance",
            composers=["Bill Conti"],
            usage="score",
            album=False,
            notes="Conti's theme from the earlier films, brought back for the last rounds.",
        ),
        {
            "type": "album",
            "value": {
                "title": ALBUM_TITLE,
                "artist": "",
                "record_label": "Scotti Bros. Records",
                "release_date": "1985-11-27",
                "notes": "DiCola's instrumentals share the record with the songs.",
            },
        },
        _heading("On the charts", level="h3"),
        _paragraph(
            "<p>The songs did at least as well outside the cinema as in it.</p>"
        ),
        _chart_fact(
            "Burning Heart",
            artist="Survivor",
            chart="billboard_hot_100",
            position=2,
            year=1986,
        ),
        _chart_fact(
            "No Easy Way Out",
            artist="Robert Tepper",
            chart="billboard_hot_100",
            position=22,
        ),
        _chart_fact(
            ALBUM_TITLE,
            subject_kind="album",
            chart="billboard_200",
            position=10,
            top_n=True,
        ),
        _chart_fact(
            ALBUM_TITLE,
            subject_kind="album",
            fact_kind="certification",
            certifier="riaa",
            level="platinum",
        ),
        _heading("Where the snow came from"),
        _paragraph(
            "<p>None of this was shot in the Soviet Union. Wyoming took its place: "
            "the small farm where Rocky and his crew hole up was in Jackson Hole, "
            "and much of the outdoor footage comes from Grand Teton National "
            "Park.</p>"
        ),
        _location(
            "Jackson Hole",
            region="Wyoming",
            country="United States",
            stood_in_for="the Soviet Union",
            latitude=43.48,
            longitude=-110.76,
            note="The farm where Rocky and his crew stay.",
        ),
        _location(
            "Grand Teton National Park",
            region="Wyoming",
            country="United States",
            stood_in_for="the Soviet Union",
            latitude=43.79,
            longitude=-110.68,
            note="Many of the outdoor shots.",
        ),
        _location(
            "the Soviet Union",
            kind="setting",
            note=(
                "As the film presents it: a frozen, empty countryside far from "
                "any city. I always imagined it was Siberia."
            ),
        ),
        _heading("Why it still works"),
        _paragraph(
            "<p>For anyone who grew up in the High Eighties, these minutes are "
            "time travel: the synthesizers, the gated drums, the faith that snow "
            "and stubbornness can beat any machine. They lived on outside the "
            "cinema too. Many of us remember taekwondo tournament tapes, dubbed "
            "and re-dubbed on VHS, with the day's best kicks cut to "
            "<i>Heart's on Fire</i> or <i>Burning Heart</i>. Watch the sequences "
            "again and it is obvious why every club's video editor reached for "
            "the same songs.</p>"
        ),
        {
            "type": "quote",
            "value": {
                "text": (
                    "Give a man enough snow and one good synthesizer line and he "
                    "will run up any mountain you point at."
                ),
                "attribution": SITE_NAME,
            },
        },
        _paragraph("<p>The second sequence on its own, from its first note:</p>"),
        {"type": "embed", "value": SECOND_SEQUENCE_URL},
        {
            "type": "details",
            "value": {
                "title": "Details",
                "rows": [
                    {"label": "Film", "value": "Rocky IV"},
                    {"label": "Year", "value": "1985"},
                    {
                        "label": "Re-released as",
                        "value": "Rocky IV: Rocky vs. Drago (2021)",
                    },
                    {"label": "Director", "value": "Sylvester Stallone"},
                    {
                        "label": "Music",
                        "value": "Vince DiCola, with themes by Bill Conti",
                    },
                    {
                        "label": "Soundtrack",
                        "value": "Scotti Bros. Records, 27 November 1985",
                    },
                    {
                        "label": "Filmed in",
                        "value": "Wyoming: Jackson Hole and Grand Teton National Park",
                    },
                    {"label": "Presented as", "value": "The Soviet Union"},
                ],
            },
        },
        {
            "type": "related_links",
            "value": {
                "heading": "More info and movies",
                "links": [
                    {"title": "More video features", "page": index_page.pk, "url": ""},
                    {
                        "title": "Rocky IV on Wikipedia",
                        "page": None,
                        "url": "https://en.wikipedia.org/wiki/Rocky_IV",
                    },
                    {
                        "title": "Rocky IV on IMDb",
                        "page": None,
                        "url": "https://www.imdb.com/title/tt0089927/",
                    },
                ],
            },
        },
    ]


# Reader comments on the feature, oldest first. ``key`` and ``reply_to`` only tie
# a reply to its parent here; ``days_ago`` dates each comment from the first load.
# The addresses are example.com and example.org ones, the IP addresses are from
# TEST-NET-1 (192.0.2.0/24): documentation ranges that belong to nobody.
_FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
_SAFARI = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"
)


def _comment(key, author_name, email, body, days_ago, ip_address, **fields):
    return {
        "key": key,
        "reply_to": fields.pop("reply_to", None),
        "author_name": author_name,
        "email": email,
        "website": fields.pop("website", ""),
        "body": body,
        "status": fields.pop("status", "approved"),
        "days_ago": days_ago,
        "ip_address": ip_address,
        "user_agent": fields.pop("user_agent", _FIREFOX),
    }


COMMENTS = [
    _comment(
        "rewound-tape",
        "Dana Whitfield",
        "dana.whitfield@example.com",
        "We rented this on VHS so many times that the tape went wobbly right at the "
        "farm sequence. My brother and I would pause it and try to pull the sled the "
        "way Rocky does. We could not.",
        days_ago=41,
        ip_address="192.0.2.14",
    ),
    _comment(
        "wobbly-synths",
        "Marco Bellini",
        "marco.bellini@example.org",
        "The wobble in the synthesizers! For years I thought that was simply how "
        "Training Montage was supposed to sound.",
        days_ago=40,
        ip_address="192.0.2.23",
        reply_to="rewound-tape",
        website="https://example.org/marco",
        user_agent=_SAFARI,
    ),
    _comment(
        "tournament-tapes",
        "Ji-woo Han",
        "jiwoo.han@example.com",
        "Every taekwondo tournament tape our club made in the late eighties opened "
        "with Heart's on Fire over slow-motion jump kicks. Whoever edited them owned "
        "two VCRs and exactly one cassette of this soundtrack. I hear the opening "
        "bars and I can smell the gym mats.",
        days_ago=33,
        ip_address="192.0.2.37",
    ),
    _comment(
        "breaking-boards",
        "Tomasz Nowak",
        "tomasz.nowak@example.org",
        "Ours used Burning Heart for the board-breaking demonstrations, cut so that "
        "the last board split on the final chord. Our instructor spent a whole "
        "weekend between the two video recorders to get it right.",
        days_ago=32,
        ip_address="192.0.2.52",
        reply_to="tournament-tapes",
    ),
    _comment(
        "final-chord",
        "Ji-woo Han",
        "jiwoo.han@example.com",
        "Boards breaking on the final chord: nothing has ever been more 1988. I hope "
        "that tape survived somewhere.",
        days_ago=31,
        ip_address="192.0.2.37",
        reply_to="breaking-boards",
    ),
    _comment(
        "where-filmed",
        "Sam Okafor",
        "sam.okafor@example.org",
        "Where was the mountain part filmed? The snow looks real and those slopes "
        "look far too steep for a studio.",
        days_ago=12,
        ip_address="192.0.2.81",
        user_agent=_SAFARI,
    ),
    _comment(
        "filmed-in-wyoming",
        "Lena (Montage demo)",
        "lena@example.com",
        "It is real snow, just not Soviet snow. The farm was near Jackson Hole, "
        "Wyoming, and much of the outdoor footage comes from Grand Teton National "
        "Park. The section “Where the snow came from” above lists both places.",
        days_ago=11,
        ip_address="192.0.2.5",
        reply_to="where-filmed",
    ),
    _comment(
        "rocky-vs-drago-cut",
        "Chris Mendes",
        "chris.mendes@example.com",
        "Were the two sequences cut differently in Rocky IV: Rocky vs. Drago? I "
        "remember the farm part being longer, but that may just be my memory.",
        days_ago=1,
        ip_address="192.0.2.99",
        # Waits in the admin for a moderator.
        status="pending",
    ),
]
