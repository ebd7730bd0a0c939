"""Every environment variable the project reads, in one place.

| variable | default | meaning |
| --- | --- | --- |
| DJANGO_SETTINGS_MODULE | mestring.settings.dev (manage.py) | which settings module |
| SECRET_KEY | none: required in production; dev/test use a fixed throwaway key | Django's signing key |
| DEBUG | off in base/production, on in dev | Django debug mode |
| ALLOWED_HOSTS | "localhost,127.0.0.1" | comma-separated host names |
| DATABASE_URL | sqlite:///<repo>/var/db.sqlite3 | any dj-database-url URL, e.g. postgres://user@/mestring |
| MEDIA_ROOT | <repo>/var/media | where uploaded images and documents are stored |
| STATIC_ROOT | <repo>/var/static | where collectstatic writes |
| SEARCH_BACKEND | "database" | "database", "opensearch" (OpenSearch 2 or 3) or "elasticsearch" (Elasticsearch 8 or 9); anything else stops start-up |
| SEARCH_URL | http://127.0.0.1:9201 | the search server, when SEARCH_BACKEND is not "database" |
| SEARCH_INDEX | "mestring" | index name prefix on the search server |
| SEARCH_LOG_MAX_AGE_DAYS | 180 | days the query log keeps a day's counts; `manage.py prune_search_log` deletes older rows (docs/search.md) |
| WAGTAILADMIN_BASE_URL | http://127.0.0.1:8000 | absolute base URL used in admin notification e-mails |
| ACCESSIBILITY_STATEMENT_URL | "" | the published accessibility statement on uustatus.no, linked from every page's footer |
| DEFAULT_FROM_EMAIL | "NK LMH <ikke-svar@mestring.no>" | the sender of every e-mail (notifications, password resets); set it in production to an address the mail server may send from |
| SERVER_EMAIL | DEFAULT_FROM_EMAIL | the sender of error reports to admins |
| EMAIL_HOST | "localhost" | the SMTP server production delivers through (dev prints mail to the console, tests keep it in memory) |
| EMAIL_PORT | 25 | its port |
| EMAIL_HOST_USER, EMAIL_HOST_PASSWORD | "" | its login, if it wants one |
| EMAIL_USE_TLS | off | STARTTLS to it (usually with port 587) |
| EMAIL_TIMEOUT | 10 | seconds a delivery waits for the SMTP server before it gives up and logs it |
| CLIENT_IP_HEADER | "" (use REMOTE_ADDR) | behind a reverse proxy: the header it sets to the client's address, e.g. "X-Forwarded-For" (its last entry is used); the login lockout and rate limits count per client address |
"""

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"


def _str(name, default=None):
    value = os.environ.get(name)
    return default if value in (None, "") else value


def _bool(name, default=False):
    value = os.environ.get(name)
    if value in (None, ""):
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _choice(name, default, choices):
    value = _str(name, default)
    if value not in choices:
        allowed = ", ".join(f'"{choice}"' for choice in choices)
        raise ImproperlyConfigured(f'{name} must be one of {allowed}, not "{value}".')
    return value


def _int(name, default):
    value = _str(name)
    if value is None:
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f'{name} must be a whole number, not "{value}".') from None


def _list(name, default):
    return [item.strip() for item in _str(name, default).split(",") if item.strip()]


SECRET_KEY = _str("SECRET_KEY")
DEBUG = _bool("DEBUG", False)
ALLOWED_HOSTS = _list("ALLOWED_HOSTS", "localhost,127.0.0.1")
DATABASE_URL = _str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}")
MEDIA_ROOT = Path(_str("MEDIA_ROOT", str(VAR_DIR / "media")))
STATIC_ROOT = Path(_str("STATIC_ROOT", str(VAR_DIR / "static")))
# The keys of the search backends in settings/base.py.
SEARCH_BACKENDS = ("database", "opensearch", "elasticsearch")
SEARCH_BACKEND = _choice("SEARCH_BACKEND", "database", SEARCH_BACKENDS)
SEARCH_URL = _str("SEARCH_URL", "http://127.0.0.1:9201")
SEARCH_INDEX = _str("SEARCH_INDEX", "mestring")
SEARCH_LOG_MAX_AGE_DAYS = _int("SEARCH_LOG_MAX_AGE_DAYS", 180)
WAGTAILADMIN_BASE_URL = _str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
ACCESSIBILITY_STATEMENT_URL = _str("ACCESSIBILITY_STATEMENT_URL", "")
DEFAULT_FROM_EMAIL = _str("DEFAULT_FROM_EMAIL", "NK LMH <ikke-svar@mestring.no>")
SERVER_EMAIL = _str("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
EMAIL_HOST = _str("EMAIL_HOST", "localhost")
EMAIL_PORT = _int("EMAIL_PORT", 25)
EMAIL_HOST_USER = _str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = _str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = _bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = _int("EMAIL_TIMEOUT", 10)
CLIENT_IP_HEADER = _str("CLIENT_IP_HEADER", "")
