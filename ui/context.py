"""What every screen of an unlocked session shares, passed around as one value.

:class:`AppModels` are the window's item models: they outlive an unlock and are emptied,
all together, on every lock. :class:`Desk` is made afresh for each unlock and dropped on lock,
with the vault in it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject

from ui.clipboard import ClipboardGuard
from ui.models.caseload import CaseloadFilter, CaseloadModel
from ui.models.search import SearchModel
from ui.models.timeline import TimelineModel
from ui.models.users import UsersModel
from ui.tasks import TaskRunner
from womenscentre.clock import Clock
from womenscentre.services.unlocked import UnlockedVault


class AppModels:
    """One model per view, owned by the window."""

    def __init__(self, parent: QObject) -> None:
        self.caseload_model = CaseloadModel(parent)
        self.caseload = CaseloadFilter(self.caseload_model, parent)
        self.timeline = TimelineModel(parent)
        self.search = SearchModel(parent)
        self.users = UsersModel(parent)

    def all(self) -> list[object]:
        return [self.caseload_model, self.caseload, self.timeline, self.search, self.users]

    def clear_all(self) -> None:
        """Leave no decrypted row in any model; step 3 of the lock."""
        self.caseload.set_quick_filter("")
        self.caseload_model.clear()
        self.timeline.clear()
        self.search.clear()
        self.users.clear()


@dataclass(frozen=True)
class Desk:
    """One unlocked session's tools."""

    vault: UnlockedVault
    tasks: TaskRunner
    models: AppModels
    clipboard: ClipboardGuard
    clock: Clock
    autosave_ms: int
    log_dir: Path | None
