"""The section index pages' shared shape: one listing of live, public pages, filtered and paginated.

A listing page says which pages it lists (`listing_items`) and by what they can be filtered
(`listing_filters`); the filtering from the query string, the pagination and the context names
(`listing`, `filters`, `any_filter`) are the same for every listing, so templates share them too.
"""

from core.filters import apply_filters
from core.pagination import paginate

from .pages import BasePage


class ListingPage(BasePage):
    """A section of the site that lists pages: articles, centres, offers, the toolkit."""

    # Each section exists once per language's home page.
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def listing_items(self):
        """The live, public pages this listing shows, in order, with what their cards need prefetched."""
        raise NotImplementedError

    def listing_filters(self):
        """The `core.filters.ChoiceFilter`s a visitor can narrow the listing by."""
        return []

    def prepare_listing(self, listing):
        """Annotate the items on the page shown, if they need more than their queryset gives."""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        items, filters, any_filter = apply_filters(request, self.listing_items(), self.listing_filters())
        listing = paginate(request, items)
        self.prepare_listing(listing)
        # A filter with nothing to choose (no topics yet in this language) is left out of the form.
        context.update(listing=listing, filters=[f for f in filters if f["choices"]], any_filter=any_filter)
        return context
