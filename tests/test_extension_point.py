"""A site's own subclass of AbstractVideoFeaturePage (tests/testapp's
ReviewFeaturePage) is a feature everywhere VideoFeaturePage is one: listed,
filtered, indexed, related, commented on and served by every API."""

import json

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from wagtail_montage.checks import check_feature_page_model, check_feature_page_tags
from wagtail_montage.facts import filter_by_facts
from wagtail_montage.models import (
    FeatureFact,
    ReaderComment,
    VideoFeatureIndexPage,
    VideoFeaturePage,
    feature_page_models,
    feature_page_tables,
    feature_pages,
    get_feature_page_model,
)

from .comment_helpers import aged_token, make_comment, post_form
from .factories import FEATURE_MODELS, TRACK, make_feature
from .test_api_comments import post_json
from .test_api_plugin import FEATURES, detail_url, listed_ids, listing
from .testapp.models import ReviewFeaturePage

V2 = "/api/v2/pages/"
V3 = "/api/v3/pages/"
REVIEWS = {"type": "testapp.ReviewFeaturePage"}
# The review's own track: a person the plugin's default body does not have.
REVIEW_TRACK = {
    **TRACK,
    "title": "Holding Out for a Hero",
    "performers": ["Bonnie Tyler", "John Cafferty"],
}


@pytest.fixture
def video(index_page):
    page = make_feature(index_page, title="Rocky trains in the snow")
    page.tags.add("Training")
    page.save_revision().publish()
    return page


@pytest.fixture
def review(index_page):
    page = make_feature(
        index_page,
        model=ReviewFeaturePage,
        title="A review of the montage",
        rating=4,
        body=[("track", REVIEW_TRACK)],
    )
    page.tags.add("High Eighties")
    page.save_revision().publish()
    return page


# -- The models layer ---------------------------------------------------------


def test_every_concrete_subclass_is_a_feature_page_model(db):
    assert feature_page_models() == [VideoFeaturePage, ReviewFeaturePage]
    assert feature_page_tables() == [VideoFeaturePage, ReviewFeaturePage]
    assert VideoFeatureIndexPage.clean_subpage_models() == FEATURE_MODELS
    assert ReviewFeaturePage.can_create_at(VideoFeatureIndexPage())


def test_feature_pages_are_pages_of_every_feature_model(video, review, index_page):
    assert set(feature_pages().values_list("pk", flat=True)) == {video.pk, review.pk}
    assert {type(page) for page in feature_pages().specific()} == set(FEATURE_MODELS)


def test_the_feature_page_model_is_a_setting(db, settings):
    assert get_feature_page_model() is VideoFeaturePage
    assert check_feature_page_model(None) == []
    settings.WAGTAIL_MONTAGE_FEATURE_PAGE_MODEL = "testapp.ReviewFeaturePage"
    assert get_feature_page_model() is ReviewFeaturePage
    assert check_feature_page_model(None) == []


@pytest.mark.parametrize(
    "label",
    [
        "wagtail_montage.VideoFeatureIndexPage",  # a page, not a feature
        "wagtail_montage.NoSuchPage",
        "not a label",
    ],
)
def test_a_feature_page_model_that_is_not_a_concrete_subclass_is_an_error(
    db, settings, label
):
    settings.WAGTAIL_MONTAGE_FEATURE_PAGE_MODEL = label
    with pytest.raises(ImproperlyConfigured, match="WAGTAIL_MONTAGE_FEATURE_PAGE"):
        get_feature_page_model()
    (error,) = check_feature_page_model(None)
    assert error.id == "wagtail_montage.E004"


def test_every_feature_page_model_has_tags(monkeypatch):
    assert check_feature_page_tags(None) == []
    monkeypatch.setattr(
        "wagtail_montage.checks.feature_page_models",
        lambda: [VideoFeaturePage, VideoFeatureIndexPage],
    )
    (error,) = check_feature_page_tags(None)
    assert error.id == "wagtail_montage.E005"
    assert error.obj is VideoFeatureIndexPage


# -- The plugin API -----------------------------------------------------------


def test_the_plugin_api_lists_every_feature_model(client, video, review):
    assert listed_ids(client) == [review.pk, video.pk]
    items = {item["id"]: item for item in listing(client)["items"]}
    assert items[review.pk]["tags"] == ["High Eighties"]
    assert items[review.pk]["teaser"] == review.teaser
    assert items[video.pk]["tags"] == ["Training"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"person": "bonnie tyler"}, "review"),
        ({"person": "john cafferty"}, "both"),
        ({"track": "holding out for a hero"}, "review"),
        ({"tag": "high eighties"}, "review"),
        ({"tag": "training"}, "video"),
        ({"place": "wyoming"}, "video"),
        ({"film": "rocky iv"}, "both"),
    ],
)
def test_fact_filters_find_a_site_subclass(client, video, review, query, expected):
    ids = {"review": {review.pk}, "video": {video.pk}, "both": {review.pk, video.pk}}
    assert set(listed_ids(client, **query)) == ids[expected]


def test_the_plugin_api_reads_a_site_subclass(client, video, review):
    response = client.get(detail_url(review))
    assert response.status_code == 200, response.content[:2000]
    data = response.json()
    assert data["id"] == review.pk
    assert data["tags"] == ["High Eighties"]
    assert [item["type"] for item in data["body"]] == ["track"]
    assert data["body"][0]["value"]["title"] == "Holding Out for a Hero"
    assert data["segments"][0]["value"]["label"]
    assert data["comments_open"] is True
    # Related across models: both carry John Cafferty.
    assert [item["id"] for item in data["related"]] == [video.pk]
    video_data = client.get(detail_url(video)).json()
    assert [item["id"] for item in video_data["related"]] == [review.pk]


