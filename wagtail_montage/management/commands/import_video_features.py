"""Import blog posts (HTML files or a WordPress export) as video feature pages."""

import shutil
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Page, Site

from wagtail_montage.importers.pipeline import discover, run_import
from wagtail_montage.importers.redirect_map import write_redirect_map
from wagtail_montage.models import VideoFeatureIndexPage
from wagtail_montage.numbers import parse_int


class Command(BaseCommand):
    help = (
        "Import blog posts as video feature pages under a video features index. "
        "Each SOURCE is an HTML file, a folder of them (searched recursively for "
        ".html, .htm and .xml files) or a WordPress export (WXR). Pages are "
        "created as drafts; with --publish, the posts published at the source are "
        "published (never the others). Facts (tracks, albums, chart positions, "
        "places) found in the text become blocks; unsure ones are listed as "
        "suggestions. Comments are imported as reader comments with their status, "
        "and the old URL redirects to the new page once it is live. With "
        "--as-user the import takes that user's rights, as the admin's Import "
        "posts does. A source that fails is reported and the others are "
        "imported; the command then exits with status 1."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "sources",
            nargs="+",
            metavar="SOURCE",
            help="An HTML file, a folder of them, or a WordPress export (.xml).",
        )
        parser.add_argument(
            "--parent",
            required=True,
            metavar="PAGE",
            help="The video features index to import under: its id or URL path "
            "(e.g. 3 or /features/).",
        )
        parser.add_argument(
            "--publish",
            action="store_true",
            help="Publish the posts that were published at the source (default: "
            "every page is a draft).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Read, parse and report; write nothing.",
        )
        parser.add_argument(
            "--update",
            action="store_true",
            help="Update the page of a post imported before (recognised by its "
            "guid, URL or content hash) in a new revision, adding only new "
            "comments. Without it such posts are skipped.",
        )
        parser.add_argument(
            "--media-root",
            metavar="DIR",
            help="The WordPress uploads folder (wp-content/uploads): images of the "
            "posts are taken from it into the image library. Without it images "
            "are left out, each with a report line.",
        )
        parser.add_argument(
            "--report",
            metavar="FILE",
            help="Write the report (every post, its page, facts, suggestions, "
            "warnings and errors) to FILE as JSON.",
        )
        parser.add_argument(
            "--redirect-map",
            metavar="FILE",
            action="append",
            default=[],
            help="Write every old URL and its new page to FILE: CSV for a .csv "
            "name, else an nginx map file. May be given twice.",
        )
        parser.add_argument(
            "--as-user",
            metavar="USERNAME",
            help="Import with this user's rights: pages are published only where "
            "they may publish, comments approved at the source stay approved "
            "only if they may moderate comments (else they wait for "
            "moderation), and they own the new pages. Without it the source's "
            "statuses are kept.",
        )

    def handle(self, *args, sources, parent, **options):
        index = find_parent(parent)
        user = find_user(options["as_user"], index)
        report_path = check_report_path(options["report"])
        map_paths = [
            check_report_path(value, "--redirect-map")
            for value in options["redirect_map"]
        ]
        media_root = check_media_root(options["media_root"])
        verbosity = options["verbosity"]

        found, errors = discover(sources)
        progress = Progress(self.stderr, enabled=verbosity > 0)
        report = run_import(
            found,
            index,
            publish=options["publish"],
            dry_run=options["dry_run"],
            update=options["update"],
            media_root=media_root,
            user=user,
            errors=errors,
            progress=progress,
            base_url=getattr(settings, "WAGTAILADMIN_BASE_URL", ""),
        )
        progress.finish()

        if verbosity > 0:
            for entry in report.entries:
                self.write_entry(entry, verbosity)
        if report_path:
            try:
                report_path.write_text(report.to_json() + "\n", encoding="utf-8")
            except OSError as error:
                raise CommandError(
                    f"Cannot write the report to '{report_path}': {error.strerror}."
                ) from None
        for map_path in map_paths:
            if report.dry_run:
                break
            try:
                write_redirect_map(report, map_path)
            except OSError as error:
                raise CommandError(
                    f"Cannot write the redirect map to '{map_path}': {error.strerror}."
                ) from None
        if verbosity > 0 and media_root is None and report.images_left_out():
            self.stdout.write(
                "Images were left out: give the WordPress uploads folder with "
                "--media-root to bring them into the image library."
            )
        if verbosity > 0:
            style = self.style.ERROR if report.failed else self.style.SUCCESS
            self.stdout.write(style(report.summary() + "."))
            if report_path:
                self.stdout.write(f"Report written to {report_path}.")
        if report.failed:
            failed = report.totals["failed"]
            raise CommandError(
                f"{failed} source{'s' if failed != 1 else ''} failed "
                "(see the messages above); the others were imported."
                if not report.dry_run
                else f"{failed} source{'s' if failed != 1 else ''} would fail."
            )

    def write_entry(self, entry, verbosity):
        if entry.status == "failed":
            self.stderr.write(f"failed   {entry.source}: {entry.error}")
            return
        label = f"{entry.status:<8} {entry.source}"
        if entry.title:
            label += f"  “{entry.title}”"
        if entry.published:
            label += " (published)"
        if entry.edit_url:
            label += f"  {entry.edit_url}"
        self.stdout.write(label)
        details = [f"held: {line}" for line in entry.held]
        details += [f"warning: {warning}" for warning in entry.warnings]
        details += [f"suggestion: {suggestion}" for suggestion in entry.suggestions]
        if entry.review_url:
            details.append(f"review the suggestions: {entry.review_url}")
        if verbosity > 1:
            details += [f"fact: {fact['label']}" for fact in entry.facts]
            if entry.comments:
                details.append(f"{entry.comments} comments")
            if entry.redirect:
                details.append(f"redirect from {entry.redirect}")
        for line in details:
            self.stdout.write(f"         {line}")


