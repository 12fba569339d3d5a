"""Sealed blobs: AES-256-GCM with a versioned header and bound associated data.

Blob layout (all integers big-endian)::

    version(1) | algorithm(1) | key_id_len(1) | key_id | nonce(12) | ciphertext+tag

The associated data binds the table, record id, field group, format version and
key id, so a blob copied to another row or field, or with a rewritten header,
fails to open. Plaintext is length-prefixed and padded to 256-byte buckets so the
size of a note leaks only roughly. Unknown versions are refused, never guessed.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Mapping
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FORMAT_VERSION = 1
ALG_AES_256_GCM = 1
NONCE_BYTES = 12
TAG_BYTES = 16
BUCKET_BYTES = 256
_LENGTH_PREFIX = struct.Struct(">I")


class SealError(Exception):
    """Base for blobs that cannot be opened."""


class DamagedBlob(SealError):
    """Authentication failed: damaged, tampered with, moved, or the wrong key."""


class UnsupportedFormat(SealError):
    """A header this version does not know; refused rather than guessed."""


class UnknownKey(SealError):
    """The blob names a key this vault session does not hold."""


@dataclass(frozen=True, slots=True)
class SealContext:
    """Where a blob lives; it is authenticated, so the blob can't be moved."""

    table: str
    record_id: str
    field_group: str


def encode_parts(*parts: str | bytes) -> bytes:
    """Canonical, unambiguous bytes: each part with a 2-byte length in front."""
    out = bytearray()
    for part in parts:
        raw = part.encode("utf-8") if isinstance(part, str) else part
        if len(raw) > 0xFFFF:
            raise ValueError("associated-data part too long")
        out += struct.pack(">H", len(raw)) + raw
    return bytes(out)


def associated_data(context: SealContext, version: int, key_id: str) -> bytes:
    return encode_parts(
        b"wc-record",
        context.table,
        context.record_id,
        context.field_group,
        str(version),
        key_id,
    )


def pad(plaintext: bytes) -> bytes:
    body = _LENGTH_PREFIX.pack(len(plaintext)) + plaintext
    padded_len = -(-len(body) // BUCKET_BYTES) * BUCKET_BYTES
    return body + bytes(padded_len - len(body))


def unpad(padded: bytes) -> bytes:
    if len(padded) < _LENGTH_PREFIX.size:
        raise DamagedBlob("padding too short")
    (length,) = _LENGTH_PREFIX.unpack_from(padded)
    end = _LENGTH_PREFIX.size + length
    if end > len(padded) or padded.count(0, end) != len(padded) - end:
        raise DamagedBlob("padding is inconsistent")
    return padded[_LENGTH_PREFIX.size : end]


Key = bytes | bytearray | AESGCM


def _cipher(key: Key) -> AESGCM:
    """A ready cipher; the Keyring passes its cached ones so keys aren't copied per call."""
    return key if isinstance(key, AESGCM) else AESGCM(bytes(key))


def seal(key: Key, key_id: str, context: SealContext, plaintext: bytes) -> bytes:
    key_id_raw = key_id.encode("ascii")
    nonce = os.urandom(NONCE_BYTES)
    aad = associated_data(context, FORMAT_VERSION, key_id)
    ciphertext = _cipher(key).encrypt(nonce, pad(plaintext), aad)
    header = struct.pack(">BBB", FORMAT_VERSION, ALG_AES_256_GCM, len(key_id_raw))
    return header + key_id_raw + nonce + ciphertext


def blob_key_id(blob: bytes) -> str:
    """The key id a blob names, checked against the header rules."""
    if len(blob) < 3:
        raise DamagedBlob("blob too short")
    version, algorithm, key_len = struct.unpack_from(">BBB", blob)
    if version != FORMAT_VERSION or algorithm != ALG_AES_256_GCM:
        raise UnsupportedFormat(f"format {version}/{algorithm}")
    if len(blob) < 3 + key_len + NONCE_BYTES + TAG_BYTES:
        raise DamagedBlob("blob too short")
    try:
        return blob[3 : 3 + key_len].decode("ascii")
    except UnicodeDecodeError as exc:
        raise DamagedBlob("key id unreadable") from exc


def open_blob(keys: Mapping[str, Key], context: SealContext, blob: bytes) -> bytes:
    key_id = blob_key_id(blob)
    key = keys.get(key_id)
    if key is None:
        raise UnknownKey(key_id)
    start = 3 + len(key_id)
    nonce = blob[start : start + NONCE_BYTES]
    ciphertext = blob[start + NONCE_BYTES :]
    aad = associated_data(context, FORMAT_VERSION, key_id)
    try:
        padded = _cipher(key).decrypt(nonce, ciphertext, aad)
    except InvalidTag as exc:
        raise DamagedBlob("authentication failed") from exc
    return unpad(padded)
