from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

# The same subset the content import keeps: p h2 h3 ul ol li a strong em blockquote.
RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link", "blockquote"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Tekst"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Nivå"),
        choices=[("h2", _("Overskrift 2")), ("h3", _("Overskrift 3"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Overskrift")
        template = "blocks/heading.html"
        preview_value = {"text": "Slik kommer du i gang", "level": "h2"}


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Sitat"))
    attribution = blocks.CharBlock(label=_("Hvem sa det"), required=False, max_length=200)
    role = blocks.CharBlock(label=_("Rolle"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Sitat")
        template = "blocks/quote.html"
        preview_value = {
            "text": "Vi lærte like mye av hverandre som av fagfolkene.",
            "attribution": "Kursdeltaker",
        }

    def clean(self, value):
        value = super().clean(value)
        if value.get("role") and not value.get("attribution"):
            raise StructBlockValidationError(
                block_errors={"attribution": ValidationError(_("En rolle trenger et navn."))}
            )
        return value


class FactBoxBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Tittel"), max_length=200)
    body = blocks.RichTextBlock(label=_("Innhold"), features=["bold", "italic", "ul", "ol", "link"])

    class Meta:
        icon = "info-circle"
        label = _("Faktaboks")
        template = "blocks/fact_box.html"
        preview_value = {
            "title": "Fakta om lærings- og mestringstilbud",
            "body": "<p>Kursene utvikles sammen med brukerrepresentanter.</p>",
        }
