"""Builders for feature pages with every kind of block."""

from wagtail_montage.models import VideoFeaturePage

from .testapp.models import ReviewFeaturePage

# The plugin's own feature page and a site's own subclass (tests/testapp).
FEATURE_MODELS = [VideoFeaturePage, ReviewFeaturePage]

TRACK = {
    "title": "Heart's on Fire",
    "composers": ["Vince DiCola", "Joe Esposito", "Ed Fruge"],
    "performers": ["John Cafferty"],
    "usage": "featured",
    # A track's album is an album block of its page: bodies that hold ALBUM
    # link it with TRACK_ON_ALBUM.
    "album_title": "",
    "notes": "",
}
ALBUM = {
    "title": "Rocky IV: Original Motion Picture Soundtrack",
    "artist": "",
    "record_label": "Scotti Bros. Records",
    "release_date": "1985-11-27",
    "notes": "",
}
# References match blocks of the body (a page with one that does not is refused).
CHART_PEAK = {
    "subject_title": "Heart's on Fire",
    "subject_kind": "track",
    "artist": "Survivor",
    "fact_kind": "chart_peak",
    "chart": "billboard_hot_100",
    "chart_other": "",
    "position": 2,
    "top_n": False,
    "weeks_at_peak": None,
    "certifier": "",
    "certifier_other": "",
    "level": "",
    "multiplier": None,
    "year": 1986,
    "source_url": "",
    "note": "",
}
CERTIFICATION = {
    **CHART_PEAK,
    "subject_title": "Rocky IV: Original Motion Picture Soundtrack",
    "subject_kind": "album",
    "artist": "",
    "fact_kind": "certification",
    "chart": "",
    "position": None,
    "certifier": "riaa",
    "level": "platinum",
}
TRACK_ON_ALBUM = {**TRACK, "album_title": ALBUM["title"]}
LOCATION = {
    "name": "Jackson Hole",
    "kind": "filming_location",
    "region": "Wyoming",
    "country": "United States",
    "stood_in_for": "the Soviet Union",
    "latitude": 43.48,
    "longitude": -110.76,
    "note": "",
}
SEGMENT = {
    "label": "Barn training",
    "start": "0:00",
    "end": "2:10",
    "track_title": "Heart's on Fire",
    "description": "",
}


def body_of_every_block(repeat=1, link_page=None):
    """A body holding each block type ``repeat`` times."""
    body = []
    for n in range(repeat):
        body += [
            ("heading", {"text": f"The music {n}", "level": "h2"}),
            ("paragraph", "<p>Rocky trains in the snow.</p>"),
            (
                "track",
                {
                    **TRACK_ON_ALBUM,
                    "title": f"Heart's on Fire {n}" if n else TRACK["title"],
                },
            ),
            ("album", ALBUM),
            ("chart_fact", CHART_PEAK),
            ("chart_fact", CERTIFICATION),
            ("location", LOCATION),
            ("quote", {"text": "Going the distance.", "attribution": "A fan"}),
            (
                "related_links",
                {
                    "heading": "More info and movies",
                    "links": [
                        {"title": "", "page": link_page, "url": ""}
                        if link_page
                        else {
                            "title": "Rocky IV",
                            "page": None,
                            "url": "https://en.wikipedia.org/wiki/Rocky_IV",
                        },
                    ],
                },
            ),
            ("embed", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
        ]
    body.append(
        (
            "details",
            {
                "title": "Details",
                "rows": [{"label": "Film", "value": "Rocky IV (1985)"}],
            },
        )
    )
    return body


def default_segment(body):
    """SEGMENT, set to its track only when ``body`` holds that track."""
    titles = {
        item[1].get("title")
        for item in body
        if isinstance(item, tuple) and item[0] == "track"
    }
    if SEGMENT["track_title"] in titles:
        return SEGMENT
    return {**SEGMENT, "track_title": ""}


def make_feature(
    parent,
    title="Rocky training in Russia",
    publish=True,
    repeat=1,
    link_page=None,
    model=VideoFeaturePage,
    **fields,
):
    body = fields.pop("body", None) or body_of_every_block(repeat, link_page=link_page)
    segments = fields.pop("segments", None)
    if segments is None:
        segments = [("video_segment", default_segment(body))]
    page = model(
        title=title,
        teaser=fields.pop("teaser", "Two training sequences and the songs under them."),
        film_title=fields.pop("film_title", "Rocky IV"),
        film_year=fields.pop("film_year", 1985),
        video_url=fields.pop(
            "video_url", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
        ),
        segments=segments,
        body=body,
        live=publish,
        **fields,
    )
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
        page.refresh_from_db()
    return page
