"""An import takes the rights of the user who runs it: comments approved at the
source stay approved only for a moderator, pages are published only by a
publisher, and a redirect (public in Wagtail's APIs, with its page's URL) is
added only while its page is live. The command, run by an operator, keeps the
source's statuses unless ``--as-user`` names whose rights to take."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.test import Client
from wagtail.contrib.redirects.models import Redirect

from wagtail_montage.importers.build import build_page
from wagtail_montage.models import ImportedSource, ReaderComment, VideoFeaturePage

from .test_import_admin import URL, make_editor
from .test_import_build import comment, make_post
from .test_import_command import FIXTURES, run

EXPORT = (FIXTURES / "export.xml").read_bytes()
OLD_PATH = "/2021/03/snow-sweat-and-synthesizers"
TITLE = "Snow, sweat and synthesizers"
# A comment approved at the source, added to the export's first post.
NEW_COMMENT = b"""\t\t<wp:comment>
\t\t\t<wp:comment_id>99</wp:comment_id>
\t\t\t<wp:comment_author><![CDATA[Late reader]]></wp:comment_author>
\t\t\t<wp:comment_author_email><![CDATA[late@reader.example]]></wp:comment_author_email>
\t\t\t<wp:comment_date_gmt><![CDATA[2021-04-01 11:00:00]]></wp:comment_date_gmt>
\t\t\t<wp:comment_content><![CDATA[Found this years later.]]></wp:comment_content>
\t\t\t<wp:comment_approved><![CDATA[1]]></wp:comment_approved>
\t\t\t<wp:comment_type><![CDATA[comment]]></wp:comment_type>
\t\t\t<wp:comment_parent>0</wp:comment_parent>
\t\t</wp:comment>
\t</item>"""


def export_with_new_comment():
    data = EXPORT.replace(b"\t</item>", NEW_COMMENT, 1)
    assert data != EXPORT
    return data


def moderation_permission():
    return Permission.objects.get(
        content_type__app_label="wagtail_montage", codename="moderate_readercomment"
    )


def editor(index_page, name="editor"):
    """May add and edit pages under the index; may neither publish nor moderate."""
    return make_editor(name, index_page, permissions=("add", "change"))


def moderator(index_page, name="moderator"):
    """May add, edit and publish pages, and moderate comments."""
    user = make_editor(name, index_page, permissions=("add", "change", "publish"))
    user.groups.get().permissions.add(moderation_permission())
    return get_user_model().objects.get(pk=user.pk)  # no cached permissions


def admin_import(user, data=EXPORT, **fields):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = Client()
    client.force_login(user)
    upload = SimpleUploadedFile("export.xml", data, content_type="text/xml")
    return client.post(URL, {"files": upload, **fields})


def statuses(page):
    return sorted(
        ReaderComment.objects.filter(page=page).values_list("status", flat=True)
    )


def v3_redirects():
    response = Client().get("/api/v3/redirects/")
    assert response.status_code == 200
    return response.content.decode()


# -- The admin's Import posts ---------------------------------------------------------


@pytest.mark.v3
def test_an_editor_who_may_not_moderate_or_publish_imports_pending_drafts(index_page):
    user = editor(index_page)

    response = admin_import(user, parent=index_page.pk)

    assert response.status_code == 200
    page = VideoFeaturePage.objects.get(title__startswith=TITLE)
    assert not page.live
    # Every comment waits for a moderator, those approved at the source too.
    assert set(statuses(page)) == {ReaderComment.Status.PENDING}
    assert not ReaderComment.objects.filter(moderated_by__isnull=False).exists()
    # No redirect to a draft: the APIs would show its address.
    assert not Redirect.objects.exists()
    assert OLD_PATH not in v3_redirects()
    assert ImportedSource.objects.get(page=page).old_path == OLD_PATH
    # The report says what was held back and why.
    content = response.content.decode()
    approved_at_source = 3  # the others are pending, spam or trash at the source
    assert (
        f"{approved_at_source} comments wait for moderation: "
        "you may not approve comments." in content
    )
    assert (
        f"The old address “{OLD_PATH}” will redirect here once the page is published."
        in content
    )
    assert "waiting for moderation" in content


@pytest.mark.v3
def test_a_moderator_who_may_publish_imports_approved_comments_and_a_redirect(
    index_page,
):
    user = moderator(index_page)

    response = admin_import(user, parent=index_page.pk, publish="on")

    page = VideoFeaturePage.objects.get(title__startswith=TITLE)
    assert page.live
    approved = ReaderComment.objects.filter(
        page=page, status=ReaderComment.Status.APPROVED
    )
    assert approved.count() == 3
    assert {comment.moderated_by for comment in approved} == {user}
    redirect = Redirect.objects.get()
    assert redirect.old_path == OLD_PATH and redirect.redirect_page_id == page.pk
    assert OLD_PATH in v3_redirects()
    assert "wait for moderation" not in response.content.decode()


def test_a_dry_run_reports_what_would_be_held(index_page):
    response = admin_import(editor(index_page), parent=index_page.pk, dry_run="on")

    assert "3 comments wait for moderation" in response.content.decode()
    assert not ReaderComment.objects.exists()


def test_an_update_of_a_live_page_adds_pending_comments_and_a_draft(index_page):
    admin_import(moderator(index_page), parent=index_page.pk, publish="on")
    page = VideoFeaturePage.objects.get(title__startswith=TITLE)
    live_revision = page.live_revision_id
    approved_before = set(
        ReaderComment.objects.filter(status="approved").values_list("pk", flat=True)
    )

    response = admin_import(
        editor(index_page),
        export_with_new_comment(),
        parent=index_page.pk,
        update="on",
    )

    assert "3 updated" in response.content.decode()
    page.refresh_from_db()
    # Still live with what the moderator published; the update is a draft.
    assert page.live and page.live_revision_id == live_revision
    assert page.has_unpublished_changes
    new = ReaderComment.objects.get(author_name="Late reader")
    assert new.page_id == page.pk and new.status == ReaderComment.Status.PENDING
    assert (
        set(
            ReaderComment.objects.filter(status="approved").values_list("pk", flat=True)
        )
        == approved_before
    )
    assert (
        "1 comment waits for moderation: you may not approve comments."
        in response.content.decode()
    )


def test_an_update_by_a_moderator_approves_the_new_comment(index_page):
    user = moderator(index_page)
    admin_import(user, parent=index_page.pk, publish="on")

    admin_import(user, export_with_new_comment(), parent=index_page.pk, update="on")

    new = ReaderComment.objects.get(author_name="Late reader")
    assert new.status == ReaderComment.Status.APPROVED and new.moderated_by == user


def test_an_update_of_a_page_locked_by_someone_else_is_refused(index_page):
    admin_import(moderator(index_page), parent=index_page.pk)
    page = VideoFeaturePage.objects.get(title__startswith=TITLE)
    other = make_editor("locker", index_page, permissions=("add", "change", "lock"))
    page.locked, page.locked_by = True, other
    page.save()

    response = admin_import(editor(index_page), parent=index_page.pk, update="on")

    assert "which is locked" in response.content.decode()
    assert not ReaderComment.objects.filter(author_name="Late reader").exists()
    assert page.revisions.count() == 1


# -- The redirect follows the page's publication -----------------------------------------


@pytest.mark.v3
def test_publishing_an_imported_draft_adds_its_redirect_and_unpublishing_removes_it(
    index_page, client
):
    result = build_page(make_post(), index_page)
    page = VideoFeaturePage.objects.get(pk=result.page.pk)
    assert not Redirect.objects.exists()
    assert result.redirect == "" and result.redirect_pending == "/2019/05/rocky-1"

    page.save_revision().publish()

    redirect = Redirect.objects.get()
    assert redirect.old_path == "/2019/05/rocky-1"
    assert redirect.redirect_page_id == page.pk
    assert client.get("/2019/05/rocky-1/").status_code == 301

    page.refresh_from_db()
    page.unpublish()
    assert not Redirect.objects.exists()
    assert "/2019/05/rocky-1" not in v3_redirects()

    page.save_revision().publish()
    assert Redirect.objects.get().redirect_page_id == page.pk


def test_unpublishing_leaves_other_redirects_to_the_page_alone(index_page):
    result = build_page(make_post(), index_page, publish=True)
    page = VideoFeaturePage.objects.get(pk=result.page.pk)
    Redirect.add_redirect("/kept-by-an-editor/", redirect_to=page)

    page.unpublish()

    assert list(Redirect.objects.values_list("old_path", flat=True)) == [
        "/kept-by-an-editor"
    ]


def test_build_holds_approved_comments_for_a_user_who_may_not_moderate(index_page):
    user = editor(index_page)
    post = make_post(comments=[comment("1"), comment("2", status="pending")])

    result = build_page(post, index_page, user=user)

    assert result.comments == 2 and result.comments_held == 1
    assert set(statuses(result.page)) == {ReaderComment.Status.PENDING}
    superuser = get_user_model().objects.create_superuser("root", "r@example.com")
    post = make_post(2, comments=[comment("1"), comment("2", status="pending")])
    result = build_page(post, index_page, user=superuser)
    assert result.comments_held == 0
    assert statuses(result.page) == ["approved", "pending"]


# -- The command ------------------------------------------------------------------------------


@pytest.fixture
def export_file(tmp_path):
    path = tmp_path / "export.xml"
    path.write_bytes(EXPORT)
    return path


def test_the_command_keeps_the_sources_statuses_without_as_user(
    index_page, export_file
):
    out, err, error = run(str(export_file), "--parent", "/features/", "--publish")

    assert error is None, err
    page = VideoFeaturePage.objects.get(title__startswith=TITLE)
    assert page.live
    assert statuses(page).count(ReaderComment.Status.APPROVED) == 3
    assert not ReaderComment.objects.filter(moderated_by__isnull=False).exists()
    assert Redirect.objects.get().old_path == OLD_PATH
    assert "held:" not in out


def test_the_command_takes_the_rights_of_as_user(index_page, export_file, tmp_path):
    editor(index_page)
    report = tmp_path / "report.json"

    out, err, error = run(
        str(export_file),
        "--parent",
        "/features/",
        "--publish",
        "--as-user",
        "editor",
        "--report",
        str(report),
    )

    assert error is None, err
    page = VideoFeaturePage.objects.get(title__startswith=TITLE)
    assert not page.live and page.owner.username == "editor"
    assert set(statuses(page)) == {ReaderComment.Status.PENDING}
    assert not Redirect.objects.exists()
    assert "held: 3 comments wait for moderation" in out
    assert "held: Not published: you may not publish pages here." in out
    data = json.loads(report.read_text())
    assert data["totals"]["comments_held"] == 3
    entry = next(e for e in data["entries"] if e["page_id"] == page.pk)
    assert entry["redirect_pending"] == OLD_PATH


def test_the_command_as_a_moderator_approves_and_publishes(index_page, export_file):
    user = moderator(index_page)

    out, err, error = run(
        str(export_file),
        "--parent",
        "/features/",
        "--publish",
        "--as-user",
        "moderator",
    )

    assert error is None, err
    page = VideoFeaturePage.objects.get(title__startswith=TITLE)
    assert page.live
    assert (
        ReaderComment.objects.filter(
            page=page, status="approved", moderated_by=user
        ).count()
        == 3
    )
    assert Redirect.objects.get().redirect_page_id == page.pk


def test_as_user_must_be_an_active_user_who_may_add_pages_there(
    index_page, export_file
):
    _, _, error = run(str(export_file), "--parent", "/features/", "--as-user", "nobody")
    assert "no active user 'nobody'" in str(error)

    make_editor("reader")  # admin access, no page permission
    _, _, error = run(str(export_file), "--parent", "/features/", "--as-user", "reader")
    assert "may not add pages under" in str(error)

    inactive = editor(index_page, "gone")
    inactive.is_active = False
    inactive.save()
    _, _, error = run(str(export_file), "--parent", "/features/", "--as-user", "gone")
    assert "no active user 'gone'" in str(error)
    assert not VideoFeaturePage.objects.exists()


# -- Images ------------------------------------------------------------------------------------


def grant_images(user, collection, *actions):
    from wagtail.models import GroupCollectionPermission

    for action in actions:
        GroupCollectionPermission.objects.create(
            group=user.groups.get(),
            collection=collection,
            permission=Permission.objects.get(
                content_type__app_label="wagtailimages", codename=f"{action}_image"
            ),
        )


def test_images_take_the_users_rights_in_the_image_library(index_page, tmp_path):
    from wagtail.images import get_image_model
    from wagtail.models import Collection

    from wagtail_montage.importers.build import ImageLibrary
    from wagtail_montage.importers.types import ParsedImage

    from .test_import_build import write_image

    write_image(tmp_path / "rocky.jpg", "red")
    write_image(tmp_path / "drago.jpg", "blue")
    user = editor(index_page)

    warnings = []
    library = ImageLibrary(tmp_path, user=user)
    assert library.image_for(ParsedImage("rocky.jpg"), warnings) is None
    assert warnings == [
        "image “rocky.jpg” left out: you may not add images to the image library"
    ]
    assert not get_image_model().objects.exists()

    # An image of a collection the user may not choose from is not reused...
    root = Collection.get_first_root_node()
    private = root.add_child(name="Private")
    mine = root.add_child(name="Editors")
    ImageLibrary(tmp_path).image_for(ParsedImage("drago.jpg"), [])
    get_image_model().objects.update(collection=private)
    grant_images(user, mine, "add", "choose")
    user = get_user_model().objects.get(pk=user.pk)  # no cached permissions
    warnings = []
    image = ImageLibrary(tmp_path, user=user).image_for(
        ParsedImage("drago.jpg"), warnings
    )
    assert warnings == []
    # ... a copy goes to the collection the user may add to.
    assert image.collection == mine and image.uploaded_by_user == user
    assert get_image_model().objects.count() == 2
    # One they may choose from is reused.
    again = ImageLibrary(tmp_path, user=user).image_for(ParsedImage("drago.jpg"), [])
    assert again.pk == image.pk
