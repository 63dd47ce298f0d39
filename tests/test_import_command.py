"""``manage.py import_video_features``: sources, options, report, errors and exit codes.

Most tests stand the parsers in with small fakes (``fake_parsers``) so that they
test the command and the pipeline alone; ``test_end_to_end_*`` use the real ones.
"""

import hashlib
import importlib.util
import json
import re
from datetime import UTC, datetime
from io import BytesIO, StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connections
from PIL import Image as PILImage
from wagtail.contrib.redirects.models import Redirect
from wagtail.images import get_image_model
from wagtail.models import PageLogEntry

from wagtail_montage.importers import pipeline
from wagtail_montage.importers.types import (
    ParsedComment,
    ParsedImage,
    ParsedPost,
    SourceError,
)
from wagtail_montage.management.commands.import_video_features import (
    Command,
    Progress,
)
from wagtail_montage.models import ImportedSource, ReaderComment, VideoFeaturePage

TITLE_RE = re.compile(rb"<title>(.*?)</title>", re.S)
ITEM_RE = re.compile(rb"<item>(.*?)</item>", re.S)


def tag(name, text):
    match = re.search(rb"<" + name + rb">(.*?)</" + name + rb">", text, re.S)
    return match.group(1).decode() if match else ""


def fake_parse_html(data, name):
    match = TITLE_RE.search(data)
    if not match:
        raise SourceError(name, "not a post: it has no title")
    return ParsedPost(
        source=name,
        key="sha256:" + hashlib.sha256(data).hexdigest(),
        title=match.group(1).decode(),
        body=[("paragraph", "<p>Rocky trains in the snow.</p>")],
    )


def fake_parse_wxr(data, name):
    posts, errors = [], []
    for n, item in enumerate(ITEM_RE.findall(data), 1):
        title = tag(b"title", item)
        if not title:
            errors.append(SourceError(f"{name}#item-{n}", "the post has no title"))
            continue
        posts.append(
            ParsedPost(
                source=f"{name}#{tag(b'guid', item)}",
                key=tag(b"guid", item),
                title=title,
                status=tag(b"wp:status", item) or "draft",
                published_at=datetime(2019, 5, 4, tzinfo=UTC),
                comments=[
                    ParsedComment(
                        source_id="1",
                        parent_source_id=None,
                        author_name="Adrian",
                        email="adrian@example.com",
                        website="",
                        body="Great post.",
                        created_at=datetime(2019, 5, 5, tzinfo=UTC),
                        status="approved",
                    )
                ],
            )
        )
    return posts, errors


def fake_add_facts(post):
    post.facts.append(
        {
            "kind": "track",
            "value": {"title": "Burning Heart", "performers": ["Survivor"]},
            "sentence": "“Burning Heart” by Survivor.",
        }
    )
    post.suggestions.append("“Survivor” may be the performer of “Burning Heart”")


def use_fake_parsers(monkeypatch):
    monkeypatch.setattr(pipeline, "parse_html_file", fake_parse_html)
    monkeypatch.setattr(pipeline, "parse_wxr_file", fake_parse_wxr)
    monkeypatch.setattr(pipeline, "add_facts", fake_add_facts)


@pytest.fixture
def fake_parsers(monkeypatch):
    use_fake_parsers(monkeypatch)


def write_jpeg(path):
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = BytesIO()
    PILImage.new("RGB", (64, 36), "white").save(buffer, "JPEG")
    path.write_bytes(buffer.getvalue())


def html(title):
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body></body></html>"
    )


