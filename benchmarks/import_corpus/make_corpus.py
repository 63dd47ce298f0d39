"""Write the corpus: each post in its blog's markup, in dev/, test/, holdout/ or
sealed/, and annotations.json.

    .venv/bin/python -m benchmarks.import_corpus.make_corpus

The corpus grows in rounds (ROUNDS.md). Round 1's 43 posts (posts_one, posts_two) were
split once (random.Random(13) over the sorted slugs, half to each) into dev/ and test/.
Round 2's 40 posts, by two writers who never saw the importer's rules (posts_fresh_a,
posts_fresh_b), were split once too (random.Random(29)): one half joined dev/, the other
was held out, measured once, and then spent into dev/ ("spent" in split.json). Round
3's 40 posts, by two more writers (posts_fresh_c, posts_fresh_d), were all held out,
measured once and spent too, and so were round 4's 40 (posts_fresh_e, posts_fresh_f)
and round 5's (posts_fresh_g, posts_fresh_h). Rounds 6 (posts_fresh_i, posts_fresh_j),
7 (posts_fresh_k, posts_fresh_l), 8 (posts_fresh_m, posts_fresh_n), 9 (posts_fresh_o,
posts_fresh_p), 10 (posts_fresh_q, posts_fresh_r) and every round after (posts_fresh_s
to posts_fresh_z, then posts_fresh_aa to posts_fresh_az and posts_fresh_ba to posts_fresh_bp) are held out the same way:
holdout/, which nothing is tuned against, until they are spent; a round
listed under "sealed" in split.json is written to sealed/ and neither measured nor
shown until it is unsealed. split.json keeps every split: a run keeps them, so rules
tuned on dev/ never see test/, holdout/ or sealed/.
"""

import json
import random
from pathlib import Path

from .markups import RENDERERS
from .posts_fresh_a import POSTS as POSTS_FRESH_A
from .posts_fresh_aa import POSTS as POSTS_FRESH_AA
from .posts_fresh_ab import POSTS as POSTS_FRESH_AB
from .posts_fresh_ac import POSTS as POSTS_FRESH_AC
from .posts_fresh_ad import POSTS as POSTS_FRESH_AD
from .posts_fresh_ae import POSTS as POSTS_FRESH_AE
from .posts_fresh_af import POSTS as POSTS_FRESH_AF
from .posts_fresh_ag import POSTS as POSTS_FRESH_AG
from .posts_fresh_ah import POSTS as POSTS_FRESH_AH
from .posts_fresh_ai import POSTS as POSTS_FRESH_AI
from .posts_fresh_aj import POSTS as POSTS_FRESH_AJ
from .posts_fresh_ak import POSTS as POSTS_FRESH_AK
from .posts_fresh_al import POSTS as POSTS_FRESH_AL
from .posts_fresh_am import POSTS as POSTS_FRESH_AM
from .posts_fresh_an import POSTS as POSTS_FRESH_AN
from .posts_fresh_ao import POSTS as POSTS_FRESH_AO
from .posts_fresh_ap import POSTS as POSTS_FRESH_AP
from .posts_fresh_aq import POSTS as POSTS_FRESH_AQ
from .posts_fresh_ar import POSTS as POSTS_FRESH_AR
from .posts_fresh_as import POSTS as POSTS_FRESH_AS
from .posts_fresh_at import POSTS as POSTS_FRESH_AT
from .posts_fresh_au import POSTS as POSTS_FRESH_AU
from .posts_fresh_av import POSTS as POSTS_FRESH_AV
from .posts_fresh_aw import POSTS as POSTS_FRESH_AW
from .posts_fresh_ax import POSTS as POSTS_FRESH_AX
from .posts_fresh_ay import POSTS as POSTS_FRESH_AY
from .posts_fresh_az import POSTS as POSTS_FRESH_AZ
from .posts_fresh_b import POSTS as POSTS_FRESH_B
from .posts_fresh_ba import POSTS as POSTS_FRESH_BA
from .posts_fresh_bb import POSTS as POSTS_FRESH_BB
from .posts_fresh_bc import POSTS as POSTS_FRESH_BC
from .posts_fresh_bd import POSTS as POSTS_FRESH_BD
from .posts_fresh_be import POSTS as POSTS_FRESH_BE
from .posts_fresh_bf import POSTS as POSTS_FRESH_BF
from .posts_fresh_bg import POSTS as POSTS_FRESH_BG
from .posts_fresh_bh import POSTS as POSTS_FRESH_BH
from .posts_fresh_bi import POSTS as POSTS_FRESH_BI
from .posts_fresh_bj import POSTS as POSTS_FRESH_BJ
from .posts_fresh_bk import POSTS as POSTS_FRESH_BK
from .posts_fresh_bl import POSTS as POSTS_FRESH_BL
from .posts_fresh_bm import POSTS as POSTS_FRESH_BM
from .posts_fresh_bn import POSTS as POSTS_FRESH_BN
from .posts_fresh_bo import POSTS as POSTS_FRESH_BO
from .posts_fresh_bp import POSTS as POSTS_FRESH_BP
from .posts_fresh_c import POSTS as POSTS_FRESH_C
from .posts_fresh_d import POSTS as POSTS_FRESH_D
from .posts_fresh_e import POSTS as POSTS_FRESH_E
from .posts_fresh_f import POSTS as POSTS_FRESH_F
from .posts_fresh_g import POSTS as POSTS_FRESH_G
from .posts_fresh_h import POSTS as POSTS_FRESH_H
from .posts_fresh_i import POSTS as POSTS_FRESH_I
from .posts_fresh_j import POSTS as POSTS_FRESH_J
from .posts_fresh_k import POSTS as POSTS_FRESH_K
from .posts_fresh_l import POSTS as POSTS_FRESH_L
from .posts_fresh_m import POSTS as POSTS_FRESH_M
from .posts_fresh_n import POSTS as POSTS_FRESH_N
from .posts_fresh_o import POSTS as POSTS_FRESH_O
from .posts_fresh_p import POSTS as POSTS_FRESH_P
from .posts_fresh_q import POSTS as POSTS_FRESH_Q
from .posts_fresh_r import POSTS as POSTS_FRESH_R
from .posts_fresh_s import POSTS as POSTS_FRESH_S
from .posts_fresh_t import POSTS as POSTS_FRESH_T
from .posts_fresh_u import POSTS as POSTS_FRESH_U
from .posts_fresh_v import POSTS as POSTS_FRESH_V
from .posts_fresh_w import POSTS as POSTS_FRESH_W
from .posts_fresh_x import POSTS as POSTS_FRESH_X
from .posts_fresh_y import POSTS as POSTS_FRESH_Y
from .posts_fresh_z import POSTS as POSTS_FRESH_Z
from .posts_one import POSTS as POSTS_ONE
from .posts_two import POSTS as POSTS_TWO

