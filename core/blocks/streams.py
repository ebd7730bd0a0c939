from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .media import CaptionedImageBlock, DocumentBlock, EmbedBlock
from .text import RICH_TEXT_FEATURES, FactBoxBlock, HeadingBlock, QuoteBlock


class BodyStreamBlock(blocks.StreamBlock):
    """The body every page type has: text, headings, quotes, fact boxes and downloads."""

    paragraph = blocks.RichTextBlock(
        label=_("Tekst"), features=RICH_TEXT_FEATURES, icon="pilcrow", template="blocks/paragraph.html"
    )
    heading = HeadingBlock()
    quote = QuoteBlock()
    fact_box = FactBoxBlock()
    document = DocumentBlock()

    class Meta:
        label = _("Innhold")


class ArticleBodyBlock(BodyStreamBlock):
    """Articles also carry images with photo credit and embedded media."""

    image = CaptionedImageBlock()
    embed = EmbedBlock()
