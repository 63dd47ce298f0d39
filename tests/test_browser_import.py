"""An editor imports a saved blog post in a real browser: "Import posts" in the
admin menu, upload, read the report with the facts found, open the new draft
and see its fact blocks in the page editor. Screenshots go to tests/screenshots/.
"""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from wagtail_montage.models import VideoFeaturePage

from .test_browser_moderation import (  # noqa: F401 (fixtures)
    SCREENSHOTS,
    feature,
    new_page,
    signed_in,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FIXTURE = (
    Path(__file__).resolve().parent
    / "importers"
    / "fixtures"
    / "wordpress_theme_post.html"
)


def shoot(page, name):
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(
        path=str(SCREENSHOTS / f"import-{name}.png"),
        full_page=True,
        animations="disabled",
    )


def test_an_editor_imports_a_saved_post_as_a_draft(
    new_page,  # noqa: F811 (the fixture imported above)
    feature,  # noqa: F811
    live_server,
):
    admin = signed_in(new_page(), live_server)

    admin.locator("#wagtail-sidebar").get_by_role("link", name="Import posts").click()
    admin.wait_for_url(f"{live_server.url}/admin/montage/import/")
    admin.get_by_label("Files").set_input_files(str(FIXTURE))
    expect(admin.get_by_label("Import under")).to_contain_text("Features")
    shoot(admin, "1-upload")
    admin.get_by_role("button", name="Import").click()

    report = admin.locator(".montage-import-report")
    expect(report.get_by_role("heading", name="Import report")).to_be_visible()
    row = report.locator("tr.montage-import-created")
    expect(row).to_contain_text("Draft")
    expect(row).to_contain_text("wordpress_theme_post.html")
    row.locator("summary").click()
    expect(row).to_contain_text("Location: Wyoming")
    expect(row).to_contain_text(
        "Chart fact: Burning Heart (Survivor; Billboard Hot 100; No. 2)"
    )
    shoot(admin, "2-report")

    page = VideoFeaturePage.objects.get(title="Snow, sweat and synthesizers")
    assert not page.live
    assert page.film_title == "Rocky IV"
    kinds = {child.block_type for child in page.body}
    assert {"track", "album", "chart_fact", "location"} <= kinds

    row.get_by_role("link", name="Edit “Snow, sweat and synthesizers”").click()
    admin.wait_for_url(f"{live_server.url}/admin/pages/{page.pk}/edit/")
    expect(admin.locator("#id_title")).to_have_value("Snow, sweat and synthesizers")
    expect(admin.get_by_text("Wyoming").first).to_be_attached()
    shoot(admin, "3-draft-in-editor")
