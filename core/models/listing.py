"""The section index pages' shared shape: one listing of the pages a visitor may see, filtered
and paginated.

A listing page says which pages it lists (`listing_items`) and by what they can be filtered
(`listing_filters`); narrowing to what the visitor may see (`core.visibility`), the filtering
from the query string, the pagination and the context names (`listing`, `filters`,
`any_filter`) are the same for every listing, so templates share them too.
"""

from core.filters import apply_filters
from core.languages import in_language
from core.pagination import paginate

from .pages import BasePage


class ListingPage(BasePage):
    """A section of the site that lists pages: articles, centres, offers, the toolkit."""

    # Each section exists once per language's home page.
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def listing_items(self):
        """The pages this listing shows, in every language, in order, with what their cards need
        prefetched.

        The base narrows them to what the visitor may see (live, not expired, no restriction the
        visitor has not passed) and to one version of each page, in this listing's language where
        there is one (core.languages), so a listing need not and should not filter for either."""
        raise NotImplementedError

    def listing_filters(self):
        """The `core.filters.ChoiceFilter`s a visitor can narrow the listing by."""
        return []

    def prepare_listing(self, request, listing):
        """Annotate the items on the page shown, if they need more than their queryset gives."""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        items = in_language(request, self.listing_items(), self.locale)
        items, filters, any_filter = apply_filters(request, items, self.listing_filters())
        listing = paginate(request, items)
        self.prepare_listing(request, listing)
        # A filter with nothing to choose (no topics yet in this language) is left out of the form.
        context.update(listing=listing, filters=[f for f in filters if f["choices"]], any_filter=any_filter)
        return context
