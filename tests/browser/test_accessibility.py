"""Every public page type, in a real browser: WCAG 2.1 A/AA by axe-core, the language of the page,
the skip link by keyboard, and no sideways scrolling at 320 CSS pixels (WCAG 1.4.10 Reflow).
"""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations

pytestmark = pytest.mark.browser

PAGES = [
    # (name in site_pages, expected <html lang>, expected HTTP status)
    ("home", "nb", 200),
    ("article_index", "nb", 200),
    ("article", "nb", 200),
    ("centre_index", "nb", 200),
    ("centre", "nb", 200),
    ("offer_index", "nb", 200),
    ("offer", "nb", 200),
    ("toolkit_index", "nb", 200),
    ("toolkit_resource", "nb", 200),
    ("search", "nb", 200),
    ("not_found", "nb", 404),
    ("nn_home", "nn", 200),
    ("nn_article", "nn", 200),
]


@pytest.mark.parametrize(("name", "lang", "status"), PAGES, ids=[name for name, _lang, _status in PAGES])
def test_page_is_accessible(page, site_pages, name, lang, status):
    response = page.goto(site_pages[name])
    assert response.status == status

    assert page.evaluate("document.documentElement.lang") == lang

    violations = axe_violations(page)
    assert not violations, f"axe found WCAG 2.1 A/AA violations on {site_pages[name]} at 1280 px:\n" + "\n".join(
        violations
    )

    # Keyboard: the first Tab reaches the skip link, and following it puts focus in <main>.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    assert page.evaluate("getComputedStyle(document.activeElement).top") != "-160px", "skip link stays hidden"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"

    # Reflow: nothing wider than a 320 px screen.
    page.set_viewport_size({"width": 320, "height": 800})
    page.reload()
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 320, f"{site_pages[name]} scrolls sideways at 320 px (scrollWidth {scroll_width})"
    violations = axe_violations(page)
    assert not violations, f"axe found WCAG 2.1 A/AA violations on {site_pages[name]} at 320 px:\n" + "\n".join(
        violations
    )


def test_article_images_load_with_alt_text_and_credit(page, site_pages):
    page.goto(site_pages["article"])

    figure = page.locator("figure.figure").first
    image = figure.locator("img")
    assert image.get_attribute("alt") == "Seks kursdeltakere og en kursleder rundt et bord"
    assert image.evaluate("img => img.complete && img.naturalWidth > 0"), "the image did not load"
    assert figure.locator("figcaption").inner_text() == "Fra et kurs på Aker. Foto: Ola Fotograf"
    assert page.locator("figure.figure").nth(1).locator("img").get_attribute("alt") == ""


def test_listing_filters_and_pagination_work_without_javascript(browser, live_server, site_pages):
    context = browser.new_context(java_script_enabled=False, base_url=live_server.url)
    tab = context.new_page()
    try:
        tab.goto(site_pages["centre_index"])
        tab.select_option("#filter-region", "nord")
        tab.click("form.filters button[type=submit]")
        # The click returns once the new address commits; wait for the filtered page to load
        # before reading it, or the cards may not be parsed yet.
        tab.wait_for_url(lambda url: "region=nord" in url, wait_until="load")
        expect(tab.locator(".card__title")).to_have_text(["Frisklivssentralen i Tromsø"])

        tab.goto(site_pages["article_index"])
        tab.click("nav.pagination >> text=Neste")
        tab.wait_for_url(lambda url: "side=2" in url, wait_until="load")
        expect(tab.locator("nav.pagination [aria-current=page]")).to_have_text(re.compile(r"2$"))
    finally:
        context.close()


def test_search_from_the_header(page, site_pages):
    page.goto(site_pages["home"])
    page.fill("#site-search", "mestringskurs")
    page.keyboard.press("Enter")

    page.wait_for_url("**/sok/?q=mestringskurs")
    # The page whose title holds the compound comes first; pages about "mestring" and "kurs"
    # written apart follow it.
    assert page.locator("#treff").inner_text().endswith("treff for «mestringskurs»")
    assert page.locator(".search-result__title").first.inner_text().startswith("Slik lager dere")


def test_language_switcher_reaches_the_nynorsk_page(page, site_pages):
    page.goto(site_pages["article"])
    page.click(".language-switcher a[hreflang=nn]")
    page.wait_for_url("**/nn/**", wait_until="load")

    expect(page.locator("html")).to_have_attribute("lang", "nn")
    expect(page.locator("h1")).to_have_text("Slik lagar de eit meistringskurs saman med brukarane")
