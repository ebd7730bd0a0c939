from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LanguagesConfig(AppConfig):
    """The site's written standards in the admin: translating with wagtail-localize (the Apertium
    machine translator, the guards on its views), and the translation and language reports."""

    name = "languages"
    verbose_name = _("Språk og oversettelse")
