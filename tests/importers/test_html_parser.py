"""Saved blog pages -> ParsedPost: finding the post, leaving out the chrome, the blocks,
the video, encodings, and a clear SourceError for what is not a post."""

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from wagtail_montage.importers.html import (
    decode_html,
    parse_html,
    post_from_fragment,
    video_url_of,
)
from wagtail_montage.importers.types import ParsedImage, SourceError

FIXTURES = Path(__file__).parent / "fixtures"
WATCH = "https://www.youtube.com/watch?v=UbEhCQqqHJA"
ALLOWED_TAGS = {"p", "b", "i", "a", "ul", "ol", "li", "br"}


def parse(name, **kwargs):
    return parse_html((FIXTURES / name).read_bytes(), name, **kwargs)


def parse_page(content, head="", title="A post", **kwargs):
    """A page with a post in WordPress markup holding ``content``."""
    html = (
        f"<html><head>{head}</head><body><article class='post'>"
        f"<h1 class='entry-title'>{title}</h1>"
        f"<div class='entry-content'>{content}</div></article></body></html>"
    )
    return parse_html(html.encode(), "test.html", **kwargs)


def kinds(post):
    return [kind for kind, _value in post.body]


def blocks(post, kind):
    return [value for block_kind, value in post.body if block_kind == kind]


def text_of(post):
    parts = []
    for kind, value in post.body:
        if kind == "paragraph":
            parts.append(re.sub(r"<[^>]+>", " ", value))
        elif kind in ("heading", "quote"):
            parts.append(value["text"] + " " + value.get("attribution", ""))
    return " ".join(" ".join(parts).split())


# -- A WordPress theme page ------------------------------------------------------------


@pytest.fixture(scope="module")
def wordpress_post():
    return parse("wordpress_theme_post.html")


def test_wordpress_page_metadata(wordpress_post):
    post = wordpress_post
    assert post.source == "wordpress_theme_post.html"
    assert post.title == "Snow, sweat and synthesizers"
    assert (post.film_title, post.film_year) == ("Rocky IV", None)
    canonical = "https://montage.example/2021/03/snow-sweat-and-synthesizers/"
    assert post.key == canonical
    assert post.old_url == canonical
    assert post.slug == "snow-sweat-and-synthesizers"
    assert post.published_at == datetime(2021, 3, 4, 9, 30, tzinfo=UTC)
    assert post.status == "publish"  # it was served to readers
    assert post.tags == ["Training montages", "High Eighties", "Rocky"]
    assert post.comments == []
    assert post.warnings == []


def test_wordpress_page_teaser_is_the_summary_without_its_marker(wordpress_post):
    assert wordpress_post.teaser.startswith("Rocky Balboa trains for Drago twice over")
    assert wordpress_post.teaser.endswith("why they still work on me.")
    assert "[+]" not in wordpress_post.teaser
    assert "twice over" not in text_of(wordpress_post)  # not repeated in the body


def test_wordpress_page_video_iframe_is_the_video(wordpress_post):
    assert wordpress_post.video_url == WATCH
    assert "embed" not in kinds(wordpress_post)


def test_wordpress_page_body_blocks(wordpress_post):
    assert kinds(wordpress_post) == [
        "paragraph",
        "heading",
        "paragraph",
        "paragraph",
        "paragraph",
        "paragraph",
        "quote",
        "image",
        "paragraph",
        "paragraph",
    ]
    body = dict(enumerate(wordpress_post.body))
    assert body[0][1].startswith("<p>Rocky IV (1985) sends its hero east")
    assert body[1][1] == {"text": "The music", "level": "h2"}
    assert "<i>Rocky IV: Original Motion Picture Soundtrack</i>" in body[3][1]
    assert body[5][1] == (
        "<ul><li><b>Chopping wood</b> versus the lab treadmill</li>"
        '<li>Running up a mountain versus <a href="https://montage.example/tag/steroids/">'
        "a syringe</a></li></ul>"
    )
    assert body[6][1] == {"text": "If he dies, he dies.", "attribution": "Ivan Drago"}
    assert body[7][1] == ParsedImage(
        src="https://montage.example/wp-content/uploads/2021/03/rocky-snow-1024x576.jpg",
        alt="Rocky running through deep snow",
    )
    assert body[8][1] == "<p><i>The climb to the summit.</i></p>"


