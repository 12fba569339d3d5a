"""Creating a vault, unlocking it, and resetting a passphrase with the recovery key."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from womenscentre.clock import Clock, SystemClock
from womenscentre.domain.audit import AuditAction
from womenscentre.domain.users import Role, UserStatus
from womenscentre.errors import InvalidInput, UnlockFailed, UnlockThrottled, UserFacingError
from womenscentre.i18n import tr
from womenscentre.passphrase_policy import check_passphrase
from womenscentre.paths import VaultPaths
from womenscentre.services import audit, keyset, throttle
from womenscentre.services.keyset import AUDIT_KEY_ID, RECOVERY_HOLDER
from womenscentre.services.opening import OpenedFile, create_new, open_existing
from womenscentre.services.unlocked import UnlockedVault, iso_minute
from womenscentre.store import engine as store_engine
from womenscentre.store import migrate
from womenscentre.store.models import KeySlot, User
from womenscentre.store.snapshot import remove_stale_partials, sealed_snapshot
from womenscentre.vault import keys
from womenscentre.vault.aead import DamagedBlob
from womenscentre.vault.kdf import KdfPolicy, policy_from_environment
from womenscentre.vault.keyring import Keyring
from womenscentre.vault.recovery_key import (
    RecoveryKeyInvalid,
    format_recovery_key,
    new_recovery_secret,
    parse_recovery_key,
)
from womenscentre.vault.selftest import run_self_test

FORMAT = "1"


class AccountNeedsAttention(UserFacingError):
    def __init__(self) -> None:
        super().__init__(
            tr(
                "This account's details have been changed outside womenscentre, so it can't be "
                "opened. Nothing has been lost. Please ask a manager to run a vault check."
            )
        )


def validate_username(username: str) -> str:
    cleaned = username.strip()
    if not (1 <= len(cleaned) <= 64) or any(ch.isspace() for ch in cleaned):
        raise InvalidInput(
            tr(
                "Please choose a user name of up to 64 characters with no spaces, for example "
                "'sam.k'."
            )
        )
    return cleaned


def validate_new_passphrase(passphrase: str, username: str) -> None:
    problem = check_passphrase(passphrase, username=username)
    if problem:
        raise InvalidInput(problem)


@dataclass(frozen=True)
class NewVault:
    vault: UnlockedVault
    recovery_key: str


def create_vault(
    paths: VaultPaths,
    username: str,
    passphrase: str,
    *,
    clock: Clock | None = None,
    policy: KdfPolicy | None = None,
    training: bool = False,
) -> NewVault:
    """Make a vault and its first manager. The recovery key is returned, never stored."""
    run_self_test()
    clock = clock or SystemClock()
    policy = policy or policy_from_environment()
    username = validate_username(username)
    validate_new_passphrase(passphrase, username)
    opened = create_new(paths)
    try:
        now = iso_minute(clock)
        vault_id = str(uuid.uuid4())
        user_id = str(uuid.uuid4())
        item_key, manager_key, audit_key = keys.random_key(), keys.random_key(), keys.random_key()
        reader_private, reader_public = keys.new_holder_keypair()
        recovery_secret = new_recovery_secret()
        with Session(store_engine.writer(opened.engine)) as session, session.begin():
            for name, value in {
                "vault_id": vault_id,
                "format": FORMAT,
                "current_item_key": "ik-1",
                "current_manager_key": "mk-1",
                "authority_public": keys.authority_public_bytes(manager_key).hex(),
            }.items():
                keyset.meta_set(session, name, value)
            private, public = keys.new_holder_keypair()
            keyset.write_passphrase_slot(
                session,
                vault_id=vault_id,
                holder_id=user_id,
                passphrase=passphrase,
                private=private,
                public=public,
                policy=policy,
                now=now,
            )
            rec_private, rec_public = keys.new_holder_keypair()
            keyset.write_recovery_slot(
                session,
                vault_id=vault_id,
                recovery_secret=recovery_secret,
                private=rec_private,
                public=rec_public,
                now=now,
            )
            for holder in (user_id, RECOVERY_HOLDER):
                for key_id, secret in (
                    ("ik-1", item_key),
                    ("mk-1", manager_key),
                    (AUDIT_KEY_ID, audit_key),
                    ("ar-1", reader_private),
                ):
                    keyset.grant(
                        session,
                        vault_id=vault_id,
                        key_id=key_id,
                        holder_id=holder,
                        secret=secret,
                        now=now,
                    )
            user = User(
                id=user_id,
                username=username,
                role=Role.MANAGER.value,
                status=UserStatus.ACTIVE.value,
                role_signature=b"",
                must_change_passphrase=False,
                created_at=now,
                updated_at=now,
                version=1,
            )
            session.add(user)
            session.flush()
            keyset.sign_user(session, vault_id, user, manager_key)
            keyset.sign_vault_kind(session, vault_id, training, manager_key)
            keyset.set_audit_reader_public(session, "ar-1", reader_public)
            user_key = _user_cache_key(private, vault_id, user_id)
            keys.zero(private)
            keys.zero(rec_private)
            keyring = Keyring(
                item_keys={"ik-1": item_key},
                current_item_key="ik-1",
                audit_key=audit_key,
                manager_key=manager_key,
                manager_key_id="mk-1",
                audit_reader_public=("ar-1", reader_public),
                audit_readers={"ar-1": reader_private},
            )
            keyring.attach_user_key(user_key)
            audit.append(
                session,
                keyring,
                ts=clock.now().isoformat(),
                actor_id=user_id,
                action=AuditAction.VAULT_CREATED,
            )
            audit.append(
                session,
                keyring,
                ts=clock.now().isoformat(),
                actor_id=user_id,
                action=AuditAction.USER_ADDED,
                record_id=user_id,
                details={"role": Role.MANAGER.value},
            )
        recovery_text = format_recovery_key(recovery_secret)
        keys.zero(recovery_secret)
    except BaseException:
        opened.close()
        raise
    vault = UnlockedVault(
        opened, keyring, vault_id=vault_id, user_id=user_id, clock=clock, policy=policy
    )
    vault.write_anchor()
    return NewVault(vault, recovery_text)


def unlock(
    paths: VaultPaths,
    username: str,
    passphrase: str,
    *,
    clock: Clock | None = None,
    policy: KdfPolicy | None = None,
) -> UnlockedVault:
    run_self_test()
    clock = clock or SystemClock()
    policy = policy or policy_from_environment()
    opened = open_existing(paths)
    # Holding the vault's lock: any temporary file a crash left here is no one's write now.
    remove_stale_partials([paths.root, paths.snapshots])
    try:
        keyring, vault_id, user_id = _unlock_keys(opened, username, passphrase, clock, policy)
        _migrate_if_needed(opened, keyring, vault_id, clock)
        vault = UnlockedVault(
            opened, keyring, vault_id=vault_id, user_id=user_id, clock=clock, policy=policy
        )
        vault.record_unlock()
    except BaseException:
        opened.close()
        raise
    return vault


def _unlock_keys(
    opened: OpenedFile, username: str, passphrase: str, clock: Clock, policy: KdfPolicy
) -> tuple[Keyring, str, str]:
    with Session(store_engine.writer(opened.engine)) as session, session.begin():
        wait = throttle.seconds_to_wait(session, clock.now())
        if wait:
            raise UnlockThrottled(wait)
        vault_id = keyset.meta_get(session, "vault_id") or ""
        if not _encodable(username, passphrase):
            # Text that isn't valid Unicode (e.g. from a mis-encoded environment) is a
            # failed attempt like any other: same cost, same count, same message.
            keyset.burn_equivalent_kdf(session, "unencodable", policy)
            wait = throttle.record_failure(session, clock.now())
            session.commit()
            raise UnlockFailed(wait)
        user = session.scalars(
            select(User).where(
                User.username == username.strip(), User.status == UserStatus.ACTIVE.value
            )
        ).first()
        slot = session.get(KeySlot, user.id) if user is not None else None
        private: bytearray | None = None
        if slot is None:
            keyset.burn_equivalent_kdf(session, passphrase, policy)
        else:
            try:
                private = keyset.open_passphrase_slot(
                    slot, vault_id=vault_id, passphrase=passphrase, policy=policy
                )
            except DamagedBlob:
                private = None
        if private is None or user is None:
            wait = throttle.record_failure(session, clock.now())
            session.commit()
            raise UnlockFailed(wait)
        try:
            granted = keyset.open_grants(
                session, vault_id=vault_id, holder_id=user.id, private=private
            )
            user_key = _user_cache_key(private, vault_id, user.id)
        finally:
            keys.zero(private)
        keyring = _keyring_from_grants(session, granted)
        keyring.attach_user_key(user_key)
        if not keyset.role_is_authentic(session, vault_id, user) or (
            user.role == Role.MANAGER.value and not _authority_matches(session, keyring)
        ):
            keyring.close()
            raise AccountNeedsAttention
        return keyring, vault_id, user.id


def _user_cache_key(private: bytearray, vault_id: str, user_id: str) -> bytearray:
    """The key of her own sealed caches: only someone who can open her slot can derive it."""
    return keys.hkdf(private, f"wc-user-cache/v1/{vault_id}/{user_id}")


def _encodable(*texts: str) -> bool:
    try:
        for text in texts:
            text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _keyring_from_grants(session: Session, granted: dict[str, bytearray]) -> Keyring:
    current_ik = keyset.meta_get(session, "current_item_key") or ""
    current_mk = keyset.meta_get(session, "current_manager_key")
    if current_ik not in granted or AUDIT_KEY_ID not in granted:
        raise DamagedBlob("the current keys are not granted to this holder")
    item_keys = {k: v for k, v in granted.items() if k.startswith("ik-")}
    manager_key = granted.get(current_mk or "")
    for key_id, secret in granted.items():
        if key_id.startswith("mk-") and secret is not manager_key:
            keys.zero(secret)
    return Keyring(
        item_keys=item_keys,
        current_item_key=current_ik,
        audit_key=granted[AUDIT_KEY_ID],
        manager_key=manager_key,
        manager_key_id=current_mk if manager_key is not None else None,
        audit_reader_public=keyset.audit_reader_public(session),
        audit_readers={k: v for k, v in granted.items() if k.startswith("ar-")},
    )


def _authority_matches(session: Session, keyring: Keyring) -> bool:
    manager_key = keyring.manager_key
    stored = keyset.meta_get(session, "authority_public")
    return manager_key is not None and stored == keys.authority_public_bytes(manager_key).hex()


def _migrate_if_needed(opened: OpenedFile, keyring: Keyring, vault_id: str, clock: Clock) -> None:
    """Migrations run only after a sealed copy of the whole file has been written."""
    if not migrate.needs_upgrade(opened.engine):
        return
    before = migrate.current_revision(opened.engine) or "none"
    stamp = clock.now().strftime("%Y%m%dT%H%M%S")
    target = opened.paths.snapshots / f"before-migration-{before}-{stamp}.wcsnap"
    key_id = keyring.current_item_key_id
    sealed_snapshot(
        opened.paths.database,
        target,
        vault_id=vault_id,
        key_id=key_id,
        item_key=keyring.item_key(key_id),
    )
    migrate.upgrade(opened.engine)
    with Session(store_engine.writer(opened.engine)) as session, session.begin():
        audit.append(
            session,
            keyring,
            ts=clock.now().isoformat(),
            actor_id=None,
            action=AuditAction.MIGRATION,
            details={"from": before, "to": migrate.head_revision()},
        )


def reset_with_recovery(
    paths: VaultPaths,
    recovery_key: str,
    username: str,
    new_passphrase: str,
    *,
    clock: Clock | None = None,
    policy: KdfPolicy | None = None,
) -> None:
    """Give a user a new passphrase using the recovery key from the centre's safe.

    The user gets a fresh key pair, every vault key is granted to it again, and her
    role is re-signed; she is asked to choose her own passphrase at next unlock.
    """
    run_self_test()
    clock = clock or SystemClock()
    policy = policy or policy_from_environment()
    try:
        secret = parse_recovery_key(recovery_key)
    except RecoveryKeyInvalid as exc:
        raise InvalidInput(
            tr(
                "That recovery key doesn't look right. Please check each group of four "
                "characters against the printed copy and try again."
            )
        ) from exc
    validate_new_passphrase(new_passphrase, username)
    opened = open_existing(paths)
    try:
        with Session(store_engine.writer(opened.engine)) as session, session.begin():
            vault_id = keyset.meta_get(session, "vault_id") or ""
            try:
                recovery_private = keyset.open_recovery_slot(
                    session, vault_id=vault_id, secret=secret
                )
            except DamagedBlob as exc:
                raise InvalidInput(
                    tr(
                        "That recovery key doesn't open this vault. Please check it is the key "
                        "printed for this centre's vault."
                    )
                ) from exc
            finally:
                keys.zero(secret)
            granted = keyset.open_grants(
                session, vault_id=vault_id, holder_id=RECOVERY_HOLDER, private=recovery_private
            )
            keys.zero(recovery_private)
            keyring = _keyring_from_grants(session, granted)
            user = session.scalars(
                select(User).where(
                    User.username == username.strip(), User.status == UserStatus.ACTIVE.value
                )
            ).first()
            if user is None:
                keyring.close()
                raise InvalidInput(tr("There is no active user with that name in this vault."))
            now = iso_minute(clock)
            private, public = keys.new_holder_keypair()
            keyset.write_passphrase_slot(
                session,
                vault_id=vault_id,
                holder_id=user.id,
                passphrase=new_passphrase,
                private=private,
                public=public,
                policy=policy,
                now=now,
            )
            keys.zero(private)
            keyset.revoke_grants(session, user.id)
            session.flush()
            for key_id, secret_key in granted.items():
                if keyset.manager_only(key_id) and user.role != Role.MANAGER.value:
                    continue
                keyset.grant(
                    session,
                    vault_id=vault_id,
                    key_id=key_id,
                    holder_id=user.id,
                    secret=secret_key,
                    now=now,
                )
            user.must_change_passphrase = True
            user.updated_at, user.version = now, user.version + 1
            assert keyring.manager_key is not None
            keyset.sign_user(session, vault_id, user, keyring.manager_key)
            audit.append(
                session,
                keyring,
                ts=clock.now().isoformat(),
                actor_id=None,
                action=AuditAction.RECOVERY_USE,
                record_id=user.id,
            )
            keyring.close()
    finally:
        opened.close()
