"""Schema versions through Alembic, run from code against the vault's own engine.

Alembic, and the migration scripts it loads, are imported only when a schema changes or
the history is walked: every unlock asks whether the file is current, and the answer is
almost always yes, found by comparing with :data:`HEAD_REVISION`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from womenscentre.errors import VaultFromNewerVersion

if TYPE_CHECKING:
    from alembic.config import Config

SCRIPT_LOCATION = "womenscentre.store:migrations"
#: The newest migration's revision. Adding a migration means changing this too:
#: tests/core/test_migrate_head.py fails until it equals Alembic's own head.
HEAD_REVISION = "0006"


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

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
    if current == HEAD_REVISION:
        return False  # the usual case, answered without loading any migration script
    if current is not None and current not in known_revisions():
        raise VaultFromNewerVersion
    return current != head_revision()


def upgrade(engine: Engine, target: str = "head") -> None:
    from alembic import command

    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)


def downgrade(engine: Engine, target: str) -> None:
    """Only for tests of the upgrade path; the app never goes backwards."""
    from alembic import command

    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, target)
