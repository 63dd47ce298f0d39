"""Wagtail's page APIs: v2 at /api/v2/, v3 at /api/v3/, with typed feature values."""

import json
import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from pydantic import TypeAdapter
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import PageViewRestriction

from wagtail_montage.api.blocks import BodyItem, VideoSegmentItem
from wagtail_montage.models import ReaderComment, VideoFeaturePage

from .comment_helpers import comment_settings, make_comment
from .factories import ALBUM, CHART_PEAK, LOCATION, TRACK, make_feature

V2 = "/api/v2/pages/"
V3 = "/api/v3/pages/"
FEATURES = {"type": "wagtail_montage.VideoFeaturePage"}
BODY = TypeAdapter(list[BodyItem])
SEGMENTS = TypeAdapter(list[VideoSegmentItem])

# What a reader gave only to the moderators: none of it may appear in any API response.
SECRETS = {
    "email": "ivan.drago.secret@example.com",
    "ip_address": "203.0.113.177",
    "user_agent": "SecretAgentBrowser/9.9 (montage-api-test)",
    "pending": "PENDING-BODY-never-published-4417",
    "spam": "SPAM-BODY-never-published-8821",
}


@pytest.fixture
def image(db):
    return get_image_model().objects.create(
        title="Snowy farm",
        description="A barn in the snow",
        file=get_test_image_file(),
    )


@pytest.fixture
def v3_auth(db):
    """Headers of an editor's API v3 token (Wagtail 8.x: the tests using it are
    marked v3 and skipped on Wagtail 7.4, which has no APIToken)."""
    from wagtail.models import APIToken

    user = get_user_model().objects.create_superuser(
        "editor", "editor@example.com", "password"
    )
    _token, secret = APIToken.create_token(user=user, name="test")
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}


def paragraph_linking(page):
    return f'<p>Back to <a linktype="page" id="{page.pk}">all features</a>.</p>'


def body_of(count, image, link_page, paragraph=None):
    """``count`` blocks, cycling through every kind of block, the database-backed
    ones first: an image, an internal link, rich text (with an internal link
    unless another ``paragraph`` is given)."""
    kinds = [
        ("image", {"image": image, "alt_text": "Rocky's barn", "decorative": False}),
        (
            "related_links",
            {
                "heading": "More",
                "links": [{"title": "", "page": link_page, "url": ""}],
            },
        ),
        ("paragraph", paragraph or paragraph_linking(link_page)),
        ("embed", "https://vimeo.com/76979871"),
        # The album before its track: any first n blocks refer only to blocks there.
        ("album", ALBUM),
        ("track", TRACK),
        ("chart_fact", CHART_PEAK),
        ("location", LOCATION),
        ("quote", {"text": "Going the distance.", "attribution": "A fan"}),
        ("heading", {"text": "The music", "level": "h2"}),
    ]
    return [kinds[n % len(kinds)] for n in range(count)]


def rich_feature(
    index_page, image, title="Rocky IV training", count=12, body=None, **fields
):
    page = make_feature(
        index_page,
        title=title,
        body=body or body_of(count, image, index_page),
        hero_image=image,
        film_alternate_titles=[
            (
                "alternate_title",
                {"title": "Rocky 4", "year": 1985, "note": "Video release"},
            )
        ],
        **fields,
    )
    page.tags.add("snow", "Training")
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def items_by_type(body):
    found = {}
    for item in body:
        found.setdefault(item["type"], item["value"])
    return found


def query_count(client, url, **params):
    """The number of queries a (warmed-up) GET of ``url`` takes."""
    assert client.get(url, params).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(queries)


# --- API v2 -------------------------------------------------------------------


def test_v2_listing_by_type_has_every_field(client, index_page, image):
    first = rich_feature(index_page, image, title="Training")
    second = make_feature(index_page, title="Fight night")

    response = client.get(V2, {**FEATURES, "fields": "*"})

    assert response.status_code == 200
    data = response.json()
    assert data["meta"]["total_count"] == 2
    assert {item["id"] for item in data["items"]} == {first.pk, second.pk}
    [item] = [item for item in data["items"] if item["id"] == first.pk]
    assert {
        "film_title",
        "film_year",
        "film_alternate_titles",
        "teaser",
        "video",
        "segments",
        "hero_image",
        "body",
        "comments_open",
        "comment_count",
        "tags",
    } <= set(item)
    assert item["meta"]["type"] == "wagtail_montage.VideoFeaturePage"
    assert item["meta"]["first_published_at"]
    assert item["tags"] == ["snow", "Training"]
    BODY.validate_python(item["body"])