WXR = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<item><title>Drago's lab</title><guid>https://old.example/?p=1</guid><wp:status>publish</wp:status></item>
<item><title>Barn training</title><guid>https://old.example/?p=2</guid><wp:status>draft</wp:status></item>
<item><title></title><guid>https://old.example/?p=3</guid></item>
</channel>
</rss>
"""


def run(*args, **options):
    stdout, stderr = StringIO(), StringIO()
    error = None
    try:
        call_command(
            "import_video_features", *args, stdout=stdout, stderr=stderr, **options
        )
    except CommandError as exc:
        error = exc
    return stdout.getvalue(), stderr.getvalue(), error


# -- Sources ------------------------------------------------------------------------


def test_a_file_becomes_a_draft(index_page, tmp_path, fake_parsers):
    source = tmp_path / "rocky.html"
    source.write_text(html("Rocky in Russia"))

    out, err, error = run(str(source), "--parent", str(index_page.pk))

    assert error is None, err
    page = VideoFeaturePage.objects.get()
    assert page.title == "Rocky in Russia" and not page.live
    assert page.get_parent().pk == index_page.pk
    assert f"created  {source}  “Rocky in Russia”" in out
    assert f"http://testserver/admin/pages/{page.pk}/edit/" in out
    assert "suggestion: “Survivor” may be the performer" in out
    assert out.strip().endswith("1 created.")


def test_a_folder_is_searched_recursively(index_page, tmp_path, fake_parsers):
    (tmp_path / "2019").mkdir()
    (tmp_path / "a.html").write_text(html("A"))
    (tmp_path / "2019" / "b.htm").write_text(html("B"))
    (tmp_path / "2019" / "notes.txt").write_text("not a source")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.html").write_text(html("C"))

    out, err, error = run(str(tmp_path), "--parent", "/features/")

    assert error is None, err
    assert sorted(VideoFeaturePage.objects.values_list("title", flat=True)) == [
        "A",
        "B",
    ]
    assert "2 created" in out


def test_a_wordpress_export_gives_many_posts(index_page, tmp_path, fake_parsers):
    source = tmp_path / "export.xml"
    source.write_text(WXR)

    out, err, error = run(str(source), "--parent", "/features/", "--publish")

    pages = {page.title: page for page in VideoFeaturePage.objects.all()}
    assert set(pages) == {"Drago's lab", "Barn training"}
    assert pages["Drago's lab"].live and not pages["Barn training"].live
    assert ReaderComment.objects.count() == 2
    assert f"failed   {source}#item-3: the post has no title" in err
    assert "2 created, 1 failed; 2 comments" in out
    assert isinstance(error, CommandError)
    assert "1 source failed" in str(error)


def test_dry_run_writes_nothing(index_page, tmp_path, fake_parsers):
    (tmp_path / "export.xml").write_text(WXR)
    (tmp_path / "rocky.html").write_text(html("Rocky"))
    logs = PageLogEntry.objects.count()

    out, err, error = run(str(tmp_path), "--parent", "/features/", "--dry-run")

    assert not VideoFeaturePage.objects.exists()
    assert not ReaderComment.objects.exists()
    assert not ImportedSource.objects.exists()
    assert PageLogEntry.objects.count() == logs
    assert "Dry run, nothing saved: 3 to create, 1 failed" in out
    assert "would fail" in str(error)


def test_update_updates_instead_of_duplicating(index_page, tmp_path, fake_parsers):
    source = tmp_path / "export.xml"
    source.write_text(WXR.replace("<item><title></title>", "<item><title>x</title>"))
    run(str(source), "--parent", "/features/")

    out, _, _ = run(str(source), "--parent", "/features/")
    assert "3 skipped" in out
    out, _, _ = run(str(source), "--parent", "/features/", "--update")
    assert "3 updated" in out
    assert VideoFeaturePage.objects.count() == 3
    assert ReaderComment.objects.count() == 3


def test_report_file_is_json(index_page, tmp_path, fake_parsers):
    (tmp_path / "rocky.html").write_text(html("Rocky"))
    (tmp_path / "empty.html").write_text("")
    report = tmp_path / "out" / "report.json"
    report.parent.mkdir()

    out, _, error = run(
        str(tmp_path), "--parent", "/features/", "--report", str(report)
    )

    data = json.loads(report.read_text())
    page = VideoFeaturePage.objects.get()
    assert data["dry_run"] is False
    assert data["totals"] == {
        "created": 1,
        "updated": 0,
        "skipped": 0,
        "failed": 1,
        "comments": 0,
        "comments_held": 0,
        "images": 0,
    }
    entries = {entry["source"]: entry for entry in data["entries"]}
    created = entries[str(tmp_path / "rocky.html")]
    assert created["status"] == "created"
    assert created["page_id"] == page.pk
    assert created["edit_url"] == f"http://testserver/admin/pages/{page.pk}/edit/"
    assert created["facts"] == [
        {
            "kind": "track",
            "value": {"title": "Burning Heart", "performers": ["Survivor"]},
            "sentence": "“Burning Heart” by Survivor.",
            "label": "Track: Burning Heart (Survivor)",
        }
    ]
    assert created["suggestions"]
    failed = entries[str(tmp_path / "empty.html")]
    assert failed == {**failed, "status": "failed", "error": "the file is empty"}
    assert f"Report written to {report}" in out
    assert error is not None


# -- Robustness ----------------------------------------------------------------------


def test_each_bad_source_is_named_and_the_rest_go_on(
    index_page, tmp_path, fake_parsers, settings
):
    settings.WAGTAIL_MONTAGE_IMPORT_MAX_FILE_BYTES = 1000
    (tmp_path / "good.html").write_text(html("Good"))
    (tmp_path / "empty.html").write_text("  \n")
    (tmp_path / "big.html").write_text(html("x" * 2000))
    (tmp_path / "binary.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "feed.xml").write_text('<?xml version="1.0"?><rss><channel/></rss>')
    (tmp_path / "notes.html").write_text("<p>No title here</p>")
    missing = tmp_path / "missing.html"

    out, err, error = run(str(tmp_path), str(missing), "--parent", "/features/")

    assert list(VideoFeaturePage.objects.values_list("title", flat=True)) == ["Good"]
    assert f"{missing}: no such file or folder" in err
    assert f"{tmp_path / 'empty.html'}: the file is empty" in err
    assert f"{tmp_path / 'big.html'}: the file is " in err
    assert "more than the limit of 1000 (WAGTAIL_MONTAGE_IMPORT_MAX_FILE_BYTES)" in err
    assert f"{tmp_path / 'binary.html'}: a binary file" in err
    assert f"{tmp_path / 'feed.xml'}: an XML file that is not a WordPress export" in err
    assert f"{tmp_path / 'notes.html'}: not a post" in err
    assert "1 created, 6 failed" in out
    assert "6 sources failed" in str(error)


def test_an_unexpected_parser_error_fails_that_source_only(
    index_page, tmp_path, fake_parsers, monkeypatch
):
    def broken(data, name):
        if b"broken" in data:
            raise RecursionError("maximum recursion depth exceeded")
        return fake_parse_html(data, name)

    monkeypatch.setattr(pipeline, "parse_html_file", broken)
    (tmp_path / "a.html").write_text(html("broken"))
    (tmp_path / "b.html").write_text(html("Fine"))

    out, err, error = run(str(tmp_path), "--parent", "/features/")

    assert "could not be imported (RecursionError" in err
    assert VideoFeaturePage.objects.get().title == "Fine"


def test_a_failure_while_building_rolls_that_post_back(
    index_page, tmp_path, fake_parsers, monkeypatch
):
    real_build = pipeline.build_page

    def build(post, *args, **kwargs):
        result = real_build(post, *args, **kwargs)
        if post.title == "First":
            raise RuntimeError("the disk is full")
        return result

    monkeypatch.setattr(pipeline, "build_page", build)
    (tmp_path / "a.html").write_text(html("First"))
    (tmp_path / "b.html").write_text(html("Second"))

    out, err, error = run(str(tmp_path), "--parent", "/features/")

    assert "could not be imported (RuntimeError: the disk is full)" in err
    assert list(VideoFeaturePage.objects.values_list("title", flat=True)) == ["Second"]
    assert ImportedSource.objects.count() == 1
    index_page.refresh_from_db()
    assert index_page.numchild == 1


def test_images_left_out_without_a_media_root_are_reported_with_a_hint(
    index_page, tmp_path, fake_parsers, monkeypatch
):
    def with_image(data, name):
        post = fake_parse_html(data, name)
        post.body.append(("image", ParsedImage("/wp-content/uploads/2019/05/x.jpg")))
        return post

    monkeypatch.setattr(pipeline, "parse_html_file", with_image)
    (tmp_path / "a.html").write_text(html("A"))

    out, err, error = run(str(tmp_path), "--parent", "/features/")

    assert error is None, err
    assert "warning: image “/wp-content/uploads/2019/05/x.jpg” left out" in out
    assert "give the WordPress uploads folder with --media-root" in out


# -- The parent and the options --------------------------------------------------------


def test_the_parent_must_be_a_video_features_index(index_page, tmp_path, fake_parsers):
    source = tmp_path / "rocky.html"
    source.write_text(html("Rocky"))
    home = index_page.get_parent()

    for parent, message in [
        (str(home.pk), f"Page {home.pk} (“{home.title}”) is a"),
        ("99999", "No page has the id 99999."),
        ("/no/such/page/", "No page at '/no/such/page/'"),
    ]:
        _, _, error = run(str(source), "--parent", parent)
        assert message in str(error)
        assert f"Video features indexes: {index_page.pk} (/features/" in str(error)
    assert not VideoFeaturePage.objects.exists()


def test_the_parent_by_url(index_page, tmp_path, fake_parsers):
    source = tmp_path / "rocky.html"
    source.write_text(html("Rocky"))
    _, err, error = run(str(source), "--parent", "http://localhost/features/")
    assert error is None, err
    assert VideoFeaturePage.objects.get().get_parent().pk == index_page.pk


def test_report_and_media_root_folders_must_exist(index_page, tmp_path, fake_parsers):
    source = tmp_path / "rocky.html"
    source.write_text(html("Rocky"))

    _, _, error = run(
        str(source),
        "--parent",
        "/features/",
        "--report",
        str(tmp_path / "no" / "r.json"),
    )
    assert f"the folder '{tmp_path / 'no'}' does not exist" in str(error)
    _, _, error = run(str(source), "--parent", "/features/", "--report", str(tmp_path))
    assert "is a folder" in str(error)
    _, _, error = run(
        str(source), "--parent", "/features/", "--media-root", str(tmp_path / "none")
    )
    assert "is not a folder" in str(error)
    assert not VideoFeaturePage.objects.exists()


def test_exit_status_is_1_without_a_traceback_when_a_source_fails(
    index_page, tmp_path, fake_parsers, monkeypatch, capsys
):
    # run_from_argv closes the connections when it ends: not the test's, please.
    monkeypatch.setattr(connections, "close_all", lambda: None)
    (tmp_path / "good.html").write_text(html("Good"))
    (tmp_path / "bad.html").write_text("")

    with pytest.raises(SystemExit) as exit_info:
        Command().run_from_argv(
            [
                "manage.py",
                "import_video_features",
                str(tmp_path),
                "--parent",
                "/features/",
            ]
        )

    assert exit_info.value.code == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert "CommandError: 1 source failed" in captured.err
    assert VideoFeaturePage.objects.get().title == "Good"


def test_a_user_mistake_exits_1_without_a_traceback(index_page, monkeypatch, capsys):
    monkeypatch.setattr(connections, "close_all", lambda: None)
    with pytest.raises(SystemExit) as exit_info:
        Command().run_from_argv(
            ["manage.py", "import_video_features", "x.html", "--parent", "/nowhere/"]
        )
    assert exit_info.value.code == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert "CommandError: No page at '/nowhere/'" in captured.err


def test_progress_is_a_line_per_tenth_when_not_a_terminal():
    stream = StringIO()
    from django.core.management.base import OutputWrapper

    progress = Progress(OutputWrapper(stream))
    for done in range(1, 21):
        progress("import", done, 20, f"post-{done}.html")
    progress.finish()
    lines = stream.getvalue().splitlines()
    assert lines[0] == "Importing: 10% (2/20)"
    assert lines[-1] == "Importing: 100% (20/20)"
    assert len(lines) == 10


def test_progress_redraws_one_line_on_a_terminal():
    class Terminal(StringIO):
        def isatty(self):
            return True

    stream = Terminal()
    from django.core.management.base import OutputWrapper

    progress = Progress(OutputWrapper(stream))
    progress("import", 1, 3, "a.html")
    progress("import", 2, 3, "b.html")
    progress.finish()
    text = stream.getvalue()
    assert "\n" not in text
    assert "\rImporting [1/3] a.html" in text and "\rImporting [2/3] b.html" in text


# -- Queries per post -----------------------------------------------------------------


def test_queries_per_post_stay_flat(index_page, tmp_path, fake_parsers):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def per_post(count, start):
        folder = tmp_path / f"run-{count}"
        folder.mkdir()
        for n in range(start, start + count):
            (folder / f"post-{n}.html").write_text(html(f"Post {n}"))
        sources, errors = pipeline.discover([folder])
        with CaptureQueriesContext(connection) as captured:
            report = pipeline.run_import(sources, index_page, errors=errors)
        assert report.totals["created"] == count
        return len(captured) / count

    per_post(2, 0)  # warm caches
    small, large = per_post(5, 100), per_post(20, 200)
    assert large <= small * 1.05, (small, large)


# -- With the real parsers ----------------------------------------------------------------

FIXTURES = Path(__file__).resolve().parent / "importers" / "fixtures"


def test_end_to_end_a_saved_wordpress_page_with_its_images(index_page, tmp_path):
    source = tmp_path / "snow.html"
    source.write_bytes((FIXTURES / "wordpress_theme_post.html").read_bytes())
    uploads = tmp_path / "uploads"
    write_jpeg(uploads / "2021" / "03" / "rocky-snow.jpg")
    report_path = tmp_path / "report.json"

    out, err, error = run(
        str(source),
        "--parent",
        "/features/",
        "--media-root",
        str(uploads),
        "--report",
        str(report_path),
    )

    assert error is None, err
    page = VideoFeaturePage.objects.get()
    assert page.title == "Snow, sweat and synthesizers"
    assert page.film_title == "Rocky IV"
    assert page.slug == "snow-sweat-and-synthesizers"
    assert page.video_url
    kinds = [child.block_type for child in page.body]
    assert "image" in kinds and "track" in kinds
    assert get_image_model().objects.count() == 1
    entry = json.loads(report_path.read_text())["entries"][0]
    assert entry["status"] == "created" and entry["facts"]
    assert entry["images"] == kinds.count("image")
    # A draft: its old address redirects once it is published, not before.
    assert not Redirect.objects.exists()
    assert entry["redirect_pending"] == "/2021/03/snow-sweat-and-synthesizers"
    page.save_revision().publish()
    assert Redirect.objects.get().old_path == "/2021/03/snow-sweat-and-synthesizers"


def test_a_saved_page_is_a_draft_unless_publish_is_given(index_page, tmp_path):
    source = tmp_path / "snow.html"
    source.write_bytes((FIXTURES / "wordpress_theme_post.html").read_bytes())

    out, err, error = run(str(source), "--parent", "/features/")
    assert error is None, err
    assert not VideoFeaturePage.objects.get().live

    # A saved page was public at its source, so --publish may publish it.
    out, err, error = run(
        str(source), "--parent", "/features/", "--update", "--publish"
    )
    assert error is None, err
    page = VideoFeaturePage.objects.get()
    assert page.live and "1 updated" in out


def generated_export(run, count):
    """The benchmark's generated WordPress export (benchmarks/import.py)."""
    spec = importlib.util.spec_from_file_location(
        "benchmark_import", FIXTURES.parents[2] / "benchmarks" / "import.py"
    )
    benchmark = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(benchmark)
    return benchmark.export(run, count)


