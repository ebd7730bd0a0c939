from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from centres.choices import HealthRegion
from centres.models import CentrePage
from core.blocks import BodyStreamBlock
from core.fields import ChoiceListField, WebURLField
from core.filters import ChoiceFilter, list_contains, path_prefix_q
from core.models import BasePage, ListingPage, Topic, TopicLink
from core.search_content import related_rows
from core.visibility import can_see

from .choices import OfferFormat, TargetGroup


class OfferIndexPage(ListingPage):
    """Every offer, across all centres, in this language where it exists (core.languages): find a
    course by place, topic and group."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    template = "pages/offer_index_page.html"

    class Meta:
        verbose_name = _("tilbudsoversikt")

    @cached_property
    def centres(self):
        """Every live centre in every language (an offer listed may be a stand-in in another), in one query; an offer's centre is its parent in the tree."""
        return list(
            CentrePage.objects.live().only("title", "path", "region", "municipality", "live", "expired", "expire_at")
        )

    def listing_items(self):
        return OfferPage.objects.order_by("title", "pk").prefetch_related(
            OfferSession.upcoming_prefetch(),
            Prefetch("topic_links", queryset=OfferTopic.objects.select_related("topic")),
        )

    def listing_filters(self):
        return [
            ChoiceFilter("region", _("Helseregion"), HealthRegion.choices, self._in_region),
            ChoiceFilter("malgruppe", _("Målgruppe"), TargetGroup.choices, list_contains("target_groups")),
            # "Form" alone is Django's and Wagtail's word for a web form ("Skjema").
            ChoiceFilter("form", pgettext_lazy("tilbudsform", "Form"), OfferFormat.choices, "format"),
            Topic.listing_filter(self.locale),
        ]

    def _in_region(self, queryset, region):
        return queryset.filter(path_prefix_q([centre.path for centre in self.centres if centre.region == region]))

    def prepare_listing(self, request, listing):
        # A card names the centre only where the visitor may see the centre's own page.
        centre_by_path = {centre.path: centre for centre in self.centres if can_see(request, centre)}
        for offer in listing:
            offer.centre = centre_by_path.get(offer.path[: -offer.steplen])


