"""What the two language reports show, apart from how the admin shows it (languages/views.py).

- **Translation status** ("Oversettelsesstatus"): one row per translation group (a page and its
  translations) below the home pages, with the version in each locale, whether it is live, and
  whether it is older than its source: its `last_published_at` is before the source's. The source
  of a version is the page wagtail-localize's `Translation` says it was translated from; a version
  not made through wagtail-localize counts the bokmål page (else the first of nb, nn, en the group
  has) as its source.
- **Språklova** ("Språkrapport"): live, public content pages (the types with a `search_type`:
  articles, centres, offers, toolkit resources, as the search corpus holds them; home and section
  index pages are left out, the locale tree makes one of each in every language, so they say
  nothing about what editors write)
  and the words a visitor reads on them (title, intro, body), per year of first publication and
  written standard, with each standard's share against the 25 % minimum.

Both read the whole site in a fixed number of queries whatever its size (docs/translation.md).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail_localize.models import Translation

from core import search_content
from editorial import roles
from home.models import HomePage
from search.models import SearchEntry

# Who reads the reports: the people who write and approve the site's text.
REPORT_GROUPS = (roles.EDITORS, roles.COMMUNICATIONS)

# The report's columns, in this order; also the order a group's default source is picked in.
LANGUAGES = ("nb", "nn", "en")
LANGUAGE_NAMES = {"nb": _("Bokmål"), "nn": _("Nynorsk"), "en": _("Engelsk")}

# Språklova § 15: a central state body writes at least 25 % in each written standard.
WRITTEN_STANDARDS = ("nb", "nn")
MINIMUM_SHARE = 25


def may_see_reports(user):
    return user.is_active and (user.is_superuser or user.groups.filter(name__in=REPORT_GROUPS).exists())


# Translation status


@dataclass
class Version:
    """One page of a translation group, in one locale."""

    page_id: int
    language: str
    title: str
    live: bool
    last_published_at: object
    source_language: str | None = None  # None: this version is the group's source
    outdated: bool = False

    @property
    def status(self):
        if self.source_language is None:
            return _("Kilde, publisert") if self.live else _("Kilde, ikke publisert")
        if self.outdated:
            return _("Utdatert")
        return _("Publisert") if self.live else _("Ikke publisert")


@dataclass
class TranslationRow:
    """A page and its translations: what the report lists and exports."""

    title: str
    page_type: str
    source_language: str
    versions: dict[str, Version] = field(default_factory=dict)

    @property
    def source(self):
        return self.versions[self.source_language]

    @property
    def outdated(self):
        return any(version.outdated for version in self.versions.values())

    def cells(self):
        """(language, version or None) in the report's column order."""
        return [(language, self.versions.get(language)) for language in LANGUAGES]

    def status_in(self, language):
        version = self.versions.get(language)
        return version.status if version else _("Mangler")

    # The export's columns (SpreadsheetExportMixin reads attributes).
    @property
    def source_language_name(self):
        return LANGUAGE_NAMES.get(self.source_language, self.source_language)

    @property
    def status_nb(self):
        return self.status_in("nb")

    @property
    def status_nn(self):
        return self.status_in("nn")

    @property
    def status_en(self):
        return self.status_in("en")


def translation_status(pages):
    """The translation groups of `pages` (a Page queryset), as TranslationRows by title.

    Two queries: the pages, and wagtail-localize's translations of them.
    """
    pages = pages.exclude(depth=1).not_type(HomePage).filter(locale__language_code__in=LANGUAGES)
    fields = ("pk", "translation_key", "locale__language_code", "title", "live", "last_published_at", "content_type")
    groups = defaultdict(list)
    content_types = {}
    for pk, key, language, title, live, published, content_type in pages.values_list(*fields):
        groups[key].append(Version(pk, language, title, live, published))
        content_types[pk] = content_type
    # Which locale each translation was made from, by (translation key, target language).
    made_from = {}
    translations = Translation.objects.filter(source__object_id__in=pages.values("translation_key"))
    for key, source, target in translations.values_list(
        "source__object_id", "source__locale__language_code", "target_locale__language_code"
    ):
        made_from[(key, target)] = source
    rows = [_row(key, versions, made_from, content_types) for key, versions in groups.items()]
    rows.sort(key=lambda row: (row.title.casefold(), row.source.page_id))
    return rows


