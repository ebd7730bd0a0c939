"""The page tree of one language: its home page and the four section index pages.

Bokmål (settings.LANGUAGE_CODE) is the source language. Every other language's home page and
sections are created as translations of the bokmål ones (same `translation_key`), so Wagtail and
wagtail-localize see them as one page in several languages. `ensure_locale_tree` is idempotent: it
only creates what is missing; the content import and `load_demo` build their pages into it.

Titles and slugs are gettext strings (contexts "section title" and "section slug"), translated in
locale/; a language without a translation gets the bokmål ones.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import pgettext_lazy
from wagtail.coreutils import find_available_slug
from wagtail.models import Locale

from articles.models import ArticleIndexPage
from centres.models import CentreIndexPage
from offers.models import OfferIndexPage
from toolkit.models import ToolkitIndexPage

from .models import HomePage

HOME_TITLE = pgettext_lazy("section title", "Læring og mestring")
HOME_INTRO = pgettext_lazy("section intro", "Nasjonal kompetansetjeneste for læring og mestring innen helse.")


@dataclass(frozen=True)
class Section:
    name: str
    model: type
    title: object  # lazy gettext string
    slug: object  # lazy gettext string


SECTIONS = (
    Section(
        "articles",
        ArticleIndexPage,
        pgettext_lazy("section title", "Artikler"),
        pgettext_lazy("section slug", "artikler"),
    ),
    Section(
        "centres",
        CentreIndexPage,
        pgettext_lazy("section title", "Sentre"),
        pgettext_lazy("section slug", "sentre"),
    ),
    Section(
        "offers",
        OfferIndexPage,
        pgettext_lazy("section title", "Kurs og tilbud"),
        pgettext_lazy("section slug", "tilbud"),
    ),
    Section(
        "toolkit",
        ToolkitIndexPage,
        pgettext_lazy("section title", "Verktøykasse"),
        pgettext_lazy("section slug", "verktoykasse"),
    ),
)


@dataclass(frozen=True)
class LocaleTree:
    home: HomePage
    sections: dict  # index page model -> its page in this language

    def section(self, model):
        return self.sections[model]

    @property
    def sections_by_name(self):
        return {section.name: self.sections[section.model] for section in SECTIONS}


def source_home():
    """The bokmål home page the data migration created."""
    home = HomePage.objects.filter(depth=2, locale__language_code=settings.LANGUAGE_CODE).order_by("path").first()
    if home is None:
        raise ImproperlyConfigured("Fant ingen forside på bokmål: kjør `manage.py migrate` først.")
    return home


def ensure_locale_tree(language_code):
    """The home page and section pages of `language_code`, creating (and publishing) any that are missing."""
    locale, _created = Locale.objects.get_or_create(language_code=language_code)
    home = source_home()
    source_sections = {section.model: _ensure_section(section, home, None) for section in SECTIONS}
    if language_code == settings.LANGUAGE_CODE:
        return LocaleTree(home=home, sections=source_sections)

    translated_home = home.get_translation_or_none(locale)
    if translated_home is None:
        translated_home = home.copy_for_translation(locale)
        with translation.override(language_code):
            translated_home.title = str(HOME_TITLE)
            translated_home.intro = str(HOME_INTRO)
        translated_home.save_revision().publish()
    translated_home = translated_home.specific
    if translated_home.intro == home.specific.intro and not translated_home.has_unpublished_changes:
        # A home page copied before its intro was translated still says it in bokmål.
        with translation.override(language_code):
            translated_home.intro = str(HOME_INTRO)
        if translated_home.intro != home.specific.intro:
            translated_home.save_revision().publish()
    sections = {
        section.model: _ensure_section(section, translated_home, source_sections[section.model]) for section in SECTIONS
    }
    return LocaleTree(home=translated_home, sections=sections)


def _ensure_section(section, home, source):
    existing = section.model.objects.child_of(home).first()
    if existing is not None:
        return existing
    with translation.override(home.locale.language_code):
        title, slug = str(section.title), slugify(str(section.slug))
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
