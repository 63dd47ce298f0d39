"""Import generated WordPress posts and print time and queries per post.

    .venv/bin/python benchmarks/import.py [--counts 100 1000] [--warmup 10]

Each count is one WordPress export (WXR) of that many posts, imported through the
same pipeline as ``import_video_features`` (parse, extract facts, build drafts
with their comments and redirects) under an index of its own. Every post has a
"Post N [Film N (1985)]" title, paragraphs with fact sentences, a YouTube link
and two comments, one a reply. The last line compares the largest count with
the smallest: both ratios must stay near 1.00 (flat per post). A few posts are
imported first, uncounted, so that module imports and cold caches do not weigh
on the smallest count.
Runs on a throwaway SQLite database, with no network.
"""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ITEM = """<item>
<title>{title}</title>
<link>https://old.example/{run}/post-{n}/</link>
<pubDate>Sat, 04 May 2019 10:30:00 +0000</pubDate>
<dc:creator><![CDATA[editor]]></dc:creator>
<guid isPermaLink="false">https://old.example/?p={run}-{n}</guid>
<description></description>
<content:encoded><![CDATA[{content}]]></content:encoded>
<excerpt:encoded><![CDATA[Two training sequences in film {n} and the songs under them.]]></excerpt:encoded>
<wp:post_id>{n}</wp:post_id>
<wp:post_date><![CDATA[2019-05-04 10:30:00]]></wp:post_date>
<wp:post_date_gmt><![CDATA[2019-05-04 10:30:00]]></wp:post_date_gmt>
<wp:post_name><![CDATA[post-{n}]]></wp:post_name>
<wp:status><![CDATA[publish]]></wp:status>
<wp:post_type><![CDATA[post]]></wp:post_type>
<category domain="post_tag" nicename="montage"><![CDATA[Montage]]></category>
<wp:comment>
<wp:comment_id>{c1}</wp:comment_id>
<wp:comment_author><![CDATA[Adrian]]></wp:comment_author>
<wp:comment_author_email><![CDATA[adrian@example.com]]></wp:comment_author_email>
<wp:comment_author_url>https://adrian.example/</wp:comment_author_url>
<wp:comment_date_gmt><![CDATA[2019-05-05 08:00:00]]></wp:comment_date_gmt>
<wp:comment_content><![CDATA[<p>The barn scene is the best one.</p>]]></wp:comment_content>
<wp:comment_approved><![CDATA[1]]></wp:comment_approved>
<wp:comment_type><![CDATA[comment]]></wp:comment_type>
<wp:comment_parent>0</wp:comment_parent>
</wp:comment>
<wp:comment>
<wp:comment_id>{c2}</wp:comment_id>
<wp:comment_author><![CDATA[Paulie]]></wp:comment_author>
<wp:comment_author_email><![CDATA[paulie@example.com]]></wp:comment_author_email>
<wp:comment_author_url></wp:comment_author_url>
<wp:comment_date_gmt><![CDATA[2019-05-05 09:00:00]]></wp:comment_date_gmt>
<wp:comment_content><![CDATA[No, the mountain one.]]></wp:comment_content>
<wp:comment_approved><![CDATA[0]]></wp:comment_approved>
<wp:comment_type><![CDATA[comment]]></wp:comment_type>
<wp:comment_parent>{c1}</wp:comment_parent>
</wp:comment>
</item>
"""

CONTENT = """<p>Film {n} has two training sequences, each cut to its own song.</p>
<p>The song “Burning Heart {n}” by Survivor peaked at number 2 on the Billboard Hot 100 in 1986.</p>
<p>“Heart's on Fire {n}” was written by Vince DiCola and performed by John Cafferty.</p>
<p>The snow scenes were filmed in Jackson Hole, Wyoming, standing in for the Soviet Union.</p>
https://www.youtube.com/watch?v=dQw4w9WgXcQ
<p>Both songs are on the soundtrack album, released by Scotti Bros. Records.</p>
"""


def export(run, count):
    items = "".join(
        ITEM.format(
            run=run,
            n=n,
            c1=2 * n + 1,
            c2=2 * n + 2,
            title=escape(f"Post {n} [Film {n} (1985)]"),
            content=CONTENT.format(n=n),
        )
        for n in range(1, count + 1)
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"
    xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
    xmlns:content="http://purl.org/rss/1.0/modules/content/"
    xmlns:wfw="http://wellformedweb.org/CommentAPI/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Old blog</title>
<link>https://old.example</link>
<wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>https://old.example</wp:base_site_url>
<wp:base_blog_url>https://old.example</wp:base_blog_url>
{items}</channel>
</rss>
""".encode()


class QueryCounter:
    """Counts every query (CaptureQueriesContext keeps only the last 9000)."""

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", type=int, nargs="+", default=[100, 1000])
    parser.add_argument(
        "--warmup",
        type=int,
        default=10,
        help="posts imported first and not counted (imports, caches)",
    )
    args = parser.parse_args()

    workdir = tempfile.mkdtemp(prefix="montage-bench-")
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/bench.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from wagtail.models import Page, Site

    from wagtail_montage.importers.pipeline import Source, run_import
    from wagtail_montage.models import VideoFeatureIndexPage

    # One export holds every post of a run: lift the per-file limit for it.
    settings.WAGTAIL_MONTAGE_IMPORT_MAX_FILE_BYTES = 0
    call_command("migrate", verbosity=0)
    home = Page.objects.get(depth=2)
    Site.objects.update(hostname="testserver", root_page=home)

    if args.warmup:
        warmup = home.add_child(
            instance=VideoFeatureIndexPage(title="Warm-up", slug="warm-up")
        )
        run_import([Source(name="warmup.xml", data=export(0, args.warmup))], warmup)

    rows = []
    for run, count in enumerate(args.counts, 1):
        index = home.add_child(
            instance=VideoFeatureIndexPage(title=f"Run {run}", slug=f"run-{run}")
        )
        data = export(run, count)
        counter = QueryCounter()
        start = time.perf_counter()
        with connection.execute_wrapper(counter):
            report = run_import([Source(name=f"run-{run}.xml", data=data)], index)
        seconds = time.perf_counter() - start
        totals = report.totals
        if totals["created"] != count or report.failed:
            failures = [e.error for e in report.entries if e.status == "failed"][:3]
            sys.exit(f"run {run}: {report.summary()} {failures}")
        facts = sum(len(entry.facts) for entry in report.entries)
        rows.append(
            (count, seconds * 1000 / count, counter.count / count, totals, facts)
        )

    print(
        f"{'posts':>6} {'ms/post':>8} {'queries/post':>13} {'comments':>9} {'facts':>6}"
    )
    for count, ms, queries, totals, facts in rows:
        print(
            f"{count:>6} {ms:>8.1f} {queries:>13.1f} {totals['comments']:>9} {facts:>6}"
        )
    (small, small_ms, small_q, *_), (large, large_ms, large_q, *_) = rows[0], rows[-1]
    print(
        f"ratio {large} vs {small}: time per post {large_ms / small_ms:.2f}, "
        f"queries per post {large_q / small_q:.2f}"
    )


if __name__ == "__main__":
    main()