def test_a_site_subclass_answers_304(client, review):
    etag = client.get(detail_url(review))["ETag"]
    assert client.get(detail_url(review), HTTP_IF_NONE_MATCH=etag).status_code == 304
    make_comment(review, body="A new approved comment", status="approved")
    assert client.get(detail_url(review), HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_comments_open_is_read_from_the_subclass_table(client, video, review):
    from wagtail_montage.api.validators import feature_validators

    review.comments_open = False
    review.save_revision().publish()
    assert feature_validators(review.pk)["comments_open"] is False
    assert feature_validators(video.pk)["comments_open"] is True
    assert client.get(detail_url(review)).json()["comments_open"] is False


def test_the_304_path_stays_one_query_with_several_models(client, video, review):
    from wagtail_montage.api.validators import feature_validators

    feature_validators(review.pk)  # compiled once
    with CaptureQueriesContext(connection) as queries:
        assert feature_validators(review.pk)["content_type"]
        assert feature_validators(video.pk)["content_type"]
    assert len(queries) == 2


def test_listing_queries_do_not_grow_with_features(client, index_page, video, review):
    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(FEATURES).status_code == 200
        return len(queries)

    count()
    few = count()
    for n in range(3):
        make_feature(index_page, title=f"Review {n}", model=ReviewFeaturePage)
        make_feature(index_page, title=f"Video {n}")
    assert count() == few


# -- The facts index and related features -------------------------------------


def test_the_facts_index_holds_a_site_subclass(review):
    facts = set(
        FeatureFact.objects.filter(page_id=review.pk).values_list("kind", "value")
    )
    assert ("person", "Bonnie Tyler") in facts
    assert ("tag", "High Eighties") in facts
    found = filter_by_facts(feature_pages(), person="Bonnie Tyler")
    assert list(found.values_list("pk", flat=True)) == [review.pk]


@pytest.mark.parametrize("feature_model", FEATURE_MODELS)
def test_unpublishing_leaves_the_facts_index(feature):
    assert FeatureFact.objects.filter(page_id=feature.pk).exists()
    feature.unpublish()
    assert not FeatureFact.objects.filter(page_id=feature.pk).exists()


def test_related_features_relate_across_models(client, video, review):
    assert [page.pk for page in review.get_more_features()] == [video.pk]
    assert [page.pk for page in video.get_more_features()] == [review.pk]
    assert isinstance(video.get_more_features()[0], ReviewFeaturePage)


# -- The index page and the page itself ---------------------------------------


def test_the_index_lists_and_filters_a_site_subclass(client, index_page, video, review):
    response = client.get(index_page.url)
    assert [page.pk for page in response.context["features"]] == [review.pk, video.pk]
    assert "A review of the montage" in response.content.decode()
    tagged = client.get(index_page.url, {"tag": "high-eighties"})
    assert [page.title for page in tagged.context["features"]] == [review.title]
    training = client.get(index_page.url, {"tag": "training"})
    assert [page.title for page in training.context["features"]] == [video.title]


def test_a_site_subclass_renders_with_the_plugin_template(client, review):
    response = client.get(review.url)
    assert response.status_code == 200
    names = [template.name for template in response.templates]
    assert "wagtail_montage/pages/video_feature_page.html" in names
    soup = BeautifulSoup(response.content, "html.parser")
    (script,) = soup.find_all("script", type="application/ld+json")
    graph = json.loads(script.string)["@graph"]
    (web_page,) = [node for node in graph if node["@type"] == "WebPage"]
    assert web_page["name"] == review.title
    (video_object,) = [node for node in graph if node["@type"] == "VideoObject"]
    assert [track["name"] for track in video_object["audio"]] == [
        "Holding Out for a Hero"
    ]


def test_the_comment_form_takes_a_comment_on_a_site_subclass(client, review):
    assert client.get(review.url).context["comment_form"] is not None
    response = post_form(client, review, body="The review is right about the barn.")
    assert response.status_code == 302, response.content[:2000]
    comment = ReaderComment.objects.get()
    assert comment.page_id == review.pk


def test_json_comments_take_a_site_subclass_as_target(client, review):
    response = post_json(client, review, token=aged_token(review))
    assert response.status_code == 201, response.content[:2000]
    assert ReaderComment.objects.filter(page_id=review.pk).count() == 1


# -- Wagtail's page APIs ------------------------------------------------------


@pytest.mark.parametrize("api", [V2, pytest.param(V3, marks=pytest.mark.v3)])
def test_wagtails_apis_serve_a_site_subclass(client, video, review, api):
    response = client.get(api, REVIEWS)
    assert response.status_code == 200, response.content[:2000]
    assert [item["id"] for item in response.json()["items"]] == [review.pk]
    detail = client.get(f"{api}{review.pk}/").json()
    assert detail["meta"]["type"] == "testapp.ReviewFeaturePage"
    assert detail["rating"] == 4
    assert detail["tags"] == ["High Eighties"]
    assert detail["comments_open"] is True
    assert [block["type"] for block in detail["body"]] == ["track"]
    assert Page.objects.get(pk=review.pk).specific_class is ReviewFeaturePage


def test_a_listing_of_one_model_reads_its_table_directly(client, video, review):
    def count(**params):
        client.get(FEATURES, params)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(FEATURES, params).status_code == 200
        return len(queries)

    # Two models: the pages first, then for the second model its rows and tags.
    assert count() == count(tag="training") + 1 + 2
    assert count(tag="high eighties") == count(tag="training")
