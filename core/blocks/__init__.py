"""Content blocks, from small to large: text blocks, media blocks, then the stream blocks pages use."""

from .media import CaptionedImageBlock, DocumentBlock, EmbedBlock
from .streams import ArticleBodyBlock, BodyStreamBlock
from .text import RICH_TEXT_FEATURES, FactBoxBlock, HeadingBlock, QuoteBlock

__all__ = [
    "RICH_TEXT_FEATURES",
    "ArticleBodyBlock",
    "BodyStreamBlock",
    "CaptionedImageBlock",
    "DocumentBlock",
    "EmbedBlock",
    "FactBoxBlock",
    "HeadingBlock",
    "QuoteBlock",
]
