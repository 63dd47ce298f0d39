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

"Everything kept stale" is a new generation (``caching.generation``): one token
in the shared cache that kept representations and page fragments are keyed by.
"""

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site, get_page_models
from wagtail.signals import page_published, page_unpublished, post_page_move

from .caching.generation import new_generation
from .caching.purge import purge_features, purge_features_under
from .facts import clear_facts, rebuild_facts
from .models import AbstractVideoFeaturePage, CommentSettings, feature_page_models
from .signals import comments_moderated


def on_page_published(sender, instance, **kwargs):
    new_generation()
    rebuild_facts(instance)
    if isinstance(instance, AbstractVideoFeaturePage):
        transaction.on_commit(lambda: purge_features([instance]))


def on_page_unpublished(sender, instance, **kwargs):
    new_generation()
    clear_facts(instance)
    if isinstance(instance, AbstractVideoFeaturePage):
        transaction.on_commit(lambda: purge_features([instance]))


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
    page_ids = {comment.page_id for comment in comments}
    pages = list(Page.objects.filter(pk__in=page_ids).specific())
    transaction.on_commit(lambda: purge_features(pages))


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
    page_published.connect(on_page_published, dispatch_uid="wagtail_montage_published")
    page_unpublished.connect(
        on_page_unpublished, dispatch_uid="wagtail_montage_unpublished"
    )
    post_page_move.connect(new_generation, dispatch_uid="wagtail_montage_moved")
    # Every page has a row in Page's table: its deletion is sent for Page.
    connect(post_delete, new_generation, Page, "deleted")
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
