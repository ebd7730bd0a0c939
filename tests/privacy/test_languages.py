"""The language switcher and `<link rel="alternate" hreflang>` link only translations the
visitor may see."""

import pytest

from tests.factories import ArticlePageFactory
from tests.helpers import publish_parents_in, translate_page

from .conftest import HIDDEN_KINDS, PASSWORD, form_action, hide, section

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("kind", HIDDEN_KINDS)
def test_a_hidden_translation_is_not_linked(client, home, kind):
    article = ArticlePageFactory(title="Mestring i hverdagen", slug="mestring-i-hverdagen")
    english = translate_page(article, "en", title="Coping every day")
    publish_parents_in(english, "en")
    nynorsk = translate_page(article, "nn", title="Meistring i kvardagen")
    publish_parents_in(nynorsk, "nn")
    hide(nynorsk, kind)

    html = client.get(article.url).content.decode()

    head = section(html, "<head>", "</head>")
    switcher = section(html, '<nav class="language-switcher"', "</nav>")
    # The open translation is linked in both places, so the test can fail.
    assert f'hreflang="en" href="http://testserver{english.url}"' in head
    assert f'href="{english.url}" hreflang="en"' in switcher
    assert 'hreflang="nn"' not in html
    assert f'{nynorsk.url}"' not in html


def test_a_translation_behind_a_password_is_linked_once_the_password_is_given(client, home):
    article = ArticlePageFactory(title="Mestring i hverdagen", slug="mestring-i-hverdagen")
    nynorsk = translate_page(article, "nn", title="Meistring i kvardagen")
    publish_parents_in(nynorsk, "nn")
    hide(nynorsk, "passord")
    assert 'hreflang="nn"' not in client.get(article.url).content.decode()

    form = client.get(nynorsk.url).content.decode()
    client.post(form_action(form), {"password": PASSWORD, "return_url": nynorsk.url})

    html = client.get(article.url).content.decode()
    assert f'href="{nynorsk.url}" hreflang="nn"' in html
