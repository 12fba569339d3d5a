"""Restoring a backup: a state machine that the CLI and the app's guided restore share.

    NEEDS_KEY ──recovery key, or a manager's unlocked vault──▶ READY_TO_CHECK
    READY_TO_CHECK ──check()──▶ NEEDS_CONFIRMATION (a vault is here) or READY_TO_REPLACE
    NEEDS_CONFIRMATION ──confirm("replace")──▶ READY_TO_REPLACE ──replace()──▶ DONE
    any step ──close()──▶ CANCELLED (the private working file is removed, keys zeroed)

``check()`` proves the whole file before anything is replaced: every chunk authenticates
as it is opened into a private working file beside the vault (it holds exactly what the
vault file holds, sealed records and all), then SQLite's integrity check, the schema
version, the audit chain, every user's signed role and every sealed record are checked on
that file, opened read-only and immutable so SQLite writes nothing beside it. Only then,
and only after an explicit confirmation if a vault is already here, does ``replace()``
seal a copy of the old vault into ``snapshots/`` (openable with *its* recovery key, in the
same backup format) and rename the working file into place. Before that rename, records the
replaced vault had deleted for good (retention purges and erasures) are deleted again in
the working file, so restoring an older backup never brings an erased woman back; see
``restore_purges``, which also says what a restore on a new laptop can't know.

In the app the manager's vault must be locked before ``replace()``, which takes the same
instance lock as unlocking does.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
from contextlib import closing, suppress
from dataclasses import dataclass
from dataclasses import replace as with_changes
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from womenscentre.clock import Clock, SystemClock
from womenscentre.domain.audit import AuditAction
from womenscentre.domain.retention import DeletionCertificate
from womenscentre.errors import InvalidInput, UserFacingError
from womenscentre.i18n import tr
from womenscentre.paths import VaultPaths, ensure_private_dir, private_umask
from womenscentre.services import audit, keyset, search_snapshot
from womenscentre.services.backup import Progress, ProgressCallback, sealing_keys, write_backup
from womenscentre.services.backup_file import (
    BackupDamaged,
    BackupHeader,
    open_with_keyring,
    open_with_recovery,
    read_header,
    read_header_of,
)
from womenscentre.services.instance_lock import InstanceLock
from womenscentre.services.restore_check import RestoreCheck, check_restored
from womenscentre.services.restore_purges import (
    PurgedRow,
    RepeatContext,
    read_purge_list,
    repeat_purges,
)
from womenscentre.services.retention import checkpoint_wal
from womenscentre.services.unlocked import UnlockedVault, iso_minute
from womenscentre.store import engine as store_engine
from womenscentre.store.models import User
from womenscentre.store.snapshot import StreamDamaged, open_stream
from womenscentre.vault import keys
from womenscentre.vault.aead import SealError
from womenscentre.vault.keyring import Keyring
from womenscentre.vault.recovery_key import RecoveryKeyInvalid, parse_recovery_key

CONFIRM_WORD = "replace"


class RestoreStage(StrEnum):
    NEEDS_KEY = "needs_key"
    READY_TO_CHECK = "ready_to_check"
    NEEDS_CONFIRMATION = "needs_confirmation"
    READY_TO_REPLACE = "ready_to_replace"
    DONE = "done"
    CANCELLED = "cancelled"


class RestoreOutOfOrder(UserFacingError):
    def __init__(self) -> None:
        super().__init__(tr("That step of the restore isn't ready yet. Nothing has been changed."))


@dataclass(frozen=True, slots=True)
class BackupFacts:
    backup_id: str
    vault_id: str
    created_at: str
    size_bytes: int


@dataclass(frozen=True, slots=True)
class ExistingVault:
    """The vault a restore would replace; ``vault_id`` is None if it can't be read."""

    vault_id: str | None
    same_vault: bool


@dataclass(frozen=True, slots=True)
class RestoreResult:
    database: Path
    #: The replaced vault, sealed in the backup format, or None if there was none.
    sealed_copy: Path | None
    check: RestoreCheck
    #: Records the replaced vault had deleted for good, deleted again in the restored one.
    purged_again: tuple[DeletionCertificate, ...] = ()
    #: The replaced vault was this vault but its purge list couldn't be read, so records
    #: it had deleted may be back: a manager should check the deletion certificates.
    purge_list_unreadable: bool = False


