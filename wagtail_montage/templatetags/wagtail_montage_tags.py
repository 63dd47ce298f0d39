from django import template
from django.utils.safestring import mark_safe

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
