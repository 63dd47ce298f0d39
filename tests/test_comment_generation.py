"""Kept comment counts and validators (``caching.generation.comments_generation``):
kept while a page's comments do not change, stale as soon as one is approved,
edited, removed or deleted, one by one or in bulk, in this process or another;
and a request reads each generation token from the shared cache once."""

import pytest
from django.core.cache import caches
from django.db import connection
from django.db.models import QuerySet
from django.test.utils import CaptureQueriesContext

from wagtail_montage.caching import generation
from wagtail_montage.comments.moderation import approve, trash
from wagtail_montage.compat import api_v3_available
from wagtail_montage.models import ReaderComment

from .comment_helpers import make_comment
from .test_api_plugin import detail_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator(django_user_model):
    return django_user_model.objects.create_superuser("mod", "mod@example.com", "pw")


V2 = "/api/v2/pages/{}/"
V3 = "/api/v3/pages/{}/"


def urls(page):
    # API v3 where the installed Wagtail has it (8.x; not 7.4 LTS).
    v3 = [V3.format(page.pk)] if api_v3_available() else []
    return [V2.format(page.pk), *v3, detail_url(page)]


def counts(client, page):
    found = {}
    for url in urls(page):
        response = client.get(url)
        assert response.status_code == 200, response.content[:1000]
        found[url] = response.json()["comment_count"]
    return found


def assert_count(client, page, expected):
    assert set(counts(client, page).values()) == {expected}


def queries_of(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_kept_count_saves_a_query_until_a_comment_changes(client, feature, moderator):
    make_comment(feature, body="One")
    for url in urls(feature):
        client.get(url)
        warm = queries_of(client, url)
        approve([make_comment(feature, body="Waits", status="pending")], moderator)
        # The page's comments changed: the count is worked out again.
        assert queries_of(client, url) > warm, url
        assert queries_of(client, url) == warm, url


@pytest.mark.parametrize(
    "change",
    [
        "approve",
        "trash",
        "delete",
        "queryset_update",
        "queryset_delete",
        "bulk_create",
        "bulk_update",
        "edit_status",
    ],
)
def test_every_way_a_comment_changes_makes_the_count_stale(
    client, feature, moderator, change
):
    kept = make_comment(feature, body="Kept")
    other = make_comment(feature, body="Other")
    pending = make_comment(feature, body="Pending", status="pending")
    assert_count(client, feature, 2)
    expected = {
        "approve": 3,
        "trash": 1,
        "delete": 1,
        "queryset_update": 3,
        "queryset_delete": 1,
        "bulk_create": 3,
        "bulk_update": 3,
        "edit_status": 1,
    }[change]
    if change == "approve":
        approve([pending], moderator)
    elif change == "trash":
        trash([other], moderator)
    elif change == "delete":
        other.delete()
    elif change == "queryset_update":
        ReaderComment.objects.filter(pk=pending.pk).update(
            status=ReaderComment.Status.APPROVED
        )
    elif change == "queryset_delete":
        ReaderComment.objects.filter(pk=other.pk).delete()
    elif change == "bulk_create":
        ReaderComment.objects.bulk_create(
            [
                ReaderComment(
                    page=feature,
                    author_name="Bulk",
                    email="bulk@example.com",
                    body="Imported",
                    status=ReaderComment.Status.APPROVED,
                )
            ]
        )
    elif change == "bulk_update":
        pending.status = ReaderComment.Status.APPROVED
        ReaderComment.objects.bulk_update([pending], ["status"])
    elif change == "edit_status":
        other.status = ReaderComment.Status.SPAM
        other.save()
    assert_count(client, feature, expected)
    assert kept.pk


def test_a_new_pending_comment_leaves_kept_values_and_the_etag(
    client, feature, moderator
):
    make_comment(feature, body="One")
    url = detail_url(feature)
    etag = client.get(url)["ETag"]
    before = generation.comments_generation(feature.pk)
    make_comment(feature, body="Waits", status="pending")
    assert generation.comments_generation(feature.pk) == before
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    approve(list(ReaderComment.objects.pending()), moderator)
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_a_change_made_by_another_process_is_seen(client, feature):
    """Another worker's write reaches this one through the shared cache: here,
    the row written with no signal and the token replaced in the cache."""
    make_comment(feature, body="One")
    assert_count(client, feature, 1)
    # A plain QuerySet: no signal, as if written by another process.
    QuerySet(ReaderComment).filter(page=feature).update(
        status=ReaderComment.Status.TRASH
    )
    assert_count(client, feature, 1)  # kept: nothing said it changed
    caches["default"].set(f"{generation.COMMENTS_KEY}{feature.pk}", "another", None)
    assert_count(client, feature, 0)


@pytest.mark.v3
def test_a_request_reads_each_token_once(client, feature, monkeypatch):
    make_comment(feature, body="One")
    client.get(V3.format(feature.pk))
    reads = []
    cache = caches["default"]
    original = type(cache).get

    def counting_get(self, key, *args, **kwargs):
        if key == generation.GENERATION_KEY:
            reads.append(key)
        return original(self, key, *args, **kwargs)

    monkeypatch.setattr(type(cache), "get", counting_get)
    assert client.get(V3.format(feature.pk)).status_code == 200
    assert len(reads) == 1
    # Outside a request (a command, a worker) every read asks the cache.
    reads.clear()
    generation.current_generation(cache)
    generation.current_generation(cache)
    assert len(reads) == 2


def test_a_change_inside_a_request_is_read_again(feature):
    cache = caches["default"]
    generation.start_request_memo()
    try:
        first = generation.current_generation(cache)
        cache.set(generation.GENERATION_KEY, "other process", None)
        assert generation.current_generation(cache) == first  # one snapshot
        generation.new_generation()
        assert generation.current_generation(cache) not in (first, "other process")
    finally:
        generation.end_request_memo()


def test_without_the_cache_nothing_is_kept(client, feature, settings):
    settings.WAGTAIL_MONTAGE_API_REPRESENTATION_CACHE = None
    settings.WAGTAIL_MONTAGE_PAGE_FRAGMENT_CACHE = None
    make_comment(feature, body="One")
    assert generation.comments_generation(feature.pk) is None
    assert_count(client, feature, 1)
    ReaderComment.objects.filter(page=feature).update(status=ReaderComment.Status.TRASH)
    assert_count(client, feature, 0)


def test_moderating_many_comments_replaces_each_pages_token_once(
    feature, moderator, monkeypatch, django_capture_on_commit_callbacks
):
    comments = [
        make_comment(feature, body=f"Waits {n}", status="pending") for n in range(6)
    ]
    cache = generation.get_cache()
    written = []
    real_set_many = cache.set_many

    def set_many(values, *args, **kwargs):
        written.extend(key for key in values if key.startswith(generation.COMMENTS_KEY))
        return real_set_many(values, *args, **kwargs)

    monkeypatch.setattr(cache, "set_many", set_many)
    before = generation.comments_generation(feature.pk)
    with django_capture_on_commit_callbacks(execute=True):
        assert approve(comments, moderator) == 6
    # Now and after the commit: twice, whatever the number of comments.
    assert written == [f"{generation.COMMENTS_KEY}{feature.pk}"] * 2
    assert generation.comments_generation(feature.pk) != before
