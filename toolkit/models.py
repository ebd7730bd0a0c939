from django.db import models
from django.db.models import Prefetch
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BodyStreamBlock
from core.fields import ChoiceListField
from core.filters import ChoiceFilter, list_contains
from core.models import BasePage, ListingPage, ReviewDatesMixin
from core.search_content import related_rows

from .choices import Audience, MethodPhase, ResourceType


class ToolkitIndexPage(ListingPage):
    """The toolkit (verktøykasse): methods, templates, brochures, concepts and evaluation tools."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["toolkit.ToolkitResourcePage"]
    template = "pages/toolkit_index_page.html"

    class Meta:
        verbose_name = _("verktøykasse")

    def listing_items(self):
        return ToolkitResourcePage.objects.order_by("title", "pk").prefetch_related(
            Prefetch("documents", queryset=ToolkitDocument.objects.select_related("document"))
        )

    def listing_filters(self):
        return [
            ChoiceFilter("type", _("Type ressurs"), ResourceType.choices, "resource_type"),
            ChoiceFilter("fase", _("Fase i Standard metode"), MethodPhase.choices, list_contains("phases")),
        ]


class ToolkitResourcePage(ReviewDatesMixin, BasePage):
    """One resource for people who plan, hold and evaluate learning and coping offers."""

    resource_type = models.CharField(_("type ressurs"), max_length=20, choices=ResourceType.choices)
    phases = ChoiceListField(_("fase i Standard metode"), choices_enum=MethodPhase)
    audiences = ChoiceListField(_("for hvem"), choices_enum=Audience)
    body = StreamField(BodyStreamBlock(), verbose_name=_("innhold"), blank=True)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("resource_type"), FieldPanel("phases"), FieldPanel("audiences")],
            heading=_("Om ressursen"),
        ),
        InlinePanel("documents", label=_("Dokumenter")),
        FieldPanel("body"),
    ]
    settings_panels = BasePage.settings_panels + ReviewDatesMixin.settings_panels
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.FilterField("resource_type"),
        index.RelatedFields("documents", [index.SearchField("document_title"), index.SearchField("document_text")]),
    ]
    translatable_fields = (
        BasePage.translatable_fields
        + ReviewDatesMixin.translatable_fields
        + [
            TranslatableField("body"),
            SynchronizedField("resource_type"),
            SynchronizedField("phases"),
            SynchronizedField("audiences"),
            # Translatable inline model: the file is synchronised, the link text translated.
            TranslatableField("documents"),
        ]
    )

    parent_page_types = ["toolkit.ToolkitIndexPage"]
    subpage_types = []
    template = "pages/toolkit_resource_page.html"

    class Meta:
        verbose_name = _("ressurs i verktøykassen")
        verbose_name_plural = _("ressurser i verktøykassen")

    search_type = "toolkit"

    def search_content(self):
        """The base content, with the resource's type, phases and audiences, and its attached
        documents ahead of those in the body."""
        content = super().search_content()
        with translation.override(self.locale.language_code):
            labels = [self.get_resource_type_display(), *self.phase_labels, *self.audience_labels]
            content.extend(keywords=[str(label) for label in labels])
        body_documents = content.documents
        content.documents = []
        content.extend(
            documents=[link.document for link in related_rows(self, "documents", "document")] + body_documents
        )
        return content

    @classmethod
    def search_prefetches(cls):
        return super().search_prefetches() + [
            Prefetch("documents", queryset=ToolkitDocument.objects.select_related("document")),
        ]

    @property
    def phase_labels(self):
        return self._meta.get_field("phases").labels(self.phases)

    @property
    def audience_labels(self):
        return self._meta.get_field("audiences").labels(self.audiences)


class ToolkitDocument(TranslatableMixin, Orderable):
    """A downloadable file attached to a resource; its text is searchable. Translatable so that the
    link text can be written in each language; every translation links the source's file."""

    page = ParentalKey(ToolkitResourcePage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "core.CustomDocument", verbose_name=_("dokument"), on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(
        _("lenketekst"), max_length=200, blank=True, help_text=_("Standard er dokumentets tittel.")
    )

    panels = [FieldPanel("document"), FieldPanel("title")]
    translatable_fields = [SynchronizedField("document"), TranslatableField("title")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass

    @property
    def display_title(self):
        return self.title or self.document.title

    @property
    def document_title(self):
        return self.display_title

    @property
    def document_text(self):
        return self.document.extracted_text
