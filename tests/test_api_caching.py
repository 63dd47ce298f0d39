"""HTTP caching of the plugin API's reads (ETag, Last-Modified, 304, Cache-Control)
and the front-end cache purge when a feature is published or a comment approved.

``wagtail.contrib.frontend_cache`` is not in the test settings' INSTALLED_APPS:
the purge tests make ``apps.is_installed`` say it is, and point
``WAGTAILFRONTENDCACHE`` at ``RecordingBackend`` below (``PurgeBatch`` needs
only ``wagtail.contrib.frontend_cache.utils``, not the app).
"""

from datetime import timedelta

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.http import http_date, parse_http_date
from wagtail.contrib.frontend_cache.backends.base import BaseBackend

from wagtail_montage.caching import generation
from wagtail_montage.comments import moderation
from wagtail_montage.models import ReaderComment

from .comment_helpers import light_feature, make_comment
from .factories import TRACK, make_feature
from .test_api_plugin import API, detail_url

pytestmark = pytest.mark.django_db

FEATURES = API + "features/"
COMMENTS = API + "comments/"
TOKEN = API + "comments/token/"

PENDING = ReaderComment.Status.PENDING


@pytest.fixture
def feature(index_page):
    """Overrides conftest's: a feature with a one-paragraph body, quicker to build."""
    return light_feature(index_page)


@pytest.fixture
def moderator(db):
    return get_user_model().objects.create_superuser(
        "moderator", "moderator@example.com", "pw"
    )


def reads(page):
    """Each cached read of the plugin API that shows ``page``: (url, params)."""
    return {
        "features": (FEATURES, {}),
        "detail": (detail_url(page), {}),
        "comments": (COMMENTS, {"page": page.pk}),
    }


READS = ["features", "detail", "comments"]


def get(client, page, name, **headers):
    url, params = reads(page)[name]
    return client.get(url, params, headers=headers)


def set_published(page, when):
    """Move the page's publication (and the API cache's last change, which that
    publication made) back to ``when``."""
    type(page).objects.filter(pk=page.pk).update(
        first_published_at=when, last_published_at=when
    )
    generation.get_cache().set(
        generation.GENERATION_KEY, f"{when.timestamp():.6f}-moved-back", None
    )


# -- Validators and Cache-Control ---------------------------------------------------------------


@pytest.mark.parametrize("name", READS)
def test_reads_carry_etag_last_modified_and_cache_control(client, feature, name):
    make_comment(feature)
    response = get(client, feature, name)
    assert response.status_code == 200
    etag = response["ETag"]
    assert etag.startswith('"') and etag.endswith('"') and len(etag) > 8
    assert parse_http_date(response["Last-Modified"]) <= timezone.now().timestamp()
    assert response["Cache-Control"] == "public, max-age=60"
    assert "Origin" in response["Vary"]
    # The same representation has the same validator.
    assert get(client, feature, name)["ETag"] == etag


@pytest.mark.parametrize("name", READS)
def test_cache_control_is_a_setting(client, feature, settings, name):
    settings.WAGTAIL_MONTAGE_API_CACHE_CONTROL = "public, max-age=300, s-maxage=600"
    response = get(client, feature, name)
    assert response["Cache-Control"] == "public, max-age=300, s-maxage=600"
    not_modified = get(client, feature, name, If_None_Match=response["ETag"])
    assert not_modified["Cache-Control"] == "public, max-age=300, s-maxage=600"


def test_vary_names_origin_once(client, feature):
    response = get(client, feature, "detail")
    tokens = [token.strip().lower() for token in response["Vary"].split(",")]
    assert "origin" in tokens
    assert len(tokens) == len(set(tokens)), response["Vary"]


def test_the_token_and_preview_are_never_cached(client, feature):
    response = client.get(TOKEN, {"page": feature.pk})
    assert response["Cache-Control"] == "no-store"
    assert "ETag" not in response
    assert "public" not in response["Cache-Control"]


