"""The plugin's own API (``/api/montage/``): feature listings and details, fact
queries, visibility, query counts and the OpenAPI document.

Comments through the API are in ``test_api_comments.py``; HTTP caching and
purging in ``test_api_caching.py``.
"""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from pydantic import TypeAdapter
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import PageViewRestriction

from wagtail_montage.api.blocks import BodyItem, VideoSegmentItem
from wagtail_montage.api.schemas import FeatureDetail, FeatureList, FeatureSummary
from wagtail_montage.models import FeatureFact, ReaderComment

from .factories import LOCATION, TRACK, make_feature

pytestmark = pytest.mark.django_db

API = "/api/montage/"
FEATURES = API + "features/"
COMMENTS = API + "comments/"
TOKEN = API + "comments/token/"
PROBLEM = "application/problem+json"

BODY = TypeAdapter(list[BodyItem])
SEGMENTS = TypeAdapter(list[VideoSegmentItem])


def detail_url(page):
    return f"{FEATURES}{getattr(page, 'pk', page)}/"


def listing(client, **params):
    response = client.get(FEATURES, params)
    assert response.status_code == 200, response.content[:2000]
    return response.json()


def listed_ids(client, **params):
    return [item["id"] for item in listing(client, **params)["items"]]


def assert_problem(response, status, *fields):
    """A problem JSON answer with ``status`` (an int or a tuple of ints) naming ``fields``."""
    statuses = status if isinstance(status, tuple) else (status,)
    assert response.status_code in statuses, (
        response.status_code,
        response.content[:2000],
    )
    assert response["Content-Type"] == PROBLEM
    data = response.json()
    assert data["status"] == response.status_code
    assert data["title"]
    named = {error["field"] for error in data["errors"]}
    for name in fields:
        assert name in named, data
    return data


def light(index_page, title, **fields):
    """A live feature with a one-paragraph body (quick to build, no facts but film and tags)."""
    fields.setdefault("body", [("paragraph", "<p>Nothing shared.</p>")])
    fields.setdefault("segments", [])
    fields.setdefault("film_title", title)
    return make_feature(index_page, title=title, **fields)


def set_published(page, when):
    type(page).objects.filter(pk=page.pk).update(
        first_published_at=when, last_published_at=when
    )


# -- Hidden pages: built the way an editor gets them ------------------------------


def draft(index_page):
    return make_feature(index_page, title="Draft", publish=False)


def scheduled(index_page):
    page = make_feature(index_page, title="Scheduled", publish=False)
    page.go_live_at = timezone.now() + timedelta(days=1)
    page.save_revision().publish()
    page.refresh_from_db()
    assert not page.live
    return page


def unpublished(index_page):
    page = make_feature(index_page, title="Unpublished")
    page.unpublish()
    page.refresh_from_db()
    return page


def password_protected(index_page):
    page = make_feature(index_page, title="Password")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="rocky"
    )
    return page


def login_protected(index_page):
    page = make_feature(index_page, title="Members")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )
    return page


def group_protected(index_page):
    from django.contrib.auth.models import Group

    page = make_feature(index_page, title="Editors only")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get_or_create(name="Crew")[0]])
    return page


def under_restricted_parent(index_page):
    """A feature in a restricted section: restricted too."""
    from wagtail_montage.models import VideoFeatureIndexPage

    section = VideoFeatureIndexPage(title="Members area", slug="members")
    index_page.add_child(instance=section)
    page = make_feature(section, title="Under a restricted index")
    PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.LOGIN
    )
    return page


HIDDEN = {
    "draft": draft,
    "scheduled": scheduled,
    "unpublished": unpublished,
    "password": password_protected,
    "login": login_protected,
    "groups": group_protected,
    "under-restricted-parent": under_restricted_parent,
}


# -- Listing -------------------------------------------------------------------------


