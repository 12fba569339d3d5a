"""Her one list of people she trusts and services she uses: add, change, take off.

Every plan's "who" fields point into this list, so a change made here (a new number, the
name she now uses) shows in every plan at once. Taking someone off the list first says which
of her plans name them and asks; the plans keep working, leaving that person out of her copy
and of each plan's next version, while older versions still read as they were saved.

:class:`SupportEntryDialog` is the one form for adding or changing an entry, used here and
from a plan's "Add a person to her list…" buttons.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ui import messages
from ui.dialogs import FormDialog, ToolWindow, run_dialog
from ui.models.support import SupportListModel
from ui.record_tab import button_row, list_table, run_while_shown
from ui.tasks import TaskRunner
from ui.widgets import button, paragraph, show_status, status_line
from womenscentre.domain.plans import EntryKind, PlanSummary, SupportEntry, SupportList
from womenscentre.i18n import N_, tr, trn

LIST_TITLE = N_("Her people and services")
LIST_INTRO = N_(
    "She tells us once: everyone here can be chosen in any of her plans, and a change made "
    "here shows in every plan straight away."
)
EMPTY_NOTE = N_("No one on her list yet.")
PRIVATE = N_("Private: only on her copy if she chooses")
_TITLES = {
    ("person", False): N_("Add a person to her list"),
    ("service", False): N_("Add a service to her list"),
    ("person", True): N_("Change a person on her list"),
    ("service", True): N_("Change a service on her list"),
}


def removal_question(entry: SupportEntry, using: list[PlanSummary]) -> str:
    """What to ask before taking someone off her list, naming the plans that use them."""
    if not using:
        return tr("Take {name} off her list? None of her plans name them.").format(name=entry.name)
    titles = "\n".join(f"• {plan.title}" for plan in using)
    return trn(
        "{name} is named in one of her plans:\n{titles}\n\n"
        "If they come off her list, that plan keeps working: her copy leaves them out, and "
        "so does the plan's next version. Earlier versions still show them as they were "
        "saved. Take {name} off her list?",
        "{name} is named in %n of her plans:\n{titles}\n\n"
        "If they come off her list, those plans keep working: her copy leaves them out, and "
        "so does each plan's next version. Earlier versions still show them as they were "
        "saved. Take {name} off her list?",
        len(using),
    ).format(name=entry.name, titles=titles)


class SupportEntryDialog(FormDialog):
    """Add one person or service to her list, or change one already on it."""

    def __init__(
        self, parent: QWidget | None, kind: str, entry: SupportEntry | None = None
    ) -> None:
        super().__init__(
            parent,
            title=tr(_TITLES[(kind, entry is not None)]),
            intro=(
                tr("Every plan that names them shows the change.")
                if entry
                else tr(
                    "She tells us once: whoever is added here can be chosen in every one "
                    "of her plans."
                )
            ),
            ok_text=tr("&Save the change") if entry else tr("&Add to her list"),
        )
        self.kind = EntryKind(kind)
        self.entry = entry
        self.name_edit = self._line(tr("Name"))
        self.relationship_edit = self._line(tr("Who they are to her"))
        self.reach_edit = self._line(tr("How to reach them"))
        self.when_edit = self._line(tr("When she would use them"))
        self.discreet_edit = self._line(tr("Name on a discreet copy"))
        self.knows_edit = self._line(tr("What they know ({private})").format(private=tr(PRIVATE)))
        self.code_edit = self._line(tr("Code word ({private})").format(private=tr(PRIVATE)))
        self.form.addRow(tr("&Name:"), self.name_edit)
        self.form.addRow(tr("&Who they are to her:"), self.relationship_edit)
        self.form.addRow(tr("How to &reach them:"), self.reach_edit)
        self.form.addRow(tr("&When she would use them:"), self.when_edit)
        self.form.addRow(tr("Name on a &discreet copy:"), self.discreet_edit)
        self.form.addRow(tr("What they &know (private):"), self.knows_edit)
        self.form.addRow(tr("&Code word (private):"), self.code_edit)
        if entry is not None:
            for edit, text in (
                (self.name_edit, entry.name),
                (self.relationship_edit, entry.relationship),
                (self.reach_edit, entry.how_to_reach),
                (self.when_edit, entry.when_to_use),
                (self.discreet_edit, entry.discreet_name),
                (self.knows_edit, entry.what_they_know),
                (self.code_edit, entry.code_word),
            ):
                edit.setText(text)

    @staticmethod
    def _line(name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        return edit

    def problem(self) -> str | None:
        if not self.name_edit.text().strip():
            return tr("Please give a name, or the name she uses for them.")
        return None

    def value(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "name": self.name_edit.text().strip(),
            "relationship": self.relationship_edit.text().strip(),
            "how_to_reach": self.reach_edit.text().strip(),
            "when_to_use": self.when_edit.text().strip(),
            "discreet_name": self.discreet_edit.text().strip(),
            "what_they_know": self.knows_edit.text().strip(),
            "code_word": self.code_edit.text().strip(),
        }


class SupportListDialog(ToolWindow):
    """Her list, for one woman: add, change, or take someone off.

    Signals:
        changed(object): her list was saved; carries the new :class:`SupportList`.
    """

    changed = Signal(object)

    def __init__(
        self,
        vault: Any,
        tasks: TaskRunner,
        person_id: str,
        parent: QWidget | None = None,
        *,
        log_dir: Path | None = None,
    ) -> None:
        super().__init__(vault, tasks, parent, title=tr(LIST_TITLE), log_dir=log_dir)
        self.person_id = person_id
        self.support = SupportList(person_id)
        self.model = SupportListModel(self)
        self.table = list_table(self.model, tr(LIST_TITLE))
        self.empty = paragraph(tr(EMPTY_NOTE), name=tr("Her list note"))
        self.empty.setVisible(False)
        self.status = status_line(tr("{section}: message").format(section=tr(LIST_TITLE)))
        self.add_person_button = button(tr("Add a &person…"), tr("Add a person to her list"))
        self.add_service_button = button(tr("Add a &service…"), tr("Add a service to her list"))
        self.edit_button = button(tr("&Change…"), tr("Change the chosen entry"))
        self.remove_button = button(
            tr("&Take off her list…"), tr("Take the chosen entry off her list")
        )
        self.close_button = button(tr("C&lose"), tr("Close"))
        changes = (
            self.add_person_button,
            self.add_service_button,
            self.edit_button,
            self.remove_button,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                tr(LIST_INTRO), name=tr("{section}: what this is").format(section=tr(LIST_TITLE))
            )
        )
        layout.addWidget(self.empty)
        layout.addWidget(self.table, stretch=1)
        layout.addWidget(self.status)
        layout.addLayout(button_row(changes, after_stretch=[self.close_button]))
        self.add_person_button.clicked.connect(lambda: self.add_entry(EntryKind.PERSON))
        self.add_service_button.clicked.connect(lambda: self.add_entry(EntryKind.SERVICE))
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.close_button.clicked.connect(self.reject)
        self.table.activated.connect(lambda _index: self._on_edit_button_clicked())
        self.resize(760, 420)
        self.reload()

    # -- loading ---------------------------------------------------------------------------
    def _run(self, job: Callable[[], Any], done: Callable[[Any], None]) -> None:
        def failed(exc: BaseException) -> None:
            show_status(self.status, messages.describe(exc, self._log_dir))

        run_while_shown(self, self._tasks, job, done, failed)

    def reload(self) -> None:
        vault, person_id = self._vault, self.person_id
        self._run(lambda: vault.plans.support_list(person_id), self._show)

    def _show(self, support: SupportList, *, announce: bool = False) -> None:
        self.support = support
        entries = support.current()
        self.model.set_rows(entries)
        self.empty.setVisible(not entries)
        self.edit_button.setEnabled(bool(entries))
        self.remove_button.setEnabled(bool(entries))
        if entries:
            self.table.selectRow(0)
        if announce:
            self.changed.emit(support)

    def chosen(self) -> SupportEntry | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    # -- changing ----------------------------------------------------------------------------
    def add_entry(self, kind: EntryKind) -> SupportEntryDialog:
        vault, person_id = self._vault, self.person_id

        def job(value: dict[str, Any]) -> SupportList:
            vault.plans.add_to_support_list(person_id, **value)
            return vault.plans.support_list(person_id)

        return self._form(SupportEntryDialog(self, kind.value), job)

    def edit_entry(self, entry: SupportEntry) -> SupportEntryDialog:
        vault, person_id, version = self._vault, self.person_id, self.support.version

        def job(value: dict[str, Any]) -> SupportList:
            changed = replace(entry, **value)
            return vault.plans.update_support_entry(person_id, changed, expected_version=version)

        return self._form(SupportEntryDialog(self, entry.kind.value, entry), job)

    def remove_entry(self, entry: SupportEntry) -> None:
        """Say which plans name them, ask, and only then take them off her list."""
        vault, person_id = self._vault, self.person_id

        def asked(using: list[PlanSummary]) -> None:
            question = removal_question(entry, using)
            if not messages.question(self, question, yes=tr("Take off her list"), no=tr("Keep")):
                return
            version = self.support.version
            self._run(
                lambda: vault.plans.remove_from_support_list(
                    person_id, entry.id, expected_version=version
                ),
                lambda support: self._show(support, announce=True),
            )

        self._run(lambda: vault.plans.plans_using(person_id, entry.id), asked)

    def _form(
        self, dialog: SupportEntryDialog, job: Callable[[Any], SupportList]
    ) -> SupportEntryDialog:
        def done(support: SupportList) -> None:
            if isValid(self):
                self._show(support, announce=True)

        run_dialog(dialog, self._tasks, job, done, log_dir=self._log_dir)
        return dialog

    @Slot()
    def _on_edit_button_clicked(self) -> None:
        entry = self.chosen()
        if entry is not None:
            self.edit_entry(entry)

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        entry = self.chosen()
        if entry is not None:
            self.remove_entry(entry)
