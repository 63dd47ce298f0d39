"""The admin's "Import posts": who sees it, the upload, the report, CSRF."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from wagtail.models import GroupPagePermission

from wagtail_montage.importers.views import user_can_import
from wagtail_montage.models import (
    ImportedSource,
    VideoFeatureIndexPage,
    VideoFeaturePage,
)

from .test_import_command import (
    FIXTURES,
    WXR,
    html,
    use_fake_parsers,
)

URL = "/admin/montage/import/"


@pytest.fixture
def fake_parsers(monkeypatch):
    use_fake_parsers(monkeypatch)


def make_editor(username, index=None, permissions=("add",)):
    """An admin user with ``permissions`` on the pages under ``index``."""
    user = get_user_model().objects.create_user(
        username, f"{username}@example.com", "password"
    )
    group = Group.objects.create(name=f"{username} group")
    group.permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
    )
    for action in permissions if index else ():
        GroupPagePermission.objects.create(
            group=group,
            page=index,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=f"{action}_page"
            ),
        )
    user.groups.add(group)
    return user


@pytest.fixture
def editor(index_page):
    return make_editor("editor", index_page)


@pytest.fixture
def editor_client(editor):
    client = Client()
    client.force_login(editor)
    return client


def upload(name, content):
    return SimpleUploadedFile(name, content.encode(), content_type="text/html")


# -- Who can use it ---------------------------------------------------------------


def test_a_user_who_cannot_add_features_is_refused_and_sees_no_menu_item(index_page):
    user = make_editor("reader")  # admin access, no page permission
    client = Client()
    client.force_login(user)

    # Wagtail's "no permission": back to the dashboard with a message; 403 for XHR.
    response = client.get(URL, follow=True)
    assert response.redirect_chain == [("/admin/", 302)]
    assert "you do not have permission" in response.content.decode()
    assert client.post(URL, {"parent": index_page.pk}).status_code == 302
    xhr = client.get(URL, headers={"x-requested-with": "XMLHttpRequest"})
    assert xhr.status_code == 403
    home = client.get("/admin/")
    assert home.status_code == 200
    assert "Import posts" not in home.content.decode()
    assert not user_can_import(user)


def test_an_editor_who_can_add_under_an_index_sees_the_menu_item(editor_client, editor):
    home = editor_client.get("/admin/")
    assert "Import posts" in home.content.decode()
    assert URL in home.content.decode()
    assert user_can_import(editor)


def test_anonymous_users_are_sent_to_the_login(index_page):
    response = Client().get(URL)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_the_form_offers_only_the_indexes_the_user_can_add_to(
    index_page, editor, editor_client
):
    other = VideoFeatureIndexPage(title="Archive", slug="archive")
    index_page.get_parent().add_child(instance=other)

    response = editor_client.get(URL)

    soup = BeautifulSoup(response.content, "html.parser")
    options = [option["value"] for option in soup.select("select[name=parent] option")]
    assert options == [str(index_page.pk)]
    assert soup.select_one("input[type=file][name=files][multiple]")
    assert soup.select_one(
        "form[enctype='multipart/form-data'] input[name=csrfmiddlewaretoken]"
    )

    response = editor_client.post(
        URL, {"files": upload("a.html", html("A")), "parent": other.pk}
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not VideoFeaturePage.objects.exists()


# -- The upload and the report ---------------------------------------------------------


def test_upload_imports_drafts_and_reports_facts_and_edit_links(
    index_page, editor, editor_client, fake_parsers
):
    response = editor_client.post(
        URL,
        {
            "files": [
                upload("rocky.html", html("Rocky in Russia")),
                upload("empty.html", ""),
            ],
            "parent": index_page.pk,
        },
    )

    assert response.status_code == 200
    page = VideoFeaturePage.objects.get()
    assert page.title == "Rocky in Russia" and not page.live
    assert page.owner == editor
    assert page.latest_revision.user == editor
    content = response.content.decode()
    soup = BeautifulSoup(content, "html.parser")
    assert soup.select_one(f"a[href='/admin/pages/{page.pk}/edit/']")
    assert "Edit “Rocky in Russia”" in content
    assert "1 fact" in content and "Burning Heart" in content
    assert "“Survivor” may be the performer" in content
    assert "empty.html" in content and "the file is empty" in content
    assert "1 created, 1 failed" in content
    assert f"/admin/pages/{index_page.pk}/" in content


def test_a_wordpress_export_and_publishing_with_permission(index_page, fake_parsers):
    user = make_editor("publisher", index_page, permissions=("add", "publish"))
    client = Client()
    client.force_login(user)

    response = client.post(
        URL,
        {"files": upload("export.xml", WXR), "parent": index_page.pk, "publish": "on"},
    )

    assert response.status_code == 200
    pages = {page.title: page for page in VideoFeaturePage.objects.all()}
    assert pages["Drago's lab"].live and not pages["Barn training"].live
    assert "Published" in response.content.decode()


def test_publishing_needs_the_publish_permission(
    index_page, editor_client, fake_parsers
):
    response = editor_client.post(
        URL,
        {"files": upload("export.xml", WXR), "parent": index_page.pk, "publish": "on"},
    )

    assert "You cannot publish pages under this index" in response.content.decode()
    assert not VideoFeaturePage.objects.exists()


def test_dry_run_in_the_admin_saves_nothing(index_page, editor_client, fake_parsers):
    response = editor_client.post(
        URL,
        {
            "files": upload("rocky.html", html("Rocky")),
            "parent": index_page.pk,
            "dry_run": "on",
        },
    )

    content = response.content.decode()
    assert "Dry run: nothing was saved" in content and "To create" in content
    assert not VideoFeaturePage.objects.exists()
    assert not ImportedSource.objects.exists()


def test_files_over_the_size_limit_are_named_in_the_report(
    index_page, editor_client, fake_parsers, settings
):
    settings.WAGTAIL_MONTAGE_IMPORT_MAX_FILE_BYTES = 500
    response = editor_client.post(
        URL,
        {
            "files": [
                upload("big.html", html("x" * 1000)),
                upload("ok.html", html("OK")),
            ],
            "parent": index_page.pk,
        },
    )

    content = response.content.decode()
    assert "big.html" in content and "more than the limit of 500" in content
    assert VideoFeaturePage.objects.get().title == "OK"


def test_no_file_is_a_form_error(index_page, editor_client):
    response = editor_client.post(URL, {"parent": index_page.pk})
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()


def test_posts_need_the_csrf_token(index_page, editor, fake_parsers):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)

    response = client.post(
        URL, {"files": upload("rocky.html", html("Rocky")), "parent": index_page.pk}
    )

    assert response.status_code == 403
    assert not VideoFeaturePage.objects.exists()


def test_end_to_end_a_saved_page_shows_its_facts_and_its_draft(
    index_page, editor_client
):
    content = (FIXTURES / "wordpress_theme_post.html").read_bytes()
    response = editor_client.post(
        URL,
        {
            "files": SimpleUploadedFile("snow.html", content, "text/html"),
            "parent": index_page.pk,
        },
    )

    page = VideoFeaturePage.objects.get()
    assert page.title == "Snow, sweat and synthesizers" and not page.live
    text = response.content.decode()
    soup = BeautifulSoup(text, "html.parser")
    assert soup.select_one(f"a[href='/admin/pages/{page.pk}/edit/']")
    facts = [li.get_text() for li in soup.select(".montage-import-report details li")]
    assert "Track: Burning Heart (Survivor)" in facts
    assert "Chart fact: Burning Heart (Survivor; Billboard Hot 100; No. 2)" in facts
    # No uploads folder in the admin: the image is reported, not imported.
    assert "rocky-snow-1024x576.jpg" in text and "left out" in text
    assert editor_client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
