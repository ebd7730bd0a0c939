"""The sitemap lists what search engines may index: the pages an anonymous visitor may see."""

from wagtail.contrib.sitemaps import Sitemap

from core.visibility import Visibility


class PublicSitemap(Sitemap):
    """Wagtail's sitemap with the site's one visibility rule, as seen by a visitor with no login
    and no password: the same for everyone who asks, so a crawler and an editor get one list."""

    def items(self):
        pages = self.get_wagtail_site().root_page.get_descendants(inclusive=True).order_by("path")
        return Visibility().pages(pages).defer_streamfields().specific()
