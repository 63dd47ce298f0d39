"""A WordPress migration that loses nothing: Gutenberg embeds, galleries, audio and
images, the [gallery], [audio], [embed] and [caption] shortcodes, a bare video URL on
its own line, the featured image as the hero (from --media-root), the author as the
page's owner, categories as tags, the GUID kept, and a redirect map (CSV and nginx)."""

import csv
import io
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from PIL import Image as PILImage

from wagtail_montage.compat import api_v3_available
from wagtail_montage.models import ImportedSource, VideoFeaturePage

pytestmark = pytest.mark.django_db

UPLOADS = "https://old.example/wp-content/uploads/2021/03"
ITEM = """<item><title>{title}</title>
<link>https://old.example/2021/03/{slug}/</link>
<dc:creator><![CDATA[{author}]]></dc:creator>
<guid isPermaLink="false">https://old.example/?p={id}</guid>
<content:encoded><![CDATA[{content}]]></content:encoded>
<wp:post_id>{id}</wp:post_id><wp:post_name>{slug}</wp:post_name>
<wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
<category domain="category" nicename="montages"><![CDATA[Training montages]]></category>
{meta}</item>"""
ATTACHMENT = """<item><title>{name}</title><wp:post_id>{id}</wp:post_id>
<wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status>
<wp:attachment_url>{url}</wp:attachment_url></item>"""
THUMBNAIL = (
    "<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key>"
    "<wp:meta_value>{id}</wp:meta_value></wp:postmeta>"
)
GUTENBERG = f"""<!-- wp:paragraph --><p>The ferry montage, block by block.</p><!-- /wp:paragraph -->
<!-- wp:embed {{"url":"https://www.youtube.com/watch?v=UbEhCQqqHJA"}} -->
<figure class="wp-block-embed is-type-video"><div class="wp-block-embed__wrapper">
https://www.youtube.com/watch?v=UbEhCQqqHJA
</div></figure><!-- /wp:embed -->
<!-- wp:gallery --><figure class="wp-block-gallery has-nested-images">
<!-- wp:image {{"id":91}} --><figure class="wp-block-image"><img src="{UPLOADS}/deck-1024x576.jpg" alt="The deck"/></figure><!-- /wp:image -->
<!-- wp:image {{"id":92}} --><figure class="wp-block-image"><img src="{UPLOADS}/rail.jpg" alt="The rail"/></figure><!-- /wp:image -->
</figure><!-- /wp:gallery -->
<!-- wp:audio {{"id":93}} --><figure class="wp-block-audio"><audio controls src="{UPLOADS}/horn.mp3"></audio></figure><!-- /wp:audio -->
<!-- wp:embed {{"url":"https://vimeo.com/76979871"}} -->
<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">
https://vimeo.com/76979871
</div></figure><!-- /wp:embed -->"""
CLASSIC = f"""The ferry montage, the classic way.

https://www.youtube.com/watch?v=UbEhCQqqHJA

[caption id="attachment_91" width="1024"]<img src="{UPLOADS}/deck-1024x576.jpg" alt="" /> The deck at dawn.[/caption]

[gallery ids="91,92,99"]

[audio mp3="{UPLOADS}/horn.mp3"][/audio]

[embed]https://vimeo.com/76979871[/embed]"""


def wxr(tmp_path):
    items = [
        ATTACHMENT.format(name="deck", id=91, url=f"{UPLOADS}/deck.jpg"),
        ATTACHMENT.format(name="rail", id=92, url=f"{UPLOADS}/rail.jpg"),
        ITEM.format(
            title="Blocks",
            slug="blocks",
            author="dana",
            id=1,
            content=GUTENBERG,
            meta=THUMBNAIL.format(id=91),
        ),
        ITEM.format(
            title="Classic",
            slug="classic",
            author="ghostwriter",
            id=2,
            content=CLASSIC,
            meta=THUMBNAIL.format(id=98),
        ),
    ]
    path = tmp_path / "export.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"'
        ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:wp="http://wordpress.org/export/1.2/"><channel>'
        "<wp:wxr_version>1.2</wp:wxr_version>"
        "<wp:author><wp:author_login><![CDATA[ghostwriter]]></wp:author_login>"
        "<wp:author_display_name><![CDATA[Gale Writer]]></wp:author_display_name>"
        "</wp:author>" + "".join(items) + "</channel></rss>",
        encoding="utf-8",
    )
    return path


def write_image(path, color):
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), color).save(buffer, "JPEG")
    path.write_bytes(buffer.getvalue())


