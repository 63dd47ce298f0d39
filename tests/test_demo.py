"""The example site's demo loader, its pages and its admin account command."""

import html
import ipaddress
import socket
import urllib.request
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from home import demo_content
from home.management.commands.ensure_demo_superuser import DEMO_PASSWORD
from home.management.commands.load_montage_demo import WELCOME_TITLE
from home.models import HomePage
from wagtail.embeds.finders import get_finders
from wagtail.embeds.models import Embed
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from wagtail_montage.blocks import VideoFeatureBodyBlock
from wagtail_montage.models import (
    ReaderComment,
    VideoFeatureIndexPage,
    VideoFeaturePage,
)

from .factories import make_feature

pytestmark = pytest.mark.django_db

TRACK_TITLES = [
    "Training Montage",
    "Heart's on Fire",
    "Burning Heart",
    "Living in America",
    "No Easy Way Out",
    "Going the Distance",
]


def load_demo():
    out = StringIO()
    call_command("load_montage_demo", stdout=out)
    return out.getvalue()


@pytest.fixture
def feature():
    load_demo()
    return VideoFeaturePage.objects.get(slug=demo_content.FEATURE["slug"])


@pytest.fixture
def site_templates(settings):
    """Render the plugin's pages inside the example site's own base template."""
    settings.WAGTAIL_MONTAGE_BASE_TEMPLATE = "base.html"


def page_text(response):
    return html.unescape(response.content.decode())


# --- load_montage_demo ---------------------------------------------------------


def test_loader_twice_leaves_one_of_each():
    first = load_demo()
    second = load_demo()

    assert "Created and published video feature" in first
    assert "Updated and published video feature" in second
    assert HomePage.objects.count() == 1
    assert VideoFeatureIndexPage.objects.count() == 1
    assert VideoFeaturePage.objects.count() == 1
    assert get_image_model().objects.filter(title=demo_content.IMAGE_TITLE).count() == 1

    feature = VideoFeaturePage.objects.get()
    assert feature.live and not feature.has_unpublished_changes
    # Each run publishes a new revision of the same page.
    assert feature.revisions.count() == 2
    assert sorted(tag.name for tag in feature.tags.all()) == sorted(
        demo_content.FEATURE_TAGS
    )
    assert feature.hero_image.title == demo_content.IMAGE_TITLE


def test_loader_replaces_the_welcome_page_and_roots_the_site_at_home():
    assert Page.objects.filter(title=WELCOME_TITLE).exists()
    load_demo()

    home = HomePage.objects.get()
    site = Site.objects.get(is_default_site=True)
    assert site.root_page_id == home.pk
    assert site.site_name == demo_content.SITE_NAME
    assert not Page.objects.filter(title=WELCOME_TITLE).exists()
    assert list(Page.get_first_root_node().get_children()) == [home.page_ptr]
    index = VideoFeatureIndexPage.objects.get()
    assert index.get_parent().pk == home.pk and index.show_in_menus
    assert VideoFeaturePage.objects.get().get_parent().pk == index.pk


def test_loader_serves_the_site_where_make_demo_serves_it(client):
    load_demo()
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8000)
    out = StringIO()
    call_command("load_montage_demo", "--port", "8123", stdout=out)
    site.refresh_from_db()
    assert (site.hostname, site.port) == ("127.0.0.1", 8123)
    assert "Default site now served at 127.0.0.1:8123" in out.getvalue()
    # Canonical link, og:url and JSON-LD ids name the address the demo answers on.
    feature = VideoFeaturePage.objects.get(slug=demo_content.FEATURE["slug"])
    url = f"http://127.0.0.1:8123{feature.url}"
    text = page_text(client.get(feature.url, HTTP_HOST="127.0.0.1:8123"))
    assert f'<link rel="canonical" href="{url}">' in text
    assert f'<meta property="og:url" content="{url}">' in text
    assert f'"@id": "{url}#' in text or f'"@id":"{url}#' in text
    assert "//localhost" not in text


@pytest.mark.parametrize("port", ["0", "65536", "eighty", "-1"])
def test_loader_refuses_a_port_that_is_not_one(port):
    with pytest.raises(CommandError, match="The port must be a number from 1 to 65535"):
        call_command("load_montage_demo", "--port", port, stdout=StringIO())


def test_loader_updates_edited_pages_in_place():
    load_demo()
    feature = VideoFeaturePage.objects.get()
    feature.title = "Edited by someone"
    feature.save_revision().publish()

    load_demo()

    feature.refresh_from_db()
    assert feature.title == demo_content.FEATURE["title"]
    assert VideoFeaturePage.objects.count() == 1


