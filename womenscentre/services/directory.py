"""The centre's directory of helplines and local services: read by anyone, edited by managers.

The list in use is the built-in one plus the centre's local files; a manager's changes are
written to the centre's own file (:mod:`womenscentre.templates.centre_directory` says where,
and why there rather than in the vault). A local file that can't be read is reported, with
its file, line and field, and left out, so the rest of the list keeps working. Each save is
audited (that it happened, never what it said) and the template library is reloaded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from womenscentre.domain.audit import AuditAction
from womenscentre.i18n import tr
from womenscentre.templates.centre_directory import (
    DirectoryState,
    centre_file,
    load_state,
    save_centre_entries,
)
from womenscentre.templates.directory import DirectoryEntry

if TYPE_CHECKING:
    from womenscentre.services.unlocked import UnlockedVault


class CentreDirectory:
    def __init__(self, vault: UnlockedVault, on_change: Callable[[], None]) -> None:
        self._vault = vault
        self._on_change = on_change

    @property
    def local_dir(self) -> Path:
        return Path(self._vault.paths.local_templates)

    @property
    def centre_file(self) -> Path:
        return centre_file(self.local_dir)

    def state(self) -> DirectoryState:
        """The list in use, with any local file that couldn't be read. Not personal data."""
        return load_state(self.local_dir)

    def save(self, entries: Iterable[DirectoryEntry]) -> DirectoryState:
        """Make the list in use exactly ``entries`` (managers only)."""
        self._vault.access.require_manager(
            message=tr("Only a manager can change the directory. Please ask a manager to help.")
        )
        state = save_centre_entries(self.local_dir, entries)
        self._on_change()
        with self._vault.write() as session:
            self._vault.log(session, AuditAction.EDIT, None, {"kind": "directory"})
        return state
