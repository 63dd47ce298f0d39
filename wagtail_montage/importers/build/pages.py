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
            f"the author “{post.author}” has no user on this site: the page has no owner"
        )
    return owner


def may_publish(user, parent, page):
    if page is not None:
        return page.permissions_for_user(user).can_publish()
    return parent.permissions_for_user(user).can_publish_subpage()


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
        page = model.objects.filter(pk=imported.page_id).first()
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
    if post.featured_image is not None:
        hero = images.image_for(post.featured_image, warnings)
        if hero is not None and hero is not True:
            fields["hero_image"] = hero
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
        page = model(
            slug=free_slug(post, parent, fields["title"]),
            owner=user or author_user(post, warnings),
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
            type(page).objects.filter(pk=page.pk).update(
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