def test_loader_does_not_delete_a_changed_welcome_page():
    welcome = Page.objects.get(title=WELCOME_TITLE)
    welcome.title = "Our own home"
    welcome.save()

    with pytest.raises(CommandError, match="not a home page"):
        load_demo()

    assert Page.objects.filter(pk=welcome.pk, slug="home").exists()
    assert not HomePage.objects.exists()


def test_feature_uses_every_body_block_type(feature):
    used = {child.block_type for child in feature.body}
    assert used == set(VideoFeatureBodyBlock().child_blocks)


def test_demo_content_passes_the_editors_validation(feature):
    # What the admin form would check on save: the demo is content an editor could write.
    feature.body.stream_block.clean(feature.body)
    feature.segments.stream_block.clean(feature.segments)
    feature.film_alternate_titles.stream_block.clean(feature.film_alternate_titles)
    feature.full_clean()
    assert len(feature.teaser) <= 300


# --- demo comments -----------------------------------------------------------

APPROVED_COMMENTS = [c for c in demo_content.COMMENTS if c["status"] == "approved"]
PENDING_COMMENTS = [c for c in demo_content.COMMENTS if c["status"] == "pending"]


def test_loader_twice_leaves_the_same_comments():
    first = load_demo()
    feature = VideoFeaturePage.objects.get()
    ids = set(ReaderComment.objects.values_list("pk", flat=True))
    second = load_demo()

    assert f"Added {len(demo_content.COMMENTS)} reader comments" in first
    assert "Reader comments on" in second and "already there" in second
    assert set(ReaderComment.objects.values_list("pk", flat=True)) == ids
    comments = ReaderComment.objects.filter(page_id=feature.pk)
    assert comments.count() == len(demo_content.COMMENTS) == 8
    assert comments.approved().count() == len(APPROVED_COMMENTS) == 7
    assert comments.pending().count() == len(PENDING_COMMENTS) == 1


def test_demo_comments_form_threads_with_a_reply_to_a_reply():
    load_demo()
    comments = {c.body: c for c in ReaderComment.objects.select_related("parent")}
    by_key = {entry["key"]: comments[entry["body"]] for entry in demo_content.COMMENTS}

    for entry in demo_content.COMMENTS:
        comment = by_key[entry["key"]]
        parent = by_key.get(entry["reply_to"])
        assert comment.parent_id == (parent.pk if parent else None)
        if parent is not None:
            assert comment.created_at > parent.created_at
    assert max(comment.depth() for comment in by_key.values()) == 3
    # Replies go to published comments only, as the comment form allows.
    assert all(c.parent is None or c.parent.is_approved for c in by_key.values())


def test_demo_comments_use_documentation_addresses_only():
    for entry in demo_content.COMMENTS:
        assert entry["email"].rsplit("@", 1)[1] in ("example.com", "example.org")
        assert ipaddress.ip_address(entry["ip_address"]) in ipaddress.ip_network(
            "192.0.2.0/24"
        )


def test_demo_feature_shows_approved_comments_threaded(client, feature, site_templates):
    response = client.get(feature.url)

    assert response.status_code == 200
    text = page_text(response)
    assert "7 comments" in text
    comments = {c.body: c for c in ReaderComment.objects.all()}
    for entry in APPROVED_COMMENTS:
        comment = comments[entry["body"]]
        assert entry["body"] in text
        assert (
            f'class="montage-comment montage-comment--depth-{comment.depth()}" '
            f'id="comment-{comment.pk}"'
        ) in text
    for entry in PENDING_COMMENTS:
        assert entry["body"] not in text
        assert entry["author_name"] not in text
    for entry in demo_content.COMMENTS:
        assert entry["email"] not in text
        assert entry["ip_address"] not in text


# --- pages -------------------------------------------------------------------


def test_demo_feature_renders_its_facts(client, feature, site_templates):
    response = client.get(feature.url)

    assert response.status_code == 200
    text = page_text(response)
    for title in TRACK_TITLES:
        assert title in text
    for fact in ("Platinum", "No. 2", "No. 22", "top 10", "Jackson Hole"):
        assert fact in text
    assert "standing in for" in text
    assert "Scotti Bros. Records" in text
    assert "Rocky IV: Rocky vs. Drago" in text
    # The site's own chrome around the plugin's template.
    assert 'href="/static/css/site.css"' in text
    assert 'class="site-header__name" href="/">Montage demo</a>' in text
    assert 'href="/features/" aria-current="true"' in text


