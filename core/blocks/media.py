from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock as WagtailEmbedBlock
from wagtail.images.blocks import ImageChooserBlock


class CaptionedImageBlock(blocks.StructBlock):
    """An image with caption; the photo credit and alt text come from the image itself."""

    image = ImageChooserBlock(label=_("Bilde"))
    caption = blocks.CharBlock(label=_("Bildetekst"), required=False, max_length=300)
    decorative = blocks.BooleanBlock(label=_("Dekorativt bilde (ingen alternativ tekst)"), required=False)

    class Meta:
        icon = "image"
        label = _("Bilde")
        template = "blocks/image.html"

    def clean(self, value):
        value = super().clean(value)
        image = value.get("image")
        if image and not value.get("decorative") and not (image.description or "").strip():
            raise StructBlockValidationError(
                block_errors={
                    "image": ValidationError(
                        _("Bildet mangler alternativ tekst. Legg den inn på bildet, eller merk det som dekorativt.")
                    )
                }
            )
        return value


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Dokument"))
    title = blocks.CharBlock(
        label=_("Lenketekst"), required=False, max_length=200, help_text=_("Standard er dokumentets tittel.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Dokument til nedlasting")
        template = "blocks/document.html"


class EmbedBlock(blocks.StructBlock):
    embed = WagtailEmbedBlock(label=_("Adresse til video eller innhold"))
    title = blocks.CharBlock(label=_("Tittel"), max_length=200, help_text=_("Beskriver innholdet for skjermlesere."))
    caption = blocks.CharBlock(label=_("Beskrivelse"), required=False, max_length=300)

    class Meta:
        icon = "media"
        label = _("Innebygd innhold")
        template = "blocks/embed.html"
