import pytest

_outcomes = {"browser": {}, "search_server": {}}


@pytest.fixture
def home(db):
    from tests.factories import default_home

    return default_home()


def pytest_runtest_logreport(report):
    if report.when != "call" and not (report.when == "setup" and report.outcome != "passed"):
        return
    for marker in _outcomes:
        if marker in report.keywords:
            counts = _outcomes[marker]
            counts[report.outcome] = counts.get(report.outcome, 0) + 1


def pytest_terminal_summary(terminalreporter):
    """Say plainly which real services this run talked to, and how many tests used each."""
    from django.db import connection

    terminalreporter.section("real services")
    terminalreporter.write_line(f"database: {connection.vendor} ({connection.settings_dict['NAME']})")
    for marker, label in (("browser", "Chromium browser tests"), ("search_server", "OpenSearch tests")):
        counts = _outcomes[marker]
        summary = ", ".join(f"{n} {outcome}" for outcome, n in sorted(counts.items())) or "none ran"
        terminalreporter.write_line(f"{label}: {summary}")
