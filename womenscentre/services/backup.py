"""Backups of the whole vault: on demand, on exit to the manager's folder, and reminders.

A backup is taken while the app is open. SQLite's serialiser copies the database inside
one read transaction, together with the public keys the backup is sealed to, so the image
and its keys agree even if someone saves a note at that moment. The image is then sealed
chunk by chunk straight into a private temporary file beside the target, which is renamed
into place only when complete (see ``backup_file`` for the layout and ``store/snapshot``
for the chunks). Nothing unsealed touches the disk, and a failed backup leaves no file.

The time of the last backup is kept in ``meta`` (a coarse timestamp, on the plaintext
budget), so the app can remind a manager when it is older than the centre's setting.
"""

from __future__ import annotations

import errno
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from womenscentre.domain.audit import AuditAction
from womenscentre.errors import InvalidInput, UserFacingError
from womenscentre.exports.wording import date_words
from womenscentre.i18n import tr, trn
from womenscentre.services import keyset
from womenscentre.services.backup_file import (
    SUFFIX,
    BackupHeader,
    SealingKeys,
    new_header,
    read_header_of,
)
from womenscentre.services.keyset import RECOVERY_HOLDER
from womenscentre.services.progress import Progress as Progress  # re-exported
from womenscentre.services.progress import ProgressCallback as ProgressCallback
from womenscentre.store.snapshot import (
    remove_stale_partials,
    seal_stream,
    write_atomically_with,
)
from womenscentre.vault import keys

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from womenscentre.services.unlocked import UnlockedVault

LAST_BACKUP_META = "last_backup_at"
NAME_PREFIX = "womenscentre-backup-"
_NAME = re.compile(rf"^{re.escape(NAME_PREFIX)}\d{{8}}-\d{{6}}(-\d+)?{re.escape(SUFFIX)}$")


class BackupNotWritten(UserFacingError):
    """The file could not be written; the message says why and what to do."""


