"""Slots, grants and signed roles, as rows. Used by set-up, unlock and user admin.

Key ids name their purpose and generation: ``ik-N`` items keys (seal records),
``mk-N`` manager keys (derive the authority key that signs roles), ``ak-1`` the
audit key (MACs the chain), ``ar-N`` audit readers (X25519 private keys that open
audit details; managers and recovery only). Holders are user ids, or ``recovery``.
"""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from womenscentre.store.models import KeyGrant, KeySlot, Meta, User
from womenscentre.vault import keys
from womenscentre.vault.aead import DamagedBlob
from womenscentre.vault.kdf import KdfParams, KdfPolicy, derive_key

RECOVERY_HOLDER = "recovery"
AUDIT_KEY_ID = "ak-1"
MANAGER_ONLY_PREFIXES = ("mk-", "ar-")


def manager_only(key_id: str) -> bool:
    return key_id.startswith(MANAGER_ONLY_PREFIXES)


def audit_reader_public(session: Session) -> tuple[str, bytes]:
    key_id = meta_get(session, "current_audit_reader") or ""
    return key_id, bytes.fromhex(meta_get(session, "audit_reader_public") or "")


def set_audit_reader_public(session: Session, key_id: str, public: bytes) -> None:
    meta_set(session, "current_audit_reader", key_id)
    meta_set(session, "audit_reader_public", public.hex())


def meta_get(session: Session, key: str) -> str | None:
    row = session.get(Meta, key)
    return None if row is None else row.value


def meta_set(session: Session, key: str, value: str) -> None:
    row = session.get(Meta, key)
    if row is None:
        session.add(Meta(key=key, value=value))
    else:
        row.value = value


def next_key_id(current: str) -> str:
    prefix, number = current.split("-")
    return f"{prefix}-{int(number) + 1}"


def write_passphrase_slot(
    session: Session,
    *,
    vault_id: str,
    holder_id: str,
    passphrase: str,
    private: bytearray,
    public: bytes,
    policy: KdfPolicy,
    now: str,
) -> None:
    params = policy.new_params()
    kek = derive_key(passphrase, params)
    try:
        sealed = keys.wrap_slot(
            kek, private, keys.slot_aad(vault_id, holder_id, params.canonical())
        )
    finally:
        keys.zero(kek)
    _upsert_slot(session, holder_id, params.canonical(), public, sealed, now)


def write_recovery_slot(
    session: Session,
    *,
    vault_id: str,
    recovery_secret: bytearray,
    private: bytearray,
    public: bytes,
    now: str,
) -> None:
    kek = keys.hkdf(recovery_secret, "wc-recovery-slot/v1")
    try:
        sealed = keys.wrap_slot(kek, private, keys.slot_aad(vault_id, RECOVERY_HOLDER, ""))
    finally:
        keys.zero(kek)
    _upsert_slot(session, RECOVERY_HOLDER, "", public, sealed, now)


def _upsert_slot(
    session: Session, holder_id: str, params: str, public: bytes, sealed: bytes, now: str
) -> None:
    slot = session.get(KeySlot, holder_id)
    if slot is None:
        session.add(
            KeySlot(
                holder_id=holder_id,
                kdf_params=params,
                public_key=public,
                sealed_private=sealed,
                updated_at=now,
                version=1,
            )
        )
    else:
        slot.kdf_params, slot.public_key, slot.sealed_private = params, public, sealed
        slot.updated_at, slot.version = now, slot.version + 1


def open_passphrase_slot(
    slot: KeySlot, *, vault_id: str, passphrase: str, policy: KdfPolicy
) -> bytearray:
    """Raises DamagedBlob for a wrong passphrase, tampered slot or weakened parameters."""
    params = KdfParams.from_canonical(slot.kdf_params)
    if not policy.meets_floor(params):
        raise DamagedBlob("key-derivation parameters below the floor")
    kek = derive_key(passphrase, params)
    try:
        aad = keys.slot_aad(vault_id, slot.holder_id, slot.kdf_params)
        return keys.unwrap_slot(kek, slot.sealed_private, aad)
    finally:
        keys.zero(kek)


