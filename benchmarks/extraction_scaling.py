"""Time to read facts out of a post as it grows: each shape at n and 2n repeats.

    .venv/bin/python benchmarks/extraction_scaling.py [--repeats 500]

Each shape is a fragment repeated into one paragraph with no full stop (a pasted
list, a run-on page): the words that the rules look for, packed as densely as they
can be ("it wrote it", quoted titles, "the voice is"). The last column is the time
at 2n over the time at n, the run at n being the baseline: near 2.0 is linear in
the post's length, near 4.0 quadratic. Needs no database and no network.
"""

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SHAPES = {
    "capitalised words": "Aa Bb ",
    "quoted titles": "\u201cA\u201d ",
    "credits with it": "it wrote it ",
    "denials": "didn't write it; A did ",
    "films and years": "film \u201cA\u201d 1985 ",
    "voices": "the voice is A ",
    "chart positions": "No. 5 ",
    "places": "in Aa, in Bb, which ",
}


def read_time(text):
    from wagtail_montage.importers.extraction import extract_facts
    from wagtail_montage.importers.types import ParsedPost

    post = ParsedPost(
        source="bench", key="bench", title="T", body=[("paragraph", f"<p>{text}</p>")]
    )
    started = time.perf_counter()
    extract_facts(post)
    return time.perf_counter() - started


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=1000)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
    import django

    django.setup()
    read_time("warm up")
    n = args.repeats
    print(f"{'shape':20s} {'n=' + str(n):>10s} {'2n':>10s}  ratio")
    for name, fragment in SHAPES.items():
        small, large = read_time(fragment * n), read_time(fragment * (2 * n))
        print(f"{name:20s} {small:9.3f}s {large:9.3f}s  {large / small:5.2f}")


if __name__ == "__main__":
    main()