def test_end_to_end_a_wordpress_export(index_page, tmp_path):
    source = tmp_path / "export.xml"
    source.write_bytes(generated_export(1, 3))

    out, err, error = run(str(source), "--parent", "/features/", "--publish")

    assert error is None, err
    pages = VideoFeaturePage.objects.order_by("pk")
    assert pages.count() == 3
    assert all(page.live for page in pages)
    assert pages[0].film_title == "Film 1" and pages[0].film_year == 1985
    comments = ReaderComment.objects.filter(page=pages[0])
    assert comments.count() == 2
    reply = comments.get(author_name="Paulie")
    assert reply.parent.author_name == "Adrian"
    assert reply.status == ReaderComment.Status.PENDING
    assert reply.parent.status == ReaderComment.Status.APPROVED
    assert "3 created; 6 comments" in out
    assert pages[0].video_url == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    kinds = [child.block_type for child in pages[0].body]
    assert {"track", "chart_fact", "location"} <= set(kinds)


def test_end_to_end_queries_per_post_stay_flat(index_page):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def per_post(run, count):
        source = pipeline.Source(
            name=f"run-{run}.xml", data=generated_export(run, count)
        )
        with CaptureQueriesContext(connection) as captured:
            report = pipeline.run_import([source], index_page, publish=True)
        assert report.totals["created"] == count, report.summary()
        return len(captured) / count

    per_post(1, 2)  # warm caches
    small, large = per_post(2, 5), per_post(3, 20)
    assert large <= small * 1.05, (small, large)