def test_wordpress_page_leaves_out_the_chrome(wordpress_post):
    text = text_of(wordpress_post)
    for chrome in [
        "Skip to the content",
        "Film clips and the music under them",
        "Eighties",  # the menu
        "Posted on",
        "the editor",
        "Share this",
        "Facebook",
        "Related",
        "Top Gun",
        "Posted in",
        "Tagged",
        "Post navigation",
        "Flashdance",
        "thoughts on",
        "taekwondo",  # the comment list
        "Leave a Reply",
        "Your email address will not be published",
        "Post Comment",
        "More info and movies",
        "Recent Posts",
        "Proudly powered",
        "dataLayer",
        "max-width",
    ]:
        assert chrome not in text, chrome


def test_wordpress_page_keeps_only_the_allowed_rich_text(wordpress_post):
    for html in blocks(wordpress_post, "paragraph"):
        assert set(re.findall(r"<([a-z0-9]+)", html)) <= ALLOWED_TAGS
        assert "javascript:" not in html
        assert "style=" not in html
    assert blocks(wordpress_post, "paragraph")[-1] == (
        "<p>Whenever I watch this I want to drop everything and go for a run. "
        "Seriously. Tell me what it does to you.</p>"
    )


# -- Other markups ---------------------------------------------------------------------


def test_blogger_post():
    post = parse("blogger_post.html")
    assert post.title == "The Drago training tapes"  # not "Montage Notes: ..."
    assert post.published_at == datetime(2021, 2, 14, 18, 5, tzinfo=UTC)
    assert post.tags == ["eighties", "Rocky IV"]
    assert post.key == (
        "https://montagenotes.blogspot.example/2021/02/the-drago-training-tapes.html"
    )
    assert post.slug == "the-drago-training-tapes"
    # The first video (a link on its own line) is the post's; the next an embed.
    assert post.video_url == "https://vimeo.com/76979871"
    assert post.body[-1] == ("embed", WATCH)
    paragraphs = blocks(post, "paragraph")
    # <br /><br /> separates paragraphs; a single <br /> stays a line break.
    assert len(paragraphs) == 5
    assert paragraphs[0].startswith("<p>Every February")
    assert "No. 22.<br/> Fans on forums" in paragraphs[2]
    text = text_of(post)
    for chrome in [
        "Create Blog",
        "Email This",
        "BlogThis",
        "Posted by",
        "Labels",
        "comments:",
        "I had those tapes",
        "Post a Comment",
        "Newer Post",
        "Blog Archive",
        "collector of VHS",
        "Scenes I keep rewinding",
    ]:
        assert chrome not in text, chrome


def test_densest_block_without_known_classes():
    post = parse("plain_densest.html")
    assert post.title == "Ice, logs and a sled"
    # "Posted 2 December 2020" is the date, and is not left in the text.
    assert post.published_at == datetime(2020, 12, 2)
    assert kinds(post) == [
        "paragraph",
        "paragraph",
        "heading",
        "paragraph",
        "heading",
        "paragraph",
    ]
    assert blocks(post, "heading") == [
        {"text": "Where it was filmed", "level": "h3"},
        {"text": "A footnote", "level": "h4"},  # h5 -> h4
    ]
    assert post.teaser.startswith("The second training sequence of Rocky IV")
    text = text_of(post)
    for chrome in [
        "Posted",
        "Frozen Frames",
        "Archive",
        "Hi, I am Lou",
        "Rocky II",
        "Privacy",
    ]:
        assert chrome not in text, chrome
    assert post.key.startswith("sha256:")
    assert post.old_url == ""


def test_an_h1_with_the_site_name_is_not_the_title():
    post = parse_html(
        b"<html><head><title>Ice and logs | Frozen Frames</title></head><body>"
        b"<div id='top'><h1>Frozen Frames</h1></div><div id='text'><h2>Ice and logs</h2>"
        b"<p>The cabin, the sled and the summit, all in one long sequence.</p></div>"
        b"</body></html>",
        "site.html",
    )
    assert post.title == "Ice and logs"
    assert post.body == [
        (
            "paragraph",
            "<p>The cabin, the sled and the summit, all in one long sequence.</p>",
        )
    ]


