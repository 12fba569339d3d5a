"""The centre's own changes to the directory, kept in one local file the app writes.

Where the edits live, and why: in ``<local templates>/directory/centre.toml``, a plain
directory file beside any the centre has imported, rather than sealed in the vault. The
entries are public services, not anyone's personal data; keeping them as a file means the
same loader checks them (a problem is named by file, line and field, and the built-in list
keeps working), ``womenscentre lint`` and a manager's text editor can read them, and a centre
can copy one checked list to each of its laptops. The file sits in the private data folder
and is written atomically, so a crash leaves the old file or the new one, never half of one.

Only differences are written: entries the centre added or changed, and ``removed`` for ids it
took out of the built-in list (or of a file it imported). A file imported later therefore
still brings its own updates, except for entries the centre has changed by hand.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Final

from womenscentre import paths
from womenscentre.store.snapshot import write_atomically
from womenscentre.templates.directory import (
    CENTRE_FILE,
    Directory,
    DirectoryEntry,
    load_directory,
    parse_directory,
)
from womenscentre.templates.errors import TemplateFileError

DIRECTORY: Final = "directory"
#: A centre file that couldn't be read is kept under this name (never loaded) when replaced.
UNREADABLE_SUFFIX: Final = ".unreadable"
_OPTIONAL_TEXT: Final = (
    "phone",
    "text_number",
    "email",
    "website",
    "hours",
    "area",
    "description",
)


@dataclass(frozen=True)
class DirectoryState:
    """What the directory editor shows: the list in use, and any local file left out."""

    directory: Directory
    #: Local directory files that couldn't be read, each naming file, line and field.
    problems: tuple[TemplateFileError, ...]
    #: The same list without the centre's own file: what its edits are measured against.
    base: Directory


def centre_file(local_dir: Path) -> Path:
    return local_dir / DIRECTORY / CENTRE_FILE


def load_state(local_dir: Path, built_in_dir: Path | None = None) -> DirectoryState:
    """The built-in list plus every good local file; bad local files reported, not loaded."""
    base_dir = built_in_dir if built_in_dir is not None else paths.resources_dir()
    built_in = [load_directory(p) for p in _files(base_dir / DIRECTORY)]
    others: list[Directory] = []
    centre: list[Directory] = []
    problems: list[TemplateFileError] = []
    for path in _files(local_dir / DIRECTORY):
        try:
            loaded = load_directory(path)
        except TemplateFileError as error:
            problems.append(error)
            continue
        (centre if path.name == CENTRE_FILE else others).append(loaded)
    return DirectoryState(
        Directory.combine(built_in, [*centre, *others]),
        tuple(problems),
        Directory.combine(built_in, others),
    )


def save_centre_entries(
    local_dir: Path, entries: Iterable[DirectoryEntry], built_in_dir: Path | None = None
) -> DirectoryState:
    """Make the directory in use equal ``entries``, by rewriting the centre's own file.

    The new text is checked with the same loader before anything is written. A centre file
    that couldn't be read is kept beside it (``centre.toml.unreadable``), so nothing typed by
    hand is lost.
    """
    wanted = list(entries)
    state = load_state(local_dir, built_in_dir)
    target = centre_file(local_dir)
    base = {e.id: e for e in state.base.entries}
    changed = [e for e in wanted if base.get(e.id) != e]
    kept = {e.id for e in wanted}
    # Only what was on show (or taken out before) counts as removed: built-in examples
    # stepping aside for the centre's own entries haven't been removed by anyone.
    shown = {e.id for e in state.directory.entries} | set(_removed_before(target))
    removed = sorted(i for i in base if i not in kept and i in shown)
    text = render(changed, removed)
    if changed or removed:  # checked as any file is, before anything is written
        parse_directory(target, text, tomllib.loads(text))
    target.parent.mkdir(parents=True, exist_ok=True)
    if any(error.path == target for error in state.problems):
        write_atomically(target.with_name(CENTRE_FILE + UNREADABLE_SUFFIX), target.read_bytes())
    if changed or removed:
        write_atomically(target, text.encode("utf-8"))
    elif target.exists():
        target.unlink()
    return load_state(local_dir, built_in_dir)


def _removed_before(target: Path) -> tuple[str, ...]:
    try:
        return load_directory(target).removed if target.is_file() else ()
    except TemplateFileError:
        return ()


def render(entries: Iterable[DirectoryEntry], removed: Iterable[str] = ()) -> str:
    """A directory file for ``entries``, in the same shape as the built-in one."""
    lines = [
        "# This centre's own directory entries, written by womenscentre's directory editor.",
        "# It can be edited by hand; the app checks it each time and names any problem.",
        "format = 1",
        'kind = "directory"',
    ]
    removed = list(removed)
    if removed:
        lines.append(f"removed = {_strings(removed)}")
    for entry in entries:
        lines += ["", "[[entry]]", f"id = {_string(entry.id)}", f"name = {_string(entry.name)}"]
        lines.append(f"kind = {_string(entry.kind.value)}")
        for key in _OPTIONAL_TEXT:
            value = getattr(entry, key)
            if value:
                lines.append(f"{key} = {_string(value)}")
        if entry.topics:
            lines.append(f"topics = {_strings(entry.topics)}")
        lines.append(f"last_verified = {_day(entry.last_verified)}")
        if entry.example:
            lines.append("example = true")
    return "\n".join(lines) + "\n"


def _string(value: str) -> str:
    """A TOML basic string: JSON's escapes are all valid TOML escapes."""
    return json.dumps(value, ensure_ascii=False)


def _strings(values: Iterable[str]) -> str:
    return "[" + ", ".join(_string(v) for v in values) + "]"


def _day(value: date) -> str:
    return value.isoformat()


def _files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.toml") if p.is_file())
