import pytest


@pytest.fixture
def home(db):
    from tests.factories import default_home

    return default_home()
