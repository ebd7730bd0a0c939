"""Lean settings for the test suite."""

import tempfile

from .base import *  # noqa: F401,F403

SECRET_KEY = "test-only-key"
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = tempfile.mkdtemp(prefix="mestring-test-media-")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tests that follow a message through the task queue (tests/mail/) deliver it to the outbox too,
# or point this at their own SMTP server.
MAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

# Static files come from the finders here; WhiteNoise serves the collected files in production.
MIDDLEWARE = [m for m in MIDDLEWARE if m != "whitenoise.middleware.WhiteNoiseMiddleware"]  # noqa: F405
