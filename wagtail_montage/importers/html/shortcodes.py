"""WordPress shortcodes: ``[caption]``, ``[embed]``, ``[youtube]`` and friends."""

import re

_SHORTCODE_RE = re.compile(
    r"\[(/?)(caption|wp_caption|embed|youtube|vimeo|dailymotion|gallery|audio|video"
    r"|playlist|soundcloud|spotify|contact-form-7|contact-form|googlemaps)\b([^\[\]]{0,1000})\]",
    re.IGNORECASE,
)


def expand_shortcodes(markup, warnings):
    """WordPress's shortcodes in a post's stored HTML: captions become figures,
    video shortcodes their URL on its own line; the rest are left out."""

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
        if not closing:
            warnings.append(f"left out a [{name}] shortcode")
        return ""

    return _SHORTCODE_RE.sub(replace, markup)
