"""What an import would do, found by the dry run: women, notes, duplicates and problems.

A plan holds what was read (in memory only: nothing here is written anywhere) and says it
in plain lines for the CLI and the import wizard. Problems name the file, row and column,
never what the cell holds, so a report can be pasted into a support request.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from womenscentre.domain.notes import NoteContent
from womenscentre.domain.people import PersonDetails
from womenscentre.errors import UserFacingError
from womenscentre.i18n import trn

MAX_LISTED = 200
Key = tuple[str, str]


@dataclass(frozen=True, slots=True)
class ImportProblem:
    file: str
    row: int | None
    column: str | None
    message: str

    def line(self) -> str:
        where = self.file + (f", row {self.row}" if self.row else "")
        where += f", column {self.column}" if self.column else ""
        return f"{where}: {self.message}"


@dataclass
class PlannedWoman:
    details: PersonDetails
    referral_source: str
    opened_on: date | None
    keyworker_ids: tuple[str, ...]
    existing_id: str | None


@dataclass
class PlannedNote:
    key: Key
    source_file: str
    row: int
    content: NoteContent


@dataclass
class ImportPlan:
    files: list[str] = field(default_factory=list)
    sources: list[tuple[Path, str]] = field(default_factory=list)
    summaries: list[str] = field(default_factory=list)
    women: dict[Key, PlannedWoman] = field(default_factory=dict)
    notes: list[PlannedNote] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    in_vault: list[str] = field(default_factory=list)
    repeated: list[str] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def women_to_add(self) -> int:
        return sum(1 for w in self.women.values() if w.existing_id is None)

    def lines(self, *, done: bool = False) -> list[str]:
        verb = "Added" if done else "Would add"
        out = [f"Checked {len(self.files)} file{'s' if len(self.files) != 1 else ''}:"]
        out += [f"  {line}" for line in self.summaries + self.remarks]
        women = "woman" if self.women_to_add == 1 else "women"
        notes = "note" if len(self.notes) == 1 else "notes"
        out.append(f"{verb} {self.women_to_add} {women} and {len(self.notes)} session {notes}.")
        if self.in_vault:
            out.append("Already in the vault, so not added again: " + ", ".join(self.in_vault))
        if self.repeated:
            out.append("Appearing more than once, so added once: " + ", ".join(self.repeated))
        if self.problems:
            out.append("Problems (nothing will be imported until these are put right):")
            out += [f"  {p.line()}" for p in self.problems[:MAX_LISTED]]
            if len(self.problems) > MAX_LISTED:
                out.append(f"  ...and {len(self.problems) - MAX_LISTED} more.")
        return out


@dataclass(frozen=True, slots=True)
class ImportResult:
    women_added: int
    notes_added: int
    files: tuple[str, ...]


class ImportRefused(UserFacingError):
    def __init__(self, plan: ImportPlan) -> None:
        self.plan = plan
        count = len(plan.problems)
        super().__init__(
            trn(
                "Nothing has been imported, because the files have %n problem. It is listed "
                "with its row and column; please put it right and try again.",
                "Nothing has been imported, because the files have %n problems. Each is listed "
                "with its row and column; please put them right and try again.",
                count,
            )
        )


def name_key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
