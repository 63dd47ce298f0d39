"""RSS and Atom feeds: an index's latest features and a feature's comments, read
back with feedparser as a feed reader does."""

from datetime import timedelta

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import PageViewRestriction

from wagtail_montage.models import ImportedSource, ReaderComment

from .comment_helpers import light_feature, make_comment

pytestmark = pytest.mark.django_db


def read(client, url, **headers):
    response = client.get(url, headers=headers)
    assert response.status_code == 200, response.content[:500]
    return response, feedparser.parse(response.content)


def aged(page, days):
    when = timezone.now() - timedelta(days=days)
    type(page).objects.filter(pk=page.pk).update(
        first_published_at=when, last_published_at=when
    )


@pytest.fixture
def features(index_page):
    image = get_image_model().objects.create(
        title="Snowy farm", file=get_test_image_file()
    )
    older = light_feature(index_page, title="Older feature", hero_image=image)
    older.tags.add("Training montage", "Rocky IV")
    older.save_revision().publish()
    aged(older, 2)
    newer = light_feature(index_page, title="Newer feature")
    aged(newer, 1)
    return older, newer


def test_rss_lists_the_latest_features(client, index_page, features):
    older, newer = features
    response, feed = read(client, index_page.url + "feed/")
    assert response["Content-Type"].startswith("application/rss+xml")
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "rss20"
    assert feed.feed.title == "Features"
    assert feed.feed.link == "http://localhost/features/"
    assert '<atom:link href="http://localhost/features/feed/" rel="self"/>' in (
        response.content.decode()
    )
    assert [entry.title for entry in feed.entries] == ["Newer feature", "Older feature"]
    entry = feed.entries[1]
    assert entry.link == "http://localhost/features/older-feature/"
    assert entry.id == entry.link
    assert (
        '<guid isPermaLink="true">http://localhost/features/older-feature/</guid>'
        in response.content.decode()
    )
    assert "Two training sequences" in entry.summary
    assert sorted(tag.term for tag in entry.tags) == ["Rocky IV", "Training montage"]
    (enclosure,) = entry.enclosures
    assert enclosure.href.startswith("http://localhost/media/images/")
    assert enclosure.type.startswith("image/")
    assert int(enclosure.length) > 0
    assert 'src="http://localhost/media/images/' in entry.summary
    assert not feed.entries[0].get("enclosures")


