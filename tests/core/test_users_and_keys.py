"""Staff accounts and key management behave as the key hierarchy promises."""

from __future__ import annotations

import sqlite3

import pytest

from womenscentre.domain.users import Role
from womenscentre.errors import InvalidInput, UnlockFailed, VaultExists
from womenscentre.services.lifecycle import create_vault
from womenscentre.vault.kdf import INSECURE_TEST_POLICY

KW_PASS = "velvet orbit lantern"


def _meta(paths, key):
    with sqlite3.connect(paths.database) as db:
        return db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()[0]


def test_new_user_must_choose_her_own_passphrase(manager, reopen):
    """A passphrase a manager typed for her is for the first unlock only."""
    manager.users.add("ash", Role.KEYWORKER, KW_PASS)
    manager.lock()
    ash = reopen("ash", KW_PASS)
    assert ash.must_change_passphrase
    ash.users.change_own_passphrase(KW_PASS, "copper meadow sparrow")
    assert not ash.must_change_passphrase
    ash.lock()
    with pytest.raises(UnlockFailed):
        reopen("ash", KW_PASS)
    assert reopen("ash", "copper meadow sparrow").user.username == "ash"


def test_wrong_current_passphrase_changes_nothing(manager, reopen):
    with pytest.raises(InvalidInput):
        manager.users.change_own_passphrase("not my passphrase at all", "copper meadow sparrow")
    manager.lock()
    assert reopen("morgan", "plum kettle harbour").user.username == "morgan"


def test_weak_passphrases_are_refused_with_advice(manager):
    with pytest.raises(InvalidInput) as caught:
        manager.users.add("kit", Role.KEYWORKER, "short")
    assert "12" in caught.value.message


def test_promoting_a_keyworker_lets_her_manage(manager, reopen):
    ash = manager.users.add("ash", Role.KEYWORKER, KW_PASS)
    manager.users.change_role(ash.id, Role.MANAGER)
    manager.lock()
    promoted = reopen("ash", KW_PASS)
    assert promoted.user.role is Role.MANAGER
    assert promoted.keyring.manager_key is not None
    promoted.users.add("kit", Role.KEYWORKER, "another long passphrase")


def test_removing_a_manager_rotates_the_authority_and_resigns_everyone(
    manager, reopen, vault_paths
):
    second = manager.users.add("sam", Role.MANAGER, "granite willow tea")
    keyworker = manager.users.add("ash", Role.KEYWORKER, KW_PASS)
    authority_before = _meta(vault_paths, "authority_public")
    manager.users.remove(second.id, "Moved to another centre")
    assert _meta(vault_paths, "authority_public") != authority_before
    assert _meta(vault_paths, "current_manager_key") == "mk-2"
    assert _meta(vault_paths, "current_item_key") == "ik-2"
    manager.lock()
    with pytest.raises(UnlockFailed):
        reopen("sam", "granite willow tea")
    # Everyone who remains still unlocks, because every role was signed again.
    assert reopen("ash", KW_PASS).user.id == keyworker.id


def test_demoting_a_manager_takes_the_manager_key_away(manager, reopen):
    sam = manager.users.add("sam", Role.MANAGER, "granite willow tea")
    manager.users.change_role(sam.id, Role.KEYWORKER)
    manager.lock()
    demoted = reopen("sam", "granite willow tea")
    assert demoted.user.role is Role.KEYWORKER
    assert demoted.keyring.manager_key is None


def test_a_manager_cannot_remove_or_demote_herself(manager):
    with pytest.raises(InvalidInput):
        manager.users.remove(manager.user.id, "testing the guard rail")
    with pytest.raises(InvalidInput):
        manager.users.change_role(manager.user.id, Role.KEYWORKER)


def test_duplicate_user_names_are_refused(manager):
    manager.users.add("ash", Role.KEYWORKER, KW_PASS)
    with pytest.raises(InvalidInput):
        manager.users.add("ash", Role.KEYWORKER, "copper meadow sparrow")


def test_a_second_vault_is_never_created_over_the_first(manager, vault_paths, clock):
    manager.lock()
    size = vault_paths.database.stat().st_size
    with pytest.raises(VaultExists):
        create_vault(
            vault_paths, "other", "copper meadow sparrow", clock=clock, policy=INSECURE_TEST_POLICY
        )
    assert vault_paths.database.stat().st_size == size


def test_records_written_before_a_rotation_still_open(manager, make):
    before = manager.people.add(make.person("Dee"), referral_source="self")
    ash = manager.users.add("ash", Role.KEYWORKER, KW_PASS)
    manager.users.remove(ash.id, "Left the centre")
    after = manager.people.add(make.person("Eve"), referral_source="self")
    assert manager.people.get(before.id).preferred_name == "Dee"
    assert manager.people.get(after.id).preferred_name == "Eve"
