"""schema.org JSON-LD and the Open Graph head of feature pages and the index."""

import json
from datetime import datetime, timedelta

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from wagtail_montage.models import ReaderComment, VideoFeaturePage
from wagtail_montage.structured_data import (
    build_structured_data,
    head_meta,
    structured_data_script,
)

from .factories import LOCATION, TRACK, make_feature

BREAKOUT = "</script><script>alert(1)</script> <!-- & -->"
# What a comment row holds that no reader sees, and comments not yet public.
PRIVATE = (
    "secret@example.com",
    "203.0.113.9",
    "SecretUA",
    "private.example.com",
    "Drago",
    "Spammer",
)


@pytest.fixture
def image(db):
    return get_image_model().objects.create(
        title="Snowy farm", file=get_test_image_file(size=(1600, 900))
    )


def add_comment(page, status="approved", minutes_ago=60, **fields):
    return ReaderComment.objects.create(
        page=page,
        author_name=fields.pop("author_name", "Adrian"),
        email="secret@example.com",
        website=fields.pop("website", "https://private.example.com/"),
        ip_address="203.0.113.9",
        user_agent="SecretUA",
        body=fields.pop("body", "Yo, Adrian!"),
        status=status,
        created_at=timezone.now() - timedelta(minutes=minutes_ago),
        **fields,
    )


def page_soup(client, page, query=""):
    response = client.get(page.url + query)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser"), response.content.decode()


def json_ld(soup):
    scripts = soup.find_all("script", type="application/ld+json")
    assert len(scripts) == 1
    return json.loads(scripts[0].string)


def nodes(document, type_name):
    assert document["@context"] == "https://schema.org"
    return [node for node in document["@graph"] if node["@type"] == type_name]


def node(document, type_name):
    (found,) = nodes(document, type_name)
    return found


def meta(soup, prop):
    tag = soup.find("meta", property=prop) or soup.find("meta", attrs={"name": prop})
    return tag["content"] if tag else None


def fresh(page):
    return VideoFeaturePage.objects.get(pk=page.pk)


# -- The document ----------------------------------------------------------------


def test_feature_page_carries_the_json_ld_of_its_blocks(client, feature):
    soup, _html = page_soup(client, feature)
    document = json_ld(soup)

    web_page = node(document, "WebPage")
    video = node(document, "VideoObject")
    movie = node(document, "Movie")
    album = node(document, "MusicAlbum")

    assert web_page["url"] == feature.full_url
    assert web_page["video"] == {"@id": video["@id"]}
    assert video["name"] == "Rocky training in Russia"
    assert video["description"] == "Two training sequences and the songs under them."
    assert video["thumbnailUrl"] == ["https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg"]
    assert video["uploadDate"] == feature.first_published_at.isoformat()
    assert video["embedUrl"] == "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
    assert video["about"] == {"@id": movie["@id"]}
    assert movie["name"] == "Rocky IV"
    assert movie["dateCreated"] == "1985"

    (recording,) = video["audio"]
    assert recording["@type"] == "MusicRecording"
    assert recording["name"] == "Heart's on Fire"
    # A solo performer (no kind given: a person) is a Person, not a MusicGroup.
    assert recording["byArtist"] == [{"@type": "Person", "name": "John Cafferty"}]
    composition = recording["recordingOf"]
    assert composition["@type"] == "MusicComposition"
    assert [person["name"] for person in composition["composer"]] == TRACK["composers"]
    assert {person["@type"] for person in composition["composer"]} == {"Person"}
    assert recording["inAlbum"] == {"@id": album["@id"]}

    assert album["name"] == "Rocky IV: Original Motion Picture Soundtrack"
    assert album["recordLabel"] == {
        "@type": "Organization",
        "name": "Scotti Bros. Records",
    }
    assert album["datePublished"] == "1985-11-27"

    (filmed,) = video["locationCreated"]
    assert filmed["@type"] == "Place"
    assert filmed["name"] == "Jackson Hole"
    assert filmed["address"] == {
        "@type": "PostalAddress",
        "addressRegion": "Wyoming",
        "addressCountry": "United States",
    }
    assert filmed["geo"] == {
        "@type": "GeoCoordinates",
        "latitude": 43.48,
        "longitude": -110.76,
    }
    assert video["contentLocation"] == [{"@type": "Place", "name": "the Soviet Union"}]

    (clip,) = video["hasPart"]
    assert clip == {
        "@type": "Clip",
        "name": "Barn training",
        "startOffset": 0,
        "endOffset": 130,
        # The page itself at that moment: it starts its player there.
        "url": "http://localhost/features/rocky-training-in-russia/?t=0",
        # The track the segment is set to.
        "audio": {
            "@id": "http://localhost/features/rocky-training-in-russia/#track-hearts-on-fire"
        },
    }