def test_v2_index_page_has_its_intro(client, index_page):
    response = client.get(f"{V2}{index_page.pk}/")

    assert response.status_code == 200
    assert response.json()["intro"] == "<p>Clips and their music.</p>"


def test_v2_detail_values_are_typed(client, index_page, image):
    page = rich_feature(index_page, image)

    response = client.get(f"{V2}{page.pk}/")

    assert response.status_code == 200
    data = response.json()
    assert data["film_title"] == "Rocky IV"
    assert data["film_year"] == 1985
    assert data["film_alternate_titles"] == [
        {"title": "Rocky 4", "year": 1985, "note": "Video release"}
    ]
    assert data["teaser"] == "Two training sequences and the songs under them."
    assert data["video"] == {
        "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "provider": "YouTube",
        "thumbnail_url": "https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg",
        "embed_url": "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    }
    [segment] = SEGMENTS.validate_python(data["segments"])
    assert (segment.value.start_seconds, segment.value.end_seconds) == (0, 130)
    hero = data["hero_image"]
    assert "fill-1200x630" in hero["url"]
    assert hero["width"] > 0 and hero["height"] > 0
    assert hero["alt"] == "A barn in the snow"
    assert data["tags"] == ["snow", "Training"]
    assert data["comments_open"] is True
    assert data["comment_count"] == 0

    BODY.validate_python(data["body"])
    blocks = items_by_type(data["body"])
    assert blocks["chart_fact"]["position"] == 2
    assert blocks["location"]["latitude"] == 43.48
    assert blocks["location"]["longitude"] == -110.76
    assert blocks["album"]["release_date"] == "1985-11-27"
    assert blocks["track"]["composers"] == ["Vince DiCola", "Joe Esposito", "Ed Fruge"]
    assert blocks["related_links"]["links"][0]["page"] == {
        "id": index_page.pk,
        "title": "Features",
        "url": index_page.url,
    }
    assert blocks["image"]["alt"] == "Rocky's barn"
    assert blocks["image"]["width"] > 0 and blocks["image"]["height"] > 0
    assert blocks["image"]["url"].startswith("/media/images/")
    assert f'<a href="{index_page.url}">all features</a>' in blocks["paragraph"]
    assert blocks["embed"]["provider"] == "Vimeo"


def test_v2_rich_text_format_is_honoured(client, index_page, image):
    page = rich_feature(index_page, image)

    response = client.get(f"{V2}{page.pk}/", {"rich_text_format": "db_html"})

    assert response.status_code == 200
    paragraph = items_by_type(response.json()["body"])["paragraph"]
    assert paragraph == paragraph_linking(index_page)
    assert client.get(f"{V2}{page.pk}/", {"rich_text_format": "x"}).status_code == 400


@pytest.mark.v3
def test_video_thumbnail_comes_from_a_stored_embed_without_fetching(
    client, index_page, monkeypatch
):
    def no_fetching(*args, **kwargs):
        raise AssertionError("The API must not fetch embeds.")

    monkeypatch.setattr("wagtail.embeds.embeds.get_embed", no_fetching)
    vimeo = "https://vimeo.com/76979871"
    page = make_feature(index_page, video_url=vimeo)

    video = client.get(f"{V2}{page.pk}/").json()["video"]
    assert video["provider"] == "Vimeo"
    assert video["thumbnail_url"] is None
    assert video["embed_url"] == "https://player.vimeo.com/video/76979871"

    Embed.objects.create(
        url=vimeo,
        hash=get_embed_hash(vimeo),
        type="video",
        thumbnail_url="https://i.vimeocdn.com/video/452001751-640.jpg",
        provider_name="Vimeo",
    )
    for url in (f"{V2}{page.pk}/", f"{V3}{page.pk}/"):
        video = client.get(url).json()["video"]
        assert (
            video["thumbnail_url"] == "https://i.vimeocdn.com/video/452001751-640.jpg"
        )


@pytest.mark.v3
def test_video_is_null_without_a_video(client, index_page):
    page = make_feature(index_page, video_url="")

    assert client.get(f"{V2}{page.pk}/").json()["video"] is None
    assert client.get(f"{V3}{page.pk}/").json()["video"] is None


@pytest.mark.v3
def test_comment_count_is_approved_comments_only(client, index_page):
    page = make_feature(index_page)
    for _ in range(2):
        make_comment(page)
    make_comment(page, status=ReaderComment.Status.PENDING)
    make_comment(page, status=ReaderComment.Status.SPAM)

    assert client.get(f"{V2}{page.pk}/").json()["comment_count"] == 2
    assert client.get(f"{V3}{page.pk}/").json()["comment_count"] == 2
    listing = client.get(V2, {**FEATURES, "fields": "comment_count"}).json()
    assert listing["items"][0]["comment_count"] == 2


@pytest.mark.v3
def test_comments_open_follows_the_site_settings(client, index_page):
    page = make_feature(index_page)
    page.first_published_at = timezone.now() - timedelta(days=40)
    page.save(update_fields=["first_published_at"])
    assert client.get(f"{V2}{page.pk}/").json()["comments_open"] is True

    comment_settings(page, close_after_days=30)

    assert client.get(f"{V2}{page.pk}/").json()["comments_open"] is False
    assert client.get(f"{V3}{page.pk}/").json()["comments_open"] is False


# --- What the APIs never show ---------------------------------------------------


@pytest.mark.v3
def test_drafts_and_private_features_are_not_served(client, index_page):
    live = make_feature(index_page, title="Live")
    draft = make_feature(index_page, title="Draft", publish=False)
    private = make_feature(index_page, title="Private")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )

    v2_ids = {item["id"] for item in client.get(V2, FEATURES).json()["items"]}
    v3_ids = {item["id"] for item in client.get(V3, FEATURES).json()["items"]}
    assert v2_ids == v3_ids == {live.pk}
    for page in (draft, private):
        assert client.get(f"{V2}{page.pk}/").status_code == 404
        assert client.get(f"{V3}{page.pk}/").status_code == 404


