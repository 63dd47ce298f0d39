from django import template
from django.utils.safestring import mark_safe
from wagtail.templatetags.wagtailcore_tags import richtext

from ..comments.text import linkify

register = template.Library()


@register.filter(is_safe=True)
def comment_body(text):
    """A plain-text comment as HTML: escaped, paragraphs kept, links as
    ``comments.text.linkify`` makes them (http(s) only, nofollow ugc)."""
    paragraphs = [part.strip() for part in linkify(text).split("\n\n") if part.strip()]
    return mark_safe(  # noqa: S308 - linkify escaped every part
        "".join("<p>{}</p>".format(part.replace("\n", "<br>")) for part in paragraphs)
    )


@register.simple_tag(takes_context=True)
def paragraph_html(context, value):
    """A paragraph's display HTML: expanded with the page's other paragraphs in one
    pass when the page prepared them (``montage_paragraphs``), else on its own."""
    prepared = context.get("montage_paragraphs") or {}
    if id(value) in prepared:
        return mark_safe(prepared[id(value)])  # noqa: S308 - Wagtail's own expansion
    return richtext(value)
