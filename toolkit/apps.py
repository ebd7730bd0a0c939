from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ToolkitConfig(AppConfig):
    name = "toolkit"
    verbose_name = _("Verktøykasse")

    def ready(self):
        from . import interchange  # noqa: F401  (registers the page type with the content format)
