"""What happens when editors publish, unpublish, move or delete pages, change who
may read them or edit what pages show, and when moderators moderate: one place
for the flows, driven by Wagtail's own signals.

* A page published or unpublished (scheduled expiry and a parent unpublished
  with its descendants send it per page): the facts index rebuilt or cleared,
  everything kept stale, the feature's cached copies purged after commit.
* A page moved or deleted: everything kept stale (URLs and links change).
* A live page saved whole by code, outside publishing: everything kept stale.
  Wagtail's own bookkeeping (a draft saved with ``save_revision``, a lock, a
  workflow step) names the fields it writes, and changes nothing a reader sees.
* A view restriction made, edited or deleted, or its groups changed: everything
  kept stale (it hides the page's descendants too), the features under it purged.
* An image, a document, a tag, a site or the comment settings saved or deleted,
  a rendition deleted: everything kept stale (a new rendition changes nothing).
* Comments moderated: their pages purged (their fragments are keyed by the
  comments' own validators, so nothing else is stale).
* A comment written or deleted (one by one, or in bulk: ``comments_changed``):
  its page's comments generation replaced, which kept comment counts and the
  plugin API's validators are keyed by.

"Everything kept stale" is a new generation (``caching.generation``): one token
in the shared cache that kept representations and page fragments are keyed by.
"""

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.core.signals import request_finished, request_started
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site, get_page_models
from wagtail.signals import page_published, page_unpublished, post_page_move

from .caching.generation import (
    end_request_memo,
    new_comments_generation,
    new_generation,
    start_request_memo,
)
from .caching.purge import purge_features, purge_features_under
from .facts import clear_facts, rebuild_facts
from .models import (
    AbstractVideoFeaturePage,
    CommentSettings,
    ReaderComment,
    feature_page_models,
)
from .signals import comments_changed, comments_moderated

# Functions registered under this Wagtail hook hear of every page published,
# unpublished, moved or deleted and of comments moderated, as
# ``fn(name, instance, **details)``: "published", "unpublished" and "deleted"
# (a page; for "deleted", the row of Wagtail's Page), "moved" (with
# url_path_before and url_path_after), "moderated" (instance None; comments,
# status, previous_statuses), "posted" (a comment approved as it was written).
# wagtail_montage.contrib.webhooks listens.
PAGE_EVENT_HOOK = "wagtail_montage_page_event"


def announce(name, instance, **details):
    for hear in hooks.get_hooks(PAGE_EVENT_HOOK):
        hear(name, instance, **details)


def on_page_published(sender, instance, **kwargs):
    new_generation()
    announce("published", instance)
    rebuild_facts(instance)
    if isinstance(instance, AbstractVideoFeaturePage):
        transaction.on_commit(lambda: purge_features([instance]))


def on_page_unpublished(sender, instance, **kwargs):
    new_generation()
    announce("unpublished", instance)
    clear_facts(instance)
    if isinstance(instance, AbstractVideoFeaturePage):
        transaction.on_commit(lambda: purge_features([instance]))


def on_page_moved(sender, instance, url_path_before, url_path_after, **kwargs):
    new_generation()
    announce(
        "moved",
        instance,
        url_path_before=url_path_before,
        url_path_after=url_path_after,
    )


def on_page_deleted(sender, instance, **kwargs):
    new_generation()
    announce("deleted", instance)


def on_page_saved(sender, instance, update_fields=None, **kwargs):
    # A whole save of a live page: code changed what readers see (publishing
    # saves whole too, and says so again with page_published). A save that names
    # its fields is Wagtail's bookkeeping of drafts, locks and workflows.
    if update_fields is None and instance.live:
        new_generation()


def on_restriction_changed(sender, instance, **kwargs):
    new_generation()
    page_id = instance.page_id
    transaction.on_commit(lambda: purge_features_under(page_id))


def on_restriction_groups_changed(sender, instance, action, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if isinstance(instance, PageViewRestriction):
        on_restriction_changed(sender, instance)
    else:  # from the group's side: which restrictions is not said
        new_generation()


def on_comments_moderated(sender, comments, **kwargs):
    announce(
        "moderated",
        None,
        comments=comments,
        status=kwargs.get("status"),
        previous_statuses=kwargs.get("previous_statuses"),
    )
    page_ids = {comment.page_id for comment in comments}
    pages = list(Page.objects.filter(pk__in=page_ids).specific())
    transaction.on_commit(lambda: purge_features(pages))


def on_comment_written(sender, instance, created=False, **kwargs):
    # A new comment that waits for moderation (most posts) shows nowhere yet.
    if created and instance.status != ReaderComment.Status.APPROVED:
        return
    new_comments_generation([instance.page_id])
    if created:  # approved as it was written (a policy, an import, code)
        announce("posted", instance)


def on_comments_changed(sender, page_ids, **kwargs):
    new_comments_generation(page_ids)


def tag_models():
    """The tag models of the feature page models: tag names are shown."""
    found = set()
    for model in feature_page_models():
        try:
            through = getattr(model._meta.get_field("tags"), "through", None)
        except FieldDoesNotExist:
            continue
        if hasattr(through, "tag_model"):
            found.add(through.tag_model())
    return sorted(found, key=lambda model: model._meta.label_lower)


def shown_models():
    """Models other than pages whose rows kept values show."""
    models = [Site, CommentSettings, get_image_model(), *tag_models()]
    if apps.is_installed("wagtail.documents"):
        models.append(get_document_model())
    return models


def connect(signal, receiver, sender, name):
    signal.connect(
        receiver,
        sender=sender,
        dispatch_uid=f"wagtail_montage_{name}_{sender._meta.label_lower}",
    )


def register_signal_handlers():
    # A request reads each generation token from the shared cache once.
    request_started.connect(start_request_memo, dispatch_uid="wagtail_montage_memo")
    request_finished.connect(end_request_memo, dispatch_uid="wagtail_montage_memo")
    page_published.connect(on_page_published, dispatch_uid="wagtail_montage_published")
    page_unpublished.connect(
        on_page_unpublished, dispatch_uid="wagtail_montage_unpublished"
    )
    post_page_move.connect(on_page_moved, dispatch_uid="wagtail_montage_moved")
    # Every page has a row in Page's table: its deletion is sent for Page.
    connect(post_delete, on_page_deleted, Page, "deleted")
    for model in get_page_models():
        connect(post_save, on_page_saved, model, "saved")
    for signal in (post_save, post_delete):
        connect(signal, on_restriction_changed, PageViewRestriction, "restriction")
        for model in shown_models():
            connect(signal, new_generation, model, "shown")
    connect(
        m2m_changed,
        on_restriction_groups_changed,
        PageViewRestriction.groups.through,
        "restriction_groups",
    )
    connect(
        post_delete,
        new_generation,
        get_image_model().get_rendition_model(),
        "rendition",
    )
    comments_moderated.connect(
        on_comments_moderated, dispatch_uid="wagtail_montage_moderated"
    )
    # Kept comment counts and validators (caching.generation.comments_generation).
    for signal in (post_save, post_delete):
        connect(signal, on_comment_written, ReaderComment, "comment")
    connect(comments_changed, on_comments_changed, ReaderComment, "comments")
