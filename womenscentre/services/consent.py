"""Her consent-to-share ledger: recorded, versioned, withdrawn, and read back to her.

Each entry is a chain of sealed versions (table ``consents``): recording an entry writes
version 1; an edit writes the next version and marks the one before it superseded (re-sealed,
so the sealed status always agrees with the row); nothing is ever overwritten or deleted. A
withdrawal is a new version with status withdrawn, and takes effect the moment it is saved:
``womenscentre.domain.consent.permission`` treats a withdrawn entry as withdrawn whatever the
date.

Fields the domain class leaves to ``extra`` are kept under the keys in :data:`EXTRA_KEYS`
(her own words, conditions, witness, privacy-notice version, advocate, accessible format,
whether it covers her children, the date she agreed, and for a withdrawal what can't be
undone).

Every record, edit, withdrawal and view is audited, and every call checks she is on the
user's caseload (or that the user is a manager or has broken glass).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import select

from womenscentre.domain.audit import AuditAction
from womenscentre.domain.consent import (
    ConsentStatus,
    ConsentToShare,
    DataCategory,
    Direction,
    Exclusion,
    Purpose,
    Recipient,
    Withdrawal,
)
from womenscentre.errors import InvalidInput
from womenscentre.exports.her_copy import HerCopy
from womenscentre.exports.what_you_agreed import build_read_back
from womenscentre.i18n import tr
from womenscentre.services import records
from womenscentre.store.models import ConsentRow, PersonRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from womenscentre.services.unlocked import UnlockedVault

TABLE: Final = "consents"
EXTRA_KEYS: Final = frozenset(
    {
        "her_words",
        "conditions",
        "witness",
        "privacy_notice",
        "advocate_used",
        "accessible_format",
        "covers_children",
        "obtained_on",
        "cannot_be_undone",
    }
)
#: "All agencies" is never a recipient (practice reference §4.5).
_TOO_BROAD: Final = {
    "all",
    "all agencies",
    "any",
    "any agency",
    "anyone",
    "everyone",
    "any service",
}
_RECORDABLE: Final = {ConsentStatus.DRAFT, ConsentStatus.ACTIVE, ConsentStatus.REFUSED}


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """One version of one entry, with who recorded it and when."""

    consent: ConsentToShare
    chain_id: str
    person_id: str
    recorded_by: str
    recorded_at: str

    @property
    def number(self) -> int:
        return self.consent.version


class Consent:
    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault

    # -- writing -----------------------------------------------------------------------
    def record(self, person_id: str, consent: ConsentToShare) -> LedgerEntry:
        """Record a new entry (version 1). Its ``id``, ``version`` and ``supersedes`` are set
        here; whatever the caller put in them is ignored."""
        self._vault.access.require(person_id)
        self._check(consent)
        if consent.status not in _RECORDABLE:
            raise InvalidInput(
                tr(
                    "A new entry can be a draft, agreed or a 'no'. To withdraw or change an entry, "
                    "please open it and use withdraw or edit."
                )
            )
        with self._vault.write() as session:
            _require_person(session, person_id)
            chain_id = str(uuid.uuid4())
            entry = self._add(session, person_id, chain_id, 1, consent, supersedes=None)
            self._vault.log(session, AuditAction.CREATE, entry.consent.id, {"kind": "consent"})
        return entry

    def revise(self, consent_id: str, consent: ConsentToShare) -> LedgerEntry:
        """A changed entry: a new version that supersedes ``consent_id``, which must be the
        latest version of its entry."""
        self._check(consent)
        if consent.status not in _RECORDABLE:
            raise InvalidInput(tr("To withdraw an entry, please use withdraw rather than edit."))
        with self._vault.write() as session:
            old = self._latest_row(session, consent_id)
            entry = self._supersede(session, old, consent)
            self._vault.log(
                session,
                AuditAction.EDIT,
                entry.consent.id,
                {"kind": "consent", "supersedes": old.id, "number": entry.number},
            )
        return entry

    def withdraw(
        self, consent_id: str, withdrawal: Withdrawal, *, cannot_be_undone: str = ""
    ) -> LedgerEntry:
        """She has withdrawn her agreement: from this moment nothing more goes under it."""
        if not withdrawal.how_communicated.strip():
            raise InvalidInput(
                tr("Please say how she told us, for example 'by phone to her keyworker'.")
            )
        today = self._vault.clock.now().date()
        if withdrawal.withdrawn_on > today:
            raise InvalidInput(
                tr(
                    "A withdrawal takes effect when she tells us, so it can't be dated in the "
                    "future. Please use today's date, or the day she told us."
                )
            )
        with self._vault.write() as session:
            old = self._latest_row(session, consent_id)
            current = self._open(old).consent
            if current.status is ConsentStatus.WITHDRAWN:
                raise InvalidInput(tr("This agreement has already been withdrawn."))
            extra = dict(current.extra)
            if cannot_be_undone.strip():
                extra["cannot_be_undone"] = cannot_be_undone.strip()
            withdrawn = replace(
                current, status=ConsentStatus.WITHDRAWN, withdrawal=withdrawal, extra=extra
            )
            entry = self._supersede(session, old, withdrawn)
            self._vault.log(
                session,
                AuditAction.EDIT,
                entry.consent.id,
                {
                    "kind": "consent_withdrawn",
                    "supersedes": old.id,
                    "recipients_told": list(withdrawal.recipients_told),
                },
            )
        return entry

    # -- reading -----------------------------------------------------------------------
    def ledger(self, person_id: str) -> list[LedgerEntry]:
        """Her current entries (the latest version of each), newest first. Audited."""
        self._vault.access.require(person_id)
        with self._vault.write() as session:
            entries = self._current(session, person_id)
            self._vault.log(session, AuditAction.VIEW, person_id, {"kind": "consent_ledger"})
        return entries

    def history(self, consent_id: str) -> list[LedgerEntry]:
        """Every version of the entry ``consent_id`` belongs to, oldest first. Audited."""
        with self._vault.write() as session:
            row = self._row(session, consent_id)
            self._vault.access.require(row.person_id)
            rows = session.scalars(
                select(ConsentRow)
                .where(ConsentRow.chain_id == row.chain_id)
                .order_by(ConsentRow.number)
            ).all()
            entries = [self._open(r) for r in rows]
            self._vault.log(session, AuditAction.VIEW, row.chain_id, {"kind": "consent_history"})
        return entries

    def current_for(self, session: Session, person_id: str) -> list[ConsentToShare]:
        """Her current consents for the rule, inside the caller's (audited) transaction."""
        return [e.consent for e in self._current(session, person_id)]

    def read_back(self, person_id: str, *, centre_name: str = "") -> HerCopy:
        """ "What you agreed": her current entries in plain words, for her to see or keep."""
        self._vault.access.require(person_id)
        today = self._vault.clock.now().date()
        with self._vault.write() as session:
            entries = self._current(session, person_id)
            self._vault.log(session, AuditAction.VIEW, person_id, {"kind": "consent_read_back"})
        return build_read_back([e.consent for e in entries], today, centre_name)

    # -- helpers -----------------------------------------------------------------------
    def _check(self, consent: ConsentToShare) -> None:
        for recipient in consent.recipients:
            if recipient.organisation.casefold().strip() in _TOO_BROAD:
                raise InvalidInput(
                    tr(
                        "Please name each organisation and team she agreed to, rather than "
                        "'all agencies', so she knows exactly who will hear about her."
                    )
                )
        if not consent.categories:
            raise InvalidInput(tr("Please tick at least one kind of information."))
        if not consent.purposes:
            raise InvalidInput(tr("Please choose at least one reason for sharing."))
        if not consent.how_obtained.strip():
            raise InvalidInput(tr("Please say how she gave her agreement, for example in writing."))
        unknown = set(consent.extra) - EXTRA_KEYS
        if unknown:
            raise InvalidInput(tr("This entry has details the ledger doesn't know how to keep."))

    def _add(
        self,
        session: Session,
        person_id: str,
        chain_id: str,
        number: int,
        consent: ConsentToShare,
        *,
        supersedes: str | None,
    ) -> LedgerEntry:
        now = self._vault.now_minute()
        row = ConsentRow(
            id=str(uuid.uuid4()),
            person_id=person_id,
            chain_id=chain_id,
            number=number,
            author_id=self._vault.user.id,
            status=consent.status.value,
            created_at=now,
            updated_at=now,
            version=1,
            deleted=False,
        )
        stored = replace(consent, id=row.id, version=number, supersedes=supersedes)
        records.seal_into(self._vault, row, TABLE, _payload(stored, row, now))
        session.add(row)
        session.flush()
        records.journal(self._vault, session, TABLE, row, "create")
        return LedgerEntry(stored, chain_id, person_id, row.author_id, now)

    def _supersede(self, session: Session, old: ConsentRow, consent: ConsentToShare) -> LedgerEntry:
        self._vault.access.require(old.person_id)
        previous = self._open(old)
        marked = replace(previous.consent, status=ConsentStatus.SUPERSEDED)
        old.status = ConsentStatus.SUPERSEDED.value
        records.bump(self._vault, old, None)
        records.seal_into(self._vault, old, TABLE, _payload(marked, old, previous.recorded_at))
        records.journal(self._vault, session, TABLE, old, "update")
        return self._add(
            session, old.person_id, old.chain_id, old.number + 1, consent, supersedes=old.id
        )

    def _row(self, session: Session, consent_id: str) -> ConsentRow:
        row = session.get(ConsentRow, consent_id)
        if row is None or row.deleted:
            raise records.NotFound
        return row

    def _latest_row(self, session: Session, consent_id: str) -> ConsentRow:
        row = self._row(session, consent_id)
        self._vault.access.require(row.person_id)
        latest = session.scalars(
            select(ConsentRow)
            .where(ConsentRow.chain_id == row.chain_id)
            .order_by(ConsentRow.number.desc())
        ).first()
        if latest is None or latest.id != row.id:
            raise records.EditConflict
        return row

    def _current(self, session: Session, person_id: str) -> list[LedgerEntry]:
        rows = session.scalars(
            select(ConsentRow).where(
                ConsentRow.person_id == person_id, ConsentRow.deleted.is_(False)
            )
        ).all()
        latest: dict[str, ConsentRow] = {}
        for row in rows:
            if row.chain_id not in latest or row.number > latest[row.chain_id].number:
                latest[row.chain_id] = row
        entries = [self._open(row) for row in latest.values()]
        entries.sort(key=lambda e: e.recorded_at, reverse=True)
        return entries

    def _open(self, row: ConsentRow) -> LedgerEntry:
        payload = records.open_row(self._vault, row, TABLE)
        try:
            consent = consent_from_json(row.id, payload["consent"])
            fits = (
                payload["chain_id"] == row.chain_id
                and payload["person_id"] == row.person_id
                and consent.version == row.number
                and consent.status.value == row.status
            )
            recorded_at = str(payload["recorded_at"])
        except (KeyError, ValueError, TypeError) as exc:
            raise records.RecordDamaged(row.id) from exc
        if not fits:
            raise records.RecordDamaged(row.id)
        return LedgerEntry(consent, row.chain_id, row.person_id, row.author_id, recorded_at)