def test_errors_are_not_publicly_cacheable_with_validators(client, feature):
    response = client.get(detail_url(999_999))
    assert response.status_code == 404
    assert "ETag" not in response


# -- 304 ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", READS)
def test_if_none_match_gives_an_empty_304(client, feature, name):
    make_comment(feature)
    etag = get(client, feature, name)["ETag"]
    for header in (etag, f"W/{etag}", f'"other", {etag}', "*"):
        response = get(client, feature, name, If_None_Match=header)
        assert response.status_code == 304, header
        assert response.content == b""
        assert response["ETag"] == etag
    assert get(client, feature, name, If_None_Match='"other"').status_code == 200


@pytest.mark.parametrize("name", READS)
def test_if_modified_since_gives_a_304(client, feature, name):
    make_comment(feature, ago=600)
    set_published(feature, timezone.now() - timedelta(hours=1))
    response = get(client, feature, name)
    last_modified = response["Last-Modified"]
    assert get(client, feature, name, If_Modified_Since=last_modified).status_code in (
        304,
        # A listing may choose to revalidate by ETag only (see
        # test_unpublishing_a_listed_feature_is_not_hidden_by_if_modified_since).
        *((200,) if name != "detail" else ()),
    )
    later = http_date(timezone.now().timestamp())
    if name == "detail":
        not_modified = get(client, feature, name, If_Modified_Since=later)
        assert not_modified.status_code == 304
        assert not_modified.content == b""
    earlier = http_date(parse_http_date(last_modified) - 10)
    assert get(client, feature, name, If_Modified_Since=earlier).status_code == 200
    # If-None-Match wins over If-Modified-Since (RFC 9110 13.1.3).
    assert (
        get(
            client, feature, name, If_None_Match='"other"', If_Modified_Since=later
        ).status_code
        == 200
    )


@pytest.mark.parametrize("name", READS)
def test_a_garbled_conditional_header_is_a_200(client, feature, name):
    assert get(client, feature, name, If_Modified_Since="yesterday").status_code == 200
    assert get(client, feature, name, If_None_Match="").status_code == 200


def test_different_pages_of_a_listing_have_different_etags(client, index_page):
    for n in range(3):
        light_feature(index_page, title=f"Feature {n}")
    etags = {
        client.get(FEATURES, params)["ETag"]
        for params in (
            {},
            {"limit": 1},
            {"limit": 2},
            {"limit": 1, "offset": 1},
            {"film_title": "x", "film": "Rocky IV"},
            {"tag": "x"},
        )
    }
    assert len(etags) == 6


def test_a_comment_listing_etag_differs_per_page(client, index_page):
    first = light_feature(index_page, title="First")
    second = light_feature(index_page, title="Second")
    first_etag = client.get(COMMENTS, {"page": first.pk})["ETag"]
    assert client.get(COMMENTS, {"page": second.pk})["ETag"] != first_etag
    assert (
        client.get(COMMENTS, {"page": second.pk}, headers={"If-None-Match": first_etag})
    ).status_code == 200


# -- What changes the validators ------------------------------------------------------------------------


def test_publishing_changes_the_detail_and_listing_etags(client, feature):
    detail = get(client, feature, "detail")
    listing = get(client, feature, "features")
    feature.teaser = "A new teaser"
    feature.save_revision().publish()
    for name, before in (("detail", detail), ("features", listing)):
        response = get(client, feature, name, If_None_Match=before["ETag"])
        assert response.status_code == 200, name
        assert response["ETag"] != before["ETag"]
        assert "A new teaser" in response.content.decode()


def test_saving_a_draft_does_not_change_the_etags(client, feature):
    before = {name: get(client, feature, name)["ETag"] for name in READS}
    feature.teaser = "A draft teaser"
    feature.save_revision()
    for name in READS:
        assert get(client, feature, name, If_None_Match=before[name]).status_code == 304


