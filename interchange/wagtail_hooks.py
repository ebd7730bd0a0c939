from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter

from .importer import IMPORT_LOG_ACTION


@hooks.register("register_log_actions")
def register_import_log_action(actions):
    @actions.register_action(IMPORT_LOG_ACTION)
    class ImportFormatter(LogFormatter):
        label = _("Import")

        def format_message(self, log_entry):
            source = (log_entry.data or {}).get("file")
            if source:
                return _("Importert fra %(file)s") % {"file": source}
            return _("Importert")
