"""Facts from prose -> fact blocks beside their paragraph, listed for the report;
unsure ones as suggestions. Every block the extractor writes is valid for its block."""

from pathlib import Path

import pytest

from wagtail_montage.blocks.body import VideoFeatureBodyBlock
from wagtail_montage.importers.extraction import extract_facts
from wagtail_montage.importers.html import parse_html
from wagtail_montage.importers.types import ParsedPost
from wagtail_montage.importers.wordpress import parse_wxr

FIXTURES = Path(__file__).parent / "fixtures"
ALBUM = "Rocky IV: Original Motion Picture Soundtrack"
BODY_BLOCK = VideoFeatureBodyBlock()


def from_fixture(name):
    post = parse_html((FIXTURES / name).read_bytes(), name)
    extract_facts(post)
    return post


def extract(*paragraphs, title="A post"):
    post = ParsedPost(
        source="test",
        key="test",
        title=title,
        body=[("paragraph", f"<p>{text}</p>") for text in paragraphs],
    )
    extract_facts(post)
    return post


def found(post, kind=None):
    """The facts as ``(kind, the value's filled-in fields)``."""
    return [
        (
            fact["kind"],
            {
                key: value
                for key, value in fact["value"].items()
                if value not in ("", None, [], False)
            },
        )
        for fact in post.facts
        if kind is None or fact["kind"] == kind
    ]


def values(post, kind):
    return [value for _kind, value in found(post, kind)]


def kinds(post):
    return [kind for kind, _value in post.body]


def assert_valid_blocks(post):
    for kind, value in post.body:
        if kind in ("track", "album", "chart_fact", "location"):
            block = BODY_BLOCK.child_blocks[kind]
            block.clean(block.to_python(value))


# -- The fixtures -----------------------------------------------------------------


def test_wordpress_theme_post_facts():
    post = from_fixture("wordpress_theme_post.html")
    assert found(post) == [
        ("film", {"title": "Rocky IV", "year": 1985}),
        (
            "location",
            {
                "name": "Wyoming",
                "kind": "filming_location",
                "country": "United States",
                "stood_in_for": "the Soviet Union",
            },
        ),
        (
            "location",
            {
                "name": "Jackson Hole",
                "kind": "filming_location",
                "region": "Wyoming",
                "country": "United States",
            },
        ),
        ("location", {"name": "Grand Teton National Park", "kind": "filming_location"}),
        (
            "track",
            {
                "title": "Training Montage",
                "composers": ["Vince DiCola"],
                "usage": "background",
                "album_title": ALBUM,
            },
        ),
        (
            "track",
            {
                "title": "Heart’s on Fire",
                "composers": ["Vince DiCola", "Joe Esposito", "Ed Fruge"],
                "performers": ["John Cafferty"],
                "usage": "featured",
                "album_title": ALBUM,
            },
        ),
        (
            "album",
            {
                "title": ALBUM,
                "record_label": "Scotti Bros. Records",
                "release_date": "1985-11-27",
            },
        ),
        (
            "chart_fact",
            {
                "subject_title": ALBUM,
                "subject_kind": "album",
                "fact_kind": "chart_peak",
                "chart": "billboard_200",
                "position": 10,
                "top_n": True,
            },
        ),
        (
            "chart_fact",
            {
                "subject_title": ALBUM,
                "subject_kind": "album",
                "fact_kind": "certification",
                "certifier": "riaa",
                "level": "platinum",
            },
        ),
        (
            "track",
            {"title": "Burning Heart", "performers": ["Survivor"], "usage": "featured"},
        ),
        (
            "chart_fact",
            {
                "subject_title": "Burning Heart",
                "subject_kind": "track",
                "artist": "Survivor",
                "fact_kind": "chart_peak",
                "chart": "billboard_hot_100",
                "position": 2,
            },
        ),
        (
            "track",
            {
                "title": "No Easy Way Out",
                "performers": ["Robert Tepper"],
                "usage": "featured",
            },
        ),
        (
            # "hit No. 22" names no chart: the sentence's only singles chart is used.
            "chart_fact",
            {
                "subject_title": "No Easy Way Out",
                "subject_kind": "track",
                "artist": "Robert Tepper",
                "fact_kind": "chart_peak",
                "chart": "billboard_hot_100",
                "position": 22,
            },
        ),
    ]
    assert post.suggestions == []
    assert (post.film_title, post.film_year) == ("Rocky IV", 1985)


