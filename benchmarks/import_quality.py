"""Precision and recall of the importer's facts on a corpus nobody tuned it for.

    .venv/bin/python benchmarks/import_quality.py [--details dev]

benchmarks/import_corpus/ holds 1,403 posts written for this benchmark in ten blog
markups (WordPress classic and block editor, Ghost, Blogger, Medium export,
Squarespace, Substack, Hugo, Jekyll, hand-made HTML), each with the facts a careful
reader finds in it (annotations.json, written as ANNOTATING.md says). The corpus grows
in rounds by writers who never saw the rules (ROUNDS.md): each round is held out,
measured once, then spent into dev/ (split.json, make_corpus.py).
Each post goes through the importer's own reader and extractor (parse_html, then
extract_facts); its facts are compared with the annotations kind by kind:

    tracks          a track's title
    people          (track, person, composer or performer)
    albums          an album's title (a soundtrack without one: "<film> soundtrack")
    chart_peaks     (subject, position, chart)
    certifications  (subject, level, multiplier, certifier)
    places          a location's name
    stood_in_for    (location, the place it played)
    film            (title, year)
    video           the post's video (provider and id)

A found fact that is not annotated counts against precision; suggestions are not
facts and count for nothing there. The "reviewed" column is the recall an editor
reaches who accepts every right suggestion of the review (one that carries a block
and matches an annotated fact); "offered" counts the facts that only a suggestion
holds and "right" those of them that are annotated, so right / offered is how often
an editor accepts. Rules are tuned on dev/ only: --details prints the misses and
false facts of one group (dev unless told otherwise). holdout/ is the
figure to quote: nothing was tuned against it, and its misses were read only after
its figures were taken.
Needs no database and no network.
"""

import argparse
import json
import os
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "benchmarks" / "import_corpus"
sys.path.insert(0, str(ROOT))

GROUPS = ("dev", "test", "holdout")
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
ALBUM_NOISE = re.compile(
    r"\b(?:original|motion|picture|soundtrack|score|music|songs|from|the|film|movie"
    r"|album|ost)\b"
)


def key(text):
    text = unicodedata.normalize("NFKC", str(text or "")).casefold()
    text = text.replace("\u2026", "...").replace("\u2019", "'").replace("&", "and")
    text = re.sub(r"[^\w'.]+", " ", text).replace("...", " ... ")
    text = re.sub(r"^(?:the|a|an) ", "", text.strip())
    return " ".join(text.replace(".", " ").split())


# Words that name no chart in particular: "the Rás 2 chart" is "Rás 2".
CHART_NOISE = re.compile(r"\b(?:charts?|billboard's|billboard)\b")


# A chart's kind in the singular or the plural is the same chart: "the RIANZ album
# chart" is "RIANZ Albums".
CHART_KINDS = re.compile(r"\b(album|single|track|song)s\b")


def chart_key(chart):
    """A chart key as it is, or "other:" and the name without its generic words,
    on both sides (the annotation and what the importer found)."""
    if not chart.startswith("other:"):
        return chart.lower()
    name = CHART_KINDS.sub(r"\1", CHART_NOISE.sub(" ", key(chart[6:])))
    return "other:" + " ".join(name.split())


def album_key(text):
    return " ".join(ALBUM_NOISE.sub(" ", key(text)).split())


def subject_key(text, albums):
    return album_key(text) if album_key(text) in albums else key(text)


def expected_facts(note):
    albums = {album_key(title) for title in note["albums"]}
    return {
        "tracks": {key(t) for t in note["tracks"]},
        "people": {(key(t), key(p), role) for t, p, role in note["people"]},
        "albums": albums,
        "chart_peaks": {
            (subject_key(s, albums), n, chart_key(c)) for s, n, c in note["chart_peaks"]
        },
        "certifications": {
            (subject_key(s, albums), lvl, m, c)
            for s, lvl, m, c in note["certifications"]
        },
        "places": {key(p) for p in note["places"]},
        "stood_in_for": {(key(p), key(t)) for p, t in note["stood_in_for"]},
        "film": {(key(t), y) for t, y in note["film"]},
        "video": set(note["video"]),
    }


