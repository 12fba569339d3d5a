"""Subject access: everything held about one woman, for her, as a PDF and JSON pack.

Completeness is by construction, not by list: the rows come from ``retention.her_rows``
(which follows every foreign key from her record, so tables added later are found too), and
every sealed row is opened and flattened into the pack; a row that won't open is still
listed, saying so. The audit entries about any of those rows (who opened, changed, printed
or exported her record, and when) are added with their details, which only managers can
read: so only a manager may make a pack.

Making the pack opens her records without adding a "view" entry per record; instead the
pack itself is audited once, as an export, in the same transaction that puts the files in
place. Both files are written under temporary names and renamed together
(``exports/files.py``), so a folder that can't take them is left with nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from womenscentre.domain.audit import AuditAction
from womenscentre.domain.plans import SupportEntry, SupportList
from womenscentre.domain.retention import TABLE_LABELS
from womenscentre.exports.files import staged
from womenscentre.exports.subject_access import (
    AUDIT_SECTION,
    PackField,
    PackItem,
    PackSection,
    SubjectAccessPack,
    to_document,
)
from womenscentre.i18n import N_, tr
from womenscentre.services import audit, records
from womenscentre.services import subject_access_items as items
from womenscentre.services.attachment_export import her_attachments, stage_originals
from womenscentre.services.retention import batches, her_rows
from womenscentre.store.models import SEALED_TABLES, AuditEntry, Base, PersonRow, User
from womenscentre.vault.aead import SealError

if TYPE_CHECKING:
    from womenscentre.exports.document import RenderPdf
    from womenscentre.services.unlocked import UnlockedVault

#: (section key, title, the tables whose rows it shows), in the order the pack reads.
SECTIONS: Final = (
    ("details", N_("Her details"), ("people",)),
    ("cases", N_("Periods of support (cases)"), ("cases",)),
    ("notes", N_("Session notes and addenda"), ("session_notes",)),
    ("plans", N_("Safety plans, with every saved version"), ("safety_plans",)),
    ("support", N_("Her people and services"), ("support_lists",)),
    ("risk", N_("Risk identification records"), ("risk_records",)),
    ("consent", N_("Consent to share"), ("consents",)),
    ("sharing", N_("Sharing decisions"), ("sharing_decisions",)),
    ("referrals", N_("Referral drafts and exports"), ("unsent_packs", "exports")),
    ("outcomes", N_("Her outcomes, goals and wellbeing readings"), ("outcomes",)),
    (
        "attachments",
        N_("Documents and evidence (the files are beside this pack)"),
        ("attachments",),
    ),
)
#: Shown inside their parent's item rather than on their own.
NESTED: Final = frozenset({"note_addenda", "safety_plan_versions"})
DAMAGED: Final = N_("This record couldn't be opened, so its contents can't be shown here")
REFERENCE_CHARS: Final = 8
#: Tables whose parent record, if it won't open, is shown by a stand-in (see ``_stand_in``).
_STAND_INS: Final = frozenset({"session_notes", "safety_plans"})


def _stand_in(table: str) -> dict[str, Any]:
    """What a parent record that won't open is shown as, so its children are still listed."""
    if table == "session_notes":
        return {"content": {"body": tr(DAMAGED)}}
    return {"title": tr("a plan whose summary couldn't be opened"), "contents": tr(DAMAGED)}


@dataclass(frozen=True, slots=True)
class SubjectAccessResult:
    files: dict[str, Path]
    reference: str
    items_to_check: int


def reference_for(person_id: str) -> str:
    """The short record reference staff already use (the first characters of her id)."""
    return person_id.replace("-", "")[:REFERENCE_CHARS]


