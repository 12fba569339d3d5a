"""The workspace shown after unlock: who is signed in, and the screens of her day.

A :class:`Workspace` is made for each unlock and destroyed on lock, so no view, editor or
undo stack outlives the vault. It holds a banner (who is signed in, the centre, "Getting
search ready…") over a stack of views: the caseload always at the bottom, and above it
whatever she has opened (her record, a note, search, the colleagues screen). Back (Escape or
Alt+Left) returns to the view before. Her records and notes are handled by
:class:`~ui.record_desk.RecordDesk`, a manager's screens by :class:`~ui.manager_desk.ManagerDesk`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.caseload_view import CaseloadPanel
from ui.context import Desk
from ui.manager_desk import ManagerDesk
from ui.record_desk import RecordDesk
from ui.search_view import GETTING_READY, SearchPage
from ui.widgets import busy_bar, paragraph
from ui.wording import role_name
from womenscentre.domain.users import StaffUser
from womenscentre.i18n import N_, tr
from womenscentre.services.search import IndexBuild

TRAINING_NOTE = N_("Training vault: everyone here is fictional. Practise freely.")


def signed_in_text(user: StaffUser) -> str:
    return tr("Signed in as {username} · {role}").format(
        username=user.username, role=role_name(user.role)
    )


class Workspace(QWidget):
    """The banner and the stack of views for one unlocked session.

    Signals:
        caseload_changed(): someone was added, or a case opened or closed.
        settings_changed(object): a manager saved the centre's ``CentreSettings``.
        reset_requested(): a manager asked to reset a passphrase with the recovery key.
        lock_requested(): she chose to lock rather than choose her passphrase now.
        ready(): she may start work (her own passphrase is set).
    """

    caseload_changed = Signal()
    settings_changed = Signal(object)
    reset_requested = Signal()
    lock_requested = Signal()
    ready = Signal()

    def __init__(self, desk: Desk, *, training: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(tr("Workspace"))
        self.desk = desk
        self.search_ready = False
        user = desk.vault.user
        self.banner = QLabel(signed_in_text(user))
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setAccessibleName(tr("Signed in"))
        self.banner.setAccessibleDescription(self.banner.text())
        self.organisation = paragraph("", name=tr("Centre"))
        self.training_note = paragraph(tr(TRAINING_NOTE))
        self.training_note.setVisible(training)
        self.search_note = paragraph(tr(GETTING_READY), name=tr("Search status"))
        self.search_busy = busy_bar(tr(GETTING_READY))
        self.search_busy.setMaximumWidth(self.fontMetrics().averageCharWidth() * 12)
        self.views = QStackedWidget()
        self.views.setAccessibleName(tr("Screens"))
        self.caseload_panel = CaseloadPanel(desk.models.caseload)
        self.views.addWidget(self.caseload_panel)
        self._trail: list[QWidget] = [self.caseload_panel]
        self.search_page: SearchPage | None = None
        self._search_build: IndexBuild | None = None
        self._lay_out()
        self.set_search_ready(False, building=False)
        self.records = RecordDesk(self, desk)
        self.manager = ManagerDesk(self, desk)
        self.caseload_panel.person_chosen.connect(self.records.open_person)

    def _lay_out(self) -> None:
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner)
        banner_row.addWidget(self.organisation, stretch=1)
        banner_row.addWidget(self.search_note)
        banner_row.addWidget(self.search_busy)
        banner_frame = QFrame()
        banner_frame.setFrameShape(QFrame.Shape.StyledPanel)
        banner_frame.setAutoFillBackground(True)
        banner_frame.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        banner_frame.setLayout(banner_row)
        layout = QVBoxLayout(self)
        layout.addWidget(banner_frame)
        layout.addWidget(self.training_note)
        layout.addWidget(self.views, stretch=1)

    # -- the caseload, as the window and its tests know it -------------------------------
    @property
    def table(self) -> QTableView:
        return self.caseload_panel.table

    @property
    def filter_edit(self) -> QLineEdit:
        return self.caseload_panel.filter_edit

    @property
    def loading(self) -> QProgressBar:
        return self.caseload_panel.loading

    @property
    def empty_note(self) -> QLabel:
        return self.caseload_panel.empty_note

    def set_loading(self, loading: bool) -> None:
        self.caseload_panel.set_loading(loading)

    def set_organisation(self, name: str) -> None:
        self.organisation.setText(f"· {name}" if name else "")

    def focus_filter(self) -> None:
        self.show_caseload()
        self.caseload_panel.focus_filter()

    # -- navigation ------------------------------------------------------------------------
    def current_view(self) -> QWidget | None:
        return self.views.currentWidget()

    def show_view(self, view: QWidget) -> None:
        if self.views.indexOf(view) < 0:
            self.views.addWidget(view)
        if view in self._trail:
            self._trail.remove(view)
        self._trail.append(view)
        self.views.setCurrentWidget(view)

    def drop_view(self, view: QWidget) -> None:
        """Take a view out of the stack for good and destroy it."""
        if view in self._trail:
            self._trail.remove(view)
        if self.views.indexOf(view) >= 0:
            self.views.removeWidget(view)
        view.hide()
        view.deleteLater()
        self.views.setCurrentWidget(self._trail[-1])

    def show_caseload(self) -> None:
        while len(self._trail) > 1:
            self.back()

    @Slot()
    def back(self) -> None:
        """Leave the current view for the one before; her record and notes close as she goes."""
        current = self.views.currentWidget()
        if current is None or current is self.caseload_panel:
            self.caseload_panel.focus_table()
            return
        if not self.records.leave(current):
            self._trail.remove(current)
            self.views.setCurrentWidget(self._trail[-1])
        shown = self.views.currentWidget()
        if shown is None or shown is self.caseload_panel:
            self.caseload_panel.focus_table()
        else:
            self.records.returned_to(shown)

    # -- search ----------------------------------------------------------------------------
    def open_search(self) -> None:
        if self.search_page is None:
            desk = self.desk
            page = SearchPage(desk.vault, desk.tasks, desk.models.search, log_dir=desk.log_dir)
            page.set_ready(self.search_ready)
            page.hit_chosen.connect(self._on_search_page_hit_chosen)
            self.search_page = page
        self.show_view(self.search_page)
        self.search_page.focus_search()

    def build_search_index(self) -> None:
        """Build the index on the worker, one step per job, so the app stays usable.

        Each step is a short job and the next is queued only when it ends, so opening her
        record or saving a note while search gets ready waits for one step, not the build.
        """
        self.set_search_ready(False, building=True)
        self._search_build = self.desk.vault.search.start_build()
        self._next_search_step(self._search_build)

    def _next_search_step(self, build: IndexBuild) -> None:
        self.desk.tasks.run(
            build.step,
            lambda finished: self._on_search_step(build, finished),
            lambda _exc: self.set_search_ready(False, building=False),
        )

    def _on_search_step(self, build: IndexBuild, finished: bool) -> None:
        if build is not self._search_build:
            return  # a newer build has started; it reports for itself
        if finished:
            self.set_search_ready(True)
            # Seal the index for the next unlock; a worker job, so she can search meanwhile.
            # A snapshot that can't be saved only means a full build next time: nothing to say.
            self.desk.tasks.run(
                self.desk.vault.search.save_snapshot, lambda _saved: None, lambda _exc: None
            )
        else:
            self._next_search_step(build)

    def set_search_ready(self, ready: bool, *, building: bool = True) -> None:
        self.search_ready = ready
        self.search_note.setVisible(not ready and building)
        self.search_busy.setVisible(not ready and building)
        if self.search_page is not None:
            self.search_page.set_ready(ready)

    @Slot(str, object)
    def _on_search_page_hit_chosen(self, person_id: str, note_id: object) -> None:
        self.records.open_person(person_id, str(note_id) if note_id else None)

    # -- locking ---------------------------------------------------------------------------
    def flush_drafts(self) -> None:
        """Seal whatever is typed in the note editor, now; the lock's first step."""
        self.records.flush_sync()

    def wipe(self) -> None:
        """Empty every field and let go of every model, before the workspace is destroyed."""
        self.caseload_panel.wipe()
        if self.search_page is not None:
            self.search_page.wipe()
        self.records.wipe()
        self.manager.wipe()
