"""The Wagtail admin speaks bokmål (the default) and nynorsk on the screens editors use every day.

Wagtail's nb catalogue lacks half its strings and it has no nn one; locale/wagtail/ fills both
(scripts/admin_catalogue.py). Each screen is rendered through the real admin while every lookup
in Django's catalogues is recorded: a Wagtail, wagtail-localize or Django msgid the active
language's own catalogue has no entry for is shown to the editor in English, and fails the test.
"""

import gettext
import json
import re
import subprocess
from pathlib import Path

import polib
import pytest
import wagtail
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils.translation import trans_real
from wagtail.models import Locale
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation, TranslationSource

from editorial import roles
from tests.factories import ArticlePageFactory, TopicFactory
from tests.helpers import article_form_data

pytestmark = pytest.mark.django_db

SITE_PACKAGES = Path(wagtail.__file__).parent.parent
LIBRARIES = ("wagtail", "wagtail_localize", "django")

# Strings that are the same word in Norwegian, so English and bokmål/nynorsk agree; each says why.
SAME_IN_NORWEGIAN = {
    "OK": "the same word in Norwegian",
}


def _catalogue_keys(pattern):
    keys = set()
    for file in SITE_PACKAGES.glob(pattern):
        for entry in polib.pofile(str(file)):
            keys.add(f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid)
    return keys


LIBRARY_MSGIDS = set().union(*(_catalogue_keys(f"{name}/**/locale/en/LC_MESSAGES/django.po") for name in LIBRARIES))
LIBRARY_JS_MSGIDS = {
    name: _catalogue_keys(f"{name}/**/locale/en/LC_MESSAGES/djangojs.po") for name in ("wagtail", "wagtail_localize")
}
# The project writes its own strings in bokmål: such a msgid is already bokmål in the nb admin.
PROJECT_SOURCE = {
    entry.msgid for entry in polib.pofile(str(Path(settings.BASE_DIR, "locale/nn/LC_MESSAGES/django.po")))
} - LIBRARY_MSGIDS


@pytest.fixture(scope="module", autouse=True)
def admin_catalogues():
    """locale/wagtail/ compiled, as `make install` does, and Django's cached catalogues dropped."""
    for po in Path(settings.BASE_DIR, "locale", "wagtail").glob("*/LC_MESSAGES/*.po"):
        mo = po.with_suffix(".mo")
        if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
            subprocess.run(["msgfmt", "--check", "-o", str(mo), str(po)], check=True)
    gettext._translations.clear()  # Python's own cache of parsed .mo files, by path
    trans_real._translations = {}
    trans_real._default = None


@pytest.fixture
def untranslated(monkeypatch):
    """Every library msgid looked up during the test that the active language's catalogue lacks."""
    found = {}
    gettext, ngettext = trans_real.DjangoTranslation.gettext, trans_real.DjangoTranslation.ngettext

    def record(translation, catalogue_key, msgid):
        if translation is not getattr(trans_real._active, "value", None):
            return  # a fallback catalogue consulted after the active one
        language = translation.language()
        if msgid not in LIBRARY_MSGIDS or msgid in SAME_IN_NORWEGIAN:
            return
        if language == "nb" and msgid in PROJECT_SOURCE:
            return
        if catalogue_key not in translation._catalog:
            found.setdefault(language, set()).add(msgid)

    def recording_gettext(self, message):
        record(self, message, message)
        return gettext(self, message)

    def recording_ngettext(self, msgid1, msgid2, n):
        record(self, (msgid1, 0), msgid1)
        return ngettext(self, msgid1, msgid2, n)

    monkeypatch.setattr(trans_real.DjangoTranslation, "gettext", recording_gettext)
    monkeypatch.setattr(trans_real.DjangoTranslation, "ngettext", recording_ngettext)
    return found


def _user(username, language, *groups, **extra):
    user = get_user_model().objects.create_user(
        username=username, password="x" * 12, first_name=username.capitalize(), last_name="Nordmann", **extra
    )
    user.groups.add(*groups)
    if language:
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
    return user


