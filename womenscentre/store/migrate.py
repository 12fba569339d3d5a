"""Schema versions through Alembic, run from code against the vault's own engine."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text

from womenscentre.errors import VaultFromNewerVersion

SCRIPT_LOCATION = "womenscentre.store:migrations"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(_config())
    return {revision.revision for revision in script.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return None if row is None else str(row[0])


def needs_upgrade(engine: Engine) -> bool:
    """True when the file is behind this app; refuses a file from a newer app."""
    current = current_revision(engine)
    if current is not None and current not in known_revisions():
        raise VaultFromNewerVersion
    return current != head_revision()


def upgrade(engine: Engine, target: str = "head") -> None:
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)


def downgrade(engine: Engine, target: str) -> None:
    """Only for tests of the upgrade path; the app never goes backwards."""
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, target)
