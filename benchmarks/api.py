"""Measure the feature APIs, the feature's HTML page and the comment endpoints
against a plain Wagtail page, side by side in one run.

    .venv/bin/python benchmarks/api.py [--rounds 30] [--warmup 5] [--renditions-cache]
                                       [--no-cache]

Builds 20 features (for the listings), among them a *big* one (50 blocks of
every kind, an image among them, and 200 approved comments in threads) and a
*small* one (the same feature with 5 blocks and no comments), and a *plain
page*: a ``home.HomePage`` with one rich text paragraph, the root of a site of
its own (so its "latest features" are empty).

Queries are counted once per endpoint, warm, for the small and the big feature:
they must be equal. For the listings "small" and "big" are ``?limit=5`` and
``?limit=20`` instead (no query per listed feature). Times are per request of
the big feature, measured warm, interleaved round-robin (each round starts one
endpoint further on), with DEBUG off and no response cache. Each is printed as
a ratio of its baseline's median:

* HTML rows against the plain page's HTML;
* the v3 detail against the plain page's API v3 detail;
* other JSON rows (details, listings, comments) against the plain page's API v2
  detail.

Beside wall-clock time it prints this process's CPU time per request (median
and ratio), which other processes sharing the cores disturb less.

The 304 is a plugin detail read with the ETag of the current full read
(fetched, untimed, just before); the targets compare it with the full read.
Comment POSTs (the JSON endpoint, and the page's HTML form answered with its
redirect) go to the big feature, each with a token issued 10 s earlier and a
fresh IP and email (new comments wait for moderation: the 200 approved stay);
they are compared with the plain page's API v3 detail.

``--no-cache`` turns the plugin's caching layer off
(``WAGTAIL_MONTAGE_API_REPRESENTATION_CACHE`` and
``WAGTAIL_MONTAGE_PAGE_FRAGMENT_CACHE`` set to None): every value and fragment
worked out on every request. Run it both ways to see what the layer buys.

tests.settings has no ``renditions`` cache, so each ``get_rendition()`` writes
to its file-based default cache; ``--renditions-cache`` adds a local-memory one,
as a production site would configure, to show what those writes cost.

Runs on a throwaway SQLite database, with no network. Exits 0 whether targets
are met or not: it is a report, not a test.
"""

import argparse
import itertools
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BIG_BLOCKS = 50
SMALL_BLOCKS = 5
BIG_COMMENTS = 200
FEATURES = 20
PLAIN_HOST = "plain.testserver"
# The v2 listing asks for the fields of the plugin listing's summaries.
V2_LIST_FIELDS = (
    "film_title,film_year,film_alternate_titles,teaser,video,hero_image,tags"
)


@dataclass
class Endpoint:
    """One request kind. ``prepare(which)`` returns ``(method, path, kwargs)``
    for "small" or "big" (untimed); only sending it is timed."""

    name: str
    baseline: str | None  # "html", "json", "v3", or None for a baseline row
    prepare: object
    status: int = 200
    queries: dict = field(default_factory=dict)
    times: list = field(default_factory=list)  # wall clock, ms
    cpu: list = field(default_factory=list)  # this process's CPU time, ms


