from django import template
from django.utils.safestring import mark_safe
from wagtail.templatetags.wagtailcore_tags import richtext

from ..blocks.body import expanded_html
from ..comments.text import linkify
from ..conf import get_setting
from ..values import sorted_tags

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
    pass when the page prepared its body (``montage_body``), else on its own."""
    html = expanded_html(value)
    if html is not None:
        return mark_safe(html)  # noqa: S308 - Wagtail's own expansion
    return richtext(value)


@register.filter
def montage_sorted_tags(tags):
    """A feature's tags in the order every API lists them (``values.sorted_tags``)."""
    return sorted_tags(tags)


@register.simple_tag
def montage_setting(name):
    """``{% montage_setting "SOUNDTRACK_TABLES" as tables %}``: a plugin setting
    in a template (``conf.get_setting``, read at call time)."""
    return get_setting(name)
