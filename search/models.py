"""The public search corpus, its vocabulary, and the synonyms editors keep.

`SearchEntry` holds one row per live, public page of a searchable type and per findable document,
for each language it is searched in: what the engines index and what search results show. A page
is searched in its own language and, as a stand-in, in the languages its translation group has no
findable version in (core.languages.FALLBACKS). Only what a visitor may see is ever written here
(search/corpus.py decides), so no query can find a draft or a private page.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from core.search_content import count_words

from . import analysis

RESULT_TYPES = ("article", "centre", "offer", "toolkit", "document")


class AnalysedTitle(index.SearchField):
    """Indexes the entry's analysed title and labels as the database backend's title column."""

    def get_value(self, obj):
        return obj.title_terms


class AnalysedBody(index.SearchField):
    def get_value(self, obj):
        return obj.terms


class SearchEntry(index.Indexed, models.Model):
    key = models.CharField(max_length=64, unique=True)
    result_type = models.CharField(max_length=20, db_index=True)
    # The language whose search finds the entry (the index it lives in on a search server)...
    language = models.CharField(max_length=8, db_index=True)
    # ...and the language its text is written in, and analysed in: another one for a stand-in
    # (a bokmål page in the nynorsk search). Blank means the same as `language`.
    written_in = models.CharField(max_length=8, blank=True)
    page = models.ForeignKey("wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    document = models.ForeignKey(
        "core.CustomDocument", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(max_length=400)
    url = models.CharField(max_length=1000)
    slug = models.CharField(max_length=400)
    intro = models.TextField(blank=True)
    keywords = models.TextField(blank=True)
    places = models.TextField(blank=True)
    related = models.TextField(blank=True)
    body = models.TextField(blank=True)
    document_text = models.TextField(blank=True)
    # What search/analysis.py made of the text: the database engine matches these.
    title_terms = models.TextField(blank=True)
    terms = models.TextField(blank=True)
    # The documents a page entry carries: a document on a live public page is findable on its own.
    carried_documents = models.ManyToManyField("core.CustomDocument", blank=True, related_name="+")
    expire_at = models.DateTimeField(null=True, blank=True)
    # How many words a visitor reads on the page (title, intro, body), counted when the entry is
    # written, so the language report (languages/reports.py) never reads the pages' bodies.
    words = models.PositiveIntegerField(default=0)
    # What a result shows beside its snippet, as written when the entry is (search/details.py):
    # an offer's centre and session starts, a centre's municipality, a document's format and size.
    details = models.JSONField(default=dict, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    # Indexed by search/corpus.py into the database backend; never by Wagtail's signal handlers.
    search_auto_update = False
    search_fields = [
        AnalysedTitle("title"),
        AnalysedBody("terms"),
        index.FilterField("language"),
        index.FilterField("result_type"),
    ]

    class Meta:
        verbose_name = _("søkeoppføring")
        verbose_name_plural = _("søkeoppføringer")

    def __str__(self):
        return f"{self.result_type} {self.language}: {self.title}"

    @classmethod
    def get_indexed_objects(cls):
        # Wagtail's update_index leaves these to search's own rebuild (search/corpus.py).
        return cls.objects.none()

    def text_parts(self):
        """The entry's text by field, in the order of their weight."""
        return {
            "title": self.title,
            "keywords": self.keywords,
            "places": self.places,
            "related": self.related,
            "intro": self.intro,
            "body": self.body,
            "document_text": self.document_text,
        }

    @property
    def text_language(self) -> str:
        return self.written_in or self.language

    @property
    def is_stand_in(self) -> bool:
        return self.text_language != self.language

    def analyse(self):
        """Fill the analysed fields from the text fields, in the language they are written in."""
        language = self.text_language
        self.words = count_words(self.title) + count_words(self.intro) + count_words(self.body)
        self.surface = {}
        self.title_terms = analysis.analyse(f"{self.title}\n{self.keywords}", language, self.surface)
        self.terms = analysis.analyse(
            "\n".join([self.places, self.related, self.intro, self.body, self.document_text]), language, self.surface
        )


class SearchFacet(models.Model):
    """One value an entry can be narrowed down by: its topics (by translation key, the same in every
    language), health regions and target groups. The type is the entry's own `result_type`."""

    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="facet_values")
    name = models.CharField(max_length=20)
    value = models.CharField(max_length=100)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["entry", "name", "value"], name="search_facet_unique")]
        indexes = [models.Index(fields=["name", "value"], name="search_facet_lookup")]

    def __str__(self):
        return f"{self.name}={self.value}"


class SearchTerm(models.Model):
    """One term of the corpus in a language, with a word it was written as: what typo correction
    chooses from."""

    language = models.CharField(max_length=8)
    term = models.CharField(max_length=100)
    word = models.CharField(max_length=100)
    entries = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["language", "term"], name="search_term_unique_per_language")]
        indexes = [models.Index(fields=["language", "term"], name="search_term_lookup")]

    def __str__(self):
        return self.term


class Synonym(models.Model):
    """Words and abbreviations that mean the same, in one language: a search for one finds all."""

    class Language(models.TextChoices):
        NB = "nb", _("Bokmål")
        NN = "nn", _("Nynorsk")
        EN = "en", _("Engelsk")

    language = models.CharField(_("språk"), max_length=8, choices=Language.choices, default=Language.NB)
    terms = models.TextField(
        _("ord som betyr det samme"),
        help_text=_(
            "Skriv ordene eller forkortelsene med komma mellom, for eksempel «FLS, frisklivssentral». "
            "Et søk på ett av dem finner sider med hvert av dem."
        ),
    )
    note = models.CharField(_("merknad"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("synonym")
        verbose_name_plural = _("synonymer og forkortelser")
        ordering = ["language", "terms"]

    def __str__(self):
        return self.terms

    def expressions(self):
        """The group's expressions, each as its folded words."""
        found = []
        for part in self.terms.split(","):
            folded = tuple(analysis.words(part))
            if folded and folded not in found:
                found.append(folded)
        return found

    def clean(self):
        if len(self.expressions()) < 2:
            raise ValidationError(
                {
                    "terms": _(
                        "Skriv minst to ord eller forkortelser med komma mellom, for eksempel «FLS, frisklivssentral»."
                    )
                }
            )


class LoggedQuery(models.Model):
    """What visitors searched for, counted per day, language and query: no IP address, no cookie,
    no time of day, nothing that tells one visitor from another. `results` is what the query found
    the last time it was searched that day; `clicks` counts the results followed from it.
    Rows older than SEARCH_LOG_MAX_AGE_DAYS are deleted by `manage.py prune_search_log`."""

    day = models.DateField(_("dag"), db_index=True)
    language = models.CharField(_("språk"), max_length=8)
    query = models.CharField(_("søk"), max_length=200)
    searches = models.PositiveIntegerField(_("søk"), default=0)
    results = models.PositiveIntegerField(_("treff"), default=0)
    clicks = models.PositiveIntegerField(_("klikk"), default=0)

    class Meta:
        verbose_name = _("logget søk")
        verbose_name_plural = _("loggede søk")
        constraints = [
            models.UniqueConstraint(fields=["day", "language", "query"], name="search_logged_query_unique_per_day")
        ]
        # The reports read a query's days in order (its latest result count).
        indexes = [models.Index(fields=["language", "query", "day"], name="search_logged_query_by_query")]

    def __str__(self):
        return f"{self.day} {self.language}: {self.query}"