def _not_written(exc: OSError, folder: Path) -> BackupNotWritten:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return BackupNotWritten(
            tr(
                "The backup couldn't be written because the disk holding {folder} is "
                "full. No partial file has been left there, and the vault is "
                "unchanged. Please free some space, or choose another drive, then try "
                "again."
            ).format(folder=folder)
        )
    if exc.errno == errno.ENOENT:
        return BackupNotWritten(
            tr(
                "The backup folder {folder} can't be found. If it is on a USB stick or "
                "a network drive, please check it is connected, then try again."
            ).format(folder=folder)
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return BackupNotWritten(
            tr(
                "This account can't save files in {folder}. Please choose a folder you "
                "can save to. No partial file has been left there, and the vault is "
                "unchanged."
            ).format(folder=folder)
        )
    reason = exc.strerror or tr("an unexpected problem")
    return BackupNotWritten(
        tr(
            "The backup couldn't be written to {folder} ({reason}). No partial "
            "file has been left there, and the vault is unchanged. Please check "
            "the drive, then try again."
        ).format(folder=folder, reason=reason)
    )


@dataclass(frozen=True, slots=True)
class BackupResult:
    path: Path
    backup_id: str
    created_at: str
    size_bytes: int
    #: Older backups of this vault removed from the folder by rotation.
    removed: tuple[Path, ...] = ()


@dataclass(frozen=True, slots=True)
class BackupReminder:
    """Shown when the last backup is older than the centre's setting (or there is none)."""

    last_backup: date | None
    days_since: int | None

    @property
    def message(self) -> str:
        if self.last_backup is None or self.days_since is None:
            return tr("This vault hasn't been backed up yet. Please make a backup today.")
        return trn(
            "The last backup was made %n day ago, on {day}. Please make a fresh one today.",
            "The last backup was made %n days ago, on {day}. Please make a fresh one today.",
            self.days_since,
        ).format(day=date_words(self.last_backup, padded=True))


def sealing_keys(connection: sqlite3.Connection, vault_id: str) -> SealingKeys | None:
    """The public keys a backup of this database is sealed to, or None if it has none."""
    slot = connection.execute(
        "SELECT sealed_private, public_key FROM key_slots WHERE holder_id = ?", (RECOVERY_HOLDER,)
    ).fetchone()
    meta = dict(
        connection.execute(
            "SELECT key, value FROM meta WHERE key IN "
            "('current_audit_reader', 'audit_reader_public')"
        ).fetchall()
    )
    if slot is None or "audit_reader_public" not in meta:
        return None
    return SealingKeys(
        vault_id=vault_id,
        recovery_slot=bytes(slot[0]),
        recovery_public=bytes(slot[1]),
        reader_key_id=str(meta.get("current_audit_reader", "")),
        reader_public=bytes.fromhex(str(meta["audit_reader_public"])),
    )


def snapshot(engine: Engine, vault_id: str) -> tuple[bytes, SealingKeys]:
    """A consistent image of the database and the public keys inside that same image."""
    raw = engine.raw_connection()
    try:
        connection = raw.driver_connection
        assert isinstance(connection, sqlite3.Connection)
        connection.execute("BEGIN")
        try:
            sealing = sealing_keys(connection, vault_id)
            image = connection.serialize()
        finally:
            connection.execute("COMMIT")
    finally:
        raw.close()
    if sealing is None:
        raise InvalidInput(
            tr(
                "This vault has no recovery key set up, so a backup couldn't be opened on another "
                "computer. Please ask a manager to replace the recovery key first."
            )
        )
    return image, sealing


def write_backup(
    target: Path,
    image: bytes,
    sealing: SealingKeys,
    *,
    created_at: str,
    progress: ProgressCallback | None = None,
    make_parents: bool = False,
) -> BackupHeader:
    """Seal ``image`` into ``target`` atomically; also used for a restore's sealed copy."""
    header, backup_key = new_header(sealing, created_at)

    def fill(handle: BinaryIO) -> None:
        handle.write(header.encode())
        seal_stream(
            image,
            handle,
            key=backup_key,
            context=header.digest,
            chunk_bytes=header.chunk_bytes,
            progress=None if progress is None else lambda d, t: progress(Progress("seal", d, t)),
        )

    try:
        write_atomically_with(target, fill, make_parents=make_parents)
    except OSError as exc:
        raise _not_written(exc, target.parent) from exc
    finally:
        keys.zero(backup_key)
    return header


def default_name(moment: datetime, folder: Path) -> Path:
    """A new file name in ``folder`` that sorts by time and never overwrites another."""
    stem = f"{NAME_PREFIX}{moment:%Y%m%d-%H%M%S}"
    candidate, number = folder / f"{stem}{SUFFIX}", 1
    while candidate.exists():
        number += 1
        candidate = folder / f"{stem}-{number}{SUFFIX}"
    return candidate


class Backups:
    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault

    def backup_to(self, target: Path, *, progress: ProgressCallback | None = None) -> BackupResult:
        """One encrypted backup file at ``target``, which must not exist yet."""
        vault = self._vault
        vault.keyring  # noqa: B018 - raises when locked
        target = Path(target).expanduser()
        if target.is_dir():
            raise InvalidInput(
                tr(
                    "{target} is a folder. Please give a file name for the backup, or "
                    "choose the folder as the automatic backup folder instead."
                ).format(target=target)
            )
        if target.exists():
            raise InvalidInput(
                tr(
                    "There is already a file called {name} there, so nothing has been "
                    "changed. Please choose another name."
                ).format(name=target.name)
            )
        if progress is not None:
            progress(Progress("snapshot", 0, 1))
        image, sealing = snapshot(vault.engine, vault.vault_id)
        if progress is not None:
            progress(Progress("snapshot", 1, 1))
        created_at = vault.now_minute()
        try:
            header = write_backup(target, image, sealing, created_at=created_at, progress=progress)
        finally:
            del image
        size = target.stat().st_size
        with vault.write() as session:
            keyset.meta_set(session, LAST_BACKUP_META, created_at)
            vault.log(
                session,
                AuditAction.BACKUP,
                None,
                {"backup": header.backup_id_hex, "file": target.name, "bytes": size},
            )
        return BackupResult(target, header.backup_id_hex, created_at, size)

    def backup_to_folder(
        self, folder: Path, *, keep: int, progress: ProgressCallback | None = None
    ) -> BackupResult:
        """A new backup in ``folder``, then only the newest ``keep`` of this vault's kept.

        Only files this app named, whose header says they belong to this vault, are ever
        removed: another vault's backups, or anything else in the folder, are left alone.
        First, temporary files that a backup killed mid-write left here are removed (sealed,
        but of no use and taking space); one another process is still writing is left alone.
        """
        if keep < 1:
            raise InvalidInput(tr("Please keep at least one backup."))
        folder = Path(folder).expanduser()
        if not folder.is_dir():
            raise _not_written(FileNotFoundError(errno.ENOENT, "missing"), folder)
        remove_stale_partials([folder])
        result = self.backup_to(default_name(self._vault.clock.now(), folder), progress=progress)
        ours: list[tuple[str, str, Path]] = []
        for path in folder.iterdir():
            if not _NAME.match(path.name) or not path.is_file():
                continue
            try:
                header = read_header_of(path)
            except UserFacingError:
                continue  # never remove a file we can't identify
            if header.vault_id == self._vault.vault_id:
                ours.append((header.created_at, path.name, path))
        ours.sort(reverse=True)
        removed: list[Path] = []
        for _created, _name, path in ours[keep:]:
            if path == result.path:
                continue
            try:
                path.unlink()
            except OSError:
                continue  # an old copy that stays is better than a failed backup
            removed.append(path)
        return BackupResult(
            result.path, result.backup_id, result.created_at, result.size_bytes, tuple(removed)
        )

    def backup_on_exit(self, progress: ProgressCallback | None = None) -> BackupResult | None:
        """The automatic backup when the app closes, if a manager has chosen a folder."""
        settings = self._vault.settings.get()
        if not settings.backup_folder:
            return None
        return self.backup_to_folder(
            Path(settings.backup_folder), keep=settings.backup_keep, progress=progress
        )

    def last_backup(self) -> datetime | None:
        with self._vault.read() as session:
            value = keyset.meta_get(session, LAST_BACKUP_META)
        if not value:
            return None
        try:
            return datetime.strptime(value, "%Y-%m-%dT%H:%MZ")
        except ValueError:
            return None

    def reminder_due(self, today: date) -> BackupReminder | None:
        """A reminder when the last backup is older than the manager's setting, else None."""
        days = self._vault.settings.get().backup_reminder_days
        if days == 0:
            return None
        last = self.last_backup()
        if last is None:
            return BackupReminder(None, None)
        since = (today - last.date()).days
        return BackupReminder(last.date(), since) if since >= days else None
