"""Content import and export in the JSON Lines interchange format (shared/content-format.md).

The engine (reading, checking and writing lines, the all-or-nothing import, the export) lives here;
each domain app declares how its page type is read and written in its own `interchange.py`, and
registers it with `interchange.registry`. See docs/import-export.md.
"""