@pytest.fixture
def screens(home, client):
    """The main admin screens as (name, url), with what they show: articles, one in review, a
    translation in progress and a topic."""
    TopicFactory(name="Diabetes", slug="diabetes")
    article = ArticlePageFactory(title="Mestring i hverdagen")
    writer = _user("skribent", "", Group.objects.get(name=roles.COMMUNICATIONS))
    in_review = ArticlePageFactory(title="Kurs for pårørende")
    client.force_login(writer)
    response = client.post(
        f"/admin/pages/{in_review.pk}/edit/",
        {**article_form_data(in_review, intro="Ny ingress til vurdering."), "action-submit": "submit"},
    )
    assert response.status_code == 302
    client.logout()
    workflow_state = in_review.workflow_states.get()

    source, _created = TranslationSource.get_or_create_from_instance(article)
    translation = Translation.objects.create(source=source, target_locale=Locale.objects.get(language_code="nn"))
    translation.save_target(publish=False)
    nn_article = article.get_translation(Locale.objects.get(language_code="nn"))

    return [
        ("dashboard", "/admin/"),
        ("page explorer", f"/admin/pages/{home.pk}/"),
        ("article edit view", f"/admin/pages/{article.pk}/edit/"),
        ("article in review", f"/admin/pages/{in_review.pk}/edit/"),
        ("page history", f"/admin/pages/{in_review.pk}/history/"),
        ("workflow history", f"/admin/pages/{in_review.pk}/workflow_history/"),
        ("workflow detail", f"/admin/pages/{in_review.pk}/workflow_history/detail/{workflow_state.pk}/"),
        ("workflows", "/admin/workflows/list/"),
        ("workflow tasks", "/admin/workflows/tasks/index/"),
        ("submit translation", f"/admin/localize/submit/page/{article.pk}/"),
        ("translation editor", f"/admin/pages/{nn_article.pk}/edit/"),
        ("topics", "/admin/snippets/core/topic/"),
        ("images", "/admin/images/"),
        ("documents", "/admin/documents/"),
        ("account", "/admin/account/"),
    ]


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_the_main_admin_screens_have_no_english(client, screens, untranslated, language):
    editor = _user("redaktor", language, Group.objects.get(name=roles.EDITORS), is_superuser=True)
    client.force_login(editor)
    for name, url in screens:
        response = client.get(url)
        assert response.status_code == 200, (name, url, response.status_code)
        assert f'<html lang="{language}"' in response.content.decode(), name
    missing = sorted(untranslated.get(language, ()))
    print(f"untranslated in {language}:", *missing, sep="\n  ")
    assert not missing, f"{len(missing)} strings in English on the {language} admin: {missing}"


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_the_login_and_password_reset_pages_have_no_english(client, untranslated, language):
    for url in ("/admin/login/", "/admin/password_reset/"):
        response = client.get(url, HTTP_ACCEPT_LANGUAGE=language)
        assert response.status_code == 200
    login = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE=language).content.decode()
    assert "Logg inn på Nasjonal kompetansetjeneste" in login
    # A label Django makes from a field's name goes through no catalogue: Wagtail's password field.
    assert re.search(r'<label[^>]*for="id_password"[^>]*>\s*Passord', login)
    assert "Password" not in login
    missing = sorted(untranslated.get(language, ()))
    print(f"untranslated in {language}:", *missing, sep="\n  ")
    assert not missing, missing


def _js_catalogue(client, url):
    text = client.get(url).content.decode()
    return json.loads(re.search(r"const newcatalog = (\{.*?\});\n", text, re.S).group(1))


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_the_javascript_catalogues_translate_every_admin_string(client, home, language):
    editor = _user("redaktor", language, is_superuser=True)
    client.force_login(editor)
    own = trans_real.DjangoTranslation(language, domain="djangojs")._catalog
    for package, url in (("wagtail", "/admin/jsi18n/"), ("wagtail_localize", "/admin/localize/jsi18n/")):
        catalogue = _js_catalogue(client, url)
        missing = sorted(msgid for msgid in LIBRARY_JS_MSGIDS[package] if msgid not in catalogue)
        # The nn catalogue falls back to bokmål: its own entries must be there too.
        not_nynorsk = sorted(
            msgid
            for msgid in LIBRARY_JS_MSGIDS[package]
            if language == "nn" and msgid not in own and (msgid, 0) not in own
        )
        assert not missing, (package, missing)
        assert not not_nynorsk, (package, not_nynorsk)


def test_a_new_editor_gets_the_admin_in_bokmal_and_may_choose_nynorsk_or_english(client, home):
    editor = _user("ny", "", Group.objects.get(name=roles.EDITORS))
    client.force_login(editor)
    assert '<html lang="nb"' in client.get("/admin/").content.decode()

    settings_page = client.get("/admin/account/").content.decode()
    for code in ("nb", "nn", "en"):
        assert f'value="{code}"' in settings_page

    response = client.post(
        "/admin/account/",
        {
            "name_email-first_name": "Ny",
            "name_email-last_name": "Nordmann",
            "name_email-email": "ny@example.no",
            "locale-preferred_language": "nn",
            "locale-current_time_zone": "",
            "theme-theme": "system",
            "theme-density": "default",
            "theme-contrast": "system",
        },
    )
    assert response.status_code == 302
    assert UserProfile.get_for_user(editor).preferred_language == "nn"
    assert '<html lang="nn"' in client.get("/admin/").content.decode()