def _existing_vault(paths: VaultPaths, backup_vault_id: str) -> ExistingVault | None:
    """The vault already here, if any, and whether it is the one the backup came from.

    Read ``immutable`` first, which writes nothing beside a closed vault; a vault that is
    open elsewhere may still hold its id in the WAL, so then read it through the WAL.
    """
    database = paths.database
    if not database.exists() or database.stat().st_size == 0:
        return None
    vault_id: str | None = None
    for mode in ("immutable=1", "mode=ro"):
        with suppress(sqlite3.Error, OSError):
            uri = f"{database.absolute().as_uri()}?{mode}"
            with closing(sqlite3.connect(uri, uri=True)) as connection:
                row = connection.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
                vault_id = None if row is None else str(row[0])
        if vault_id is not None:
            break
    return ExistingVault(vault_id, vault_id == backup_vault_id)


class RestoreFlow:
    def __init__(
        self,
        backup_file: Path,
        target: VaultPaths,
        *,
        clock: Clock | None = None,
        progress: ProgressCallback | None = None,
    ) -> None:
        self._file = Path(backup_file).expanduser()
        self._target = target
        self._clock = clock or SystemClock()
        self._progress = progress
        self._header: BackupHeader = read_header_of(self._file)
        self.facts = BackupFacts(
            self._header.backup_id_hex,
            self._header.vault_id,
            self._header.created_at,
            self._file.stat().st_size,
        )
        self.existing = _existing_vault(target, self._header.vault_id)
        self.stage = RestoreStage.NEEDS_KEY
        self._backup_key: bytearray | None = None
        self._recovery_private: bytearray | None = None
        self._copied: dict[str, Any] | None = None
        self._actor_id: str | None = None
        self._opened_with = ""
        self._keyring: Keyring | None = None
        self._work: Path | None = None
        self._check: RestoreCheck | None = None

    # -- steps -------------------------------------------------------------------
    def _expect(self, stage: RestoreStage) -> None:
        if self.stage is not stage:
            raise RestoreOutOfOrder

    def _report(self, stage: str, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress(Progress(stage, done, total))

    def unlock_with_recovery_key(self, text: str) -> None:
        self._expect(RestoreStage.NEEDS_KEY)
        try:
            secret = parse_recovery_key(text)
        except RecoveryKeyInvalid as exc:
            raise InvalidInput(
                tr(
                    "That recovery key doesn't look right. Please check each group of four "
                    "characters against the printed copy and try again."
                )
            ) from exc
        try:
            self._backup_key, self._recovery_private = open_with_recovery(self._header, secret)
        finally:
            keys.zero(secret)
        self._opened_with = "recovery key"
        self.stage = RestoreStage.READY_TO_CHECK

    def unlock_with_vault(self, vault: UnlockedVault) -> None:
        """Open the backup with a signed-in manager's keys (same vault only)."""
        self._expect(RestoreStage.NEEDS_KEY)
        vault.access.require_manager(
            message=tr("Only a manager can restore a backup. Please ask a manager to help.")
        )
        keyring = vault.keyring
        self._backup_key = open_with_keyring(self._header, keyring, vault.vault_id)
        readers = {}
        for key_id in keyring.audit_reader_ids:
            reader = keyring.audit_reader(key_id)
            if reader is not None:
                readers[key_id] = bytearray(reader)
        self._copied = {
            "items": {k: bytearray(keyring.item_key(k)) for k in keyring.item_key_ids},
            "audit": bytearray(keyring.audit_key),
            "readers": readers,
        }
        self._actor_id = vault.user.id
        self._opened_with = "a manager's sign-in"
        self.stage = RestoreStage.READY_TO_CHECK

    def check(self) -> RestoreCheck:
        """Open and check the whole backup; nothing in the vault folder is replaced yet."""
        self._expect(RestoreStage.READY_TO_CHECK)
        assert self._backup_key is not None
        root = ensure_private_dir(self._target.root)
        work = root / f".restore-{os.getpid()}-{secrets.token_hex(4)}.partial"
        self._work = work
        try:
            with private_umask(), open(work, "wb") as out, open(self._file, "rb") as source:
                if read_header(source).digest != self._header.digest:
                    raise BackupDamaged(tr("the file changed while it was being read"))
                open_stream(
                    source,
                    out.write,
                    key=self._backup_key,
                    context=self._header.digest,
                    chunk_bytes=self._header.chunk_bytes,
                    total_bytes=self.facts.size_bytes,
                    progress=lambda done, total: self._report("decrypt", done, total),
                )
                out.flush()
                os.fsync(out.fileno())
            self._report("check", 0, 1)
            vault_id = self._header.vault_id
            self._check, self._keyring = check_restored(work, vault_id, self._keys_for)
            self._report("check", 1, 1)
        except StreamDamaged as exc:
            self._discard_work()
            raise BackupDamaged(str(exc)) from exc
        except OSError as exc:
            self._discard_work()
            raise InvalidInput(
                tr(
                    "There isn't room to restore this backup in {root}, or it can't be "
                    "written there. Nothing has been changed. Please free some space or "
                    "choose another folder, then try again."
                ).format(root=root)
            ) from exc
        except BaseException:
            self._discard_work()
            raise
        self.stage = (
            RestoreStage.NEEDS_CONFIRMATION if self.existing else RestoreStage.READY_TO_REPLACE
        )
        return self._check

    def confirm(self, typed: str) -> None:
        """The explicit go-ahead to replace the vault already here."""
        self._expect(RestoreStage.NEEDS_CONFIRMATION)
        if typed.strip().casefold() != CONFIRM_WORD:
            raise InvalidInput(
                tr(
                    "Nothing has been replaced. To replace the vault here, please type {word}."
                ).format(word=CONFIRM_WORD)
            )
        self.stage = RestoreStage.READY_TO_REPLACE

    def replace(self) -> RestoreResult:
        """Put the checked backup in place; deletions the replaced vault made stay made.

        The replaced vault's purge list is read and repeated in the working file (see
        ``restore_purges``), and the restore is audited there, before it is renamed into
        place: the vault never appears with an erased woman back in it.
        """
        self._expect(RestoreStage.READY_TO_REPLACE)
        assert self._work is not None and self._check is not None
        paths = self._target
        lock = InstanceLock(paths.lock_file).acquire()
        try:
            self._report("replace", 0, 1)
            sealed_copy = None
            purge_list: list[PurgedRow] | None = []
            if paths.database.exists() and paths.database.stat().st_size > 0:
                sealed_copy = self._seal_replaced()
                if self.existing is not None and self.existing.same_vault:
                    purge_list = read_purge_list(paths.database)
            purged_again, head = self._finish_work(sealed_copy, purge_list)
            for suffix in ("-wal", "-shm"):
                Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
            os.replace(self._work, paths.database)
            self._work = None
            # search snapshots describe the vault that was replaced
            search_snapshot.discard_all(paths.sealed_caches)
            self._restart_anchor(head)
            self._report("replace", 1, 1)
        finally:
            lock.release()
            self.close()
        self.stage = RestoreStage.DONE
        return RestoreResult(
            paths.database,
            sealed_copy,
            self._check,
            purged_again=tuple(purged_again),
            purge_list_unreadable=purge_list is None,
        )

    def close(self) -> None:
        """Remove the working file and forget every key; safe to call at any point."""
        self._discard_work()
        for secret in (self._backup_key, self._recovery_private):
            if secret is not None:
                keys.zero(secret)
        self._backup_key = self._recovery_private = None
        if self._copied is not None:
            for key in [*self._copied["items"].values(), *self._copied["readers"].values()]:
                keys.zero(key)
            keys.zero(self._copied["audit"])
            self._copied = None
        if self._keyring is not None:
            self._keyring.close()
            self._keyring = None
        if self.stage is not RestoreStage.DONE:
            self.stage = RestoreStage.CANCELLED

    def __enter__(self) -> RestoreFlow:
        return self

    def __exit__(self, *_exc: object) -> None:
        if self.stage is not RestoreStage.DONE:
            self.close()

    # -- checking ------------------------------------------------------------------
    def _discard_work(self) -> None:
        if self._work is not None:
            self._work.unlink(missing_ok=True)
            self._work = None

    def _keys_for(self, session: Session) -> Keyring:
        """The keys that open the restored file: the recovery holder's, or the manager's."""
        from womenscentre.services.lifecycle import _keyring_from_grants

        vault_id = self._header.vault_id
        if self._recovery_private is not None:
            try:
                granted = keyset.open_grants(
                    session,
                    vault_id=vault_id,
                    holder_id=keyset.RECOVERY_HOLDER,
                    private=self._recovery_private,
                )
                return _keyring_from_grants(session, granted)
            except (ValueError, SealError) as exc:
                raise BackupDamaged(tr("the keys inside don't open")) from exc
        assert self._copied is not None
        current = keyset.meta_get(session, "current_item_key") or ""
        items = {k: bytearray(v) for k, v in self._copied["items"].items()}
        if current not in items:
            raise BackupDamaged(tr("it uses a key your sign-in doesn't hold"))
        return Keyring(
            item_keys=items,
            current_item_key=current,
            audit_key=bytearray(self._copied["audit"]),
            manager_key=None,
            manager_key_id=None,
            audit_reader_public=keyset.audit_reader_public(session),
            audit_readers={k: bytearray(v) for k, v in self._copied["readers"].items()},
        )

    # -- replacing -----------------------------------------------------------------
    def _stamp(self) -> str:
        return self._clock.now().strftime("%Y%m%d-%H%M%S")

    def _seal_replaced(self) -> Path:
        """Seal the vault being replaced, to its own recovery key where it still has one."""
        paths = self._target
        image: bytes | None = None
        sealing = None
        existing_id = self.existing.vault_id if self.existing else None
        with suppress(sqlite3.Error), closing(sqlite3.connect(paths.database)) as connection:
            image = connection.serialize()
            if existing_id is not None:
                sealing = sealing_keys(connection, existing_id)
        if image is None:
            image = paths.database.read_bytes()  # too damaged for SQLite: keep its bytes
        if sealing is None:  # unreadable keys: seal it to the restored vault's instead
            assert self._work is not None
            uri = self._work.absolute().as_uri() + "?immutable=1"
            with closing(sqlite3.connect(uri, uri=True)) as work:
                sealing = sealing_keys(work, self._header.vault_id)
        assert sealing is not None
        target = paths.snapshots / f"replaced-by-restore-{self._stamp()}.wcbackup"
        with private_umask():
            paths.snapshots.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_backup(target, image, sealing, created_at=iso_minute(self._clock))
        return target

    def _finish_work(
        self, sealed_copy: Path | None, purge_list: list[PurgedRow] | None
    ) -> tuple[list[DeletionCertificate], audit.Anchor | None]:
        """In the working file: audit the restore and repeat the replaced vault's purges.

        One transaction, then the WAL is folded in and emptied and the engine closed, so
        the file is whole on its own when it is renamed into place.
        """
        work = self._work
        keyring = self._keyring
        assert work is not None and keyring is not None
        now = self._clock.now()
        engine = store_engine.make_engine(work)
        try:
            with Session(store_engine.writer(engine)) as session, session.begin():
                actor = self._actor_id if session.get(User, self._actor_id or "") else None
                audit.append(
                    session,
                    keyring,
                    ts=now.isoformat(),
                    actor_id=actor,
                    action=AuditAction.RESTORE,
                    details={
                        "backup": self.facts.backup_id,
                        "made": self.facts.created_at,
                        "opened_with": self._opened_with,
                        "replaced_copy": None if sealed_copy is None else sealed_copy.name,
                        "purge_list_unreadable": purge_list is None,
                    },
                )
                context = RepeatContext(
                    vault_id=self._header.vault_id,
                    backup_id=self.facts.backup_id,
                    backup_made=self.facts.created_at,
                    actor_id=actor,
                    ts=now.isoformat(),
                    minute=iso_minute(self._clock),
                )
                certificates = repeat_purges(session, keyring, purge_list or [], context)
            with Session(engine) as session:
                head = audit.head(session)
            folded = checkpoint_wal(engine)
        finally:
            engine.dispose()
        wal = Path(f"{work}-wal")
        if wal.exists() and wal.stat().st_size > 0:  # SQLite folds it in as the last one closes
            raise InvalidInput(
                tr(
                    "The restore couldn't finish writing the restored vault, so nothing has been "
                    "replaced. Please check there is space on the disk, then try again."
                )
            )
        for leftover in (wal, Path(f"{work}-shm")):
            leftover.unlink(missing_ok=True)
        return [with_changes(c, wal_checkpointed=folded) for c in certificates], head

    def _restart_anchor(self, head: audit.Anchor | None) -> None:
        """Start the restored vault's audit anchor afresh, keeping the old one aside."""
        paths = self._target
        if paths.audit_anchor.exists():
            kept = paths.snapshots / f"audit-anchor-before-restore-{self._stamp()}.json"
            with private_umask():
                paths.snapshots.mkdir(mode=0o700, parents=True, exist_ok=True)
            os.replace(paths.audit_anchor, kept)
        if head is not None:
            audit.write_anchor(paths.audit_anchor, head)