def test_listing_shape_and_summary_fields(client, feature):
    feature.tags.add("Training montage")
    feature.save_revision().publish()
    response = client.get(FEATURES)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    data = response.json()
    assert set(data) == {"count", "items"}
    FeatureList.model_validate(data)  # no key beyond the schema's
    assert data["count"] == 1
    [item] = data["items"]
    assert set(item) == set(FeatureSummary.model_fields)
    assert item["id"] == feature.pk
    assert item["title"] == "Rocky training in Russia"
    assert item["url"] == feature.url
    assert item["detail_url"] == f"http://testserver{detail_url(feature)}"
    assert item["film"] == {
        "title": "Rocky IV",
        "year": 1985,
        "alternate_titles": [],
        "imdb_id": "",
        "wikidata_id": "",
    }
    assert item["video"]["provider"] == "YouTube"
    assert item["video"]["embed_url"].startswith("https://www.youtube-nocookie.com/")
    assert item["tags"] == ["Training montage"]
    assert item["image"] is None


def test_listing_image_is_a_rendition(client, index_page):
    image = get_image_model().objects.create(
        title="Snowy farm", file=get_test_image_file()
    )
    light(index_page, "With image", hero_image=image)
    [item] = listing(client)["items"]
    assert item["image"]["url"].startswith("/media/images/")
    assert item["image"]["alt"] == "Snowy farm"
    assert item["image"]["width"] > 0 and item["image"]["height"] > 0


def test_listing_is_newest_first(client, index_page):
    now = timezone.now()
    pages = [light(index_page, f"Feature {n}") for n in range(4)]
    for age, page in zip([3, 1, 4, 2], pages, strict=True):
        set_published(page, now - timedelta(days=age))
    assert listed_ids(client) == [pages[1].pk, pages[3].pk, pages[0].pk, pages[2].pk]


def test_listing_default_limit_is_20_and_offset_pages_on(client, index_page):
    pages = [light(index_page, f"Feature {n}") for n in range(22)]
    newest_first = [page.pk for page in reversed(pages)]
    data = listing(client)
    assert data["count"] == 22
    assert [item["id"] for item in data["items"]] == newest_first[:20]
    assert listed_ids(client, offset=20) == newest_first[20:]
    assert listed_ids(client, limit=5, offset=3) == newest_first[3:8]
    assert listed_ids(client, limit=50) == newest_first
    # Past the end: an empty page with the same count.
    assert listing(client, offset=100) == {"count": 22, "items": []}


def test_page_sizes_are_settings(client, index_page, settings):
    settings.WAGTAIL_MONTAGE_API_PAGE_SIZE = 2
    settings.WAGTAIL_MONTAGE_API_MAX_PAGE_SIZE = 3
    for n in range(4):
        light(index_page, f"Feature {n}")
    assert len(listing(client)["items"]) == 2
    assert len(listing(client, limit=3)["items"]) == 3
    assert_problem(client.get(FEATURES, {"limit": 4}), (400, 422), "limit")


@pytest.mark.parametrize(
    "params, name",
    [
        ({"limit": "10000"}, "limit"),
        ({"limit": "51"}, "limit"),
        ({"limit": "0"}, "limit"),
        ({"limit": "-5"}, "limit"),
        ({"limit": "abc"}, "limit"),
        ({"limit": "1.5"}, "limit"),
        ({"limit": "99999999999999999999999"}, "limit"),
        ({"offset": "-1"}, "offset"),
        ({"offset": "abc"}, "offset"),
        ({"person": "x" * 256}, "person"),
    ],
    ids=repr,
)
def test_case21_bad_paging_parameters_are_4xx_naming_the_parameter(
    client, feature, params, name
):
    for url in (FEATURES, COMMENTS):
        if url == COMMENTS and name == "person":
            continue
        response = client.get(url, {"page": feature.pk, **params})
        assert_problem(response, (400, 422), name)


