"""What the admin's spreadsheet exports share."""

# A spreadsheet reads a cell starting with one of these as a formula: page titles, queries and
# other text people typed must not become one when an editor opens the CSV.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class SafeSpreadsheetMixin:
    """CSV cells that would start a formula get a leading apostrophe (Wagtail escapes only XLSX).

    For a view with Wagtail's SpreadsheetExportMixin (every ReportView), before it in the bases."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV and isinstance(value, str) and value.startswith(FORMULA_START):
            return "'" + value
        return value
