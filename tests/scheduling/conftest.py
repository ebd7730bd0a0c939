import contextlib
import datetime
import io

import pytest
import time_machine
from django.core.management import call_command

START = datetime.datetime(2026, 5, 4, 9, 0, tzinfo=datetime.UTC)


@pytest.fixture
def clock():
    """Time frozen at START; `clock.shift(...)` moves it on."""
    with time_machine.travel(START, tick=False) as traveller:
        yield traveller


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("redaktor", "redaktor@example.no", "x")


@pytest.fixture
def indexed(django_capture_on_commit_callbacks):
    """What happens inside counts as committed for the search index, as in tests/search: the test's
    transaction never commits, so the index tasks queued on commit are run here."""

    @contextlib.contextmanager
    def run():
        with django_capture_on_commit_callbacks(execute=True):
            yield

    return run


@pytest.fixture
def run_scheduler(indexed):
    """What cron or the systemd timer does: run the command, with search updated as in production."""

    def run():
        with indexed():
            call_command("publish_scheduled", stdout=io.StringIO())

    return run
