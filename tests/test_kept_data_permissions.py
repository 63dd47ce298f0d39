"""What is kept between requests (``caching``) and the plugin
API's ETags follow every change of who may read a page: a view restriction
created, edited or deleted (on the page or an ancestor), a restriction's groups,
publishing, unpublishing (of a page, of its parent with descendants, by
scheduled expiry) and what a kept value was built from (a tag renamed).

Feature A shows feature B (they share a person) in its "related" list and its
"More features", and its body links to B. Every read of A is warmed first; after
each change the next read of A must be what A looks like worked out afresh, with
nothing kept, and must list B only while B is live and public."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from taggit.models import Tag
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.models import PageViewRestriction

from wagtail_montage.caching import generation
from wagtail_montage.models import VideoFeatureIndexPage

from .factories import TRACK, make_feature
from .test_api_plugin import detail_url

pytestmark = pytest.mark.django_db

V2 = "/api/v2/pages/{}/"
V3 = "/api/v3/pages/{}/"
B_TITLE = "Hidden Cafferty clip"
MORE = re.compile(r'<aside class="montage-more".*?</aside>', re.S)
JSON_LD = re.compile(r'<script type="application/ld\+json">.*?</script>', re.S)
TAGS = re.compile(r'<ul class="montage-tags">.*?</ul>', re.S)

Restriction = PageViewRestriction


@pytest.fixture
def pages(index_page, site):
    """A (under the features index) and B (under an index of its own), related."""
    other_index = VideoFeatureIndexPage(title="More clips", slug="more-clips")
    site.root_page.add_child(instance=other_index)
    b = make_feature(
        other_index,
        title=B_TITLE,
        body=[("track", {**TRACK, "title": "Hearts on Fire (live)"})],
        segments=[],
    )
    b.tags.add("snow")
    b.save_revision().publish()
    a = make_feature(
        index_page,
        title="Reader's clip",
        body=[
            ("track", TRACK),
            (
                "related_links",
                {"heading": "See also", "links": [{"title": "", "page": b, "url": ""}]},
            ),
        ],
        segments=[],
    )
    a.tags.add("snow")
    a.save_revision().publish()
    return {"a": a, "b": b, "other_index": other_index, "index": index_page}


def fresh(page):
    return type(page).objects.get(pk=page.pk)


def reads(client, a, etag=None):
    """Every read of A: the HTML page's kept parts, the plugin API detail (and its
    answer to ``etag``), API v2 and v3."""
    page = client.get(a.url)
    assert page.status_code == 200
    html = page.content.decode()
    headers = {"If-None-Match": etag} if etag else {}
    api = client.get(detail_url(a), headers=headers)
    v2 = client.get(V2.format(a.pk))
    v3 = client.get(V3.format(a.pk))
    assert v2.status_code == v3.status_code == 200
    return {
        "more": " ".join(MORE.findall(html)),
        "json_ld": JSON_LD.findall(html),
        "tags": TAGS.findall(html),
        "api": api,
        "v2": v2.json(),
        "v3": v3.json(),
    }


def comparable(read):
    return {**read, "api": read["api"].json()}


def worked_out_afresh(client, a):
    with override_settings(
        WAGTAIL_MONTAGE_API_REPRESENTATION_CACHE=None,
        WAGTAIL_MONTAGE_PAGE_FRAGMENT_CACHE=None,
    ):
        return comparable(reads(client, a))


def related_ids(read):
    return [item["id"] for item in read["api"].json()["related"]]


# -- Changes: (setup before the reads are warmed, the change, B shown after) ------


def password_on_b(p):
    Restriction.objects.create(
        page=p["b"], restriction_type=Restriction.PASSWORD, password="swordfish"
    )


def login_on_bs_index(p):
    Restriction.objects.create(
        page=p["other_index"], restriction_type=Restriction.LOGIN
    )


def groups_on_b(p):
    restriction = Restriction.objects.create(
        page=p["b"], restriction_type=Restriction.GROUPS
    )
    restriction.groups.add(Group.objects.create(name="Patrons"))


def restriction_deleted(p):
    Restriction.objects.get(page=p["b"]).delete()


def restriction_on_index_deleted(p):
    for restriction in Restriction.objects.filter(page=p["other_index"]):
        restriction.delete()


def b_unpublished(p):
    fresh(p["b"]).unpublish()


def bs_index_unpublished_with_descendants(p):
    editor = get_user_model().objects.create_superuser("ed", "ed@example.com", "pw")
    UnpublishPageAction(
        fresh(p["other_index"]), user=editor, include_descendants=True
    ).execute()


def b_expiring(p):
    b = fresh(p["b"])
    b.expire_at = timezone.now() + timedelta(hours=1)
    b.save_revision().publish()


def b_expired_by_publish_scheduled(p):
    later = timezone.now() + timedelta(hours=2)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(timezone, "now", lambda: later)
        call_command("publish_scheduled", stdout=None)
    assert not fresh(p["b"]).live


def b_republished(p):
    fresh(p["b"]).save_revision().publish()


def b_moved(p):
    fresh(p["b"]).move(p["index"], pos="last-child")


CHANGES = {
    "password restriction on B": (None, password_on_b, False),
    "login restriction on B's index": (None, login_on_bs_index, False),
    "groups restriction on B": (None, groups_on_b, False),
    "B's restriction deleted": (password_on_b, restriction_deleted, True),
    "restriction on B's index deleted": (
        login_on_bs_index,
        restriction_on_index_deleted,
        True,
    ),
    "B unpublished": (None, b_unpublished, False),
    "B's index unpublished with descendants": (
        None,
        bs_index_unpublished_with_descendants,
        False,
    ),
    "B expired by publish_scheduled": (
        b_expiring,
        b_expired_by_publish_scheduled,
        False,
    ),
    "B published again": (b_unpublished, b_republished, True),
    "B moved to A's index": (None, b_moved, True),
}


@pytest.mark.v3
@pytest.mark.parametrize("change", list(CHANGES), ids=list(CHANGES))
@pytest.mark.parametrize(
    "kept", ["default", None], ids=["kept", "nothing-kept-but-fragments"]
)
def test_the_next_read_shows_the_change(client, pages, change, kept, settings):
    settings.WAGTAIL_MONTAGE_API_REPRESENTATION_CACHE = kept
    setup, make_change, shown_after = CHANGES[change]
    if setup:
        setup(pages)
    a, b = pages["a"], pages["b"]
    warm = reads(client, a)
    assert warm["api"].status_code == 200
    reads(client, a)  # served from what was kept
    if change != "B moved to A's index":
        assert (b.pk in related_ids(warm)) is not shown_after
        assert (B_TITLE in warm["more"]) is not shown_after

    make_change(pages)

    # Without kept representations a move of another page is not in the ETag
    # (no page's dates change): revalidation is for the other changes.
    revalidates = kept or change != "B moved to A's index"
    after = reads(client, a, etag=warm["api"]["ETag"] if revalidates else None)
    assert after["api"].status_code == 200, "a 304 for a stale ETag"
    assert after["api"]["ETag"] != warm["api"]["ETag"] or not revalidates
    assert (b.pk in related_ids(after)) is shown_after
    assert (B_TITLE in after["more"]) is shown_after
    assert comparable(after) == worked_out_afresh(client, a)
    if shown_after:
        b_url = fresh(b).url
        assert f'href="{b_url}"' in after["more"]
        [related] = after["api"].json()["related"]
        assert related["url"].endswith(b_url)


def test_the_same_set_of_public_features_with_other_members_changes_the_etag(
    client, pages, settings
):
    """Without kept representations the detail's ETag rests on the live, public
    features: one becoming private while another becomes public changes it."""
    settings.WAGTAIL_MONTAGE_API_REPRESENTATION_CACHE = None
    a, b = pages["a"], pages["b"]
    c = make_feature(
        pages["index"],
        title="A third Cafferty clip",
        body=[("track", {**TRACK, "title": "Hearts on Fire (demo)"})],
        segments=[],
    )
    Restriction.objects.create(page=c, restriction_type=Restriction.LOGIN)
    fresh(a).save_revision().publish()  # A stays the newest publication
    warm = client.get(detail_url(a))
    assert [item["id"] for item in warm.json()["related"]] == [b.pk]

    Restriction.objects.filter(page=c).delete()
    Restriction.objects.create(page=b, restriction_type=Restriction.LOGIN)

    after = client.get(detail_url(a), headers={"If-None-Match": warm["ETag"]})
    assert after.status_code == 200
    assert [item["id"] for item in after.json()["related"]] == [c.pk]


def test_a_moved_feature_changes_its_own_etag(client, pages, settings):
    settings.WAGTAIL_MONTAGE_API_REPRESENTATION_CACHE = None
    a = pages["a"]
    warm = client.get(detail_url(a))
    fresh(a).move(pages["other_index"], pos="last-child")
    after = client.get(detail_url(a), headers={"If-None-Match": warm["ETag"]})
    assert after.status_code == 200
    assert after.json()["url"] == fresh(a).url != warm.json()["url"]


@pytest.mark.v3
def test_a_renamed_tag_shows_at_once(client, pages):
    a, b = pages["a"], pages["b"]
    warm = reads(client, a)
    assert warm["api"].json()["tags"] == ["snow"]
    assert warm["v2"]["tags"] == warm["v3"]["tags"] == ["snow"]

    tag = Tag.objects.get(name="snow")
    tag.name = "deep snow"
    tag.save()

    after = reads(client, a, etag=warm["api"]["ETag"])
    assert after["api"].status_code == 200
    assert after["api"].json()["tags"] == ["deep snow"]
    [related] = after["api"].json()["related"]
    assert related["id"] == b.pk and related["tags"] == ["deep snow"]
    assert after["v2"]["tags"] == after["v3"]["tags"] == ["deep snow"]
    assert "deep snow" in " ".join(after["tags"])
    assert comparable(after) == worked_out_afresh(client, a)


def shared_generation():
    """The generation as another worker process reads it: through a cache
    object of its own on the same (file-based) store."""
    default = caches["default"]
    other = type(default)(default._dir, {})
    return other.get(generation.GENERATION_KEY)


@pytest.mark.parametrize(
    "change",
    [
        "create",
        "edit",
        "group added",
        "group removed",
        "groups cleared",
        "delete",
    ],
)
def test_every_restriction_change_is_a_new_generation_for_every_process(
    pages, change, django_capture_on_commit_callbacks
):
    patrons = Group.objects.create(name="Patrons")
    restriction = None
    if change != "create":
        restriction = Restriction.objects.create(
            page=pages["b"], restriction_type=Restriction.GROUPS
        )
        restriction.groups.add(patrons)
    generation.generation()
    before = shared_generation()
    assert before is not None
    with django_capture_on_commit_callbacks(execute=True):
        if change == "create":
            Restriction.objects.create(
                page=pages["b"], restriction_type=Restriction.LOGIN
            )
        elif change == "edit":
            restriction.restriction_type = Restriction.LOGIN
            restriction.save()
        elif change == "group added":
            restriction.groups.add(Group.objects.create(name="Friends"))
        elif change == "group removed":
            restriction.groups.remove(patrons)
        elif change == "groups cleared":
            restriction.groups.clear()
        else:
            restriction.delete()
        during = shared_generation()
    assert len({before, during, shared_generation()}) == 3


FEATURES = "/api/montage/features/"


@pytest.mark.parametrize(
    "kept", ["default", None], ids=["kept", "nothing-kept-but-fragments"]
)
def test_the_listing_etag_follows_a_view_restriction(client, pages, kept, settings):
    """The listing's ETag moves when a listed feature becomes private, with or
    without kept representations, so a stale list is never a 304."""
    settings.WAGTAIL_MONTAGE_API_REPRESENTATION_CACHE = kept
    b = pages["b"]
    warm = client.get(FEATURES)
    assert b.pk in [item["id"] for item in warm.json()["items"]]

    password_on_b(pages)

    after = client.get(FEATURES, headers={"If-None-Match": warm["ETag"]})
    assert after.status_code == 200
    assert b.pk not in [item["id"] for item in after.json()["items"]]


def test_the_listing_etag_follows_a_swap_of_public_features(client, pages, settings):
    """Same number of public features and the same newest publication, other
    members: a new ETag even with nothing kept."""
    settings.WAGTAIL_MONTAGE_API_REPRESENTATION_CACHE = None
    a, b = pages["a"], pages["b"]
    c = make_feature(pages["index"], title="A third clip", segments=[])
    Restriction.objects.create(page=c, restriction_type=Restriction.LOGIN)
    fresh(a).save_revision().publish()
    warm = client.get(FEATURES)

    Restriction.objects.filter(page=c).delete()
    Restriction.objects.create(page=b, restriction_type=Restriction.LOGIN)

    after = client.get(FEATURES, headers={"If-None-Match": warm["ETag"]})
    assert after.status_code == 200
    assert sorted(item["id"] for item in after.json()["items"]) == sorted([a.pk, c.pk])


def test_the_listing_etag_follows_a_renamed_tag(client, pages):
    warm = client.get(FEATURES)
    tag = Tag.objects.get(name="snow")
    tag.name = "deep snow"
    tag.save()
    after = client.get(FEATURES, headers={"If-None-Match": warm["ETag"]})
    assert after.status_code == 200
    assert {tuple(item["tags"]) for item in after.json()["items"]} == {("deep snow",)}
