"""Her safety plan, opened: every section of its template, her review date and triggers.

The editor shows the sections of the view she chose (all of them when the template has no
views), one :class:`~ui.plan_fields.FieldEditor` for each field. Saving never overwrites:
it adds a version, and the history underneath lists every one; an older version opens in a
read-only editor of its own. If a colleague saved the plan in the meantime, what was typed
stays on screen and the latest version opens beside it, so nothing is lost.

All vault work runs on the task worker (:mod:`ui.tasks`); messages go through
:mod:`ui.messages`. Titles never name her.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ui import messages
from ui.dialogs import ToolWindow, run_dialog
from ui.models.plans import PlanHistoryModel
from ui.plan_fields import QT_DATE_FORMAT, FieldEditor, SupportHub, from_qdate, to_qdate
from ui.support_list import SupportEntryDialog, SupportListDialog
from ui.tasks import TaskRunner
from ui.widgets import button, heading, paragraph, show_status, status_line
from womenscentre.domain.answers import AnswerStatus
from womenscentre.domain.plans import PlanDraft, SafetyPlan, SupportList
from womenscentre.i18n import N_, tr
from womenscentre.services.records import EditConflict

#: The form behind a field's "Add a person to her list…" button (one form for the list).
AddToListDialog = SupportEntryDialog
EDITOR_TITLE = N_("Safety plan, version {number}")
READ_ONLY_TITLE = N_("Safety plan, version {number} (read only)")
READ_ONLY_NOTE = N_("This is an earlier version, shown as it was saved. It can't be changed.")
SAVED = N_("Saved as version {number}.")
CONFLICT_NOTE = N_(
    "A colleague saved this plan while you were working on it. Everything you typed is "
    "still here, and their version has opened alongside. Please add your changes to the "
    "latest version."
)


class PlanEditor(ToolWindow):
    """One version of one plan; editable when it is the latest and ``read_only`` is False.

    Signals:
        saved(object): a new version was saved; carries the :class:`SafetyPlan`.
    """

    saved = Signal(object)

    def __init__(
        self,
        vault: Any,
        tasks: TaskRunner,
        plan: SafetyPlan,
        support: SupportList,
        parent: QWidget | None = None,
        *,
        read_only: bool = False,
        log_dir: Path | None = None,
        names: dict[str, str] | None = None,
    ) -> None:
        read_only = read_only or not plan.is_latest
        title = tr(READ_ONLY_TITLE if read_only else EDITOR_TITLE).format(number=plan.number)
        super().__init__(vault, tasks, parent, title=title, log_dir=log_dir)
        self.plan = plan
        self.read_only = read_only
        self.hub = SupportHub(support, self)
        self.hub.add_requested.connect(self._on_hub_add_requested)
        self.fields: dict[str, FieldEditor] = {}
        self.section_boxes: dict[str, QGroupBox] = {}
        self.history = PlanHistoryModel(self)
        self.history.names = dict(names or {})
        self._build(plan)
        self._fill(plan)
        if self.read_only:
            for editor in self.fields.values():
                editor.set_read_only()
            for widget in (
                self.view_combo,
                self.review_edit,
                self.title_edit,
                self.change_edit,
                *self.trigger_boxes.values(),
            ):
                widget.setEnabled(False)
            self.save_button.setVisible(False)
            self.checklist_button.setVisible(False)
            self.support_button.setVisible(False)
        self.resize(900, 700)
        self.load_history()

    # -- building ------------------------------------------------------------------------
    def _build(self, plan: SafetyPlan) -> None:
        template = plan.template
        self.title_label = heading(template.title)
        self.summary = paragraph(template.summary, name=tr("What this plan is for"))
        self.read_only_note = paragraph(tr(READ_ONLY_NOTE) if self.read_only else "")
        if not self.read_only:
            self.read_only_note.hide()
        self.view_combo = QComboBox()
        self.view_combo.setAccessibleName(tr("Which part of the plan"))
        self.view_combo.addItem(tr("Every section"), "")
        for view in template.views:
            self.view_combo.addItem(view.title, view.id)
        self.view_reminder = paragraph("", name=tr("A reminder for this view"))
        self.view_combo.currentIndexChanged.connect(self._on_view_combo_changed)
        view_row = QHBoxLayout()
        view_row.addWidget(paragraph(tr("Showing:"), name=tr("Showing")))
        view_row.addWidget(self.view_combo, stretch=1)
        view_holder = QWidget()
        view_holder.setLayout(view_row)
        if not template.views:
            view_holder.hide()

        body = QWidget()
        column = QVBoxLayout(body)
        for section in template.sections:
            box = QGroupBox(section.title)
            box.setAccessibleName(section.title)
            inner = QVBoxLayout(box)
            if section.intro:
                inner.addWidget(
                    paragraph(
                        section.intro, name=tr("{section}: about").format(section=section.title)
                    )
                )
            for spec in section.fields:
                editor = FieldEditor(spec, self.hub)
                self.fields[spec.id] = editor
                inner.addWidget(editor)
            self.section_boxes[section.id] = box
            column.addWidget(box)
        column.addWidget(self._review_box(plan))
        column.addWidget(self._history_box())
        column.addStretch()
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(body)
        area.setAccessibleName(tr("The plan"))

        self.status = status_line(tr("Safety plan: message"))
        self.save_button = button(tr("&Save a new version (Ctrl+S)"), tr("Save a new version"))
        self.checklist_button = button(
            tr("&Make the checklist"), tr("Make the checklist from answers")
        )
        if template.generated is None:
            self.checklist_button.hide()
        self.her_copy_button = button(tr("&Her copy…"), tr("Her copy"))
        self.support_button = button(tr("Her people and ser&vices…"), tr("Her people and services"))
        self.close_button = button(tr("&Close"), tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.checklist_button)
        buttons.addWidget(self.her_copy_button)
        buttons.addWidget(self.support_button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.summary)
        layout.addWidget(self.read_only_note)
        layout.addWidget(view_holder)
        layout.addWidget(self.view_reminder)
        layout.addWidget(area, stretch=1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.checklist_button.clicked.connect(self._on_checklist_button_clicked)
        self.her_copy_button.clicked.connect(self._on_her_copy_button_clicked)
        self.support_button.clicked.connect(self.open_support_list)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.activated.connect(self.save)

    def _review_box(self, plan: SafetyPlan) -> QGroupBox:
        box = QGroupBox(tr("Reviewing the plan, and her copy"))
        box.setAccessibleName(box.title())
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.review_edit = QDateEdit()
        self.review_edit.setCalendarPopup(True)
        self.review_edit.setDisplayFormat(QT_DATE_FORMAT)
        self.review_edit.setAccessibleName(tr("Review by"))
        form.addRow(tr("&Review by:"), self.review_edit)
        self.trigger_boxes: dict[str, QCheckBox] = {}
        if plan.template.review_triggers:
            triggers = QWidget()
            triggers.setAccessibleName(tr("Look at the plan again if"))
            column = QVBoxLayout(triggers)
            column.setContentsMargins(0, 0, 0, 0)
            for trigger in plan.template.review_triggers:
                check = QCheckBox(trigger.label)
                check.setAccessibleName(trigger.label)
                self.trigger_boxes[trigger.id] = check
                column.addWidget(check)
            form.addRow(tr("Look at it again if:"), triggers)
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(tr("Her own title for a discreet copy"))
        self.title_edit.setPlaceholderText(plan.template.discreet_title)
        form.addRow(tr("Her &title for a discreet copy:"), self.title_edit)
        self.change_edit = QLineEdit()
        self.change_edit.setAccessibleName(tr("What changed in this version"))
        form.addRow(tr("What &changed:"), self.change_edit)
        return box

    def _history_box(self) -> QGroupBox:
        box = QGroupBox(tr("Every saved version"))
        box.setAccessibleName(box.title())
        self.history_table = QTableView()
        self.history_table.setTabKeyNavigation(False)  # Tab moves on; arrows move within
        self.history_table.setModel(self.history)
        self.history_table.setAccessibleName(tr("Every saved version, newest first"))
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.verticalHeader().setVisible(False)
        header = self.history_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.history_table.setMinimumHeight(self.history_table.fontMetrics().lineSpacing() * 7)
        self.open_version_button = button(tr("&Open this version"), tr("Open the chosen version"))
        self.open_version_button.clicked.connect(self._on_open_version_button_clicked)
        self.history_table.activated.connect(lambda _i: self._on_open_version_button_clicked())
        column = QVBoxLayout(box)
        column.addWidget(self.history_table)
        column.addWidget(self.open_version_button, alignment=Qt.AlignmentFlag.AlignLeft)
        return box

    def _fill(self, plan: SafetyPlan) -> None:
        for field_id, editor in self.fields.items():
            answer = plan.answers.get(field_id)
            if answer is not None:
                editor.set_answer(answer)
        self.view_combo.setCurrentIndex(max(self.view_combo.findData(plan.view), 0))
        self._on_view_combo_changed(self.view_combo.currentIndex())
        self.review_edit.setDate(to_qdate(plan.review_date))
        for trigger_id, check in self.trigger_boxes.items():
            check.setChecked(trigger_id in plan.review_triggers)
        self.title_edit.setText(plan.disguised_title)
        if self.read_only:
            self.change_edit.setText(plan.change_note)

    # -- what it holds -----------------------------------------------------------------
    def draft(self) -> PlanDraft:
        answers = {}
        for field_id, editor in self.fields.items():
            answer = editor.answer()
            if answer.status is not AnswerStatus.UNKNOWN:
                answers[field_id] = answer
        return PlanDraft(
            answers=answers,
            review_date=from_qdate(self.review_edit.date()),
            review_triggers=tuple(t for t, c in self.trigger_boxes.items() if c.isChecked()),
            view=self.view_combo.currentData() or "",
            disguised_title=self.title_edit.text().strip(),
            change_note=self.change_edit.text().strip(),
        )

    # -- doing -----------------------------------------------------------------------------
    def _run(self, job: Callable[[], Any], done: Callable[[Any], None]) -> None:
        def failed(exc: BaseException) -> None:
            if isValid(self):
                self._failed(exc)

        def succeeded(result: Any) -> None:
            if isValid(self):
                done(result)

        self._tasks.run(job, succeeded, failed)

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(not self.read_only)
        if isinstance(exc, EditConflict):
            show_status(self.status, tr(CONFLICT_NOTE))
            self._open_version(None)
            return
        show_status(self.status, messages.describe(exc, self._log_dir))

    @Slot()
    def save(self) -> None:
        if self.read_only or not self.save_button.isEnabled():
            return
        draft = self.draft()
        vault, plan = self._vault, self.plan
        self.save_button.setEnabled(False)
        show_status(self.status, tr("Saving…"))
        self._run(
            lambda: vault.plans.save(plan.id, draft, expected_version=plan.record_version),
            self._on_saved,
        )

    def _on_saved(self, plan: SafetyPlan) -> None:
        self.plan = plan
        self.change_edit.clear()
        self.save_button.setEnabled(True)
        show_status(self.status, tr(SAVED).format(number=plan.number))
        self.setWindowTitle(tr(EDITOR_TITLE).format(number=plan.number))
        self.load_history()
        self.saved.emit(plan)

    def load_history(self) -> None:
        vault, plan_id = self._vault, self.plan.id
        self._run(
            lambda: list(reversed(vault.plans.history(plan_id))),
            self.history.set_rows,
        )

    def _open_version(self, number: int | None) -> None:
        vault, plan_id = self._vault, self.plan.id

        def job() -> tuple[SafetyPlan, SupportList]:
            plan = vault.plans.get(plan_id, number)
            return plan, vault.plans.support_list(plan.person_id)

        def done(found: tuple[SafetyPlan, SupportList]) -> None:
            plan, support = found
            editor = PlanEditor(
                vault,
                self._tasks,
                plan,
                support,
                self,
                read_only=True,
                log_dir=self._log_dir,
                names=self.history.names,
            )
            editor.show()

        self._run(job, done)

    @Slot()
    def _on_open_version_button_clicked(self) -> None:
        index = self.history_table.currentIndex()
        if not index.isValid():
            show_status(self.status, tr("Please choose a version in the list first."))
            return
        self._open_version(self.history.row_at(index.row()).number)

    @Slot(int)
    def _on_view_combo_changed(self, _index: int) -> None:
        view_id = self.view_combo.currentData() or ""
        shown = {s.id for s in self.plan.template.sections_for(view_id)}
        for section_id, box in self.section_boxes.items():
            box.setVisible(section_id in shown)
        reminder = ""
        for view in self.plan.template.views:
            if view.id == view_id:
                reminder = view.reminder
        self.view_reminder.setText(reminder)
        self.view_reminder.setVisible(bool(reminder))

    @Slot(str)
    def _on_hub_add_requested(self, kind: str) -> None:
        vault, person_id = self._vault, self.plan.person_id

        def job(value: dict[str, Any]) -> SupportList:
            vault.plans.add_to_support_list(person_id, **value)
            return vault.plans.support_list(person_id)

        def done(support: SupportList) -> None:
            if isValid(self):
                self.hub.set_support(support)

        run_dialog(AddToListDialog(self, kind), self._tasks, job, done, log_dir=self._log_dir)

    @Slot()
    def open_support_list(self) -> SupportListDialog:
        """Her list, to change or take someone off; every field here follows the change."""
        dialog = SupportListDialog(
            self._vault, self._tasks, self.plan.person_id, self, log_dir=self._log_dir
        )
        dialog.changed.connect(self.hub.set_support)
        dialog.open()
        return dialog

    @Slot()
    def _on_checklist_button_clicked(self) -> None:
        generated = self.plan.template.generated
        if generated is None:
            return
        draft, vault, plan = self.draft(), self._vault, self.plan
        target = self.fields[generated.field]

        def done(answer: Any) -> None:
            target.set_answer(answer)
            show_status(self.status, tr("The checklist is made. Please look through it with her."))

        self._run(lambda: vault.plans.make_checklist(plan, draft.answers), done)

    @Slot()
    def _on_her_copy_button_clicked(self) -> None:
        from ui.her_copy_view import HerCopyDialog

        dialog = HerCopyDialog(
            self._vault,
            self._tasks,
            self.plan,
            self,
            number=self.plan.number,
            log_dir=self._log_dir,
        )
        dialog.open()
