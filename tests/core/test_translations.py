"""Nynorsk and English are complete: every interface string has a translation that keeps its placeholders."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|\{(\w+)\}")
CATALOGUES = sorted(Path(settings.BASE_DIR, "locale").glob("*/LC_MESSAGES/django.po"))


def test_there_is_a_catalogue_for_nynorsk_and_english():
    assert {path.parts[-3] for path in CATALOGUES} == {"nn", "en"}


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: path.parts[-3])
def test_every_string_is_translated_with_its_placeholders(path):
    catalogue = polib.pofile(str(path))
    assert not catalogue.untranslated_entries(), [e.msgid for e in catalogue.untranslated_entries()]
    assert not catalogue.fuzzy_entries(), [e.msgid for e in catalogue.fuzzy_entries()]
    for entry in catalogue.translated_entries():
        pairs = (
            [(entry.msgid, entry.msgstr)]
            if not entry.msgid_plural
            else [(entry.msgid_plural, text) for text in entry.msgstr_plural.values()]
        )
        for source, translation in pairs:
            assert set(PLACEHOLDER.findall(source)) == set(PLACEHOLDER.findall(translation)), entry.msgid
