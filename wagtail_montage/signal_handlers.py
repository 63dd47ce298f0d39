"""What happens when editors publish, unpublish or delete, and when moderators
moderate: one place for the flows."""

from django.db import transaction
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from .api_cache import new_generation
from .facts import clear_facts, rebuild_facts
from .models import AbstractVideoFeaturePage
from .purging import purge_features
from .signals import comments_moderated


def on_page_published(sender, instance, **kwargs):
    rebuild_facts(instance)
    if isinstance(instance, AbstractVideoFeaturePage):
        transaction.on_commit(lambda: purge_features([instance]))


def on_page_unpublished(sender, instance, **kwargs):
    clear_facts(instance)
    if isinstance(instance, AbstractVideoFeaturePage):
        transaction.on_commit(lambda: purge_features([instance]))


def on_comments_moderated(sender, comments, **kwargs):
    page_ids = {comment.page_id for comment in comments}
    pages = list(Page.objects.filter(pk__in=page_ids).specific())
    transaction.on_commit(lambda: purge_features(pages))


# Fields a draft save (save_revision), a lock or a workflow writes: none of them
# shows on the live page, so saving only these changes nothing kept.
DRAFT_ONLY_FIELDS = {
    "comments",
    "wagtail_admin_comments",
    "latest_revision_created_at",
    "latest_revision",
    "draft_title",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
}


def on_any_change(sender, instance, update_fields=None, **kwargs):
    if not isinstance(instance, Page):
        return
    if update_fields and set(update_fields) <= DRAFT_ONLY_FIELDS:
        return
    new_generation()


def on_restriction_groups_change(sender, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        new_generation()


def tag_models():
    """The tag models of the feature page classes: tag names are shown."""
    from django.apps import apps
    from django.core.exceptions import FieldDoesNotExist

    found = set()
    for model in apps.get_models():
        if not issubclass(model, AbstractVideoFeaturePage):
            continue
        try:
            through = getattr(model._meta.get_field("tags"), "through", None)
        except FieldDoesNotExist:
            continue
        if hasattr(through, "tag_model"):
            found.add(through.tag_model())
    return found


def connect_api_cache_invalidation():
    """What the APIs and the page fragments keep (``api_cache``,
    ``page_fragments``) shows pages' URLs, titles and fields, which pages are
    live and public, images and their renditions, documents, tags, sites and
    comment settings: any of them saved, moved or deleted makes everything kept
    stale, as does any change of a page's view restrictions or of their groups.
    (A new rendition changes nothing kept: renditions count when deleted.)"""
    from django.apps import apps
    from django.db.models.signals import m2m_changed, post_delete, post_save
    from wagtail.images import get_image_model
    from wagtail.models import PageViewRestriction, Site
    from wagtail.signals import post_page_move

    from .models import CommentSettings

    # Pages are saved (and deleted) under their own classes: listen to every
    # sender. Publishing and unpublishing save the page too.
    post_save.connect(on_any_change, dispatch_uid="wagtail_montage_api_cache_save")
    post_delete.connect(on_any_change, dispatch_uid="wagtail_montage_api_cache_delete")
    post_page_move.connect(
        new_generation, dispatch_uid="wagtail_montage_api_cache_move"
    )
    # Who may read a page decides whether it is listed as related: a
    # restriction on it or on an ancestor, made, edited or deleted.
    saved = [Site, CommentSettings, get_image_model(), PageViewRestriction]
    saved += sorted(tag_models(), key=lambda model: model._meta.label_lower)
    if apps.is_installed("wagtail.documents"):
        from wagtail.documents import get_document_model

        saved.append(get_document_model())
    deleted = [*saved, get_image_model().get_rendition_model()]
    for signal, models in ((post_save, saved), (post_delete, deleted)):
        for model in models:
            uid = f"wagtail_montage_api_cache_{model._meta.label_lower}"
            signal.connect(new_generation, sender=model, dispatch_uid=uid)
    m2m_changed.connect(
        on_restriction_groups_change,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="wagtail_montage_api_cache_restriction_groups",
    )


def register_signal_handlers():
    connect_api_cache_invalidation()
    page_published.connect(on_page_published, dispatch_uid="wagtail_montage_published")
    page_unpublished.connect(
        on_page_unpublished, dispatch_uid="wagtail_montage_unpublished"
    )
    comments_moderated.connect(
        on_comments_moderated, dispatch_uid="wagtail_montage_moderated"
    )