@pytest.mark.parametrize("offset", [str(2**31), str(2**63), "9" * 30])
def test_a_huge_offset_is_an_empty_page_or_4xx_never_500(client, feature, offset):
    for url in (FEATURES, COMMENTS):
        response = client.get(url, {"page": feature.pk, "offset": offset})
        if response.status_code == 200:
            assert response.json()["items"] == []
        else:
            assert_problem(response, (400, 422), "offset")


def test_a_nul_byte_in_a_query_parameter_is_not_a_500(client, feature):
    response = client.get(FEATURES, {"person": "john\x00cafferty"})
    assert response.status_code in (200, 400, 422)
    if response.status_code == 200:
        assert response.json()["count"] == 0


# -- Fact queries ------------------------------------------------------------------------


@pytest.fixture
def rocky(index_page):
    """The factory's feature: John Cafferty, Survivor, Billboard and RIAA,
    Jackson Hole in Wyoming standing in for the Soviet Union, Rocky IV."""
    page = make_feature(
        index_page,
        publish=False,
        film_alternate_titles=[
            ("alternate_title", {"title": "Rocky 4", "year": 1985, "note": ""})
        ],
    )
    page.tags.add("Training montage")
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def dancer(index_page):
    """Another feature, with accented facts and nothing shared with ``rocky``."""
    page = make_feature(
        index_page,
        title="Dancer in the factory",
        publish=False,
        film_title="Dancer in the Dark",
        film_year=2000,
        body=[
            (
                "track",
                {
                    **TRACK,
                    "title": "Cvalda",
                    "composers": ["Björk", "Mark Bell"],
                    "performers": ["Björk", "Catherine Deneuve"],
                    "album_title": "",  # no album block on this page
                },
            ),
            (
                "location",
                {
                    **LOCATION,
                    "name": "Trollhättan",
                    "region": "Västra Götaland",
                    "country": "Sweden",
                    "stood_in_for": "Washington State",
                    "latitude": 58.28,
                    "longitude": 12.29,
                },
            ),
        ],
        segments=[],
    )
    page.tags.add("Musical")
    page.save_revision().publish()
    page.refresh_from_db()
    return page


ROCKY_QUERIES = [
    {"person": "John Cafferty"},
    {"person": "JOHN CAFFERTY"},
    {"person": "  john   cafferty "},
    {"person": "vince dicola"},  # a composer
    {"person": "survivor"},  # a chart fact's artist
    {"track": "heart's on fire"},
    {"track": "HEART'S ON FIRE"},  # a track, and the subject of a chart fact
    {"chart": "billboard hot 100"},
    {"chart": "Billboard Hot 100"},
    {"chart": "riaa"},
    {"place": "Wyoming"},
    {"place": "wyoming"},
    {"place": "jackson hole"},
    {"place": "united states"},
    {"place": "the soviet union"},
    {"film": "rocky iv"},
    {"film": "Rocky 4"},  # an alternate title
    {"film": "RÓCKY ÍV"},  # accents are ignored on the query side too
    {"tag": "training montage"},
    {"person": "john cafferty", "place": "wyoming"},
    {"person": "john cafferty", "chart": "riaa", "film": "rocky iv", "tag": ""},
]
DANCER_QUERIES = [
    {"person": "Björk"},
    {"person": "bjork"},
    {"person": "BJORK"},
    {"person": "catherine deneuve"},
    {"track": "cvalda"},
    {"place": "trollhattan"},
    {"place": "Trollhättan"},
    {"place": "vastra gotaland"},
    {"place": "washington state"},
    {"film": "dancer in the dark"},
    {"tag": "MUSICAL"},
    {"tag": "musical", "person": "björk"},
]
NO_MATCH = [
    {"person": "Nobody"},
    {"person": "john"},  # whole values only
    {"person": "wyoming"},  # a place is not a person
    {"place": "john cafferty"},
    {"film": "Rocky"},
    {"person": "john cafferty", "place": "trollhattan"},  # AND, not OR
    {"person": "bjork", "film": "rocky iv"},
    {"tag": "training"},
    {"chart": "riaa", "tag": "musical"},
]


