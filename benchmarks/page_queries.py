"""Serve feature pages of growing size and print queries and time per request.

    .venv/bin/python benchmarks/page_queries.py [--repeats 1 10 50] [--runs 20]

The baseline is the smallest body; each larger body is printed beside it as a
ratio. Queries must stay flat (ratio 1.00); time grows with the HTML rendered.
Runs on a throwaway SQLite database, with no network.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, nargs="+", default=[1, 10, 50])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()

    workdir = tempfile.mkdtemp(prefix="montage-bench-")
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/bench.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment
    from wagtail.models import Page, Site

    from tests.factories import make_feature
    from wagtail_montage.models import VideoFeatureIndexPage

    setup_test_environment()
    call_command("migrate", verbosity=0)
    home = Page.objects.get(depth=2)
    Site.objects.update(hostname="testserver", root_page=home)
    index = home.add_child(
        instance=VideoFeatureIndexPage(title="Features", slug="features")
    )

    client = Client()
    rows = []
    for repeat in args.repeats:
        page = make_feature(
            index, title=f"Feature x{repeat}", repeat=repeat, link_page=index
        )
        client.get(page.url)  # store embeds, warm caches
        with CaptureQueriesContext(connection) as captured:
            client.get(page.url)
        queries = len(captured)
        timings = []
        for _ in range(args.runs):
            start = time.perf_counter()
            response = client.get(page.url)
            timings.append(time.perf_counter() - start)
        assert response.status_code == 200
        blocks = len(page.body)
        rows.append((repeat, blocks, queries, statistics.median(timings) * 1000))

    base = rows[0]
    print(
        f"{'body blocks':>12} {'queries':>8} {'ratio':>6} {'ms/request':>11} {'ratio':>6}"
    )
    for _, blocks, queries, ms in rows:
        print(
            f"{blocks:>12} {queries:>8} {queries / base[2]:>6.2f} {ms:>11.1f} {ms / base[3]:>6.2f}"
        )


if __name__ == "__main__":
    main()
