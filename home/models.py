from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.models import BasePage


class HomePage(BasePage):
    """The front page of one locale: the lead text, featured articles and the ways in."""

    lead = RichTextField(_("velkomsttekst"), features=["bold", "italic", "link"], blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("lead"),
        InlinePanel("featured_articles", label=_("Utvalgte artikler"), max_num=6),
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
        from articles.models import ArticlePage

        context = super().get_context(request, *args, **kwargs)
        featured = [link.page.localized for link in self.featured_articles.select_related("page")]
        featured = [page.specific for page in featured if page.live]
        if not featured:
            featured = list(
                ArticlePage.objects.live().public().filter(locale=self.locale).order_by("-published_at")[:3]
            )
        context["featured_articles"] = featured
        context["sections"] = self.get_children().live().public().specific()
        return context


class HomePageFeaturedArticle(Orderable):
    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_articles")
    page = models.ForeignKey(
        "articles.ArticlePage", verbose_name=_("artikkel"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("page")]