@pytest.mark.parametrize("query", ROCKY_QUERIES, ids=repr)
def test_fact_queries_find_rocky(client, rocky, dancer, query):
    data = listing(client, **query)
    assert data["count"] == 1
    assert [item["id"] for item in data["items"]] == [rocky.pk]


@pytest.mark.parametrize("query", DANCER_QUERIES, ids=repr)
def test_fact_queries_find_dancer(client, rocky, dancer, query):
    assert listed_ids(client, **query) == [dancer.pk]


@pytest.mark.parametrize("query", NO_MATCH, ids=repr)
def test_fact_queries_without_a_match_are_an_empty_list(client, rocky, dancer, query):
    assert listing(client, **query) == {"count": 0, "items": []}


def test_fact_queries_count_every_match_and_page(client, index_page):
    pages = [make_feature(index_page, title=f"Rocky {n}") for n in range(3)]
    light(index_page, "Unrelated")
    data = listing(client, person="John Cafferty", limit=2)
    assert data["count"] == 3
    assert [item["id"] for item in data["items"]] == [pages[2].pk, pages[1].pk]
    assert listed_ids(client, person="John Cafferty", limit=2, offset=2) == [
        pages[0].pk
    ]


def test_unknown_query_parameters_are_ignored(client, rocky, dancer):
    assert listing(client, fields="email")["count"] == 2


# -- Hidden pages ----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(HIDDEN))
def test_hidden_features_are_never_listed_nor_readable(client, index_page, kind):
    """Drafts, scheduled, unpublished and view-restricted features: not in the
    listing, not in any fact query, not related to a live feature; detail 404."""
    shown = make_feature(index_page, title="Shown")
    hidden = HIDDEN[kind](index_page)
    assert listed_ids(client) == [shown.pk]
    for query in ROCKY_QUERIES:
        assert hidden.pk not in listed_ids(client, **query), query
    response = client.get(detail_url(hidden))
    assert_problem(response, 404)
    assert "Rocky" not in response.content.decode()
    assert all(
        item["id"] != hidden.pk
        for item in client.get(detail_url(shown)).json()["related"]
    )


def test_draft_changes_of_a_live_feature_stay_private(client, rocky):
    rocky.title = "Draft title"
    rocky.teaser = "Draft teaser"
    rocky.body = [
        ("location", {**LOCATION, "name": "Secret Location", "region": "Nowhere"})
    ]
    rocky.segments = []  # their track is gone from the body
    rocky.save_revision()
    assert listing(client, place="secret location")["count"] == 0
    assert listed_ids(client, place="wyoming") == [rocky.pk]
    data = client.get(detail_url(rocky)).json()
    assert data["title"] == "Rocky training in Russia"
    assert "Draft teaser" not in str(data)
    assert "Secret Location" not in str(data)


def test_unknown_and_non_feature_ids_are_404(client, feature, index_page):
    for page_id in (999_999, index_page.pk, index_page.get_parent().pk):
        assert_problem(client.get(detail_url(page_id)), 404)


@pytest.mark.parametrize(
    "path",
    [
        "0/",
        "-1/",
        "abc/",
        "1.5/",
        f"{2**31}/",
        f"{2**64}/",
        "\u00b2/",
        "1" * 5000 + "/",
    ],
)
def test_ids_out_of_the_documented_range_are_422_problems(client, path):
    """The path parameter is documented as 1 to 2**31 - 1: anything else is a
    problem naming it, never an HTML page or a 500."""
    assert_problem(client.get(FEATURES + path), 422, "feature_id")


def test_after_unpublish_a_feature_leaves_fact_queries(client, rocky, dancer):
    assert listed_ids(client, person="john cafferty") == [rocky.pk]
    rocky.unpublish()
    assert not FeatureFact.objects.filter(page=rocky).exists()
    assert listing(client, person="john cafferty")["count"] == 0
    assert listing(client, place="wyoming")["count"] == 0
    assert listed_ids(client) == [dancer.pk]
    assert client.get(detail_url(rocky)).status_code == 404
    # Published again: back.
    rocky.save_revision().publish()
    assert listed_ids(client, person="john cafferty") == [rocky.pk]


