"""Search across her caseload and the notes: results as she types.

The index is built on the task worker straight after unlock while the app stays usable; until
it is ready the page says "Getting search ready…" with a progress bar, and anything typed
meanwhile is searched as soon as it is. Each keystroke sends one query to the worker, and
only the newest query's results are shown. Return (or a double-click) on a result opens her
record, and the note if the match was in one.

The index lives only while the vault is unlocked: the core drops it on lock, and the window
empties :class:`~ui.models.search.SearchModel` in the same step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget
from shiboken6 import isValid

from ui import messages
from ui.models.search import NOTE_ID_ROLE, PERSON_ID_ROLE, SearchModel
from ui.tasks import TaskRunner
from ui.widgets import busy_bar, heading, line_edit, paragraph, show_status, status_line
from womenscentre.i18n import N_, tr
from womenscentre.services.search import SearchHit
from womenscentre.services.unlocked import UnlockedVault

GETTING_READY = N_("Getting search ready…")
HINT = N_("Type a name or any words from a note. Press Return on a result to open it.")
NOTHING_FOUND = N_("Nothing matches that yet. Try fewer or different words.")


class SearchPage(QWidget):
    """A search box over a results table.

    Signals:
        hit_chosen(str, object): her person id, and the note id or None.
    """

    hit_chosen = Signal(str, object)

    def __init__(
        self,
        vault: UnlockedVault,
        tasks: TaskRunner,
        model: SearchModel,
        *,
        log_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Search"))
        self._vault, self._tasks, self._model = vault, tasks, model
        self._log_dir = log_dir
        self._query_number = 0
        self._ready = False
        self.search_edit = line_edit(tr("Search words"))
        self.search_edit.setPlaceholderText(tr("Search names and notes (Ctrl+K)"))
        self.search_edit.setClearButtonEnabled(True)
        self.hint = paragraph(tr(HINT), name=tr("How search works"))
        self.preparing = busy_bar(tr(GETTING_READY))
        self.status = status_line(tr("Search message"))
        self.results = QTableView()
        self.results.setTabKeyNavigation(False)  # Tab moves on; arrows move within
        self.results.setAccessibleName(tr("Search results"))
        self.results.setModel(model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setWordWrap(False)
        self.results.verticalHeader().setVisible(False)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Search")))
        layout.addWidget(self.hint)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.preparing)
        layout.addWidget(self.status)
        layout.addWidget(self.results, stretch=1)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.returnPressed.connect(self._on_search_edit_return_pressed)
        self.results.activated.connect(self._on_results_activated)
        self.set_ready(vault.search.ready)

    # -- what the workspace asks -----------------------------------------------------------
    def set_ready(self, ready: bool) -> None:
        self._ready = ready
        self.preparing.setVisible(not ready)
        if not ready:
            show_status(self.status, tr(GETTING_READY))
        elif self.status.text() == tr(GETTING_READY):
            show_status(self.status, "")

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def wipe(self) -> None:
        self.search_edit.clear()
        self.results.setModel(None)

    # -- querying --------------------------------------------------------------------------
    @Slot(str)
    def _on_search_edit_text_changed(self, text: str) -> None:
        self._query_number += 1
        number = self._query_number
        if not text.strip():
            self._model.clear()
            show_status(self.status, "" if self._ready else tr(GETTING_READY))
            return
        if self._ready:
            show_status(self.status, tr("Searching…"))
        search = self._vault.search
        self._tasks.run(
            lambda: search.query(text),
            lambda hits: self._on_results(number, hits),
            lambda exc: self._on_failed(number, exc),
        )

    def _on_results(self, number: int, hits: list[SearchHit]) -> None:
        if not isValid(self) or number != self._query_number:
            return  # a newer query is on its way, or the page has gone
        self._model.set_rows(hits)
        show_status(self.status, "" if hits else tr(NOTHING_FOUND))
        if hits:
            self.results.selectRow(0)

    def _on_failed(self, number: int, exc: BaseException) -> None:
        if isValid(self) and number == self._query_number:
            show_status(self.status, messages.describe(exc, self._log_dir))

    # -- choosing --------------------------------------------------------------------------
    @Slot()
    def _on_search_edit_return_pressed(self) -> None:
        index = self.results.currentIndex()
        if not index.isValid() and self._model.rowCount():
            index = self._model.index(0, 0)
        if index.isValid():
            self._on_results_activated(index)

    @Slot(QModelIndex)
    def _on_results_activated(self, index: QModelIndex) -> None:
        person_id = index.data(PERSON_ID_ROLE)
        if person_id:
            self.hit_chosen.emit(str(person_id), index.data(NOTE_ID_ROLE))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Down from the search box goes to the results, as in any search field.
        if event.key() == Qt.Key.Key_Down and self.search_edit.hasFocus():
            self.results.setFocus()
            return
        super().keyPressEvent(event)
