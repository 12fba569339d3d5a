"""The backup file: its header, its key blocks, and the kind errors a bad file gets.

Layout (integers big-endian)::

    b"WCBACKUP" | format version(u16) | header length(u32) | header | SHA-256(all before)
    frames and end marker, as in ``store/snapshot.py`` (1 MiB chunks, AES-256-GCM)

The header is ``encode_parts`` of: a label, the random backup id (16 bytes), the vault id,
the creation time (UTC, to the minute), the chunk size, a copy of the vault's *recovery
slot*, the backup key sealed to the recovery public key, the current audit-reader key id,
and the backup key sealed to that reader's public key.

Why these two key blocks. The backup key is random and fresh for every file. On a new
computer there is no vault, only the printed recovery key: it opens the slot copy in the
header (256 random bits, so exposing that wrapped slot costs nothing), and the slot's
private key opens the first block. In the app, a manager holds every audit-reader private
key (they stay with managers and the recovery holder through rotations), so any manager
can open the second block, while anyone signed in can *make* a backup, since sealing needs
only public keys. People's passphrase slots are deliberately *not* in the header: a backup
left on a USB stick must not offer them up to offline guessing.

Everything after the header is ciphertext, the SQLite header included. The SHA-256 after
the header is a plain checksum, so accidental damage is told apart from a wrong key; the
header is authenticated properly because every chunk binds that digest.
"""

from __future__ import annotations

import hashlib
import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from womenscentre.errors import UserFacingError
from womenscentre.i18n import tr
from womenscentre.services.keyset import RECOVERY_HOLDER, open_recovery_sealed
from womenscentre.store.snapshot import CHUNK_BYTES, MAX_CHUNK_BYTES, MIN_CHUNK_BYTES
from womenscentre.vault import keys
from womenscentre.vault.aead import SealError, encode_parts
from womenscentre.vault.keyring import Keyring

MAGIC = b"WCBACKUP"
FORMAT_VERSION = 1
SUFFIX = ".wcbackup"
_PREFIX = struct.Struct(">8sHI")
_LABEL = b"wc-backup-header"
_MAX_HEADER = 64 * 1024
_PARTS = 9


class BackupNotRecognised(UserFacingError):
    def __init__(self) -> None:
        super().__init__(
            tr(
                "This file isn't a womenscentre backup, so nothing has been changed. "
                "Please check you chose the right file: backups end in {suffix}."
            ).format(suffix=SUFFIX)
        )


class BackupFromNewerVersion(UserFacingError):
    def __init__(self) -> None:
        super().__init__(
            tr(
                "This backup was made by a newer version of womenscentre, so this version can't "
                "read it. Nothing has been changed. Please update the app on this computer, then "
                "try again."
            )
        )


class BackupDamaged(UserFacingError):
    def __init__(self, detail: str = "") -> None:
        if detail:
            message = tr(
                "This backup file is damaged or incomplete, so it can't be used, and nothing "
                "has been changed ({detail}). If there is another copy, or an earlier backup, "
                "please try that one."
            ).format(detail=detail)
        else:
            message = tr(
                "This backup file is damaged or incomplete, so it can't be used, and nothing "
                "has been changed. If there is another copy, or an earlier backup, please try "
                "that one."
            )
        super().__init__(message)


class BackupWrongKey(UserFacingError):
    def __init__(self) -> None:
        super().__init__(
            tr(
                "That recovery key doesn't open this backup, so nothing has been changed. Please "
                "check each group of four characters against the printed copy, and that it is the "
                "key for the vault this backup came from."
            )
        )


class BackupForAnotherVault(UserFacingError):
    def __init__(self) -> None:
        super().__init__(
            tr(
                "This backup belongs to a different vault, so your sign-in can't open it. "
                "Nothing has been changed. Please use the recovery key printed for that vault."
            )
        )


@dataclass(frozen=True)
class SealingKeys:
    """Public material a backup is sealed to, read from the vault being backed up."""

    vault_id: str
    recovery_slot: bytes
    recovery_public: bytes
    reader_key_id: str
    reader_public: bytes


@dataclass(frozen=True)
class BackupHeader:
    backup_id: bytes
    vault_id: str
    created_at: str
    chunk_bytes: int
    recovery_slot: bytes
    recovery_block: bytes
    reader_key_id: str
    reader_block: bytes
    #: SHA-256 of everything before it; the context every chunk binds.
    digest: bytes = b""

    @property
    def backup_id_hex(self) -> str:
        return self.backup_id.hex()

    def encode(self) -> bytes:
        body = encode_parts(
            _LABEL,
            self.backup_id,
            self.vault_id,
            self.created_at,
            str(self.chunk_bytes),
            self.recovery_slot,
            self.recovery_block,
            self.reader_key_id,
            self.reader_block,
        )
        head = _PREFIX.pack(MAGIC, FORMAT_VERSION, len(body)) + body
        return head + hashlib.sha256(head).digest()


def _block_aad(backup_id: bytes, vault_id: str, created_at: str, holder: str) -> bytes:
    return encode_parts(b"wc-backup-key", "1", backup_id, vault_id, created_at, holder)


