"""What happens when editors publish, unpublish or delete: one place for the flows."""

from wagtail.signals import page_published, page_unpublished

from .facts import clear_facts, rebuild_facts


def on_page_published(sender, instance, **kwargs):
    rebuild_facts(instance)


def on_page_unpublished(sender, instance, **kwargs):
    clear_facts(instance)


def register_signal_handlers():
    page_published.connect(
        on_page_published, dispatch_uid="wagtail_montage_facts_published"
    )
    page_unpublished.connect(
        on_page_unpublished, dispatch_uid="wagtail_montage_facts_unpublished"
    )