def test_fact_blocks_follow_their_paragraph():
    post = from_fixture("wordpress_theme_post.html")
    assert kinds(post) == [
        "paragraph",
        "location",
        "location",
        "location",
        "heading",
        "paragraph",
        "track",
        "track",
        "paragraph",
        "album",
        "chart_fact",
        "chart_fact",
        "paragraph",
        "track",
        "chart_fact",
        "track",
        "chart_fact",
        "paragraph",
        "quote",
        "image",
        "paragraph",
        "paragraph",
    ]
    assert_valid_blocks(post)


def test_facts_name_their_sentence():
    post = from_fixture("wordpress_theme_post.html")
    by_kind = {fact["kind"]: fact["sentence"] for fact in post.facts}
    assert by_kind["album"] == (
        "Both tracks appear on “Rocky IV: Original Motion Picture Soundtrack”, released "
        "on 27 November 1985 by Scotti Bros. Records."
    )
    assert by_kind["film"].startswith("Rocky IV (1985) sends its hero east")


def test_blogger_post_facts_and_suggestions():
    post = from_fixture("blogger_post.html")
    assert found(post) == [
        ("film", {"title": "Rocky IV", "year": 1985}),
        ("track", {"title": "Training Montage", "usage": "background"}),
        (
            "track",
            {
                "title": "Heart's on Fire",  # no quotes: "set to" and its credits
                "composers": ["Vince DiCola", "Joe Esposito", "Ed Fruge"],
                "performers": ["John Cafferty"],
                "usage": "featured",
            },
        ),
        (
            "track",
            {"title": "Burning Heart", "performers": ["Survivor"], "usage": "featured"},
        ),
        (
            "chart_fact",
            {
                "subject_title": "Burning Heart",
                "subject_kind": "track",
                "artist": "Survivor",
                "fact_kind": "chart_peak",
                "chart": "billboard_hot_100",
                "position": 2,
            },
        ),
        (
            "chart_fact",
            {
                "subject_title": "Burning Heart",
                "subject_kind": "track",
                "artist": "Survivor",
                "fact_kind": "chart_peak",
                "chart": "uk_singles",
                "position": 5,
            },
        ),
        (
            "track",
            {
                "title": "No Easy Way Out",
                "performers": ["Robert Tepper"],
                "usage": "featured",
            },
        ),
        (
            "track",
            {
                "title": "Snowblind Run",
                "performers": ["The Tundra Pilots"],
                "usage": "featured",
            },
        ),
        (
            "location",
            {
                "name": "Wyoming",
                "kind": "filming_location",
                "country": "United States",
                "stood_in_for": "the Soviet Union",
            },
        ),
        (
            "location",
            {
                "name": "Grand Teton National Park",
                "kind": "filming_location",
                "latitude": 43.79,
                "longitude": -110.68,
            },
        ),
    ]
    # A certification with no certifier (and no album named) is unsure; so is
    # "hit No. 22" with two singles charts in the post.
    assert [suggestion.split(" — ")[0] for suggestion in post.suggestions] == [
        "A gold certification of an unnamed track or album",
        "“No Easy Way Out”: No. 22, but on which chart?",
    ]
    assert_valid_blocks(post)


def test_plain_page_facts():
    post = from_fixture("plain_densest.html")
    assert [
        (kind, value.get("title") or value.get("subject_title") or value.get("name"))
        for kind, value in found(post)
    ] == [
        ("track", "Heart's on Fire"),
        ("track", "Burning Heart"),
        ("chart_fact", "Burning Heart"),
        ("location", "Jackson Hole"),
    ]
    assert [suggestion.split(" — ")[0] for suggestion in post.suggestions] == [
        "An album on Scotti Bros. Records, but its title is not named"
    ]


