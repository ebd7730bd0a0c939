from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BodyStreamBlock
from core.fields import WebURLField
from core.filters import ChoiceFilter
from core.models import BasePage, ListingPage
from core.search_content import collapse

from .choices import CentreKind, HealthRegion, ServiceLevel, Weekday


class CentreIndexPage(ListingPage):
    """All learning and coping centres and services, filterable by region, level and kind."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["centres.CentrePage"]
    template = "pages/centre_index_page.html"

    class Meta:
        verbose_name = _("senteroversikt")

    def listing_items(self):
        return CentrePage.objects.order_by("region", "municipality", "title")

    def listing_filters(self):
        return [
            ChoiceFilter("region", _("Helseregion"), HealthRegion.choices, "region"),
            ChoiceFilter("niva", _("Nivå"), ServiceLevel.choices, "level"),
            ChoiceFilter("type", _("Type"), CentreKind.choices, "kind"),
        ]


class CentrePage(BasePage):
    """A learning and coping centre or municipal service. Its offers live below it."""

    kind = models.CharField(_("type"), max_length=40, choices=CentreKind.choices)
    level = models.CharField(_("nivå"), max_length=20, choices=ServiceLevel.choices)
    region = models.CharField(_("helseregion"), max_length=20, choices=HealthRegion.choices, blank=True)
    county = models.CharField(_("fylke"), max_length=100, blank=True)
    municipality = models.CharField(_("kommune"), max_length=100, blank=True)
    parent_organisation = models.CharField(
        _("eier"), max_length=200, blank=True, help_text=_("Helseforetaket eller kommunen senteret hører til.")
    )
    address = models.TextField(_("besøksadresse"), max_length=400, blank=True)
    phone = models.CharField(_("telefon"), max_length=40, blank=True)
    email = models.EmailField(_("e-post"), blank=True)
    website = WebURLField(_("nettside"), blank=True)
    verified_on = models.DateField(
        _("opplysningene bekreftet"),
        null=True,
        blank=True,
        help_text=_("Datoen senteret sist bekreftet at opplysningene stemmer."),
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("om senteret"), blank=True)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("level")]),
                FieldRowPanel([FieldPanel("region"), FieldPanel("county"), FieldPanel("municipality")]),
                FieldPanel("parent_organisation"),
            ],
            heading=_("Hva og hvor"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                FieldPanel("website"),
                FieldPanel("verified_on"),
            ],
            heading=_("Kontakt"),
        ),
        InlinePanel("opening_hours", label=_("Åpningstider")),
        InlinePanel("contact_persons", label=_("Kontaktpersoner")),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("municipality", boost=2),
        index.SearchField("county"),
        index.SearchField("parent_organisation"),
        index.FilterField("kind"),
        index.FilterField("level"),
        index.FilterField("region"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("body"),
        SynchronizedField("kind"),
        SynchronizedField("level"),
        SynchronizedField("region"),
        SynchronizedField("county"),
        SynchronizedField("municipality"),
        TranslatableField("parent_organisation"),
        SynchronizedField("address"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
        SynchronizedField("website"),
        SynchronizedField("verified_on"),
        # Translatable inline models: their times and contact data are synchronised, their notes
        # and roles translated (see their own translatable_fields).
        TranslatableField("opening_hours"),
        TranslatableField("contact_persons"),
    ]

    parent_page_types = ["centres.CentreIndexPage"]
    subpage_types = ["offers.OfferPage"]
    template = "pages/centre_page.html"

    class Meta:
        verbose_name = _("senter")
        verbose_name_plural = _("sentre")

    search_type = "centre"

    def search_content(self):
        """The base content, with the kind and level, where the centre is and who owns it."""
        content = super().search_content()
        with translation.override(self.locale.language_code):
            content.extend(keywords=[self.get_kind_display(), self.get_level_display()], places=self.search_places())
        content.extend(related=[self.parent_organisation])
        content.add_facet("region", [self.region])
        if self.municipality:
            content.details["municipality"] = self.municipality
        return content

    def search_places(self):
        """Municipality, county and health region (its label in the active language), blanks left out.
        An offer's search content has them too."""
        places = [self.municipality, self.county, self.get_region_display() if self.region else ""]
        return [collapse(place) for place in places if collapse(place)]

    def search_dependents(self):
        """The live offers under this centre: their search content has the centre's name and place."""
        return [page for page in self.get_children().live().specific() if getattr(page, "search_type", None) == "offer"]


class OpeningHours(TranslatableMixin, Orderable):
    """One day's opening hours. Translatable so that the note can be written in each language; a
    translation gets the source's days and times whenever wagtail-localize synchronises it."""

    centre = ParentalKey(CentrePage, on_delete=models.CASCADE, related_name="opening_hours")
    weekday = models.PositiveSmallIntegerField(_("dag"), choices=Weekday.choices)
    opens = models.TimeField(_("åpner"), null=True, blank=True)
    closes = models.TimeField(_("stenger"), null=True, blank=True)
    note = models.CharField(_("merknad"), max_length=200, blank=True)

    panels = [FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")]), FieldPanel("note")]
    translatable_fields = [
        SynchronizedField("weekday"),
        SynchronizedField("opens"),
        SynchronizedField("closes"),
        TranslatableField("note"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("åpningstid")
        verbose_name_plural = _("åpningstider")

    def clean(self):
        if bool(self.opens) != bool(self.closes):
            raise ValidationError(_("Oppgi både når senteret åpner og når det stenger, eller ingen av dem."))
        if self.opens and self.closes and self.closes <= self.opens:
            raise ValidationError({"closes": _("Stengetid må være etter åpningstid.")})


class ContactPerson(TranslatableMixin, Orderable):
    """Someone to contact at the centre. Translatable so that the role can be written in each
    language; the name, phone and e-mail are the same in every language."""

    centre = ParentalKey(CentrePage, on_delete=models.CASCADE, related_name="contact_persons")
    name = models.CharField(_("navn"), max_length=200)
    role = models.CharField(_("rolle"), max_length=200, blank=True)
    phone = models.CharField(_("telefon"), max_length=40, blank=True)
    email = models.EmailField(_("e-post"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("role"), FieldRowPanel([FieldPanel("phone"), FieldPanel("email")])]
    translatable_fields = [
        SynchronizedField("name"),
        TranslatableField("role"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("kontaktperson")
        verbose_name_plural = _("kontaktpersoner")
