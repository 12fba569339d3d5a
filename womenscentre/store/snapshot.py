"""A sealed copy of the whole database, taken before a migration touches it.

The copy comes from SQLite's own serialiser, so it is consistent even with a WAL,
and it is sealed with a key derived from the current items key before it is
written (atomically) next to the vault. Nothing of it reaches disk in the clear.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from womenscentre.paths import private_umask
from womenscentre.vault.aead import NONCE_BYTES, encode_parts
from womenscentre.vault.keys import hkdf

MAGIC = b"WCSNAP1\n"


def _aad(vault_id: str, key_id: str) -> bytes:
    return encode_parts(b"wc-snapshot", "1", vault_id, key_id)


def write_atomically(target: Path, data: bytes) -> None:
    """Write to a private temporary file, fsync it, then rename over the target."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.partial")
    with private_umask(), open(temporary, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, target)
    if hasattr(os, "O_DIRECTORY"):
        directory = os.open(target.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)


def sealed_snapshot(
    database: Path, target: Path, *, vault_id: str, key_id: str, item_key: bytearray
) -> None:
    source = sqlite3.connect(database)
    try:
        image = source.serialize()
    finally:
        source.close()
    key = hkdf(item_key, "wc-snapshot/v1")
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(bytes(key)).encrypt(nonce, image, _aad(vault_id, key_id))
    key_raw = key_id.encode("ascii")
    write_atomically(target, MAGIC + bytes([len(key_raw)]) + key_raw + nonce + sealed)


def open_snapshot(path: Path, *, vault_id: str, item_keys: dict[str, bytearray]) -> bytes:
    """Return the database image inside a snapshot; raises on any tampering."""
    raw = path.read_bytes()
    if not raw.startswith(MAGIC):
        raise ValueError("not a womenscentre snapshot")
    offset = len(MAGIC)
    key_len = raw[offset]
    key_id = raw[offset + 1 : offset + 1 + key_len].decode("ascii")
    offset += 1 + key_len
    nonce, sealed = raw[offset : offset + NONCE_BYTES], raw[offset + NONCE_BYTES :]
    key = hkdf(item_keys[key_id], "wc-snapshot/v1")
    return AESGCM(bytes(key)).decrypt(nonce, sealed, _aad(vault_id, key_id))
