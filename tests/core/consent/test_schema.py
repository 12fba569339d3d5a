"""The tables the migrations make match the models exactly, consent and sharing included."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from womenscentre.store import engine as store_engine
from womenscentre.store import migrate
from womenscentre.store.models import Base

NEW_TABLES = {"consents", "unsent_packs", "sharing_decisions", "exports"}


def test_migrations_match_the_models_and_0004_goes_down_cleanly(tmp_path):
    engine = store_engine.make_engine(tmp_path / "schema.sqlite3")
    try:
        migrate.upgrade(engine)
        with engine.connect() as connection:
            assert set(engine.dialect.get_table_names(connection)) >= NEW_TABLES
            assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
        migrate.downgrade(engine, "0003")
        with engine.connect() as connection:
            assert not set(engine.dialect.get_table_names(connection)) & NEW_TABLES
    finally:
        engine.dispose()
