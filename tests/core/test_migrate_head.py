"""Unlock asks "is this file current?" without loading Alembic or any migration script.

``migrate.HEAD_REVISION`` answers it; these tests keep that constant honest, so a new
migration without it fails here rather than being skipped on unlock.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import womenscentre
from womenscentre.store import engine as store_engine
from womenscentre.store import migrate

REPO = Path(womenscentre.__file__).resolve().parent.parent


def test_the_head_constant_is_alembics_own_head() -> None:
    assert migrate.head_revision() == migrate.HEAD_REVISION
    assert migrate.HEAD_REVISION in migrate.known_revisions()


def test_a_current_vault_is_answered_without_importing_alembic(new_vault, vault_paths) -> None:
    new_vault.vault.lock()
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from womenscentre.store import engine, migrate\n"
        f"e = engine.make_engine(Path({str(vault_paths.database)!r}))\n"
        "print(migrate.needs_upgrade(e), 'alembic' in sys.modules)\n"
        "e.dispose()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=60,
        check=True,
    )
    assert done.stdout.split() == ["False", "False"]


def test_an_older_vault_still_needs_upgrading(new_vault, vault_paths) -> None:
    new_vault.vault.lock()
    engine = store_engine.make_engine(vault_paths.database)
    try:
        migrate.downgrade(engine, "0001")
        assert migrate.needs_upgrade(engine)
        migrate.upgrade(engine)
        assert not migrate.needs_upgrade(engine)
    finally:
        engine.dispose()