def body_of(count, image, link_page):
    """``count`` blocks cycling through every kind of block, the database-backed
    ones (image, page link, rich text with a page link, embed) and a track (the
    facts related features share) first; a body long enough to hold them all ends
    with the one ``details`` block it may hold."""
    from tests.factories import ALBUM, CERTIFICATION, CHART_PEAK, LOCATION, TRACK

    kinds = [
        ("image", {"image": image, "alt_text": "Rocky's barn", "decorative": False}),
        (
            "related_links",
            {"heading": "More", "links": [{"title": "", "page": link_page, "url": ""}]},
        ),
        (
            "paragraph",
            f'<p>Back to <a linktype="page" id="{link_page.pk}">all features</a>.</p>',
        ),
        ("embed", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
        ("track", TRACK),
        ("album", ALBUM),
        ("chart_fact", CHART_PEAK),
        ("chart_fact", CERTIFICATION),
        ("location", LOCATION),
        ("quote", {"text": "Going the distance.", "attribution": "A fan"}),
        ("heading", {"text": "The music", "level": "h2"}),
    ]
    details = (
        "details",
        {"title": "Details", "rows": [{"label": "Film", "value": "Rocky IV"}]},
    )
    if count <= len(kinds):
        return kinds[:count]
    return [kinds[n % len(kinds)] for n in range(count - 1)] + [details]


def add_comments(page, count):
    """``count`` approved comments in threads: 2/5 top level, 2/5 replies,
    1/5 replies to replies; one bulk insert per level."""
    from django.utils import timezone

    from wagtail_montage.models import ReaderComment

    start = timezone.now() - timedelta(days=2)
    made = 0

    def level(parents, n):
        nonlocal made
        rows = []
        for i in range(n):
            made += 1
            rows.append(
                ReaderComment(
                    page=page,
                    parent=parents[i % len(parents)] if parents else None,
                    author_name=f"Reader {made}",
                    email=f"reader{made}@example.com",
                    body=f"Comment {made}: the barn training still gives me chills.",
                    status=ReaderComment.Status.APPROVED,
                    ip_address=f"198.51.100.{made % 250 + 1}",
                    created_at=start + timedelta(minutes=made),
                )
            )
        return ReaderComment.objects.bulk_create(rows)

    top = level(None, count * 2 // 5)
    replies = level(top, count * 2 // 5)
    level(replies, count - len(top) - len(replies))
    assert ReaderComment.objects.approved().filter(page=page).count() == count


def build_site():
    """The pages the benchmark reads: ``(plain, small, big)``."""
    from home.models import HomePage
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file
    from wagtail.models import Page, Site

    from tests.factories import make_feature
    from wagtail_montage.models import VideoFeatureIndexPage

    home = Page.objects.get(depth=2)
    Site.objects.update(hostname="testserver", root_page=home)
    # The comment settings row a site gets when it is first used (as the demo's).
    from wagtail_montage.models import CommentSettings

    for site in Site.objects.all():
        CommentSettings.for_site(site)
    index = home.add_child(
        instance=VideoFeatureIndexPage(
            title="Features", slug="features", intro="<p>Clips and their music.</p>"
        )
    )
    image = get_image_model().objects.create(
        title="Snowy farm", file=get_test_image_file()
    )
    for n in range(FEATURES - 2):
        make_feature(index, title=f"Feature {n}", link_page=index, hero_image=image)

    def feature(title, blocks):
        page = make_feature(
            index,
            title=title,
            body=body_of(blocks, image, index),
            hero_image=image,
            film_alternate_titles=[
                ("alternate_title", {"title": "Rocky 4", "year": 1985, "note": ""})
            ],
        )
        page.tags.add("snow", "training")
        page.save_revision().publish()
        page.refresh_from_db()
        return page

    small = feature("Small feature", SMALL_BLOCKS)
    big = feature("Big feature", BIG_BLOCKS)
    add_comments(big, BIG_COMMENTS)

    plain = Page.get_first_root_node().add_child(
        instance=HomePage(
            title="Plain page",
            slug="plain",
            intro="<p>One paragraph of <b>plain</b> text, and nothing else.</p>",
        )
    )
    plain.save_revision().publish()
    Site.objects.create(
        hostname=PLAIN_HOST, port=80, root_page=plain, site_name="Plain"
    )
    return plain, small, big


def endpoints(plain, small, big):
    from django.utils import timezone

    from wagtail_montage.comments.tokens import make_token

    pages = {"small": small, "big": big}
    plain_host = {"HTTP_HOST": PLAIN_HOST}
    posts = itertools.count(1)

    def get(path, **kwargs):
        return lambda which: ("get", path(pages[which]), kwargs)

    def listing(path):
        limits = {"small": 5, "big": 20}
        return lambda which: ("get", path(limits[which]), {})

    def post(which):
        page = pages[which]
        n = next(posts)
        issued = timezone.now() - timedelta(seconds=10)
        body = {
            "page": page.pk,
            "author_name": f"Poster {n}",
            "email": f"poster{n}@example.com",
            "website": "",
            "body": f"Posted comment number {n}: what a montage.",
            "token": make_token(page.pk, issued_at=issued),
        }
        return (
            "post",
            "/api/montage/comments/",
            {
                "data": json.dumps(body),
                "content_type": "application/json",
                "REMOTE_ADDR": f"10.{n // 62500 % 256}.{n // 250 % 250}.{n % 250 + 1}",
            },
        )

    def form_post(which):
        page = pages[which]
        n = next(posts)
        issued = timezone.now() - timedelta(seconds=10)
        return (
            "post",
            page.url + "comments/",
            {
                "data": {
                    "author_name": f"Poster {n}",
                    "email": f"poster{n}@example.com",
                    "website": "",
                    "body": f"Posted comment number {n}: what a montage.",
                    "token": make_token(page.pk, issued_at=issued),
                    "honeypot": "",
                },
                "REMOTE_ADDR": f"10.{n // 62500 % 256}.{n // 250 % 250}.{n % 250 + 1}",
            },
        )

    def conditional(which):
        path = f"/api/montage/features/{pages[which].pk}/"
        # Every POST changes the ETag: take the current one, untimed.
        etag = CLIENT.get(path)["ETag"]
        return ("get", path, {"HTTP_IF_NONE_MATCH": etag})

    def fixed(path, **kwargs):
        return lambda which: ("get", path, kwargs)

    return [
        Endpoint("plain page HTML", None, fixed(plain.url, **plain_host)),
        Endpoint(
            "plain page v2 detail",
            None,
            fixed(f"/api/v2/pages/{plain.pk}/", **plain_host),
        ),
        Endpoint(
            "plain page v3 detail (info)",
            "json",
            fixed(f"/api/v3/pages/{plain.pk}/", **plain_host),
        ),
        Endpoint("feature HTML page", "html", get(lambda p: p.url)),
        Endpoint("v2 detail", "json", get(lambda p: f"/api/v2/pages/{p.pk}/")),
        Endpoint("v3 detail", "v3", get(lambda p: f"/api/v3/pages/{p.pk}/")),
        Endpoint(
            "plugin detail", "json", get(lambda p: f"/api/montage/features/{p.pk}/")
        ),
        Endpoint("plugin detail 304", "json", conditional, status=304),
        Endpoint(
            "v2 listing",
            "json",
            listing(
                lambda limit: (
                    "/api/v2/pages/?type=wagtail_montage.VideoFeaturePage"
                    f"&limit={limit}&fields={V2_LIST_FIELDS}"
                )
            ),
        ),
        Endpoint(
            "plugin listing",
            "json",
            listing(lambda limit: f"/api/montage/features/?limit={limit}"),
        ),
        Endpoint(
            "comment list",
            "json",
            get(lambda p: f"/api/montage/comments/?page={p.pk}"),
        ),
        Endpoint("comment POST", "v3", post, status=201),
        Endpoint("comment form POST", "v3", form_post, status=302),
    ]


CLIENT = None
# Comment POSTs come from a client of their own: a reader who has just posted
# carries a cookie that shows them their comment awaiting moderation (one more
# query), which the readers measured here do not.
POSTER = None


def client_for(method):
    return POSTER if method == "post" else CLIENT


def send(endpoint, which):
    """Send one request; its wall-clock and CPU time in ms."""
    method, path, kwargs = endpoint.prepare(which)
    start, start_cpu = time.perf_counter(), time.process_time()
    response = getattr(client_for(method), method)(path, **kwargs)
    cpu = time.process_time() - start_cpu
    elapsed = time.perf_counter() - start
    if response.status_code != endpoint.status:
        raise SystemExit(
            f"{endpoint.name} ({which}): {method.upper()} {path} answered "
            f"{response.status_code}, not {endpoint.status}:\n"
            f"{response.content[:600].decode(errors='replace')}"
        )
    return elapsed * 1000, cpu * 1000


def count_queries(endpoint, which):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    method, path, kwargs = endpoint.prepare(which)
    with CaptureQueriesContext(connection) as captured:
        response = getattr(client_for(method), method)(path, **kwargs)
    assert response.status_code == endpoint.status, (endpoint.name, which)
    return len(captured)


def p95(times):
    return statistics.quantiles(times, n=20, method="inclusive")[18]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30, help="timed rounds")
    parser.add_argument("--warmup", type=int, default=5, help="untimed requests each")
    parser.add_argument(
        "--renditions-cache",
        action="store_true",
        help="give Wagtail a local-memory 'renditions' cache; tests.settings has "
        "none, so every get_rendition() writes to its file-based default cache",
    )
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="turn the plugin's caching layer off: no kept representations, no "
        "page fragments (WAGTAIL_MONTAGE_API_REPRESENTATION_CACHE and "
        "WAGTAIL_MONTAGE_PAGE_FRAGMENT_CACHE = None)",
    )
    parser.add_argument(
        "--profile",
        metavar="ENDPOINT",
        help="instead of timing, profile ENDPOINT (a name from the table) over "
        "--rounds requests with cProfile and print the 40 costliest functions",
    )
    args = parser.parse_args()
    if args.rounds < 2:
        parser.error("--rounds must be at least 2")

    workdir = tempfile.mkdtemp(prefix="montage-bench-")
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/bench.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
    from django.conf import settings

    if args.no_cache:
        settings.WAGTAIL_MONTAGE_API_REPRESENTATION_CACHE = None
        settings.WAGTAIL_MONTAGE_PAGE_FRAGMENT_CACHE = None
    if args.renditions_cache:
        settings.CACHES = {
            **settings.CACHES,
            "renditions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        }
    try:
        run(args)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
        cache_dir = settings.CACHES["default"].get("LOCATION", "")
        if "montage-test-cache-" in str(cache_dir):
            shutil.rmtree(cache_dir, ignore_errors=True)


def run(args):
    global CLIENT, POSTER

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client

    assert not settings.DEBUG, "measure with DEBUG off"
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    plain, small, big = build_site()
    CLIENT, POSTER = Client(), Client()
    table = endpoints(plain, small, big)
    setup_s = time.perf_counter() - started

    # Warm-up: renditions, embeds, site root paths, templates, schemas.
    for endpoint in table:
        for which in ("small", "big"):
            for _ in range(args.warmup):
                send(endpoint, which)
    for endpoint in table:
        for which in ("small", "big"):
            endpoint.queries[which] = count_queries(endpoint, which)

    if args.profile:
        profile(table, args)
        return

    for r in range(args.rounds):
        shift = r % len(table)
        for endpoint in table[shift:] + table[:shift]:
            wall, cpu = send(endpoint, "big")
            endpoint.times.append(wall)
            endpoint.cpu.append(cpu)

    report(table, args, setup_s)


def profile(table, args):
    import cProfile
    import pstats

    chosen = [endpoint for endpoint in table if endpoint.name == args.profile]
    if not chosen:
        raise SystemExit(
            f"no endpoint {args.profile!r}: "
            + ", ".join(endpoint.name for endpoint in table)
        )
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(args.rounds):
        send(chosen[0], "big")
    profiler.disable()
    stats = pstats.Stats(profiler).sort_stats("cumulative")
    stats.print_stats(40)
    stats.sort_stats("tottime").print_stats(25)
    stats.sort_stats("cumulative").print_stats("wagtail_montage|pydantic|ninja", 40)


def report(table, args, setup_s):
    from django import get_version
    from django.core.cache import caches
    from wagtail import __version__ as wagtail_version
    from wagtail.images.models import Rendition

    by_name = {endpoint.name: endpoint for endpoint in table}
    baselines = {
        "html": by_name["plain page HTML"],
        "json": by_name["plain page v2 detail"],
        "v3": by_name["plain page v3 detail (info)"],
    }
    median = {e.name: statistics.median(e.times) for e in table}
    median_cpu = {e.name: statistics.median(e.cpu) for e in table}

    def ratio(name, base, cpu=False):
        medians = median_cpu if cpu else median
        return medians[name] / medians[base]

    print(
        f"wagtail-montage API benchmark: Django {get_version()}, Wagtail "
        f"{wagtail_version}, SQLite, DEBUG off, {args.rounds} rounds after "
        f"{args.warmup} warm-up requests each (setup {setup_s:.1f} s)"
    )
    backend = type(Rendition.cache_backend).__name__
    print(
        f"rendition cache: {backend}"
        + (
            " ('renditions', --renditions-cache)"
            if "renditions" in caches.settings
            else " (the default cache: tests.settings has no 'renditions')"
        )
    )
    print(
        "caching layer: "
        + (
            "off (--no-cache: nothing kept, no page fragments)"
            if args.no_cache
            else "on (kept representations and page fragments)"
        )
    )
    print(
        f"big feature: {BIG_BLOCKS} blocks, {BIG_COMMENTS} approved comments; "
        f"small: {SMALL_BLOCKS} blocks, 0 comments; listings: {FEATURES} features"
    )
    print(
        "baselines: HTML rows / plain page HTML; v3 detail and comment POSTs / "
        "plain page v3 detail; other JSON rows / plain page v2 detail; listings' "
        "queries: ?limit=5 | ?limit=20"
    )
    print()
    header = (
        f"{'endpoint':<28} {'vs':<5} {'q small':>7} {'q big':>6} "
        f"{'median ms':>10} {'p95 ms':>8} {'ratio':>6} {'cpu ms':>7} {'cpu ratio':>9}"
    )
    print(header)
    print("-" * len(header))
    for e in table:
        if e.baseline is None:
            versus, wall_ratio, cpu_ratio = "base", "1.00", "1.00"
        else:
            versus, base = e.baseline, baselines[e.baseline].name
            wall_ratio = f"{ratio(e.name, base):.2f}"
            cpu_ratio = f"{ratio(e.name, base, cpu=True):.2f}"
        print(
            f"{e.name:<28} {versus:<5} {e.queries['small']:>7} {e.queries['big']:>6} "
            f"{median[e.name]:>10.2f} {p95(e.times):>8.2f} {wall_ratio:>6} "
            f"{median_cpu[e.name]:>7.2f} {cpu_ratio:>9}"
        )
    print(
        "(ratio: of medians, wall clock; cpu: this process's CPU time, steadier "
        "when other processes share the cores)"
    )
    print()

    def target(label, name, base, limit):
        wall = ratio(name, base)
        print(
            f"target: {label}: {wall:.2f} ({'met' if wall <= limit else 'not met'}) "
            f"[{name} / {base}; cpu {ratio(name, base, cpu=True):.2f}]"
        )

    v2_read, v3_read = "plain page v2 detail", "plain page v3 detail (info)"
    target("plugin detail within 1.0x plain v2 detail", "plugin detail", v2_read, 1.0)
    target("v2 detail within 1.5x plain v2 detail", "v2 detail", v2_read, 1.5)
    target("v3 detail within 1.45x plain v3 detail", "v3 detail", v3_read, 1.45)
    target("HTML within 1.5x plain HTML", "feature HTML page", "plain page HTML", 1.5)
    target("304 within 0.3x full read", "plugin detail 304", "plugin detail", 0.3)
    target("comment form POST within 2.3x", "comment form POST", v3_read, 2.3)
    target("comment JSON POST within 2.0x", "comment POST", v3_read, 2.0)
    for name, limit in (("comment form POST", 12), ("comment POST", 10)):
        queries = by_name[name].queries["big"]
        print(
            f"target: {name} in at most {limit} queries: {queries} "
            f"({'met' if queries <= limit else 'not met'})"
        )
    differ = [
        f"{e.name} {e.queries['small']} -> {e.queries['big']}"
        for e in table
        if e.baseline and e.queries["small"] != e.queries["big"]
    ]
    print(
        "target: queries constant in blocks and comments: "
        + (f"no ({'; '.join(differ)})" if differ else "yes")
    )


if __name__ == "__main__":
    main()
