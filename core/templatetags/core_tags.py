from django import template
from django.utils.translation import get_language
from wagtail.models import Page

register = template.Library()


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page):
    """The ancestors of a page below the tree root, home first."""
    if page is None or not isinstance(page, Page):
        return []
    return list(page.get_ancestors().filter(depth__gt=1).only("title", "url_path", "locale"))


@register.simple_tag(takes_context=True)
def translations_of(context, page):
    """Links to this page in the other languages, where a live translation exists."""
    if page is None or not isinstance(page, Page):
        return []
    current = get_language()
    return [
        p for p in page.get_translations(inclusive=False).live().select_related("locale")
        if p.locale.language_code != current
    ]


@register.filter
def querystring_without(query_dict, key):
    """The current query string without one parameter, to build pagination links."""
    params = query_dict.copy()
    params.pop(key, None)
    return params.urlencode()