def test_approving_a_comment_changes_the_detail_and_comment_etags(
    client, feature, moderator
):
    set_published(feature, timezone.now() - timedelta(hours=1))
    comment = make_comment(feature, status=PENDING, body="Waiting for approval")
    ReaderComment.objects.filter(pk=comment.pk).update(
        updated_at=timezone.now() - timedelta(minutes=5)
    )
    before = {name: get(client, feature, name) for name in ("detail", "comments")}
    assert "Waiting for approval" not in before["comments"].content.decode()
    moderation.approve([comment], moderator)
    for name, old in before.items():
        response = get(client, feature, name, If_None_Match=old["ETag"])
        assert response.status_code == 200, name
        assert response["ETag"] != old["ETag"]
        assert parse_http_date(response["Last-Modified"]) > parse_http_date(
            old["Last-Modified"]
        )
        response = get(client, feature, name, If_Modified_Since=old["Last-Modified"])
        assert response.status_code == 200, name
    assert get(client, feature, "detail").json()["comment_count"] == 1
    assert [
        item["body"] for item in get(client, feature, "comments").json()["items"]
    ] == ["Waiting for approval"]


def test_unapproving_a_comment_changes_the_etags(client, feature, moderator):
    comment = make_comment(feature, body="Soon hidden")
    before = {
        name: get(client, feature, name)["ETag"] for name in ("detail", "comments")
    }
    moderation.unapprove([comment], moderator)
    for name, etag in before.items():
        assert get(client, feature, name, If_None_Match=etag).status_code == 200


def test_unpublishing_changes_the_listing_etag(client, index_page):
    kept = light_feature(index_page, title="Kept")
    gone = light_feature(index_page, title="Gone")
    etag = client.get(FEATURES)["ETag"]
    gone.unpublish()
    response = client.get(FEATURES, headers={"If-None-Match": etag})
    assert response.status_code == 200
    assert [item["id"] for item in response.json()["items"]] == [kept.pk]


def test_unpublishing_a_listed_feature_is_not_hidden_by_if_modified_since(
    client, index_page
):
    """Last-Modified of a listing is its newest publication: a feature leaving the
    listing does not move it, so If-Modified-Since alone must not answer 304."""
    now = timezone.now()
    older = light_feature(index_page, title="Older")
    newer = light_feature(index_page, title="Newer")
    set_published(older, now - timedelta(days=2))
    set_published(newer, now - timedelta(days=1))
    last_modified = client.get(FEATURES)["Last-Modified"]
    older.unpublish()
    response = client.get(FEATURES, headers={"If-Modified-Since": last_modified})
    assert response.status_code == 200
    assert [item["id"] for item in response.json()["items"]] == [newer.pk]


def test_a_related_feature_published_later_changes_the_detail_etag(client, index_page):
    """The detail lists related features: publishing one changes the detail."""
    rocky = make_feature(index_page, title="Rocky")
    set_published(rocky, timezone.now() - timedelta(days=1))
    before = client.get(detail_url(rocky))
    assert before.json()["related"] == []
    sibling = make_feature(
        index_page,
        title="Another Cafferty clip",
        body=[("track", {**TRACK, "title": "Hearts on Fire (live)"})],
        segments=[],
    )
    response = client.get(detail_url(rocky), headers={"If-None-Match": before["ETag"]})
    assert response.status_code == 200
    assert [item["id"] for item in response.json()["related"]] == [sibling.pk]
    etag = response["ETag"]
    sibling.unpublish()
    response = client.get(detail_url(rocky), headers={"If-None-Match": etag})
    assert response.status_code == 200
    assert response.json()["related"] == []


# -- Purging the front-end cache ------------------------------------------------------------------------


class RecordingBackend(BaseBackend):
    """A front-end cache that records what it is asked to purge."""

    calls = []

    def purge(self, url):
        self.calls.append(("purge", [url]))

    def purge_batch(self, urls):
        self.calls.append(("purge_batch", sorted(urls)))


