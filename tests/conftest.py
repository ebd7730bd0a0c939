from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import translation
from django.utils.translation import trans_real

# Tests that talk to a real service, by marker, and what the summaries call them.
REAL_SERVICES = {
    "browser": "Chromium browser tests",
    "search_node": "OpenSearch node checks (the node itself, not the site's search)",
}
_outcomes = {marker: {} for marker in REAL_SERVICES}
_database = {}


@pytest.fixture
def home(db):
    from tests.factories import default_home

    return default_home()


@pytest.fixture(scope="session", autouse=True)
def compiled_messages():
    """The .po catalogues compiled, as `make install` does; the .mo files are not in git.

    The project's own (locale/) and the admin's (locale/wagtail/), both domains. Compiles only when
    a catalogue is newer than its .mo, then drops Django's cached catalogues.
    """
    catalogues = [po for directory in settings.LOCALE_PATHS for po in Path(directory).glob("*/LC_MESSAGES/*.po")]
    stale = {
        po.parts[-3]
        for po in catalogues
        if not po.with_suffix(".mo").exists() or po.with_suffix(".mo").stat().st_mtime < po.stat().st_mtime
    }
    if stale:
        call_command("compilemessages", locale=sorted(stale), ignore_patterns=[".venv", "var"], verbosity=0)
        trans_real._translations = {}
        trans_real._default = None


@pytest.fixture(autouse=True)
def _bokmal_again():
    """A request to an /nn/ or /en/ page leaves its language active in the thread; each test starts
    in bokmål, as a visitor's first request would, whatever the test before it asked for."""
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(scope="session", autouse=True)
def _record_test_database(django_db_setup, django_db_blocker):
    from django.db import connection

    settings_dict = connection.settings_dict
    if connection.vendor == "sqlite":
        where = "in memory"
    else:
        where = f"{settings_dict['NAME']} on {settings_dict['HOST']}:{settings_dict['PORT']}"
    _database["label"] = f"{connection.vendor} ({where})"


@pytest.fixture(scope="session", autouse=True)
def _remove_test_media():
    """Uploaded test files go to a temporary MEDIA_ROOT (settings.test); remove it afterwards."""
    yield
    import shutil

    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


def pytest_collection_modifyitems(items):
    """Name each test's real service in its report, so `--junitxml` files carry it too.

    scripts/test.sh reads those files for its totals and counts these tests separately.
    """
    for item in items:
        for marker in REAL_SERVICES:
            if item.get_closest_marker(marker):
                item.user_properties.append(("real_service", marker))


def pytest_runtest_logreport(report):
    if report.when != "call" and not (report.when == "setup" and report.outcome != "passed"):
        return
    for marker in _outcomes:
        if marker in report.keywords:
            counts = _outcomes[marker]
            counts[report.outcome] = counts.get(report.outcome, 0) + 1


def pytest_terminal_summary(terminalreporter):
    """Say plainly which real services this run talked to, and how many tests used each."""
    terminalreporter.section("real services")
    terminalreporter.write_line(f"database: {_database.get('label', 'none used')}")
    for marker, label in REAL_SERVICES.items():
        counts = _outcomes[marker]
        summary = ", ".join(f"{n} {outcome}" for outcome, n in sorted(counts.items())) or "none ran"
        terminalreporter.write_line(f"{label}: {summary}")