def test_end_to_end_hostile_and_broken_files_are_named_and_the_rest_go_on(
    index_page, tmp_path
):
    wp = 'xmlns:wp="http://wordpress.org/export/1.2/"'
    (tmp_path / "laughs.xml").write_text(
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
        f"<rss {wp}><channel><title>&lol2;</title></channel></rss>"
    )
    (tmp_path / "xxe.xml").write_text(
        '<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        f"<rss {wp}><channel><item><title>&xxe;</title></item></channel></rss>"
    )
    (tmp_path / "klingon.html").write_bytes(
        b'<html><head><meta charset="x-klingon"><title>Caf\xe9</title></head></html>'
    )
    (tmp_path / "broken.html").write_text("<html><body><p>unclosed <b><i>tags <div>")
    (tmp_path / "good.xml").write_bytes(generated_export(1, 1))

    out, err, error = run(str(tmp_path), "--parent", "/features/")

    assert VideoFeaturePage.objects.get().title == "Post 1"
    for name, message in [
        ("laughs.xml", "billion laughs"),
        ("xxe.xml", "external entities are not allowed"),
        ("klingon.html", "unknown encoding"),
        ("broken.html", "not a blog post"),
    ]:
        line = next(line for line in err.splitlines() if str(tmp_path / name) in line)
        assert line.startswith("failed ") and message in line
    assert "Traceback" not in err
    assert "1 created, 4 failed" in out and "4 sources failed" in str(error)
