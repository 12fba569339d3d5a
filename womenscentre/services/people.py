"""The women the centre supports: adding, viewing, editing and listing them.

Listing is the hot path: the caseload is opened at every unlock and again after each change,
and a regional service may hold ten thousand women. So :meth:`People.visible` reads plain
columns rather than ORM objects, and takes what each woman's row said from the sealed
caseload cache (``services/listing_cache.py``) while her blob is unchanged; a reload, or the
next unlock, opens only rows saved since.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from womenscentre.domain.answers import AnswerStatus
from womenscentre.domain.audit import AuditAction
from womenscentre.domain.cases import Case, CaseStatus
from womenscentre.domain.people import Person, PersonDetails
from womenscentre.domain.users import Role
from womenscentre.errors import InvalidInput
from womenscentre.i18n import N_, tr
from womenscentre.services import caseload_rows, records
from womenscentre.services.codec import open_json
from womenscentre.services.listing_cache import fingerprint_of
from womenscentre.store.models import PersonRow
from womenscentre.vault.aead import SealError

if TYPE_CHECKING:
    from womenscentre.services.unlocked import UnlockedVault

TABLE = "people"
DAMAGED_LABEL = N_("This record can't be opened: please tell a manager")


@dataclass(frozen=True, slots=True)
class PersonSummary:
    """What a caseload row needs; the full record is opened (and audited) on demand."""

    id: str
    preferred_name: str
    pronouns: str
    safe_contact: str
    keyworker_ids: tuple[str, ...]
    has_open_case: bool
    #: True when her record would not open; the row is still listed so nobody is lost.
    damaged: bool = False
    last_contact: str | None = None
    next_review: str | None = None
    flags: tuple[str, ...] = ()


def _declines(answer: str) -> bool:
    """ "No", "No, thank you", "not needed": an answer that asks for nothing."""
    words = answer.casefold().replace(",", " ").split()
    return not words or words[0] in {"no", "none", "not", "n/a"}


def _row_from_summary(summary: PersonSummary) -> tuple[Any, ...]:
    """A caseload row as plain values, for the sealed copy of the rows."""
    return (
        summary.id,
        summary.preferred_name,
        summary.pronouns,
        summary.safe_contact,
        list(summary.keyworker_ids),
        summary.has_open_case,
        summary.damaged,
        summary.last_contact,
        summary.next_review,
        list(summary.flags),
    )


def _summary_from_row(row: Any) -> PersonSummary:
    (
        person_id,
        name,
        pronouns,
        safe_contact,
        keyworkers,
        has_open,
        damaged,
        last,
        review,
        flags,
    ) = row
    return PersonSummary(
        person_id,
        name,
        pronouns,
        safe_contact,
        tuple(keyworkers),
        bool(has_open),
        bool(damaged),
        last,
        review,
        tuple(flags),
    )


def _summary_for(
    person_id: str,
    listed: tuple[str, str, str, list[str]] | None,
    own_cases: list[Case],
    next_review: str | None,
) -> PersonSummary:
    """Her caseload row from her record's words (None: it won't open), cases and plans."""
    if listed is None:
        return PersonSummary(person_id, tr(DAMAGED_LABEL), "", "", (), False, True)
    name, pronouns, safe_contact, flags = listed
    return PersonSummary(
        person_id,
        name,
        pronouns,
        safe_contact,
        tuple(dict.fromkeys(k for case in own_cases for k in case.details.keyworker_ids)),
        any(case.status is CaseStatus.OPEN for case in own_cases),
        last_contact=max(
            (case.details.last_contact for case in own_cases if case.details.last_contact),
            default=None,
        ),
        next_review=next_review,
        flags=tuple(flags),
    )


def flags_for(details: PersonDetails) -> tuple[str, ...]:
    """Short reminders a worker should see before getting in touch."""
    flags: list[str] = []
    wanted = str(details.interpreter.value or "").strip()
    if details.interpreter.status is AnswerStatus.ANSWERED and not _declines(wanted):
        flags.append(tr("Interpreter: {language}").format(language=wanted))
    if details.access_needs.status is AnswerStatus.ANSWERED:
        flags.append(tr("Access needs"))
    if details.safe_contact.voicemail_safe is False:
        flags.append(tr("No voicemail"))
    if details.asked_us_to_know:
        flags.append(tr("Please read what she's asked us to know"))
    return tuple(flags)


class People:
    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault

    def add(
        self,
        details: PersonDetails,
        *,
        referral_source: str,
        keyworker_ids: tuple[str, ...] | None = None,
        opened_on: date | None = None,
    ) -> Person:
        """Add her and open her first case in one step, as a referral usually arrives."""
        self._vault.access.require_record_access()
        me = self._vault.user
        if keyworker_ids is None:
            keyworker_ids = (me.id,)
        if me.role is not Role.MANAGER and me.id not in keyworker_ids:
            raise InvalidInput(tr("When you add someone, you are her first keyworker."))
        now = self._vault.now_minute()
        row = PersonRow(
            id=str(uuid.uuid4()),
            status="active",
            created_at=now,
            updated_at=now,
            version=1,
            deleted=False,
        )
        records.seal_into(self._vault, row, TABLE, details.to_json())
        with self._vault.write() as session:
            session.add(row)
            session.flush()
            records.journal(self._vault, session, TABLE, row, "create")
            self._vault.log(session, AuditAction.CREATE, row.id, {"kind": "person"})
            self._vault.cases.insert_in(session, row.id, referral_source, keyworker_ids, opened_on)
        self._vault.cases.forget()
        return Person(row.id, details, row.version, row.updated_at)

    def resolve_reference(self, reference: str) -> str | None:
        """The id behind a record reference (the first characters of her id), or None.

        Lets a keyworker reach a record she was given the reference for, so she can
        ask to break glass, without listing or opening anyone else's details.
        """
        cleaned = "".join(ch for ch in reference.casefold() if ch in "0123456789abcdef-")
        if len(cleaned.replace("-", "")) < 6:
            return None
        with self._vault.read() as session:
            ids = session.scalars(select(PersonRow.id).where(PersonRow.deleted.is_(False))).all()
        matches = [i for i in ids if i.replace("-", "").startswith(cleaned.replace("-", ""))]
        return matches[0] if len(matches) == 1 else None

    def require_exists(self, person_id: str) -> None:
        with self._vault.read() as session:
            row = session.get(PersonRow, person_id)
            if row is None or row.deleted:
                raise records.NotFound

    def get(self, person_id: str) -> Person:
        """Open her full record. Each opening is written to the audit log."""
        self._vault.access.require(person_id)
        with self._vault.write() as session:
            row = session.get(PersonRow, person_id)
            if row is None or row.deleted:
                raise records.NotFound
            details = self._open(row)
            self._vault.log(session, AuditAction.VIEW, person_id, {"kind": "person"})
        return Person(row.id, details, row.version, row.updated_at)

    def _open(self, row: PersonRow) -> PersonDetails:
        try:
            return PersonDetails.from_json(records.open_row(self._vault, row, TABLE))
        except (KeyError, ValueError, TypeError) as exc:
            raise records.RecordDamaged(row.id) from exc

    def update(self, person_id: str, details: PersonDetails, *, expected_version: int) -> Person:
        self._vault.access.require(person_id)
        with self._vault.write() as session:
            row = session.get(PersonRow, person_id)
            if row is None or row.deleted:
                raise records.NotFound
            records.bump(self._vault, row, expected_version)
            records.seal_into(self._vault, row, TABLE, details.to_json())
            records.journal(self._vault, session, TABLE, row, "update")
            self._vault.log(session, AuditAction.EDIT, person_id, {"kind": "person"})
        return Person(row.id, details, row.version, row.updated_at)

    def visible(self) -> list[PersonSummary]:
        """Her caseload (or everyone, for a manager), preferred names first.

        Rows come from the sealed copy kept at the last listing wherever what they were made
        from is unchanged (``services/caseload_rows.py``); only the women whose records
        changed since are opened.
        """
        self._vault.access.require_record_access()
        everyone = self._vault.access.sees_everyone()
        inputs = caseload_rows.read_inputs(self._vault, everyone)
        kept = caseload_rows.load(self._vault, inputs.context)
        rows: caseload_rows.Kept = {}
        changed: list[str] = []
        for person_id in inputs.people:
            known = kept.get(person_id)
            if known is not None and known[0] == inputs.digest_of(person_id):
                rows[person_id] = known
            else:
                changed.append(person_id)
        if len(changed) > caseload_rows.MOST_TO_OPEN_ONE_BY_ONE:
            listed = {summary.id: _row_from_summary(summary) for summary in self._listed_afresh()}
            for person_id in changed:
                rows[person_id] = (inputs.digest_of(person_id), listed.get(person_id))
        else:
            for person_id in changed:
                summary = self._row_for(person_id, inputs, everyone)
                row = None if summary is None else _row_from_summary(summary)
                rows[person_id] = (inputs.digest_of(person_id), row)
        try:
            summaries = [_summary_from_row(row) for _made_from, row in rows.values() if row]
        except (ValueError, TypeError):  # a kept row that doesn't fit: list the long way
            summaries = self._listed_afresh()
            rows = {}
        if changed or len(rows) != len(kept):
            caseload_rows.save(self._vault, inputs.context, rows)
        for summary in summaries:
            if summary.damaged:
                self._vault.report_damage(summary.id)
        summaries.sort(key=lambda s: s.preferred_name.casefold())
        return summaries

    def _row_for(
        self, person_id: str, inputs: caseload_rows.Inputs, everyone: bool
    ) -> PersonSummary | None:
        """One woman's row, opening only her records; None if she isn't on this caseload."""
        own_cases = caseload_rows.own_cases(self._vault, inputs, person_id)
        me = self._vault.user.id
        if not everyone and not any(me in case.details.keyworker_ids for case in own_cases):
            return None
        listed = self._open_listing(person_id, caseload_rows.person_blob(self._vault, person_id))
        review = caseload_rows.next_review(self._vault, inputs, person_id)
        return _summary_for(person_id, listed, own_cases, review)

    def _listed_afresh(self) -> list[PersonSummary]:
        """Every row, through the per-record cache: for a first listing or many changes."""
        cases_by_person: dict[str, list[Case]] = {}
        for case in self._vault.cases.all_cases():
            cases_by_person.setdefault(case.person_id, []).append(case)
        listed = self._vault.access.listed()
        next_review = self._vault.plans.next_reviews()
        columns = select(PersonRow.id, fingerprint_of(PersonRow.sealed)).where(
            PersonRow.deleted.is_(False)
        )
        with self._vault.read() as session:
            rows = session.execute(columns).all()
        wanted = [(pid, print_) for pid, print_ in rows if listed(pid)]
        listings = self._vault.listing_cache.entries(
            "people", wanted, PersonRow, self._open_listing
        )
        summaries = [
            _summary_for(
                person_id,
                listings.get(person_id),
                cases_by_person.get(person_id, []),
                next_review.get(person_id),
            )
            for person_id, _fingerprint in wanted
        ]
        self._vault.listing_cache.save()
        return summaries

    def _open_listing(
        self, person_id: str, sealed: bytes
    ) -> tuple[str, str, str, list[str]] | None:
        """Her row's words as the sealed caseload cache keeps them; None if damaged."""
        try:
            payload = open_json(self._vault.keyring, TABLE, person_id, sealed)
            details = PersonDetails.from_json(payload)
        except (SealError, KeyError, ValueError, TypeError):
            return None
        return (
            details.preferred_name,
            details.pronouns.display(),
            details.safe_contact.summary(),
            list(flags_for(details)),
        )

    def delete(self, person_id: str, reason: str) -> None:
        """A tombstone with an audited reason; real deletion is a retention purge."""
        self._vault.access.require_manager(
            message=tr("Only a manager can delete a record. Please ask a manager to help.")
        )
        if len(reason.strip()) < 10:
            raise InvalidInput(tr("Please give a reason for deleting this record."))
        with self._vault.write() as session:
            row = session.get(PersonRow, person_id)
            if row is None or row.deleted:
                raise records.NotFound
            row.deleted = True
            records.bump(self._vault, row, None)
            records.journal(self._vault, session, TABLE, row, "delete")
            self._vault.log(session, AuditAction.DELETE, person_id, {"reason": reason.strip()})
