"""Turn one ``ParsedPost`` into a draft ``VideoFeaturePage``: fields, body, images,
tags, reader comments, a redirect from the old URL, and the ``ImportedSource`` row
that lets ``--update`` find the page again.

Nothing here reads a source file: ``pipeline.py`` does. Given a ``user``, the
import takes that user's rights: it publishes only what they may publish and
approves comments only when they may moderate; what is held back for that is
listed in ``BuildResult.held``. Without a user (the command run by an operator)
the source's statuses are kept. Whatever cannot be imported (a fact block that
does not validate, an image that cannot be found, a field out of range) is left
out with a warning, never guessed.
"""

import copy
import hashlib
import re
from contextlib import suppress
from dataclasses import dataclass, field, replace
from datetime import datetime
from io import BytesIO
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.core.validators import URLValidator, validate_email
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext, ngettext
from wagtail.blocks import (
    ListBlockValidationError,
    RichTextBlock,
    StreamBlockValidationError,
    StructBlock,
    StructBlockValidationError,
)
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageBlock

from ..blocks.fields import PartialDateBlock
from ..comments.moderation import can_moderate
from ..conf import get_setting
from ..models import ImportedSource, ReaderComment, VideoFeaturePage
from .redirects import add_redirect, redirect_path
from .types import ParsedImage, ParsedPost, SourceError

TEASER_MAX = 300
# WordPress keeps resized copies beside the upload: rocky-300x200.jpg.
WP_SIZE_SUFFIX_RE = re.compile(r"-\d+x\d+(?=\.[A-Za-z0-9]+$)")
WHITESPACE_RE = re.compile(r"\s+")


@dataclass
class BuildResult:
    """What ``build_page`` did (or, in a dry run, would do) with one post."""

    status: str  # "created", "updated" or "skipped"
    page: VideoFeaturePage | None = None
    warnings: list[str] = field(default_factory=list)
    comments: int = 0
    images: int = 0
    published: bool = False
    redirect: str = ""
    # Held back for the importing user's rights (or until the page is published),
    # in editors' words.
    held: list[str] = field(default_factory=list)
    comments_held: int = 0
    redirect_pending: str = ""


def source_key(post):
    """The key ``ImportedSource`` stores: the parser's, hashed when too long."""
    key = (post.key or "").strip() or f"source:{post.source}"
    limit = ImportedSource._meta.get_field("key").max_length
    if len(key) > limit:
        key = "sha256:" + hashlib.sha256(key.encode()).hexdigest()
    return key


# -- Images ------------------------------------------------------------------------