class SubjectAccess:
    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault

    def build(self, person_id: str) -> SubjectAccessPack:
        """Everything held about her, as pack items; nothing is written or audited."""
        vault = self._vault
        vault.access.require_manager(
            message=tr(
                "Only a manager can make a subject access pack. Please ask a manager to help."
            )
        )
        with vault.read() as session:
            if session.get(PersonRow, person_id) is None:
                raise records.NotFound
            found = her_rows(session, person_id)
            names = {u.id: u.username for u in session.scalars(select(User))}
            opened = _Opened(vault, session, found, names)
            sections = [
                PackSection(key, tr(title), tuple(opened.items_for(tables)))
                for key, title, tables in SECTIONS
            ]
            known = {t for _, _, tables in SECTIONS for t in tables} | NESTED
            others = [t for t in found if t not in known and found[t]]
            if others:
                sections.append(
                    PackSection("other", tr("Other records"), tuple(opened.items_for(others)))
                )
            sections.append(
                PackSection(
                    AUDIT_SECTION,
                    tr("Who opened, changed or exported her record"),
                    tuple(self._audit_items(session, person_id, found, names)),
                )
            )
        return SubjectAccessPack(
            person_id=person_id,
            reference=reference_for(person_id),
            preferred_name=opened.preferred_name,
            made_at=vault.now_minute(),
            made_by=vault.user.username,
            centre_name=vault.settings.get().organisation_name,
            sections=tuple(sections),
        )

    def write(self, person_id: str, folder: Path, render_pdf: RenderPdf) -> SubjectAccessResult:
        """Make the pack and put its PDF and JSON in ``folder``, together or not at all."""
        pack = self.build(person_id)
        stem = f"subject-access-{pack.reference}-{pack.made_at[:10]}"
        files = {
            f"{stem}.pdf": render_pdf(to_document(pack)),
            f"{stem}.json": pack.to_json_bytes(),
        }
        hashes = {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}
        to_check = sum(1 for item in pack.items() if item.needs_check)
        with staged(folder, files) as staging, self._vault.write() as session:
            # Her documents and evidence go with the pack as the original files, checked
            # against their SHA-256 as they are written out.
            attachments = her_attachments(self._vault, session, person_id)
            hashes |= stage_originals(self._vault, session, staging, attachments)
            self._vault.log(
                session,
                AuditAction.EXPORT,
                person_id,
                {"kind": "subject_access", "files": hashes, "items_to_check": to_check},
            )
            session.flush()
            placed = staging.place_all()
        return SubjectAccessResult(placed, pack.reference, to_check)

    def _audit_items(
        self,
        session: Session,
        person_id: str,
        found: Mapping[str, list[tuple[str, int]]],
        names: Mapping[str, str],
    ) -> list[PackItem]:
        kinds = {rid: TABLE_LABELS.get(t, t) for t, rows in found.items() for rid, _ in rows}
        kinds[person_id] = TABLE_LABELS["people"]
        entries: list[AuditEntry] = []
        for batch in batches(sorted(kinds)):
            entries += session.scalars(select(AuditEntry).where(AuditEntry.record_id.in_(batch)))
        keyring = self._vault.keyring
        out = []
        for entry in sorted(entries, key=lambda e: e.seq):
            details: dict[str, Any] | None
            try:
                details = audit.open_details(keyring, entry)
            except audit.DetailsHidden:
                details = None
            except (SealError, ValueError):
                details = {"note": tr("these details are damaged and couldn't be read")}
            actor = names.get(entry.actor_id or "", tr("the app itself"))
            out.append(
                items.audit_item(
                    entry.seq,
                    entry.ts,
                    entry.action,
                    actor,
                    kinds.get(entry.record_id or "", tr("her record")),
                    details,
                    colleague=entry.actor_id is not None,
                )
            )
        return out


