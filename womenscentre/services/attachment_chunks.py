"""An attachment's content as sealed, fixed-size chunks in the ``attachment_chunks`` table.

Why rows in the vault, not files beside it: the vault file is already the one thing that
is locked, checkpointed, snapshotted before a migration, backed up, restored and purged.
Chunks in the same database travel in every backup with no second code path, are removed
by the same purge transaction as the rest of her record (``secure_delete`` is on), and can
never be left half-written by a crash, because a chunk commits with its attachment or not at
all. Files beside the vault would need their own atomic writes, their own backup format and
their own clean-up, and a forgotten file would outlive a purge.

Chunk blob layout::

    format(1) = 0x01 | nonce(12) | AES-256-GCM ciphertext+tag

The key is HKDF(items key, "wc-attachment-chunk/v1"), so chunk ciphertexts never share a key
with record blobs. Each chunk's associated data binds the attachment id, the chunk index,
the total count, whether it is the last, and the key id, so a chunk dropped, reordered,
duplicated, or swapped in from another attachment fails authentication. The idea is the
chunked stream of ``store/snapshot.py``; the frames are rows here rather than a file, so the
count comes from the sealed metadata instead of an end marker.

The last chunk is padded with zeros to a 16 KiB bucket, so the stored size shows a file's
length only roughly; the exact size is in the sealed metadata.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from typing import BinaryIO, Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from womenscentre.domain.attachments import Attachment
from womenscentre.services.codec import open_json
from womenscentre.store.models import AttachmentChunkRow, AttachmentRow
from womenscentre.vault.aead import NONCE_BYTES, TAG_BYTES, SealError, encode_parts
from womenscentre.vault.keyring import Keyring
from womenscentre.vault.keys import hkdf, zero

CHUNK_BYTES: Final = 1 << 20
PAD_BUCKET: Final = 16 * 1024
CHUNK_FORMAT: Final = 1
_HEADER: Final = bytes([CHUNK_FORMAT])


class ChunksDamaged(Exception):
    """A chunk is missing, extra, moved, changed or under a key this session lacks."""


def chunk_count_for(size: int) -> int:
    return max(1, -(-size // CHUNK_BYTES))


def chunk_aad(attachment_id: str, index: int, count: int, key_id: str) -> bytes:
    final = b"F" if index == count - 1 else b"C"
    return encode_parts(
        b"wc-attachment-chunk", "1", attachment_id, str(index), str(count), final, key_id
    )


def _chunk_cipher(keyring: Keyring, key_id: str) -> AESGCM:
    try:
        item_key = keyring.item_key(key_id)
    except KeyError as exc:
        raise ChunksDamaged(f"unknown key {key_id}") from exc
    derived = hkdf(item_key, "wc-attachment-chunk/v1")
    try:
        return AESGCM(bytes(derived))
    finally:
        zero(derived)


def seal_chunk(
    cipher: AESGCM, attachment_id: str, index: int, count: int, key_id: str, piece: bytes
) -> bytes:
    if index == count - 1:
        padded_len = max(PAD_BUCKET, -(-len(piece) // PAD_BUCKET) * PAD_BUCKET)
        piece = piece + bytes(padded_len - len(piece))
    nonce = os.urandom(NONCE_BYTES)
    aad = chunk_aad(attachment_id, index, count, key_id)
    return _HEADER + nonce + cipher.encrypt(nonce, piece, aad)


def open_chunk(
    cipher: AESGCM, attachment_id: str, index: int, count: int, key_id: str, blob: bytes
) -> bytes:
    if len(blob) < 1 + NONCE_BYTES + TAG_BYTES or blob[:1] != _HEADER:
        raise ChunksDamaged(f"chunk {index} is not in a known format")
    nonce = blob[1 : 1 + NONCE_BYTES]
    try:
        return cipher.decrypt(
            nonce, blob[1 + NONCE_BYTES :], chunk_aad(attachment_id, index, count, key_id)
        )
    except InvalidTag as exc:
        raise ChunksDamaged(f"chunk {index} does not authenticate") from exc


class SourceChanged(Exception):
    """The file being added grew or shrank while it was read."""


def write_chunks(
    session: Session,
    keyring: Keyring,
    attachment_id: str,
    source: BinaryIO,
    size: int,
) -> tuple[int, str, bytes]:
    """Read ``size`` bytes from ``source`` a chunk at a time and insert each sealed.

    Returns (chunk count, SHA-256 hex of the original, its first bytes for sniffing). Only
    one chunk is held at a time, and rows go in with a Core insert so the session keeps no
    copy of them.
    """
    count = chunk_count_for(size)
    key_id = keyring.current_item_key_id
    cipher = _chunk_cipher(keyring, key_id)
    digest = hashlib.sha256()
    first = b""
    for index in range(count):
        want = min(CHUNK_BYTES, size - index * CHUNK_BYTES)
        piece = source.read(want)
        if len(piece) != want:
            raise SourceChanged
        if index == 0:
            first = piece[:64]
        digest.update(piece)
        blob = seal_chunk(cipher, attachment_id, index, count, key_id, piece)
        session.execute(
            insert(AttachmentChunkRow),
            {"attachment_id": attachment_id, "idx": index, "key_id": key_id, "sealed": blob},
        )
        del piece, blob
    if source.read(1):
        raise SourceChanged
    return count, digest.hexdigest(), first


def read_chunks(
    session: Session,
    keyring: Keyring,
    attachment_id: str,
    count: int,
    size: int,
    sha256: str,
) -> Iterator[bytes]:
    """Yield the original bytes chunk by chunk, each checked before it is handed out.

    ``count``, ``size`` and ``sha256`` come from the sealed metadata. After the last chunk
    the whole file's hash is compared too, so a caller that writes chunks out must treat a
    ``ChunksDamaged`` raised at the end as "throw the partial copy away".
    """
    stored = session.scalar(
        select(func.count()).where(AttachmentChunkRow.attachment_id == attachment_id)
    )
    if stored != count or count != chunk_count_for(size):
        raise ChunksDamaged("the number of chunks does not match")
    ciphers: dict[str, AESGCM] = {}
    digest = hashlib.sha256()
    remaining = size
    for index in range(count):
        row = session.execute(
            select(AttachmentChunkRow.key_id, AttachmentChunkRow.sealed).where(
                AttachmentChunkRow.attachment_id == attachment_id,
                AttachmentChunkRow.idx == index,
            )
        ).first()
        if row is None:
            raise ChunksDamaged(f"chunk {index} is missing")
        key_id, blob = str(row[0]), bytes(row[1])
        cipher = ciphers.get(key_id) or ciphers.setdefault(key_id, _chunk_cipher(keyring, key_id))
        piece = open_chunk(cipher, attachment_id, index, count, key_id, blob)
        want = min(CHUNK_BYTES, remaining)
        if len(piece) < want or any(piece[want:]):
            raise ChunksDamaged(f"chunk {index} has the wrong length")
        piece = piece[:want]
        remaining -= want
        digest.update(piece)
        yield piece
    if digest.hexdigest() != sha256:
        raise ChunksDamaged("the file's hash does not match")


def damaged_attachments(session: Session, keyring: Keyring) -> list[str]:
    """Ids of attachments whose details or chunks don't open, for ``verify`` and restore.

    Every chunk is authenticated and every file's hash compared, one chunk at a time, so a
    vault with large files is checked in bounded memory.
    """
    damaged: list[str] = []
    rows = session.execute(
        select(
            AttachmentRow.id,
            AttachmentRow.person_id,
            AttachmentRow.version,
            AttachmentRow.chunk_count,
            AttachmentRow.sealed,
        ).where(AttachmentRow.deleted.is_(False))
    ).all()
    for attachment_id, person_id, version, clear_count, sealed in rows:
        try:
            payload = open_json(keyring, "attachments", attachment_id, sealed)
            found = Attachment.from_sealed(attachment_id, person_id, version, payload)
            if found.chunk_count != clear_count:
                raise ChunksDamaged("the chunk counts disagree")
            for _piece in read_chunks(
                session, keyring, found.id, found.chunk_count, found.size, found.sha256
            ):
                pass
        except (ChunksDamaged, SealError, KeyError, ValueError, TypeError):
            damaged.append(str(attachment_id))
    return damaged