@pytest.mark.v3
def test_unpublished_changes_are_not_served(client, index_page):
    page = make_feature(index_page)
    page.teaser = "A draft teaser"
    page.save_revision()

    assert client.get(f"{V2}{page.pk}/").json()["teaser"] != "A draft teaser"
    assert client.get(f"{V3}{page.pk}/").json()["teaser"] != "A draft teaser"


@pytest.mark.parametrize(
    "fields",
    ["email", "reader_comments", "*,reader_comments", "reader_comments(email)"],
)
def test_v2_refuses_comment_fields(client, feature, fields):
    """SECURITY case 22: only a page type's api_fields can be asked for."""
    for url in (V2, f"{V2}{feature.pk}/"):
        response = client.get(url, {**FEATURES, "fields": fields})
        assert response.status_code == 400, url


@pytest.mark.parametrize(
    "params",
    [{"email": SECRETS["email"]}, {"reader_comments": "1"}, {"order": "email"}],
)
def test_v2_listing_refuses_filtering_by_comment_fields(client, feature, params):
    """SECURITY case 22: nor filtered or ordered by (which would leak by probing)."""
    response = client.get(V2, {**FEATURES, **params})
    assert response.status_code == 400


@pytest.mark.v3
def test_v3_has_no_comment_type(client, feature, v3_auth):
    assert client.get("/api/v3/schema/").status_code == 401
    response = client.get("/api/v3/schema/", **v3_auth)
    types = {item["name"] for item in response.json()["types"]}
    assert "wagtail_montage.VideoFeaturePage" in types
    assert "wagtail_montage.ReaderComment" not in types
    snippets = client.get("/api/v3/snippets/wagtail_montage.ReaderComment/")
    assert snippets.status_code == 401


