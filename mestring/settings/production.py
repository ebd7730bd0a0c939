"""Production: the secret key must come from the environment."""

from django.core.exceptions import ImproperlyConfigured

from mestring import env

from .base import *  # noqa: F401,F403

if not env.SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment in production.")

# Index updates and text extraction wait in the database for `manage.py db_worker`, so publishing
# never waits for them (docs/search.md).
TASKS = DATABASE_TASKS  # noqa: F405

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True

# The rate limits (accounts/) count in the cache, and every web process must see the same counts:
# the database cache. Its table comes from accounts' migration
# (manage.py createcachetable makes it too).
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "django_cache",
    }
}
