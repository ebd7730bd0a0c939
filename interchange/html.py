"""Body HTML in and out of the interchange format.

Imported HTML is cleaned to the contract's subset (`p h2 h3 ul ol li a strong em blockquote`,
links with an http, https or mailto `href` only) before it is stored, and exported HTML is cleaned
the same way, so what leaves the site is always something the site would accept.
"""

import re
from html import escape

import nh3
from wagtail.models import Site
from wagtail.rich_text import RichText, expand_db_html

ALLOWED_TAGS = {"p", "h2", "h3", "ul", "ol", "li", "a", "strong", "em", "blockquote"}
# Tags whose content is dropped with them, not kept as text.
DROPPED_WITH_CONTENT = {"script", "style", "iframe", "noscript", "template", "object", "svg", "math", "head", "title"}

_CLEANER = nh3.Cleaner(
    tags=ALLOWED_TAGS,
    clean_content_tags=DROPPED_WITH_CONTENT,
    attributes={"a": {"href"}},
    url_schemes={"http", "https", "mailto"},
    url_relative="deny",  # a relative link from another site points nowhere here
    link_rel=None,  # Wagtail's rich text stores external links as plain <a href>
    strip_comments=True,
)

# Old sites use presentational or other-level tags for the same meaning; keep the meaning.
_RENAMES = [
    (re.compile(r"<(/?)b(?=[\s>/])[^>]*>", re.IGNORECASE), r"<\1strong>"),
    (re.compile(r"<(/?)i(?=[\s>/])[^>]*>", re.IGNORECASE), r"<\1em>"),
    (re.compile(r"<(/?)h1(?=[\s>/])[^>]*>", re.IGNORECASE), r"<\1h2>"),
    (re.compile(r"<(/?)h[4-6](?=[\s>/])[^>]*>", re.IGNORECASE), r"<\1h3>"),
]
# A stripped line break or block would glue the words on either side together.
_WORD_BREAKS = re.compile(r"<br\s*/?>|</(?:div|section|article|td|th|tr|dd|dt|pre|figcaption)\s*>", re.IGNORECASE)
# nh3 leaves an <a> whose href it refused; the text stays, the empty link goes.
_BARE_LINK = re.compile(r"<a>(.*?)</a>", re.DOTALL)
_RELATIVE_HREF = re.compile(r'href="(/[^"]*)"')


def clean_html(html):
    """The stored form of imported body HTML: only the allowed tags, no scripts, no attributes but href."""
    for pattern, replacement in _RENAMES:
        html = pattern.sub(replacement, html)
    html = _WORD_BREAKS.sub(lambda match: match.group(0) + " " if match.group(0).startswith("</") else " ", html)
    html = _CLEANER.clean(html)
    return _BARE_LINK.sub(r"\1", html).strip()


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
    return _RELATIVE_HREF.sub(lambda match: f'href="{root}{match.group(1)}"', html)