def burn_equivalent_kdf(session: Session, passphrase: str, policy: KdfPolicy) -> None:
    """Spend the same time as a real unlock, so an unknown name can't be told apart."""
    slot = session.scalars(select(KeySlot).where(KeySlot.kdf_params != "").limit(1)).first()
    params = KdfParams.from_canonical(slot.kdf_params) if slot else policy.new_params()
    keys.zero(derive_key(passphrase, params.with_fresh_salt()))


def open_recovery_slot(session: Session, *, vault_id: str, secret: bytearray) -> bytearray:
    slot = session.get(KeySlot, RECOVERY_HOLDER)
    if slot is None:
        raise DamagedBlob("no recovery slot")
    return open_recovery_sealed(slot.sealed_private, vault_id=vault_id, secret=secret)


def open_recovery_sealed(sealed: bytes, *, vault_id: str, secret: bytearray) -> bytearray:
    """Open a copy of the recovery slot, e.g. the one a backup header carries."""
    kek = keys.hkdf(secret, "wc-recovery-slot/v1")
    try:
        return keys.unwrap_slot(kek, sealed, keys.slot_aad(vault_id, RECOVERY_HOLDER, ""))
    finally:
        keys.zero(kek)


def grant(
    session: Session,
    *,
    vault_id: str,
    key_id: str,
    holder_id: str,
    secret: bytearray,
    now: str,
) -> None:
    slot = session.get(KeySlot, holder_id)
    if slot is None:
        raise LookupError(holder_id)
    sealed = keys.seal_to_holder(
        slot.public_key, secret, keys.grant_aad(vault_id, key_id, holder_id)
    )
    session.merge(KeyGrant(key_id=key_id, holder_id=holder_id, sealed=sealed, created_at=now))


def open_grants(
    session: Session, *, vault_id: str, holder_id: str, private: bytearray
) -> dict[str, bytearray]:
    opened: dict[str, bytearray] = {}
    for row in session.scalars(select(KeyGrant).where(KeyGrant.holder_id == holder_id)):
        aad = keys.grant_aad(vault_id, row.key_id, holder_id)
        opened[row.key_id] = keys.open_grant(private, row.sealed, aad)
    return opened


def revoke_grants(session: Session, holder_id: str) -> None:
    session.execute(delete(KeyGrant).where(KeyGrant.holder_id == holder_id))


def role_statement(session: Session, vault_id: str, user: User) -> bytes:
    slot = session.get(KeySlot, user.id)
    public = slot.public_key if slot is not None else b""
    return keys.role_statement(vault_id, user.id, user.username, user.role, user.status, public)


def sign_user(session: Session, vault_id: str, user: User, manager_key: bytearray) -> None:
    user.role_signature = keys.sign_role(manager_key, role_statement(session, vault_id, user))


def role_is_authentic(session: Session, vault_id: str, user: User) -> bool:
    authority = meta_get(session, "authority_public")
    if authority is None:
        return False
    return keys.role_signature_valid(
        bytes.fromhex(authority), role_statement(session, vault_id, user), user.role_signature
    )


def _kind_statement(vault_id: str, training: bool) -> bytes:
    return keys.encode_parts(b"wc-vault-kind", "1", vault_id, "training" if training else "live")


def sign_vault_kind(
    session: Session, vault_id: str, training: bool, manager_key: bytearray
) -> None:
    """The training flag widens trainers' access, so like a role it must be signed."""
    meta_set(session, "training", "1" if training else "0")
    signature = keys.sign_role(manager_key, _kind_statement(vault_id, training))
    meta_set(session, "training_signature", signature.hex())


def vault_is_training(session: Session, vault_id: str) -> bool:
    """True only for a correctly signed training vault; anything else counts as live."""
    if meta_get(session, "training") != "1":
        return False
    authority = meta_get(session, "authority_public")
    signature = meta_get(session, "training_signature")
    if authority is None or signature is None:
        return False
    return keys.role_signature_valid(
        bytes.fromhex(authority), _kind_statement(vault_id, True), bytes.fromhex(signature)
    )
