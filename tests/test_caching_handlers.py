"""What makes kept values stale (``wagtail_montage.handlers``): Wagtail's own
signals for what a kept value shows, never a draft save, a lock or a save of a
model nothing kept shows; and a view restriction purges the features under it."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from wagtail_montage.caching import generation
from wagtail_montage.models import VideoFeatureIndexPage

from .comment_helpers import make_comment
from .factories import make_feature
from .test_api_caching import RecordingBackend, frontend_cache, purged_urls  # noqa: F401

# frontend_cache (imported above) is a fixture: front-end caching on, purges recorded.

pytestmark = pytest.mark.django_db


def token():
    return generation.generation()[0]


def changes(action):
    before = token()
    assert before is not None
    action()
    return token() != before


def test_a_draft_save_keeps_everything_and_publishing_does_not(feature):
    feature.title = "A retitled draft"
    assert not changes(feature.save_revision)
    assert changes(lambda: feature.get_latest_revision().publish())


def test_a_lock_keeps_everything(feature, django_user_model):
    editor = django_user_model.objects.create_user("ed", "ed@example.com", "pw")
    feature.locked, feature.locked_by = True, editor
    assert not changes(
        lambda: feature.save(update_fields=["locked", "locked_by", "locked_at"])
    )


def test_a_new_draft_page_keeps_everything(index_page):
    assert not changes(lambda: make_feature(index_page, title="Draft", publish=False))


def test_deleting_a_draft_page_makes_everything_stale(index_page):
    # A body linking to it loses the link's href: what is kept shows it.
    draft = make_feature(index_page, title="Draft", publish=False)
    assert changes(draft.delete)


def test_moving_and_unpublishing_make_everything_stale(site, index_page, feature):
    other = VideoFeatureIndexPage(title="Elsewhere", slug="elsewhere")
    site.root_page.add_child(instance=other)
    assert changes(lambda: feature.move(other, pos="last-child"))
    assert changes(lambda: type(feature).objects.get(pk=feature.pk).unpublish())


def test_what_nothing_kept_shows_keeps_everything(feature):
    """No receiver without a sender: a comment or a group saved is not a change
    of what is kept (comments are read fresh, fragments key on their own
    validators)."""
    assert not changes(lambda: make_comment(feature, body="Fresh"))
    assert not changes(lambda: Group.objects.create(name="Readers"))


@pytest.mark.usefixtures("frontend_cache")
def test_a_view_restriction_purges_the_features_under_it(
    index_page, feature, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=index_page, restriction_type=PageViewRestriction.LOGIN
        )
    assert RecordingBackend.calls == [("purge_batch", purged_urls(feature))]


@pytest.mark.usefixtures("frontend_cache")
def test_a_restriction_elsewhere_purges_nothing(
    site, feature, django_capture_on_commit_callbacks
):
    other = VideoFeatureIndexPage(title="Elsewhere", slug="elsewhere")
    site.root_page.add_child(instance=other)
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=other, restriction_type=PageViewRestriction.LOGIN
        )
    assert RecordingBackend.calls == []
