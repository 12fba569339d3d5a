"""Centre settings are signed by a manager; a lost recovery key can be replaced."""

from __future__ import annotations

import sqlite3

import pytest

from womenscentre.domain.settings import CentreSettings
from womenscentre.domain.users import Role
from womenscentre.errors import InvalidInput, NotPermitted, UnlockFailed
from womenscentre.services.lifecycle import reset_with_recovery
from womenscentre.vault.kdf import INSECURE_TEST_POLICY

KW_PASS = "velvet orbit lantern"


def test_settings_default_safely_and_keep_a_managers_choice(manager, reopen):
    assert manager.settings.get() == CentreSettings()
    assert manager.settings.get().idle_lock_minutes == 5
    chosen = CentreSettings(organisation_name="Harbour Lane Women's Centre", idle_lock_minutes=3)
    manager.settings.update(chosen)
    manager.lock()
    assert reopen("morgan", "plum kettle harbour").settings.get() == chosen


def test_idle_lock_cannot_be_switched_off_or_stretched():
    with pytest.raises(ValueError):
        CentreSettings(idle_lock_minutes=0)
    with pytest.raises(ValueError):
        CentreSettings(idle_lock_minutes=600)


def test_keyworkers_read_settings_but_cannot_change_them(manager, reopen):
    manager.users.add("ash", Role.KEYWORKER, KW_PASS)
    manager.settings.update(CentreSettings(idle_lock_minutes=2))
    manager.lock()
    ash = reopen("ash", KW_PASS)
    assert ash.settings.get().idle_lock_minutes == 2
    with pytest.raises(NotPermitted):
        ash.settings.update(CentreSettings(idle_lock_minutes=15))


def test_settings_edited_in_the_file_fall_back_to_safe_defaults(manager, reopen, vault_paths):
    """Swap in another vault-valid sealed blob without a manager's signature: ignored."""
    manager.settings.update(CentreSettings(idle_lock_minutes=2))
    with sqlite3.connect(vault_paths.database) as db:
        (first,) = db.execute("SELECT value FROM meta WHERE key='settings'").fetchone()
    manager.settings.update(CentreSettings(idle_lock_minutes=15))
    manager.lock()
    with sqlite3.connect(vault_paths.database) as db:
        db.execute("UPDATE meta SET value=? WHERE key='settings'", (first,))
    vault = reopen("morgan", "plum kettle harbour")
    assert vault.settings.get() == CentreSettings()
    assert vault.settings.tampered


def test_settings_survive_a_manager_key_rotation(manager, reopen):
    sam = manager.users.add("sam", Role.MANAGER, "granite willow tea")
    manager.settings.update(CentreSettings(idle_lock_minutes=4))
    manager.users.remove(sam.id, "Moved to another centre")
    assert manager.settings.get().idle_lock_minutes == 4
    assert not manager.settings.tampered


def test_replacing_the_recovery_key_retires_the_old_one(new_vault, vault_paths, clock):
    old_key = new_vault.recovery_key
    new_key = new_vault.vault.users.replace_recovery_key()
    assert new_key != old_key
    new_vault.vault.lock()
    with pytest.raises(InvalidInput):
        reset_with_recovery(
            vault_paths,
            old_key,
            "morgan",
            "copper meadow sparrow",
            clock=clock,
            policy=INSECURE_TEST_POLICY,
        )
    reset_with_recovery(
        vault_paths,
        new_key,
        "morgan",
        "copper meadow sparrow",
        clock=clock,
        policy=INSECURE_TEST_POLICY,
    )
    files = b"".join(p.read_bytes() for p in vault_paths.root.rglob("*") if p.is_file())
    assert new_key.encode() not in files and new_key.replace("-", "").encode() not in files


def test_failed_unlock_says_how_long_the_next_try_must_wait(manager, reopen, clock):
    manager.lock()
    waits = []
    for _ in range(5):
        with pytest.raises(UnlockFailed) as caught:
            reopen("morgan", "not the passphrase")
        waits.append(caught.value.next_wait_seconds)
        clock.advance(caught.value.next_wait_seconds)
    assert waits == [0, 0, 1, 2, 4]


def test_guidance_choices_are_kept_in_the_signed_settings(manager, reopen):
    chosen = CentreSettings(
        disabled_rules=("eng.did-not-engage",), allowed_phrases=("Willow Lane Refuge",)
    )
    manager.settings.update(chosen)
    manager.lock()
    again = reopen("morgan", "plum kettle harbour").settings.get()
    assert again.disabled_rules == ("eng.did-not-engage",)
    assert again.allowed_phrases == ("Willow Lane Refuge",)
