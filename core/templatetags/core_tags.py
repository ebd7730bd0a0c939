from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page

from core.html import HtmlRewriter, start_tag_html
from core.languages import closest_in, home_url, stand_in, written_only_in
from core.visibility import visible_pages

register = template.Library()


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page):
    """The ancestors of a page below the tree root that the visitor may see, home first.

    A visitor on a page has passed the restrictions above it, but a parent can still be a draft
    (Wagtail serves the children of an unpublished page): its title and link are left out."""
    if page is None or not isinstance(page, Page):
        return []
    ancestors = page.get_ancestors().filter(depth__gt=1).only("title", "url_path", "locale", "path", "depth")
    return list(visible_pages(context.get("request"), ancestors))


@register.simple_tag(takes_context=True)
def translations_of(context, page):
    """This page in the other languages, where a translation the visitor may see exists."""
    if page is None or not isinstance(page, Page):
        return []
    current = get_language()
    translations = _real_translations(page)
    return [p for p in visible_pages(context.get("request"), translations) if p.locale.language_code != current]


@register.simple_tag(takes_context=True)
def language_versions(context, page=None):
    """What the language switcher links to: one entry per language of settings.LANGUAGES, in
    that order, each ``{code, name, url, current, translated, note}``.

    A page links to its translations the visitor may see (``translated``). Where it has none in a
    language, the link leads to the closest useful place (`core.languages.closest_in`: the
    nearest ancestor's translation, else that language's home page) and ``note`` says, in that
    language, which languages the page is written in. A plain view (search) links to the same
    view and query in each language; anything else (a 404) to each language's home page.
    Only ``translated`` entries are alternates (``hreflang``).
    """
    request = context.get("request")
    current = get_language()
    if isinstance(page, Page):
        return _page_versions(request, page, current)
    match = getattr(request, "resolver_match", None) if request is not None else None
    if match is not None and match.url_name and match.url_name != "wagtail_serve":
        path = request.get_full_path()
        return [_version(code, translate_url(path, code), current, translated=True) for code in _codes()]
    home = context.get("nav_home")
    if isinstance(home, Page):
        return [dict(v, translated=False, note="") for v in _page_versions(request, home, current)]
    return [_version(code, home_url(code), current) for code in _codes()]


def _real_translations(page):
    """The page's translations, without aliases: an alias (wagtail-localize's tree sync) is the
    page's own text under another locale's address, no version in that language."""
    return page.get_translations(inclusive=False).filter(alias_of__isnull=True).select_related("locale")


def _page_versions(request, page, current):
    written_in = {current: page}
    written_in.update({p.locale.language_code: p for p in visible_pages(request, _real_translations(page))})
    missing = [code for code in _codes() if code not in written_in]
    elsewhere = closest_in(request, page, missing)
    versions = []
    for code in _codes():
        if code in written_in:
            versions.append(_version(code, written_in[code].get_url(request), current, translated=True))
        else:
            place = elsewhere.get(code)
            url = place.get_url(request) if place is not None else home_url(code)
            versions.append(_version(code, url, current, note=written_only_in(code, list(written_in))))
    return versions


def _codes():
    return [code for code, _name in settings.LANGUAGES]


def _version(code, url, current, translated=False, note=""):
    return {
        "code": code,
        "name": language_name(code),
        "url": url,
        "current": code == current,
        "translated": translated,
        "note": note,
    }


@register.simple_tag(name="stand_in", takes_context=True)
def stand_in_tag(context, page):
    """``{code, label}`` when a listed page stands in for one not written in the reader's
    language (core.languages), for the card's ``lang`` and visible label; else None."""
    if not isinstance(page, Page):
        return None
    return stand_in(page, get_language(), context.get("request"))


@register.simple_tag
def language_name(code):
    """The language named in itself ("Norsk (nynorsk)", "English"), from Django's language data,
    so a reader finds their own language whatever page they are on."""
    try:
        return capfirst(get_language_info(code)["name_local"])
    except KeyError:  # a code Django does not know
        return code


@register.filter
def querystring_without(query_dict, key):
    """The current query string without one parameter, to build pagination links."""
    params = query_dict.copy()
    params.pop(key, None)
    return params.urlencode()


@register.simple_tag
def elided_pages(page_obj):
    """Page numbers for a pagination bar: the ends and the neighbours of the current page, with gaps."""
    return list(page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=1, on_ends=1))


@register.filter
def is_gap(value):
    """True for the ellipsis `elided_pages` puts between page numbers."""
    return not isinstance(value, int)


@register.filter
def in_section(page, section):
    """True when `page` is `section` or lies below it, to mark the current menu item."""
    return isinstance(page, Page) and isinstance(section, Page) and page.path.startswith(section.path)


@register.filter
def page_type_label(page):
    """What kind of page this is ("Artikkel", "Senter"), from the model's verbose name."""
    model = page.specific_class if isinstance(page, Page) else None
    return capfirst(model._meta.verbose_name) if model else ""


# Until ACCESSIBILITY_STATEMENT_URL names our statement, the footer links to where it will appear.
UUSTATUS_PUBLISHED_STATEMENTS_URL = "https://uustatus.no/nb/erklaringer/publisert/"


@register.simple_tag
def accessibility_statement():
    """Where the footer's accessibility statement (tilgjengelighetserklæring) link goes.

    ``{url, published}``: our statement on uustatus.no when settings name it, else uustatus.no's
    list of published statements, where ours will be (``published`` is then False).
    """
    url = settings.ACCESSIBILITY_STATEMENT_URL
    return {"url": url or UUSTATUS_PUBLISHED_STATEMENTS_URL, "published": bool(url)}


@register.filter
def with_iframe_title(html, title):
    """Give an embed's iframe the editor's title, since oEmbed providers often leave it out.

    The first iframe with no title (or an empty one) gets it; the rest of the HTML is left as it is.
    """
    if not html:
        return ""
    return mark_safe(_IframeTitle(title).rewrite(str(html)))


class _IframeTitle(HtmlRewriter):
    def __init__(self, title):
        super().__init__()
        self._title = title
        self._given = False

    def start_tag(self, tag, attrs, source):
        if tag != "iframe" or self._given:
            return source
        titles = [value for name, value in attrs if name == "title"]
        if titles and (titles[0] or "").strip():
            return source  # the provider's own
        self._given = True
        if not titles:  # ours goes first; the tag is otherwise kept as the provider wrote it
            opening = len("<iframe")
            return source[:opening] + format_html(' title="{}"', self._title) + source[opening:]
        return start_tag_html(tag, [("title", self._title), *((n, v) for n, v in attrs if n != "title")])
