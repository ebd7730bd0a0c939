"""The search page in a real browser: axe (WCAG 2.1 A/AA) in bokmål, nynorsk and English with
results, highlighted words, every facet open, active filters and a recommendation, and with
nothing found, on a desktop and a phone; narrowing down, removing a filter and paging by keyboard
alone; the count in a live region. Screenshots go to var/screenshots/search-<locale>-<device>.png
for a person to look at."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations

pytestmark = pytest.mark.browser

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
DEVICES = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
SEARCH_PATHS = {"nb": "/sok/", "nn": "/nn/sok/", "en": "/en/sok/"}
# "kurs" finds every kind of result in site_pages (an offer, a centre, an article, the toolkit and
# its document), with the word marked in their snippets; the filter keeps three kinds of them.
FILTERED = "?q=kurs&type=article&type=centre&type=offer"
NOTHING = "?q=qwxzkj"
# How the live region words the count in each language.
COUNT_WORDS = {"nb": "treff for", "nn": "treff for", "en": "results for"}


@pytest.fixture
def search_pages(site_pages):
    """site_pages with an English site beside the nynorsk one, and an editor's recommendation
    ("Anbefalt") of the centres' section for the query "kurs"."""
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    from articles.models import ArticlePage
    from centres.models import CentreIndexPage
    from offers.models import OfferPage
    from tests.factories import default_home
    from tests.helpers import publish_parents_in, translate_page

    article = ArticlePage.objects.get(locale__language_code="nb", title__startswith="Slik lager dere")
    translate_page(default_home(), "en", title="Learning and coping", intro="The national service.")
    en_article = translate_page(article, "en", title="How to make a coping course together with users")
    publish_parents_in(en_article, "en")
    # site_pages adds the offer's sessions after publishing it; an editor saves them with the page,
    # and publishing again is what brings them into the search entry (its next session).
    OfferPage.objects.get(locale__language_code="nb", title__startswith="Kurs for pårørende").save_revision().publish()
    SearchPromotion.objects.create(
        query=Query.get("kurs"),
        page=CentreIndexPage.objects.get(locale__language_code="nb"),
        sort_order=0,
        description="Finn kurs ved et lærings- og mestringssenter nær deg.",
    )
    return site_pages


def _open_every_facet(page):
    page.evaluate("document.querySelectorAll('details').forEach(details => { details.open = true; })")


def test_search_page_is_accessible_in_every_language_on_desktop_and_phone(page, search_pages):
    """One test for every language and width, so the sites are built once; the screenshots are
    taken as a visitor first sees the page, before every facet is opened for axe."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    found = {}
    for device, viewport in DEVICES.items():
        page.set_viewport_size(viewport)
        for locale, path in SEARCH_PATHS.items():
            response = page.goto(path + FILTERED)
            assert response.status == 200
            assert page.evaluate("document.documentElement.lang") == locale
            # What axe is to check is on the page: highlighted words, chips, a recommendation.
            expect(page.get_by_role("status")).to_contain_text(COUNT_WORDS[locale])
            assert page.locator(".search-result__snippet mark").count() >= 2, locale
            expect(page.locator(".active-filters__remove")).to_have_count(3)
            expect(page.locator(".promotions .search-result__title")).to_have_text("Sentre")
            page.screenshot(path=str(SCREENSHOTS / f"search-{locale}-{device}.png"), full_page=True)
            if device == "phone":
                # On a phone the facets come first, folded except the type (and any ticked group).
                facets, results = page.locator(".search-facets"), page.locator(".search-results")
                assert facets.bounding_box()["y"] < results.bounding_box()["y"]
                assert page.locator(".search-facet[open] > summary").all_inner_texts() == ["Type"]
                scroll_width = page.evaluate("document.documentElement.scrollWidth")
                assert scroll_width <= viewport["width"], f"{path} scrolls sideways ({scroll_width} px)"
            else:
                # On a desktop the facets are a column left of the results, side by side.
                facets, results = page.locator(".search-facets"), page.locator(".search-results")
                assert facets.bounding_box()["x"] + facets.bounding_box()["width"] < results.bounding_box()["x"]
                assert abs(facets.bounding_box()["y"] - results.bounding_box()["y"]) < 2
            _open_every_facet(page)
            violations = axe_violations(page)
            if violations:
                found[f"{path}{FILTERED} at {viewport['width']} px"] = violations

            response = page.goto(path + NOTHING)
            assert response.status == 200
            assert page.evaluate("document.documentElement.lang") == locale
            expect(page.get_by_role("status")).to_contain_text(COUNT_WORDS[locale])
            expect(page.locator(".empty-state__sections a").first).to_be_visible()
            violations = axe_violations(page)
            if violations:
                found[f"{path}{NOTHING} at {viewport['width']} px"] = violations
    assert not found, "axe found WCAG 2.1 A/AA violations:\n" + "\n".join(f"{k}: {v}" for k, v in found.items())


def _tab_to(page, selector, limit=60):
    """Press Tab until the focused element matches `selector`; fail with where focus went."""
    trail = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("selector => document.activeElement.matches(selector)", selector):
            return
        trail.append(page.evaluate("document.activeElement.id || document.activeElement.textContent.trim()"))
    pytest.fail(f"{limit} presses of Tab never reached {selector}; focus went to: {trail}")


def _focus_is_visible(page):
    """The focused element shows it: a solid ring of at least 2 px, or the yellow focus background."""
    return page.evaluate(
        """() => {
            const style = getComputedStyle(document.activeElement);
            const ring = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2
                && style.outlineColor !== "rgba(0, 0, 0, 0)";
            return ring || style.backgroundColor === "rgb(255, 221, 0)";
        }"""
    )


def test_narrow_down_remove_the_filter_and_page_by_keyboard(page, search_pages):
    page.goto("/sok/?q=kurs")
    status = page.get_by_role("status")
    expect(status).to_have_text("5 treff for «kurs»")

    page.focus("#search-page-q")
    _tab_to(page, "#facet-type-article")
    assert _focus_is_visible(page), "the focused checkbox shows no focus"
    page.keyboard.press("Space")
    expect(page.locator("#facet-type-article")).to_be_checked()
    _tab_to(page, ".search-facets__submit")
    expect(page.locator(".search-facets__submit")).to_have_text("Vis treff")
    assert _focus_is_visible(page), "the focused button shows no focus"
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "type=article" in url, wait_until="load")

    expect(status).to_have_text("1 treff for «kurs»")
    chip = page.locator(".active-filters__remove")
    expect(chip).to_have_count(1)
    expect(chip).to_have_accessible_name("Type: Artikkel (fjern filteret)")
    _tab_to(page, ".active-filters__remove")
    assert _focus_is_visible(page), "the focused chip shows no focus"
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "type=" not in url, wait_until="load")
    expect(status).to_have_text("5 treff for «kurs»")
    expect(page.locator(".active-filters__remove")).to_have_count(0)

    # 17 pages mention "mestring": two pages of results, the next one reached by keyboard.
    page.goto("/sok/?q=mestring")
    expect(status).to_have_text("17 treff for «mestring» · side 1 av 2")
    page.focus("#search-page-q")
    _tab_to(page, "nav.pagination a[rel=next]")
    assert _focus_is_visible(page), "the focused page link shows no focus"
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "side=2" in url, wait_until="load")
    expect(status).to_have_text("17 treff for «mestring» · side 2 av 2")
    expect(page.locator("nav.pagination [aria-current=page]")).to_have_text("Side 2")
