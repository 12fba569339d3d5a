"""Shared steps for sealed record rows: seal, open, version checks, the journal."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from womenscentre.errors import UserFacingError
from womenscentre.i18n import tr
from womenscentre.services.codec import open_json, seal_json
from womenscentre.store.models import ChangeJournal, SealedRecord
from womenscentre.vault.aead import SealError

if TYPE_CHECKING:
    from womenscentre.services.unlocked import UnlockedVault


class RecordDamaged(UserFacingError):
    def __init__(self, record_id: str) -> None:
        self.record_id = record_id
        super().__init__(
            tr(
                "This record is damaged or has been changed outside womenscentre, so it can't be "
                "shown. Everything else is safe. Please tell a manager so it can be restored from "
                "a backup."
            )
        )


class EditConflict(UserFacingError):
    def __init__(self) -> None:
        super().__init__(
            tr(
                "Someone else saved this record while you were working on it. Your changes are "
                "still here: please look at the latest version and add them again."
            )
        )


class NotFound(UserFacingError):
    def __init__(self) -> None:
        super().__init__(tr("That record couldn't be found. It may have been deleted."))


def seal_into(vault: UnlockedVault, row: SealedRecord, table: str, payload: dict[str, Any]) -> None:
    row.key_id, row.sealed = seal_json(vault.keyring, table, row.id, payload)


def open_row(vault: UnlockedVault, row: SealedRecord, table: str) -> dict[str, Any]:
    try:
        return open_json(vault.keyring, table, row.id, row.sealed)
    except (SealError, ValueError) as exc:
        raise RecordDamaged(row.id) from exc


def bump(vault: UnlockedVault, row: SealedRecord, expected_version: int | None) -> None:
    if expected_version is not None and row.version != expected_version:
        raise EditConflict
    row.version += 1
    row.updated_at = vault.now_minute()


def journal(vault: UnlockedVault, session: Session, table: str, row: SealedRecord, op: str) -> None:
    session.add(
        ChangeJournal(
            table_name=table, record_id=row.id, version=row.version, op=op, at=vault.now_minute()
        )
    )
