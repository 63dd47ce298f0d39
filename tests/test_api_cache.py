"""What the APIs keep between requests (``wagtail_montage.caching``): kept while
nothing changes, stale as soon as a page, an image, a site or the comment
settings change, never a response (comments and validators are always fresh)."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Site

from wagtail_montage import checks
from wagtail_montage.caching import generation
from wagtail_montage.models import CommentSettings

from .comment_helpers import make_comment
from .factories import TRACK, make_feature
from .test_api_plugin import detail_url

pytestmark = pytest.mark.django_db

V2 = "/api/v2/pages/{}/"
V3 = "/api/v3/pages/{}/"


def linking_feature(index_page, target, title="Linking clip"):
    return make_feature(
        index_page,
        title=title,
        body=[
            ("paragraph", f'<p>See <a linktype="page" id="{target.pk}">this</a>.</p>')
        ],
        segments=[],
    )


def paragraph(data):
    return next(item["value"] for item in data["body"] if item["type"] == "paragraph")


@pytest.fixture
def rich_feature(index_page):
    """A feature whose body links to a page and holds an image: its JSON needs queries."""
    image = get_image_model().objects.create(title="Barn", file=get_test_image_file())
    body = [
        ("paragraph", f'<p>See <a linktype="page" id="{index_page.pk}">more</a>.</p>'),
        ("image", {"image": image, "alt_text": "A barn", "decorative": False}),
        ("track", TRACK),
    ]
    return make_feature(index_page, body=body, segments=[])


def read(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content[:2000]
    return response.json()


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "url", [detail_url("{}"), V2, pytest.param(V3, marks=pytest.mark.v3)]
)
def test_a_second_read_is_served_from_what_was_kept(client, rich_feature, url):
    url = url.format(rich_feature.pk)
    first = count_queries(client, url)
    second = count_queries(client, url)
    assert second < first
    assert read(client, url)["body"] == read(client, url)["body"]


@pytest.mark.parametrize(
    "url", [detail_url("{}"), V2, pytest.param(V3, marks=pytest.mark.v3)]
)
def test_nothing_is_kept_when_the_setting_is_none(client, rich_feature, url, settings):
    url = url.format(rich_feature.pk)
    count_queries(client, url)  # Wagtail's own caches (site root paths...) warm up
    kept = count_queries(client, url)
    settings.WAGTAIL_MONTAGE_API_REPRESENTATION_CACHE = None
    worked_out = count_queries(client, url)
    assert worked_out > kept
    assert count_queries(client, url) == worked_out


@pytest.mark.parametrize(
    "url", [detail_url("{}"), V2, pytest.param(V3, marks=pytest.mark.v3)]
)
def test_a_moved_link_target_shows_its_new_url(client, index_page, url):
    target = make_feature(index_page, title="Target clip", segments=[])
    page = linking_feature(index_page, target)
    url = url.format(page.pk)
    assert f'href="{target.url}"' in paragraph(read(client, url))

    target.slug = "renamed-clip"
    target.save_revision().publish()
    target.refresh_from_db()

    assert target.url.rstrip("/").endswith("renamed-clip")
    assert f'href="{target.url}"' in paragraph(read(client, url))


def test_a_page_saved_by_code_is_seen_at_once(client, index_page):
    target = make_feature(index_page, title="Target clip", segments=[])
    page = linking_feature(index_page, target)
    read(client, detail_url(page))
    type(target).objects.get(pk=target.pk).save()  # no publish: still a new generation
    before = generation.generation()[0]
    page.title = "Retitled by a script"
    page.save()
    assert generation.generation()[0] != before
    assert read(client, detail_url(page))["title"] == "Retitled by a script"


def test_an_image_change_shows_in_the_body(client, index_page):
    image = get_image_model().objects.create(
        title="Barn", file=get_test_image_file(), description="A barn in the snow"
    )
    page = make_feature(
        index_page,
        body=[("image", {"image": image, "alt_text": "", "decorative": False})],
        segments=[],
    )
    [before] = read(client, detail_url(page))["body"]
    assert before["value"]["title"] == "Barn"
    image.title = "Barn at night"
    image.save()
    [after] = read(client, detail_url(page))["body"]
    assert after["value"]["title"] == "Barn at night"


def test_related_features_follow_publishing(client, index_page):
    rocky = make_feature(
        index_page, title="Rocky clip", body=[("track", TRACK)], segments=[]
    )
    assert read(client, detail_url(rocky))["related"] == []
    sibling = make_feature(
        index_page,
        title="Another Cafferty clip",
        body=[("track", {**TRACK, "title": "Hearts on Fire (live)"})],
        segments=[],
    )
    assert [item["id"] for item in read(client, detail_url(rocky))["related"]] == [
        sibling.pk
    ]
    sibling.unpublish()
    assert read(client, detail_url(rocky))["related"] == []


def test_comments_are_never_kept(client, feature):
    first = read(client, detail_url(feature))
    assert first["comment_count"] == 0
    make_comment(feature, body="Fresh from the barn")
    second = read(client, detail_url(feature))
    assert second["comment_count"] == 1
    [web_page] = [
        node
        for node in second["structured_data"]["@graph"]
        if node["@type"] == "WebPage"
    ]
    assert web_page["commentCount"] == 1
    assert web_page["comment"][0]["text"] == "Fresh from the barn"


def test_closing_comments_in_the_settings_shows_at_once(client, feature, site):
    assert read(client, detail_url(feature))["comments_open"] is True
    settings = CommentSettings.for_site(site)
    settings.close_after_days = 1
    settings.save()
    published = timezone.now() - timedelta(days=3)
    type(feature).objects.filter(pk=feature.pk).update(first_published_at=published)
    # The update above saves no page: the settings' save made the kept data stale.
    assert read(client, detail_url(feature))["comments_open"] is False


def test_comments_closing_with_time_alone_changes_the_etag(client, feature, site):
    settings = CommentSettings.for_site(site)
    settings.close_after_days = 2
    settings.save()
    response = client.get(detail_url(feature))
    assert response.json()["comments_open"] is True
    later = timezone.now() + timedelta(days=3)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(timezone, "now", lambda: later)
        again = client.get(detail_url(feature), HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 200
    assert again["ETag"] != response["ETag"]
    assert again.json()["comments_open"] is False


def test_hosts_are_kept_apart(client, feature, site):
    Site.objects.create(hostname="other.example", port=80, root_page=site.root_page)
    here = read(client, detail_url(feature))
    there = client.get(detail_url(feature), HTTP_HOST="other.example").json()
    assert here["detail_url"].startswith("http://testserver/")
    assert there["detail_url"].startswith("http://other.example/")


def test_rich_text_formats_are_kept_apart(client, index_page):
    target = make_feature(index_page, title="Target clip", segments=[])
    page = linking_feature(index_page, target)
    html = paragraph(read(client, detail_url(page)))
    db_html = paragraph(read(client, detail_url(page) + "?rich_text_format=db_html"))
    assert 'linktype="page"' in db_html and 'linktype="page"' not in html


def test_a_draft_preview_is_never_served_from_what_the_live_page_kept(client, feature):
    from wagtail_montage.previews import make_preview_token

    read(client, detail_url(feature))
    feature.title = "Draft title"
    feature.save_revision()
    token = make_preview_token(feature.get_latest_revision())
    preview = client.get("/api/montage/features/preview/", {"token": token})
    assert preview.status_code == 200, preview.content
    assert preview.json()["title"] == "Draft title"
    assert read(client, detail_url(feature))["title"] != "Draft title"


def test_a_new_generation_after_commit_too(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        before = generation.generation()[0]
        generation.new_generation()
        during = generation.generation()[0]
    assert len(callbacks) == 1
    assert len({before, during, generation.generation()[0]}) == 3


@override_settings(
    DEBUG=False,
    CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}},
)
def test_a_per_process_cache_gets_a_warning():
    [warning] = checks.check_representation_cache(None)
    assert warning.id == "wagtail_montage.W005"


@override_settings(WAGTAIL_MONTAGE_API_REPRESENTATION_CACHE=None)
def test_no_warning_when_nothing_is_kept():
    assert checks.check_representation_cache(None) == []


@pytest.mark.v3
def test_an_editors_draft_read_first_is_not_served_to_readers(client, index_page):
    from django.contrib.auth import get_user_model
    from wagtail.models import APIToken

    from .test_api_wagtail import paragraph_linking

    first = get_image_model().objects.create(title="Live", file=get_test_image_file())
    draft = get_image_model().objects.create(title="Draft", file=get_test_image_file())
    page = make_feature(
        index_page,
        hero_image=first,
        body=[("paragraph", paragraph_linking(index_page))],
        segments=[],
    )
    page.hero_image = draft
    page.teaser = "A draft teaser"
    page.body = [("paragraph", "<p>Draft words.</p>")]
    page.tags.add("draft tag")
    page.save_revision()
    editor = get_user_model().objects.create_superuser("ed", "ed@example.com", "pw")
    _token, secret = APIToken.create_token(user=editor, name="test")
    url = V3.format(page.pk)

    drafted = client.get(
        url, {"version": "draft"}, HTTP_AUTHORIZATION=f"Bearer {secret}"
    ).json()
    assert drafted["teaser"] == "A draft teaser"
    for reader_url in (url, V2.format(page.pk), detail_url(page)):
        live = read(client, reader_url)
        assert live["teaser"] != "A draft teaser"
        assert "draft tag" not in live["tags"]
        assert "Draft words" not in str(live["body"])
        image = live.get("hero_image") or live.get("image")
        assert image and "Draft" not in str(image.get("alt")), reader_url


def test_validators_match_the_queryset_in_one_query(client, feature):
    from wagtail_montage.api import validators

    make_comment(feature, body="One")
    make_comment(feature, body="Two", status="pending")
    orm = validators.validators_queryset(feature.pk).first()
    with CaptureQueriesContext(connection) as queries:
        found = validators.feature_validators(feature.pk)
    assert len(queries) == 1
    assert found == {**orm, "comments_open": bool(orm["comments_open"])}
    assert found["montage_comment_count"] == 1
    assert found["last_published_at"].tzinfo is not None
    assert validators.feature_validators(feature.pk + 1000) is None


def test_validators_hide_private_and_draft_features(client, index_page, feature):
    from wagtail.models import PageViewRestriction

    from wagtail_montage.api import validators

    draft = make_feature(index_page, title="Draft clip", publish=False)
    assert validators.feature_validators(draft.pk) is None
    # A restriction on a sibling hides the sibling only: an ancestor's or the
    # page's own hides it (its path starts with the restricted page's path).
    PageViewRestriction.objects.create(
        page=draft, restriction_type=PageViewRestriction.LOGIN
    )
    assert validators.feature_validators(feature.pk) is not None
    assert feature.pk in validators.live_features().values_list("pk", flat=True)
    PageViewRestriction.objects.create(
        page=index_page, restriction_type=PageViewRestriction.LOGIN
    )
    assert validators.feature_validators(feature.pk) is None
    assert not validators.live_features().filter(pk=feature.pk).exists()
    assert client.get(detail_url(feature)).status_code == 404