HERE = Path(__file__).resolve().parent
SEED = 13
FRESH_SEED = 29
FIRST = POSTS_ONE + POSTS_TWO
FRESH = POSTS_FRESH_A + POSTS_FRESH_B
THIRD = POSTS_FRESH_C + POSTS_FRESH_D
FOURTH = POSTS_FRESH_E + POSTS_FRESH_F
FIFTH = POSTS_FRESH_G + POSTS_FRESH_H
SIXTH = POSTS_FRESH_I + POSTS_FRESH_J
SEVENTH = POSTS_FRESH_K + POSTS_FRESH_L
EIGHTH = POSTS_FRESH_M + POSTS_FRESH_N
NINTH = POSTS_FRESH_O + POSTS_FRESH_P
TENTH = POSTS_FRESH_Q + POSTS_FRESH_R
ELEVENTH = POSTS_FRESH_S + POSTS_FRESH_T
TWELFTH = POSTS_FRESH_U + POSTS_FRESH_V
THIRTEENTH = POSTS_FRESH_W + POSTS_FRESH_X
FOURTEENTH = POSTS_FRESH_Y + POSTS_FRESH_Z
FIFTEENTH = POSTS_FRESH_AA + POSTS_FRESH_AB
SIXTEENTH = POSTS_FRESH_AC + POSTS_FRESH_AD
SEVENTEENTH = POSTS_FRESH_AE + POSTS_FRESH_AF
EIGHTEENTH = POSTS_FRESH_AG + POSTS_FRESH_AH
NINETEENTH = POSTS_FRESH_AI + POSTS_FRESH_AJ
TWENTIETH = POSTS_FRESH_AK + POSTS_FRESH_AL
TWENTY_FIRST = POSTS_FRESH_AM + POSTS_FRESH_AN
TWENTY_SECOND = POSTS_FRESH_AO + POSTS_FRESH_AP
TWENTY_THIRD = POSTS_FRESH_AQ + POSTS_FRESH_AR
TWENTY_FOURTH = POSTS_FRESH_AS + POSTS_FRESH_AT
TWENTY_FIFTH = POSTS_FRESH_AU + POSTS_FRESH_AV
TWENTY_SIXTH = POSTS_FRESH_AW + POSTS_FRESH_AX
TWENTY_SEVENTH = POSTS_FRESH_AY + POSTS_FRESH_AZ
TWENTY_EIGHTH = POSTS_FRESH_BA + POSTS_FRESH_BB
TWENTY_NINTH = POSTS_FRESH_BC + POSTS_FRESH_BD
THIRTIETH = POSTS_FRESH_BE + POSTS_FRESH_BF
THIRTY_FIRST = POSTS_FRESH_BG + POSTS_FRESH_BH
THIRTY_SECOND = POSTS_FRESH_BI + POSTS_FRESH_BJ
THIRTY_THIRD = POSTS_FRESH_BK + POSTS_FRESH_BL
THIRTY_FOURTH = POSTS_FRESH_BM + POSTS_FRESH_BN
THIRTY_FIFTH = POSTS_FRESH_BO + POSTS_FRESH_BP
# Rounds after the first two, each held out whole until it is spent.
HELD_ROUNDS = {
    "third": THIRD,
    "fourth": FOURTH,
    "fifth": FIFTH,
    "sixth": SIXTH,
    "seventh": SEVENTH,
    "eighth": EIGHTH,
    "ninth": NINTH,
    "tenth": TENTH,
    "eleventh": ELEVENTH,
    "twelfth": TWELFTH,
    "thirteenth": THIRTEENTH,
    "fourteenth": FOURTEENTH,
    "fifteenth": FIFTEENTH,
    "sixteenth": SIXTEENTH,
    "seventeenth": SEVENTEENTH,
    "eighteenth": EIGHTEENTH,
    "nineteenth": NINETEENTH,
    "twentieth": TWENTIETH,
    "twenty-first": TWENTY_FIRST,
    "twenty-second": TWENTY_SECOND,
    "twenty-third": TWENTY_THIRD,
    "twenty-fourth": TWENTY_FOURTH,
    "twenty-fifth": TWENTY_FIFTH,
    "twenty-sixth": TWENTY_SIXTH,
    "twenty-seventh": TWENTY_SEVENTH,
    "twenty-eighth": TWENTY_EIGHTH,
    "twenty-ninth": TWENTY_NINTH,
    "thirtieth": THIRTIETH,
    "thirty-first": THIRTY_FIRST,
    "thirty-second": THIRTY_SECOND,
    "thirty-third": THIRTY_THIRD,
    "thirty-fourth": THIRTY_FOURTH,
    "thirty-fifth": THIRTY_FIFTH,
}
POSTS = (
    FIRST
    + FRESH
    + THIRD
    + FOURTH
    + FIFTH
    + SIXTH
    + SEVENTH
    + EIGHTH
    + NINTH
    + TENTH
    + ELEVENTH
    + TWELFTH
    + THIRTEENTH
    + FOURTEENTH
    + FIFTEENTH
    + SIXTEENTH
    + SEVENTEENTH
    + EIGHTEENTH
    + NINETEENTH
    + TWENTIETH
    + TWENTY_FIRST
    + TWENTY_SECOND
    + TWENTY_THIRD
    + TWENTY_FOURTH
    + TWENTY_FIFTH
    + TWENTY_SIXTH
    + TWENTY_SEVENTH
    + TWENTY_EIGHTH
    + TWENTY_NINTH
    + THIRTIETH
    + THIRTY_FIRST
    + THIRTY_SECOND
    + THIRTY_THIRD
    + THIRTY_FOURTH
    + THIRTY_FIFTH
)


