from .documents import CustomDocument
from .images import CustomImage, CustomRendition
from .listing import ListingPage
from .pages import BasePage, ListingMixin, ReviewDatesMixin, SeoMixin, TopicLink
from .snippets import Person, Topic

__all__ = [
    "BasePage",
    "CustomDocument",
    "CustomImage",
    "CustomRendition",
    "ListingMixin",
    "ListingPage",
    "Person",
    "ReviewDatesMixin",
    "SeoMixin",
    "Topic",
    "TopicLink",
]
