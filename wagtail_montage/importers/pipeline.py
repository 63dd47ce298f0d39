"""One import run, shared by ``import_video_features`` and the admin's "Import posts":
find the sources, read each within the size limit, parse it (HTML or WordPress
export), extract its facts, build its page, and report on every post.

Every source and every post stands alone: a failure is reported naming it, its
writes are rolled back, and the run goes on with the rest.
"""

import json
import logging
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from ..blocks.body import PARAGRAPH_FEATURES
from ..conf import get_setting
from .build import ImageLibrary, build_page
from .extraction import extract_facts
from .html import parse_html
from .suggestions import keep_suggestions, review_url
from .types import SourceError
from .wordpress import parse_wxr

logger = logging.getLogger(__name__)

SOURCE_SUFFIXES = (".html", ".htm", ".xml")
WXR_NAMESPACE = b"wordpress.org/export/"
SNIFF_BYTES = 64 * 1024


# -- Sources ----------------------------------------------------------------------


@dataclass
class Source:
    """A file to import: on disk (``path``) or uploaded and in memory (``data``)."""

    name: str
    path: Path | None = None
    data: bytes | None = None
    size: int | None = None

    def read(self):
        limit = get_setting("IMPORT_MAX_FILE_BYTES")
        size = self.size
        if size is None:
            size = len(self.data) if self.data is not None else self.path.stat().st_size
        if limit and size > limit:
            raise SourceError(
                self.name,
                gettext(
                    "the file is %(size)s bytes, more than the limit of %(limit)s "
                    "(WAGTAIL_MONTAGE_IMPORT_MAX_FILE_BYTES)"
                )
                % {"size": size, "limit": limit},
            )
        if self.data is not None:
            return self.data
        try:
            return self.path.read_bytes()
        except OSError as error:
            raise SourceError(
                self.name,
                gettext("cannot be read: %(error)s") % {"error": error.strerror},
            ) from None


def discover(paths):
    """The sources named on the command line: files, and the .html, .htm and .xml
    files of folders (recursively, in name order). Returns (sources, errors)."""
    sources, errors, seen = [], [], set()

    def add(path, name):
        resolved = path.resolve()
        if resolved not in seen:
            seen.add(resolved)
            sources.append(Source(name=name, path=path))

    for argument in paths:
        path = Path(argument)
        if path.is_file():
            add(path, str(argument))
        elif path.is_dir():
            found = []
            for folder, dirnames, filenames in os.walk(path):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                found += [
                    Path(folder) / filename
                    for filename in sorted(filenames)
                    if filename.lower().endswith(SOURCE_SUFFIXES)
                    and not filename.startswith(".")
                ]
            if not found:
                errors.append(
                    SourceError(
                        str(argument),
                        gettext("the folder has no .html, .htm or .xml files"),
                    )
                )
            for file_path in found:
                add(file_path, str(file_path))
        elif path.exists():
            errors.append(SourceError(str(argument), gettext("not a file or a folder")))
        else:
            errors.append(SourceError(str(argument), gettext("no such file or folder")))
    return sources, errors


def uploaded_sources(files):
    """Sources of files uploaded through the admin (Django ``UploadedFile`` objects).
    Files over the size limit are not read into memory."""
    limit = get_setting("IMPORT_MAX_FILE_BYTES")
    sources = []
    for upload in files:
        if limit and upload.size > limit:
            sources.append(Source(name=upload.name, data=b"", size=upload.size))
        else:
            sources.append(Source(name=upload.name, data=upload.read()))
    return sources


def sniff(data, name):
    """ "wxr" or "html", or a SourceError for what is neither."""
    head = data[:SNIFF_BYTES]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="ignore").encode()
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if not head.strip():
        raise SourceError(name, gettext("the file is empty"))
    if b"\x00" in head[:1024]:
        raise SourceError(
            name, gettext("a binary file, not HTML or a WordPress export")
        )
    lower = head.lower()
    if b"<rss" in lower and WXR_NAMESPACE in lower:
        return "wxr"
    if (lower.startswith(b"<?xml") or lower.startswith(b"<rss")) and (
        b"<html" not in lower
    ):
        raise SourceError(
            name,
            gettext(
                "an XML file that is not a WordPress export (WXR): nothing to import"
            ),
        )
    return "html"


def parse_source(data, name):
    """The posts of one source, and the errors of posts that could not be parsed."""
    if sniff(data, name) == "wxr":
        return parse_wxr_file(data, name)
    return [parse_html_file(data, name)], []


def parse_html_file(data, name):
    # The size was checked against the setting already (0: no limit).
    return parse_html(
        data, name, allowed_features=PARAGRAPH_FEATURES, max_bytes=len(data)
    )


def parse_wxr_file(data, name):
    return parse_wxr(
        data, name, allowed_features=PARAGRAPH_FEATURES, max_bytes=len(data)
    )


