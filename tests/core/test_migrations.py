"""Schema upgrades run on unlock, and only after a sealed copy of the file exists."""

from __future__ import annotations

import sqlite3

from womenscentre.services.lifecycle import unlock
from womenscentre.store import engine as store_engine
from womenscentre.store import migrate
from womenscentre.store.snapshot import MAGIC, open_snapshot
from womenscentre.vault.kdf import INSECURE_TEST_POLICY


def test_unlock_upgrades_an_older_vault_after_a_sealed_snapshot(
    new_vault, vault_paths, clock, make
):
    """Downgrade to the first schema, then unlock: snapshot first, then upgrade."""
    vault = new_vault.vault
    # A canary long enough that random ciphertext can't contain it by chance (a
    # three-letter name turned up in about one run in a hundred).
    name = "Ivy-canary-5b1e9d47"
    person = vault.people.add(make.person(name), referral_source="self")
    vault.lock()
    engine = store_engine.make_engine(vault_paths.database)
    migrate.downgrade(engine, "0001")
    assert migrate.current_revision(engine) == "0001"
    engine.dispose()

    reopened = unlock(
        vault_paths, "morgan", "plum kettle harbour", clock=clock, policy=INSECURE_TEST_POLICY
    )
    try:
        assert migrate.current_revision(reopened.engine) == migrate.head_revision()
        [snapshot] = list(vault_paths.snapshots.glob("before-migration-0001-*.wcsnap"))
        raw = snapshot.read_bytes()
        assert raw.startswith(MAGIC) and name.encode() not in raw and b"SQLite format" not in raw
        image = open_snapshot(
            snapshot,
            vault_id=reopened.vault_id,
            item_keys={k: reopened.keyring.item_key(k) for k in reopened.keyring.item_key_ids},
        )
        copy = vault_paths.root / "restored.sqlite3"
        copy.write_bytes(image)
        with sqlite3.connect(copy) as db:
            assert db.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
            assert db.execute("SELECT count(*) FROM people").fetchone() == (1,)
        assert reopened.people.get(person.id).preferred_name == name
        with reopened.read() as session:
            from sqlalchemy import select

            from womenscentre.store.models import AuditEntry

            actions = list(session.scalars(select(AuditEntry.action)))
        assert "migration" in actions
    finally:
        reopened.lock()


def test_a_current_vault_takes_no_snapshot(new_vault, vault_paths):
    new_vault.vault.lock()
    assert not vault_paths.snapshots.exists() or not any(vault_paths.snapshots.iterdir())
