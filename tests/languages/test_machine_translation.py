"""The Apertium machine translator, run against Debian's apertium and apertium-nno-nob."""

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation
from wagtail_localize.strings import StringValue

from editorial import roles
from languages.machine_translation import ApertiumTranslator, MachineTranslationError
from tests.factories import ArticlePageFactory
from tests.languages.localize import make_user, messages_of, submit_page, translation_of

NB = Locale(language_code="nb")
NN = Locale(language_code="nn")
EN = Locale(language_code="en")


def translate(*html, **options):
    translator = ApertiumTranslator(options)
    strings = [StringValue(fragment) for fragment in html]
    result = translator.translate(NB, NN, strings)
    return [result[string].data for string in strings]


def test_only_bokmal_to_nynorsk():
    translator = ApertiumTranslator({})
    assert translator.can_translate(NB, NN)
    assert not translator.can_translate(NN, NB)
    assert not translator.can_translate(NB, EN)
    assert not translator.can_translate(EN, NN)


def test_plain_text_becomes_nynorsk():
    assert translate("Jeg er pårørende og vil lese mer.") == ["Eg er pårørande og vil lesa meir."]


def test_a_link_survives_with_its_href():
    source, attrs = StringValue.from_source_html('Les <a href="/kurs/">mer her</a> om <b>kurset</b>.')
    (translated,) = translate(source.data)
    assert StringValue(translated).render_html(attrs) == 'Les <a href="/kurs/">meir her</a> om <b>kurset</b>.'


def test_many_strings_in_one_batch_keep_their_order():
    words = ["Jeg", "ikke", "mer", "hjem", "lese", "pårørende", "hva", "hvem"] * 5
    translated = translate(*[f"{index}. {word}" for index, word in enumerate(words)])
    assert translated[:8] == ["0. Eg", "1. ikkje", "2. meir", "3. heim", "4. lesa", "5. pårørande", "6. kva", "7. kven"]
    assert [line.split(".")[0] for line in translated] == [str(index) for index in range(len(words))]


def test_unknown_words_are_not_marked():
    (translated,) = translate("Xyzzyord er ukjent.")
    assert "*" not in translated and "#" not in translated and "@" not in translated
    assert "Xyzzyord" in translated


def test_markers_in_the_source_stay():
    (translated,) = translate("Skriv til post@example.no om #mestring.")
    assert "post@example.no" in translated and "#meistring" in translated


def test_a_missing_binary_is_a_clear_error(caplog):
    with pytest.raises(MachineTranslationError, match="Apertium er ikke installert"):
        translate("Hei", COMMAND="/nonexistent/apertium")
    assert "not installed" in caplog.text


def test_a_missing_language_pair_is_a_clear_error(caplog):
    with pytest.raises(MachineTranslationError, match="språkparet"):
        translate("Hei", MODE="nob-xxx")
    assert "Apertium failed" in caplog.text


@pytest.fixture
def editor(home):
    return make_user("redaktor", roles.EDITORS)


@pytest.fixture
def nn_translation(client, editor):
    page = ArticlePageFactory(title="Kurs for pårørende", intro="Jeg vil lese mer om kurset.")
    client.force_login(editor)
    submit_page(client, page, "nn")
    return translation_of(page, "nn")


def machine_translate(client, translation):
    edit_url = reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk])
    return client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]), {"next": edit_url}
    ), edit_url


@pytest.mark.django_db
def test_the_editor_gets_a_nynorsk_draft(client, nn_translation):
    response, edit_url = machine_translate(client, nn_translation)
    assert response.status_code == 302 and response.url == edit_url
    assert any("Apertium" in message for message in messages_of(response))
    texts = set(StringTranslation.objects.filter(locale=nn_translation.target_locale).values_list("data", flat=True))
    assert {"Kurs for pårørande", "Eg vil lesa meir om kurset."} <= texts


@pytest.mark.django_db
def test_a_missing_apertium_tells_the_editor(client, nn_translation, settings, caplog):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "languages.machine_translation.ApertiumTranslator",
        "OPTIONS": {"COMMAND": "/nonexistent/apertium"},
    }
    response, edit_url = machine_translate(client, nn_translation)
    assert response.status_code == 302 and response.url == edit_url
    assert any("Apertium er ikke installert" in message for message in messages_of(response))
    assert not StringTranslation.objects.filter(locale=nn_translation.target_locale).exists()
    assert "not installed" in caplog.text
    # The translation editor still opens and shows the message.
    page = client.get(edit_url)
    assert page.status_code == 200