class ImageLibrary:
    """Finds a post's images in a local uploads folder and brings each file into
    Wagtail's image library once (matched by file hash, so a second run or a
    second post reuses the image). Shared by every post of one import run.

    Given a ``user``, it takes their rights, as Wagtail's image chooser and upload
    do: it reuses only images they may choose, and adds images only to a
    collection they may add to (the root one first)."""

    def __init__(self, media_root=None, user=None, dry_run=False):
        self.root = Path(media_root).resolve() if media_root else None
        self.user = user
        self.dry_run = dry_run
        self._by_path = {}
        self._by_hash = {}
        self._refused = {}  # path -> why it was left out
        self._new = []  # (path, hash, image) created for the post being built
        self._collection = None  # where new images go, looked up once

    def permission_policy(self):
        from wagtail.permissions import policy_registry

        return policy_registry.get_by_type(get_image_model())

    def may_choose(self, image):
        return (
            self.user is None
            or self.permission_policy().user_has_permission_for_instance(
                self.user, "choose", image
            )
        )

    def collection(self):
        """The collection new images go to: False when the user may add none."""
        if self._collection is None:
            from wagtail.models import Collection

            if self.user is None:
                self._collection = Collection.get_first_root_node()
            else:
                # The root first when allowed: paths sort ancestors first.
                allowed = self.permission_policy().collections_user_has_permission_for(
                    self.user, "add"
                )
                self._collection = allowed.order_by("path").first() or False
        return self._collection

    def commit(self):
        """The post's transaction committed: its new images stay."""
        self._new = []

    def rollback(self):
        """The post's transaction rolled back: forget its new images, delete their files."""
        for path, digest, image in self._new:
            self._by_path.pop(path, None)
            self._by_hash.pop(digest, None)
            if image is not True:
                with suppress(Exception):  # an orphan file is no reason to stop
                    image.file.delete(save=False)
        self._new = []

    def candidates(self, src):
        parts = [
            part
            for part in unquote(urlsplit(src.strip()).path).split("/")
            if part not in ("", ".")
        ]
        if not parts or ".." in parts:
            return []
        relatives = []
        if "uploads" in parts:
            index = len(parts) - 1 - parts[::-1].index("uploads")
            relatives.append(parts[index + 1 :])
        relatives.append(parts)
        paths = []
        for relative in relatives:
            if not relative:
                continue
            original = WP_SIZE_SUFFIX_RE.sub("", relative[-1])
            # The full-size original first: Wagtail makes its own renditions.
            for name in dict.fromkeys([original, relative[-1]]):
                paths.append(self.root.joinpath(*relative[:-1], name))
        return paths

    def find_file(self, src):
        if self.root is None or src.startswith("data:"):
            return None
        for path in self.candidates(src):
            try:
                resolved = path.resolve()
            except OSError:
                continue
            if resolved.is_relative_to(self.root) and resolved.is_file():
                return resolved
        return None

    def image_for(self, parsed, warnings):
        """The library image for ``parsed`` (``True`` in a dry run), or None with a warning."""
        if self.root is None:
            warnings.append(
                f"image “{parsed.src}” left out: no uploads folder to take it from"
            )
            return None
        path = self.find_file(parsed.src)
        if path is None:
            warnings.append(
                f"image “{parsed.src}” left out: not found in the uploads folder"
            )
            return None
        if path not in self._by_path and path not in self._refused:
            self._by_path[path] = self._load(path)
        if path in self._refused:
            warnings.append(f"image “{parsed.src}” left out: {self._refused[path]}")
            return None
        return self._by_path[path]

    def _load(self, path):
        max_size = getattr(settings, "WAGTAILIMAGES_MAX_UPLOAD_SIZE", 10 * 1024 * 1024)
        try:
            size = path.stat().st_size
            if max_size and size > max_size:
                self._refused[path] = (
                    f"{size} bytes, more than the {max_size} Wagtail accepts"
                )
                return None
            data = path.read_bytes()
        except OSError as error:
            self._refused[path] = f"cannot be read ({error.strerror})"
            return None
        if not is_readable_image(data):
            self._refused[path] = "not an image Wagtail can read"
            return None
        digest = hashlib.sha1(data).hexdigest()  # noqa: S324 - Wagtail's file_hash
        if digest in self._by_hash:
            return self._by_hash[digest]
        image_model = get_image_model()
        image = next(
            (
                image
                for image in image_model.objects.filter(file_hash=digest)
                if self.may_choose(image)
            ),
            None,
        )
        if image is None:
            collection = self.collection()
            if collection is False:
                self._refused[path] = "you may not add images to the image library"
                return None
            if self.dry_run:
                image = True
            else:
                image = image_model(
                    title=path.stem[:255],
                    file=ImageFile(BytesIO(data), name=path.name),
                    file_size=len(data),
                    file_hash=digest,
                    uploaded_by_user=self.user,
                    collection=collection,
                )
                image.save()
            self._new.append((path, digest, image))
        self._by_hash[digest] = image
        return image


def is_readable_image(data):
    from PIL import Image as PILImage

    try:
        with PILImage.open(BytesIO(data)) as image:
            image.verify()
    except Exception:
        return False
    return True


def image_value(image, parsed):
    """The native value of the body's ``image`` block: the image with its alt text."""
    if image is True:  # dry run: found, not imported
        return image
    value = copy.copy(image)
    alt = WHITESPACE_RE.sub(" ", parsed.alt or "").strip()
    value.contextual_alt_text = alt[:255]
    value.decorative = not alt
    return value


# -- Fields --------------------------------------------------------------------------


