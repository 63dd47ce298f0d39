from django import template
from django.conf import settings
from wagtail.models import Site

register = template.Library()


@register.inclusion_tag("home/includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The live children of the site's root page marked "Show in menus", with
    the ``aria-current`` value for each: ``page`` on it, ``true`` below it."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return {"items": [], "request": request}
    page = context.get("page")
    current_path = getattr(page, "url_path", "") or ""
    items = []
    for item in site.root_page.get_children().live().in_menu():
        if current_path == item.url_path:
            items.append((item, "page"))
        elif current_path.startswith(item.url_path):
            items.append((item, "true"))
        else:
            items.append((item, ""))
    return {"items": items, "request": request}


@register.simple_tag(takes_context=True)
def site_name(context):
    """The name of the site serving the request, else ``WAGTAIL_SITE_NAME``."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    return (site and site.site_name) or getattr(settings, "WAGTAIL_SITE_NAME", "")


@register.simple_tag(takes_context=True)
def site_root_url(context):
    """The URL of the site's home page ("/" when there is no site yet)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    return (site and site.root_page.get_url(request)) or "/"
