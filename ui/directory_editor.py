"""Helplines and local services: the centre keeps its own list (Centre → Helplines…).

The app hard-codes no numbers; every one comes from this list. A manager adds, changes and
removes entries, and each has the date someone last checked it; entries not checked for over
a year are marked gently. Changes are saved straight away to the centre's own directory file
(see :mod:`womenscentre.templates.centre_directory` for where, and why not in the vault).
If a local directory file can't be read, a kind note names the file, line and field, and
the built-in list keeps working underneath it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ui import messages
from ui.dialogs import FormDialog, ToolWindow, run_dialog
from ui.models.directory import KIND_WORDS, DirectoryModel
from ui.plan_fields import QT_DATE_FORMAT, from_qdate, to_qdate
from ui.record_tab import button_row, list_table, run_while_shown
from ui.tasks import TaskRunner
from ui.widgets import button, paragraph, show_status, status_line
from womenscentre.i18n import N_, tr
from womenscentre.templates.centre_directory import UNREADABLE_SUFFIX, DirectoryState
from womenscentre.templates.directory import CENTRE_FILE, DirectoryEntry, EntryKind

if TYPE_CHECKING:
    from ui.workspace import Workspace

EDITOR_TITLE = N_("Helplines and local services")
INTRO = N_(
    "Every number the app shows comes from this list. Please check each entry with the "
    "service itself and set the date you checked it."
)
UNREADABLE = N_(
    "One of the centre's directory files couldn't be read, so it has been left out and the "
    "rest of the list is shown. {details}"
)
KEPT_ASIDE = N_(
    "Your next change here writes a fresh copy of the centre's own file; the one that "
    "couldn't be read is kept beside it as {name}, so nothing typed into it is lost."
)
NEEDS_A_WAY = N_("Please give at least one way to get in touch: a phone, text, email or website.")


def new_id(name: str, taken: set[str]) -> str:
    """A short id from the name, unique in the list (ids never change once given)."""
    stem = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:48] or "entry"
    candidate, number = stem, 2
    while candidate in taken:
        candidate, number = f"{stem}-{number}", number + 1
    return candidate


class DirectoryEntryDialog(FormDialog):
    """Add one helpline or local service, or change one already listed."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        today: date,
        taken: set[str],
        entry: DirectoryEntry | None = None,
    ) -> None:
        super().__init__(
            parent,
            title=tr("Change a service") if entry else tr("Add a service"),
            intro=tr("Only what she would need to get in touch; check it with the service first."),
            ok_text=tr("&Save") if entry else tr("&Add it"),
            scroll=True,
        )
        self.entry = entry
        self.today = today
        self.taken = taken
        self.name_edit = self._line(tr("Name"))
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(tr("Kind of service"))
        for kind, words in KIND_WORDS.items():
            self.kind_combo.addItem(tr(words), kind.value)
        self.phone_edit = self._line(tr("Phone"))
        self.text_edit = self._line(tr("Text number"))
        self.email_edit = self._line(tr("Email"))
        self.website_edit = self._line(tr("Website"))
        self.hours_edit = self._line(tr("Opening hours"))
        self.area_edit = self._line(tr("Area it covers"))
        self.topics_edit = self._line(tr("Topics, separated by commas"))
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setAccessibleName(tr("What it offers"))
        self.description_edit.setMaximumHeight(
            self.description_edit.fontMetrics().lineSpacing() * 4
        )
        self.checked_edit = QDateEdit()
        self.checked_edit.setCalendarPopup(True)
        self.checked_edit.setDisplayFormat(QT_DATE_FORMAT)
        self.checked_edit.setAccessibleName(tr("Last checked"))
        self.checked_edit.setDate(to_qdate(today))
        self.checked_edit.setMaximumDate(to_qdate(today))
        for label, widget in (
            (tr("&Name:"), self.name_edit),
            (tr("&Kind:"), self.kind_combo),
            (tr("&Phone:"), self.phone_edit),
            (tr("&Text number:"), self.text_edit),
            (tr("&Email:"), self.email_edit),
            (tr("&Website:"), self.website_edit),
            (tr("&Hours:"), self.hours_edit),
            (tr("&Area:"), self.area_edit),
            (tr("What it &offers:"), self.description_edit),
            (tr("T&opics:"), self.topics_edit),
            (tr("&Last checked:"), self.checked_edit),
        ):
            self.form.addRow(label, widget)
        if entry is not None:
            self._fill(entry)

    @staticmethod
    def _line(name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        return edit

    def _fill(self, entry: DirectoryEntry) -> None:
        self.name_edit.setText(entry.name)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(entry.kind.value))
        for edit, text in (
            (self.phone_edit, entry.phone),
            (self.text_edit, entry.text_number),
            (self.email_edit, entry.email),
            (self.website_edit, entry.website),
            (self.hours_edit, entry.hours),
            (self.area_edit, entry.area),
            (self.topics_edit, ", ".join(entry.topics)),
        ):
            edit.setText(text)
        self.description_edit.setPlainText(entry.description)
        self.checked_edit.setDate(to_qdate(entry.last_verified))

    def problem(self) -> str | None:
        if not self.name_edit.text().strip():
            return tr("Please give the service's name.")
        ways = (self.phone_edit, self.text_edit, self.email_edit, self.website_edit)
        if not any(edit.text().strip() for edit in ways):
            return tr(NEEDS_A_WAY)
        return None

    def value(self) -> DirectoryEntry:
        name = self.name_edit.text().strip()
        topics = tuple(t.strip() for t in self.topics_edit.text().split(",") if t.strip())
        return DirectoryEntry(
            id=self.entry.id if self.entry else new_id(name, self.taken),
            name=name,
            kind=EntryKind(self.kind_combo.currentData()),
            last_verified=from_qdate(self.checked_edit.date()),
            phone=self.phone_edit.text().strip(),
            text_number=self.text_edit.text().strip(),
            email=self.email_edit.text().strip(),
            website=self.website_edit.text().strip(),
            hours=self.hours_edit.text().strip(),
            area=self.area_edit.text().strip(),
            description=self.description_edit.toPlainText().strip(),
            topics=topics,
        )