def test_demo_feature_renders_without_network(client, feature, monkeypatch):
    Embed.objects.all().delete()
    get_finders.cache_clear()

    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)

    response = client.get(feature.url)

    assert response.status_code == 200
    assert "youtube-nocookie.com/embed/" in response.content.decode()
    # The embed block's player was built (and cached) locally.
    assert Embed.objects.filter(url=demo_content.SECOND_SEQUENCE_URL).exists()


def test_home_page_lists_the_latest_features(client, feature):
    response = client.get("/")

    assert response.status_code == 200
    text = page_text(response)
    assert feature.title in text
    assert feature.teaser in text
    assert f'href="{feature.url}"' in text
    assert "Read more" in text
    assert 'href="/features/">All features</a>' in text


def test_home_page_shows_at_most_three_features(client, feature):
    index = VideoFeatureIndexPage.objects.get()
    for n in range(3):
        make_feature(index, title=f"Newer feature {n}", slug=f"newer-{n}")

    text = page_text(client.get("/"))

    assert all(f"Newer feature {n}" in text for n in range(3))
    assert feature.title not in text


def test_home_page_queries_do_not_grow_with_features(client, feature):
    index = VideoFeatureIndexPage.objects.get()
    client.get("/")  # creates the card's image rendition
    with CaptureQueriesContext(connection) as one_feature:
        assert client.get("/").status_code == 200

    for n in range(2):
        make_feature(
            index,
            title=f"Another {n}",
            slug=f"another-{n}",
            hero_image=feature.hero_image,
        )
    client.get("/")
    with CaptureQueriesContext(connection) as three_features:
        assert client.get("/").status_code == 200

    assert len(three_features) == len(one_feature)


def test_features_index_lists_the_demo(client, feature, site_templates):
    response = client.get("/features/")

    assert response.status_code == 200
    assert feature.title in page_text(response)


def test_missing_page_uses_the_site_404(client, feature):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    text = page_text(response)
    assert "Page not found" in text
    assert "Montage demo" in text


def test_demo_feature_opens_in_the_page_editor(client, feature, admin_user):
    client.force_login(admin_user)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[feature.pk]))

    assert response.status_code == 200


# --- ensure_demo_superuser -----------------------------------------------------


@pytest.fixture
def clean_env(monkeypatch):
    for name in (
        "DJANGO_SUPERUSER_USERNAME",
        "DJANGO_SUPERUSER_PASSWORD",
        "DJANGO_SUPERUSER_EMAIL",
    ):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def ensure_superuser():
    out = StringIO()
    call_command("ensure_demo_superuser", stdout=out)
    return out.getvalue()


def test_superuser_twice_is_one_user_with_the_demo_password(clean_env, settings):
    settings.DEBUG = True

    first = ensure_superuser()
    second = ensure_superuser()

    user = get_user_model().objects.get()
    assert user.username == "admin" and user.email == "admin@example.com"
    assert user.is_superuser and user.is_staff
    assert user.check_password(DEMO_PASSWORD)
    assert f"user: admin password: {DEMO_PASSWORD}" in first
    assert "local-only demo password" in first
    assert "Admin: http://testserver/admin/" in first
    assert "password: unchanged" in second


def test_superuser_takes_name_email_and_password_from_env(clean_env):
    clean_env.setenv("DJANGO_SUPERUSER_USERNAME", "editor")
    clean_env.setenv("DJANGO_SUPERUSER_EMAIL", "editor@example.org")
    clean_env.setenv("DJANGO_SUPERUSER_PASSWORD", "from-the-environment")

    output = ensure_superuser()

    user = get_user_model().objects.get()
    assert (user.username, user.email) == ("editor", "editor@example.org")
    assert user.check_password("from-the-environment")
    # A password from the environment is not echoed into logs.
    assert "from-the-environment" not in output
    assert "user: editor" in output


def test_existing_superuser_password_changes_only_from_env(clean_env, settings):
    settings.DEBUG = True
    ensure_superuser()
    user_model = get_user_model()

    clean_env.setenv("DJANGO_SUPERUSER_PASSWORD", "a-new-password")
    ensure_superuser()

    user = user_model.objects.get()
    assert user.check_password("a-new-password")
    assert user_model.objects.count() == 1


def test_demo_password_is_refused_without_debug(clean_env, settings):
    settings.DEBUG = False

    with pytest.raises(CommandError, match="DJANGO_SUPERUSER_PASSWORD"):
        ensure_superuser()

    assert not get_user_model().objects.exists()
