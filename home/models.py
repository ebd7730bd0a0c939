from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail_localize.fields import SynchronizedField, TranslatableField

from articles.models import ArticlePage
from core.languages import in_language
from core.models import BasePage
from core.visibility import localized_choice, visible_pages


class HomePage(BasePage):
    """The front page of one locale: the lead text, featured articles and the ways in."""

    lead = RichTextField(_("velkomsttekst"), features=["bold", "italic", "link"], blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("lead"),
        InlinePanel(
            "featured_articles",
            label=_("Utvalgte artikler"),
            help_text=_(
                "«Aktuelt» på forsiden viser alltid de tre nyeste publiserte artiklene. Artiklene du velger her, "
                "vises i tillegg, også om de er eldre. Alle vises etter publiseringsdato, med den nyeste først."
            ),
            max_num=6,
        ),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("lead"),
        SynchronizedField("featured_articles"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "articles.ArticleIndexPage",
        "centres.CentreIndexPage",
        "offers.OfferIndexPage",
        "toolkit.ToolkitIndexPage",
    ]
    template = "pages/home_page.html"

    class Meta:
        verbose_name = _("forside")
        verbose_name_plural = _("forsider")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured_articles"] = self.featured_or_latest_articles(request)
        context["sections"] = visible_pages(request, self.get_children().specific())
        return context

    def featured_or_latest_articles(self, request, latest=3):
        """What "Aktuelt" shows: the `latest` newest articles and the chosen ones the visitor may
        see, newest first.

        Choosing an article keeps it on the page however old it is, but never pushes a newer one
        out or ahead of it: a visitor reads "Aktuelt" as the news, newest at the top. A fixed
        number of queries however many articles there are.
        """
        articles = ArticlePage.objects.for_listing().select_related("locale")
        # One version of each article, a stand-in where it is not written in this language.
        newest = list(in_language(request, articles, self.locale)[:latest])
        # .all() rather than a query: in preview the chosen links exist only in memory.
        chosen_ids = [link.page_id for link in self.featured_articles.all()]
        # Each chosen article in this page's language where the visitor may see a translation.
        chosen = localized_choice(request, articles, chosen_ids, self.locale)
        shown = {page.pk: page for page in [*newest, *chosen]}
        return sorted(shown.values(), key=lambda page: (page.published_at, page.pk), reverse=True)


class HomePageFeaturedArticle(Orderable):
    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_articles")
    page = models.ForeignKey(
        "articles.ArticlePage", verbose_name=_("artikkel"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("page")]
