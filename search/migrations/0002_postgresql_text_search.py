"""PostgreSQL only: unaccent, pg_trgm and the `mestring_norwegian` text search configuration.

The database search backend matches terms search/analysis.py has already folded and stemmed;
`mestring_norwegian` (unaccent, then the Norwegian stemmer) treats both sides alike, and pg_trgm
finds correction candidates for typos quickly. Creating extensions needs a role that may do so
(the database owner on PostgreSQL 13+ for these trusted extensions). Nothing happens on SQLite.
"""

from django.db import migrations

CONFIG_SQL = """
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'mestring_norwegian') THEN
    CREATE TEXT SEARCH CONFIGURATION mestring_norwegian (COPY = pg_catalog.norwegian);
    ALTER TEXT SEARCH CONFIGURATION mestring_norwegian
      ALTER MAPPING FOR hword, hword_part, word WITH unaccent, norwegian_stem;
  END IF;
END
$$;
CREATE INDEX IF NOT EXISTS search_term_trigram ON search_searchterm USING gin (word gin_trgm_ops);
"""
DROP_SQL = """
DROP INDEX IF EXISTS search_term_trigram;
DROP TEXT SEARCH CONFIGURATION IF EXISTS mestring_norwegian;
"""


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CONFIG_SQL)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP_SQL)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_corpus")]

    # Django's CreateExtension cannot be unapplied on SQLite, so the SQL runs for PostgreSQL only.
    # Unapplying keeps the extensions: other parts of a database may use them.
    operations = [migrations.RunPython(forwards, backwards)]