def test_wordpress_export_facts():
    posts, _errors = parse_wxr((FIXTURES / "export.xml").read_bytes(), "export.xml")
    post = posts[0]
    extract_facts(post)
    assert [kind for kind, _value in found(post)] == [
        "film",
        "location",
        "location",
        "track",
        "track",
    ]
    # "... but it peaked at No. 2": "it" is too vague to name the subject.
    assert [suggestion.split(" — ")[0] for suggestion in post.suggestions] == [
        "A chart peak (No. 2) of an unnamed track or album"
    ]
    assert_valid_blocks(post)


def test_extraction_runs_once():
    post = from_fixture("wordpress_theme_post.html")
    body, facts = list(post.body), list(post.facts)
    extract_facts(post)
    assert post.body == body
    assert post.facts == facts


# -- Tracks -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "track"),
    [
        (
            "The chase is set to “Paper Moons”.",
            {"title": "Paper Moons", "usage": "featured"},
        ),
        (
            "The scene uses “Paper Moons” as background music.",
            {"title": "Paper Moons", "usage": "background"},
        ),
        (
            "It plays “Paper Moons”, an instrumental written by Ada Lane.",
            {"title": "Paper Moons", "composers": ["Ada Lane"], "usage": "background"},
        ),
        (
            "“Paper Moons” was composed by Ada Lane, Bo Sato, and Cy Young.",
            {
                "title": "Paper Moons",
                "composers": ["Ada Lane", "Bo Sato", "Cy Young"],
                "usage": "featured",
            },
        ),
        (
            "“Paper Moons” (performed by The Lanterns) closes the film over the end credits.",
            {
                "title": "Paper Moons",
                "performers": ["The Lanterns"],
                "usage": "end_credits",
            },
        ),
        (
            "The montage is cut to “Paper Moons” by The Lanterns.",
            {
                "title": "Paper Moons",
                "performers": ["The Lanterns"],
                "usage": "featured",
            },
        ),
        (
            "The Lanterns’ fans know The Lanterns’s “Paper Moons” well.",
            {
                "title": "Paper Moons",
                "performers": ["The Lanterns"],
                "usage": "featured",
            },
        ),
        (
            "The montage is set to <i>Paper Moons</i> by The Lanterns.",
            {
                "title": "Paper Moons",
                "performers": ["The Lanterns"],
                "usage": "featured",
            },
        ),
        (
            "One half is using Paper Moons (written by Ada Lane) as BGM and the other "
            "set to Glass Rain (composed by Bo Sato).",
            {"title": "Paper Moons", "composers": ["Ada Lane"], "usage": "background"},
        ),
    ],
)
def test_track_patterns(text, track):
    post = extract(text)
    assert values(post, "track")[0] == track
    assert_valid_blocks(post)


def test_unquoted_second_track_keeps_its_own_usage():
    post = extract(
        "One half is using Paper Moons (written by Ada Lane) as BGM and the other "
        "set to Glass Rain (composed by Bo Sato)."
    )
    assert values(post, "track")[1] == {
        "title": "Glass Rain",
        "composers": ["Bo Sato"],
        "usage": "featured",
    }


def test_mentions_of_a_track_merge_into_one_block_after_the_first():
    post = extract(
        "The finale is set to “Paper Moons”, written by Ada Lane.",
        "Later, “Paper Moons” was performed by The Lanterns on tour.",
    )
    assert values(post, "track") == [
        {
            "title": "Paper Moons",
            "composers": ["Ada Lane"],
            "performers": ["The Lanterns"],
            "usage": "featured",
        }
    ]
    assert kinds(post) == ["paragraph", "track", "paragraph"]


@pytest.mark.parametrize(
    "text",
    [
        "Drago only says “I must break you” in the whole fight.",
        "The critics called it “a triumph”, written by a fan.",
        "I always pictured Siberia, which I call “The Frozen East”.",
    ],
)
def test_quotes_without_music_are_not_tracks(text):
    assert values(extract(text), "track") == []


def test_the_film_title_is_not_a_track():
    post = extract(
        "The score of “Rocky IV” was composed by Vince DiCola.", title="X [Rocky IV]"
    )
    assert values(post, "track") == []


