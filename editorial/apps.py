from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from core import workflow_routing


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = _("Redaksjonell arbeidsflyt")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import centre_admin, guards, notifications, routing  # noqa: F401  (centre_admin, guards: admin hooks)

        workflow_routing.register(routing.route)
        notifications.register_signal_handlers()
