"""The "Safety plans" section of her record: her plans, and a new one from a template.

The list shows each plan's title, its template, when it is due for review and whether the
review is overdue. A new plan starts from one of the centre's templates (and, for a
template with views, the view that fits her now: still living together, preparing to
leave, after leaving). Opening a plan shows it in :class:`~ui.plan_editor.PlanEditor`.
"Her people and services…" opens her one shared list (:mod:`ui.support_list`).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, Slot
from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit, QWidget
from shiboken6 import isValid

from ui.dialogs import FormDialog, run_dialog
from ui.models.plans import PlansModel
from ui.plan_editor import PlanEditor
from ui.record_tab import RecordTab, button_row, list_table
from ui.support_list import SupportListDialog
from ui.widgets import button, paragraph, show_status
from womenscentre.domain.plans import PlanDraft, PlanSummary, SafetyPlan, SupportList
from womenscentre.i18n import N_, tr
from womenscentre.templates.safety_plans import SafetyPlanTemplate

SECTION_TITLE = N_("Safety &plans")
NO_PLANS = N_("No safety plans yet. A plan is made with her, at her pace, from a template.")


class NewPlanDialog(FormDialog):
    """Choose a template, and the view that fits her now."""

    def __init__(self, parent: QWidget | None, templates: list[SafetyPlanTemplate]) -> None:
        super().__init__(
            parent,
            title=tr("Start a safety plan"),
            intro=tr("Choose the plan that fits. Everything in it can be changed as you go."),
            ok_text=tr("&Start the plan"),
        )
        self.templates = {t.id: t for t in templates}
        self.template_combo = QComboBox()
        self.template_combo.setAccessibleName(tr("Which plan"))
        for template in templates:
            self.template_combo.addItem(template.title, template.id)
        self.view_combo = QComboBox()
        self.view_combo.setAccessibleName(tr("Which part fits her now"))
        self.summary = paragraph("", name=tr("What this plan is for"))
        self.form.addRow(tr("&Plan:"), self.template_combo)
        self.form.addRow(self.summary)
        self.form.addRow(tr("&Fits her now:"), self.view_combo)
        self.template_combo.currentIndexChanged.connect(self._on_template_combo_changed)
        self._on_template_combo_changed(0)

    @Slot(int)
    def _on_template_combo_changed(self, _index: int) -> None:
        template = self.templates.get(self.template_combo.currentData())
        self.view_combo.clear()
        if template is None:
            return
        self.summary.setText(template.summary)
        self.view_combo.addItem(tr("Every section"), "")
        for view in template.views:
            self.view_combo.addItem(view.title, view.id)
        self.view_combo.setEnabled(bool(template.views))

    def problem(self) -> str | None:
        return None if self.template_combo.currentData() else tr("Please choose a plan.")

    def value(self) -> tuple[str, str]:
        return self.template_combo.currentData(), self.view_combo.currentData() or ""


class PutAwayDialog(FormDialog):
    """Put a plan she no longer uses away: kept with its history, off the review list."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(
            parent,
            title=tr("Put this plan away"),
            intro=tr("The plan and every version of it are kept. It won't come up for review."),
            ok_text=tr("&Put it away"),
        )
        self.reason = QLineEdit()
        self.reason.setAccessibleName(tr("Why"))
        self.form.addRow(tr("&Why:"), self.reason)

    def problem(self) -> str | None:
        if len(self.reason.text().strip()) < 5:
            return tr("Please give a short reason, for example that she has moved on.")
        return None

    def value(self) -> str:
        return self.reason.text().strip()


