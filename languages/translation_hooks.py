"""Admin hooks for translating pages and snippets with wagtail-localize."""
