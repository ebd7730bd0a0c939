"""The sitemap lists what search engines may index: the pages an anonymous visitor may see, in
every language, each with its translations as `hreflang` alternates."""

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core.visibility import Visibility


class PublicSitemap(Sitemap):
    """Wagtail's sitemap with the site's one visibility rule, as seen by a visitor with no login
    and no password: the same for everyone who asks, so a crawler and an editor get one list.

    Wagtail's own lists only the default site's tree, the bokmål one; the nynorsk and English
    trees are its root's translations, so they are listed too. Each URL names its translations
    (the page itself included, as search engines ask) with ``xhtml:link rel="alternate"``.
    """

    def _trees(self):
        root = self.get_wagtail_site().root_page
        roots = Page.objects.filter(translation_key=root.translation_key, depth=root.depth)
        in_trees = Q()
        for path in roots.values_list("path", flat=True):
            in_trees |= Q(path__startswith=path)
        return Visibility().pages(Page.objects.filter(in_trees))

    def items(self):
        return self._trees().order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        alternates = self._alternates()
        for url_info in urls:
            url_info["alternates"] = alternates.get(url_info["location"], [])
        return urls

    def _alternates(self):
        """Location → the alternates of every page with more than one visible version; one query."""
        groups = {}
        # An alias is the same text under another locale's address, no alternate language version.
        pages = (
            self._trees()
            .filter(alias_of__isnull=True)
            .select_related("locale")
            .only("url_path", "path", "depth", "translation_key", "locale")
        )
        for page in pages:
            location = page.get_full_url(self.request)
            if location:
                groups.setdefault(page.translation_key, []).append(
                    (location, {"location": location, "lang_code": page.locale.language_code})
                )
        alternates = {}
        for versions in groups.values():
            if len(versions) > 1:
                for location, _alternate in versions:
                    alternates[location] = [alternate for _location, alternate in versions]
        return alternates
