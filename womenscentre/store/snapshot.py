"""Sealed copies of the whole database, written atomically.

Two shapes share this module. ``sealed_snapshot`` seals a database image in one piece under
a key derived from the current items key; it is taken before a migration touches the file.
``seal_stream`` / ``open_stream`` seal an image in fixed-size chunks, so a 400 MB vault is
never held twice in memory, and so a reader can check a file chunk by chunk. Backups (and
the copy a restore keeps of the vault it replaces) use the chunked form; their header and
key handling live in ``services/backup_file.py``.

Chunked layout, after whatever header the caller writes::

    frame*: kind(1: b"C" chunk, b"F" final) | length(u32) | nonce(12) | ciphertext+tag
    end:    b"WCEND\\0\\r\\n" | chunk count(u64) | image length(u64) | HMAC-SHA256(32)

Each chunk's associated data binds the caller's context (a digest of its header), the
chunk's index and whether it is the final one, so truncation, reordering, duplication and
swapping chunks between two files all fail authentication. The end marker is a MAC over the
count and length, so cutting the file after the final chunk or adding bytes is caught too.
All writes go through ``write_atomically_with``: a private temporary file beside the target,
fsync, rename, fsync of the folder, and the temporary file removed on any failure. A crash or
power cut can't run that clean-up, so ``remove_stale_partials`` runs when a vault is opened.
"""

from __future__ import annotations

import hmac
import os
import re
import sqlite3
import stat
import struct
import time
from collections.abc import Callable, Iterable
from contextlib import suppress
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from womenscentre.paths import private_umask
from womenscentre.vault.aead import NONCE_BYTES, TAG_BYTES, encode_parts
from womenscentre.vault.keys import hkdf, mac, zero

MAGIC = b"WCSNAP1\n"
CHUNK_BYTES = 1 << 20
MIN_CHUNK_BYTES = 4096
MAX_CHUNK_BYTES = 16 << 20
FRAME_CHUNK, FRAME_FINAL = b"C", b"F"
END_MAGIC = b"WCEND\x00\r\n"
_FRAME = struct.Struct(">cI")
_END = struct.Struct(">8sQQ32s")

Progress = Callable[[int, int], None]
PARTIAL_SUFFIX = ".partial"
#: Older than this, a temporary file is a leftover whatever its process id says.
STALE_AFTER_SECONDS = 24 * 3600.0
_PARTIAL_NAME = re.compile(r"\..+\.(?P<pid>\d+)\.partial")
_RESTORE_NAME = re.compile(r"\.restore-(?P<pid>\d+)-[0-9a-f]+\.partial")


class StreamDamaged(Exception):
    """A chunk failed authentication, or the stream was cut short, reordered or extended."""


def _aad(vault_id: str, key_id: str) -> bytes:
    return encode_parts(b"wc-snapshot", "1", vault_id, key_id)


def _fsync_folder(folder: Path) -> None:
    if hasattr(os, "O_DIRECTORY"):
        directory = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)


def partial_path(target: Path) -> Path:
    """The temporary name a write to ``target`` uses: hidden, with the writer's process id."""
    return target.with_name(f".{target.name}.{os.getpid()}{PARTIAL_SUFFIX}")


def _writer_pid(name: str) -> int | None:
    """The process id in a temporary file's name (``.NAME.PID.partial`` or a restore's
    ``.restore-PID-HEX.partial``), or None when the name doesn't carry one."""
    match = _PARTIAL_NAME.fullmatch(name) or _RESTORE_NAME.fullmatch(name)
    return int(match.group("pid")) if match else None


def _still_running(pid: int) -> bool:
    if os.name != "posix":
        return False  # elsewhere a file open in another process can't be removed anyway
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive
    except OSError:
        return False
    return True


