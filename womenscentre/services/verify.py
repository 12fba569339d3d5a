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

from sqlalchemy import select

from womenscentre.domain.users import UserStatus
from womenscentre.services import audit, keyset
from womenscentre.services.codec import open_json
from womenscentre.store import engine as store_engine
from womenscentre.store.models import SEALED_TABLES, AuditEntry, User
from womenscentre.vault.aead import SealError

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


def verify_vault(vault: UnlockedVault) -> VerifyReport:
    report = VerifyReport()
    report.integrity = store_engine.integrity_check(vault.engine)
    anchor = audit.Anchor.read(vault.paths.audit_anchor)
    with vault.read() as session:
        report.audit = audit.verify_chain(session, vault.keyring, anchor)
        report.audit_entries = len(session.scalars(select(AuditEntry.seq)).all())
        for table, model in SEALED_TABLES.items():
            for row in session.scalars(select(model)):
                report.records_checked += 1
                try:
                    open_json(vault.keyring, table, row.id, row.sealed)
                except (SealError, ValueError):
                    report.damaged_records.append((table, row.id))
        for user in session.scalars(select(User)):
            if user.status == UserStatus.ACTIVE.value and not keyset.role_is_authentic(
                session, vault.vault_id, user
            ):
                report.accounts.append(
                    f"the role of user {user.id} has been changed outside the app"
                )
    return report
