"""Body HTML is cleaned to the contract's tags before it is stored, and links survive Wagtail's rich text."""

import pytest
from wagtail.rich_text import expand_db_html

from articles.models import ArticlePage
from interchange.html import body_to_html, clean_html
from tests.factories import ArticlePageFactory
from tests.interchange.helpers import article_line, run_command


@pytest.mark.parametrize(
    "html",
    [
        "<p>Avsnitt</p>",
        "<h2>Overskrift</h2><h3>Underoverskrift</h3>",
        "<ul><li>en</li></ul><ol><li>to</li></ol>",
        "<p><strong>fet</strong> og <em>kursiv</em></p>",
        "<blockquote><p>Sitat</p></blockquote>",
        '<p><a href="https://helsenorge.no/">Helsenorge</a> og <a href="mailto:post@lms.no">e-post</a></p>',
    ],
)
def test_allowed_tags_are_kept_as_they_are(html):
    assert clean_html(html) == html


@pytest.mark.parametrize(
    ("html", "cleaned"),
    [
        ("<p>Hei<script>alert(1)</script></p>", "<p>Hei</p>"),
        ("<style>p { color: red }</style><p>Hei</p>", "<p>Hei</p>"),
        ('<p onclick="steal()" class="lead" style="color:red">Hei</p>', "<p>Hei</p>"),
        ('<p>Se video<iframe src="https://evil.example/">fallback</iframe></p>', "<p>Se video</p>"),
        ('<p>Bilde: <img src="x.png" onerror="steal()"></p>', "<p>Bilde: </p>"),
        ('<p><a href="javascript:steal()">klikk</a></p>', "<p>klikk</p>"),
        ('<p><a href="/gammel-side/">relativ</a></p>', "<p>relativ</p>"),
        (
            '<p><a href="https://lms.no" target="_blank" onclick="x()">ekstern</a></p>',
            '<p><a href="https://lms.no">ekstern</a></p>',
        ),
        ("<div><span>Tekst</span></div><table><tr><td>celle</td></tr></table>", "Tekst celle"),
        ("<p>linje<br>to</p>", "<p>linje to</p>"),
    ],
)
def test_everything_else_is_stripped(html, cleaned):
    assert clean_html(html) == cleaned


def test_old_markup_keeps_its_meaning():
    assert clean_html("<h1>Tittel</h1><p><b>fet</b> <i>kursiv</i></p><h4>Liten</h4>") == (
        "<h2>Tittel</h2><p><strong>fet</strong> <em>kursiv</em></p><h3>Liten</h3>"
    )


@pytest.mark.parametrize(
    ("html", "cleaned"),
    [
        # A ">" inside a quoted attribute does not end the tag.
        ('<p><b title="a>b">fet</b></p>', "<p><strong>fet</strong></p>"),
        ('<p data-note="1 > 0">tekst</p>', "<p>tekst</p>"),
        # Tag names in any case.
        (
            "<P><B>fet</B> og <I>kursiv</I></P><H1>Tittel</H1><H5>Liten</H5>",
            ("<p><strong>fet</strong> og <em>kursiv</em></p><h2>Tittel</h2><h3>Liten</h3>"),
        ),
        ("<P>linje<BR>to<BR/>tre</P><DIV>fire</DIV>fem", "<p>linje to tre</p>fire fem"),
        # Nested tags keep their nesting.
        ("<ul><li><b><i>fet kursiv</i></b></li></ul>", "<ul><li><strong><em>fet kursiv</em></strong></li></ul>"),
        ("<h4><b>Liten</b> tittel</h4>", "<h3><strong>Liten</strong> tittel</h3>"),
        ("<div><div>en</div>to</div>", "en to"),
        # Markup inside an attribute value or escaped in the text stays text.
        ('<p data-html="<b>x</b>">y</p>', "<p>y</p>"),
        ("<p>a &lt;b&gt; c &amp; d&nbsp;e</p>", "<p>a &lt;b&gt; c &amp; d&nbsp;e</p>"),
        # Browsers read </br> as a line break, and close an open paragraph at the next one.
        ("<p>linje</br>to</p>", "<p>linje to</p>"),
        ("<p>en<p>to", "<p>en</p><p>to</p>"),
        # No attribute but href, not even the title and lang nh3 would otherwise keep.
        (
            '<p title="Hei" lang="en">Hei</p><a href="https://lms.no/" title="LMS">LMS</a>',
            ('<p>Hei</p><a href="https://lms.no/">LMS</a>'),
        ),
        # A refused link inside kept markup goes, its text stays.
        (
            '<p><a href="javascript:x()"><b>klikk</b></a> og <a href="/x">her</a></p>',
            ("<p><strong>klikk</strong> og her</p>"),
        ),
    ],
)
def test_tricky_markup_is_read_as_a_browser_reads_it(html, cleaned):
    assert clean_html(html) == cleaned


def test_exported_links_to_this_site_become_absolute(db):
    body = (
        "<p><a href=\"/artikler/\">artikler</a>, <a href='/dokumenter/1/'>dokument</a>, "
        '<a href="//annet.example/">uten skjema</a> og <span title=\'href="/x"\'>tekst</span>.</p>'
    )
    page = ArticlePageFactory(body=[{"type": "paragraph", "value": body}])

    assert body_to_html(page.body) == (
        '<p><a href="http://localhost/artikler/">artikler</a>, '
        '<a href="http://localhost/dokumenter/1/">dokument</a>, uten skjema og tekst.</p>'
    )


def test_imported_body_is_stored_cleaned_as_one_rich_text_block(db, write_jsonl):
    body = '<p onclick="x()">Hei <b>du</b></p><script>steal()</script><h2>Mer</h2>'
    run_command("import_content", write_jsonl([article_line(body=body)]))

    page = ArticlePage.objects.get(slug="om-mestring")
    assert [block.block_type for block in page.body] == ["paragraph"]
    assert page.body[0].value.source == "<p>Hei <strong>du</strong></p><h2>Mer</h2>"


def test_external_links_survive_wagtail_rich_text(db, write_jsonl):
    link = '<a href="https://www.helsedirektoratet.no/tema?a=1&amp;b=2">Helsedirektoratet</a>'
    run_command("import_content", write_jsonl([article_line(body=f"<p>Les mer hos {link}.</p>")]))

    stored = ArticlePage.objects.get(slug="om-mestring").body[0].value.source
    assert link in stored
    assert link in expand_db_html(stored)
