"""Admin hooks for the translation status and language reports."""