def test_the_page_and_the_api_read_one_document(client, feature):
    add_comment(feature)
    soup, _html = page_soup(client, feature)
    assert json_ld(soup) == build_structured_data(fresh(feature))


def test_without_a_request_urls_start_from_the_site_root(feature, image):
    feature.hero_image = image
    feature.save_revision().publish()
    document = build_structured_data(fresh(feature))
    video = node(document, "VideoObject")
    assert video["@id"] == "http://localhost/features/rocky-training-in-russia/#video"
    assert video["thumbnailUrl"][0].startswith("http://localhost/")
    assert "fill-1200x630" in video["thumbnailUrl"][0]
    assert node(document, "WebPage")["image"] == video["thumbnailUrl"][0]


def test_location_kinds_and_album_links(index_page):
    body = [
        (
            "track",
            {**TRACK, "album_title": "rocky iv: original motion picture soundtrack"},
        ),
        ("track", {**TRACK, "title": "War", "album_title": "Not On This Page"}),
        ("track", {**TRACK, "title": "Hearts", "album_title": ""}),
        (
            "album",
            {
                "title": "Rocky IV: Original Motion Picture Soundtrack",
                "artist": "Various",
                "record_label": "",
                "release_date": "1985-11",
                "notes": "",
            },
        ),
        (
            "location",
            {
                **LOCATION,
                "name": "Moscow",
                "kind": "setting",
                "stood_in_for": "",
                "region": "",
                "country": "Soviet Union",
            },
        ),
        (
            "location",
            {
                **LOCATION,
                "name": "Mammoth Studios",
                "kind": "studio",
                "stood_in_for": "",
                "latitude": None,
                "longitude": None,
            },
        ),
        (
            "location",
            {**LOCATION, "name": "Premiere venue", "kind": "other", "stood_in_for": ""},
        ),
        ("location", LOCATION),
        ("location", LOCATION),
    ]
    page = make_feature(
        index_page,
        body=[item for item in body if item[1].get("title") != "War"],
        film_alternate_titles=[
            ("alternate_title", {"title": "Rocky 4", "year": 1986, "note": ""})
        ],
    )
    # A body stored before references were checked may name an album the page
    # lacks (saving it now is refused): its JSON-LD names the album all the same.
    page.body = body
    type(page).objects.filter(pk=page.pk).update(body=page.body)
    document = build_structured_data(fresh(page))
    video = node(document, "VideoObject")
    album = node(document, "MusicAlbum")

    matched, unmatched, bare = video["audio"]
    assert matched["inAlbum"] == {"@id": album["@id"]}
    assert unmatched["inAlbum"] == {"@type": "MusicAlbum", "name": "Not On This Page"}
    assert "inAlbum" not in bare
    assert album["byArtist"] == {"@type": "MusicGroup", "name": "Various"}
    assert "recordLabel" not in album
    assert album["datePublished"] == "1985-11"

    assert [place["name"] for place in video["locationCreated"]] == [
        "Mammoth Studios",
        "Jackson Hole",
    ]
    assert "geo" not in video["locationCreated"][0]
    assert [place["name"] for place in video["contentLocation"]] == [
        "Moscow",
        "the Soviet Union",
    ]
    assert video["contentLocation"][0]["address"] == {
        "@type": "PostalAddress",
        "addressCountry": "Soviet Union",
    }
    assert node(document, "Movie")["alternateName"] == ["Rocky 4"]


def test_a_page_without_film_or_video(index_page):
    page = make_feature(
        index_page, film_title="", film_year=None, video_url="", segments=[]
    )
    document = build_structured_data(fresh(page))
    video = node(document, "VideoObject")
    assert nodes(document, "Movie") == []
    for key in ("about", "embedUrl", "thumbnailUrl", "hasPart", "sameAs"):
        assert key not in video
    assert "about" not in node(document, "WebPage")


# -- Comments --------------------------------------------------------------------


def test_only_approved_comments_with_the_author_name_only(client, feature):
    add_comment(feature, author_name="Paulie", body="Approved one", minutes_ago=30)
    add_comment(feature, status="pending", author_name="Drago", body="Pending one")
    add_comment(feature, status="spam", author_name="Spammer", body="Spam one")
    soup, html = page_soup(client, feature)
    script = soup.find("script", type="application/ld+json").string
    web_page = node(json.loads(script), "WebPage")

    assert web_page["commentCount"] == 1
    (comment,) = web_page["comment"]
    assert comment == {
        "@type": "Comment",
        "text": "Approved one",
        "dateCreated": comment["dateCreated"],
        "author": {"@type": "Person", "name": "Paulie"},
    }
    assert datetime.fromisoformat(comment["dateCreated"]) < timezone.now()
    for private in PRIVATE:
        assert private not in script
    for private in ("secret@example.com", "203.0.113.9", "SecretUA"):
        assert private not in html