def plain(text):
    return WHITESPACE_RE.sub(" ", strip_tags(text or "")).strip()


def clean_field(name, value, warnings, label):
    """``value`` if the model field accepts it, else None and a warning."""
    model_field = VideoFeaturePage._meta.get_field(name)
    try:
        return model_field.clean(value, None)
    except ValidationError as error:
        warnings.append(f"{label} “{value}” left out: {' '.join(error.messages)}")
        return None


def page_fields(post, warnings):
    title = plain(post.title)[:255]
    if not title:
        raise SourceError(post.source, "the post has no title")
    teaser = plain(post.teaser) or title
    if len(teaser) > TEASER_MAX:
        teaser = Truncator(teaser).chars(TEASER_MAX)
    fields = {
        "title": title,
        "teaser": teaser,
        "film_title": plain(post.film_title)[:255],
        "film_year": None,
        "video_url": "",
    }
    if post.film_year is not None:
        fields["film_year"] = clean_field(
            "film_year", post.film_year, warnings, "film year"
        )
    if post.video_url:
        fields["video_url"] = (
            clean_field("video_url", post.video_url.strip(), warnings, "video URL")
            or ""
        )
    return fields


def tag_names(tags):
    names = {}
    for tag in tags:
        name = plain(tag)[:100]
        if name and name.casefold() not in names:
            names[name.casefold()] = name
    return list(names.values())


def free_slug(post, parent, title):
    base = unquote(post.slug or "").strip() or title
    allow_unicode = getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True)
    base = slugify(base, allow_unicode=allow_unicode)[:240].strip("-") or "post"
    taken = set(
        parent.get_children()
        .filter(slug__startswith=base)
        .values_list("slug", flat=True)
    )
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    return slug


def aware(value):
    if isinstance(value, datetime) and timezone.is_naive(value):
        return timezone.make_aware(value)
    return value


# -- Body ------------------------------------------------------------------------------


def error_messages(error, prefix=""):
    """Flat "field: message" lines of a (nested) block validation error."""
    if isinstance(
        error,
        StructBlockValidationError
        | ListBlockValidationError
        | StreamBlockValidationError,
    ):
        lines = [
            message
            for item in error.non_block_errors.as_data()
            for message in error_messages(item, prefix)
        ]
        for name, child in error.block_errors.items():
            label = (
                f"{prefix}{name}" if isinstance(name, str) else f"{prefix}#{name + 1}"
            )
            lines += error_messages(child, f"{label}: ")
        return lines
    return [f"{prefix}{message}" for message in error.messages]


def describe(name, raw):
    if isinstance(raw, dict):
        for key in ("title", "subject_title", "name", "text"):
            if raw.get(key):
                return f"{name} block “{raw[key]}”"
    return f"{name} block"


def native_for_clean(block, raw):
    value = block.to_python(raw)
    # A partial date that does not parse becomes None in to_python; keep the text so
    # that clean() reports it instead of the fact silently losing its date.
    if isinstance(block, StructBlock) and isinstance(raw, dict):
        for name, child in block.child_blocks.items():
            if (
                isinstance(child, PartialDateBlock)
                and raw.get(name)
                and value.get(name) is None
            ):
                value[name] = str(raw[name])
    return value


def build_body(post, images, warnings):
    """The body's (block name, native value) pairs, and how many images it holds."""
    stream_block = VideoFeaturePage._meta.get_field("body").stream_block
    body, image_count = [], 0
    url_validator = URLValidator()
    for name, raw in post.body:
        block = stream_block.child_blocks.get(name)
        if block is None:
            warnings.append(f"a “{name}” block left out: the body has no such block")
            continue
        if isinstance(block, ImageBlock):
            parsed = raw if isinstance(raw, ParsedImage) else ParsedImage(str(raw))
            image = images.image_for(parsed, warnings)
            if image is not None:
                body.append((name, image_value(image, parsed)))
                image_count += 1
            continue
        if isinstance(block, EmbedBlock):
            url = str(raw or "").strip()
            try:
                url_validator(url)
            except ValidationError:
                warnings.append(f"embed “{url}” left out: not a URL")
                continue
            body.append((name, block.to_python(url)))
            continue
        if isinstance(block, RichTextBlock):
            if plain(raw) or "<img" in str(raw or ""):
                body.append((name, block.to_python(str(raw))))
            continue
        try:
            value = block.clean(native_for_clean(block, raw))
        except ValidationError as error:
            warnings.append(
                f"{describe(name, raw)} left out: " + "; ".join(error_messages(error))
            )
            continue
        except (TypeError, ValueError, AttributeError) as error:
            warnings.append(f"{describe(name, raw)} left out: {error}")
            continue
        body.append((name, value))
    return body, image_count