def test_content_hash_key_ignores_the_chrome():
    content = "<p>The same post, whatever the sidebar says next to it.</p>"
    first = parse_html(
        f"<html><body><h1>Same</h1>{content}<aside>Ad one</aside></body></html>".encode(),
        "a.html",
    )
    second = parse_html(
        f"<html><body><nav>Menu</nav><h1>Same</h1>{content}</body></html>".encode(),
        "b.html",
    )
    assert first.key == second.key
    assert first.key.startswith("sha256:") and len(first.key) == 71


def test_og_url_is_the_key_without_a_canonical_link():
    post = parse_page(
        "<p>Text of the post.</p>",
        head='<meta property="og:url" content="https://blog.example/2020/05/post.html">',
    )
    assert post.key == post.old_url == "https://blog.example/2020/05/post.html"
    assert post.slug == "post"


def test_malformed_html_still_parses():
    post = parse("malformed.html")
    assert post.title == "Unclosed everything"
    assert post.film_title == "Rocky IV"
    assert kinds(post) == ["paragraph", "paragraph", "image", "paragraph", "paragraph"]
    assert blocks(post, "paragraph")[0] == (
        "<p>This paragraph never closes and <b>its bold <i>runs into</i></b> italics "
        "for a while.</p>"
    )
    assert blocks(post, "image") == [ParsedImage(src="snow.jpg", alt="Snow")]
    assert "<ul><li>" in blocks(post, "paragraph")[-1]


# -- Encodings -------------------------------------------------------------------------


def test_declared_latin1_is_read_as_windows_1252():
    post = parse("latin1_post.html")
    assert post.title == "Rocky en Sibérie"
    assert post.film_title == "Rocky IV"
    text = text_of(post)
    assert "Le décor soviétique est américain" in text
    assert "«Heart’s on Fire»" in text  # byte 0x92 is Windows-1252's ’
    assert "Naïveté" in text
    assert post.warnings == []


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("\ufeffCafé".encode(), "Café"),
        ("\ufeffCafé".encode("utf-16-le"), "Café"),
        ("\ufeffCafé".encode("utf-16-be"), "Café"),
        (
            '<meta charset="koi8-r">Привет'.encode("koi8-r"),
            '<meta charset="koi8-r">Привет',
        ),
        (
            b'<?xml version="1.0" encoding="iso-8859-15"?><p>\xa4</p>',
            '<?xml version="1.0" encoding="iso-8859-15"?><p>€</p>',
        ),
        ("Café".encode(), "Café"),
    ],
)
def test_decoding(data, expected):
    text, warnings = decode_html(data, "x.html")
    assert text == expected
    assert warnings == []


def test_undeclared_legacy_bytes_are_windows_1252_with_a_warning():
    text, warnings = decode_html(b"Caf\xe9 \x93quoted\x94", "x.html")
    assert text == "Café “quoted”"
    assert warnings == ["declares no encoding and is not UTF-8: read as Windows-1252"]


def test_unknown_declared_encoding_falls_back_to_utf8():
    text, _warnings = decode_html('<meta charset="x-klingon">Qapla’'.encode(), "x.html")
    assert text.endswith("Qapla’")


@pytest.mark.parametrize("charset", ["x-klingon", "rot13", "utf-7", "base64"])
def test_unknown_declared_encoding_that_is_not_utf8_is_a_source_error(charset):
    with pytest.raises(SourceError, match="unknown encoding") as caught:
        decode_html(
            f'<meta charset="{charset}">'.encode() + b"\xff\xfe\xfa", "odd.html"
        )
    assert caught.value.source == "odd.html"


def test_binary_file_is_a_source_error():
    with pytest.raises(SourceError, match="not a text file"):
        parse_html(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "picture.html")


# -- What is not a post -----------------------------------------------------------------


@pytest.mark.parametrize(
    "data", [b"", b"   \n\t", b"\xef\xbb\xbf", b"\xef\xbb\xbf  \n"]
)
def test_empty_is_a_source_error(data):
    with pytest.raises(SourceError, match="is empty"):
        parse_html(data, "empty.html")


def test_empty_fixture():
    with pytest.raises(SourceError) as caught:
        parse("empty.html")
    assert str(caught.value) == "empty.html: is empty"