def add_facts(post):
    try:
        extract_facts(post)
    except Exception as error:  # a bug there must not lose the post
        logger.exception("Extracting the facts of %s failed", post.source)
        post.warnings.append(
            gettext("facts not extracted: %(error)s") % {"error": error}
        )


# What editors read for each kind of fact (the block's label) ...
FACT_KINDS = {
    "film": _("Film"),
    "track": _("Track"),
    "album": _("Album"),
    "chart_fact": _("Chart fact"),
    "location": _("Location"),
}
# ... and the fields shown after a fact's title, by kind of fact.
FACT_DETAILS = {
    "film": ("year",),
    "track": ("performers", "composers", "album_title"),
    "album": ("artist", "record_label", "release_date"),
    "chart_fact": ("artist", "chart", "chart_other", "position", "certifier", "level"),
    "location": ("region", "country", "stood_in_for"),
}


def readable(key, item):
    """A stored choice (``billboard_hot_100``) as its label (Billboard Hot 100)."""
    from ..blocks.charts import (
        CERTIFICATION_LEVEL_CHOICES,
        CERTIFIER_CHOICES,
        CHART_CHOICES,
    )

    choices = {
        "chart": CHART_CHOICES,
        "certifier": CERTIFIER_CHOICES,
        "level": CERTIFICATION_LEVEL_CHOICES,
    }.get(key)
    if choices and isinstance(item, str):
        return str(dict(choices).get(item, item))
    return str(item)


def fact_label(fact):
    """ "Track: Heart's on Fire (John Cafferty; Vince DiCola)": a fact for people."""
    if not isinstance(fact, dict):
        return str(fact)
    kind, value = fact.get("kind", ""), fact.get("value")
    name = str(FACT_KINDS.get(kind, kind))
    if not isinstance(value, dict):
        return f"{name}: {value}" if value not in (None, "") else name
    title = next(
        (value[key] for key in ("title", "subject_title", "name") if value.get(key)),
        "",
    )
    details = []
    for key in FACT_DETAILS.get(kind, ()):
        item = value.get(key)
        if isinstance(item, list | tuple):
            item = ", ".join(str(part) for part in item)
        if item not in (None, "", False):
            if key == "position":
                item = f"top {item}" if value.get("top_n") else f"No. {item}"
            details.append(readable(key, item))
    label = f"{name}: {title}" if title else name
    return f"{label} ({'; '.join(details)})" if details else label


def report_facts(facts):
    return [
        {**fact, "label": fact_label(fact)}
        if isinstance(fact, dict)
        else {"label": fact_label(fact)}
        for fact in facts
    ]


# -- The report ------------------------------------------------------------------------


@dataclass
class ReportEntry:
    """One post (or one source that gave no post) of a run."""

    source: str
    status: str  # created, updated, skipped or failed
    title: str = ""
    page_id: int | None = None
    edit_url: str = ""
    published: bool = False
    facts: list = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    review_url: str = ""  # where an editor accepts or rejects them
    old_url: str = ""  # the post's address at the source, for the redirect map
    page_url: str = ""  # the new page's address
    live: bool = False
    warnings: list[str] = field(default_factory=list)
    comments: int = 0
    images: int = 0
    redirect: str = ""
    error: str = ""
    # What the importing user's rights held back (comments left pending, a page
    # left a draft) and what waits for publication (the redirect), in editors' words.
    held: list[str] = field(default_factory=list)
    comments_held: int = 0
    redirect_pending: str = ""


STATUSES = ("created", "updated", "skipped", "failed")
# The summary's words for each status, "%(count)s" the number of posts.
_STATUSES = {
    "created": _("%(count)s created"),
    "updated": _("%(count)s updated"),
    "skipped": _("%(count)s skipped"),
    "failed": _("%(count)s failed"),
}
_DRY_RUN_STATUSES = {
    **_STATUSES,
    "created": _("%(count)s to create"),
    "updated": _("%(count)s to update"),
}