def _payload(consent: ConsentToShare, row: ConsentRow, recorded_at: str) -> dict[str, Any]:
    return {
        "consent": consent_to_json(consent),
        "chain_id": row.chain_id,
        "person_id": row.person_id,
        "recorded_at": recorded_at,
    }


def _require_person(session: Session, person_id: str) -> None:
    row = session.get(PersonRow, person_id)
    if row is None or row.deleted:
        raise records.NotFound


# -- (de)serialising -------------------------------------------------------------------


def consent_to_json(consent: ConsentToShare) -> dict[str, Any]:
    withdrawal = consent.withdrawal
    return {
        "version": consent.version,
        "categories": sorted(c.value for c in consent.categories),
        "recipients": [r.to_json() for r in consent.recipients],
        "purposes": sorted(p.value for p in consent.purposes),
        "direction": consent.direction.value,
        "how_obtained": consent.how_obtained,
        "what_she_was_told": consent.what_she_was_told,
        "capacity_considered": consent.capacity_considered,
        "interpreter_used": consent.interpreter_used,
        "starts_on": consent.starts_on.isoformat(),
        "review_by": consent.review_by.isoformat(),
        "expires_on": consent.expires_on.isoformat(),
        "status": consent.status.value,
        "exclusions": [
            {
                "category": e.category.value,
                "recipient": None if e.recipient is None else e.recipient.to_json(),
                "note": e.note,
            }
            for e in consent.exclusions
        ],
        "ask_each_time": consent.ask_each_time,
        "withdrawal": None
        if withdrawal is None
        else {
            "withdrawn_on": withdrawal.withdrawn_on.isoformat(),
            "how_communicated": withdrawal.how_communicated,
            "recipients_told": list(withdrawal.recipients_told),
        },
        "supersedes": consent.supersedes,
        "extra": dict(consent.extra),
    }


