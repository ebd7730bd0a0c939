import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _import_settings(module, **env):
    environment = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG"}}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-c", f"import {module} as s; print(s.DEBUG, bool(s.SECRET_KEY))"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
    )


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
