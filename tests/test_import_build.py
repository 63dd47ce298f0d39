"""Building feature pages from parsed posts: ``wagtail_montage.importers.build``."""

from datetime import UTC, datetime
from io import BytesIO

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image as PILImage
from wagtail.contrib.redirects.models import Redirect
from wagtail.images import get_image_model
from wagtail.models import ModelLogEntry, PageLogEntry

from tests.factories import ALBUM, CHART_PEAK, LOCATION, TRACK
from wagtail_montage.importers.build import ImageLibrary, build_page
from wagtail_montage.importers.types import (
    ParsedComment,
    ParsedImage,
    ParsedPost,
    SourceError,
)
from wagtail_montage.models import ImportedSource, ReaderComment, VideoFeaturePage

PUBLISHED = datetime(2019, 5, 4, 10, 30, tzinfo=UTC)


def make_post(n=1, **fields):
    values = {
        "source": f"posts/rocky-{n}.html",
        "key": f"https://old.example/2019/05/rocky-{n}/",
        "title": f"Rocky training in Russia {n}",
        "teaser": "Two training sequences and the songs under them.",
        "film_title": "Rocky IV",
        "film_year": 1985,
        "slug": f"rocky-training-{n}",
        "published_at": PUBLISHED,
        "status": "publish",
        "tags": ["Rocky", "Training montage"],
        "video_url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "body": [
            ("paragraph", "<p>Rocky trains in the snow.</p>"),
            ("track", dict(TRACK)),
        ],
        "old_url": f"https://old.example/2019/05/rocky-{n}/",
    }
    values.update(fields)
    return ParsedPost(**values)


def comment(source_id, parent=None, status="approved", **fields):
    values = {
        "source_id": source_id,
        "parent_source_id": parent,
        "author_name": f"Reader {source_id}",
        "email": f"reader{source_id}@example.com",
        "website": "https://reader.example/",
        "body": f"Comment number {source_id}.",
        "created_at": datetime(2019, 5, 5, 8, int(source_id) % 60, tzinfo=UTC),
        "status": status,
    }
    values.update(fields)
    return ParsedComment(**values)


def write_image(path, color="red", size=(40, 30)):
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = BytesIO()
    PILImage.new("RGB", size, color).save(buffer, "JPEG")
    path.write_bytes(buffer.getvalue())
    return path


# -- Pages --------------------------------------------------------------------------


def test_a_post_becomes_a_draft_by_default(index_page):
    result = build_page(make_post(), index_page)

    page = VideoFeaturePage.objects.get(pk=result.page.pk)
    assert result.status == "created"
    assert not result.published
    assert not page.live and page.has_unpublished_changes
    assert page.get_parent().pk == index_page.pk
    assert page.title == "Rocky training in Russia 1"
    assert page.slug == "rocky-training-1"
    assert page.film_title == "Rocky IV" and page.film_year == 1985
    assert page.video_url == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    assert [child.block_type for child in page.body] == ["paragraph", "track"]
    assert list(page.tracks[0]["composers"]) == TRACK["composers"]
    assert sorted(tag.name for tag in page.tags.all()) == ["Rocky", "Training montage"]
    assert page.latest_revision is not None
    revision_page = page.get_latest_revision_as_object()
    assert revision_page.title == page.title
    assert PageLogEntry.objects.filter(page=page, action="wagtail.create").exists()
    # The source's publication date is kept for when an editor publishes it.
    assert page.first_published_at == PUBLISHED


def test_publish_publishes_only_what_was_published_at_the_source(index_page):
    published = build_page(make_post(1), index_page, publish=True)
    draft = build_page(make_post(2, status="draft"), index_page, publish=True)

    published_page = VideoFeaturePage.objects.get(pk=published.page.pk)
    draft_page = VideoFeaturePage.objects.get(pk=draft.page.pk)
    assert published.published and published_page.live
    assert published_page.first_published_at == PUBLISHED
    assert published_page.last_published_at == PUBLISHED
    assert not draft.published and not draft_page.live
    assert draft_page.first_published_at is None


