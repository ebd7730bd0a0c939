from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CentresConfig(AppConfig):
    name = "centres"
    verbose_name = _("Sentre")

    def ready(self):
        from . import interchange  # noqa: F401  (registers the page type with the content format)