@dataclass
class ImportReport:
    dry_run: bool = False
    started_at: object = field(default_factory=timezone.now)
    finished_at: object = None
    entries: list[ReportEntry] = field(default_factory=list)
    # Images left out for want of an uploads folder (counted, not read from the
    # warnings: those are in the importing user's language).
    images_without_folder: int = 0

    @property
    def totals(self):
        totals = dict.fromkeys(STATUSES, 0)
        for entry in self.entries:
            totals[entry.status] += 1
        totals["comments"] = sum(entry.comments for entry in self.entries)
        totals["comments_held"] = sum(entry.comments_held for entry in self.entries)
        totals["images"] = sum(entry.images for entry in self.entries)
        return totals

    def images_left_out(self):
        return self.images_without_folder

    @property
    def failed(self):
        return any(entry.status == "failed" for entry in self.entries)

    def summary(self):
        totals = self.totals
        statuses = _DRY_RUN_STATUSES if self.dry_run else _STATUSES
        parts = [
            statuses[status] % {"count": totals[status]}
            for status in STATUSES
            if totals[status]
        ]
        text = ", ".join(parts) or gettext("nothing to import")
        extras = []
        if totals["comments"]:
            extras.append(
                ngettext("%(count)s comment", "%(count)s comments", totals["comments"])
                % {"count": totals["comments"]}
            )
        if totals["images"]:
            extras.append(
                ngettext("%(count)s image", "%(count)s images", totals["images"])
                % {"count": totals["images"]}
            )
        if totals["comments_held"]:
            extras.append(
                gettext("%(count)s waiting for moderation")
                % {"count": totals["comments_held"]}
            )
        if extras:
            text += "; " + ", ".join(extras)
        if self.dry_run:
            return gettext("Dry run, nothing saved: %(summary)s") % {"summary": text}
        return text

    def as_dict(self):
        return {
            "dry_run": self.dry_run,
            "started_at": self.started_at,
            "finished_at": self.finished_at,
            "totals": self.totals,
            "summary": self.summary(),
            "entries": [asdict(entry) for entry in self.entries],
        }

    def to_json(self):
        return json.dumps(
            self.as_dict(), cls=ReportEncoder, indent=2, ensure_ascii=False
        )


class ReportEncoder(DjangoJSONEncoder):
    def default(self, o):
        try:
            return super().default(o)
        except TypeError:
            return str(o)


# -- The run -----------------------------------------------------------------------------


def edit_url(page, base_url=""):
    return base_url.rstrip("/") + reverse("wagtailadmin_pages:edit", args=[page.pk])


def run_import(
    sources,
    parent,
    *,
    publish=False,
    dry_run=False,
    update=False,
    media_root=None,
    user=None,
    errors=(),
    progress=None,
    base_url="",
):
    """Import ``sources`` (``Source`` objects) under ``parent``; return an ``ImportReport``.

    ``errors`` are ``SourceError`` found before (by ``discover``), reported as
    failures. ``progress(stage, done, total, label)`` is called as sources are
    read (stage "read") and posts are built (stage "import"). ``base_url`` is
    put before the admin edit links (the command makes them absolute).
    """
    report = ImportReport(dry_run=dry_run)
    report.entries = [failed(error.source, error) for error in errors]
    # The report lists the entries of each source together, in the sources' order.
    by_source = [[] for _ in sources]

    posts = []
    for done, source in enumerate(sources, 1):
        if progress:
            progress("read", done, len(sources), source.name)
        entries = by_source[done - 1]
        try:
            parsed, post_errors = parse_source(source.read(), source.name)
        except Exception as error:
            entries.append(failed(source.name, error))
            continue
        posts += [(entries, post) for post in parsed]
        entries += [failed(error.source, error) for error in post_errors]

    images = ImageLibrary(media_root, user=user, dry_run=dry_run)
    for done, (entries, post) in enumerate(posts, 1):
        if progress:
            progress("import", done, len(posts), post.source)
        add_facts(post)
        entry = ReportEntry(
            source=post.source,
            status="failed",
            title=post.title,
            facts=report_facts(post.facts),
            suggestions=list(post.suggestions),
            warnings=list(post.warnings),
        )
        try:
            with transaction.atomic():
                result = build_page(
                    post,
                    parent,
                    publish=publish,
                    update=update,
                    user=user,
                    dry_run=dry_run,
                    images=images,
                )
                if result.page is not None and not dry_run:
                    keep_suggestions(result.page, post.suggested)
        except Exception as error:
            images.rollback()
            # The tree position written in memory by add_child was rolled back.
            parent.refresh_from_db()
            entry.error = describe_error(post.source, error)
            entries.append(entry)
            continue
        images.commit()
        entry.status = result.status
        entry.warnings += result.warnings
        entry.comments = result.comments
        entry.images = result.images
        entry.published = result.published
        entry.redirect = result.redirect
        entry.held = result.held
        entry.comments_held = result.comments_held
        entry.redirect_pending = result.redirect_pending
        if result.page is not None:
            entry.title = result.page.title
            entry.page_id = result.page.pk
            entry.edit_url = edit_url(result.page, base_url)
            entry.old_url = post.old_url
            entry.page_url = result.page.get_url() or ""
            entry.live = bool(result.page.live)
            if post.suggested and not dry_run:
                entry.review_url = base_url.rstrip("/") + review_url(result.page.pk)
        entries.append(entry)
    report.entries += [entry for entries in by_source for entry in entries]
    report.images_without_folder = images.without_folder
    report.finished_at = timezone.now()
    return report


def describe_error(source, error):
    if isinstance(error, SourceError):
        return str(error) if error.source != source else error.message
    if hasattr(error, "messages"):  # ValidationError
        return "; ".join(error.messages)
    logger.exception("Importing %s failed", source)
    return gettext("could not be imported (%(type)s: %(error)s)") % {
        "type": type(error).__name__,
        "error": error,
    }


def failed(source, error):
    return ReportEntry(
        source=source, status="failed", error=describe_error(source, error)
    )