def test_the_wordpress_slug_is_kept_when_free_else_suffixed(index_page):
    first = build_page(make_post(1, slug="rocky"), index_page)
    second = build_page(make_post(2, slug="rocky"), index_page)
    third = build_page(make_post(3, slug="rocky"), index_page)
    from_title = build_page(
        make_post(4, slug="", title="Ivan Drago’s Lab!"), index_page
    )
    encoded = build_page(
        make_post(5, slug="%d1%80%d0%be%d0%ba%d0%ba%d0%b8"), index_page
    )

    assert [first.page.slug, second.page.slug, third.page.slug] == [
        "rocky",
        "rocky-2",
        "rocky-3",
    ]
    assert from_title.page.slug == "ivan-dragos-lab"
    assert encoded.page.slug == "рокки"


def test_the_teaser_is_plain_text_within_300_characters_else_the_title(index_page):
    long = build_page(make_post(1, teaser="<p>" + "word " * 100 + "</p>"), index_page)
    empty = build_page(make_post(2, teaser="  "), index_page)

    assert len(long.page.teaser) <= 300 and long.page.teaser.endswith("…")
    assert "<p>" not in long.page.teaser
    assert empty.page.teaser == "Rocky training in Russia 2"


def test_fields_out_of_range_are_left_out_with_a_warning(index_page):
    result = build_page(
        make_post(film_year=1492, video_url="not a url"), index_page, publish=True
    )

    assert result.page.film_year is None and result.page.video_url == ""
    assert any("film year “1492”" in warning for warning in result.warnings)
    assert any("video URL “not a url”" in warning for warning in result.warnings)
    assert VideoFeaturePage.objects.get(pk=result.page.pk).live


def test_a_post_without_a_title_is_a_source_error(index_page):
    with pytest.raises(SourceError, match="posts/rocky-1.html: the post has no title"):
        build_page(make_post(title="  "), index_page)


# -- Body ------------------------------------------------------------------------------


def test_invalid_fact_blocks_are_reported_not_saved(index_page):
    body = [
        ("track", dict(TRACK)),
        ("track", {**TRACK, "title": ""}),
        ("chart_fact", {**CHART_PEAK, "position": None}),
        ("album", {**ALBUM, "release_date": "27/11/1985"}),
        ("location", dict(LOCATION)),
        ("sidebar", {"text": "?"}),
    ]
    result = build_page(make_post(body=body), index_page)

    page = VideoFeaturePage.objects.get(pk=result.page.pk)
    assert [child.block_type for child in page.body] == ["track", "location"]
    warnings = "\n".join(result.warnings)
    assert "track block left out: title: This field is required." in warnings
    assert (
        f"chart_fact block “{CHART_PEAK['subject_title']}” left out: position:"
        in warnings
    )
    assert (
        "album block “Rocky IV: Original Motion Picture Soundtrack” left out"
        in warnings
    )
    assert "release_date" in warnings
    assert "a “sidebar” block left out" in warnings


def test_images_come_from_the_media_root_once_per_file(index_page, tmp_path):
    write_image(tmp_path / "2019" / "05" / "rocky.jpg")
    src = "https://old.example/wp-content/uploads/2019/05/rocky-300x200.jpg"
    body = [
        ("image", ParsedImage(src, alt="Rocky in the snow")),
        ("image", ParsedImage("/wp-content/uploads/2019/05/rocky.jpg")),
        ("image", ParsedImage("/wp-content/uploads/2019/05/missing.jpg")),
        ("image", ParsedImage("/wp-content/uploads/../../../etc/passwd")),
    ]
    images = ImageLibrary(tmp_path)
    first = build_page(make_post(1, body=body), index_page, images=images)
    second = build_page(make_post(2, body=body[:1]), index_page, media_root=tmp_path)

    assert get_image_model().objects.count() == 1
    image = get_image_model().objects.get()
    assert (image.width, image.height) == (40, 30)
    assert image.title == "rocky"
    page = VideoFeaturePage.objects.get(pk=first.page.pk)
    values = [child.value for child in page.body if child.block_type == "image"]
    assert [value.pk for value in values] == [image.pk, image.pk]
    assert values[0].contextual_alt_text == "Rocky in the snow"
    assert values[1].decorative
    assert first.images == 2 and second.images == 1
    assert any("missing.jpg" in w and "not found" in w for w in first.warnings)
    assert any("passwd" in w for w in first.warnings)


