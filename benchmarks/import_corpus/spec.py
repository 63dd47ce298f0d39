"""One post of the corpus: its markup, title, paragraphs, video and the facts in it."""

KINDS = (
    "tracks",
    "people",
    "albums",
    "chart_peaks",
    "certifications",
    "places",
    "stood_in_for",
    "film",
    "video",
)


def post(slug, markup, title, paragraphs, *, video="", film=None, **facts):
    """``facts``: tracks, people (track, name, role), albums, peaks (subject, position,
    chart key or "other:name"), certs (subject, level, multiplier, certifier), places,
    stood (place, what it played)."""
    expected = {
        "tracks": list(facts.pop("tracks", [])),
        "people": [list(item) for item in facts.pop("people", [])],
        "albums": list(facts.pop("albums", [])),
        "chart_peaks": [list(item) for item in facts.pop("peaks", [])],
        "certifications": [list(item) for item in facts.pop("certs", [])],
        "places": list(facts.pop("places", [])),
        "stood_in_for": [list(item) for item in facts.pop("stood", [])],
        "film": [list(film)] if film else [],
        "video": [video] if video else [],
    }
    if facts:
        raise TypeError(f"unknown fact kinds: {sorted(facts)}")
    return {
        "slug": slug,
        "markup": markup,
        "title": title,
        "paragraphs": paragraphs,
        "video": video,
        "expected": expected,
    }