def test_navigation_page_is_not_a_post():
    with pytest.raises(SourceError, match="is not a blog post") as caught:
        parse("not_a_post.html")
    assert caught.value.source == "not_a_post.html"


def test_error_page_is_not_a_post():
    html = (
        b"<html><head><title>Page not found - Montage Club</title></head>"
        b"<body class='error404'><h1>Oops! That page can't be found.</h1>"
        b"<p>It looks like nothing was found at this location. Try a search?</p></body></html>"
    )
    with pytest.raises(SourceError, match="error page"):
        parse_html(html, "404.html")


def test_a_page_of_links_is_not_a_post():
    links = "".join(
        f"<p><a href='https://blog.example/{n}'>Post {n}</a></p>" for n in range(8)
    )
    with pytest.raises(SourceError, match="only links"):
        parse_html(
            f"<html><body><h1>Archive</h1>{links}</body></html>".encode(), "a.html"
        )


def test_a_title_without_text_is_not_a_post():
    with pytest.raises(SourceError, match="no text found"):
        parse_html(b"<html><body><h1>Just a title</h1></body></html>", "t.html")


def test_file_over_the_size_limit():
    with pytest.raises(SourceError, match="too large") as caught:
        parse_html(b"<p>" + b"x" * 200 + b"</p>", "big.html", max_bytes=100)
    assert caught.value.source == "big.html"


# -- Blocks -------------------------------------------------------------------------------


def test_headings():
    post = parse_page(
        "<h1>A post</h1><p>Intro text.</p><h1>Part one</h1><h2>Two</h2><h3>Three</h3>"
        "<h4>Four</h4><h5>Five</h5><h6>Six</h6><h2>  </h2>"
    )
    assert blocks(post, "heading") == [
        {"text": "Part one", "level": "h2"},  # an h1 that is not the title
        {"text": "Two", "level": "h2"},
        {"text": "Three", "level": "h3"},
        {"text": "Four", "level": "h4"},
        {"text": "Five", "level": "h4"},
        {"text": "Six", "level": "h4"},
    ]


@pytest.mark.parametrize(
    ("markup", "quote"),
    [
        (
            "<blockquote><p>Going the distance.</p><footer>— Bill Conti</footer></blockquote>",
            {"text": "Going the distance.", "attribution": "Bill Conti"},
        ),
        (
            "<blockquote><p>One.</p><p>Two.</p><cite>Rocky</cite></blockquote>",
            {"text": "One.\n\nTwo.", "attribution": "Rocky"},
        ),
        (
            "<blockquote>I must break you.</blockquote>",
            {"text": "I must break you.", "attribution": ""},
        ),
        (
            "<blockquote><p>He quoted <cite>Rocky IV</cite> at length.</p></blockquote>",
            {"text": "He quoted Rocky IV at length.", "attribution": ""},
        ),
    ],
)
def test_quotes(markup, quote):
    post = parse_page("<p>Before.</p>" + markup)
    assert blocks(post, "quote") == [quote]


def test_lists_become_paragraph_blocks_holding_the_list():
    post = parse_page(
        "<p>Two lists.</p><ul><li>One</li><li>Two<ul><li>Nested</li></ul></li></ul>"
        "<ol><li><p>First</p></li><li><em>Second</em></li></ol>"
    )
    assert blocks(post, "paragraph")[1:] == [
        "<ul><li>One</li><li>Two<ul><li>Nested</li></ul></li></ul>",
        "<ol><li>First</li><li><i>Second</i></li></ol>",
    ]


def test_allowed_features_limit_the_rich_text():
    content = (
        "<p><strong>Bold</strong>, <em>italic</em>, <a href='https://a.example/'>link</a>"
        " and <del>gone</del>.</p><ul><li>One</li><li>Two</li></ul>"
    )
    post = parse_page(content, allowed_features=["bold"])
    assert blocks(post, "paragraph") == [
        "<p><b>Bold</b>, italic, link and gone.</p>",
        "<p>One</p>",
        "<p>Two</p>",
    ]
    post = parse_page(
        content, allowed_features=["italic", "link", "ol", "strikethrough"]
    )
    assert blocks(post, "paragraph") == [
        '<p>Bold, <i>italic</i>, <a href="https://a.example/">link</a> and <s>gone</s>.</p>',
        "<ol><li>One</li><li>Two</li></ol>",  # the ul becomes the allowed list
    ]