def choose_template_file(parent: QWidget | None) -> Path | None:
    """Ask which template file to import. Tests replace this one function."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, tr("Import a template"), "", tr("Template files (*.toml)")
    )
    return Path(chosen) if chosen else None


class PlansTab(RecordTab):
    """Her safety plans, for one woman's record."""

    section_name = N_("Safety plans")
    empty_text = NO_PLANS

    def _build(self) -> None:
        self.names: dict[str, str] = {}
        self.editor: PlanEditor | None = None
        self.model = PlansModel(self)
        self.table = list_table(self.model, tr("Her safety plans, newest first"))
        self.new_button = button(tr("&New safety plan…"), tr("New safety plan"))
        self.open_button = button(tr("&Open the plan"), tr("Open the chosen plan"))
        self.archive_button = button(tr("Put &away…"), tr("Put the chosen plan away"))
        self.import_button = button(tr("&Import a template…"), tr("Import a template"))
        self.support_button = button(tr("Her people and ser&vices…"), tr("Her people and services"))
        if not getattr(self._vault.user, "is_manager", False):
            self.import_button.hide()
        buttons = (
            self.new_button,
            self.open_button,
            self.archive_button,
            self.support_button,
            self.import_button,
        )
        self._lay_out([(self.table, 1)], button_row(buttons))
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.archive_button.clicked.connect(self._on_archive_button_clicked)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.support_button.clicked.connect(self.open_support_list)
        self.table.activated.connect(self._on_table_activated)

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        vault, person_id = self._vault, self.person_id

        def job() -> tuple[list[PlanSummary], date, dict[str, str]]:
            names = {u.id: u.username for u in vault.users.active()}
            return vault.plans.for_person(person_id), vault.clock.now().date(), names

        self._run(job, self._show)

    def _show(self, found: tuple[list[PlanSummary], date, dict[str, str]]) -> None:
        plans, today, self.names = found
        self.model.set_plans(plans, today)
        self.open_button.setEnabled(bool(plans))
        self.archive_button.setEnabled(bool(plans))
        if plans and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self._counted(len(plans))

    def wipe(self) -> None:
        """Let go of everything decrypted; called as the vault locks."""
        self.model.clear()
        if self.editor is not None and isValid(self.editor):
            self.editor.reject()
        self.editor = None

    # -- opening ---------------------------------------------------------------------------
    def open_plan(self, plan_id: str) -> None:
        vault = self._vault

        def job() -> tuple[SafetyPlan, SupportList]:
            plan = vault.plans.get(plan_id)
            return plan, vault.plans.support_list(plan.person_id)

        self._run(job, self._open_editor)

    def _open_editor(self, found: tuple[SafetyPlan, SupportList]) -> None:
        plan, support = found
        editor = PlanEditor(
            self._vault,
            self._tasks,
            plan,
            support,
            self,
            log_dir=self._log_dir,
            names=self.names,
        )
        editor.saved.connect(self._on_editor_saved)
        self.editor = editor
        editor.open()

    @Slot(object)
    def _on_editor_saved(self, _plan: object) -> None:
        self.reload()

    @Slot()
    def new_plan(self) -> None:
        """Start a new plan from a template (the "New safety plan" button and action)."""
        self._on_new_button_clicked()

    @Slot()
    def _on_new_button_clicked(self) -> None:
        vault = self._vault
        self._run(
            lambda: sorted(vault.plans.library.safety_plans.values(), key=lambda t: t.title),
            self._choose_template,
        )

    def _choose_template(self, templates: list[SafetyPlanTemplate]) -> None:
        vault, person_id = self._vault, self.person_id

        def job(value: tuple[str, str]) -> tuple[SafetyPlan, SupportList]:
            template_id, view = value
            plan = vault.plans.create(person_id, template_id, PlanDraft(view=view))
            return plan, vault.plans.support_list(person_id)

        def done(found: tuple[SafetyPlan, SupportList]) -> None:
            if isValid(self):
                self.reload()
                self._open_editor(found)

        run_dialog(NewPlanDialog(self, templates), self._tasks, job, done, log_dir=self._log_dir)

    @Slot()
    def open_support_list(self) -> SupportListDialog:
        """Her one list of people and services, which every plan uses."""
        dialog = SupportListDialog(
            self._vault, self._tasks, self.person_id, self, log_dir=self._log_dir
        )
        dialog.open()
        return dialog

    @Slot()
    def _on_archive_button_clicked(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        vault, plan_id = self._vault, self.model.row_at(index.row()).id
        run_dialog(
            PutAwayDialog(self),
            self._tasks,
            lambda reason: vault.plans.archive(plan_id, reason),
            lambda _none: self.reload() if isValid(self) else None,
            log_dir=self._log_dir,
        )

    @Slot()
    def _on_import_button_clicked(self) -> None:
        source = choose_template_file(self)
        if source is None:
            return
        vault = self._vault

        def done(_library: object) -> None:
            if isValid(self):
                show_status(
                    self.status, tr("{file} was checked and added.").format(file=source.name)
                )

        self._run(lambda: vault.plans.import_template(source), done)

    @Slot()
    def _on_open_button_clicked(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._on_table_activated(index)

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        self.open_plan(self.model.row_at(index.row()).id)
