"""The entries of a tracklist or a ranked list of songs: each opens on its place
("3.", "A1", "B2"), then a quoted title, a dash or a comma and its artist. They are
songs when the post's title or the heading they are under is about songs ("The
tracklist", "Side one"), also when each entry is a heading of its own; not under a
heading that says they are not in the film, nor in a post about something else.
Each sentence is our own."""

from wagtail_montage.importers.extraction import extract_facts
from wagtail_montage.importers.types import ParsedPost

from .test_discourse import facts, peaks


def read(*blocks, title="A post"):
    body = []
    for block in blocks:
        if block.startswith("#"):
            body.append(("heading", {"text": block.lstrip("# "), "level": "h2"}))
        elif block.startswith("<ul>"):
            body.append(("paragraph", block))
        else:
            body.append(("paragraph", f"<p>{block}</p>"))
    post = ParsedPost(source="test", key="test", title=title, body=body)
    extract_facts(post)
    return post


def performers(post):
    return {value["title"]: value["performers"] for value in facts(post, "track")}


def test_a_records_sides_under_a_tracklist_heading():
    post = read(
        "I found the soundtrack to <i>Gull Point</i> (1983) in a junk shop.",
        "# What is on it",
        "<ul><li>A1 “Tin Roof” — Ada Moon</li><li>A2 “Pier Lights” — instrumental</li>"
        "<li>B1 “Low Gate” — The Terns</li></ul>",
        title="Junk shop finds: a sealed copy of Gull Point",
    )
    assert performers(post) == {}  # "What is on it" says nothing of songs
    post = read(
        "I found the soundtrack to <i>Gull Point</i> (1983) in a junk shop.",
        "# The track listing, from the sleeve",
        "<ul><li>A1 “Tin Roof” — Ada Moon</li><li>A2 “Pier Lights” — instrumental</li>"
        "<li>B1 “Low Gate” — The Terns</li></ul>",
        title="Junk shop finds: a sealed copy of Gull Point",
    )
    assert performers(post) == {
        "Tin Roof": ["Ada Moon"],
        "Pier Lights": [],
        "Low Gate": ["The Terns"],
    }


def test_numbered_lines_under_a_side_of_a_tape():
    post = read(
        "You have never seen <i>Gull Point</i> (1983), so here is a tape.",
        "# Side one: all from the film",
        "<ul><li>1. “Salt Kiss”, The Gulls. The dance scene</li>"
        "<li>2. “Harbour Wall”, Ada Moon: the last shot</li></ul>",
        title="A tape for my brother",
    )
    assert performers(post) == {
        "Salt Kiss": ["The Gulls"],
        "Harbour Wall": ["Ada Moon"],
    }


def test_each_entry_a_heading_of_its_own():
    post = read(
        "<i>Gull Point</i> (1983) has three songs, and here they are.",
        "# 3) “Salt Kiss” – The Gulls",
        "It plays under the race. Nobody knows who wrote it.",
        "# 1. “Harbour Wall” — Ada Moon",
        "The finale, and the best of them.",
        title="Every song in Gull Point, worst to best",
    )
    assert performers(post) == {
        "Salt Kiss": ["The Gulls"],
        "Harbour Wall": ["Ada Moon"],
    }


def test_no_entries_under_a_heading_that_says_they_are_not_in_the_film():
    post = read(
        "You have never seen <i>Gull Point</i> (1983), so here is a tape.",
        "# Side two: none of it is in the film",
        "<ul><li>1. “Salt Kiss”, The Gulls. Because you like them</li></ul>",
        title="A tape for my brother",
    )
    assert performers(post) == {}


def test_no_entries_in_headings_of_a_post_about_something_else():
    post = read(
        "I have hung these in my hall for years.",
        "# 3. “Harbour Wall” — Ada Moon",
        "Oil on board, and a lovely blue.",
        title="My favourite paintings, ranked",
    )
    assert performers(post) == {}


def test_there_is_the_country_the_sentence_before_names():
    for sentence in (
        "It went gold in Canada. It peaked at 4 there.",
        "Radio in Canada played it hourly. The single got to No. 4 over there.",
    ):
        post = read(
            f"“Tin Roof” by Ada Moon plays over the montage of <i>Gull Point</i> "
            f"(1983). {sentence} In America it reached No. 30 on the Hot 100."
        )
        assert ("Tin Roof", 4, "canada_rpm") in peaks(post), sentence


def test_there_after_two_countries_is_no_chart():
    post = read(
        "“Tin Roof” by Ada Moon plays over the montage of <i>Gull Point</i> (1983). "
        "It did well in France and in Canada. It peaked at 4 there."
    )
    assert not [peak for peak in peaks(post) if peak[1] == 4]