# -- Albums -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "album"),
    [
        (
            "It is on <i>Frost: Original Motion Picture Soundtrack</i>, released on "
            "November 27, 1985 by Polar Records.",
            {
                "title": "Frost: Original Motion Picture Soundtrack",
                "record_label": "Polar Records",
                "release_date": "1985-11-27",
            },
        ),
        (
            "The album “Glass Rain” came out in March 1990 on Tundra Music.",
            {
                "title": "Glass Rain",
                "record_label": "Tundra Music",
                "release_date": "1990-03",
            },
        ),
        (
            "Both songs are on the Frost Original Soundtrack, released in 1985.",
            {"title": "Frost Original Soundtrack", "release_date": "1985"},
        ),
    ],
)
def test_album_patterns(text, album):
    post = extract(text)
    assert values(post, "album") == [album]
    assert_valid_blocks(post)


def test_tracks_get_the_album_they_appear_on():
    post = extract(
        "The chase is set to “Paper Moons”, the finale to “Glass Rain” by The Lanterns.",
        "Both songs appear on “Frost: The Album”.",
    )
    assert [track["album_title"] for track in values(post, "track")] == [
        "Frost: The Album",
        "Frost: The Album",
    ]


# -- Chart facts ----------------------------------------------------------------------


def chart_facts(*paragraphs):
    return values(extract(*paragraphs), "chart_fact")


def test_chart_peak_with_its_chart():
    assert chart_facts(
        "“Paper Moons” by The Lanterns peaked at No. 2 on the Billboard Hot 100."
    ) == [
        {
            "subject_title": "Paper Moons",
            "subject_kind": "track",
            "artist": "The Lanterns",
            "fact_kind": "chart_peak",
            "chart": "billboard_hot_100",
            "position": 2,
        }
    ]


def test_weeks_at_number_one_and_year():
    [fact] = chart_facts(
        "“Paper Moons” by The Lanterns was No. 1 for six weeks on the UK Singles Chart in 1986."
    )
    assert fact["position"] == 1
    assert fact["weeks_at_peak"] == 6
    assert fact["chart"] == "uk_singles"
    assert fact["year"] == 1986


def test_top_n_of_an_album():
    post = extract(
        "The soundtrack “Frost: The Album” reached the top 10 of the US Billboard 200."
    )
    [fact] = values(post, "chart_fact")
    assert fact == {
        "subject_title": "Frost: The Album",
        "subject_kind": "album",
        "fact_kind": "chart_peak",
        "chart": "billboard_200",
        "position": 10,
        "top_n": True,
    }


def test_topped_means_number_one():
    [fact] = chart_facts("“Paper Moons” by The Lanterns topped the Billboard Hot 100.")
    assert (fact["position"], fact["chart"]) == (1, "billboard_hot_100")


def test_a_chart_not_in_the_list_is_other():
    [fact] = chart_facts(
        "“Paper Moons” by The Lanterns peaked at No. 3 on the Oricon chart."
    )
    assert (fact["chart"], fact["chart_other"]) == ("other", "Oricon")


def test_the_album_means_the_last_album_named():
    post = extract(
        "Everything is on “Frost: The Album”.",
        "The album itself climbed to No. 4 on the Billboard 200.",
    )
    [fact] = values(post, "chart_fact")
    assert fact["subject_title"] == "Frost: The Album"
    assert fact["subject_kind"] == "album"


def test_a_chart_named_once_in_the_post_names_a_bare_peak():
    post = extract(
        "“Paper Moons” by The Lanterns peaked at No. 2 on the Billboard Hot 100.",
        "The second song in the film, “Glass Rain”, hit No. 22.",
    )
    assert [
        (f["subject_title"], f["chart"], f["position"])
        for f in values(post, "chart_fact")
    ] == [
        ("Paper Moons", "billboard_hot_100", 2),
        ("Glass Rain", "billboard_hot_100", 22),
    ]
    assert post.suggestions == []


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Their single “Glass Rain” hit No. 22.",),
        (
            "“Paper Moons” by The Lanterns peaked at No. 2 on the Billboard Hot 100 and "
            "No. 5 on the UK Singles Chart.",
            "The second song in the film, “Glass Rain”, hit No. 22.",
        ),
    ],
)
def test_a_bare_peak_with_no_or_several_charts_is_a_suggestion(paragraphs):
    post = extract(*paragraphs)
    assert "Glass Rain" not in [
        fact["subject_title"] for fact in values(post, "chart_fact")
    ]
    assert post.suggestions[-1].startswith("“Glass Rain”: No. 22, but on which chart?")
    assert "chart_fact" not in kinds(post)[-2:]


