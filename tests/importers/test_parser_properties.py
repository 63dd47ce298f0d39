"""Whatever a file holds (random bytes, random markup, truncated or spliced fixtures),
the parsers raise nothing but ``SourceError``, and the facts extracted from what they
return are valid blocks."""

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wagtail_montage.blocks.body import VideoFeatureBodyBlock
from wagtail_montage.importers.extraction import extract_facts
from wagtail_montage.importers.html import parse_html
from wagtail_montage.importers.types import ParsedPost, SourceError
from wagtail_montage.importers.wordpress import parse_wxr

FIXTURES = Path(__file__).parent / "fixtures"
HTML_FIXTURES = sorted(path.name for path in FIXTURES.glob("*.html"))
XML_FIXTURES = sorted(path.name for path in FIXTURES.glob("*.xml"))
BODY_BLOCK = VideoFeatureBodyBlock()
FACT_BLOCKS = ("track", "album", "chart_fact", "location")

# Moderate, and no deadline: CI runs on two cores.
SETTINGS = settings(
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

MARKUP = [
    "<html>",
    "<head>",
    "<title>",
    "</title>",
    "<meta charset='latin1'>",
    "<link rel='canonical' href='https://blog.example/p/'>",
    "<body class='error404'>",
    "<article class='post'>",
    "<div class='entry-content'>",
    "<div class='post-body'>",
    "<div class='widget'>",
    "</div>",
    "<p>",
    "</p>",
    "<h1>",
    "<h2>",
    "</h2>",
    "<h5>",
    "<ul>",
    "<ol>",
    "<li>",
    "</ul>",
    "<blockquote>",
    "<cite>",
    "<footer>",
    "<figure class='wp-block-embed'><div class='wp-block-embed__wrapper'>",
    "<figcaption>",
    "<iframe src='https://www.youtube.com/embed/UbEhCQqqHJA'>",
    "<iframe src='https://maps.example/'>",
    "<object><param name='movie' value='https://www.youtube.com/v/UbEhCQqqHJA'>",
    "<img src='x.jpg' alt='X'>",
    "<img src='data:image/png;base64,AA'>",
    "<a href='https://vimeo.com/76979871'>",
    "<a href='javascript:x()'>",
    "</a>",
    "<b>",
    "<em>",
    "<i>",
    "</i>",
    "<span style='display:none'>",
    "<br>",
    "<br><br>",
    "<table><tr><td>",
    "<pre>",
    "<script>",
    "</script>",
    "<style>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<!DOCTYPE html>",
    "<?xml version='1.0'?>",
    "&amp;",
    "&#0;",
    "&#x110000;",
    "&nbsp;",
    "&bogus;",
    "<",
    ">",
    "\n",
    "\n\n",
    " ",
    "\x00",
    "\ufeff",
    "[caption]",
    "[/caption]",
    "[embed]",
    "https://youtu.be/UbEhCQqqHJA",
]
PROSE = [
    "“Paper Moons”",
    '"Glass Rain"',
    "‘Heart’s on Fire’",
    "Survivor's",
    "Burning Heart",
    "by",
    "The Lanterns",
    "written by",
    "composed by",
    "performed by",
    "Ada Lane, Bo Sato and Cy Young",
    "set to",
    "using",
    "as BGM",
    "background",
    "peaked at",
    "hit",
    "reached the",
    "topped the",
    "No. 2",
    "No. 0",
    "No. 999",
    "number one",
    "top 10",
    "#1",
    "for six weeks",
    "for 0 weeks",
    "on the Billboard Hot 100",
    "of the Billboard 200",
    "on the UK Singles Chart",
    "on the Oricon chart",
    "in 1986",
    "in 1066",
    "went",
    "certified",
    "Platinum",
    "gold",
    "9x",
    "999x",
    "double",
    "multi-platinum",
    "according to the RIAA",
    "by the BPI",
    "never charted",
    "would have",
    "the album",
    "The album itself",
    "it",
    "<i>Frost: Original Motion Picture Soundtrack</i>",
    "Rocky IV: Original Motion Picture Soundtrack",
    "released on",
    "27 November 1985",
    "November 31, 1985",
    "in March 1990",
    "Scotti Bros. Records",
    "on Tundra Music",
    "filmed in",
    "were shot at",
    "Jackson Hole, Wyoming",
    "Grand Teton National Park",
    "(43.79 N, 110.68 W)",
    "(99.9 N, 500 W)",
    "Wyoming",
    "doubled for",
    "stood in for",
    "the Soviet Union",
    "Rocky IV (1985)",
    "the film",
    "(1879)",
    "Both tracks appear on",
    "and",
    ",",
    ".",
    ";",
    "(",
    ")",
    "'",
    '"',
    "“",
    "”",
    "St.",
    "U.S.",
    "J.",
    "…",
    "x" * 300,
    "Abcdefghij " * 30,
]


def assert_valid(post):
    assert isinstance(post, ParsedPost)
    for kind, value in post.body:
        if kind in FACT_BLOCKS:
            block = BODY_BLOCK.child_blocks[kind]
            block.clean(block.to_python(value))
    for fact in post.facts:
        assert set(fact) == {"kind", "value", "sentence"}
    assert all(isinstance(line, str) for line in post.suggestions)


def parse_html_or_error(data):
    try:
        post = parse_html(data, "fuzz.html")
    except SourceError as error:
        assert error.source == "fuzz.html"
        return
    assert post.title
    extract_facts(post)
    assert_valid(post)


def parse_wxr_or_error(data):
    try:
        posts, errors = parse_wxr(data, "fuzz.xml")
    except SourceError as error:
        assert error.source == "fuzz.xml"
        return
    assert all(error.source.startswith("fuzz.xml#") for error in errors)
    for post in posts:
        extract_facts(post)
        assert_valid(post)


@SETTINGS
@given(st.binary(max_size=3000))
def test_random_bytes(data):
    parse_html_or_error(data)


@SETTINGS
@given(st.text(max_size=2000))
def test_random_text(text):
    parse_html_or_error(text.encode("utf-8", "surrogatepass"))


@SETTINGS
@given(st.lists(st.sampled_from(MARKUP + PROSE), max_size=120))
def test_random_markup(parts):
    parse_html_or_error(" ".join(parts).encode("utf-8", "surrogatepass"))


@SETTINGS
@given(st.sampled_from(HTML_FIXTURES), st.data())
def test_truncated_pages(name, data):
    raw = (FIXTURES / name).read_bytes()
    parse_html_or_error(raw[: data.draw(st.integers(0, len(raw)))])


@SETTINGS
@given(st.sampled_from(HTML_FIXTURES), st.data())
def test_spliced_pages(name, data):
    raw = (FIXTURES / name).read_bytes()
    start = data.draw(st.integers(0, len(raw)))
    end = data.draw(st.integers(start, min(len(raw), start + 500)))
    splice = data.draw(st.binary(max_size=40) | st.sampled_from(MARKUP).map(str.encode))
    parse_html_or_error(raw[:start] + splice + raw[end:])


@SETTINGS
@given(st.sampled_from(XML_FIXTURES), st.data())
def test_truncated_exports(name, data):
    raw = (FIXTURES / name).read_bytes()
    parse_wxr_or_error(raw[: data.draw(st.integers(0, len(raw)))])


@SETTINGS
@given(st.data())
def test_spliced_exports(data):
    raw = (FIXTURES / "export.xml").read_bytes()
    start = data.draw(st.integers(0, len(raw)))
    end = data.draw(st.integers(start, min(len(raw), start + 300)))
    splice = data.draw(
        st.binary(max_size=40)
        | st.sampled_from(
            [
                b"<item>",
                b"</item>",
                b"<wp:comment>",
                b"<![CDATA[",
                b"]]>",
                b"&amp;",
                b"&x;",
            ]
        )
    )
    parse_wxr_or_error(raw[:start] + splice + raw[end:])


@SETTINGS
@given(
    st.lists(
        st.lists(st.sampled_from(PROSE), max_size=50).map(" ".join),
        min_size=1,
        max_size=4,
    ),
    st.sampled_from(["A post", "Training [Rocky IV]", "[]", "X [Rocky IV (1985)]"]),
)
def test_fact_extraction_from_random_prose(paragraphs, title):
    post = ParsedPost(
        source="fuzz",
        key="fuzz",
        title=title,
        body=[("paragraph", f"<p>{text}</p>") for text in paragraphs],
    )
    extract_facts(post)
    assert_valid(post)
    # Fact blocks are only ever added, right after paragraphs.
    assert [value for kind, value in post.body if kind == "paragraph"] == [
        f"<p>{text}</p>" for text in paragraphs
    ]