def remove_stale_partials(
    folders: Iterable[Path], *, now: float | None = None, stale_after: float = STALE_AFTER_SECONDS
) -> list[Path]:
    """Remove temporary files that a crash or power cut left behind mid-write.

    A file whose writer is still running (another process, or this one) is left alone
    unless it is older than ``stale_after``: no write takes that long, so an old file is
    stale even if its process id has since been reused. Only regular files named the way
    this module and restore name them are touched. Returns what was removed.
    """
    moment = time.time() if now is None else now
    removed: list[Path] = []
    for folder in folders:
        try:
            candidates = list(folder.glob(f".*{PARTIAL_SUFFIX}"))
        except OSError:
            continue
        for path in candidates:
            pid = _writer_pid(path.name)
            try:
                info = path.lstat()
            except OSError:
                continue
            if pid is None or not stat.S_ISREG(info.st_mode):
                continue
            old = moment - info.st_mtime > stale_after
            writing = pid == os.getpid() or _still_running(pid)
            if writing and not old:
                continue
            with suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def write_atomically_with(
    target: Path, fill: Callable[[BinaryIO], None], *, make_parents: bool = True
) -> None:
    """Let ``fill`` write a private temporary file, fsync it, then rename it over ``target``.

    Anything that goes wrong (a full disk, a file-size limit, a failed check inside
    ``fill``) removes the temporary file, so no partial file is ever left behind. With
    ``make_parents=False`` a missing folder is an error: a backup folder on an unplugged
    USB stick must not be quietly re-created on the laptop's own disk.
    """
    if make_parents:
        target.parent.mkdir(parents=True, exist_ok=True)
    temporary = partial_path(target)
    try:
        with private_umask(), open(temporary, "wb") as handle:
            fill(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        with suppress(OSError):
            temporary.unlink()
        raise
    _fsync_folder(target.parent)


def write_atomically(target: Path, data: bytes, *, make_parents: bool = True) -> None:
    """Write to a private temporary file, fsync it, then rename over the target.

    Files saved where a person chose pass ``make_parents=False``: a folder that isn't
    there is reported, not quietly made.
    """

    def fill(handle: BinaryIO) -> None:
        handle.write(data)

    write_atomically_with(target, fill, make_parents=make_parents)


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


# -- chunked streams ----------------------------------------------------------------


def _chunk_aad(context: bytes, index: int, final: bool) -> bytes:
    return encode_parts(
        b"wc-stream-chunk", "1", context, struct.pack(">Q", index), b"F" if final else b"C"
    )


def _end_tag(key: bytearray, context: bytes, count: int, length: int) -> bytes:
    end_key = hkdf(key, "wc-stream-end/v1")
    try:
        counts = struct.pack(">QQ", count, length)
        return mac(end_key, encode_parts(b"wc-stream-end", "1", context, counts))
    finally:
        zero(end_key)


def _cipher(key: bytearray) -> AESGCM:
    chunk_key = hkdf(key, "wc-stream-chunk/v1")
    try:
        return AESGCM(bytes(chunk_key))
    finally:
        zero(chunk_key)


def seal_stream(
    image: bytes | memoryview,
    out: BinaryIO,
    *,
    key: bytearray,
    context: bytes,
    chunk_bytes: int = CHUNK_BYTES,
    progress: Progress | None = None,
) -> int:
    """Write ``image`` as sealed frames and the end marker; returns the number of chunks."""
    if not MIN_CHUNK_BYTES <= chunk_bytes <= MAX_CHUNK_BYTES:
        raise ValueError("chunk size out of range")
    cipher = _cipher(key)
    view = memoryview(image)
    total = len(view)
    count = max(1, -(-total // chunk_bytes))
    for index in range(count):
        final = index == count - 1
        nonce = os.urandom(NONCE_BYTES)
        piece = view[index * chunk_bytes : (index + 1) * chunk_bytes]
        sealed = cipher.encrypt(nonce, piece, _chunk_aad(context, index, final))
        out.write(_FRAME.pack(FRAME_FINAL if final else FRAME_CHUNK, len(sealed)) + nonce)
        out.write(sealed)
        if progress is not None:
            progress(min((index + 1) * chunk_bytes, total), total)
    out.write(_END.pack(END_MAGIC, count, total, _end_tag(key, context, count, total)))
    return count


def _read_exact(source: BinaryIO, size: int, what: str) -> bytes:
    data = source.read(size)
    if len(data) != size:
        raise StreamDamaged(f"the file ends in the middle of {what}")
    return data


def open_stream(
    source: BinaryIO,
    sink: Callable[[bytes], object],
    *,
    key: bytearray,
    context: bytes,
    chunk_bytes: int,
    total_bytes: int = 0,
    progress: Progress | None = None,
) -> int:
    """Check and open every frame in order, passing each plaintext chunk to ``sink``.

    A chunk reaches ``sink`` only after it has authenticated, but the stream as a whole
    is proven only when this returns: callers that keep what ``sink`` received must
    discard it if this raises. Returns the image length.
    """
    if not MIN_CHUNK_BYTES <= chunk_bytes <= MAX_CHUNK_BYTES:
        raise StreamDamaged("the chunk size is out of range")
    cipher = _cipher(key)
    index = length = 0
    while True:
        kind, size = _FRAME.unpack(_read_exact(source, _FRAME.size, f"chunk {index}"))
        if kind not in (FRAME_CHUNK, FRAME_FINAL):
            raise StreamDamaged(f"chunk {index} has an unknown kind")
        final = kind == FRAME_FINAL
        full = chunk_bytes + TAG_BYTES
        if size > full or size < TAG_BYTES or (not final and size != full):
            raise StreamDamaged(f"chunk {index} has the wrong length")
        nonce = _read_exact(source, NONCE_BYTES, f"chunk {index}")
        sealed = _read_exact(source, size, f"chunk {index}")
        try:
            plain = cipher.decrypt(nonce, sealed, _chunk_aad(context, index, final))
        except InvalidTag as exc:
            raise StreamDamaged(f"chunk {index} did not authenticate") from exc
        sink(plain)
        index += 1
        length += len(plain)
        if progress is not None:
            progress(length, max(total_bytes, length))
        if final:
            break
    magic, count, total, tag = _END.unpack(_read_exact(source, _END.size, "the end marker"))
    expected = _end_tag(key, context, index, length)
    if magic != END_MAGIC or count != index or total != length:
        raise StreamDamaged("the end marker does not match the chunks")
    if not hmac.compare_digest(tag, expected):
        raise StreamDamaged("the end marker did not authenticate")
    if source.read(1):
        raise StreamDamaged("there are extra bytes after the end marker")
    return length
