"""What a visitor sees on a phone 360 CSS pixels wide: the course dates table and filtered listings."""

import pytest

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 740}


def _scroll_to(locator):
    """Scroll the window (only) so the element is in the middle of the screen, as a visitor would."""
    locator.evaluate("el => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - innerHeight / 2)")


@pytest.mark.parametrize("width", [360, 640, 900, 1280])
def test_every_column_of_the_course_dates_is_on_screen(page, site_pages, width):
    """Nothing of a session hides to the side of its box, at phone, tablet and desktop widths."""
    page.set_viewport_size({"width": width, "height": 740})
    page.goto(site_pages["offer"])

    sessions = page.locator(".table-wrap")
    deadline = page.locator(".sessions td", has_text="28. april 2031")
    _scroll_to(deadline)

    overflow = sessions.evaluate("el => el.scrollWidth - el.clientWidth")
    assert overflow <= 0, f"the course dates scroll sideways by {overflow} px at {width} px"
    box, frame = deadline.bounding_box(), sessions.bounding_box()
    assert 0 <= box["x"] and box["x"] + box["width"] <= min(width, frame["x"] + frame["width"]) + 1
    assert 0 <= box["y"] and box["y"] + box["height"] <= PHONE["height"]


def test_on_a_phone_each_session_names_its_deadline(page, site_pages):
    page.set_viewport_size(PHONE)
    page.goto(site_pages["offer"])

    deadline = page.locator(".sessions td", has_text="28. april 2031")
    assert deadline.inner_text().split("\n") == ["Påmeldingsfrist", "28. april 2031"]
    # The column headers stay in the table for screen readers, out of sight.
    assert page.locator(".sessions thead").bounding_box()["width"] <= 1
    # The date of each session heads its card.
    first = page.locator(".sessions tbody tr").first
    assert first.locator("th").inner_text() == "6. mai 2031"


def test_on_a_desktop_the_course_dates_are_a_plain_table(page, site_pages):
    page.goto(site_pages["offer"])

    assert page.locator(".sessions thead th").all_inner_texts() == ["Dato", "Tid", "Sted", "Plasser", "Påmeldingsfrist"]
    assert not page.locator(".table-wrap__label").first.is_visible()
    assert page.locator(".sessions td", has_text="28. april 2031").inner_text() == "28. april 2031"


@pytest.mark.parametrize(
    ("listing", "field", "value"),
    [
        ("centre_index", "region", "nord"),
        ("offer_index", "malgruppe", "parorende"),
        ("article_index", "tema", "parorende"),
        ("toolkit_index", "fase", "planlegge"),
    ],
)
def test_after_vis_treff_the_first_result_is_on_screen(page, site_pages, listing, field, value):
    page.set_viewport_size(PHONE)
    page.goto(site_pages[listing])
    page.select_option(f"#filter-{field}", value)

    page.click("form.filters button[type=submit]")
    page.wait_for_url(lambda url: f"{field}={value}" in url)

    first = page.locator(".cards .card").first
    box = first.bounding_box()
    assert 0 <= box["y"] < PHONE["height"], (
        f"the first result starts {box['y']:.0f} px down a {PHONE['height']} px screen"
    )
    count = page.locator(".result-count").bounding_box()
    assert 0 <= count["y"] < box["y"], "the number of results comes first, on screen"
