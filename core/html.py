"""HTML changed tag by tag with Python's own parser, everything else passed through as it came.

A rewriter never builds a tree, so whoever reads its output (a browser, or nh3's HTML5 parser)
builds the same tree it would have built from the input, except for the tags the rewriter means
to change. A tree parser without HTML5's rules would not: it keeps `<p>a<p>b` as one paragraph
inside another, and nh3 then adds an empty one.
"""

from html import escape
from html.parser import HTMLParser


class HtmlRewriter(HTMLParser):
    """Copies HTML through; a subclass overrides `start_tag` and `end_tag` to change tags.

    Start tags, script and style text, comments and declarations pass as written. Other text
    keeps its meaning but is written escaped as HTML5 serialisers write it (`&amp;`, `&lt;`,
    `&gt;`, `&nbsp;`), and end tags in lower case (`</IFRAME>` as `</iframe>`), which means the same.
    """

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self._parts = []

    def rewrite(self, html):
        self.feed(html)
        self.close()
        return "".join(self._parts)

    def start_tag(self, tag, attrs, source):
        """What to write for a start tag: `tag` and `attrs` as parsed (names lower case), `source`
        as written."""
        return source

    def end_tag(self, tag):
        return f"</{tag}>"

    def handle_starttag(self, tag, attrs):
        self._parts.append(self.start_tag(tag, attrs, self.get_starttag_text()))

    def handle_startendtag(self, tag, attrs):
        # `<br/>`: one tag, with no end tag to follow.
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        self._parts.append(self.end_tag(tag))

    def handle_data(self, data):
        raw = self.cdata_elem is not None  # inside script or style
        self._parts.append(data if raw else escape(data, quote=False).replace("\xa0", "&nbsp;"))

    def handle_comment(self, data):
        self._parts.append(f"<!--{data}-->")

    def handle_decl(self, decl):
        self._parts.append(f"<!{decl}>")

    def handle_pi(self, data):
        self._parts.append(f"<?{data}>")

    def unknown_decl(self, data):
        self._parts.append(f"<![{data}]>")


def start_tag_html(tag, attrs):
    """A start tag written out from parsed attributes, values escaped."""
    written = "".join(f" {name}" if value is None else f' {name}="{escape(value)}"' for name, value in attrs)
    return f"<{tag}{written}>"