@pytest.fixture
def frontend_cache(settings, monkeypatch):
    """Front-end caching on, with ``RecordingBackend``; yields its calls."""
    settings.WAGTAILFRONTENDCACHE = {
        "test": {"BACKEND": f"{__name__}.RecordingBackend"}
    }
    is_installed = apps.is_installed
    monkeypatch.setattr(
        apps,
        "is_installed",
        lambda label: label == "wagtail.contrib.frontend_cache" or is_installed(label),
    )
    RecordingBackend.calls = []
    yield RecordingBackend.calls
    RecordingBackend.calls = []


def purged_urls(page):
    """Everything a feature's change purges: its page, chapters file and comment
    feed, its index's page and feeds, and its plugin API URLs."""
    root = "http://localhost"
    index = page.get_parent().url
    return sorted(
        [
            root + page.url,
            root + page.url + "chapters.vtt",
            root + page.url + "comments/feed/",
            root + index,
            root + index + "feed/",
            root + index + "atom/",
            root + detail_url(page),
            root + FEATURES,
            root + f"{COMMENTS}?page={page.pk}",
        ]
    )


def test_publishing_purges_the_page_and_its_api_urls_in_one_batch(
    feature, frontend_cache, django_capture_on_commit_callbacks
):
    feature.teaser = "Changed"
    with django_capture_on_commit_callbacks(execute=True):
        feature.save_revision().publish()
    assert frontend_cache == [("purge_batch", purged_urls(feature))]


def test_nothing_is_purged_before_the_transaction_commits(
    feature, frontend_cache, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        feature.save_revision().publish()
    assert callbacks
    assert frontend_cache == []


def test_unpublishing_purges_the_same_urls(
    feature, frontend_cache, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        feature.unpublish()
    assert frontend_cache == [("purge_batch", purged_urls(feature))]


def test_approving_a_comment_purges_the_page_and_its_api_urls_in_one_batch(
    feature, moderator, frontend_cache, django_capture_on_commit_callbacks
):
    comment = make_comment(feature, status=PENDING)
    with django_capture_on_commit_callbacks(execute=True):
        moderation.approve([comment], moderator)
    assert frontend_cache == [("purge_batch", purged_urls(feature))]


def test_approving_comments_of_two_features_purges_both_in_one_batch(
    index_page, moderator, frontend_cache, django_capture_on_commit_callbacks
):
    first = light_feature(index_page, title="First")
    second = light_feature(index_page, title="Second")
    comments = [
        make_comment(first, status=PENDING),
        make_comment(second, status=PENDING, email="b@example.com"),
    ]
    with django_capture_on_commit_callbacks(execute=True):
        moderation.approve(comments, moderator)
    assert frontend_cache == [
        ("purge_batch", sorted(set(purged_urls(first)) | set(purged_urls(second))))
    ]


def test_nothing_changed_nothing_purged(
    feature, moderator, frontend_cache, django_capture_on_commit_callbacks
):
    comment = make_comment(feature)  # already approved
    with django_capture_on_commit_callbacks(execute=True):
        assert moderation.approve([comment], moderator) == 0
    assert frontend_cache == []


def test_publishing_another_page_type_purges_nothing_of_the_api(
    index_page, frontend_cache, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        index_page.save_revision().publish()
    assert all("/api/montage/" not in url for _, urls in frontend_cache for url in urls)


def test_without_the_frontend_cache_app_nothing_is_purged(
    feature, settings, moderator, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {
        "test": {"BACKEND": f"{__name__}.RecordingBackend"}
    }
    RecordingBackend.calls = []
    assert not apps.is_installed("wagtail.contrib.frontend_cache")
    with django_capture_on_commit_callbacks(execute=True):
        feature.save_revision().publish()
        moderation.approve([make_comment(feature, status=PENDING)], moderator)
    assert RecordingBackend.calls == []


def test_erasing_an_author_purges_the_pages_that_showed_them(
    feature, frontend_cache, django_capture_on_commit_callbacks
):
    from wagtail_montage.comments.privacy import erase_author

    make_comment(feature, email="gone@example.com")
    with django_capture_on_commit_callbacks(execute=True):
        assert erase_author("gone@example.com") == 1
    assert frontend_cache == [("purge_batch", purged_urls(feature))]