def _row(key, versions, made_from, content_types):
    by_language = {version.language: version for version in versions}
    default_source = next(language for language in LANGUAGES if language in by_language)
    for version in versions:
        source = made_from.get((key, version.language), default_source)
        if source == version.language or source not in by_language:
            source = default_source
        version.source_language = None if version.language == source else source
    for version in versions:
        if version.source_language is not None:
            reference = by_language[version.source_language]
            version.outdated = bool(
                version.last_published_at
                and reference.last_published_at
                and version.last_published_at < reference.last_published_at
            )
    source = by_language[default_source]
    model = ContentType.objects.get_for_id(content_types[source.page_id]).model_class()
    page_type = model._meta.verbose_name if model else ""
    return TranslationRow(source.title, str(page_type).capitalize(), default_source, by_language)


def filter_rows(rows, language="", status=""):
    """The rows the report's filters leave: `status` "utdatert" (a version older than its source)
    or "mangler" (no version), in `language` if given, else in any; `language` alone keeps the rows
    that have a version in it."""
    languages = [language] if language else list(LANGUAGES)
    if status == "utdatert":
        return [row for row in rows if any(row.versions.get(x) and row.versions[x].outdated for x in languages)]
    if status == "mangler":
        return [row for row in rows if any(x not in row.versions for x in languages)]
    if language:
        return [row for row in rows if language in row.versions]
    return rows


# Språklova


@dataclass
class YearRow:
    """One year and written standard: what the report shows and the CSV holds."""

    year: int
    language: str
    pages: int
    words: int
    year_pages: int
    year_words: int

    @property
    def language_name(self):
        return LANGUAGE_NAMES[self.language]

    @property
    def word_share(self):
        return round(100 * self.words / self.year_words, 1) if self.year_words else 0.0

    @property
    def page_share(self):
        return round(100 * self.pages / self.year_pages, 1) if self.year_pages else 0.0

    @property
    def meets_minimum(self):
        return self.word_share >= MINIMUM_SHARE

    @property
    def verdict(self):
        return _("Oppfyller minstekravet") if self.meets_minimum else _("Under minstekravet")

    @property
    def minimum(self):
        return MINIMUM_SHARE


def count_words(text):
    """Runs of text between spaces with a letter or digit in them (core.search_content)."""
    return search_content.count_words(text)


def language_statistics():
    """YearRows for every year a live public content page was first published in, newest first,
    one per written standard. One query, whatever the size of the site.

    The words are counted when the search corpus writes a page's entry (SearchEntry.words, off the
    request path), and the corpus holds exactly the live, public pages of the content types, each
    once in its own language (its `written_in` is blank; stand-ins are copies for other
    languages' searches and are not counted again)."""
    totals = defaultdict(lambda: [0, 0])  # (year, language) -> [pages, words]
    # A live page always has first_published_at when Wagtail published it; one written to the
    # database live (a factory, an old import) is dated by its latest change instead.
    published = Coalesce("page__first_published_at", "page__last_published_at", "page__latest_revision_created_at")
    now = timezone.now()
    entries = (
        SearchEntry.objects.filter(page__isnull=False, written_in="", language__in=WRITTEN_STANDARDS)
        .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now))
        .annotate(published=published)
        .filter(published__isnull=False)
        .values_list("published", "language", "words")
    )
    for published_at, language, words in entries.iterator(chunk_size=2000):
        counts = totals[(timezone.localtime(published_at).year, language)]
        counts[0] += 1
        counts[1] += words
    rows = []
    for year in sorted({year for year, _language in totals}, reverse=True):
        year_pages = sum(totals[(year, language)][0] for language in WRITTEN_STANDARDS)
        year_words = sum(totals[(year, language)][1] for language in WRITTEN_STANDARDS)
        for language in WRITTEN_STANDARDS:
            pages, words = totals[(year, language)]
            rows.append(YearRow(year, language, pages, words, year_pages, year_words))
    return rows