def new_header(sealing: SealingKeys, created_at: str) -> tuple[BackupHeader, bytearray]:
    """A fresh header and its random backup key; the caller zeroes the key when done."""
    backup_id = os.urandom(16)
    backup_key = keys.random_key()
    vault_id = sealing.vault_id
    header = BackupHeader(
        backup_id=backup_id,
        vault_id=vault_id,
        created_at=created_at,
        chunk_bytes=CHUNK_BYTES,
        recovery_slot=sealing.recovery_slot,
        recovery_block=keys.seal_to_holder(
            sealing.recovery_public,
            backup_key,
            _block_aad(backup_id, vault_id, created_at, RECOVERY_HOLDER),
        ),
        reader_key_id=sealing.reader_key_id,
        reader_block=keys.seal_to_holder(
            sealing.reader_public,
            backup_key,
            _block_aad(backup_id, vault_id, created_at, sealing.reader_key_id),
        ),
    )
    raw = header.encode()
    return _with_digest(header, raw[-32:]), backup_key


def _with_digest(header: BackupHeader, digest: bytes) -> BackupHeader:
    fields = {name: getattr(header, name) for name in header.__dataclass_fields__}
    fields["digest"] = digest
    return BackupHeader(**fields)


def _decode_parts(raw: bytes) -> list[bytes]:
    parts, offset = [], 0
    while offset < len(raw):
        if offset + 2 > len(raw):
            raise BackupDamaged(tr("the header is cut short"))
        (size,) = struct.unpack_from(">H", raw, offset)
        offset += 2
        if offset + size > len(raw):
            raise BackupDamaged(tr("the header is cut short"))
        parts.append(raw[offset : offset + size])
        offset += size
    return parts


def read_header(handle: BinaryIO) -> BackupHeader:
    """Read and check the header; the handle is left at the first frame."""
    prefix = handle.read(_PREFIX.size)
    if len(prefix) < len(MAGIC) or prefix[: len(MAGIC)] != MAGIC:
        raise BackupNotRecognised
    if len(prefix) != _PREFIX.size:
        raise BackupDamaged(tr("the header is cut short"))
    _magic, version, size = _PREFIX.unpack(prefix)
    if version > FORMAT_VERSION:
        raise BackupFromNewerVersion
    if version < FORMAT_VERSION or size > _MAX_HEADER:
        raise BackupDamaged(tr("the header is not one this app wrote"))
    body = handle.read(size)
    digest = handle.read(32)
    if len(body) != size or len(digest) != 32:
        raise BackupDamaged(tr("the header is cut short"))
    if hashlib.sha256(prefix + body).digest() != digest:
        raise BackupDamaged(tr("the header has been changed"))
    parts = _decode_parts(body)
    if len(parts) != _PARTS or parts[0] != _LABEL or len(parts[1]) != 16:
        raise BackupDamaged(tr("the header is not one this app wrote"))
    try:
        texts = [parts[i].decode("utf-8") for i in (2, 3, 4, 7)]
        chunk_bytes = int(texts[2])
    except (UnicodeDecodeError, ValueError) as exc:
        raise BackupDamaged(tr("the header is not one this app wrote")) from exc
    if not MIN_CHUNK_BYTES <= chunk_bytes <= MAX_CHUNK_BYTES:
        raise BackupDamaged(tr("the header is not one this app wrote"))
    return BackupHeader(
        backup_id=parts[1],
        vault_id=texts[0],
        created_at=texts[1],
        chunk_bytes=chunk_bytes,
        recovery_slot=parts[5],
        recovery_block=parts[6],
        reader_key_id=texts[3],
        reader_block=parts[8],
        digest=digest,
    )


def read_header_of(path: Path) -> BackupHeader:
    try:
        with open(path, "rb") as handle:
            return read_header(handle)
    except FileNotFoundError as exc:
        raise BackupFileMissing from exc
    except IsADirectoryError as exc:
        raise BackupNotRecognised from exc
    except OSError as exc:
        raise BackupUnreadable from exc


class BackupFileMissing(UserFacingError):
    def __init__(self) -> None:
        super().__init__(tr("That backup file can't be found. Please check its name and folder."))


class BackupUnreadable(UserFacingError):
    def __init__(self) -> None:
        super().__init__(
            tr(
                "That backup file can't be read from here. Please check the drive is connected "
                "and that this account may open the file."
            )
        )


def open_with_recovery(header: BackupHeader, secret: bytearray) -> tuple[bytearray, bytearray]:
    """(backup key, recovery private key) from the printed recovery key's secret."""
    try:
        private = open_recovery_sealed(
            header.recovery_slot, vault_id=header.vault_id, secret=secret
        )
    except SealError as exc:
        raise BackupWrongKey from exc
    try:
        aad = _block_aad(header.backup_id, header.vault_id, header.created_at, RECOVERY_HOLDER)
        backup_key = keys.open_grant(private, header.recovery_block, aad)
    except (SealError, ValueError) as exc:
        keys.zero(private)
        raise BackupDamaged(tr("its key block has been changed")) from exc
    return backup_key, private


def open_with_keyring(header: BackupHeader, keyring: Keyring, vault_id: str) -> bytearray:
    """The backup key, through an audit reader only managers (and recovery) hold."""
    reader = keyring.audit_reader(header.reader_key_id)
    if header.vault_id != vault_id or reader is None:
        raise BackupForAnotherVault
    aad = _block_aad(header.backup_id, header.vault_id, header.created_at, header.reader_key_id)
    try:
        return keys.open_grant(reader, header.reader_block, aad)
    except (SealError, ValueError) as exc:
        raise BackupDamaged(tr("its key block has been changed")) from exc