@pytest.fixture
def migrated(index_page, tmp_path):
    get_user_model().objects.create_user("dana", "dana@example.com", "password")
    uploads = tmp_path / "uploads"
    write_image(uploads / "2021" / "03" / "deck.jpg", "red")
    write_image(uploads / "2021" / "03" / "rail.jpg", "blue")
    out = io.StringIO()
    call_command(
        "import_video_features",
        str(wxr(tmp_path)),
        "--parent",
        str(index_page.pk),
        "--media-root",
        str(uploads),
        "--publish",
        "--redirect-map",
        str(tmp_path / "redirects.csv"),
        "--redirect-map",
        str(tmp_path / "redirects.map"),
        stdout=out,
        stderr=io.StringIO(),
    )
    blocks = VideoFeaturePage.objects.get(slug="blocks")
    classic = VideoFeaturePage.objects.get(slug="classic")
    return blocks, classic, tmp_path, out.getvalue()


def kinds(page):
    return [child.block_type for child in page.body]


def test_gutenberg_blocks_keep_the_video_embed_gallery_and_audio(migrated):
    blocks, _classic, _tmp, _out = migrated
    assert blocks.video_url == "https://www.youtube.com/watch?v=UbEhCQqqHJA"
    assert kinds(blocks) == ["paragraph", "image", "image", "paragraph", "embed"]
    assert [child.value.title for child in blocks.body[1:3]] == [
        "deck",
        "rail",
    ]
    audio = blocks.body[3].value.source
    assert f'href="{UPLOADS}/horn.mp3"' in audio


def test_shortcodes_and_a_bare_url_on_its_own_line(migrated):
    _blocks, classic, _tmp, out = migrated
    assert classic.video_url == "https://www.youtube.com/watch?v=UbEhCQqqHJA"
    # [caption] image, then [gallery] 91 and 92 (99 is not in the export), [audio]
    # as a link to the file, [embed] as an embed.
    assert kinds(classic) == [
        "paragraph",
        "image",
        "image",
        "image",
        "paragraph",
        "embed",
    ]
    assert classic.body[1].value.title == "deck"
    assert f'href="{UPLOADS}/horn.mp3"' in classic.body[4].value.source
    assert "left out image 99 of a [gallery]: not in the export" in out


def test_the_featured_image_is_the_hero(migrated):
    blocks, classic, _tmp, out = migrated
    assert blocks.hero_image is not None and blocks.hero_image.title == "deck"
    assert classic.hero_image is None
    assert "featured image 98 left out: not among the export's attachments" in out


def test_the_author_owns_the_page_when_a_user_has_that_name(migrated):
    blocks, classic, _tmp, out = migrated
    assert blocks.owner.username == "dana"
    assert blocks.byline == ""  # the owner is the author
    assert classic.owner is None
    assert "the author “ghostwriter” has no user on this site" in out
    # No account: the export's display name is the byline, shown and in the APIs.
    assert classic.byline == "Gale Writer"


def test_the_byline_is_shown_and_in_the_apis(migrated, client):
    _blocks, classic, _tmp, _out = migrated
    classic.save_revision().publish()
    page = client.get(classic.url).content.decode()
    assert "Gale Writer" in page
    v3 = [f"/api/v3/pages/{classic.pk}/"] if api_v3_available() else []  # Wagtail 8.x
    for url in (f"/api/v2/pages/{classic.pk}/", *v3):
        assert client.get(url).json()["byline"] == "Gale Writer", url


def test_categories_are_tags_and_the_guid_is_kept(migrated):
    blocks, _classic, _tmp, _out = migrated
    assert [tag.name for tag in blocks.tags.all()] == ["Training montages"]
    assert ImportedSource.objects.get(page=blocks).key == "https://old.example/?p=1"


def test_the_redirect_map_as_csv_and_nginx(migrated):
    blocks, classic, tmp_path, _out = migrated
    rows = list(csv.DictReader((tmp_path / "redirects.csv").open(encoding="utf-8")))
    assert [(row["old_path"], row["new_url"], row["live"]) for row in rows] == [
        ("/2021/03/blocks/", blocks.get_url(), "yes"),
        ("/2021/03/classic/", classic.get_url(), "yes"),
    ]
    nginx = (tmp_path / "redirects.map").read_text(encoding="utf-8")
    assert f'"/2021/03/blocks/" "{blocks.get_url()}";' in nginx
    assert f'"/2021/03/classic/" "{classic.get_url()}";' in nginx


def test_a_redirect_map_in_a_missing_folder_is_a_command_error(index_page, tmp_path):
    with pytest.raises(CommandError, match="does not exist"):
        call_command(
            "import_video_features",
            str(wxr(tmp_path)),
            "--parent",
            str(index_page.pk),
            "--redirect-map",
            str(Path(tmp_path) / "nope" / "map.csv"),
            stdout=io.StringIO(),
            stderr=io.StringIO(),
        )
