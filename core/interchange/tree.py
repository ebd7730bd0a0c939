"""The page tree of one language: its home page and the four section index pages.

Bokmål is the source language. Every other language's home page and sections are created as
translations of the bokmål ones (same `translation_key`), so Wagtail and wagtail-localize see them
as one page in several languages. `ensure_locale_tree` is idempotent: it only creates what is
missing, and `load_demo` builds its site through it as well.
"""

from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured
from wagtail.coreutils import find_available_slug
from wagtail.models import Locale

from articles.models import ArticleIndexPage
from centres.models import CentreIndexPage
from home.models import HomePage
from offers.models import OfferIndexPage
from toolkit.models import ToolkitIndexPage

from .schema import SOURCE_LANGUAGE

HOME_TITLES = {"nb": "Læring og mestring", "nn": "Læring og meistring", "en": "Learning and coping"}


@dataclass(frozen=True)
class Section:
    name: str
    model: type
    titles: dict  # language code -> (title, slug)


SECTIONS = (
    Section(
        "articles",
        ArticleIndexPage,
        {"nb": ("Artikler", "artikler"), "nn": ("Artiklar", "artiklar"), "en": ("Articles", "articles")},
    ),
    Section(
        "centres",
        CentreIndexPage,
        {"nb": ("Sentre", "sentre"), "nn": ("Senter", "senter"), "en": ("Centres", "centres")},
    ),
    Section(
        "offers",
        OfferIndexPage,
        {
            "nb": ("Kurs og tilbud", "tilbud"),
            "nn": ("Kurs og tilbod", "tilbod"),
            "en": ("Courses and offers", "offers"),
        },
    ),
    Section(
        "toolkit",
        ToolkitIndexPage,
        {
            "nb": ("Verktøykasse", "verktoykasse"),
            "nn": ("Verktøykasse", "verktoykasse"),
            "en": ("Toolkit", "toolkit"),
        },
    ),
)


@dataclass(frozen=True)
class LocaleTree:
    home: HomePage
    articles: ArticleIndexPage
    centres: CentreIndexPage
    offers: OfferIndexPage
    toolkit: ToolkitIndexPage


def source_home():
    """The bokmål home page the data migration created."""
    home = HomePage.objects.filter(depth=2, locale__language_code=SOURCE_LANGUAGE).order_by("path").first()
    if home is None:
        raise ImproperlyConfigured("Fant ingen forside på bokmål: kjør `manage.py migrate` først.")
    return home


def ensure_locale_tree(language_code):
    """The home page and section pages of `language_code`, creating (and publishing) any that are missing."""
    locale, _created = Locale.objects.get_or_create(language_code=language_code)
    home = source_home()
    source_sections = {section.name: _ensure_section(section, home, None) for section in SECTIONS}
    if language_code == SOURCE_LANGUAGE:
        return LocaleTree(home=home, **source_sections)

    translated_home = home.get_translation_or_none(locale)
    if translated_home is None:
        translated_home = home.copy_for_translation(locale)
        translated_home.title = HOME_TITLES.get(language_code, home.title)
        translated_home.save_revision().publish()
    translated_home = translated_home.specific
    sections = {
        section.name: _ensure_section(section, translated_home, source_sections[section.name]) for section in SECTIONS
    }
    return LocaleTree(home=translated_home, **sections)


def _ensure_section(section, home, source):
    existing = section.model.objects.child_of(home).first()
    if existing is not None:
        return existing
    language = home.locale.language_code
    title, slug = section.titles.get(language, section.titles[SOURCE_LANGUAGE])
    if source is not None:
        # Created under the translated home, with the bokmål page's translation_key.
        page = source.copy_for_translation(home.locale)
    else:
        page = section.model(title=title, slug=find_available_slug(home, slug), show_in_menus=True, live=False)
        home.add_child(instance=page)
    page.title = title
    page.slug = find_available_slug(home, slug, ignore_page_id=page.pk)
    page.save_revision().publish()
    return section.model.objects.get(pk=page.pk)