def found_facts(post, parse_video_url, facts=None):
    found = {kind: set() for kind in KINDS}
    if post.film_title:
        found["film"].add((key(post.film_title), post.film_year))
    ref = parse_video_url(post.video_url) if post.video_url else None
    if ref is not None:
        found["video"].add(
            f"{'yt' if ref.provider == 'youtube' else 'vimeo'}:{ref.video_id}"
        )
    facts = post.facts if facts is None else facts
    for fact in facts:
        if fact["kind"] == "film":  # only a suggestion holds one
            found["film"].add((key(fact["value"]["title"]), fact["value"]["year"]))
    albums = set()
    for fact in facts:
        if fact["kind"] == "album":
            albums.add(album_key(fact["value"]["title"]))
    found["albums"] = albums
    for fact in facts:
        kind, value = fact["kind"], fact["value"]
        if kind == "track":
            title = key(value["title"])
            found["tracks"].add(title)
            for role, names in (
                ("composer", value["composers"]),
                ("performer", value["performers"]),
            ):
                found["people"].update((title, key(name), role) for name in names)
        elif kind == "chart_fact":
            subject = (
                album_key(value["subject_title"])
                if value["subject_kind"] == "album"
                else key(value["subject_title"])
            )
            if value["fact_kind"] == "certification":
                found["certifications"].add(
                    (
                        subject,
                        value["level"],
                        value["multiplier"] or 1,
                        value["certifier"],
                    )
                )
            else:
                chart = value["chart"]
                if chart == "other":
                    chart = "other:" + value["chart_other"]
                found["chart_peaks"].add((subject, value["position"], chart_key(chart)))
        elif kind == "location":
            found["places"].add(key(value["name"]))
            if value["stood_in_for"]:
                found["stood_in_for"].add(
                    (key(value["name"]), key(value["stood_in_for"]))
                )
    return found


def suggested_facts(post, parse_video_url):
    """The facts the review's suggestions would make (those that carry a block),
    read with the post's own facts so a chart fact's subject is still an album."""
    offered = [
        {"kind": item["kind"], "value": item["value"]}
        for item in getattr(post, "suggested", ())
        if item.get("kind") and item.get("value") is not None
    ]
    return found_facts(post, parse_video_url, [*post.facts, *offered])


def evaluate(half, details=False):
    from wagtail_montage.embeds.providers import parse_video_url
    from wagtail_montage.importers.extraction import extract_facts
    from wagtail_montage.importers.html import parse_html
    from wagtail_montage.importers.types import SourceError

    notes = json.loads((CORPUS / "annotations.json").read_text(encoding="utf-8"))
    # expected, found, correct, correct once the review's right suggestions are taken,
    # facts only a suggestion offers, and how many of those are right
    totals = {kind: [0, 0, 0, 0, 0, 0] for kind in KINDS}
    suggestions = [0, 0]  # made, right
    for name, note in sorted(notes.items()):
        if not name.startswith(half + "/"):
            continue
        expected = expected_facts(note)
        try:
            post = parse_html((CORPUS / name).read_bytes(), name)
        except SourceError as error:
            post = None
            if details:
                print(f"{name}: not read ({error.message})")
        if post is not None:
            extract_facts(post)
            found = found_facts(post, parse_video_url)
            offered = suggested_facts(post, parse_video_url)
            suggestions[0] += len(post.suggestions)
        else:
            found = offered = {kind: set() for kind in KINDS}
        for kind in KINDS:
            right = found[kind] & expected[kind]
            taken = (offered[kind] - found[kind]) & expected[kind]
            totals[kind][0] += len(expected[kind])
            totals[kind][1] += len(found[kind])
            totals[kind][2] += len(right)
            totals[kind][3] += len(right) + len(taken)
            totals[kind][4] += len(offered[kind] - found[kind])
            totals[kind][5] += len(taken)
            suggestions[1] += len(taken)
            if details:
                for fact in sorted(map(str, expected[kind] - found[kind])):
                    print(f"{name}: missed {kind} {fact}")
                for fact in sorted(map(str, found[kind] - expected[kind])):
                    print(f"{name}: FALSE {kind} {fact}")
        if details and post is not None:
            for line in post.suggestions:
                print(f"{name}: suggestion {line}")
    return totals, suggestions


def ratio(part, whole):
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def row(counts):
    """A kind's figures: the blocks found, then what the review's suggestions offer
    beyond them ("offered", facts no block holds) and how many of those are right."""
    expected, found, right, reviewed, offered, taken = counts
    return (
        f"{expected:>8} {found:>6} {right:>6} {ratio(right, found):>9}"
        f" {ratio(right, expected):>7} {ratio(reviewed, expected):>8}"
        f" {offered:>7} {taken:>6}"
    )


def report(half, totals, suggestions):
    pad = " " * (len(half) + 1)
    print(
        f"\n{half}: {'kind':<15} {'expected':>8} {'found':>6} {'right':>6}"
        f" {'precision':>9} {'recall':>7} {'reviewed':>8} {'offered':>7} {'right':>6}"
    )
    overall = [0] * 6
    for kind, counts in totals.items():
        overall = [whole + part for whole, part in zip(overall, counts, strict=True)]
        print(f"{pad} {kind:<15} {row(counts)}")
    print(f"{pad} {'overall':<15} {row(overall)}")
    expected, found, right = overall[:3]
    made, taken = suggestions
    print(
        f"{pad} false facts: {found - right}; suggestions: {made}"
        f" ({taken} right facts among them)"
    )


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--details",
        nargs="?",
        const="dev",
        choices=GROUPS,
        help="print the misses, false facts and suggestions of one group",
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
    import django

    django.setup()
    groups = (args.details,) if args.details else GROUPS
    for half in groups:
        totals, suggestions = evaluate(half, details=bool(args.details))
        report(half, totals, suggestions)


if __name__ == "__main__":
    main()
