"""Switching language in a real browser, and axe (WCAG 2.1 A/AA) on the nynorsk and English
site: the home page, a listing with stand-ins, and an article, at desktop and phone width."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations

pytestmark = pytest.mark.browser


@pytest.fixture
def language_pages(site_pages):
    """site_pages with an English site beside the nynorsk one: the English home page, the article
    section and the article in English, and the rest standing in in Norwegian."""
    from articles.models import ArticlePage
    from tests.factories import default_home
    from tests.helpers import publish_parents_in, translate_page

    article = ArticlePage.objects.get(locale__language_code="nb", title__startswith="Slik lager dere")
    en_home = translate_page(default_home(), "en", title="Learning and coping", intro="The national service.")
    en_article = translate_page(article, "en", title="How to make a coping course together with users")
    publish_parents_in(en_article, "en")
    bokmal_only = ArticlePage.objects.filter(locale__language_code="nb", title__startswith="Nyhet nummer 1 ").get()
    return {
        **site_pages,
        "nn_article_index": en_article.get_parent().get_translation(_locale("nn")).url,
        "en_home": en_home.url,
        "en_article_index": en_article.get_parent().url,
        "en_article": en_article.url,
        "bokmal_only_article": bokmal_only.url,
    }


def _locale(code):
    from wagtail.models import Locale

    return Locale.objects.get(language_code=code)


def test_switch_to_nynorsk_by_keyboard_and_by_click(page, language_pages):
    page.goto(language_pages["article"])

    nynorsk = page.locator(".language-switcher a[lang=nn]")
    nynorsk.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{language_pages['nn_article']}", wait_until="load")

    expect(page.locator("html")).to_have_attribute("lang", "nn")
    expect(page.locator(".skip-link")).to_have_text("Gå til hovudinnhald")
    expect(page.locator(".main-nav")).to_have_attribute("aria-label", "Hovudmeny")
    expect(page.locator(".language-switcher [aria-current]")).to_have_text("Norsk (nynorsk)")

    page.click(".language-switcher a[lang=nb]")
    page.wait_for_url(f"**{language_pages['article']}", wait_until="load")
    expect(page.locator("html")).to_have_attribute("lang", "nb")
    expect(page.locator(".skip-link")).to_have_text("Gå til hovedinnhold")


def test_a_bokmal_only_article_says_so_and_leads_to_the_nynorsk_section(page, language_pages):
    """The note's nynorsk wording waits for B1's strings to be merged into locale/nn."""
    page.goto(language_pages["bokmal_only_article"])

    nynorsk = page.locator(".language-switcher a[lang=nn]")
    expect(nynorsk).to_contain_text("finst berre på bokmål")
    expect(page.locator(".language-switcher a[lang=en]")).to_contain_text("only in Norwegian")
    nynorsk.click()
    page.wait_for_url(f"**{language_pages['nn_article_index']}", wait_until="load")

    expect(page.locator("html")).to_have_attribute("lang", "nn")
    # The nynorsk section lists the bokmål article, marked as bokmål.
    card = page.locator("li.card[lang=nb]", has_text="Nyhet nummer 1 ").first
    expect(card.locator(".card__language")).to_have_text("På bokmål")


NN_AND_EN = ["nn_home", "nn_article_index", "nn_article", "en_home", "en_article_index", "en_article"]


def test_nynorsk_and_english_pages_are_accessible(page, language_pages):
    """One test for all of them, so the English site is built once."""
    found = {}
    for width in (1280, 320):
        page.set_viewport_size({"width": width, "height": 900})
        for name in NN_AND_EN:
            response = page.goto(language_pages[name])
            assert response.status == 200, name
            assert page.evaluate("document.documentElement.lang") == name[:2]
            violations = axe_violations(page)
            if violations:
                found[f"{language_pages[name]} at {width} px"] = violations
            if width == 320:
                scroll_width = page.evaluate("document.documentElement.scrollWidth")
                assert scroll_width <= 320, f"{language_pages[name]} scrolls sideways at 320 px"
    assert not found, "axe found WCAG 2.1 A/AA violations:\n" + "\n".join(f"{k}: {v}" for k, v in found.items())