def test_the_newest_comments_up_to_the_setting(settings, feature):
    settings.WAGTAIL_MONTAGE_STRUCTURED_DATA_COMMENTS = 2
    for n in range(5):
        add_comment(feature, body=f"Comment {n}", minutes_ago=100 - n)
    add_comment(feature, status="pending", body="Newest but pending", minutes_ago=1)
    web_page = node(build_structured_data(fresh(feature)), "WebPage")
    assert web_page["commentCount"] == 5
    assert [comment["text"] for comment in web_page["comment"]] == [
        "Comment 4",
        "Comment 3",
    ]


def test_no_comments_listed_when_the_setting_is_zero(settings, feature):
    settings.WAGTAIL_MONTAGE_STRUCTURED_DATA_COMMENTS = 0
    add_comment(feature)
    web_page = node(build_structured_data(fresh(feature)), "WebPage")
    assert web_page["commentCount"] == 1
    assert "comment" not in web_page


def test_no_comments_at_all(feature):
    web_page = node(build_structured_data(fresh(feature)), "WebPage")
    assert web_page["commentCount"] == 0
    assert "comment" not in web_page


def test_a_comment_cannot_break_out_of_the_script(client, feature):
    add_comment(feature, body=BREAKOUT, author_name="</script><b>x</b>")
    soup, html = page_soup(client, feature)
    # The JSON-LD, and the plugin's player script (a static file, nothing inline).
    assert html.count("</script>") == 2
    assert html.count("<script") == 2
    assert html.count('<script src="/static/wagtail_montage/js/player.js" defer>') == 1
    assert "<!--" not in html.split("</head>")[0]
    (comment,) = node(json_ld(soup), "WebPage")["comment"]
    assert comment["text"] == BREAKOUT
    assert comment["author"]["name"] == "</script><b>x</b>"


def test_the_script_escapes_markup_characters(feature):
    add_comment(feature, body=BREAKOUT)
    script = str(structured_data_script(fresh(feature)))
    assert script.startswith('<script type="application/ld+json">')
    inner = script.removeprefix('<script type="application/ld+json">').removesuffix(
        "</script>"
    )
    assert "<" not in inner
    assert ">" not in inner
    assert "&" not in inner
    assert "\\u003C/script\\u003E" in inner
    assert BREAKOUT in json.loads(inner)["@graph"][0]["comment"][0]["text"]


# -- Queries ---------------------------------------------------------------------


def count_queries(page):
    page = fresh(page)
    build_structured_data(page)  # warm the site root paths and renditions
    page = fresh(page)
    with CaptureQueriesContext(connection) as queries:
        build_structured_data(page)
    return [query["sql"] for query in queries]


def test_queries_do_not_grow_with_comments(index_page, image):
    few = make_feature(index_page, title="Few", hero_image=image)
    many = make_feature(index_page, title="Many", hero_image=image)
    for n in range(2):
        add_comment(few, body=f"c{n}")
    for n in range(50):
        add_comment(many, body=f"c{n}")
    few_queries, many_queries = count_queries(few), count_queries(many)
    assert len(few_queries) == len(many_queries)
    # Kept since the warm-up (caching.generation.comments_generation): none.
    assert sum("readercomment" in sql for sql in many_queries) == 0


def test_queries_do_not_grow_with_comments_without_the_cache(
    index_page, image, settings
):
    settings.WAGTAIL_MONTAGE_API_REPRESENTATION_CACHE = None
    few = make_feature(index_page, title="Few", hero_image=image)
    many = make_feature(index_page, title="Many", hero_image=image)
    add_comment(few, body="c")
    for n in range(50):
        add_comment(many, body=f"c{n}")
    few_queries, many_queries = count_queries(few), count_queries(many)
    assert len(few_queries) == len(many_queries)
    assert sum("readercomment" in sql for sql in many_queries) == 1