class _Opened:
    """Her rows, opened once, and turned into items per table."""

    def __init__(
        self,
        vault: UnlockedVault,
        session: Session,
        found: Mapping[str, list[tuple[str, int]]],
        names: Mapping[str, str],
    ) -> None:
        self._vault = vault
        self._session = session
        self._names = names
        self._rows: dict[str, list[Any]] = {}
        self._grouped: dict[str, dict[str, list[Any]]] = {}
        for table, pairs in found.items():
            ids = [rid for rid, _ in pairs]
            model = SEALED_TABLES.get(table)
            loaded: list[Any] = []
            for batch in batches(ids):
                if model is not None:
                    loaded += session.scalars(select(model).where(model.id.in_(batch)))
                else:
                    plain: Table = Base.metadata.tables[table]
                    loaded += session.execute(select(plain).where(plain.c.id.in_(batch))).all()
            self._rows[table] = sorted(
                loaded, key=lambda r: (str(getattr(r, "created_at", "")), str(r.id))
            )
        self.preferred_name = tr("(her name couldn't be read)")
        for row in self._rows.get("people", []):
            payload = self._open(row, "people")
            if payload is not None:
                self.preferred_name = str(payload.get("preferred_name", self.preferred_name))
        self._support = self._support_list()

    def _children(self, table: str, parent_key: str) -> dict[str, list[Any]]:
        """Rows of ``table`` grouped by their parent's id, worked out once per table."""
        if table not in self._grouped:
            grouped: dict[str, list[Any]] = {}
            for row in self._rows.get(table, []):
                grouped.setdefault(str(getattr(row, parent_key)), []).append(row)
            self._grouped[table] = grouped
        return self._grouped[table]

    def _open(self, row: Any, table: str) -> dict[str, Any] | None:
        try:
            return records.open_row(self._vault, row, table)
        except records.RecordDamaged:
            return None

    def _meta(self, row: Any) -> list[PackField]:
        return items.row_fields(row.status, row.created_at, row.updated_at, bool(row.deleted))

    def _damaged(self, table: str, row: Any) -> PackItem:
        label = TABLE_LABELS.get(table, table).capitalize()
        return PackItem(
            table, row.id, label, (*self._meta(row), PackField(tr("Contents"), tr(DAMAGED)))
        )

    def _support_list(self) -> SupportList:
        for row in self._rows.get("support_lists", []):
            payload = self._open(row, "support_lists") or {}
            try:
                entries = tuple(SupportEntry.from_json(e) for e in payload.get("entries", []))
            except (KeyError, ValueError, TypeError):
                continue
            return SupportList(row.person_id, entries, row.version)
        return SupportList("")

    def items_for(self, tables: Iterable[str]) -> list[PackItem]:
        out: list[PackItem] = []
        for table in tables:
            for row in self._rows.get(table, []):
                if table not in SEALED_TABLES:
                    values = {k: v for k, v in row._mapping.items() if k != "id"}
                    out.append(items.generic_item(table, str(row.id), values, self._names, []))
                    continue
                payload = self._open(row, table)
                if payload is not None:
                    out += self._items(table, row, payload)
                elif table in _STAND_INS:
                    # Its addenda or versions may still open: show them under a stand-in.
                    out += self._items(table, row, _stand_in(table))
                else:
                    out.append(self._damaged(table, row))
        return out

    def _items(self, table: str, row: Any, payload: dict[str, Any]) -> list[PackItem]:
        meta = self._meta(row)
        author = self._names.get(getattr(row, "author_id", ""), "")
        if table == "session_notes":
            addenda = []
            for add in self._children("note_addenda", "note_id").get(row.id, []):
                body = self._open(add, "note_addenda") or {"body": tr(DAMAGED)}
                addenda.append((add.status, body, self._names.get(add.author_id, "")))
            return [items.note_item(row.id, payload, author, addenda, meta)]
        if table == "support_lists":
            return items.support_items(row.id, payload, meta)
        if table == "safety_plans":
            title = str(payload.get("title", tr("safety plan")))
            header = PackItem(
                table,
                row.id,
                tr("Safety plan: {title}").format(title=title),
                tuple(meta + items.flatten(payload, self._names)),
            )
            return [header, *self._plan_versions(row.id, title)]
        if author:
            meta.append(PackField(tr("Recorded by"), author))
        item = items.generic_item(table, row.id, payload, self._names, meta)
        return [item]

    def _plan_versions(self, plan_id: str, title: str) -> list[PackItem]:
        versions = self._children("safety_plan_versions", "plan_id").get(plan_id, [])
        out = []
        for version in sorted(versions, key=lambda v: v.number):
            payload = self._open(version, "safety_plan_versions")
            if payload is None:
                out.append(self._damaged("safety_plan_versions", version))
                continue
            out.append(
                items.plan_version_item(
                    version.id,
                    title,
                    version.number,
                    payload,
                    self._names.get(version.author_id, ""),
                    self._support,
                    self._meta(version),
                )
            )
        return out
