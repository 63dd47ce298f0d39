"""Write the corpus: each post in its blog's markup, in dev/ or test/, and annotations.json.

    .venv/bin/python -m benchmarks.import_corpus.make_corpus

The split was drawn once (random.Random(SEED) over the sorted slugs, half to each)
and is kept in split.json: a run keeps it, so rules tuned on dev/ never see test/.
"""

import json
import random
from pathlib import Path

from .markups import RENDERERS
from .posts_one import POSTS as POSTS_ONE
from .posts_two import POSTS as POSTS_TWO

HERE = Path(__file__).resolve().parent
SEED = 13
POSTS = POSTS_ONE + POSTS_TWO


def split(slugs):
    path = HERE / "split.json"
    if path.exists():
        return json.loads(path.read_text())
    order = sorted(slugs)
    random.Random(SEED).shuffle(order)
    half = len(order) // 2
    chosen = {"seed": SEED, "dev": sorted(order[:half]), "test": sorted(order[half:])}
    path.write_text(json.dumps(chosen, indent=2) + "\n")
    return chosen


def main():
    slugs = [post["slug"] for post in POSTS]
    if len(set(slugs)) != len(slugs):
        raise SystemExit("two posts share a slug")
    halves = split(slugs)
    annotations = {}
    for post in POSTS:
        half = "dev" if post["slug"] in halves["dev"] else "test"
        name = f"{half}/{post['slug']}.html"
        (HERE / half).mkdir(exist_ok=True)
        (HERE / name).write_text(RENDERERS[post["markup"]](post), encoding="utf-8")
        annotations[name] = {"markup": post["markup"], **post["expected"]}
    (HERE / "annotations.json").write_text(
        json.dumps(annotations, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"{len(POSTS)} posts: {len(halves['dev'])} dev, {len(halves['test'])} test")


if __name__ == "__main__":
    main()