def test_atom_lists_the_same_features(client, index_page, features):
    response, feed = read(client, index_page.url + "atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10"
    assert [entry.title for entry in feed.entries] == ["Newer feature", "Older feature"]
    assert feed.entries[1].id == "http://localhost/features/older-feature/"
    assert '<link href="http://localhost/features/atom/" rel="self"/>' in (
        response.content.decode()
    )
    assert feed.entries[1].updated


def test_only_live_public_features_are_listed(client, index_page, features):
    light_feature(index_page, title="A draft", publish=False)
    private = light_feature(index_page, title="Members only")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    _response, feed = read(client, index_page.url + "feed/")
    assert [entry.title for entry in feed.entries] == ["Newer feature", "Older feature"]


def test_imported_posts_keep_their_guid(client, index_page, features):
    """They were read as these GUIDs in the old blog's feed: a reader that knew
    them does not show them again as new."""
    older, newer = features
    ImportedSource.objects.create(
        key="https://old-blog.example/?p=12", page=older, source="export.xml"
    )
    # Not a GUID: a key the importer made up from the file or by hashing.
    ImportedSource.objects.create(key="sha256:abc", page=newer, source="post.html")
    response, feed = read(client, index_page.url + "feed/")
    newer_entry, older_entry = feed.entries
    assert older_entry.id == "https://old-blog.example/?p=12"
    assert (
        '<guid isPermaLink="false">https://old-blog.example/?p=12</guid>'
        in response.content.decode()
    )
    assert newer_entry.id == "http://localhost/features/newer-feature/"


def test_feed_answers_304_until_a_feature_changes(client, index_page, features):
    url = index_page.url + "feed/"
    response, _feed = read(client, url)
    etag = response["ETag"]
    assert response["Last-Modified"]
    assert client.get(url, headers={"If-None-Match": etag}).status_code == 304
    atom = client.get(index_page.url + "atom/")
    assert atom["ETag"] != etag  # another document
    light_feature(index_page, title="Newest feature")
    again = client.get(url, headers={"If-None-Match": etag})
    assert again.status_code == 200
    assert again["ETag"] != etag


def test_feed_reads_a_fixed_number_of_queries(client, index_page, features):
    def count():
        with CaptureQueriesContext(connection) as captured:
            read(client, index_page.url + "feed/")
        return len(captured)

    count()  # the site's root paths and the like, read once and kept
    before = count()
    for n in range(4):
        light_feature(index_page, title=f"More {n}").tags.add(f"Tag {n}")
    assert count() == before


def test_comment_feed_has_approved_comments_only(client, features):
    older, _newer = features
    make_comment(older, body="First <b>bold</b> words", ago=7200)
    make_comment(older, author_name="Ivan Drago", body="I must break you.", ago=60)
    make_comment(
        older,
        author_name="Spammer",
        email="spam@example.com",
        website="https://spam.example",
        body="Pending words",
        status=ReaderComment.Status.PENDING,
    )
    response, feed = read(client, older.url + "comments/feed/")
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.title == "Comments on “Older feature”"
    assert [entry.author for entry in feed.entries] == ["Ivan Drago", "Apollo Creed"]
    # Plain text as the page shows it: the tag is text, not markup.
    assert "First &lt;b&gt;bold&lt;/b&gt; words" in feed.entries[1].summary
    text = response.content.decode()
    assert (
        '<atom:link href="http://localhost/features/older-feature/comments/feed/" '
        'rel="self"/>'
    ) in text
    for private in ("apollo@example.com", "198.51.100.1", "Pending", "spam.example"):
        assert private not in text
    comment = ReaderComment.objects.get(author_name="Ivan Drago")
    assert feed.entries[0].link == (
        f"http://localhost/features/older-feature/#comment-{comment.pk}"
    )


def test_comment_feed_answers_304_until_a_comment_is_approved(client, features):
    older, _newer = features
    url = older.url + "comments/feed/"
    etag = client.get(url)["ETag"]
    assert client.get(url, headers={"If-None-Match": etag}).status_code == 304
    pending = make_comment(older, status=ReaderComment.Status.PENDING)
    assert client.get(url, headers={"If-None-Match": etag}).status_code == 304
    pending.status = ReaderComment.Status.APPROVED
    pending.save()
    assert client.get(url, headers={"If-None-Match": etag}).status_code == 200


def test_comment_feed_answers_304_since_its_last_change(client, features):
    older, _newer = features
    first = make_comment(older)
    # Last-Modified counts whole seconds: the first change an hour ago.
    ReaderComment.objects.filter(pk=first.pk).update(
        updated_at=timezone.now() - timedelta(hours=1)
    )
    url = older.url + "comments/feed/"
    since = client.get(url)["Last-Modified"]
    assert client.get(url, headers={"If-Modified-Since": since}).status_code == 304
    make_comment(older, author_name="Ivan Drago", body="Newer words")
    # The new comment is dated now, after the last change the reader saw.
    with_new = client.get(url, headers={"If-Modified-Since": since})
    assert with_new.status_code == 200


def test_a_private_features_comment_feed_stays_private(client, features):
    older, _newer = features
    PageViewRestriction.objects.create(
        page=older, restriction_type=PageViewRestriction.LOGIN
    )
    assert client.get(older.url + "comments/feed/").status_code == 302


def test_pages_link_their_feeds(client, index_page, features):
    older, _newer = features

    def alternates(url):
        page = BeautifulSoup(client.get(url).content, "html.parser")
        return [
            (link["type"], link["href"])
            for link in page.find_all("link", rel="alternate")
        ]

    assert alternates(index_page.url) == [
        ("application/rss+xml", "http://localhost/features/feed/"),
        ("application/atom+xml", "http://localhost/features/atom/"),
    ]
    assert alternates(older.url) == [
        ("application/rss+xml", "http://localhost/features/feed/"),
        ("application/atom+xml", "http://localhost/features/atom/"),
        (
            "application/rss+xml",
            "http://localhost/features/older-feature/comments/feed/",
        ),
    ]
    for _type, href in alternates(older.url):
        assert client.get(href).status_code == 200


# -- The demo ------------------------------------------------------------------------


def test_the_demo_serves_its_chapters_key_moments_and_feeds(client):
    from home import demo_content

    from wagtail_montage.models import VideoFeaturePage

    from .test_demo import load_demo

    load_demo()
    feature = VideoFeaturePage.objects.get(slug=demo_content.FEATURE["slug"])
    index = feature.get_parent()
    vtt = client.get(feature.url + "chapters.vtt")
    assert vtt.status_code == 200
    assert "00:00:00.000 --> 00:03:10.000\nSequence 1: the farm" in vtt.content.decode()
    html = client.get(feature.url).content.decode()
    assert '"@type": "Clip"' in html
    assert "https://www.imdb.com/title/tt0089927/" in html
    _response, comments = read(client, feature.url + "comments/feed/")
    assert comments.entries
    for route in ("feed/", "atom/"):
        _response, feed = read(client, index.url + route)
        assert [entry.title for entry in feed.entries] == [feature.title]