def test_images_are_skipped_with_a_warning_without_a_media_root(index_page):
    body = [("image", ParsedImage("/wp-content/uploads/2019/05/rocky.jpg"))]
    result = build_page(make_post(body=body), index_page)

    assert result.images == 0
    assert [child.block_type for child in result.page.body] == []
    assert result.warnings == [
        "image “/wp-content/uploads/2019/05/rocky.jpg” left out: no uploads folder "
        "to take it from"
    ]
    assert not get_image_model().objects.exists()


def test_a_file_that_is_not_an_image_is_skipped(index_page, tmp_path):
    (tmp_path / "fake.jpg").write_text("not an image")
    body = [("image", ParsedImage("fake.jpg"))]
    result = build_page(make_post(body=body), index_page, media_root=tmp_path)

    assert result.images == 0
    assert "not an image Wagtail can read" in result.warnings[0]


# -- Comments -----------------------------------------------------------------------------


def test_comments_keep_their_threads_statuses_and_dates(index_page):
    comments = [
        comment("1"),
        comment("2", parent="1"),
        comment("3", parent="2", status="pending"),
        comment("4", status="pending", email="not an email", website="javascript:x"),
        comment("5", parent="99"),
    ]
    result = build_page(make_post(comments=comments), index_page)

    assert result.comments == 5
    rows = {c.author_name: c for c in ReaderComment.objects.filter(page=result.page)}
    assert rows["Reader 1"].parent is None
    assert rows["Reader 2"].parent == rows["Reader 1"]
    assert rows["Reader 3"].parent == rows["Reader 2"]
    assert rows["Reader 1"].status == ReaderComment.Status.APPROVED
    assert rows["Reader 3"].status == ReaderComment.Status.PENDING
    assert rows["Reader 1"].created_at == datetime(2019, 5, 5, 8, 1, tzinfo=UTC)
    assert rows["Reader 1"].email == "reader1@example.com"
    assert rows["Reader 1"].website == "https://reader.example/"
    assert rows["Reader 1"].ip_address is None
    assert rows["Reader 4"].email == "" and rows["Reader 4"].website == ""
    assert rows["Reader 5"].parent is None
    assert any("comment 5 replies to comment 99" in w for w in result.warnings)


def test_replies_deeper_than_the_max_depth_attach_to_the_deepest_ancestor(
    index_page, settings
):
    settings.WAGTAIL_MONTAGE_COMMENT_MAX_DEPTH = 2
    comments = [comment("1"), comment("2", "1"), comment("3", "2"), comment("4", "3")]
    result = build_page(make_post(comments=comments), index_page)

    rows = {c.author_name: c for c in ReaderComment.objects.filter(page=result.page)}
    assert rows["Reader 3"].parent == rows["Reader 1"]
    assert rows["Reader 4"].parent == rows["Reader 1"]
    assert max(row.depth() for row in rows.values()) == 2


# -- Redirects ------------------------------------------------------------------------------


def test_the_old_url_redirects_to_the_new_page(index_page, client):
    result = build_page(make_post(), index_page, publish=True)

    redirect = Redirect.objects.get()
    assert redirect.old_path == "/2019/05/rocky-1"
    assert redirect.redirect_page.pk == result.page.pk and redirect.is_permanent
    assert result.redirect == "/2019/05/rocky-1"
    response = client.get("/2019/05/rocky-1/")
    assert response.status_code == 301
    assert response["Location"].endswith("/features/rocky-training-1/")


def test_an_existing_redirect_elsewhere_is_left_alone(index_page, feature):
    Redirect.add_redirect("/2019/05/rocky-1/", redirect_to=feature)
    result = build_page(make_post(), index_page, publish=True)

    assert Redirect.objects.get().redirect_page.pk == feature.pk
    assert any("one already exists" in w for w in result.warnings)


# -- Updates ------------------------------------------------------------------------------------


def test_a_post_imported_before_is_skipped_without_update(index_page):
    first = build_page(make_post(comments=[comment("1")]), index_page)
    again = build_page(make_post(comments=[comment("1")]), index_page)

    assert again.status == "skipped" and again.page.pk == first.page.pk
    assert "--update" in again.warnings[0]
    assert VideoFeaturePage.objects.count() == 1
    assert ReaderComment.objects.count() == 1