def consent_from_json(consent_id: str, raw: dict[str, Any]) -> ConsentToShare:
    withdrawal = raw.get("withdrawal")
    return ConsentToShare(
        id=consent_id,
        version=int(raw["version"]),
        categories=frozenset(DataCategory(c) for c in raw["categories"]),
        recipients=tuple(Recipient.from_json(r) for r in raw["recipients"]),
        purposes=frozenset(Purpose(p) for p in raw["purposes"]),
        direction=Direction(raw["direction"]),
        how_obtained=raw["how_obtained"],
        what_she_was_told=raw["what_she_was_told"],
        capacity_considered=bool(raw["capacity_considered"]),
        interpreter_used=bool(raw["interpreter_used"]),
        starts_on=date.fromisoformat(raw["starts_on"]),
        review_by=date.fromisoformat(raw["review_by"]),
        expires_on=date.fromisoformat(raw["expires_on"]),
        status=ConsentStatus(raw["status"]),
        exclusions=tuple(
            Exclusion(
                DataCategory(e["category"]),
                None if e["recipient"] is None else Recipient.from_json(e["recipient"]),
                e.get("note", ""),
            )
            for e in raw.get("exclusions", [])
        ),
        ask_each_time=bool(raw.get("ask_each_time", False)),
        withdrawal=None
        if withdrawal is None
        else Withdrawal(
            date.fromisoformat(withdrawal["withdrawn_on"]),
            withdrawal["how_communicated"],
            tuple(withdrawal.get("recipients_told", [])),
        ),
        supersedes=raw.get("supersedes"),
        extra=dict(raw.get("extra", {})),
    )
