from django.utils import translation
from wagtail.models import Locale, Site

from core.visibility import visible_pages
from home.models import HomePage


def site_navigation(request):
    """The current locale's home page and the sections the visitor may see, for the header of
    every page.

    Cached on the request so a page render pays for it once.
    """
    if not hasattr(request, "_site_navigation"):
        request._site_navigation = _build(request)
    return request._site_navigation


def _build(request):
    language = translation.get_language() or "nb"
    site = Site.find_for_request(request)
    home = None
    if site is not None:
        root = site.root_page
        locale = Locale.objects.filter(language_code=language).first()
        if locale is not None:
            homes = HomePage.objects.filter(translation_key=root.translation_key, locale=locale)
            home = visible_pages(request, homes).first()
        home = home or root.specific
    sections = list(visible_pages(request, home.get_children().in_menu())) if home else []
    return {"nav_home": home, "nav_sections": sections}
