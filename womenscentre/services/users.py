"""Staff accounts: adding and removing colleagues, roles, and passphrases.

Removing someone deletes her slot and her grants, then rotates the items key so
new records are sealed under a key she never held. Removing or demoting a
manager also rotates the manager key, which changes the authority key, so every
role is signed again and her old copy can no longer sign anything that counts.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from sqlalchemy import delete, select

from womenscentre.domain.audit import AuditAction
from womenscentre.domain.users import Role, StaffUser, UserStatus
from womenscentre.errors import InvalidInput
from womenscentre.i18n import tr
from womenscentre.services import keyset
from womenscentre.services.keyset import AUDIT_KEY_ID, RECOVERY_HOLDER
from womenscentre.services.settings import sign_settings
from womenscentre.store.models import KeyGrant, KeySlot, User
from womenscentre.vault import keys
from womenscentre.vault.aead import DamagedBlob

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from womenscentre.services.unlocked import UnlockedVault


def _staff(row: User) -> StaffUser:
    return StaffUser(row.id, row.username, Role(row.role), UserStatus(row.status))


class Users:
    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault

    def active(self) -> list[StaffUser]:
        with self._vault.read() as session:
            rows = session.scalars(
                select(User).where(User.status == UserStatus.ACTIVE.value).order_by(User.username)
            ).all()
            return [_staff(row) for row in rows]

    def add(self, username: str, role: Role, initial_passphrase: str) -> StaffUser:
        """She chooses her own passphrase at first unlock; this one is for today only."""
        from womenscentre.services.lifecycle import validate_new_passphrase, validate_username

        self._vault.access.require_manager(
            message=tr("Only a manager can add a colleague. Please ask a manager to help.")
        )
        username = validate_username(username)
        validate_new_passphrase(initial_passphrase, username)
        keyring = self._vault.keyring
        now = self._vault.now_minute()
        with self._vault.write() as session:
            if session.scalars(select(User).where(User.username == username)).first():
                raise InvalidInput(tr("That user name is taken. Please choose another."))
            user_id = str(uuid.uuid4())
            private, public = keys.new_holder_keypair()
            keyset.write_passphrase_slot(
                session,
                vault_id=self._vault.vault_id,
                holder_id=user_id,
                passphrase=initial_passphrase,
                private=private,
                public=public,
                policy=self._vault.policy,
                now=now,
            )
            keys.zero(private)
            session.flush()
            self._grant_all(session, user_id, role)
            row = User(
                id=user_id,
                username=username,
                role=role.value,
                status=UserStatus.ACTIVE.value,
                role_signature=b"",
                must_change_passphrase=True,
                created_at=now,
                updated_at=now,
                version=1,
            )
            session.add(row)
            session.flush()
            assert keyring.manager_key is not None
            keyset.sign_user(session, self._vault.vault_id, row, keyring.manager_key)
            self._vault.log(session, AuditAction.USER_ADDED, user_id, {"role": role.value})
            return _staff(row)

    def _grant_all(self, session: Session, holder_id: str, role: Role) -> None:
        keyring = self._vault.keyring
        secrets = {key_id: keyring.item_key(key_id) for key_id in keyring.item_key_ids}
        secrets[AUDIT_KEY_ID] = keyring.audit_key
        if role is Role.MANAGER:
            secrets.update(self._manager_secrets())
        for key_id, secret in secrets.items():
            self._grant(session, key_id, holder_id, secret)

    def remove(self, user_id: str, reason: str) -> None:
        self._vault.access.require_manager(
            message=tr("Only a manager can remove a colleague. Please ask a manager to help.")
        )
        if user_id == self._vault.user.id:
            raise InvalidInput(tr("You can't remove yourself. Please ask another manager."))
        with self._vault.write() as session:
            row = self._active_row(session, user_id)
            was_manager = row.role == Role.MANAGER.value
            session.execute(delete(KeySlot).where(KeySlot.holder_id == user_id))
            keyset.revoke_grants(session, user_id)
            row.status = UserStatus.REMOVED.value
            row.updated_at, row.version = self._vault.now_minute(), row.version + 1
            session.flush()
            self._vault.log(session, AuditAction.USER_REMOVED, user_id, {"reason": reason.strip()})
            self._rotate_item_key(session)
            if was_manager:
                self._rotate_manager_key(session)
            else:
                self._sign(session, row)

    def change_role(self, user_id: str, role: Role) -> StaffUser:
        self._vault.access.require_manager(
            message=tr("Only a manager can change someone's role. Please ask a manager to help.")
        )
        if user_id == self._vault.user.id:
            raise InvalidInput(tr("You can't change your own role. Please ask another manager."))
        with self._vault.write() as session:
            row = self._active_row(session, user_id)
            before = Role(row.role)
            if before is role:
                return _staff(row)
            row.role = role.value
            row.updated_at, row.version = self._vault.now_minute(), row.version + 1
            session.flush()
            self._vault.log(
                session, AuditAction.ROLE_CHANGE, user_id, {"from": before.value, "to": role.value}
            )
            if before is Role.MANAGER:
                self._rotate_manager_key(session)
            else:
                if role is Role.MANAGER:
                    self._grant_manager_key(session, user_id)
                self._sign(session, row)
            return _staff(row)

    def change_own_passphrase(self, old: str, new: str) -> None:
        """Re-wraps this user's slot only; no record is touched."""
        from womenscentre.services.lifecycle import validate_new_passphrase

        me = self._vault.user
        validate_new_passphrase(new, me.username)
        with self._vault.write() as session:
            slot = session.get(KeySlot, me.id)
            assert slot is not None
            try:
                private = keyset.open_passphrase_slot(
                    slot, vault_id=self._vault.vault_id, passphrase=old, policy=self._vault.policy
                )
            except DamagedBlob as exc:
                raise InvalidInput(
                    tr("Your current passphrase wasn't right. Please try again.")
                ) from exc
            keyset.write_passphrase_slot(
                session,
                vault_id=self._vault.vault_id,
                holder_id=me.id,
                passphrase=new,
                private=private,
                public=slot.public_key,
                policy=self._vault.policy,
                now=self._vault.now_minute(),
            )
            keys.zero(private)
            row = session.get(User, me.id)
            if row is not None and row.must_change_passphrase:
                row.must_change_passphrase = False
            self._vault.log(session, AuditAction.PASSPHRASE_CHANGE, me.id)

    def replace_recovery_key(self) -> str:
        """A new recovery key for the centre's safe; the old one stops working at once.

        For when the printed key is lost, or was never written down. Returns the new key
        to show once; like the first, it is never stored.
        """
        from womenscentre.vault.recovery_key import format_recovery_key, new_recovery_secret

        self._vault.access.require_manager(
            message=tr("Only a manager can replace the recovery key. Please ask a manager to help.")
        )
        secret = new_recovery_secret()
        private, public = keys.new_holder_keypair()
        now = self._vault.now_minute()
        try:
            with self._vault.write() as session:
                keyset.write_recovery_slot(
                    session,
                    vault_id=self._vault.vault_id,
                    recovery_secret=secret,
                    private=private,
                    public=public,
                    now=now,
                )
                keyset.revoke_grants(session, RECOVERY_HOLDER)
                session.flush()
                self._grant_all(session, RECOVERY_HOLDER, Role.MANAGER)
                self._vault.log(session, AuditAction.RECOVERY_KEY_REPLACED)
            return format_recovery_key(secret)
        finally:
            keys.zero(secret)
            keys.zero(private)

    # -- keys ------------------------------------------------------------------
    def _active_row(self, session: Session, user_id: str) -> User:
        row = session.get(User, user_id)
        if row is None or row.status != UserStatus.ACTIVE.value:
            raise InvalidInput(tr("That colleague isn't an active user."))
        return row

    def _grant(self, session: Session, key_id: str, holder_id: str, secret: bytearray) -> None:
        keyset.grant(
            session,
            vault_id=self._vault.vault_id,
            key_id=key_id,
            holder_id=holder_id,
            secret=secret,
            now=self._vault.now_minute(),
        )

    def _holders(self, session: Session) -> list[str]:
        return list(session.scalars(select(KeySlot.holder_id)))

    def _manager_holders(self, session: Session) -> list[str]:
        managers = set(
            session.scalars(
                select(User.id).where(
                    User.role == Role.MANAGER.value, User.status == UserStatus.ACTIVE.value
                )
            )
        )
        return [h for h in self._holders(session) if h in managers or h == RECOVERY_HOLDER]

    def _sign(self, session: Session, row: User) -> None:
        manager_key = self._vault.keyring.manager_key
        assert manager_key is not None
        keyset.sign_user(session, self._vault.vault_id, row, manager_key)

    def _manager_secrets(self) -> dict[str, bytearray]:
        """The manager key and every audit reader: what a manager holds beyond the rest."""
        keyring = self._vault.keyring
        assert keyring.manager_key is not None and keyring.manager_key_id is not None
        secrets = {keyring.manager_key_id: keyring.manager_key}
        for key_id in keyring.audit_reader_ids:
            reader = keyring.audit_reader(key_id)
            assert reader is not None
            secrets[key_id] = reader
        return secrets

    def _grant_manager_key(self, session: Session, holder_id: str) -> None:
        for key_id, secret in self._manager_secrets().items():
            self._grant(session, key_id, holder_id, secret)

    def _rotate_item_key(self, session: Session) -> None:
        keyring = self._vault.keyring
        new_id = keyset.next_key_id(keyset.meta_get(session, "current_item_key") or "ik-0")
        new_key = keys.random_key()
        for holder in self._holders(session):
            self._grant(session, new_id, holder, new_key)
        keyset.meta_set(session, "current_item_key", new_id)
        keyring.add_item_key(new_id, new_key, make_current=True)
        self._vault.log(session, AuditAction.KEY_ROTATION, None, {"key": new_id})

    def _rotate_manager_key(self, session: Session) -> None:
        """After a manager leaves the role: new manager key, new audit reader, new signatures.

        Older audit readers stay with the remaining managers so older details still open;
        anyone who is no longer a manager loses every manager-only grant.
        """
        keyring = self._vault.keyring
        managers = self._manager_holders(session)
        session.execute(
            delete(KeyGrant).where(
                KeyGrant.key_id.like("mk-%")
                | (KeyGrant.key_id.like("ar-%") & KeyGrant.holder_id.not_in(managers))
            )
        )
        new_id = keyset.next_key_id(keyset.meta_get(session, "current_manager_key") or "mk-0")
        new_key = keys.random_key()
        reader_id = keyset.next_key_id(keyset.audit_reader_public(session)[0] or "ar-0")
        reader_private, reader_public = keys.new_holder_keypair()
        for holder in managers:
            for key_id, secret in ((new_id, new_key), (reader_id, reader_private)):
                self._grant(session, key_id, holder, secret)
        keyset.meta_set(session, "current_manager_key", new_id)
        keyset.meta_set(session, "authority_public", keys.authority_public_bytes(new_key).hex())
        keyset.set_audit_reader_public(session, reader_id, reader_public)
        keyring.replace_manager_key(new_id, new_key)
        keyring.add_audit_reader(reader_id, reader_private, reader_public)
        for row in session.scalars(select(User)):
            self._sign(session, row)
        keyset.sign_vault_kind(
            session, self._vault.vault_id, self._vault.is_training_vault, new_key
        )
        sign_settings(session, self._vault.vault_id, new_key)
        self._vault.log(session, AuditAction.KEY_ROTATION, None, {"key": new_id})