def test_kept_comments_and_image_follow_changes(index_page, image):
    page = make_feature(index_page, title="Kept", hero_image=image)
    add_comment(page, body="First")
    graph = build_structured_data(fresh(page))["@graph"][0]
    assert graph["commentCount"] == 1
    add_comment(page, body="Second")
    graph = build_structured_data(fresh(page))["@graph"][0]
    assert graph["commentCount"] == 2
    assert graph["comment"][0]["text"] == "Second"
    first = head_meta(fresh(page), RequestFactory().get("/"))["image"]
    image.description = "A barn in the snow"
    image.save()  # an image saved: what is kept of it is stale
    second = head_meta(fresh(page), RequestFactory().get("/"))["image"]
    assert first["url"] and first["alt"] != "A barn in the snow"
    assert second["alt"] == "A barn in the snow"


def test_queries_do_not_grow_with_blocks(index_page):
    small = make_feature(index_page, title="Small", repeat=1)
    large = make_feature(index_page, title="Large", repeat=10)
    assert len(fresh(large).tracks) == 10
    assert len(count_queries(small)) == len(count_queries(large))


# -- The head --------------------------------------------------------------------


def test_head_has_canonical_and_open_graph(client, feature, image):
    feature.hero_image = image
    feature.save_revision().publish()
    soup, _html = page_soup(client, feature)

    canonical = soup.find("link", rel="canonical")["href"]
    assert canonical == feature.full_url
    assert canonical.startswith("http://localhost/")
    assert meta(soup, "og:url") == canonical
    assert meta(soup, "og:type") == "video.other"
    assert meta(soup, "og:title") == "Rocky training in Russia"
    assert meta(soup, "og:description") == (
        "Two training sequences and the songs under them."
    )
    assert meta(soup, "description") == meta(soup, "og:description")
    og_image = meta(soup, "og:image")
    assert og_image.startswith("http://localhost/")
    assert "fill-1200x630" in og_image
    assert (meta(soup, "og:image:width"), meta(soup, "og:image:height")) == (
        "1200",
        "630",
    )
    assert (
        meta(soup, "og:video") == "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
    )
    assert meta(soup, "og:video:type") == "text/html"
    assert meta(soup, "twitter:card") == "summary_large_image"
    assert soup.find("link", rel="stylesheet")["href"].endswith("montage.css")


def test_head_falls_back_to_the_video_still_and_search_description(client, index_page):
    page = make_feature(index_page, search_description="Shared text.")
    soup, _html = page_soup(client, page)
    assert meta(soup, "og:image") == "https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg"
    assert meta(soup, "og:description") == "Shared text."
    assert meta(soup, "description") == "Shared text."


def test_head_of_a_feature_without_a_known_player(client, index_page):
    page = make_feature(index_page, video_url="", segments=[])
    soup, _html = page_soup(client, page)
    assert meta(soup, "og:video") is None
    assert meta(soup, "og:image") is None
    assert meta(soup, "twitter:card") == "summary"
    assert node(json_ld(soup), "VideoObject")


def test_index_page_has_open_graph_but_no_json_ld(client, index_page, feature):
    soup, html = page_soup(client, index_page)
    assert soup.find_all("script", type="application/ld+json") == []
    assert soup.find("link", rel="canonical")["href"] == index_page.full_url
    assert meta(soup, "og:type") == "website"
    assert meta(soup, "og:title") == "Features"
    assert feature.title in html


def test_index_canonical_keeps_only_tag_and_page(client, index_page):
    soup, _html = page_soup(client, index_page, "?tag=rocky&page=2&utm_source=x")
    assert (
        soup.find("link", rel="canonical")["href"]
        == index_page.full_url + "?tag=rocky&page=2"
    )
    for number in ("1", "0", "-2", "²", "9" * 5000, "abc"):
        soup, _html = page_soup(client, index_page, f"?page={number}")
        assert soup.find("link", rel="canonical")["href"] == index_page.full_url


def test_head_values_are_escaped(client, index_page):
    page = make_feature(index_page, title='Rocky "IV" <b>', teaser='A "quote" & <i>')
    soup, html = page_soup(client, page)
    assert meta(soup, "og:title") == 'Rocky "IV" <b>'
    assert meta(soup, "og:description") == 'A "quote" & <i>'
    assert "<b>" not in html.split("</head>")[0]


def test_an_unsaved_page_in_preview_gets_blank_node_ids(index_page, rf):
    page = VideoFeaturePage(
        title="New", slug="new", teaser="Not saved yet.", film_title="Rocky IV"
    )
    document = build_structured_data(page, rf.get("/admin/pages/add/"))
    video = node(document, "VideoObject")
    assert node(document, "WebPage")["commentCount"] == 0
    assert video["@id"] == "_:video"
    assert video["about"] == {"@id": "_:film"}
    assert "uploadDate" not in video
