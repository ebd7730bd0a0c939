import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _python(code, env):
    """Run `code` in a fresh interpreter in the checkout, with `env` as its environment."""
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)


def _import_settings(module, **env):
    environment = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG"}}
    return _python(f"import {module} as s; print(s.DEBUG, bool(s.SECRET_KEY))", {**environment, **env})


def test_production_refuses_to_start_without_a_secret_key():
    result = _import_settings("mestring.settings.production")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_with_a_secret_key_has_debug_off():
    result = _import_settings("mestring.settings.production", SECRET_KEY="x" * 50)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True"]


def test_base_settings_are_safe_by_default():
    result = _import_settings("mestring.settings.base")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False"]


def _django_setup(code, **env):
    """Run `django.setup()` and then `code` in a fresh interpreter on the test settings."""
    return _python(
        f"import django; django.setup(); {code}",
        dict(os.environ, DJANGO_SETTINGS_MODULE="mestring.settings.test", **env),
    )


def test_an_unknown_search_backend_stops_start_up_naming_the_allowed_ones():
    result = _django_setup("", SEARCH_BACKEND="bogus")
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert 'SEARCH_BACKEND must be one of "database", "opensearch", "elasticsearch", not "bogus"' in result.stderr


@pytest.mark.parametrize(
    ("name", "backend_module", "client_module"),
    [
        # The database backend picks its class by database vendor and has no client (None).
        ("database", "modelsearch.backends.database", "builtins"),
        ("opensearch", "modelsearch.backends.opensearch3", "opensearchpy"),
        ("elasticsearch", "modelsearch.backends.elasticsearch9", "elasticsearch"),
    ],
)
def test_every_allowed_search_backend_constructs(name, backend_module, client_module):
    """Each allowed value builds its backend with its client; building needs no search server."""
    code = (
        "from wagtail.search.backends import get_search_backend; "
        "backend = get_search_backend('default'); "
        "print(type(backend).__module__, type(getattr(backend, 'es', None)).__module__)"
    )
    result = _django_setup(code, SEARCH_BACKEND=name, DATABASE_URL="sqlite:///:memory:")
    assert result.returncode == 0, result.stderr
    constructed, client = result.stdout.split()
    assert constructed.startswith(backend_module)
    assert client.split(".")[0] == client_module


def test_the_elasticsearch_client_matches_the_backend_major_version():
    import elasticsearch

    from mestring.settings.base import _SEARCH_BACKENDS

    assert _SEARCH_BACKENDS["elasticsearch"]["BACKEND"].endswith(f"elasticsearch{elasticsearch.VERSION[0]}")
