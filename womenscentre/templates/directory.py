"""Helplines and local services, as data a centre keeps up to date.

The app hard-codes no phone numbers. Each entry carries the date someone last checked it
(``last_verified``), so the app can gently mark entries not checked for over a year.
The built-in file holds clearly marked fictional examples (``example = true``) for a centre
to replace; once a centre adds a directory file of its own, the examples stop being shown.

A local file may also list ``removed = ["id", ...]``: entries from the built-in list (or
another file) the centre has taken out. The centre's own edits are kept in one such file,
written by :mod:`womenscentre.templates.centre_directory`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any, Final

from womenscentre.i18n import N_, tr
from womenscentre.templates.checker import Checker, read_toml
from womenscentre.templates.fields import unique_ids
from womenscentre.templates.lines import KeyPath

ENTRY_KEYS: Final = {
    "id",
    "name",
    "kind",
    "phone",
    "text_number",
    "email",
    "website",
    "hours",
    "area",
    "description",
    "topics",
    "last_verified",
    "example",
}
#: After this long an entry is gently marked as needing a fresh check.
CHECK_AGAIN_AFTER: Final = timedelta(days=365)
#: The one local file the app itself writes; it wins over every other file.
CENTRE_FILE: Final = "centre.toml"


class EntryKind(StrEnum):
    HELPLINE = "helpline"
    LOCAL_SERVICE = "local_service"
    TEXT_OR_CHAT = "text_or_chat"
    EMERGENCY = "emergency"


@dataclass(frozen=True, slots=True)
class DirectoryEntry:
    id: str
    name: str
    kind: EntryKind
    last_verified: date
    phone: str = ""
    text_number: str = ""
    email: str = ""
    website: str = ""
    hours: str = ""
    area: str = ""
    description: str = ""
    topics: tuple[str, ...] = ()
    #: A fictional placeholder shipped with the app, for the centre to replace.
    example: bool = False

    def needs_checking(self, today: date) -> bool:
        return today - self.last_verified > CHECK_AGAIN_AFTER

    def how_to_reach(self) -> str:
        parts = [
            tr("Phone {number}").format(number=self.phone) if self.phone else "",
            tr("Text {number}").format(number=self.text_number) if self.text_number else "",
            self.email,
            self.website,
        ]
        return ", ".join(p for p in parts if p)


@dataclass(frozen=True, slots=True)
class Directory:
    entries: tuple[DirectoryEntry, ...] = ()
    sources: tuple[Path, ...] = field(default=(), compare=False)
    #: Ids this (local) file takes out of the list, wherever they came from.
    removed: tuple[str, ...] = ()

    def get(self, entry_id: str) -> DirectoryEntry:
        for entry in self.entries:
            if entry.id == entry_id:
                return entry
        raise KeyError(entry_id)

    def for_topic(self, topic: str) -> list[DirectoryEntry]:
        return [e for e in self.entries if topic in e.topics]

    def needing_checks(self, today: date) -> list[DirectoryEntry]:
        """Entries to check again, oldest check first: for a manager's to-do list."""
        due = [e for e in self.entries if e.needs_checking(today) or e.example]
        return sorted(due, key=lambda e: e.last_verified)

    @property
    def has_examples(self) -> bool:
        return any(e.example for e in self.entries)

    @classmethod
    def combine(cls, built_in: Iterable[Directory], local: Iterable[Directory]) -> Directory:
        """Local entries first (the centre's own file before any other); built-in ones add
        what local files don't cover; ids any local file removes are left out.

        Built-in examples are dropped as soon as the centre has any entries of its own, so
        a made-up number never sits beside a real one.
        """
        built_in, local = list(built_in), sorted(local, key=_centre_file_first)
        removed = {i for d in local for i in d.removed}
        seen: set[str] = set()
        local_entries: list[DirectoryEntry] = []
        for entry in (e for d in local for e in d.entries):
            if entry.id not in seen and entry.id not in removed:
                seen.add(entry.id)
                local_entries.append(entry)
        kept = [
            e
            for d in built_in
            for e in d.entries
            if e.id not in seen and e.id not in removed and not (local_entries and e.example)
        ]
        sources = tuple(p for d in (*built_in, *local) for p in d.sources)
        return cls(tuple(local_entries + kept), sources)


def _centre_file_first(directory: Directory) -> tuple[bool, str]:
    name = directory.sources[0].name if directory.sources else ""
    return (name != CENTRE_FILE, name)


def load_directory(path: Path) -> Directory:
    """Read and check one directory file; raises ``TemplateFileError`` listing every problem."""
    text, data = read_toml(path)
    return parse_directory(path, text, data)


def parse_directory(path: Path, text: str, data: dict[str, Any]) -> Directory:
    """Check already-parsed directory ``data``; ``path`` and ``text`` name where problems are."""
    check = Checker(path, text)
    check.header(data, "directory")
    check.keys(data, (), {"format", "kind", "entry", "removed"}, set())
    entries = [_read_entry(check, raw, ("entry", i)) for i, raw in check.tables(data, "entry", ())]
    removed = check.strings(data, "removed", ())
    if not entries and not removed:
        check.problem(("entry",), tr("a directory file needs at least one [[entry]]"))
    unique_ids(
        check,
        [e.id for e in entries],
        ("entry",),
        N_('uses the id "{id}" twice: each entry needs its own'),
    )
    check.finish()
    return Directory(tuple(entries), (path,), removed)


def _read_entry(check: Checker, raw: dict[str, object], path: KeyPath) -> DirectoryEntry:
    data = dict(raw)
    check.keys(data, path, ENTRY_KEYS, {"id", "name", "kind", "last_verified"})
    entry = DirectoryEntry(
        id=check.ident(data, "id", path),
        name=check.text(data, "name", path, max_chars=160),
        kind=EntryKind(
            check.choice(data, "kind", path, [k.value for k in EntryKind], EntryKind.HELPLINE.value)
        ),
        last_verified=check.day(data, "last_verified", path),
        phone=check.text(data, "phone", path, required=False, max_chars=40),
        text_number=check.text(data, "text_number", path, required=False, max_chars=40),
        email=check.text(data, "email", path, required=False, max_chars=120),
        website=check.text(data, "website", path, required=False, max_chars=200),
        hours=check.text(data, "hours", path, required=False, max_chars=200),
        area=check.text(data, "area", path, required=False, max_chars=120),
        description=check.text(data, "description", path, required=False, max_chars=600),
        topics=check.strings(data, "topics", path),
        example=check.flag(data, "example", path),
    )
    if not (entry.phone or entry.text_number or entry.email or entry.website):
        check.problem(
            path,
            tr("needs at least one way to get in touch: phone, text_number, email or website"),
        )
    return entry