def test_after_delete_a_feature_leaves_fact_queries(client, rocky, dancer):
    pk = rocky.pk
    rocky.delete()
    assert not FeatureFact.objects.filter(page_id=pk).exists()
    assert listing(client, person="john cafferty")["count"] == 0
    assert listing(client, tag="training montage")["count"] == 0
    assert listed_ids(client) == [dancer.pk]
    assert client.get(detail_url(pk)).status_code == 404


def test_republishing_moves_a_feature_between_fact_queries(client, rocky):
    rocky.body = [
        ("location", {**LOCATION, "name": "Grand Teton", "stood_in_for": "Siberia"})
    ]
    rocky.segments = []  # their track is gone from the body
    rocky.save_revision().publish()
    assert listed_ids(client, place="siberia") == [rocky.pk]
    assert listing(client, place="the soviet union")["count"] == 0
    assert listing(client, person="john cafferty")["count"] == 0


# -- Detail ---------------------------------------------------------------------------------


def test_detail_shape_and_typed_blocks(client, rocky):
    response = client.get(detail_url(rocky))
    assert response.status_code == 200
    data = response.json()
    FeatureDetail.model_validate(data)  # no key beyond the schema's
    assert set(data) == set(FeatureDetail.model_fields)
    assert data["id"] == rocky.pk
    assert data["film"]["alternate_titles"] == [
        {"title": "Rocky 4", "year": 1985, "note": ""}
    ]
    items = BODY.validate_python(data["body"])
    assert [item.type for item in items] == [block.block_type for block in rocky.body]
    by_type = {item["type"]: item["value"] for item in data["body"]}
    assert by_type["track"]["performers"] == ["John Cafferty"]
    assert by_type["location"]["stood_in_for"] == "the Soviet Union"
    [segment] = SEGMENTS.validate_python(data["segments"])
    assert (segment.value.start_seconds, segment.value.end_seconds) == (0, 130)
    assert data["comments_open"] is True
    assert data["comment_count"] == 0
    graph = data["structured_data"]["@graph"]
    assert data["structured_data"]["@context"] == "https://schema.org"
    assert {node["@type"] for node in graph} >= {"WebPage", "VideoObject", "Movie"}


def test_detail_related_features_share_a_person_track_or_place(
    client, rocky, dancer, index_page
):
    sibling = make_feature(
        index_page,
        title="Another Cafferty clip",
        body=[("track", {**TRACK, "title": "Hearts on Fire (live)"})],
        segments=[],
    )
    hidden = make_feature(index_page, title="Draft Cafferty clip", publish=False)
    data = client.get(detail_url(rocky)).json()
    assert [item["id"] for item in data["related"]] == [sibling.pk]
    [related] = data["related"]
    assert set(related) == set(FeatureSummary.model_fields)
    assert related["detail_url"].endswith(detail_url(sibling))
    assert client.get(detail_url(dancer)).json()["related"] == []
    assert hidden.pk not in [item["id"] for item in data["related"]]


def test_detail_counts_approved_comments_only(client, rocky):
    from .comment_helpers import make_comment

    make_comment(rocky)
    make_comment(rocky, email="b@example.com", body="Another")
    make_comment(rocky, status=ReaderComment.Status.PENDING, body="Waiting")
    make_comment(rocky, status=ReaderComment.Status.SPAM, body="Spam")
    data = client.get(detail_url(rocky)).json()
    assert data["comment_count"] == 2
    [webpage] = [
        node for node in data["structured_data"]["@graph"] if node["@type"] == "WebPage"
    ]
    assert webpage["commentCount"] == 2


def test_detail_says_when_comments_are_closed(client, rocky):
    rocky.comments_open = False
    rocky.save_revision().publish()
    assert client.get(detail_url(rocky)).json()["comments_open"] is False


