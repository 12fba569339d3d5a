"""Where the core's plain callbacks become Qt signals: the one adapter (style reference R2).

The core never imports Qt, so it tells listeners about events through plain callbacks such
as ``UnlockedVault.on_lock``. Adapting them here, and nowhere else, keeps every widget on
ordinary signals and slots. A callback may run on the task worker's thread; emitting a
signal from there is safe, because Qt queues it to receivers living on the GUI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from womenscentre.services.unlocked import UnlockedVault


class VaultEvents(QObject):
    """Qt signals for one app's vault events.

    Signals:
        locked(object): the vault passed along has just been locked, whoever locked it.
            Receivers compare it with the vault they hold, so a stale vault's lock is
            recognised as such.
    """

    locked = Signal(object)

    def attach(self, vault: UnlockedVault) -> None:
        """Start relaying ``vault``'s callbacks as this object's signals."""

        def relay_locked() -> None:
            self.locked.emit(vault)

        vault.on_lock(relay_locked)
