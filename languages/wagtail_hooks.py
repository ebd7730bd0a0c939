"""Wagtail hooks of the languages app, one module per concern."""

from . import report_hooks, translation_hooks  # noqa: F401  (registers their hooks)