class DirectoryEditor(ToolWindow):
    """The centre's list, for a manager: add, change, remove; saved as each change is made."""

    def __init__(
        self,
        vault: Any,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        log_dir: Path | None = None,
    ) -> None:
        super().__init__(vault, tasks, parent, title=tr(EDITOR_TITLE), log_dir=log_dir)
        self.entries: list[DirectoryEntry] = []
        self.model = DirectoryModel(self)
        self.table = list_table(self.model, tr(EDITOR_TITLE))
        self.problems = paragraph("", name=tr("Directory files left out"))
        self.problems.setVisible(False)
        self.status = status_line(tr("{section}: message").format(section=tr(EDITOR_TITLE)))
        self.add_button = button(tr("&Add a service…"), tr("Add a service"))
        self.edit_button = button(tr("&Change…"), tr("Change the chosen service"))
        self.remove_button = button(tr("&Remove…"), tr("Remove the chosen service"))
        self.close_button = button(tr("C&lose"), tr("Close"))
        changes = (self.add_button, self.edit_button, self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                tr(INTRO), name=tr("{section}: what this is").format(section=tr(EDITOR_TITLE))
            )
        )
        layout.addWidget(self.problems)
        layout.addWidget(self.table, stretch=1)
        layout.addWidget(self.status)
        layout.addLayout(button_row(changes, after_stretch=[self.close_button]))
        self.add_button.clicked.connect(self.add_entry)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.close_button.clicked.connect(self.reject)
        self.table.activated.connect(lambda _index: self._on_edit_button_clicked())
        if not getattr(vault.user, "is_manager", False):
            for push in changes:
                push.setVisible(False)
        self.resize(980, 520)
        self.reload()

    # -- loading ---------------------------------------------------------------------------
    def _run(self, job: Callable[[], Any], done: Callable[[Any], None]) -> None:
        def failed(exc: BaseException) -> None:
            show_status(self.status, messages.describe(exc, self._log_dir))

        run_while_shown(self, self._tasks, job, done, failed)

    def reload(self) -> None:
        self._run(self._vault.plans.directory.state, self._show)

    def _today(self) -> date:
        today: date = self._vault.clock.now().date()
        return today

    def _show(self, state: DirectoryState, select: str = "") -> None:
        self.entries = list(state.directory.entries)
        self.model.set_entries(self.entries, self._today())
        details = "\n".join(str(error) for error in state.problems)
        if any(error.path.name == CENTRE_FILE for error in state.problems):
            details += "\n" + tr(KEPT_ASIDE).format(name=CENTRE_FILE + UNREADABLE_SUFFIX)
        self.problems.setText(tr(UNREADABLE).format(details=details) if details else "")
        self.problems.setVisible(bool(details))
        row = next((i for i, e in enumerate(self.entries) if e.id == select), 0)
        if self.entries:
            self.table.selectRow(row)
        self.edit_button.setEnabled(bool(self.entries))
        self.remove_button.setEnabled(bool(self.entries))

    def chosen(self) -> DirectoryEntry | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    # -- changing ----------------------------------------------------------------------------
    def _save_job(self, entries: list[DirectoryEntry]) -> DirectoryState:
        state: DirectoryState = self._vault.plans.directory.save(entries)
        return state

    @Slot()
    def add_entry(self) -> DirectoryEntryDialog:
        taken = {e.id for e in self.entries}
        dialog = DirectoryEntryDialog(self, today=self._today(), taken=taken)
        current = list(self.entries)

        def job(entry: DirectoryEntry) -> tuple[DirectoryState, str]:
            return self._save_job([entry, *current]), entry.id

        self._form(dialog, job)
        return dialog

    def edit_entry(self, entry: DirectoryEntry) -> DirectoryEntryDialog:
        taken = {e.id for e in self.entries}
        dialog = DirectoryEntryDialog(self, today=self._today(), taken=taken, entry=entry)
        current = list(self.entries)

        def job(changed: DirectoryEntry) -> tuple[DirectoryState, str]:
            entries = [changed if e.id == changed.id else e for e in current]
            return self._save_job(entries), changed.id

        self._form(dialog, job)
        return dialog

    def remove_entry(self, entry: DirectoryEntry) -> None:
        question = tr(
            "Remove {name} from the centre's list? It won't be offered in plans any "
            "more; plans that already name it keep their own copy of the details."
        ).format(name=entry.name)
        if not messages.question(self, question, yes=tr("Remove it"), no=tr("Keep it")):
            return
        entries = [e for e in self.entries if e.id != entry.id]
        self._run(lambda: self._save_job(entries), self._show)

    def _form(self, dialog: DirectoryEntryDialog, job: Callable[[Any], Any]) -> None:
        def done(result: tuple[DirectoryState, str]) -> None:
            if isValid(self):
                self._show(*result)

        run_dialog(dialog, self._tasks, job, done, log_dir=self._log_dir)

    @Slot()
    def _on_edit_button_clicked(self) -> None:
        entry = self.chosen()
        if entry is not None and self.edit_button.isVisible():
            self.edit_entry(entry)

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        entry = self.chosen()
        if entry is not None:
            self.remove_entry(entry)


def open_directory_editor_over(workspace: Workspace) -> DirectoryEditor:
    """The Centre menu's entry: open the editor over the workspace for its vault."""
    desk = workspace.desk
    editor = DirectoryEditor(desk.vault, desk.tasks, workspace, log_dir=desk.log_dir)
    editor.open()
    return editor