# -- Query counts ---------------------------------------------------------------------------


def count_queries(client, url, **params):
    client.get(url, params)  # warm up: renditions, site root paths
    with CaptureQueriesContext(connection) as context:
        response = client.get(url, params)
    assert response.status_code == 200, response.content[:1000]
    return len(context.captured_queries)


# Both ways: with what the APIs keep, and with the cache off (every part worked out).
kept_or_not = pytest.mark.parametrize(
    "kept", ["default", None], ids=["kept", "worked-out"]
)


@kept_or_not
def test_detail_queries_do_not_grow_with_blocks(client, index_page, kept, settings):
    settings.WAGTAIL_MONTAGE_API_REPRESENTATION_CACHE = kept
    small = make_feature(index_page, title="Small", repeat=5)
    large = make_feature(index_page, title="Large", repeat=50)
    assert len(large.body) > 9 * len(small.body)
    assert count_queries(client, detail_url(small)) == count_queries(
        client, detail_url(large)
    )


@kept_or_not
def test_detail_queries_do_not_grow_with_comments(client, index_page, kept, settings):
    settings.WAGTAIL_MONTAGE_API_REPRESENTATION_CACHE = kept
    quiet = make_feature(index_page, title="Quiet")
    busy = make_feature(index_page, title="Busy")
    now = timezone.now()
    ReaderComment.objects.bulk_create(
        ReaderComment(
            page=busy,
            author_name=f"Reader {n}",
            email=f"reader{n}@example.com",
            body=f"Comment {n}",
            status=ReaderComment.Status.APPROVED,
            created_at=now - timedelta(minutes=n),
        )
        for n in range(200)
    )
    assert client.get(detail_url(busy)).json()["comment_count"] == 200
    assert count_queries(client, detail_url(quiet)) == count_queries(
        client, detail_url(busy)
    )


def test_listing_queries_do_not_grow_with_features(client, index_page):
    images = [
        get_image_model().objects.create(title=f"Still {n}", file=get_test_image_file())
        for n in range(2)
    ]

    def add(n):
        page = light(
            index_page, f"Feature {n}", publish=False, hero_image=images[n % 2]
        )
        page.tags.add(f"tag {n}", "montage")
        page.save_revision().publish()

    for n in range(2):
        add(n)
    few = count_queries(client, FEATURES)
    few_filtered = count_queries(client, FEATURES, tag="montage", film="Feature 1")
    for n in range(2, 20):
        add(n)
    assert listing(client)["count"] == 20
    assert count_queries(client, FEATURES) == few
    assert count_queries(client, FEATURES, tag="montage", film="Feature 1") == (
        few_filtered
    )


# -- OpenAPI -------------------------------------------------------------------------------------


@pytest.fixture
def openapi(client, db):
    response = client.get(API + "openapi.json")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    return response.json()


ROUTES = {
    "/api/montage/features/": {"get"},
    "/api/montage/features/{feature_id}/": {"get"},
    "/api/montage/features/preview/": {"get"},
    "/api/montage/comments/": {"get", "post"},
    "/api/montage/comments/token/": {"get"},
}


def test_openapi_document_is_3_1_and_covers_every_endpoint(openapi):
    assert openapi["openapi"].startswith("3.1")
    assert openapi["info"]["title"] and openapi["info"]["version"]
    assert set(openapi["paths"]) == set(ROUTES)
    for path, methods in ROUTES.items():
        operations = {
            method
            for method in openapi["paths"][path]
            if method in {"get", "post", "put", "patch", "delete"}
        }
        assert operations == methods, path
        for method in methods:
            operation = openapi["paths"][path][method]
            assert operation["responses"], (path, method)
            assert operation.get("summary"), (path, method)
    ids = [
        operation["operationId"]
        for item in openapi["paths"].values()
        for method, operation in item.items()
        if isinstance(operation, dict) and "operationId" in operation
    ]
    assert len(ids) == len(set(ids))