@pytest.mark.v3
def test_no_response_holds_private_comment_data(client, index_page, image):
    page = rich_feature(index_page, image)
    make_comment(
        page,
        email=SECRETS["email"],
        ip_address=SECRETS["ip_address"],
        user_agent=SECRETS["user_agent"],
    )
    make_comment(page, status=ReaderComment.Status.PENDING, body=SECRETS["pending"])
    make_comment(page, status=ReaderComment.Status.SPAM, body=SECRETS["spam"])

    urls = [
        (V2, {**FEATURES, "fields": "*"}),
        (V2, {"fields": "*"}),
        (f"{V2}{page.pk}/", {}),
        (f"{V2}{page.pk}/", {"fields": "*"}),
        (V3, FEATURES),
        (f"{V3}{page.pk}/", {}),
        ("/api/v3/openapi.json", {}),
    ]
    for url, params in urls:
        response = client.get(url, params)
        assert response.status_code == 200, url
        content = response.content.decode()
        for name, secret in SECRETS.items():
            assert secret not in content, (url, name)
        # An address or email of any kind: the pages hold none.
        assert not re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", content), url


# --- API v3 -------------------------------------------------------------------


@pytest.mark.v3
def test_v3_detail_has_the_typed_body(client, index_page, image):
    page = rich_feature(index_page, image)

    response = client.get(f"{V3}{page.pk}/")

    assert response.status_code == 200
    data = response.json()
    items = BODY.validate_python(data["body"])
    assert len(items) == 12
    blocks = items_by_type(data["body"])
    assert blocks["chart_fact"]["position"] == 2
    assert blocks["album"]["release_date"] == "1985-11-27"
    assert blocks["related_links"]["links"][0]["page"]["id"] == index_page.pk
    assert f'<a href="{index_page.url}">all features</a>' in blocks["paragraph"]
    SEGMENTS.validate_python(data["segments"])
    assert data["hero_image"]["width"] > 0
    assert data["tags"] == ["snow", "Training"]
    assert data["film_alternate_titles"][0]["title"] == "Rocky 4"

    db_html = client.get(f"{V3}{page.pk}/", {"rich_text_format": "db_html"}).json()
    assert items_by_type(db_html["body"])["paragraph"] == paragraph_linking(index_page)


@pytest.mark.v3
def test_v3_body_and_segments_are_v2s(client, index_page, image):
    page = rich_feature(index_page, image)

    v2 = client.get(f"{V2}{page.pk}/").json()
    v3 = client.get(f"{V3}{page.pk}/").json()

    for name in ("body", "segments", "video", "film_alternate_titles", "tags"):
        assert v3[name] == v2[name], name


@pytest.mark.v3
def test_v3_openapi_describes_the_body_with_block_schemas(client):
    response = client.get("/api/v3/openapi.json")

    assert response.status_code == 200
    schemas = response.json()["components"]["schemas"]
    fields = schemas["VideoFeaturePageSchema"]["properties"]
    items = fields["body"]["items"]
    assert items["discriminator"]["propertyName"] == "type"
    assert items["discriminator"]["mapping"]["track"].endswith("/TrackItem")
    assert len(items["oneOf"]) == 11
    track = schemas["TrackItem"]["properties"]
    assert track["type"]["const"] == "track"
    assert schemas["TrackValue"]["properties"]["composers"]["type"] == "array"
    # A chart fact is a chart peak or a certification, told apart by fact_kind:
    # a chart peak's position and chart are never null, a certification's level.
    chart_fact = schemas["ChartFactItem"]["properties"]["value"]
    assert chart_fact["discriminator"]["propertyName"] == "fact_kind"
    assert set(chart_fact["discriminator"]["mapping"]) == {
        "chart_peak",
        "certification",
    }
    peak = schemas["ChartPeakValue"]["properties"]
    assert peak["position"] == {
        "description": "Peak position; with top_n, the N of 'top N'",
        "minimum": 1,
        "title": "Position",
        "type": "integer",
    }
    assert peak["chart_name"]["type"] == "string"
    assert peak["level"]["type"] == "null"
    certification = schemas["CertificationValue"]["properties"]
    assert certification["level"]["enum"] == ["silver", "gold", "platinum", "diamond"]
    assert certification["position"]["type"] == "null"
    # A list, never null: a video without segments has an empty one.
    assert fields["segments"]["type"] == "array"
    assert fields["segments"]["items"]["$ref"].endswith("/VideoSegmentItem")
    assert "anyOf" not in fields["segments"]
    assert "VideoFeaturePageCreateSchema" in schemas
    assert "VideoFeaturePagePatchSchema" in schemas


