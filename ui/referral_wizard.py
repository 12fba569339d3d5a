"""The referral pack wizard: only what she agreed goes, and every share is recorded.

The steps are the core's :class:`~womenscentre.exports.referral.PackFlow`; this dialog only
draws them (style reference R3):

1. who it is for (the kind of service, and the organisation and team unless her consent
   names just one) and what for;
2. each section with its state today and the plain reason, the words to go in each, and
   "she agreed today" for sections she asked to be asked about each time;
3. the preview: exactly what will be sent, and what is held back and why;
4. for a manager: her passphrase again, the folder, an optional PDF password and FHIR
   bundle, and why it is being shared; then the export. Sharing without her agreement
   needs a second manager's name and passphrase as well.

A keyworker can prepare the pack and save it as a draft for a manager to finish; the export
controls are not shown to her. The app sends nothing: the files are saved for the user to
send through their secure email.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ui import messages, pdf
from ui.models.referrals import PackSectionsModel
from ui.tasks import TaskRunner
from ui.widgets import button, heading, line_edit, paragraph, show_status, status_line
from womenscentre.domain.consent import DataCategory, Purpose, RecipientKind
from womenscentre.domain.sharing import WITHOUT_CONSENT_WORDS, WithoutConsentReason
from womenscentre.exports.referral import PackFlow, Preview
from womenscentre.exports.wording import CATEGORY_LABELS, PURPOSE_LABELS, RECIPIENT_KIND_LABELS

TITLE = "Prepare a referral pack"
KEYWORKER_NOTE = (
    "Only a manager can export a pack. Save it as a draft and a manager can check it and export it."
)


def choose_folder(parent: QWidget | None) -> Path | None:
    """Ask which folder the pack goes in. Tests replace this one function."""
    chosen = QFileDialog.getExistingDirectory(parent, "Choose a folder for the pack")
    return Path(chosen) if chosen else None


class WithoutConsentDialog(QDialog):
    """A manager's decision to share sections she hasn't agreed to; needs a reason."""

    def __init__(self, parent: QWidget | None, categories: list[DataCategory]) -> None:
        super().__init__(parent)
        self.setWindowTitle("Share without her agreement")
        self.setAccessibleName(self.windowTitle())
        self.reason = QComboBox()
        self.reason.setAccessibleName("Why")
        for reason, words in WITHOUT_CONSENT_WORDS.items():
            self.reason.addItem(words, reason.value)
        self.boxes: dict[DataCategory, QCheckBox] = {}
        form = QFormLayout()
        form.addRow("&Why:", self.reason)
        for category in categories:
            check = QCheckBox(CATEGORY_LABELS[category])
            check.setAccessibleName(f"Share: {CATEGORY_LABELS[category]}")
            self.boxes[category] = check
            form.addRow("", check)
        ok, cancel = button("&Continue"), button("Cancel")
        ok.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(cancel)
        buttons.addWidget(ok)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                "This is only for when the law allows it and the risk is serious. A second "
                "manager will need to authorise it with their own passphrase.",
                name="About sharing without her agreement",
            )
        )
        layout.addLayout(form)
        layout.addLayout(buttons)

    def value(self) -> tuple[WithoutConsentReason, list[DataCategory]]:
        chosen = [c for c, box in self.boxes.items() if box.isChecked()]
        return WithoutConsentReason(self.reason.currentData()), chosen


class ReferralWizard(QDialog):
    """Prepare (and, for a manager, export) one referral pack for one woman."""

    def __init__(
        self,
        vault: Any,
        tasks: TaskRunner,
        person_id: str,
        parent: QWidget | None = None,
        *,
        log_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(TITLE)
        self.setAccessibleName(TITLE)
        self._vault = vault
        self._tasks = tasks
        self._log_dir = log_dir
        self.person_id = person_id
        self.is_manager = bool(vault.user.is_manager)
        self.flow: PackFlow | None = None
        self.preview: Preview | None = None
        self.result: Any = None
        self._without_dialog: WithoutConsentDialog | None = None
        self.pages = QStackedWidget()
        self.status = status_line(f"{TITLE}: message")
        self.back_button = button("&Back")
        self.next_button = button("&Next")
        self.draft_button = button("Save as a &draft", "Save the pack as a draft")
        self.export_button = button("&Export the pack", "Export the pack")
        self.close_button = button("&Close", "Close")
        self.pages.addWidget(self._choose_page())
        self.pages.addWidget(self._sections_page())
        self.pages.addWidget(self._preview_page())
        self.pages.addWidget(self._export_page())
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.draft_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(TITLE))
        layout.addWidget(self.pages, stretch=1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.draft_button.clicked.connect(self._on_draft_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.close_button.clicked.connect(self.reject)
        self.resize(900, 650)
        self._show_page(0)

    # -- pages -----------------------------------------------------------------------------
    def _choose_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName("Kind of service")
        for kind, words in RECIPIENT_KIND_LABELS.items():
            self.kind_combo.addItem(words, kind.value)
        self.purpose_combo = QComboBox()
        self.purpose_combo.setAccessibleName("What for")
        for purpose, words in PURPOSE_LABELS.items():
            self.purpose_combo.addItem(words, purpose.value)
        self.organisation_edit = line_edit("Organisation")
        self.organisation_edit.setPlaceholderText("Leave blank to use the one she agreed to")
        self.role_edit = line_edit("Team or role")
        form.addRow(paragraph("Who is this pack for, and what for?", name="Step 1"))
        form.addRow("&Service:", self.kind_combo)
        form.addRow("What &for:", self.purpose_combo)
        form.addRow("&Organisation:", self.organisation_edit)
        form.addRow("&Team or role:", self.role_edit)
        return page

    def _sections_page(self) -> QWidget:
        page = QWidget()
        self.sections = PackSectionsModel(self)
        self.sections_table = QTableView()
        self.sections_table.setModel(self.sections)
        self.sections_table.setAccessibleName("The pack's sections, and whether each can go")
        self.sections_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sections_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sections_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sections_table.setWordWrap(True)
        self.sections_table.verticalHeader().setVisible(False)
        header = self.sections_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.include_button = button("&Include or leave out", "Include or leave out the section")
        self.asked_button = button("She agreed &today", "She agreed today to this section")
        self.without_button = button("Share &without her agreement…", "Share without agreement")
        if not self.is_manager:
            self.without_button.hide()
        self.answers_form = QFormLayout()
        self.answer_edits: dict[str, QPlainTextEdit] = {}
        answers = QWidget()
        answers.setLayout(self.answers_form)
        row = QHBoxLayout()
        for push in (self.include_button, self.asked_button, self.without_button):
            row.addWidget(push)
        row.addStretch()
        layout = QVBoxLayout(page)
        layout.addWidget(paragraph("What can go, and why.", name="Step 2"))
        layout.addWidget(self.sections_table, stretch=2)
        layout.addLayout(row)
        layout.addWidget(answers, stretch=1)
        self.sections_table.selectionModel().currentRowChanged.connect(self._on_section_changed)
        self.include_button.clicked.connect(self._on_include_button_clicked)
        self.asked_button.clicked.connect(self._on_asked_button_clicked)
        self.without_button.clicked.connect(self._on_without_button_clicked)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        self.preview_text = QPlainTextEdit()
        self.preview_text.setReadOnly(True)
        self.preview_text.setAccessibleName("What will be sent")
        layout = QVBoxLayout(page)
        layout.addWidget(paragraph("What will be sent, exactly as it will go.", name="Step 3"))
        layout.addWidget(self.preview_text, stretch=1)
        note = paragraph(KEYWORKER_NOTE, name="Only a manager exports")
        if self.is_manager:
            note.hide()
        layout.addWidget(note)
        return page

    def _export_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.passphrase_edit = line_edit("Your passphrase", secret=True)
        self.second_name_edit = line_edit("Second manager's name")
        self.second_passphrase_edit = line_edit("Second manager's passphrase", secret=True)
        self.folder_edit = line_edit("Folder for the pack")
        browse = button("Choose…", "Choose the folder")
        browse.clicked.connect(self._on_browse_clicked)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, stretch=1)
        folder_row.addWidget(browse)
        folder = QWidget()
        folder.setLayout(folder_row)
        self.pdf_password_edit = line_edit("PDF password (optional)", secret=True)
        self.fhir_box = QCheckBox("Also save a FHIR bundle for NHS systems")
        self.fhir_box.setAccessibleName(self.fhir_box.text())
        self.rationale_edit = QPlainTextEdit()
        self.rationale_edit.setAccessibleName("Why this is being shared")
        self.rationale_edit.setTabChangesFocus(True)
        self.rationale_edit.setMaximumHeight(self.rationale_edit.fontMetrics().lineSpacing() * 4)
        self.files_note = paragraph("", name="Where the pack was saved")
        self.second_rows: list[QWidget] = [self.second_name_edit, self.second_passphrase_edit]
        form.addRow(paragraph("Confirm it's you, then choose where to save.", name="Step 4"))
        form.addRow("Your &passphrase:", self.passphrase_edit)
        form.addRow("Second &manager:", self.second_name_edit)
        form.addRow("Their pass&phrase:", self.second_passphrase_edit)
        form.addRow("&Folder:", folder)
        form.addRow("PDF pass&word:", self.pdf_password_edit)
        form.addRow("", self.fhir_box)
        form.addRow("&Why it is being shared:", self.rationale_edit)
        form.addRow(self.files_note)
        return page

    # -- moving between steps ----------------------------------------------------------------
    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.back_button.setEnabled(0 < index < 3 or (index == 3 and self.result is None))
        self.next_button.setVisible(index < 2 or (index == 2 and self.is_manager))
        self.draft_button.setVisible(index in (1, 2))
        self.export_button.setVisible(index == 3 and self.is_manager)
        if index == 3 and self.flow is not None:
            needs_second = self.flow.without_consent is not None
            for widget in self.second_rows:
                widget.setEnabled(needs_second)

    def _run(self, job: Callable[[], Any], done: Callable[[Any], None]) -> None:
        def succeeded(result: Any) -> None:
            if isValid(self):
                show_status(self.status, "")
                done(result)

        def failed(exc: BaseException) -> None:
            if isValid(self):
                show_status(self.status, messages.describe(exc, self._log_dir))

        self._tasks.run(job, succeeded, failed)

    @Slot()
    def _on_back_button_clicked(self) -> None:
        self._show_page(max(self.pages.currentIndex() - 1, 0))

    @Slot()
    def _on_next_button_clicked(self) -> None:
        page = self.pages.currentIndex()
        if page == 0:
            self._start()
        elif page == 1:
            self._to_preview()
        elif page == 2:
            self._show_page(3)

    def _start(self) -> None:
        vault, person_id = self._vault, self.person_id
        kind = RecipientKind(self.kind_combo.currentData())
        purpose = Purpose(self.purpose_combo.currentData())
        organisation = self.organisation_edit.text().strip() or None
        role = self.role_edit.text().strip() or None

        def job() -> PackFlow:
            return vault.referrals.start(
                person_id, kind, purpose, organisation=organisation, role=role
            )

        def done(flow: PackFlow) -> None:
            self.flow = flow
            self._refresh_sections()
            self._show_page(1)

        self._run(job, done)

    def _refresh_sections(self, select: int = 0) -> None:
        if self.flow is None:
            return
        self.sections.set_rows(self.flow.sections)
        if self.sections.rowCount():
            self.sections_table.selectRow(min(select, self.sections.rowCount() - 1))

    def _current_row(self) -> int:
        index = self.sections_table.currentIndex()
        return index.row() if index.isValid() else -1

    @Slot(QModelIndex, QModelIndex)
    def _on_section_changed(self, *_args: object) -> None:
        self._keep_answers()
        while self.answers_form.rowCount():
            self.answers_form.removeRow(0)
        self.answer_edits = {}
        row = self._current_row()
        if self.flow is None or row < 0:
            return
        view = self.sections.row_at(row)
        self.asked_button.setEnabled(view.permission.state.value == "ask_her_first")
        typed = self.flow.answers.get(view.section.id, {})
        for field in view.section.fields:
            if field.source:
                continue
            edit = QPlainTextEdit(typed.get(field.id, ""))
            edit.setTabChangesFocus(True)
            edit.setAccessibleName(field.label)
            edit.setPlaceholderText(field.prompt)
            edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 3)
            edit.setProperty("section_id", view.section.id)
            self.answer_edits[field.id] = edit
            self.answers_form.addRow(f"{field.label}:", edit)

    def _keep_answers(self) -> None:
        if self.flow is None:
            return
        for field_id, edit in self.answer_edits.items():
            if not isValid(edit):
                continue
            section_id = str(edit.property("section_id"))
            text = edit.toPlainText().strip()
            if text != self.flow.answers.get(section_id, {}).get(field_id, ""):
                try:
                    self.flow.set_answer(section_id, field_id, text)
                except Exception as exc:
                    show_status(self.status, messages.describe(exc, self._log_dir))

    def _flow_step(self, change: Callable[[PackFlow], None]) -> None:
        if self.flow is None:
            return
        row = self._current_row()
        self._keep_answers()
        try:
            change(self.flow)
        except Exception as exc:
            show_status(self.status, messages.describe(exc, self._log_dir))
            return
        self.answer_edits = {}
        self._refresh_sections(max(row, 0))

    @Slot()
    def _on_include_button_clicked(self) -> None:
        row = self._current_row()
        if row < 0:
            return
        view = self.sections.row_at(row)
        self._flow_step(lambda flow: flow.include(view.section.id, not view.included))

    @Slot()
    def _on_asked_button_clicked(self) -> None:
        row = self._current_row()
        if row >= 0:
            section_id = self.sections.row_at(row).section.id
            self._flow_step(lambda flow: flow.confirm_asked_today(section_id))

    @Slot()
    def _on_without_button_clicked(self) -> None:
        if self.flow is None:
            return
        categories = list(dict.fromkeys(s.section.category for s in self.flow.sections))
        dialog = WithoutConsentDialog(self, categories)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_without_consent_accepted)
        self._without_dialog = dialog
        dialog.open()

    @Slot()
    def _on_without_consent_accepted(self) -> None:
        dialog = self._without_dialog
        if dialog is None or not isValid(dialog):
            return
        reason, chosen = dialog.value()
        self._without_dialog = None
        self._flow_step(lambda flow: flow.share_without_consent(reason, chosen))

    def _to_preview(self) -> None:
        if self.flow is None:
            return
        self._keep_answers()
        try:
            preview = self.flow.preview()
        except Exception as exc:
            show_status(self.status, messages.describe(exc, self._log_dir))
            return
        self.preview = preview
        self.preview_text.setPlainText(preview_words(preview))
        self._show_page(2)

    @Slot()
    def _on_draft_button_clicked(self) -> None:
        if self.flow is None:
            return
        self._keep_answers()
        vault, flow = self._vault, self.flow
        self._run(
            lambda: vault.referrals.save_draft(flow),
            lambda _id: show_status(self.status, "Saved as a draft."),
        )

    @Slot()
    def _on_browse_clicked(self) -> None:
        folder = choose_folder(self)
        if folder is not None:
            self.folder_edit.setText(str(folder))

    @Slot()
    def _on_export_button_clicked(self) -> None:
        if self.flow is None or not self.is_manager:
            return
        folder = self.folder_edit.text().strip()
        rationale = self.rationale_edit.toPlainText().strip()
        if not folder:
            show_status(self.status, "Please choose a folder for the pack.")
            return
        if not rationale:
            show_status(self.status, "Please say why this is being shared.")
            return
        vault, flow = self._vault, self.flow
        passphrase = self.passphrase_edit.text()
        second = (self.second_name_edit.text().strip(), self.second_passphrase_edit.text())
        password = self.pdf_password_edit.text() or None
        fhir = self.fhir_box.isChecked()
        for edit in (self.passphrase_edit, self.second_passphrase_edit, self.pdf_password_edit):
            edit.clear()

        def job() -> Any:
            vault.referrals.step_up(flow, passphrase)
            if flow.without_consent is not None:
                vault.referrals.authorise_without_consent(flow, *second)
            return vault.referrals.export(
                flow,
                Path(folder),
                pdf.render,
                rationale=rationale,
                fhir=fhir,
                pdf_password=password,
            )

        def done(result: Any) -> None:
            self.result = result
            names = "\n".join(sorted(result.files))
            self.files_note.setText(
                f"Saved in {folder}:\n{names}\nPlease send it through your secure email."
            )
            self.export_button.setEnabled(False)
            self.back_button.setEnabled(False)

        self._run(job, done)


def preview_words(preview: Preview) -> str:
    """The preview as plain text: summary, each section's words, what is held back and why."""
    lines = [preview.summary, ""]
    for warning in preview.warnings:
        lines.append(f"Please note: {warning}")
    for section in preview.shown:
        lines += ["", section.title]
        lines += [f"  {label}: {value}" for label, value in section.rows]
    if preview.held_back:
        lines += ["", "Not included:"]
        lines += [f"  {title}: {reason}" for title, reason in preview.held_back]
    return "\n".join(lines)
