"""The same facts, written other ways: credits reordered or said in another sentence,
other chart verbs and ways of writing a position, the subject as a title, "it", "the
single" or "the song". The facts found must not change (hypothesis)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from wagtail_montage.importers.extraction import extract_facts
from wagtail_montage.importers.types import ParsedPost

TITLES = ["Run the Tide", "Higher Than the Wire", "Stone to Sky", "(Don't) Look Back"]
PEOPLE = ["Dana Voss", "Milo Penrose", "Ana Brandt", "Colin Reyes", "Ivy Marsh"]
BANDS = ["The Lanterns", "Velvet Arrow", "Nova Rake"]
WORDS = {2: "two", 3: "three", 4: "four", 7: "seven", 11: "eleven", 23: "twenty-three"}
CHARTS = {
    "billboard_hot_100": ["the Billboard Hot 100", "the Hot 100"],
    "uk_singles": ["the UK Singles Chart", "the British singles chart"],
}

INTROS = [
    "The montage is set to “{title}” by {band}.",
    "Over the finale plays “{title}” by {band}.",
    "The song over the chase is “{title}”, performed by {band}.",
    "The training sequence uses “{title}” by {band} as its score.",
]
CREDITS = [
    "The song was written by {names}.",
    "{names} wrote it.",
    "{names} wrote the song.",
    "{first} wrote it with {rest}.",
    "It was penned by {names}.",
    "{names} co-wrote it.",
]
SUBJECTS = ["It", "The single", "The song", "“{title}”", "{band}'s single"]
VERBS = [
    "peaked at {position} on {chart}",
    "went to {position} on {chart}",
    "climbed to {position} on {chart}",
    "reached {position} on {chart}",
    "was a {position} hit on {chart}",
    "got to {position} on {chart}",
    "stalled at {position} on {chart}",
    "settled at {position} on {chart}",
    "charted at {position} on {chart}",
]
POSITIONS = ["No. {n}", "number {n}", "number {word}", "#{n}"]


def listed(names):
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


@st.composite
def posts(draw):
    title = draw(st.sampled_from(TITLES))
    band = draw(st.sampled_from(BANDS))
    names = draw(st.lists(st.sampled_from(PEOPLE), min_size=2, max_size=3, unique=True))
    number = draw(st.sampled_from(sorted(WORDS)))
    chart = draw(st.sampled_from(sorted(CHARTS)))
    fill = {"title": title, "band": band}
    intro = draw(st.sampled_from(INTROS)).format(**fill)
    credit = draw(st.sampled_from(CREDITS)).format(
        names=listed(names), first=names[0], rest=listed(names[1:])
    )
    position = draw(st.sampled_from(POSITIONS)).format(n=number, word=WORDS[number])
    peak = (
        draw(st.sampled_from(SUBJECTS)).format(**fill)
        + " "
        + draw(st.sampled_from(VERBS)).format(
            position=position, chart=draw(st.sampled_from(CHARTS[chart]))
        )
        + "."
    )
    sentences = [intro, *draw(st.permutations([credit, peak]))]
    expected = {
        ("track", title),
        *(("composer", title, name) for name in names),
        ("performer", title, band),
        ("chart_peak", title, number, chart),
    }
    return sentences, expected


def found(sentences):
    post = ParsedPost(
        source="test",
        key="test",
        title="A post",
        body=[("paragraph", f"<p>{sentence}</p>") for sentence in sentences],
    )
    extract_facts(post)
    facts = set()
    for fact in post.facts:
        value = fact["value"]
        if fact["kind"] == "track":
            facts.add(("track", value["title"]))
            facts.update(("composer", value["title"], n) for n in value["composers"])
            facts.update(("performer", value["title"], n) for n in value["performers"])
        elif fact["kind"] == "chart_fact":
            facts.add(
                (
                    "chart_peak",
                    value["subject_title"],
                    value["position"],
                    value["chart"],
                )
            )
        else:
            facts.add((fact["kind"], str(value)))
    return facts


@settings(max_examples=150, deadline=None)
@given(posts())
def test_rewritten_sentences_give_the_same_facts(post):
    sentences, expected = post
    assert found(sentences) == expected, sentences


CERTIFIED = [
    "{subject} was certified {level} by {certifier}.",
    "{certifier} certified it {level}.",
    "{subject} went {level} according to {certifier}.",
    "{subject} earned a {level} certification from {certifier}.",
]
LEVELS = {
    1: ["gold"],
    2: ["double gold", "2x gold", "2&#215; gold", "2× gold"],
    3: ["triple gold", "3x gold"],
}
CERTIFIERS = {"riaa": ["the RIAA"], "bpi": ["the BPI"]}


@st.composite
def certified_posts(draw):
    title = draw(st.sampled_from(TITLES))
    band = draw(st.sampled_from(BANDS))
    times = draw(st.sampled_from(sorted(LEVELS)))
    certifier = draw(st.sampled_from(sorted(CERTIFIERS)))
    intro = draw(st.sampled_from(INTROS)).format(title=title, band=band)
    sentence = draw(st.sampled_from(CERTIFIED)).format(
        subject=draw(st.sampled_from(SUBJECTS)).format(title=title, band=band),
        level=draw(st.sampled_from(LEVELS[times])),
        certifier=draw(st.sampled_from(CERTIFIERS[certifier])),
    )
    return [intro, sentence], (title, "gold", times if times > 1 else None, certifier)


@settings(max_examples=80, deadline=None)
@given(certified_posts())
def test_a_certification_rewritten_is_the_same_fact(post):
    sentences, expected = post
    found = ParsedPost(
        source="test",
        key="test",
        title="A post",
        body=[("paragraph", f"<p>{sentence}</p>") for sentence in sentences],
    )
    extract_facts(found)
    certifications = [
        (v["subject_title"], v["level"], v["multiplier"], v["certifier"])
        for v in (fact["value"] for fact in found.facts if fact["kind"] == "chart_fact")
    ]
    assert certifications == [expected], sentences


FILMED = [
    "The {scene} scenes were filmed in {place}, {region}.",
    "They shot the {scene} scenes in {place}, {region}.",
    "The {scene} scenes were shot on location in {place}, {region}.",
    "Filming of the {scene} scenes took place in {place}, {region}.",
    "The crew spent a week in {place}, {region}. The {scene} scenes were filmed there.",
]
STAND_INS = [
    " {place} stood in for {target}.",
    " {place} doubled for {target}.",
    " {place} played {target}.",
]
PLACES = [("Duluth", "Minnesota"), ("Moab", "Utah"), ("Winnipeg", "Manitoba")]
TARGETS = ["Boston", "Chicago", "the Soviet Union"]


@st.composite
def filmed_posts(draw):
    place, region = draw(st.sampled_from(PLACES))
    target = draw(st.sampled_from(TARGETS))
    text = draw(st.sampled_from(FILMED)).format(
        scene=draw(st.sampled_from(["harbour", "chase", "rink"])),
        place=place,
        region=region,
    )
    stand_in = draw(st.booleans())
    if stand_in:
        text += draw(st.sampled_from(STAND_INS)).format(place=place, target=target)
    return text, (place, target if stand_in else "")


@settings(max_examples=80, deadline=None)
@given(filmed_posts())
def test_a_filming_place_rewritten_is_the_same_fact(post):
    text, expected = post
    found = ParsedPost(
        source="test",
        key="test",
        title="A post",
        body=[("paragraph", f"<p>{text}</p>")],
    )
    extract_facts(found)
    places = [
        (fact["value"]["name"], fact["value"]["stood_in_for"])
        for fact in found.facts
        if fact["kind"] == "location"
    ]
    assert places == [expected], text
