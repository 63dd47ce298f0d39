"""What happens when editors publish, unpublish or delete, and when moderators
moderate: one place for the flows."""

from django.db import transaction
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

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


def register_signal_handlers():
    page_published.connect(on_page_published, dispatch_uid="wagtail_montage_published")
    page_unpublished.connect(
        on_page_unpublished, dispatch_uid="wagtail_montage_unpublished"
    )
    comments_moderated.connect(
        on_comments_moderated, dispatch_uid="wagtail_montage_moderated"
    )