def test_links_other_than_http_are_dropped_but_their_text_kept():
    post = parse_page(
        "<p><a href='mailto:me@blog.example'>Mail</a>, <a href='/relative'>relative</a>, "
        "<a href='javascript:alert(1)'>script</a>, <a href=' https://ok.example/ '>ok</a>, "
        "<a href='https://x.example/\" onclick=\"alert(1)'>quote</a>.</p>"
    )
    paragraph = blocks(post, "paragraph")[0]
    assert paragraph.startswith("<p>Mail, relative, script, ")
    assert '<a href="https://ok.example/">ok</a>' in paragraph
    assert 'onclick="' not in paragraph


def test_scripts_styles_forms_and_buttons_are_left_out():
    post = parse_page(
        "<p>Visible.</p><script>alert('x')</script><style>p { color: red }</style>"
        "<noscript>Enable JavaScript</noscript><form><p>Your name</p><input name=n></form>"
        "<button>Like</button><template><p>Hidden template</p></template>"
        "<p hidden>Hidden</p><p style='display: none'>Also hidden</p>"
    )
    assert blocks(post, "paragraph") == ["<p>Visible.</p>"]


def test_chrome_headings_take_what_follows_them():
    post = parse_html(
        b"<html><body><h1>Plain post</h1><p>The text of the post, long enough to count.</p>"
        b"<h2>More info and movies</h2><ul><li><a href='https://w.example/'>Wiki</a></li></ul>"
        b"<h2>Leave a Reply</h2><p>Your email address will not be published.</p>"
        b"</body></html>",
        "plain.html",
    )
    assert blocks(post, "paragraph") == [
        "<p>The text of the post, long enough to count.</p>"
    ]


def test_tables_become_a_paragraph_per_row():
    post = parse_page(
        "<p>Chart runs.</p><table><tr><th>Song</th><th>Peak</th></tr>"
        "<tr><td>Burning Heart</td><td>2</td></tr></table>"
    )
    assert blocks(post, "paragraph")[1:] == [
        "<p>Song – Peak</p>",
        "<p>Burning Heart – 2</p>",
    ]
    assert post.warnings == ["turned a table into paragraphs, one per row"]


# -- Images ---------------------------------------------------------------------------------


def test_images():
    post = parse_page(
        "<p>Before the picture <img src='https://blog.example/a.jpg' alt='A'> after it.</p>"
        "<p><a href='https://blog.example/b-full.jpg'><img src='b-300x200.jpg' alt=''></a></p>"
        "<img src='data:image/gif;base64,R0lGOD' data-src='/uploads/lazy.jpg' alt='Lazy'>"
        "<img src='data:image/png;base64,iVBOR' alt='Inline'>"
        "<img src='https://blog.example/pixel.gif' width='1' height='1'>"
        "<img class='emoji' src='https://s.w.org/smile.svg' alt=':)'>"
        "<img src='javascript:alert(1)'>"
        "<figure><img src='c.jpg'><figcaption>Caption as alt</figcaption></figure>"
    )
    assert post.body == [
        ("paragraph", "<p>Before the picture</p>"),
        ("image", ParsedImage(src="https://blog.example/a.jpg", alt="A")),
        ("paragraph", "<p>after it.</p>"),
        ("image", ParsedImage(src="b-300x200.jpg", alt="")),
        ("image", ParsedImage(src="/uploads/lazy.jpg", alt="Lazy")),
        ("image", ParsedImage(src="c.jpg", alt="Caption as alt")),
    ]
    assert post.warnings == ["left out an image embedded in the page as a data: URI"]


# -- Videos ---------------------------------------------------------------------------------


def test_first_video_is_the_post_video_the_rest_embeds():
    post = parse_page(
        "<p>Intro.</p>"
        "<iframe src='https://www.youtube-nocookie.com/embed/UbEhCQqqHJA?rel=0'></iframe>"
        "<p><a href='https://www.youtube.com/watch?v=UbEhCQqqHJA'>The same clip again</a></p>"
        "<iframe data-src='https://player.vimeo.com/video/76979871'></iframe>"
        "<p>https://youtu.be/dQw4w9WgXcQ?t=90</p>"
    )
    assert post.video_url == WATCH
    assert post.body == [
        ("paragraph", "<p>Intro.</p>"),
        ("embed", "https://vimeo.com/76979871"),
        ("embed", "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=90s"),
    ]


