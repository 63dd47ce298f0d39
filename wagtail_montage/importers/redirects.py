"""Redirects from an imported post's old URL to its page, while the page is live.

Wagtail's redirects are public: its API v2 and v3 list every one, with the URL of
the page it points to. A redirect to a draft would publish the draft's address,
so the import keeps the old path on the page's ``ImportedSource`` and the
redirect follows the page: added when it is published (by the import or later
by an editor), removed when it is unpublished.
"""

from django.apps import apps
from django.dispatch import receiver
from django.utils.translation import gettext
from wagtail.signals import page_published, page_unpublished

from ..models import AbstractVideoFeaturePage, ImportedSource

REDIRECTS_APP = "wagtail.contrib.redirects"


def redirects_installed():
    return apps.is_installed(REDIRECTS_APP)


def redirect_path(page, old_url, warnings):
    """The path of ``old_url`` to redirect to ``page``, or "" when there is none."""
    if not old_url or not redirects_installed():
        return ""
    from wagtail.contrib.redirects.models import Redirect

    old_path = Redirect.normalise_path(old_url)
    if old_path == "/":
        return ""
    if len(old_path) > Redirect._meta.get_field("old_path").max_length:
        warnings.append(
            gettext("no redirect from “%(path)s”: the path is too long")
            % {"path": old_path}
        )
        return ""
    url_parts = page.get_url_parts() if page is not None else None
    if url_parts and Redirect.normalise_path(url_parts[2]) == old_path:
        return ""  # the page lives at its old address
    return old_path


def add_redirect(page, old_path, warnings):
    """A permanent redirect from ``old_path`` to the live ``page``, for all sites;
    returns the path, or "" when none was added."""
    if not old_path or not page.live or not redirects_installed():
        return ""
    from wagtail.contrib.redirects.models import Redirect

    redirect, created = Redirect.objects.get_or_create(
        old_path=old_path,
        site=None,
        defaults={"redirect_page": page, "is_permanent": True},
    )
    if not created and redirect.redirect_page_id != page.pk:
        warnings.append(
            gettext(
                "no redirect from “%(path)s”: one already exists to “%(link)s”; "
                "left as it is"
            )
            % {"path": old_path, "link": redirect.link}
        )
        return ""
    return old_path


def old_paths(page):
    return list(
        ImportedSource.objects.filter(page_id=page.pk)
        .exclude(old_path="")
        .values_list("old_path", flat=True)
    )


@receiver(page_published, dispatch_uid="wagtail_montage_import_redirects_publish")
def add_redirects_on_publish(sender, instance, **kwargs):
    if not isinstance(instance, AbstractVideoFeaturePage) or not redirects_installed():
        return
    for path in old_paths(instance):
        add_redirect(instance, path, [])


@receiver(page_unpublished, dispatch_uid="wagtail_montage_import_redirects_unpublish")
def remove_redirects_on_unpublish(sender, instance, **kwargs):
    if not isinstance(instance, AbstractVideoFeaturePage) or not redirects_installed():
        return
    from wagtail.contrib.redirects.models import Redirect

    paths = old_paths(instance)
    if paths:
        Redirect.objects.filter(
            old_path__in=paths, site=None, redirect_page_id=instance.pk
        ).delete()
