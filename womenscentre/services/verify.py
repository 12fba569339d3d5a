"""The vault check behind ``womenscentre verify``.

It answers three questions, in the order a manager would want them answered:
is the file sound (SQLite's own integrity check), is the audit log whole (the
chain, and the anchor written at the last lock), and does every record open
(each sealed blob authenticates). It lists what failed by kind and id only,
never by content, so the report is safe to paste into a support ticket.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from womenscentre.domain.users import UserStatus
from womenscentre.services import audit, keyset
from womenscentre.services.attachment_chunks import damaged_attachments
from womenscentre.services.codec import open_json
from womenscentre.store import engine as store_engine
from womenscentre.store.models import SEALED_TABLES, AuditEntry, User
from womenscentre.vault.aead import SealError
from womenscentre.vault.keyring import Keyring

if TYPE_CHECKING:
    from womenscentre.services.unlocked import UnlockedVault


@dataclass
class VerifyReport:
    integrity: list[str] = field(default_factory=list)
    audit: list[str] = field(default_factory=list)
    damaged_records: list[tuple[str, str]] = field(default_factory=list)
    accounts: list[str] = field(default_factory=list)
    records_checked: int = 0
    audit_entries: int = 0

    @property
    def ok(self) -> bool:
        return not (self.integrity or self.audit or self.damaged_records or self.accounts)

    def lines(self) -> list[str]:
        out = [f"file integrity: {'ok' if not self.integrity else 'PROBLEMS FOUND'}"]
        out += [f"  - {problem}" for problem in self.integrity[:20]]
        out.append(
            f"audit log: {'ok' if not self.audit else 'PROBLEMS FOUND'} "
            f"({self.audit_entries} entries)"
        )
        out += [f"  - {problem}" for problem in self.audit]
        out.append(
            f"records: {self.records_checked - len(self.damaged_records)} of "
            f"{self.records_checked} open"
        )
        out += [f"  - damaged: {table} {record_id}" for table, record_id in self.damaged_records]
        out.append(f"accounts: {'ok' if not self.accounts else 'PROBLEMS FOUND'}")
        out += [f"  - {problem}" for problem in self.accounts]
        return out


def check_records(session: Session, keyring: Keyring) -> tuple[int, list[tuple[str, str]]]:
    """(records checked, damaged (table, id)) over every sealed table the file has.

    Tables a file doesn't have yet (a backup from before a migration) are skipped, so a
    restore can check an older file with this same code.
    """
    present = set(inspect(session.connection()).get_table_names())
    checked, damaged = 0, []
    for table, model in SEALED_TABLES.items():
        if table not in present:
            continue
        for row in session.scalars(select(model)):
            checked += 1
            try:
                open_json(keyring, table, row.id, row.sealed)
            except (SealError, ValueError):
                damaged.append((table, row.id))
    if "attachment_chunks" in present:
        # A file's details can open while one of its chunks is missing, swapped or changed:
        # every chunk is checked too, one at a time, and its hash compared.
        known = set(damaged)
        damaged += [
            ("attachments", attachment_id)
            for attachment_id in damaged_attachments(session, keyring)
            if ("attachments", attachment_id) not in known
        ]
    return checked, damaged


def check_accounts(session: Session, vault_id: str) -> list[str]:
    return [
        f"the role of user {user.id} has been changed outside the app"
        for user in session.scalars(select(User))
        if user.status == UserStatus.ACTIVE.value
        and not keyset.role_is_authentic(session, vault_id, user)
    ]


def verify_vault(vault: UnlockedVault) -> VerifyReport:
    report = VerifyReport()
    report.integrity = store_engine.integrity_check(vault.engine)
    anchor = audit.Anchor.read(vault.paths.audit_anchor)
    with vault.read() as session:
        report.audit = audit.verify_chain(session, vault.keyring, anchor)
        report.audit_entries = len(session.scalars(select(AuditEntry.seq)).all())
        report.records_checked, report.damaged_records = check_records(session, vault.keyring)
        report.accounts = check_accounts(session, vault.vault_id)
    return report