# -- Comments ----------------------------------------------------------------------------


def comment_limits():
    limits = get_setting("COMMENT_MAX_LENGTHS")
    return {
        name: min(
            limits.get(name, 10**6),
            ReaderComment._meta.get_field(name).max_length or 10**6,
        )
        for name in ("author_name", "email", "website", "body")
    }


def comment_row(page, comment, fallback_date, limits, warnings, approver):
    """The ``ReaderComment`` of ``comment``: approved only if it was approved at the
    source and ``approver`` (an ``Approver``) may approve it; otherwise pending."""
    body = (comment.body or "").strip()
    if not body:
        warnings.append(f"comment {comment.source_id} left out: it has no text")
        return None
    if len(body) > limits["body"]:
        warnings.append(
            f"comment {comment.source_id} cut to {limits['body']} characters"
        )
        body = body[: limits["body"]]
    email = (comment.email or "").strip()
    try:
        validate_email(email)
        email = email[: limits["email"]]
    except ValidationError:
        email = ""
    website = (comment.website or "").strip()
    try:
        URLValidator()(website)
    except ValidationError:
        website = ""
    if len(website) > limits["website"]:
        website = ""
    approved = comment.status == "approved" and approver.may_approve
    return ReaderComment(
        page=page,
        author_name=plain(comment.author_name)[: limits["author_name"]] or "Anonymous",
        email=email,
        website=website,
        body=body,
        status=(
            ReaderComment.Status.APPROVED if approved else ReaderComment.Status.PENDING
        ),
        created_at=aware(comment.created_at) or fallback_date,
        ip_address=None,
        # The moderator who imported it approved it (an operator's run names none).
        moderated_by=approver.user if approved else None,
        moderated_at=approver.now if approved and approver.user else None,
    )


@dataclass
class Approver:
    """Whose rights decide if comments approved at the source stay approved: the
    importing user's, or with no user (an operator's run) the source's."""

    user: object = None
    may_approve: bool = True
    now: object = None

    @classmethod
    def for_user(cls, user):
        if user is None:
            return cls()
        return cls(user=user, may_approve=can_moderate(user), now=timezone.now())


def comment_parents(comments, known, warnings):
    """Each new comment's parent: ("new", source id), ("old", pk) or None. Replies
    nested deeper than COMMENT_MAX_DEPTH (which would not be shown) go to their
    deepest allowed ancestor."""
    max_depth = max(1, get_setting("COMMENT_MAX_DEPTH"))
    by_id = {comment.source_id: comment for comment in comments}
    parents = {}
    for comment in comments:
        chain, ancestor, old = [comment], comment, None
        while ancestor.parent_source_id:
            parent_id = ancestor.parent_source_id
            if parent_id in by_id and by_id[parent_id] not in chain:
                ancestor = by_id[parent_id]
                chain.append(ancestor)
                continue
            if parent_id in known:
                old = ("old", known[parent_id])
            elif ancestor is comment:
                warnings.append(
                    f"comment {comment.source_id} replies to comment {parent_id}, "
                    "which is not in the source: imported as a comment of its own"
                )
            break
        # Ancestors, nearest first; an earlier import's comment counts as top-level.
        ancestors = [("new", c.source_id) for c in chain[1:]] + ([old] if old else [])
        depth = len(ancestors) + 1
        if depth > max_depth:
            ancestors = ancestors[depth - max_depth :]
        parents[comment.source_id] = ancestors[0] if ancestors else None
    return parents


