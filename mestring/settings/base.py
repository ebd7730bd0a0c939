"""Production-safe base settings: DEBUG off, no secret key unless the environment gives one."""

from datetime import timedelta

import dj_database_url
from django.utils.translation import gettext_lazy as _

from mestring import env

BASE_DIR = env.BASE_DIR
SECRET_KEY = env.SECRET_KEY
DEBUG = env.DEBUG
ALLOWED_HOSTS = env.ALLOWED_HOSTS

INSTALLED_APPS = [
    "core",
    "home",
    "articles",
    "centres",
    "offers",
    "toolkit",
    "search",
    "interchange",
    "demo",
    "editorial",
    "accounts",
    "languages",
    "django_tasks",
    "django_tasks_db",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Two-factor login (docs/accounts.md): django_otp marks the verified session, ours asks for the code.
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so it turns a login lockout into the locked-out login page whatever view raised it.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "mestring.urls"
WSGI_APPLICATION = "mestring.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "home.context_processors.site_navigation",
            ],
        },
    },
]

DATABASES = {"default": dj_database_url.parse(env.DATABASE_URL, conn_max_age=60)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: bokmål is the default; nynorsk is its equal; English is a courtesy.
LANGUAGE_CODE = "nb"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("nb", _("Norsk bokmål")),
    ("nn", _("Norsk nynorsk")),
    ("en", _("English")),
]
WAGTAIL_I18N_ENABLED = True
# The project's own strings (source in bokmål) first; then locale/wagtail/, which fills the
# bokmål strings Wagtail and wagtail-localize lack and holds their nynorsk admin (docs/translation.md).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "wagtail"]
TIME_ZONE = "Europe/Oslo"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env.STATIC_ROOT
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.MEDIA_ROOT
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
# Norwegian public-sector sites publish their accessibility statement on uustatus.no.
ACCESSIBILITY_STATEMENT_URL = env.ACCESSIBILITY_STATEMENT_URL
WAGTAIL_SITE_NAME = "Nasjonal kompetansetjeneste for læring og mestring innen helse"
WAGTAILADMIN_BASE_URL = env.WAGTAILADMIN_BASE_URL
WAGTAILIMAGES_IMAGE_MODEL = "core.CustomImage"
WAGTAILDOCS_DOCUMENT_MODEL = "core.CustomDocument"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "txt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars from Gravatar: the admin would send a hash of every editor's e-mail address to a third
# party, and the admin's pages would wait on a host outside the site.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Wagtail's login form with its password field labelled in the admin's language (accounts/forms.py).
WAGTAILADMIN_USER_LOGIN_FORM = "accounts.forms.LoginForm"
WAGTAIL_MODERATION_ENABLED = True
# Approving the last step publishes; a centre lead's approval of new sessions may (editorial/finish.py).
WAGTAIL_FINISH_WORKFLOW_ACTION = "editorial.finish.publish_approved"
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Pages whose "Sist faglig vurdert" is older than this are listed in the admin report "Faglig
# vurdering forfalt" (editorial/reports.py).
EDITORIAL_REVIEW_MAX_AGE_DAYS = 365
# Staff choose their admin language among the site's own; without a choice the admin and the
# notification e-mails they get are in bokmål (LANGUAGE_CODE).
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# wagtail-localize: translations stay in sync with their source; a nynorsk draft can be filled
# from bokmål by Apertium, offline (languages/machine_translation.py, docs/translation.md).
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {"CLASS": "languages.machine_translation.ApertiumTranslator", "OPTIONS": {}}
# A new translation of a live page is a draft that goes through its own review, instead of being
# published at once with the source's untranslated text (languages/guards.py).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# E-mail (docs/mail.md): every message is handed to a task, so a slow or silent mail server never
# holds a request; the task delivers it with MAIL_DELIVERY_BACKEND and logs a failure.
EMAIL_BACKEND = "core.mail.TaskEmailBackend"
MAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = env.EMAIL_HOST
EMAIL_PORT = env.EMAIL_PORT
EMAIL_HOST_USER = env.EMAIL_HOST_USER
EMAIL_HOST_PASSWORD = env.EMAIL_HOST_PASSWORD
EMAIL_USE_TLS = env.EMAIL_USE_TLS
EMAIL_TIMEOUT = env.EMAIL_TIMEOUT
DEFAULT_FROM_EMAIL = env.DEFAULT_FROM_EMAIL
SERVER_EMAIL = env.SERVER_EMAIL
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
# Notifications are plain text: the text templates are the ones editorial/ writes in every language.
WAGTAILADMIN_NOTIFICATION_USE_HTML = False