def halves(slugs, seed, names):
    order = sorted(slugs)
    random.Random(seed).shuffle(order)
    half = len(order) // 2
    return {
        "seed": seed,
        names[0]: sorted(order[:half]),
        names[1]: sorted(order[half:]),
    }


def split():
    path = HERE / "split.json"
    chosen = json.loads(path.read_text()) if path.exists() else {}
    if "dev" not in chosen:
        chosen.update(halves([p["slug"] for p in FIRST], SEED, ("dev", "test")))
    if "fresh" not in chosen:
        chosen["fresh"] = halves(
            [p["slug"] for p in FRESH], FRESH_SEED, ("dev", "holdout")
        )
    for name, posts in HELD_ROUNDS.items():
        if name not in chosen:
            chosen[name] = {"holdout": sorted(p["slug"] for p in posts)}
    path.write_text(json.dumps(chosen, indent=2) + "\n")
    return chosen


def group_of(slug, chosen):
    if slug in chosen["test"]:
        return "test"
    for held in HELD_ROUNDS:
        if slug in chosen.get(held, {}).get("holdout", ()):
            if held in chosen.get("spent", ()):
                return "dev"
            # A sealed round is written but neither measured nor shown until
            # the tuning before it is done: then it is held out.
            return "sealed" if held in chosen.get("sealed", ()) else "holdout"
    if slug in chosen["fresh"]["holdout"] and "fresh" not in chosen.get("spent", ()):
        return "holdout"
    return "dev"


def main():
    slugs = [post["slug"] for post in POSTS]
    if len(set(slugs)) != len(slugs):
        raise SystemExit("two posts share a slug")
    chosen = split()
    for old in HERE.glob("*/*.html"):  # a post that moved group leaves no copy
        old.unlink()
    annotations = {}
    counts = {}
    for post in POSTS:
        group = group_of(post["slug"], chosen)
        counts[group] = counts.get(group, 0) + 1
        name = f"{group}/{post['slug']}.html"
        (HERE / group).mkdir(exist_ok=True)
        (HERE / name).write_text(RENDERERS[post["markup"]](post), encoding="utf-8")
        annotations[name] = {"markup": post["markup"], **post["expected"]}
    (HERE / "annotations.json").write_text(
        json.dumps(annotations, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(
        f"{len(POSTS)} posts: {counts.get('dev', 0)} dev, {counts.get('test', 0)} test,"
        f" {counts.get('holdout', 0)} holdout, {counts.get('sealed', 0)} sealed"
    )


if __name__ == "__main__":
    main()
