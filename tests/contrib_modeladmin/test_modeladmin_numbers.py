"""The modeladmin queue reads ids and filters from the address: values its
columns cannot hold are a 404 or an unfiltered listing, never a 500."""

import pytest

from tests.comment_helpers import make_comment

LISTING = "/admin/wagtail_montage/comments/"
NOT_IDS = ["True", "²", "1.5", "9" * 25, "\x00"]


@pytest.mark.parametrize("view", ["inspect", "edit", "delete", "history"])
def test_an_id_that_is_not_a_number_is_not_found(admin_client, feature, view):
    comment = make_comment(feature)
    for value in NOT_IDS:
        assert admin_client.get(f"{LISTING}{view}/{value}/").status_code == 404, value
    assert admin_client.get(f"{LISTING}{view}/{comment.pk}/").status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        *({"page__id__exact": value} for value in ["True", "²", "1.5", "\x00"]),
        {"created_at__gte": "²"},
        {"created_at__lt": "9" * 5000},
    ],
)
def test_filters_a_column_cannot_hold_show_every_comment(
    admin_client, without_nul_guard, feature, query
):
    make_comment(feature)
    response = admin_client.get(LISTING, query, follow=True)
    assert response.status_code == 200
    assert response.redirect_chain == [(LISTING, 302)]
    assert [str(m) for m in response.context["messages"]] == [
        "Those filters are not valid: showing every comment."
    ]