@pytest.mark.parametrize(
    "text",
    [
        "“Snowblind Run” by The Tundra Pilots never charted.",
        "“Snowblind Run” by The Tundra Pilots never charted, not even at No. 99 on the Billboard Hot 100.",
        "“Snowblind Run” by The Tundra Pilots did not make the top 40.",
        "“Snowblind Run” by The Tundra Pilots didn't reach No. 1 on the Billboard Hot 100.",
        "“Snowblind Run” by The Tundra Pilots failed to reach the top 40 of the Hot 100.",
    ],
)
def test_never_charted_gives_no_chart_fact(text):
    post = extract(text)
    assert values(post, "chart_fact") == []
    assert values(post, "track") == [
        {
            "title": "Snowblind Run",
            "performers": ["The Tundra Pilots"],
            "usage": "featured",
        }
    ]


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        (
            "But it peaked at No. 2 on the Billboard Hot 100.",
            "A chart peak (No. 2) of an unnamed",
        ),
        (
            "“Paper Moons” by The Lanterns would have reached No. 1 on the Billboard Hot 100.",
            "“Paper Moons”: No. 1, but the text hedges",
        ),
        (
            "“Paper Moons” by The Lanterns reached the top 10 of the Billboard 200.",
            "“Paper Moons”: top 10 on the Billboard 200, an unlikely chart for a track",
        ),
    ],
)
def test_unsure_chart_facts_are_suggestions(text, suggestion):
    post = extract(text)
    assert values(post, "chart_fact") == []
    assert post.suggestions[0].startswith(suggestion)


def test_no_chart_fact_from_other_numbers():
    post = extract(
        "He was the No. 1 contender, and the top 10 moments of the film all involve snow.",
        "Drago was number one in the Soviet program.",
    )
    assert values(post, "chart_fact") == []
    assert post.suggestions == []


# -- Certifications ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "certification"),
    [
        (
            "“Frost: The Album” went Platinum according to the RIAA.",
            {"certifier": "riaa", "level": "platinum"},
        ),
        (
            "“Paper Moons” by The Lanterns was certified 9x Platinum by the RIAA in 1999.",
            {"certifier": "riaa", "level": "platinum", "multiplier": 9, "year": 1999},
        ),
        (
            "“Paper Moons” by The Lanterns went double gold in Britain, according to the BPI.",
            {"certifier": "bpi", "level": "gold", "multiplier": 2},
        ),
        (
            "“Paper Moons” by The Lanterns earned a silver disc from the BPI.",
            {"certifier": "bpi", "level": "silver"},
        ),
        # A country names its one certifier.
        (
            "“Frost: The Album” went Platinum in the US.",
            {"certifier": "riaa", "level": "platinum"},
        ),
        (
            "“Paper Moons” by The Lanterns went 3&#215; Platinum in Canada.",
            {"certifier": "music_canada", "level": "platinum", "multiplier": 3},
        ),
        (
            "In Australia, “Paper Moons” by The Lanterns went gold.",
            {"certifier": "aria", "level": "gold"},
        ),
    ],
)
def test_certifications(text, certification):
    post = extract(text)
    [fact] = values(post, "chart_fact")
    assert fact["fact_kind"] == "certification"
    assert {key: fact[key] for key in certification} == certification
    assert "position" not in fact
    assert_valid_blocks(post)


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        (
            "“Frost: The Album” went gold.",
            "“Frost: The Album”: gold, but certified by whom?",
        ),
        (
            "“Frost: The Album” went Platinum in 1991.",
            "“Frost: The Album”: platinum, but certified by whom?",
        ),
        (
            "“Frost: The Album” went multi-platinum.",
            "“Frost: The Album”: multi-platinum, but how many times?",
        ),
    ],
)
def test_unsure_certifications_are_suggestions(text, suggestion):
    post = extract(text)
    assert values(post, "chart_fact") == []
    assert post.suggestions[0].startswith(suggestion)


