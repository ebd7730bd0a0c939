"""Offline machine translation from bokmål to nynorsk with Apertium (Debian's `apertium` and
`apertium-nno-nob`), as a wagtail-localize machine translator.

The editor gets a nynorsk draft to review; nothing leaves the machine. Every string of a
translation goes through one `apertium -f html` call: each string is wrapped in its own block
element, which Apertium's HTML format passes through untouched, so the answers come back in order
and the inline HTML of a segment (`<a id="a1">`, `<b>`, `<i>`) survives.

Options (`WAGTAILLOCALIZE_MACHINE_TRANSLATOR["OPTIONS"]`): `COMMAND` (default "apertium"),
`MODE` (default "nob-nno"), `TIMEOUT` in seconds (default 60).
"""

import logging
import re
import subprocess

from bs4 import BeautifulSoup
from django.utils.translation import gettext_lazy as _
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import StringValue

logger = logging.getLogger(__name__)

SOURCE_LANGUAGES = {"nb", "nob", "no"}
TARGET_LANGUAGES = {"nn", "nno"}

# The block each string travels in; its attribute carries the string's position.
WRAPPER = "div"
WRAPPER_ATTRIBUTE = "data-mt"

# Apertium marks words it could not translate (`*`), generate (`#`) or transfer (`@`). `-u`
# drops the first; the others are stripped at the start of a word unless the source had them.
MARKER = re.compile(r"(?<![\w@#*])[#@*](?=\w)")


class MachineTranslationError(Exception):
    """Apertium could not translate; the message is for the editor."""


def language_code(code):
    return code.split("-")[0].lower()


def strip_markers(source, translated):
    if MARKER.search(source):
        return translated
    return MARKER.sub("", translated)


class ApertiumTranslator(BaseMachineTranslator):
    display_name = "Apertium"

    @property
    def command(self):
        return [
            self.options.get("COMMAND", "apertium"),
            "-u",
            "-f",
            "html",
            self.options.get("MODE", "nob-nno"),
        ]

    def can_translate(self, source_locale, target_locale):
        return (
            language_code(source_locale.language_code) in SOURCE_LANGUAGES
            and language_code(target_locale.language_code) in TARGET_LANGUAGES
        )

    def translate(self, source_locale, target_locale, strings):
        strings = list(strings)
        if not strings:
            return {}
        translated = self.translate_html([string.data for string in strings])
        return {
            string: StringValue.from_translated_html(strip_markers(string.data, html))
            for string, html in zip(strings, translated, strict=True)
        }

    def translate_html(self, fragments):
        """Translates HTML fragments in one Apertium call, returning them in the same order."""
        document = "".join(
            f'<{WRAPPER} {WRAPPER_ATTRIBUTE}="{index}">{fragment}</{WRAPPER}>'
            for index, fragment in enumerate(fragments)
        )
        output = self.run(document)
        soup = BeautifulSoup(output, "html.parser")
        by_index = {
            element[WRAPPER_ATTRIBUTE]: element.decode_contents()
            for element in soup.find_all(WRAPPER, attrs={WRAPPER_ATTRIBUTE: True})
        }
        try:
            return [by_index[str(index)] for index in range(len(fragments))]
        except KeyError as error:
            logger.error("Apertium lost string %s of %s: %r", error, len(fragments), output)
            raise MachineTranslationError(
                _("Maskinoversettelsen ga et ufullstendig svar. Prøv igjen, eller oversett manuelt.")
            ) from error

    def run(self, text):
        command = self.command
        timeout = int(self.options.get("TIMEOUT", 60))
        try:
            result = subprocess.run(
                command,
                input=text,
                capture_output=True,
                text=True,
                timeout=timeout,
                check=False,
            )
        except FileNotFoundError as error:
            logger.error("Apertium is not installed: %s not found", command[0])
            raise MachineTranslationError(
                _(
                    "Maskinoversettelse til nynorsk er ikke tilgjengelig: Apertium er ikke "
                    "installert på serveren. Oversett manuelt, eller be en administrator "
                    "installere pakkene apertium og apertium-nno-nob."
                )
            ) from error
        except subprocess.TimeoutExpired as error:
            logger.error("Apertium timed out after %s seconds", timeout)
            raise MachineTranslationError(
                _("Maskinoversettelsen tok for lang tid. Prøv igjen, eller oversett manuelt.")
            ) from error
        if result.returncode != 0:
            logger.error(
                "Apertium failed (exit %s) running %s: %s",
                result.returncode,
                " ".join(command),
                result.stderr.strip(),
            )
            raise MachineTranslationError(
                _(
                    "Maskinoversettelse til nynorsk er ikke tilgjengelig: språkparet bokmål–"
                    "nynorsk for Apertium mangler på serveren. Oversett manuelt, eller be en "
                    "administrator installere pakken apertium-nno-nob."
                )
            )
        return result.stdout