def test_oembed_figures():
    post = parse_page(
        "<p>Intro.</p>"
        "<figure class='wp-block-embed is-provider-vimeo'><div class='wp-block-embed__wrapper'>"
        "https://vimeo.com/76979871</div></figure>"
        "<figure class='wp-block-embed is-provider-twitter'><div class='wp-block-embed__wrapper'>"
        "https://twitter.com/montageclub/status/123</div></figure>"
    )
    assert post.video_url == "https://vimeo.com/76979871"
    assert post.body[1:] == [("embed", "https://twitter.com/montageclub/status/123")]


def test_a_video_link_inside_a_sentence_stays_a_link():
    post = parse_page(
        "<p>Watch <a href='https://www.youtube.com/watch?v=UbEhCQqqHJA'>the clip</a> first.</p>"
    )
    assert post.video_url == ""
    assert "the clip</a> first." in blocks(post, "paragraph")[0]


def test_other_frames_are_left_out_with_a_warning():
    post = parse_page(
        "<p>Map below.</p><iframe src='https://maps.example/embed?pb=1'></iframe>"
        "<object><param name='movie' value='https://www.youtube.com/v/UbEhCQqqHJA&hl=en'>"
        "<embed src='https://www.youtube.com/v/UbEhCQqqHJA&hl=en'></object>"
    )
    assert post.video_url == WATCH  # an old Flash embed
    assert post.warnings == ["left out an embedded iframe from maps.example"]


@pytest.mark.parametrize(
    ("url", "video"),
    [
        ("https://www.youtube.com/embed/UbEhCQqqHJA?feature=oembed", WATCH),
        ("//www.youtube.com/embed/UbEhCQqqHJA", WATCH),
        ("https://youtu.be/UbEhCQqqHJA", WATCH),
        ("https://www.youtube.com/v/UbEhCQqqHJA?version=3", WATCH),
        ("https://player.vimeo.com/video/76979871", "https://vimeo.com/76979871"),
        ("https://vimeo.com/76979871#t=30s", "https://vimeo.com/76979871#t=30s"),
        ("https://example.com/video.mp4", ""),
        ("javascript:alert(1)", ""),
        ("", ""),
    ],
)
def test_video_url_of(url, video):
    assert video_url_of(url) == video


def test_post_from_fragment_for_wordpress_content():
    post = post_from_fragment(
        "First line\nsecond line\n\nhttps://youtu.be/UbEhCQqqHJA\n\n"
        '[caption id="a1" width="300"]<img src="x.jpg" alt="" /> A caption[/caption]\n\n'
        '[gallery ids="1,2"]\n\nLast [embed]https://vimeo.com/76979871[/embed]',
        "export.xml#post-1",
        title="T",
        wordpress=True,
    )
    assert post.video_url == WATCH
    assert post.body == [
        ("paragraph", "<p>First line<br/>second line</p>"),
        ("image", ParsedImage(src="x.jpg", alt="A caption")),
        ("paragraph", "<p>Last</p>"),
        ("embed", "https://vimeo.com/76979871"),
    ]
    assert post.teaser == "First line second line"
    assert post.warnings == ["left out a [gallery] shortcode"]


def test_an_embeds_caption_is_kept_after_it():
    post = parse_page(
        "<p>Intro.</p>"
        "<figure class='wp-block-embed is-provider-twitter'><div class='wp-block-embed__wrapper'>"
        "https://twitter.com/montageclub/status/123</div>"
        "<figcaption>The director on the <em>first</em> cut &amp; the second</figcaption></figure>"
        "<figure class='wp-block-embed'><div class='wp-block-embed__wrapper'>"
        "https://vimeo.com/76979871</div><figcaption> </figcaption></figure>"
    )
    assert post.body[1:] == [
        ("embed", "https://twitter.com/montageclub/status/123"),
        ("paragraph", "<p>The director on the first cut &amp; the second</p>"),
    ]