@pytest.mark.v3
def test_v3_writes_still_work(client, index_page, feature, v3_auth):
    """Typing the read body leaves v3's create and update as Wagtail made them."""
    created = client.post(
        V3,
        json.dumps(
            {
                "title": "More features",
                "meta": {
                    "type": "wagtail_montage.VideoFeatureIndexPage",
                    "parent_id": index_page.get_parent().pk,
                },
            }
        ),
        content_type="application/json",
        **v3_auth,
    )
    assert created.status_code == 201, created.content
    updated = client.patch(
        f"{V3}{feature.pk}/",
        json.dumps(
            {
                "title": "Rocky in the snow",
                "meta": {"type": "wagtail_montage.VideoFeaturePage"},
            }
        ),
        content_type="application/json",
        **v3_auth,
    )
    assert updated.status_code == 200, updated.content
    assert updated.json()["title"] == "Rocky in the snow"
    BODY.validate_python(updated.json()["body"])


# --- Queries --------------------------------------------------------------------


PLAIN_PARAGRAPH = "<p>Rocky trains in the <b>snow</b>.</p>"


# Both ways: with what the APIs keep, and with the cache off (every part worked out).
kept_or_not = pytest.mark.parametrize(
    "kept", ["default", None], ids=["kept", "worked-out"]
)


@kept_or_not
@pytest.mark.parametrize("url", [V2, pytest.param(V3, marks=pytest.mark.v3)])
def test_detail_queries_do_not_grow_with_the_body(
    client, index_page, image, url, kept, settings
):
    settings.WAGTAIL_MONTAGE_API_REPRESENTATION_CACHE = kept

    def feature(count):
        body = body_of(count, image, index_page, paragraph=PLAIN_PARAGRAPH)
        return rich_feature(index_page, image, title=f"{count}", body=body)

    small, large = feature(5), feature(50)

    assert query_count(client, f"{url}{large.pk}/") == query_count(
        client, f"{url}{small.pk}/"
    )


@kept_or_not
@pytest.mark.parametrize("url", [V2, pytest.param(V3, marks=pytest.mark.v3)])
def test_detail_queries_do_not_grow_with_linking_paragraphs(
    client, index_page, image, url, kept, settings
):
    settings.WAGTAIL_MONTAGE_API_REPRESENTATION_CACHE = kept
    small = rich_feature(index_page, image, title="Small", count=5)
    large = rich_feature(index_page, image, title="Large", count=50)

    assert query_count(client, f"{url}{large.pk}/") == query_count(
        client, f"{url}{small.pk}/"
    )


def test_v2_listing_queries_do_not_grow_with_the_features(client, index_page, image):
    """Every field of the plugin loads for the whole listing at once. (Images and
    page links inside a body are another matter: Wagtail loads a StreamField's
    chooser values one page at a time, which no api_field can change.)"""
    body = [
        ("paragraph", PLAIN_PARAGRAPH),
        ("track", {**TRACK, "album_title": ""}),
        ("location", LOCATION),
        ("embed", "https://vimeo.com/76979871"),
    ]

    def listing(count):
        VideoFeaturePage.objects.all().delete()
        for n in range(count):
            page = rich_feature(
                index_page,
                image,
                title=f"Feature {n}",
                body=body,
                video_url=f"https://vimeo.com/{n + 1}",
            )
            make_comment(page)
        return query_count(client, V2, **FEATURES, fields="*", limit=20)

    assert listing(20) == listing(2)


@pytest.mark.v3
def test_v3_draft_version_for_an_editor(client, index_page, image, v3_auth):
    page = rich_feature(index_page, image)
    page.teaser = "A draft teaser"
    page.tags.add("draft tag")
    page.save_revision()

    anonymous = client.get(f"{V3}{page.pk}/", {"version": "draft"}).json()
    editor = client.get(f"{V3}{page.pk}/", {"version": "draft"}, **v3_auth).json()

    assert anonymous["teaser"] != "A draft teaser"
    assert "draft tag" not in anonymous["tags"]
    assert editor["teaser"] == "A draft teaser"
    assert editor["tags"] == ["draft tag", "snow", "Training"]
    BODY.validate_python(editor["body"])