def plain(text):
    return text


class Progress:
    """ "[12/100] file.html" on standard error: redrawn in place on a terminal, else
    a line at every tenth of the way (for runs of ten or more)."""

    labels = {"read": "Reading", "import": "Importing"}

    def __init__(self, stream, enabled=True):
        self.stream = stream
        self.enabled = enabled
        self.tty = enabled and stream.isatty()
        self.drawn = False
        self.last_tenth = {}

    def __call__(self, stage, done, total, label):
        if not self.enabled:
            return
        text = f"{self.labels.get(stage, stage)} [{done}/{total}] {label}"
        if self.tty:
            width = shutil.get_terminal_size((80, 20)).columns - 1
            self.stream.write(f"\r{text[:width]:<{width}}", plain, ending="")
            self.stream.flush()
            self.drawn = True
            return
        tenth = done * 10 // total
        if total >= 10 and tenth > self.last_tenth.get(stage, 0):
            self.last_tenth[stage] = tenth
            self.stream.write(
                f"{self.labels.get(stage, stage)}: {tenth * 10}% ({done}/{total})",
                plain,
            )

    def finish(self):
        if self.drawn:
            width = shutil.get_terminal_size((80, 20)).columns - 1
            self.stream.write(f"\r{'':<{width}}\r", plain, ending="")
            self.stream.flush()
            self.drawn = False


def find_parent(value):
    """The VideoFeatureIndexPage given by id, URL path or URL, or a CommandError."""
    value = (value or "").strip()
    if (page_id := parse_int(value, minimum=1)) is not None:
        page = Page.objects.filter(pk=page_id).first()
        if page is None:
            raise CommandError(f"No page has the id {value}.{known_indexes()}")
    else:
        parts = urlsplit(value)
        path = "/" + parts.path.strip("/") + "/" if parts.path.strip("/") else "/"
        sites = Site.objects.select_related("root_page")
        if parts.hostname:
            sites = sites.filter(hostname=parts.hostname)
        candidates = {site.root_page.url_path + path[1:] for site in sites}
        if not parts.hostname:
            candidates.add(path)  # a url_path, from the root of the tree
        pages = list(Page.objects.filter(url_path__in=candidates)[:5])
        if not pages:
            raise CommandError(
                f"No page at '{value}': give the id or URL path of a video features "
                f"index.{known_indexes()}"
            )
        if len({page.pk for page in pages}) > 1:
            ids = ", ".join(str(page.pk) for page in pages)
            raise CommandError(
                f"'{value}' is the path of more than one page (ids {ids}) on "
                "different sites: give the page's id, or a full URL."
            )
        page = pages[0]
    page = page.specific
    if not isinstance(page, VideoFeatureIndexPage):
        raise CommandError(
            f"Page {page.pk} (“{page.title}”) is a "
            f"{page.specific_class._meta.verbose_name if page.specific_class else 'page'}, "
            f"not a video features index.{known_indexes()}"
        )
    return page


def known_indexes():
    indexes = list(VideoFeatureIndexPage.objects.order_by("path")[:10])
    if not indexes:
        return " There is no video features index yet: create one first."
    listed = "; ".join(
        f"{index.pk} ({url_path(index)}, “{index.title}”)" for index in indexes
    )
    return f" Video features indexes: {listed}."


def url_path(page):
    parts = page.get_url_parts()
    return parts[2] if parts else page.url_path


def find_user(username, index):
    """The active user named ``username`` (None without one), who must be able to
    add pages under ``index``, or a CommandError."""
    if username is None:
        return None
    from django.contrib.auth import get_user_model

    model = get_user_model()
    user = model._default_manager.filter(**{model.USERNAME_FIELD: username}).first()
    if user is None or not user.is_active:
        raise CommandError(f"--as-user: no active user '{username}'.")
    if not index.permissions_for_user(user).can_add_subpage():
        raise CommandError(
            f"--as-user: '{username}' may not add pages under “{index.title}”."
        )
    return user


def check_report_path(value, option="--report"):
    if not value:
        return None
    path = Path(value)
    if path.is_dir():
        raise CommandError(f"{option} '{value}' is a folder: name a file in it.")
    if not path.parent.is_dir():
        raise CommandError(
            f"{option} '{value}': the folder '{path.parent}' does not exist."
        )
    return path


def check_media_root(value):
    if not value:
        return None
    path = Path(value)
    if not path.is_dir():
        raise CommandError(f"--media-root '{value}' is not a folder.")
    return path
