"""Body HTML in and out of the interchange format.

Imported HTML is cleaned to the contract's subset (`p h2 h3 ul ol li a strong em blockquote`,
links with an http, https or mailto `href` only) before it is stored, and exported HTML is cleaned
the same way, so what leaves the site is always something the site would accept.
"""

from html import escape

import nh3
from wagtail.models import Site
from wagtail.rich_text import RichText, expand_db_html

from core.html import HtmlRewriter, start_tag_html

ALLOWED_TAGS = {"p", "h2", "h3", "ul", "ol", "li", "a", "strong", "em", "blockquote"}
# Tags whose content is dropped with them, not kept as text.
DROPPED_WITH_CONTENT = {"script", "style", "iframe", "noscript", "template", "object", "svg", "math", "head", "title"}

_CLEANER = nh3.Cleaner(
    tags=ALLOWED_TAGS,
    clean_content_tags=DROPPED_WITH_CONTENT,
    attributes={"*": set(), "a": {"href"}},  # "*": not even nh3's default title and lang
    url_schemes={"http", "https", "mailto"},
    url_relative="deny",  # a relative link from another site points nowhere here
    link_rel=None,  # Wagtail's rich text stores external links as plain <a href>
    strip_comments=True,
)

# Old sites use presentational or other-level tags for the same meaning; keep the meaning.
RENAMED_TAGS = {"b": "strong", "i": "em", "h1": "h2", "h4": "h3", "h5": "h3", "h6": "h3"}
# Stripping a line break or the end of one of these blocks would glue the words on either side.
WORD_BREAKING_ENDS = {"div", "section", "article", "td", "th", "tr", "dd", "dt", "pre", "figcaption"}


def clean_html(html):
    """The stored form of imported body HTML: only the allowed tags, no scripts, no attributes but href."""
    html = _OldMarkup().rewrite(html)
    html = _CLEANER.clean(html)
    return _RefusedLinks().rewrite(html).strip()


class _OldMarkup(HtmlRewriter):
    """Before nh3: renamed tags lose their attributes (nh3 would drop them), breaks leave a space."""

    def start_tag(self, tag, attrs, source):
        if tag == "br":
            return " "
        if tag in RENAMED_TAGS:
            return f"<{RENAMED_TAGS[tag]}>"
        return source

    def end_tag(self, tag):
        if tag == "br":  # browsers read `</br>` as a line break too
            return " "
        if tag in RENAMED_TAGS:
            return f"</{RENAMED_TAGS[tag]}>"
        if tag in WORD_BREAKING_ENDS:
            return f"</{tag}> "
        return super().end_tag(tag)


class _RefusedLinks(HtmlRewriter):
    """After nh3: a link whose href nh3 refused is left as a bare `<a>`; its text stays, the link goes.

    nh3's output is well formed, so each `</a>` closes the last `<a>`.
    """

    def __init__(self):
        super().__init__()
        self._bare = []

    def start_tag(self, tag, attrs, source):
        if tag != "a":
            return source
        self._bare.append(not any(name == "href" for name, _value in attrs))
        return "" if self._bare[-1] else source

    def end_tag(self, tag):
        if tag == "a" and self._bare and self._bare.pop():
            return ""
        return super().end_tag(tag)


def html_to_body(html):
    """A StreamField value for cleaned HTML: one rich text paragraph block, or nothing."""
    return [("paragraph", RichText(html))] if html else []


def body_to_html(body):
    """A page body as contract HTML. Images, documents and embeds have no HTML form and are left out."""
    root = _site_root_url()
    parts = []
    for block in body.raw_data:
        value = block["value"]
        kind = block["type"]
        if kind == "paragraph":
            parts.append(_absolute_links(expand_db_html(value), root))
        elif kind == "heading":
            level = "h3" if value.get("level") == "h3" else "h2"
            parts.append(f"<{level}>{escape(value.get('text', ''))}</{level}>")
        elif kind == "quote":
            attribution = ", ".join(part for part in (value.get("attribution"), value.get("role")) if part)
            parts.append(
                f"<blockquote><p>{escape(value.get('text', ''))}</p>"
                + (f"<p>– {escape(attribution)}</p>" if attribution else "")
                + "</blockquote>"
            )
        elif kind == "fact_box":
            body = _absolute_links(expand_db_html(value.get("body", "")), root)
            parts.append(f"<h3>{escape(value.get('title', ''))}</h3>{body}")
    return clean_html("".join(parts))


def _site_root_url():
    site = Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else ""


def _absolute_links(html, root):
    # Links to pages and documents on this site come out of expand_db_html as site-relative URLs;
    # make them absolute so they still lead somewhere from another installation.
    if not root:
        return html
    return _AbsoluteLinks(root).rewrite(html)


class _AbsoluteLinks(HtmlRewriter):
    def __init__(self, root):
        super().__init__()
        self._root = root

    def start_tag(self, tag, attrs, source):
        href = dict(attrs).get("href") or ""
        # "//host/path" is another site's address without its scheme, not a path on this one.
        if tag != "a" or not href.startswith("/") or href.startswith("//"):
            return source
        return start_tag_html(tag, [(name, self._root + value if name == "href" else value) for name, value in attrs])