# Search: the engine is a setting; views never ask which one runs (docs/search.md). env.py refuses
# any SEARCH_BACKEND that is not one of env.SEARCH_BACKENDS.
#
# The public search (search/) keeps its corpus in the database always: it is the engine when
# SEARCH_BACKEND is "database" and the fallback when a search server is down. With a search
# server it also keeps one index per language there (search/engines/server.py).
SEARCH_ENGINE = {
    "ENGINE": env.SEARCH_BACKEND,
    "URL": env.SEARCH_URL,
    "INDEX": env.SEARCH_INDEX,
    # Seconds a visitor waits for the search server before the database answers instead.
    "TIMEOUT": 2,
    # Make each write visible to searches before returning (tests); a server refreshes each second.
    "REFRESH": False,
}
# The query log (search/querylog.py) keeps each day's counts this many days; `manage.py
# prune_search_log` deletes older rows.
SEARCH_LOG_MAX_AGE_DAYS = env.SEARCH_LOG_MAX_AGE_DAYS
# Where search keeps what it builds once and reads at start-up (its compound lexicon).
SEARCH_CACHE_DIR = env.VAR_DIR / "cache"
# On PostgreSQL the database backend uses the text search configuration search's migration makes.
_DATABASE_SEARCH = {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": True}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    _DATABASE_SEARCH["SEARCH_CONFIG"] = "mestring_norwegian"
# Wagtail's own search (the admin's page, document and snippet search) runs on the same engine.
# Wagtail's opensearch3 backend is the one written for opensearch-py 3, and it talks to OpenSearch
# 2 and 3 nodes alike (its opensearch2 backend needs opensearch-py 2).
_SEARCH_BACKENDS = {
    "database": _DATABASE_SEARCH,
    "opensearch": {
        "BACKEND": "wagtail.search.backends.opensearch3",
        "URLS": [env.SEARCH_URL],
        "INDEX_PREFIX": f"{env.SEARCH_INDEX}_admin_",
        "TIMEOUT": 10,
    },
    "elasticsearch": {
        "BACKEND": "wagtail.search.backends.elasticsearch9",
        "URLS": [env.SEARCH_URL],
        "INDEX_PREFIX": f"{env.SEARCH_INDEX}_admin_",
        "TIMEOUT": 10,
    },
}
WAGTAILSEARCH_BACKENDS = {"default": _SEARCH_BACKENDS[env.SEARCH_BACKEND]}
if env.SEARCH_BACKEND != "database":
    # The public search's fallback; search/corpus.py writes to it, Wagtail's signals do not.
    WAGTAILSEARCH_BACKENDS["database"] = dict(_DATABASE_SEARCH, AUTO_UPDATE=False)
SEARCH_DATABASE_BACKEND = "default" if env.SEARCH_BACKEND == "database" else "database"

# Background work (document text extraction, search indexing). The immediate backend runs a
# task at the end of the transaction; production can point this at a real queue.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Production queues them in the database instead (settings/production.py): `manage.py db_worker` runs them.
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Security: production-safe by default.
SESSION_COOKIE_HTTPONLY = True

# Staff accounts (docs/accounts.md). The lockout backend goes first so a locked username is refused
# before its password is even checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# A username is locked after 5 failed logins (or two-factor codes) within 15 minutes, from any
# number of addresses; an address after 20 for any usernames. The address limit is higher because a
# hospital's staff share one outgoing address (accounts/lockout.py).
AXES_HANDLER = "accounts.lockout.LockoutHandler"
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_FAILURE_LIMIT = 5
ACCOUNTS_ADDRESS_FAILURE_LIMIT = 20
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
AXES_CLIENT_IP_CALLABLE = "accounts.client.client_ip"
# Django's admin is not mounted; Wagtail's lockout page is ours.
AXES_ENABLE_ADMIN = False
# Behind a reverse proxy every request comes from the proxy: name the header it sets to the real
# client address (the last entry is used), or the limits would count all visitors as one.
ACCOUNTS_CLIENT_IP_HEADER = env.CLIENT_IP_HEADER
# django-ratelimit, in the default cache (production: the database cache). Every post counts.
ACCOUNTS_RATE_LIMITS = {
    "password_reset_email": "3/h",  # per address typed into the reset form
    "password_reset_address": "10/h",  # per client address
    "page_password": "10/15m",  # per client address and password-protected section
}
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "accounts/password_required.html"
OTP_TOTP_ISSUER = "NK LMH"
# A staff session ends after a working day (10 hours from the last change to the session), with or
# without "Husk meg": Wagtail's login sets a remembered session to live SESSION_COOKIE_AGE, and an
# unremembered one ends with the browser as well. Django's default is two weeks.
SESSION_COOKIE_AGE = 10 * 60 * 60
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "SAMEORIGIN"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"mestring": {"handlers": ["console"], "level": "INFO", "propagate": False}},
}
