"""Feature pages keep rendered fragments (``caching.fragments``): served from the
cache while nothing changes, rendered again as soon as the page, a page it
shows, its comments or its comment settings change; never for previews, never
with the form inside."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail_montage.comments import moderation
from wagtail_montage.models import CommentSettings, ReaderComment

from .comment_helpers import make_comment
from .factories import TRACK, make_feature
from .test_comment_form import add_comments

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="(csrfmiddlewaretoken|token)" value="[^"]*"')


def html(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    # Without the per-request tokens and the template's indentation.
    return " ".join(TOKEN.sub("", response.content.decode()).split())


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.fixture
def moderator(django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("mod", "mod@example.com", "pw")
    user.user_permissions.add(Permission.objects.get(codename="moderate_readercomment"))
    return django_user_model.objects.get(pk=user.pk)


def test_a_second_visit_is_served_from_fragments(client, feature, settings):
    add_comments(feature, 30)
    first_html = html(client, feature.url)
    kept = queries(client, feature.url)
    assert html(client, feature.url) == first_html
    settings.WAGTAIL_MONTAGE_PAGE_FRAGMENT_CACHE = None
    rendered = queries(client, feature.url)
    assert html(client, feature.url) == first_html
    assert kept < rendered


def test_publishing_shows_at_once(client, feature):
    html(client, feature.url)
    feature.teaser = "A brand new teaser"
    feature.save_revision().publish()
    assert "A brand new teaser" in html(client, feature.url)


def test_more_features_follow_other_pages(client, index_page):
    rocky = make_feature(
        index_page, title="Rocky clip", body=[("track", TRACK)], segments=[]
    )
    assert "More features" not in html(client, rocky.url)
    make_feature(
        index_page,
        title="Another Cafferty clip",
        body=[("track", {**TRACK, "title": "Hearts on Fire (live)"})],
        segments=[],
    )
    assert "Another Cafferty clip" in html(client, rocky.url)


def test_approving_and_erasing_comments_show_at_once(client, feature, moderator):
    comment = make_comment(
        feature, status=ReaderComment.Status.PENDING, body="Waiting in line"
    )
    assert "Waiting in line" not in html(client, feature.url)
    moderation.approve([comment], moderator)
    assert "Waiting in line" in html(client, feature.url)
    ReaderComment.objects.filter(pk=comment.pk).delete()
    assert "Waiting in line" not in html(client, feature.url)


def test_an_edited_comment_shows_at_once(client, feature):
    comment = make_comment(feature, body="First words")
    assert "First words" in html(client, feature.url)
    comment.body = "Second thoughts"
    comment.save()
    assert "Second thoughts" in html(client, feature.url)


def test_closing_comments_hides_reply_links_at_once(client, feature, site):
    make_comment(feature, body="Reply to me")
    assert "replytocom=" in html(client, feature.url)
    settings = CommentSettings.for_site(site)
    settings.close_after_days = 0
    settings.save()
    page = html(client, feature.url)
    assert "Comments are closed." in page and "replytocom=" not in page


def test_a_reply_being_written_sits_in_its_thread(client, feature):
    comment = make_comment(feature, body="Answer me")
    html(client, feature.url)  # the threads are kept without a form
    page = html(client, feature.url, replytocom=comment.pk)
    thread = page[page.index(f'id="comment-{comment.pk}"') :]
    assert "montage-comment-form" in thread[: thread.index("</li>")]


def test_pages_of_threads_are_kept_apart(client, feature, settings):
    settings.WAGTAIL_MONTAGE_COMMENTS_PER_PAGE = 2
    made = add_comments(feature, 9)  # three threads of three: two on page one
    page_one = html(client, feature.url)
    page_two = html(client, feature.url, comments_page=2)
    assert f'id="comment-{made[3].pk}"' in page_one
    assert f'id="comment-{made[6].pk}"' not in page_one
    assert f'id="comment-{made[6].pk}"' in page_two
    assert html(client, feature.url, comments_page=999) == page_two
    assert html(client, feature.url, comments_page="abc") == page_one


def test_previews_are_never_kept(client, feature):
    live = html(client, feature.url)
    feature.title = "Draft title"
    draft = feature.save_revision().as_object()
    request = client.get(feature.url).wsgi_request
    request.is_preview = True
    response = draft.serve_preview(request, draft.default_preview_mode)
    response.render()
    heading = '<h1 class="montage-feature__title">Draft title</h1>'
    content = response.content.decode()
    assert heading in content
    assert '"name": "Draft title"' in content  # the JSON-LD is the draft's too
    assert html(client, feature.url) == live
    assert '"name": "Draft title"' not in live


def test_an_upgrade_never_serves_old_fragments(client, feature, monkeypatch):
    from wagtail_montage.caching import fragments

    make_comment(feature, body="Kept words")
    queries(client, feature.url)  # renders and keeps both fragments
    kept = queries(client, feature.url)
    monkeypatch.setattr(fragments, "__version__", "99.0")
    assert queries(client, feature.url) > kept  # both rendered again
    assert queries(client, feature.url) == kept
