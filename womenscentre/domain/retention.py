"""Retention: which records come up for review, and the certificate a purge leaves.

The certificate says what kind of record was deleted, when, by whom and why, and how many
rows of each kind went, by random id only. It never carries her name or anything from her
record, so a manager can file it, print it or send it to whoever asked for the erasure.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from womenscentre.i18n import N_
from womenscentre.labels import Labels


class RetentionKind(StrEnum):
    #: Her whole record, once every case of hers has closed.
    CLOSED_CASE = "closed_case"
    #: A record already deleted (a tombstone), kept for a while in case it was a mistake.
    DELETED_RECORD = "deleted_record"


KIND_LABELS = Labels(
    {
        RetentionKind.CLOSED_CASE: N_(
            "closed cases (her whole record, after her last case closed)"
        ),
        RetentionKind.DELETED_RECORD: N_("deleted records (after they were deleted)"),
    }
)


class PurgeBasis(StrEnum):
    #: The centre's retention policy: the record was due for review.
    RETENTION = "retention"
    #: Her request for erasure, where it applies (the subject-access work builds on this).
    ERASURE = "erasure"
    #: Deleted for good before an older backup was restored, and deleted again at once.
    REPEATED_AFTER_RESTORE = "repeated_after_restore"


BASIS_LABELS = Labels(
    {
        PurgeBasis.RETENTION: N_("the centre's retention policy"),
        PurgeBasis.ERASURE: N_("her request for erasure"),
        PurgeBasis.REPEATED_AFTER_RESTORE: (
            N_(
                "purged again after restore: it had already been deleted for good before an older "
                "backup was restored"
            )
        ),
    }
)

#: Plain names for the tables a purge removes rows from; anything newer shows its own name.
TABLE_LABELS = Labels(
    {
        "people": N_("person record"),
        "cases": N_("case"),
        "session_notes": N_("session note"),
        "note_addenda": N_("addendum"),
        "safety_plans": N_("safety plan"),
        "safety_plan_versions": N_("safety plan version"),
        "support_lists": N_("support list"),
        "risk_records": N_("risk identification record"),
        "consents": N_("consent record"),
        "unsent_packs": N_("referral draft"),
        "sharing_decisions": N_("sharing decision"),
        "exports": N_("export record"),
        "attachments": N_("document or evidence"),
        "outcomes": N_("outcomes record"),
    }
)


def table_label(table: str, count: int) -> str:
    """For the deletion certificate, which is a record and so stays as written (English)."""
    label = TABLE_LABELS.english(table) if table in TABLE_LABELS else table.replace("_", " ")
    return f"{count} {label}{'' if count == 1 else 's'}"


@dataclass(frozen=True, slots=True)
class DueRecord:
    """One woman's record that has come up for review; shown to managers only."""

    person_id: str
    preferred_name: str
    kind: RetentionKind
    #: When the clock started: her last case's closing date, or the deletion date.
    since: date
    due_on: date
    #: Rows that a purge would remove, per table.
    counts: tuple[tuple[str, int], ...]
    #: True when a manager set the review date by hand (``purge_after``).
    held: bool = False


@dataclass(frozen=True, slots=True)
class DeletionCertificate:
    certificate_id: str
    vault_id: str
    record_id: str
    kind: str
    basis: PurgeBasis
    policy: str
    due_on: str | None
    purged_at: str
    purged_by_id: str
    purged_by: str
    reason: str
    counts: tuple[tuple[str, int], ...]
    audit_seq: int
    wal_checkpointed: bool = False

    def to_json(self) -> dict[str, Any]:
        raw = asdict(self)
        raw["basis"] = self.basis.value
        raw["counts"] = dict(self.counts)
        raw["format"] = "womenscentre-deletion-certificate/1"
        return raw

    def to_json_text(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n"

    def to_text(self) -> str:
        what = ", ".join(table_label(t, n) for t, n in self.counts) or "no rows"
        due = f", due for review on {self.due_on}" if self.due_on else ""
        folded = "yes" if self.wal_checkpointed else "not yet (it will be when the app closes)"
        lines = [
            "Deletion certificate",
            "",
            f"Certificate:       {self.certificate_id}",
            f"Vault:             {self.vault_id}",
            f"Record reference:  {self.record_id}",
            f"What was deleted:  {self.kind}: {what}",
            f"Why:               {BASIS_LABELS.english(self.basis)}; {self.policy}{due}",
            f"Reason given:      {self.reason}",
            f"When:              {self.purged_at} (UTC)",
            f"By:                {self.purged_by} (user {self.purged_by_id})",
            f"Audit entry:       {self.audit_seq}",
            f"Database log cleared: {folded}",
            "",
            "The rows were deleted from the vault with SQLite's secure delete, and its",
            "write-ahead log was folded in and emptied. Backups made before this date still",
            "hold the record, encrypted, until they are rotated out of the backup folder.",
            "This certificate holds no names, notes or other details from the record.",
        ]
        return "\n".join(lines) + "\n"


def add_years(day: date, years: int) -> date:
    """``day`` moved on by whole years; 29 February becomes 28 February when needed."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
