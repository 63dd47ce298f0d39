"""A parsed post's page fields: title, teaser, slug, dates and tags, cleaned to the model's limits."""

import re
from datetime import datetime
from urllib.parse import unquote

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext

from ...models import get_feature_page_model
from ...models.pages import TEASER_MAX_LENGTH as TEASER_MAX
from ..types import SourceError

WHITESPACE_RE = re.compile(r"\s+")


def plain(text):
    return WHITESPACE_RE.sub(" ", strip_tags(text or "")).strip()


def clean_field(name, value, warnings, label):
    """``value`` if the model field accepts it, else None and a warning."""
    model_field = get_feature_page_model()._meta.get_field(name)
    try:
        return model_field.clean(value, None)
    except ValidationError as error:
        warnings.append(
            gettext("%(field)s “%(value)s” left out: %(error)s")
            % {"field": label, "value": value, "error": " ".join(error.messages)}
        )
        return None


def page_fields(post, warnings):
    title = plain(post.title)[:255]
    if not title:
        raise SourceError(post.source, gettext("the post has no title"))
    teaser = plain(post.teaser) or title
    if len(teaser) > TEASER_MAX:
        teaser = Truncator(teaser).chars(TEASER_MAX)
    fields = {
        "title": title,
        "teaser": teaser,
        "film_title": plain(post.film_title)[:255],
        "film_year": None,
        "video_url": "",
    }
    if post.film_year is not None:
        fields["film_year"] = clean_field(
            "film_year", post.film_year, warnings, gettext("film year")
        )
    if post.video_url:
        fields["video_url"] = (
            clean_field(
                "video_url", post.video_url.strip(), warnings, gettext("video URL")
            )
            or ""
        )
    return fields


def tag_names(tags):
    names = {}
    for tag in tags:
        name = plain(tag)[:100]
        if name and name.casefold() not in names:
            names[name.casefold()] = name
    return list(names.values())


def free_slug(post, parent, title):
    base = unquote(post.slug or "").strip() or title
    allow_unicode = getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True)
    base = slugify(base, allow_unicode=allow_unicode)[:240].strip("-") or "post"
    taken = set(
        parent.get_children()
        .filter(slug__startswith=base)
        .values_list("slug", flat=True)
    )
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    return slug


def aware(value):
    if isinstance(value, datetime) and timezone.is_naive(value):
        return timezone.make_aware(value)
    return value
