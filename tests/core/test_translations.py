"""Nynorsk and English are complete: every interface string has a translation that keeps its placeholders.

locale/wagtail/ holds the admin's bokmål and nynorsk (what Wagtail and wagtail-localize lack,
scripts/admin_catalogue.py): not every Wagtail string is translated there, but every translation
keeps its placeholders and passes msgfmt --check."""

import re
import subprocess
from pathlib import Path

import polib
import pytest
from django.conf import settings

PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|\{(\w+)\}")
CATALOGUES = sorted(Path(settings.BASE_DIR, "locale").glob("*/LC_MESSAGES/django.po"))
ADMIN_CATALOGUES = sorted(Path(settings.BASE_DIR, "locale", "wagtail").glob("*/LC_MESSAGES/*.po"))


def test_there_is_a_catalogue_for_nynorsk_and_english():
    assert {path.parts[-3] for path in CATALOGUES} == {"nn", "en"}


def test_there_is_an_admin_catalogue_for_bokmal_and_nynorsk():
    assert {(path.parts[-3], path.name) for path in ADMIN_CATALOGUES} == {
        (language, f"{domain}.po") for language in ("nb", "nn") for domain in ("django", "djangojs")
    }


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: path.parts[-3])
def test_every_string_is_translated_with_its_placeholders(path):
    catalogue = polib.pofile(str(path))
    assert not catalogue.untranslated_entries(), [e.msgid for e in catalogue.untranslated_entries()]
    _assert_placeholders_kept(catalogue)


@pytest.mark.parametrize("path", ADMIN_CATALOGUES, ids=lambda path: f"{path.parts[-3]}-{path.stem}")
def test_every_admin_translation_keeps_its_placeholders(path):
    subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(path)], check=True)
    _assert_placeholders_kept(polib.pofile(str(path)), singular_may_drop_count=True)


def _assert_placeholders_kept(catalogue, singular_may_drop_count=False):
    assert not catalogue.fuzzy_entries(), [e.msgid for e in catalogue.fuzzy_entries()]
    for entry in catalogue.translated_entries():
        pairs = (
            [(entry.msgid, entry.msgstr)]
            if not entry.msgid_plural
            else [(entry.msgid_plural, text) for text in entry.msgstr_plural.values()]
        )
        if singular_may_drop_count and entry.msgid_plural:
            # Django's own "et minutt siden" for "a minute ago": the first form may follow the msgid.
            first = entry.msgstr_plural[0]
            if set(PLACEHOLDER.findall(first)) == set(PLACEHOLDER.findall(entry.msgid)):
                pairs = pairs[1:]
        for source, translation in pairs:
            assert set(PLACEHOLDER.findall(source)) == set(PLACEHOLDER.findall(translation)), entry.msgid
