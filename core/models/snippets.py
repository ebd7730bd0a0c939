from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from core.filters import ChoiceFilter


class Topic(TranslatableMixin, index.Indexed, models.Model):
    """A subject or diagnosis, shared by articles and offers; one per locale."""

    name = models.CharField(_("navn"), max_length=120)
    slug = models.SlugField(_("kortnavn"), max_length=120, allow_unicode=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]
    # The admin listing and chooser filter a search by locale and may sort it by any listed column.
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
        index.FilterField("name"),
        index.FilterField("slug"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("tema")
        verbose_name_plural = _("temaer")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_topic_slug_per_locale"),
        ]

    def __str__(self):
        return self.name

    @classmethod
    def listing_filter(cls, locale):
        """The "Tema" filter of a listing whose pages link to topics through `topic_links`."""
        choices = [(topic.slug, topic.name) for topic in cls.objects.filter(locale=locale)]
        return ChoiceFilter("tema", _("Tema"), choices, _pages_with_topic)


def _pages_with_topic(queryset, slug):
    return queryset.filter(topic_links__topic__slug=slug).distinct()


class Person(index.Indexed, models.Model):
    """An author or contributor. Names are the same in every language, so not translated."""

    name = models.CharField(_("navn"), max_length=200, unique=True)
    job_title = models.CharField(_("stilling"), max_length=200, blank=True)
    organisation = models.CharField(_("arbeidssted"), max_length=200, blank=True)

    panels = [FieldPanel("name"), FieldPanel("job_title"), FieldPanel("organisation")]
    # The admin listing may sort a search by any listed column.
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("name"),
        index.FilterField("job_title"),
        index.FilterField("organisation"),
    ]

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("personer")
        ordering = ["name"]

    def __str__(self):
        return self.name
