"""Key slots, grants and the authority key.

* A **slot** holds one holder's X25519 private key, wrapped with AES-GCM under a
  key-encryption key: Argon2id of a passphrase for people, HKDF of the recovery key
  for the recovery slot. Changing a passphrase rewrites that one slot.
* A **grant** seals a symmetric vault key (items key, manager key, audit key) to a
  holder's *public* key. That is what lets a manager add a colleague, or rotate the
  items key after someone leaves, without knowing anyone else's passphrase.
* The **authority** key is an Ed25519 key derived from the manager key. It signs
  each user's role, so editing a role in the database file is detected and refused.
"""

from __future__ import annotations

import hashlib
import hmac
import os

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from womenscentre.vault.aead import NONCE_BYTES, DamagedBlob, encode_parts

__all__ = ["encode_parts"]

GRANT_VERSION = 1
_RAW = serialization.Encoding.Raw
_RAW_PUBLIC = serialization.PublicFormat.Raw
_RAW_PRIVATE = serialization.PrivateFormat.Raw
_NO_ENCRYPTION = serialization.NoEncryption()


def random_key() -> bytearray:
    return bytearray(os.urandom(32))


def hkdf(secret: bytes | bytearray, label: str, length: int = 32) -> bytearray:
    """Derive a purpose-specific key so one secret never serves two purposes."""
    derived = HKDF(algorithm=hashes.SHA256(), length=length, salt=None, info=label.encode())
    return bytearray(derived.derive(bytes(secret)))


def new_holder_keypair() -> tuple[bytearray, bytes]:
    private = X25519PrivateKey.generate()
    private_raw = bytearray(private.private_bytes(_RAW, _RAW_PRIVATE, _NO_ENCRYPTION))
    return private_raw, private.public_key().public_bytes(_RAW, _RAW_PUBLIC)


def public_from_private(private_raw: bytes | bytearray) -> bytes:
    private = X25519PrivateKey.from_private_bytes(bytes(private_raw))
    return private.public_key().public_bytes(_RAW, _RAW_PUBLIC)


def slot_aad(vault_id: str, holder_id: str, kdf_canonical: str) -> bytes:
    return encode_parts(b"wc-slot", str(GRANT_VERSION), vault_id, holder_id, kdf_canonical)


def wrap_slot(kek: bytearray, private_raw: bytearray, aad: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(bytes(kek)).encrypt(nonce, bytes(private_raw), aad)


def unwrap_slot(kek: bytearray, sealed: bytes, aad: bytes) -> bytearray:
    try:
        plain = AESGCM(bytes(kek)).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], aad)
    except (InvalidTag, ValueError) as exc:
        raise DamagedBlob("slot did not open") from exc
    return bytearray(plain)


def grant_aad(vault_id: str, key_id: str, holder_id: str) -> bytes:
    return encode_parts(b"wc-grant", str(GRANT_VERSION), vault_id, key_id, holder_id)


def seal_to_holder(holder_public: bytes, secret: bytearray, aad: bytes) -> bytes:
    """ECIES-style: an ephemeral X25519 exchange, HKDF, then AES-GCM."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(_RAW, _RAW_PUBLIC)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(holder_public))
    key = hkdf(shared + ephemeral_public + holder_public, "wc-grant-key/v1")
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(bytes(key)).encrypt(nonce, bytes(secret), aad)
    return bytes([GRANT_VERSION]) + ephemeral_public + nonce + sealed


def open_grant(holder_private: bytearray, sealed: bytes, aad: bytes) -> bytearray:
    if len(sealed) < 1 + 32 + NONCE_BYTES + 16 or sealed[0] != GRANT_VERSION:
        raise DamagedBlob("grant header")
    ephemeral_public = sealed[1:33]
    nonce = sealed[33 : 33 + NONCE_BYTES]
    private = X25519PrivateKey.from_private_bytes(bytes(holder_private))
    holder_public = private.public_key().public_bytes(_RAW, _RAW_PUBLIC)
    shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    key = hkdf(shared + ephemeral_public + holder_public, "wc-grant-key/v1")
    try:
        return bytearray(AESGCM(bytes(key)).decrypt(nonce, sealed[33 + NONCE_BYTES :], aad))
    except InvalidTag as exc:
        raise DamagedBlob("grant did not open") from exc


def authority_private(manager_key: bytearray) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(bytes(hkdf(manager_key, "wc-authority/v1")))


def authority_public_bytes(manager_key: bytearray) -> bytes:
    return authority_private(manager_key).public_key().public_bytes(_RAW, _RAW_PUBLIC)


def role_statement(
    vault_id: str, user_id: str, username: str, role: str, status: str, public_key: bytes
) -> bytes:
    return encode_parts(b"wc-role", "1", vault_id, user_id, username, role, status, public_key)


def sign_role(manager_key: bytearray, statement: bytes) -> bytes:
    return authority_private(manager_key).sign(statement)


def role_signature_valid(authority_public: bytes, statement: bytes, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(authority_public).verify(signature, statement)
    except (InvalidSignature, ValueError):
        return False
    return True


def mac(key: bytes | bytearray, message: bytes) -> bytes:
    return hmac.new(bytes(key), message, hashlib.sha256).digest()


def zero(buffer: bytearray) -> None:
    """Overwrite a key buffer in place; Python may still hold other copies."""
    buffer[:] = bytes(len(buffer))