def test_openapi_documents_the_parameters(openapi):
    def parameters(path):
        return {
            parameter["name"]: parameter
            for parameter in openapi["paths"][path]["get"].get("parameters", [])
        }

    listed = parameters("/api/montage/features/")
    assert {"limit", "offset", "person", "track", "chart", "place", "film", "tag"} <= (
        set(listed)
    )
    assert all(parameter["in"] == "query" for parameter in listed.values())
    assert parameters("/api/montage/features/{feature_id}/")["feature_id"]["in"] == (
        "path"
    )
    assert {"page", "limit", "offset"} <= set(parameters("/api/montage/comments/"))
    assert parameters("/api/montage/comments/token/")["page"]["required"] is True
    post = openapi["paths"]["/api/montage/comments/"]["post"]
    assert "application/json" in post["requestBody"]["content"]
    assert {"201", "400", "403", "404", "409", "413", "429"} <= set(post["responses"])


def resolve(document, ref):
    assert ref.startswith("#/"), ref
    node = document
    for part in ref[2:].split("/"):
        node = node[part]
    return node


def refs(node):
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield node["$ref"]
        for value in node.values():
            yield from refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from refs(value)


def test_openapi_references_all_resolve(openapi):
    found = list(refs(openapi))
    assert found
    for ref in found:
        assert isinstance(resolve(openapi, ref), dict), ref


BLOCK_ITEMS = {
    "ParagraphItem": "paragraph",
    "HeadingItem": "heading",
    "ImageItem": "image",
    "QuoteItem": "quote",
    "EmbedItem": "embed",
    "TrackItem": "track",
    "AlbumItem": "album",
    "ChartFactItem": "chart_fact",
    "LocationItem": "location",
    "DetailsItem": "details",
    "RelatedLinksItem": "related_links",
}


def test_openapi_body_items_are_typed_with_a_type_discriminator(openapi):
    schemas = openapi["components"]["schemas"]
    for name in [
        *BLOCK_ITEMS,
        "VideoSegmentItem",
        "FeatureList",
        "FeatureDetail",
        "CommentList",
        "PostedComment",
        "CommentToken",
    ]:
        assert name in schemas, name
    for name, type_name in BLOCK_ITEMS.items():
        type_schema = schemas[name]["properties"]["type"]
        assert type_schema.get("const") == type_name or type_schema.get("enum") == [
            type_name
        ], (name, type_schema)
    body = schemas["FeatureDetail"]["properties"]["body"]["items"]
    assert body["discriminator"]["propertyName"] == "type"
    assert body["discriminator"]["mapping"] == {
        type_name: f"#/components/schemas/{name}"
        for name, type_name in BLOCK_ITEMS.items()
    }
    assert {item["$ref"] for item in body["oneOf"]} == set(
        body["discriminator"]["mapping"].values()
    )
    peak = schemas["ChartPeakValue"]["properties"]
    certification = schemas["CertificationValue"]["properties"]
    assert {"chart_name", "position", "certifier_name", "level_label"} <= set(peak)
    assert set(peak) == set(certification)  # the same fields, narrowed by kind


def test_openapi_response_schemas_hold_no_private_field(openapi):
    text = str(openapi["components"]["schemas"])
    for private in ("ip_address", "user_agent", "moderated_by"):
        assert private not in text
    for name in ("Comment", "PostedComment"):
        assert "email" not in openapi["components"]["schemas"][name]["properties"]


def test_openapi_document_validates(openapi):
    validator = pytest.importorskip("openapi_spec_validator")
    validator.validate(openapi)


def test_docs_page_uses_local_static_files(client, db):
    response = client.get(API + "docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "/api/montage/openapi.json" in html
    assert "cdn.jsdelivr.net" not in html
    assert "unpkg.com" not in html
    assert "/static/ninja/swagger-ui-bundle.js" in html
    assert "/static/ninja/swagger-ui.css" in html
