import datetime

from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale, Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import ArticleBodyBlock
from core.models import BasePage, CustomImage, ListingPage, ReviewDatesMixin, Topic, TopicLink
from core.search_content import related_rows
from core.visibility import localized_choice

LISTING_RENDITION = "fill-480x270"


class ArticleIndexPage(ListingPage):
    """News and professional articles, newest first, filterable by topic."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["articles.ArticlePage"]
    template = "pages/article_index_page.html"

    class Meta:
        verbose_name = _("artikkeloversikt")

    def listing_items(self):
        return ArticlePage.objects.for_listing()

    def listing_filters(self):
        return [Topic.listing_filter(self.locale)]


class ArticlePageQuerySet(PageQuerySet):
    def for_listing(self):
        """Newest first, with what an article card shows prefetched: a fixed number of queries."""
        return self.order_by("-published_at", "-pk").prefetch_related(
            Prefetch("listing_image", queryset=CustomImage.objects.prefetch_renditions(LISTING_RENDITION)),
            Prefetch("topic_links", queryset=ArticleTopic.objects.select_related("topic")),
        )


class ArticlePage(ReviewDatesMixin, BasePage):
    """A news or professional article with byline, dates and downloadable material."""

    published_at = models.DateField(_("publisert"), default=datetime.date.today)
    updated_at = models.DateField(_("sist oppdatert"), null=True, blank=True)
    body = StreamField(ArticleBodyBlock(), verbose_name=_("brødtekst"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("body"),
        MultiFieldPanel(
            [InlinePanel("authors", label=_("Forfatter")), FieldPanel("published_at"), FieldPanel("updated_at")],
            heading=_("Byline og datoer"),
        ),
        InlinePanel("topic_links", label=_("Tema")),
        InlinePanel("related_pages", label=_("Relaterte sider")),
    ]
    settings_panels = BasePage.settings_panels + ReviewDatesMixin.settings_panels
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.FilterField("published_at"),
        index.RelatedFields("authors", [index.SearchField("person_name")]),
        index.RelatedFields("topic_links", [index.SearchField("topic_name")]),
    ]
    translatable_fields = (
        BasePage.translatable_fields
        + ReviewDatesMixin.translatable_fields
        + [
            TranslatableField("body"),
            SynchronizedField("published_at"),
            SynchronizedField("updated_at"),
            SynchronizedField("authors"),
            SynchronizedField("topic_links"),
            SynchronizedField("related_pages"),
        ]
    )

    parent_page_types = ["articles.ArticleIndexPage"]
    subpage_types = []
    template = "pages/article_page.html"

    objects = PageManager.from_queryset(ArticlePageQuerySet)()
    search_type = "article"

    class Meta:
        verbose_name = _("artikkel")
        verbose_name_plural = _("artikler")

    def search_content(self):
        """The base content, with the authors' names among the keywords."""
        content = super().search_content()
        content.extend(keywords=[link.person.name for link in related_rows(self, "authors", "person")])
        return content

    @classmethod
    def search_prefetches(cls):
        return super().search_prefetches() + [
            Prefetch("authors", queryset=ArticleAuthor.objects.select_related("person")),
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["authors"] = [link.person for link in self.authors.select_related("person")]
        context["topics"] = [link.topic.localized for link in self.topic_links.select_related("topic")]
        context["related_pages"] = self.related_pages_for(request)
        return context

    def related_pages_for(self, request):
        """ "Les også": the chosen pages the visitor may see, each in the language being read where
        it has such a translation, in the order chosen; a fixed number of queries."""
        # .all() rather than a query: in preview the chosen links exist only in memory.
        chosen_ids = [link.page_id for link in self.related_pages.all()]
        return localized_choice(request, Page.objects.specific(), chosen_ids, Locale.get_active())


class ArticleAuthor(Orderable):
    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="authors")
    person = models.ForeignKey("core.Person", verbose_name=_("person"), on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("person")]

    @property
    def person_name(self):
        return self.person.name


class ArticleTopic(TopicLink):
    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="topic_links")


class ArticleRelatedPage(Orderable):
    source = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="related_pages")
    page = models.ForeignKey("wagtailcore.Page", verbose_name=_("side"), on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("page")]
