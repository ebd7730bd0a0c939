"""Local development: debug on, a throwaway key, e-mail to the console."""

from mestring import env

from .base import *  # noqa: F401,F403

DEBUG = env._bool("DEBUG", True)
SECRET_KEY = env.SECRET_KEY or "dev-only-insecure-key-never-use-in-production"
ALLOWED_HOSTS = ["*"]
# Mail still goes through the task queue, and is then printed instead of sent.
MAIL_DELIVERY_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Static files come from the finders here; WhiteNoise serves the collected files in production.
MIDDLEWARE = [m for m in MIDDLEWARE if m != "whitenoise.middleware.WhiteNoiseMiddleware"]  # noqa: F405

# The default SQLite database and media live in var/; SQLite will not create the folder itself.
env.VAR_DIR.mkdir(exist_ok=True)
