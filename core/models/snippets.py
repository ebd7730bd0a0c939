from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from core.filters import ChoiceFilter


class Topic(TranslatableMixin, index.Indexed, models.Model):
    """A subject or diagnosis, shared by articles and offers. The nynorsk and English topics are
    translations of the bokmål one (same translation_key), made with wagtail-localize."""

    name = models.CharField(_("navn"), max_length=120)
    slug = models.SlugField(_("kortnavn"), max_length=120, allow_unicode=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]
    # The slug is translated too: it is what the listing's ?tema= says (tema=parorande in nynorsk).
    translatable_fields = [TranslatableField("name"), TranslatableField("slug")]
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
        """The "Tema" filter of a listing whose pages link to topics through `topic_links`: a
        topic of `locale` by its slug, matching the pages linked to it or to any of its
        translations (a stand-in in another language links the topic in its own)."""
        choices = [(topic.slug, topic.name) for topic in cls.objects.filter(locale=locale)]

        def pages_with_topic(queryset, slug):
            links = queryset.model._meta.get_field("topic_links").related_model.objects
            keys = cls.objects.filter(locale=locale, slug=slug).values("translation_key")
            return queryset.filter(pk__in=links.filter(topic__translation_key__in=keys).values("page_id"))

        return ChoiceFilter("tema", _("Tema"), choices, pages_with_topic)


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
