"""WordPress shortcodes: ``[caption]``, ``[embed]``, ``[youtube]`` and friends."""

import re
from html import escape

from django.utils.translation import gettext

_SHORTCODE_RE = re.compile(
    r"\[(/?)(caption|wp_caption|embed|youtube|vimeo|dailymotion|gallery|audio|video"
    r"|playlist|soundcloud|spotify|contact-form-7|contact-form|googlemaps)\b([^\[\]]{0,1000})\]",
    re.IGNORECASE,
)


_ATTRIBUTE_RE = re.compile(r"""(\w{1,20})\s?=\s?["']([^"']{0,2000})["']""")
AUDIO_ATTRIBUTES = ("src", "mp3", "m4a", "ogg", "wav", "wma", "flac")


def _attributes(text):
    return {name.lower(): value.strip() for name, value in _ATTRIBUTE_RE.findall(text)}


def _gallery(attributes, attachments, warnings):
    """ "[gallery ids="77,78"]": a figure per image the export's attachments know."""
    if attachments is None:  # a saved page: no export to find the images in
        warnings.append(gettext("left out a [gallery] shortcode"))
        return ""
    figures = []
    for ident in attributes.get("ids", "").split(","):
        url = (attachments or {}).get(ident.strip())
        if url:
            figures.append(f'<figure><img src="{escape(url)}" alt=""></figure>')
        elif ident.strip():
            warnings.append(
                gettext("left out image %(id)s of a [gallery]: not in the export")
                % {"id": ident.strip()}
            )
    if not attributes.get("ids"):
        warnings.append(gettext("left out a [gallery] shortcode without image ids"))
    return "\n\n" + "".join(figures) + "\n\n"


def expand_shortcodes(markup, warnings, attachments=None):
    """WordPress's shortcodes in a post's stored HTML: captions become figures,
    video shortcodes their URL on its own line, ``[audio]`` an audio element (a link
    to the file in the body), ``[gallery]`` the images of the export's attachments
    (``attachments``: id -> URL); the rest are left out."""

    def replace(match):
        closing, name, attributes = (
            match.group(1),
            match.group(2).lower(),
            match.group(3),
        )
        if name in ("caption", "wp_caption"):
            return "</figure>" if closing else '<figure class="wp-caption">'
        if name == "embed":
            return "\n\n"
        if name in ("youtube", "vimeo", "dailymotion") and not closing:
            value = attributes.strip().lstrip("=").strip().split(" ")[0].strip("\"'")
            if name == "vimeo" and value.isdigit():
                value = f"https://vimeo.com/{value}"
            return f"\n\n{value}\n\n" if value else ""
        if name == "audio" and not closing:
            attributes = _attributes(attributes)
            url = next((attributes[a] for a in AUDIO_ATTRIBUTES if a in attributes), "")
            if url:
                return f'\n\n<audio src="{escape(url)}"></audio>\n\n'
        if name == "gallery" and not closing:
            return _gallery(_attributes(attributes), attachments, warnings)
        if name == "audio" and closing:
            return ""
        if not closing:
            warnings.append(gettext("left out a [%(name)s] shortcode") % {"name": name})
        return ""

    return _SHORTCODE_RE.sub(replace, markup)
