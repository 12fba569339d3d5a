"""Jobs that open her record for the screens; each runs on the task worker, never on the GUI.

They return plain, frozen values, so the widgets that show them never reach into the vault,
and a result that arrives after a lock is simply dropped by the task runner.
"""

from __future__ import annotations

from dataclasses import dataclass

from ui.models.timeline import TimelineRow, timeline_rows
from womenscentre.domain.cases import Case, CaseStatus
from womenscentre.domain.notes import SessionNote
from womenscentre.domain.people import Person
from womenscentre.i18n import N_, tr
from womenscentre.services.unlocked import UnlockedVault

NO_SUCH_REFERENCE = N_(
    "No record has that reference. Please check it with the colleague who gave it to you."
)


@dataclass(frozen=True)
class PersonRecord:
    """Her details, her cases, her timeline and who wrote it, as one person view shows them."""

    person: Person
    cases: tuple[Case, ...]
    notes: tuple[SessionNote, ...]
    usernames: dict[str, str]
    on_my_caseload: bool
    #: Her timeline's rows, made on the worker: a long record opens without the GUI thread
    #: turning thousands of notes into rows.
    rows: tuple[TimelineRow, ...] = ()

    @property
    def id(self) -> str:
        return self.person.id

    @property
    def open_case(self) -> Case | None:
        return next((c for c in reversed(self.cases) if c.status is CaseStatus.OPEN), None)

    @property
    def latest_case(self) -> Case | None:
        return self.cases[-1] if self.cases else None

    def timeline(self) -> list[TimelineRow]:
        return list(self.rows) if self.rows else timeline_rows(list(self.notes), self.usernames)

    def keyworker_names(self, case: Case) -> str:
        former = tr("a former colleague")
        names = [self.usernames.get(k, former) for k in case.details.keyworker_ids]
        return ", ".join(dict.fromkeys(names))


def load_person(vault: UnlockedVault, person_id: str) -> PersonRecord:
    """Open her record (audited as a view by the core). Raises ``NeedsBreakGlass`` if needed."""
    person = vault.people.get(person_id)
    cases = tuple(vault.cases.for_person(person_id))
    notes = tuple(vault.notes.for_person(person_id))
    usernames = {user.id: user.username for user in vault.users.active()}
    rows = tuple(timeline_rows(list(notes), usernames))
    return PersonRecord(
        person, cases, notes, usernames, vault.access.on_caseload(person_id), rows=rows
    )


def break_glass_and_load(vault: UnlockedVault, person_id: str, reason: str) -> PersonRecord:
    vault.access.break_glass(person_id, reason)
    return load_person(vault, person_id)


def find_by_reference(vault: UnlockedVault, reference: str) -> str:
    """The one person whose record reference this is; raises a kind error otherwise.

    References are the start of her record's random id (see ``ui.wording.short_reference``),
    which is in the clear by design, so a keyworker covering for a colleague can be told one
    without anybody saying her name aloud.
    """
    from womenscentre.errors import InvalidInput

    wanted = "".join(ch for ch in reference.lower() if ch.isalnum())
    if len(wanted) < 6:
        raise InvalidInput(tr("Please type the whole reference: eight letters and numbers."))
    found = {
        case.person_id
        for case in vault.cases.all_cases()
        if case.person_id.replace("-", "").startswith(wanted)
    }
    if len(found) != 1:
        raise InvalidInput(tr(NO_SUCH_REFERENCE))
    return found.pop()
