from .documents import CustomDocument
from .images import CustomImage, CustomRendition
from .pages import BasePage, ListingMixin, ReviewDatesMixin, SeoMixin, TopicLink
from .snippets import Person, Topic

__all__ = [
    "BasePage",
    "CustomDocument",
    "CustomImage",
    "CustomRendition",
    "ListingMixin",
    "Person",
    "ReviewDatesMixin",
    "SeoMixin",
    "Topic",
    "TopicLink",
]
