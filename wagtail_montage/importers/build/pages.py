"""Turn one ``ParsedPost`` into a draft feature page: fields, body, images, tags,
reader comments, a redirect from the old URL, and the ``ImportedSource`` row that lets
``--update`` find the page again.

Nothing here reads a source file: ``pipeline.py`` does. Given a ``user``, the
import takes that user's rights: it publishes only what they may publish and
approves comments only when they may moderate; what is held back for that is
listed in ``BuildResult.held``. Without a user (the command run by an operator)
the source's statuses are kept. Whatever cannot be imported (a fact block that
does not validate, an image that cannot be found, a field out of range) is left
out with a warning, never guessed.
"""

import hashlib
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.utils.translation import gettext, ngettext

from ...models import AbstractVideoFeaturePage, ImportedSource, get_feature_page_model
from ..redirects import add_redirect, redirect_path
from ..types import ParsedPost, SourceError
from .body import build_body
from .comments import Approver, import_comments, new_comments, read_imported_ids
from .fields import aware, free_slug, page_fields, tag_names
from .images import ImageLibrary


@dataclass
class BuildResult:
    """What ``build_page`` did (or, in a dry run, would do) with one post."""

    status: str  # "created", "updated" or "skipped"
    page: AbstractVideoFeaturePage | None = None
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


def author_user(post, warnings):
    """The site's active user with the post author's login (an operator's run gives
    them the page), or None with a report line."""
    if not post.author:
        return None
    owner = (
        get_user_model().objects.filter(username=post.author, is_active=True).first()
    )
    if owner is None:
        warnings.append(
            gettext(
                "the author “%(author)s” has no user on this site: named in the "
                "page's byline"
            )
            % {"author": post.author}
        )
    return owner


def byline(post, author):
    """The page's byline: the post author's name when no user of the site is
    that author (their user is the page's owner otherwise)."""
    if not post.author or author is not None:
        return ""
    return (post.author_name or post.author)[:150]


def may_publish(user, parent, page):
    if page is not None:
        return page.permissions_for_user(user).can_publish()
    return parent.permissions_for_user(user).can_publish_subpage()


def imported_page(post, model, imported, update, user):
    """The page an earlier import made of ``post``, or ``SourceError`` when it is
    gone, or (for an update) the user may not edit it or it is locked."""
    page = model.objects.filter(pk=imported.page_id).first()
    if page is None:
        raise SourceError(
            post.source,
            gettext("imported before as page %(id)s, which is not a video feature")
            % {"id": imported.page_id},
        )
    if update and user is not None:
        permissions = page.permissions_for_user(user)
        if not permissions.can_edit():
            raise SourceError(
                post.source,
                gettext("imported before as page %(id)s, which you may not edit")
                % {"id": page.pk},
            )
        if permissions.page_locked():
            raise SourceError(
                post.source,
                gettext("imported before as page %(id)s, which is locked")
                % {"id": page.pk},
            )
    return page


def skipped(page):
    return BuildResult(
        status="skipped",
        page=page,
        warnings=[
            gettext(
                "imported before as “%(title)s” (page %(id)s): update it with --update"
            )
            % {"title": page.get_admin_display_title(), "id": page.pk}
        ],
    )


def page_content(post, images, warnings):
    """``(fields, body, image count)``: what the page is made of."""
    fields = page_fields(post, warnings)
    if post.featured_image is not None:
        hero = images.image_for(post.featured_image, warnings)
        if hero is not None and hero is not True:
            fields["hero_image"] = hero
    body, image_count = build_body(post, images, warnings)
    return fields, body, image_count


def dry_run_result(result, post, imported_ids, approver, should_publish):
    comments = new_comments(post, imported_ids)
    result.comments = len(comments)
    if not approver.may_approve:
        result.comments_held = sum(c.status == "approved" for c in comments)
    result.published = should_publish
    add_held_comments(result)
    return result


def save_page(page, model, post, parent, content, user, published_at, warnings):
    """Create the page (or revise ``page``) with ``content``, a ``(fields, body,
    tags)`` triple; return the page and its new revision."""
    fields, body, tags = content
    if page is None:
        author = author_user(post, warnings)
        page = model(
            slug=free_slug(post, parent, fields["title"]),
            owner=user or author,
            live=False,
            first_published_at=published_at,
            byline=byline(post, author),
            **fields,
        )
        page.body = body
        page.tags.set(tags)
        parent.add_child(instance=page)
        return page, page.save_revision(user=user, clean=False)
    for name, value in fields.items():
        setattr(page, name, value)
    page.body = body
    page.tags.set(tags)
    if not page.live:
        page.save(clean=False)  # a draft's row holds its latest content
    return page, page.save_revision(user=user, log_action=True, clean=False)


def publish_page(result, revision, user, published_at):
    page = result.page
    revision.publish(user=user)
    # Publishing saved another copy of the page (a schedule may keep it off).
    page.refresh_from_db(fields=["live"])
    result.published = page.live
    if result.status == "created" and published_at:
        type(page).objects.filter(pk=page.pk).update(
            first_published_at=published_at, last_published_at=published_at
        )
        page.first_published_at = page.last_published_at = published_at


def add_redirect_or_hold(result, post, warnings):
    """A redirect is public (Wagtail's APIs list it with its page's URL): only to
    a live page. A draft's old path is kept, and redirected when it is published
    (see redirects.py). Returns the old path."""
    page = result.page
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
    return old_path


def keep_source(imported, key, post, page, known, old_path):
    """Write the ``ImportedSource`` row that lets ``--update`` find the page again."""
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
        return
    imported.source = source
    imported.comment_ids = comment_ids
    imported.old_path = old_path or imported.old_path
    imported.save(update_fields=["source", "comment_ids", "old_path", "imported_at"])


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
    model = get_feature_page_model()
    key = source_key(post)
    imported = ImportedSource.objects.filter(key=key).first()
    page = None
    if imported is not None:
        page = imported_page(post, model, imported, update, user)
        if not update:
            return skipped(page)

    result = BuildResult(status="updated" if page else "created", page=page)
    warnings = result.warnings
    fields, body, result.images = page_content(post, images, warnings)
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
        return dry_run_result(result, post, imported_ids, approver, should_publish)

    result.page, revision = save_page(
        page,
        model,
        post,
        parent,
        (fields, body, tags),
        user,
        published_at,
        warnings,
    )
    if should_publish:
        publish_page(result, revision, user, published_at)

    result.comments, result.comments_held, known = import_comments(
        result.page, post, imported_ids, warnings, approver
    )
    add_held_comments(result)
    old_path = add_redirect_or_hold(result, post, warnings)
    keep_source(imported, key, post, result.page, known, old_path)
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