def test_update_revises_the_page_and_adds_only_new_comments(index_page):
    first = build_page(
        make_post(comments=[comment("1"), comment("2", "1")]), index_page, publish=True
    )
    imported = ImportedSource.objects.get()
    assert imported.page_id == first.page.pk
    assert imported.key == "https://old.example/2019/05/rocky-1/"

    post = make_post(
        title="Rocky training, revised",
        slug="something-else",
        comments=[comment("1"), comment("2", "1"), comment("3", "2")],
    )
    updated = build_page(post, index_page, update=True)

    page = VideoFeaturePage.objects.get(pk=first.page.pk)
    assert updated.status == "updated" and updated.page.pk == page.pk
    assert VideoFeaturePage.objects.count() == 1
    # A live page gets a new draft revision; its slug (its URL) stays.
    assert page.live and page.has_unpublished_changes
    assert page.title == "Rocky training in Russia 1"
    assert page.get_latest_revision_as_object().title == "Rocky training, revised"
    assert page.slug == "rocky-training-1"
    assert page.revisions.count() == 2
    assert updated.comments == 1
    assert ReaderComment.objects.count() == 3
    reply = ReaderComment.objects.get(author_name="Reader 3")
    assert reply.parent.author_name == "Reader 2"
    assert Redirect.objects.count() == 1


def test_update_of_a_draft_updates_its_row_and_publishes_when_asked(index_page):
    first = build_page(make_post(status="draft"), index_page)
    build_page(make_post(title="Now published"), index_page, update=True, publish=True)

    page = VideoFeaturePage.objects.get(pk=first.page.pk)
    assert page.live and page.title == "Now published"
    assert not page.has_unpublished_changes


def test_dry_run_writes_nothing(index_page, tmp_path):
    write_image(tmp_path / "rocky.jpg")
    post = make_post(
        body=[("image", ParsedImage("rocky.jpg"))], comments=[comment("1")]
    )
    pages_before = VideoFeaturePage.objects.count()
    logs_before = PageLogEntry.objects.count() + ModelLogEntry.objects.count()
    result = build_page(post, index_page, media_root=tmp_path, dry_run=True)

    assert result.status == "created" and result.page is None
    assert result.images == 1 and result.comments == 1
    assert VideoFeaturePage.objects.count() == pages_before
    assert PageLogEntry.objects.count() + ModelLogEntry.objects.count() == logs_before
    assert not get_image_model().objects.exists()
    assert not ReaderComment.objects.exists()
    assert not Redirect.objects.exists()
    assert not ImportedSource.objects.exists()


def test_queries_per_post_do_not_grow_with_comments_or_facts(index_page):
    def queries(n, repeat):
        post = make_post(
            n,
            body=[("track", dict(TRACK))] * repeat,
            comments=[comment(str(i)) for i in range(repeat)]
            + [comment(str(100 + i), str(i)) for i in range(repeat)],
        )
        with CaptureQueriesContext(connection) as captured:
            build_page(post, index_page, publish=True)
        return len(captured)

    queries(1, 1)  # warm caches (content types, site root paths)
    assert queries(2, 2) == queries(3, 20)


# -- Users ---------------------------------------------------------------------------


def editor_with(index, *actions):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission

    user = get_user_model().objects.create_user(f"user-{'-'.join(actions)}")
    group = Group.objects.create(name=f"group-{'-'.join(actions)}")
    for action in actions:
        GroupPagePermission.objects.create(
            group=group,
            page=index,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=f"{action}_page"
            ),
        )
    user.groups.add(group)
    return user


def test_a_user_without_publish_permission_gets_drafts(index_page):
    user = editor_with(index_page, "add")
    result = build_page(make_post(), index_page, publish=True, user=user)

    page = VideoFeaturePage.objects.get(pk=result.page.pk)
    assert not page.live and page.owner == user
    assert "Not published: you may not publish pages here." in result.held


def test_update_needs_permission_to_edit_the_page(index_page):
    build_page(make_post(), index_page)
    user = editor_with(index_page, "add")

    with pytest.raises(SourceError, match="which you may not edit"):
        build_page(make_post(), index_page, update=True, user=user)
    editor = editor_with(index_page, "add", "change")
    result = build_page(make_post(title="Edited"), index_page, update=True, user=editor)
    assert result.status == "updated"