def comment_levels(parents):
    """How many new ancestors each new comment has: the order of the bulk inserts."""
    levels = {}
    for source_id in parents:
        path, current = [], source_id
        while current not in levels:
            parent = parents[current]
            if parent is None or parent[0] == "old":
                levels[current] = 0
                break
            if current in path:  # a cycle in the source: cut it here
                parents[current] = None
                levels[current] = 0
                break
            path.append(current)
            current = parent[1]
        for node in reversed(path):
            if node not in levels:
                levels[node] = levels[parents[node][1]] + 1
    return levels


def new_comments(post, imported_ids):
    """The post's comments not imported before (ids as text), each once."""
    comments, seen = [], set()
    for comment in post.comments:
        comment = replace(
            comment,
            source_id=str(comment.source_id),
            parent_source_id=(
                str(comment.parent_source_id) if comment.parent_source_id else None
            ),
        )
        if comment.source_id in imported_ids or comment.source_id in seen:
            continue
        seen.add(comment.source_id)
        comments.append(comment)
    return comments


def import_comments(page, post, imported_ids, warnings, approver=None):
    """Create the post's comments not imported before, one query per level of
    the threads; return how many were created, how many of them were approved
    at the source but are held pending for ``approver``, and every (source id,
    pk) known."""
    approver = approver or Approver()
    known = dict(imported_ids)
    comments = new_comments(post, known)
    if not comments:
        return 0, 0, known
    parents = comment_parents(comments, known, warnings)
    levels = comment_levels(parents)
    limits = comment_limits()
    fallback_date = aware(post.published_at) or timezone.now()
    by_level, held = {}, 0
    for comment in comments:
        row = comment_row(page, comment, fallback_date, limits, warnings, approver)
        if row is not None:
            held += comment.status == "approved" and not approver.may_approve
            by_level.setdefault(levels[comment.source_id], []).append(
                (comment.source_id, row)
            )
    created = 0
    for level in sorted(by_level):
        rows = by_level[level]
        for source_id, row in rows:
            parent = parents[source_id]
            if parent is None:
                continue
            kind, ref = parent
            row.parent_id = ref if kind == "old" else known.get(ref)
            if row.parent_id is None:
                warnings.append(
                    f"comment {source_id} replies to a comment left out: "
                    "imported as a comment of its own"
                )
        ReaderComment.objects.bulk_create([row for _, row in rows])
        for source_id, row in rows:
            known[source_id] = row.pk
        created += len(rows)
    return created, held, known


def read_imported_ids(value):
    pairs = {}
    for item in value or []:
        if isinstance(item, list | tuple) and len(item) == 2:
            pairs[str(item[0])] = item[1]
        elif isinstance(item, str):  # an id without its comment: never imported again
            pairs[item] = None
    return pairs


# -- Rights ------------------------------------------------------------------------------


def may_publish(user, parent, page):
    if page is not None:
        return page.permissions_for_user(user).can_publish()
    return parent.permissions_for_user(user).can_publish_subpage()


# -- The page ------------------------------------------------------------------------------


