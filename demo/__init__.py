"""Demo content for `manage.py load_demo`: a realistic NK LMH site, loaded through `import_content`.

See docs/demo-content.md.
"""
