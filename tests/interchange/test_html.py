"""Body HTML is cleaned to the contract's tags before it is stored, and links survive Wagtail's rich text."""

import pytest
from wagtail.rich_text import expand_db_html

from articles.models import ArticlePage
from interchange.html import clean_html
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