def build_page(
    post: ParsedPost,
    parent,
    publish=False,
    update=False,
    media_root=None,
    user=None,
    dry_run=False,
    images=None,
) -> BuildResult:
    """Create (or with ``update``, revise) the feature page of ``post`` under ``parent``.

    The page is a draft unless ``publish`` is set *and* the post was published at
    its source. A post imported before is skipped unless ``update`` is set. With
    ``dry_run`` nothing is written: the result says what would be done.
    ``images`` is an ``ImageLibrary`` shared by a run; one is made from
    ``media_root`` when not given. Run it inside a transaction: on an exception
    the caller rolls the post back.
    """
    if images is None:
        images = ImageLibrary(media_root, user=user, dry_run=dry_run)
    key = source_key(post)
    imported = ImportedSource.objects.filter(key=key).first()
    page = None
    if imported is not None:
        page = VideoFeaturePage.objects.filter(pk=imported.page_id).first()
        if page is None:
            raise SourceError(
                post.source,
                f"imported before as page {imported.page_id}, which is not a video feature",
            )
        if update and user is not None:
            permissions = page.permissions_for_user(user)
            if not permissions.can_edit():
                raise SourceError(
                    post.source,
                    f"imported before as page {page.pk}, which you may not edit",
                )
            if permissions.page_locked():
                raise SourceError(
                    post.source,
                    f"imported before as page {page.pk}, which is locked",
                )
        if not update:
            return BuildResult(
                status="skipped",
                page=page,
                warnings=[
                    f"imported before as “{page.get_admin_display_title()}” "
                    f"(page {page.pk}): update it with --update"
                ],
            )

    result = BuildResult(status="updated" if page else "created", page=page)
    warnings = result.warnings
    fields = page_fields(post, warnings)
    body, result.images = build_body(post, images, warnings)
    tags = tag_names(post.tags)
    should_publish = publish and post.status == "publish"
    if should_publish and user is not None and not may_publish(user, parent, page):
        should_publish = False
        result.held.append(
            gettext("Not published: you may not publish pages here.")
            if page is None or not page.live
            else gettext("The changes are a draft: you may not publish this page.")
        )
    published_at = aware(post.published_at) if post.status == "publish" else None
    imported_ids = read_imported_ids(imported.comment_ids if imported else [])
    approver = Approver.for_user(user)

    if dry_run:
        comments = new_comments(post, imported_ids)
        result.comments = len(comments)
        if not approver.may_approve:
            result.comments_held = sum(c.status == "approved" for c in comments)
        result.published = should_publish
        add_held_comments(result)
        return result

    if page is None:
        page = VideoFeaturePage(
            slug=free_slug(post, parent, fields["title"]),
            owner=user,
            live=False,
            first_published_at=published_at,
            **fields,
        )
        page.body = body
        page.tags.set(tags)
        parent.add_child(instance=page)
        revision = page.save_revision(user=user, clean=False)
    else:
        for name, value in fields.items():
            setattr(page, name, value)
        page.body = body
        page.tags.set(tags)
        if not page.live:
            page.save(clean=False)  # a draft's row holds its latest content
        revision = page.save_revision(user=user, log_action=True, clean=False)
    result.page = page

    if should_publish:
        revision.publish(user=user)
        # Publishing saved another copy of the page (a schedule may keep it off).
        page.refresh_from_db(fields=["live"])
        result.published = page.live
        if result.status == "created" and published_at:
            VideoFeaturePage.objects.filter(pk=page.pk).update(
                first_published_at=published_at, last_published_at=published_at
            )
            page.first_published_at = page.last_published_at = published_at

    result.comments, result.comments_held, known = import_comments(
        page, post, imported_ids, warnings, approver
    )
    add_held_comments(result)
    # A redirect is public (Wagtail's APIs list it with its page's URL): only to a
    # live page. A draft's old path is kept, and redirected when it is published
    # (see redirects.py).
    old_path = redirect_path(page, post.old_url, warnings)
    if page.live:
        result.redirect = add_redirect(page, old_path, warnings)
    elif old_path:
        result.redirect_pending = old_path
        result.held.append(
            gettext(
                "The old address “%(path)s” will redirect here once the page is "
                "published."
            )
            % {"path": old_path}
        )

    source = post.source[: ImportedSource._meta.get_field("source").max_length]
    comment_ids = [[source_id, pk] for source_id, pk in known.items()]
    if imported is None:
        ImportedSource.objects.create(
            key=key,
            page=page,
            source=source,
            comment_ids=comment_ids,
            old_path=old_path,
        )
    else:
        imported.source = source
        imported.comment_ids = comment_ids
        imported.old_path = old_path or imported.old_path
        imported.save(
            update_fields=["source", "comment_ids", "old_path", "imported_at"]
        )
    return result


def add_held_comments(result):
    if result.comments_held:
        result.held.append(
            ngettext(
                "%(count)s comment waits for moderation: you may not approve comments.",
                "%(count)s comments wait for moderation: you may not approve comments.",
                result.comments_held,
            )
            % {"count": result.comments_held}
        )