class OfferPage(BasePage):
    """A concrete learning and coping offer, held by the centre it lives under."""

    target_groups = ChoiceListField(_("målgrupper"), choices_enum=TargetGroup)
    format = models.CharField(_("form"), max_length=20, choices=OfferFormat.choices, default=OfferFormat.GROUP)
    referral_required = models.BooleanField(_("krever henvisning"), default=False)
    cost = models.CharField(
        _("pris"), max_length=200, blank=True, help_text=_("For eksempel «Gratis» eller «Egenandel 350 kr».")
    )
    signup_url = WebURLField(
        _("påmelding"),
        blank=True,
        help_text=_("Lenke til tilbyderens egen påmelding. Nettstedet samler ikke inn helseopplysninger."),
    )
    signup_text = models.CharField(_("slik melder du deg på"), max_length=300, blank=True)
    co_developed = models.BooleanField(_("utviklet sammen med brukerrepresentanter"), default=False)
    co_development_note = models.TextField(_("hvordan brukerrepresentanter har bidratt"), max_length=1000, blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name=_("om tilbudet"), blank=True)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("target_groups"),
                FieldPanel("format"),
                InlinePanel("topic_links", label=_("Tema eller diagnose")),
            ],
            heading=_("Hvem og hva"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("referral_required"), FieldPanel("cost")]),
                FieldPanel("signup_url"),
                FieldPanel("signup_text"),
            ],
            heading=_("Påmelding"),
        ),
        MultiFieldPanel([FieldPanel("co_developed"), FieldPanel("co_development_note")], heading=_("Standard metode")),
        InlinePanel("sessions", label=_("Kursdager")),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.RelatedFields("topic_links", [index.SearchField("topic_name")]),
        index.FilterField("format"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("body"),
        TranslatableField("cost"),
        TranslatableField("signup_text"),
        TranslatableField("co_development_note"),
        SynchronizedField("target_groups"),
        SynchronizedField("format"),
        SynchronizedField("referral_required"),
        SynchronizedField("signup_url"),
        SynchronizedField("co_developed"),
        SynchronizedField("topic_links"),
        SynchronizedField("sessions"),
    ]

    parent_page_types = ["centres.CentrePage"]
    subpage_types = []
    template = "pages/offer_page.html"

    class Meta:
        verbose_name = _("tilbud")
        verbose_name_plural = _("tilbud")

    search_type = "offer"

    @property
    def target_group_labels(self):
        return self._meta.get_field("target_groups").labels(self.target_groups)

    def search_content(self):
        """The base content, with who it is for and how it is held, where it is held (the centre's
        place and every session's), and the centre's name and owner."""
        content = super().search_content()
        centre = self.search_centre()
        with translation.override(self.locale.language_code):
            content.extend(
                keywords=[str(label) for label in self.target_group_labels] + [self.get_format_display()],
                places=centre.search_places() if centre else [],
            )
        sessions = related_rows(self, "sessions")
        content.extend(
            places=[session.place for session in sessions],
            related=[centre.title, centre.parent_organisation] if centre else [],
        )
        content.add_facet("target_group", self.target_groups or [])
        if centre:
            content.add_facet("region", [centre.region])
            content.details["centre"] = centre.title
        # Every start, so a result can show the next one at the time it is shown.
        content.details["sessions"] = sorted(session.start.isoformat() for session in sessions if session.start)
        return content

    def search_centre(self):
        """The centre this offer lives under, in one query; None for an offer not in the tree."""
        if not self.path or self.depth <= 1:
            return None
        return CentrePage.objects.filter(path=self.path[: -self.steplen]).first()

    @classmethod
    def search_prefetches(cls):
        return super().search_prefetches() + ["sessions"]

    def clean_content(self):
        if self.co_development_note and not self.co_developed:
            raise ValidationError(
                {"co_developed": _("Kryss av her når du beskriver hvordan brukerrepresentanter har bidratt.")}
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        centre = self.get_parent().specific
        context["centre"] = centre if can_see(request, centre) else None
        context["topics"] = [link.topic.localized for link in self.topic_links.select_related("topic")]
        # .all() rather than a query: in preview the sessions exist only in memory.
        context["upcoming_sessions"] = upcoming(self.sessions.all())
        return context


class OfferTopic(TopicLink):
    page = ParentalKey(OfferPage, on_delete=models.CASCADE, related_name="topic_links")


def upcoming(sessions):
    """The sessions that have not started yet, soonest first; a queryset or an offer's in-memory sessions."""
    return sessions.filter(start__gte=timezone.now()).order_by("start")


class OfferSessionQuerySet(models.QuerySet):
    def upcoming(self):
        return upcoming(self)


class OfferSession(Orderable):
    """One run of an offer: a course series or a single meeting."""

    objects = OfferSessionQuerySet.as_manager()

    offer = ParentalKey(OfferPage, on_delete=models.CASCADE, related_name="sessions")
    start = models.DateTimeField(_("starter"))
    end = models.DateTimeField(_("slutter"), null=True, blank=True)
    place = models.CharField(_("sted"), max_length=200, blank=True)
    capacity = models.PositiveIntegerField(_("antall plasser"), null=True, blank=True)
    signup_deadline = models.DateField(_("påmeldingsfrist"), null=True, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldPanel("place"),
        FieldRowPanel([FieldPanel("capacity"), FieldPanel("signup_deadline")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("kursdag")
        verbose_name_plural = _("kursdager")

    @classmethod
    def upcoming_prefetch(cls):
        """Prefetch each offer's upcoming sessions into `offer.upcoming_sessions`, for listings."""
        return Prefetch("sessions", queryset=cls.objects.upcoming(), to_attr="upcoming_sessions")

    def clean(self):
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("Slutt må være etter start.")})
        if self.start and self.signup_deadline and self.signup_deadline > timezone.localdate(self.start):
            raise ValidationError({"signup_deadline": _("Påmeldingsfristen kan ikke være etter at kurset starter.")})