@pytest.mark.parametrize(
    "text",
    [
        "Drago won a gold medal in Seoul.",
        "The snow glows gold at sunset.",
        "“Frost: The Album” never went gold according to the RIAA.",
    ],
)
def test_gold_that_is_no_certification(text):
    post = extract(text)
    assert values(post, "chart_fact") == []
    assert post.suggestions == []


# -- Locations --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        (
            "The cabin scenes were filmed in Jackson Hole, Wyoming.",
            [
                {
                    "name": "Jackson Hole",
                    "kind": "filming_location",
                    "region": "Wyoming",
                    "country": "United States",
                }
            ],
        ),
        (
            "The runs were shot at Grand Teton National Park (about 43.79 N, 110.68 W).",
            [
                {
                    "name": "Grand Teton National Park",
                    "kind": "filming_location",
                    "latitude": 43.79,
                    "longitude": -110.68,
                }
            ],
        ),
        (
            "The fight was filmed in Vancouver, British Columbia and Moscow.",
            [
                {
                    "name": "Vancouver",
                    "kind": "filming_location",
                    "region": "British Columbia",
                    "country": "Canada",
                },
                {"name": "Moscow", "kind": "filming_location"},
            ],
        ),
        (
            "The interiors were shot at Pinewood Studios, Buckinghamshire.",
            [
                {
                    "name": "Pinewood Studios",
                    "kind": "studio",
                    "region": "Buckinghamshire",
                }
            ],
        ),
        (
            "In reality, Wyoming doubled for the Soviet Union.",
            [
                {
                    "name": "Wyoming",
                    "kind": "filming_location",
                    "country": "United States",
                    "stood_in_for": "the Soviet Union",
                }
            ],
        ),
        (
            "Alberta stood in for Siberia in the snow scenes.",
            [
                {
                    "name": "Alberta",
                    "kind": "filming_location",
                    "stood_in_for": "Siberia",
                }
            ],
        ),
    ],
)
def test_location_patterns(text, locations):
    post = extract(text)
    assert values(post, "location") == locations
    assert_valid_blocks(post)


def test_locations_are_deduplicated_by_name():
    post = extract(
        "Wyoming doubled for the Soviet Union.",
        "The cabin scenes were filmed in Wyoming.",
    )
    assert values(post, "location") == [
        {
            "name": "Wyoming",
            "kind": "filming_location",
            "country": "United States",
            "stood_in_for": "the Soviet Union",
        }
    ]


@pytest.mark.parametrize(
    "text",
    [
        "It was filmed in Technicolor.",
        "It was filmed in 1985.",
        "It was filmed in March.",
        "Rocky takes a shot at the title.",
        "Rocky was shot in slow motion.",
        "Stunt performer Joe Smith doubled for Stallone.",
        "The cabin doubled for a barracks.",
    ],
)
def test_no_location(text):
    assert values(extract(text), "location") == []


# -- The film -----------------------------------------------------------------------------


def test_film_from_the_title_suffix_and_year_from_the_text():
    post = extract(
        "Rocky IV (1985) is the fourth film.", title="Training in Russia [Rocky IV]"
    )
    assert (post.film_title, post.film_year) == ("Rocky IV", 1985)
    assert found(post, "film") == [("film", {"title": "Rocky IV", "year": 1985})]


def test_film_with_year_in_the_suffix():
    post = extract("No year in the text.", title="Training [Rocky IV (1985)]")
    assert (post.film_title, post.film_year) == ("Rocky IV", 1985)


def test_film_from_the_text_needs_a_film_word():
    post = extract("The movie Rocky IV (1985) has two training montages.")
    assert (post.film_title, post.film_year) == ("Rocky IV", 1985)
    post = extract("I first heard Thriller (1982) on a tape.")
    assert (post.film_title, post.film_year) == ("", None)
    # nor an offer (offer_film): no film cue holds a record heard on a tape
    assert not any(line.startswith("Possible film") for line in post.suggestions)
