"""The referral pack wizard: only what she agreed goes, and every share is recorded.

The steps are the core's :class:`~womenscentre.exports.referral.PackFlow`; this dialog only
draws them (style reference R3):

1. who it is for (the kind of service, and the organisation and team unless her consent
   names just one) and what for;
2. each section with its state today and the plain reason, the words to go in each, and
   "she agreed today" for sections she asked to be asked about each time;
3. the preview: exactly what will be sent, and what is held back and why;
4. for a manager: the decision (why, the lawful basis, advice sought, how it will be sent,
   whether she was told; :mod:`ui.referral_wizard_export`), her passphrase again, the
   folder, an optional PDF password and FHIR bundle; then the export. Sharing without her
   agreement needs a second manager's name and passphrase as well.

A keyworker can prepare the pack and save it as a draft for a manager to finish; the export
controls are not shown to her. A saved draft opens again (``draft_id``) with her consent
checked afresh: a section whose agreement was withdrawn since stays out, with the reason.
From step 2 anyone can record a decision not to share instead; nothing is sent then. The
app sends nothing: the files are saved for the user to send through their secure email.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ui import messages, pdf
from ui.dialogs import ToolWindow, run_dialog
from ui.models.referrals import PackSectionsModel
from ui.referral_wizard_export import ExportPage
from ui.referral_wizard_forms import (
    DraftPicker,
    NotSharing,
    NotSharingDialog,
    WithoutConsentDialog,
)
from ui.referral_wizard_sections import SectionAnswers, preview_words, sections_table
from ui.tasks import TaskRunner
from ui.widgets import button, heading, line_edit, paragraph, show_status, status_line
from womenscentre.domain.consent import Purpose, RecipientKind
from womenscentre.domain.sharing import LawfulBasis
from womenscentre.exports.referral import PackFlow, Preview
from womenscentre.exports.wording import PURPOSE_LABELS, RECIPIENT_KIND_LABELS, recipient_words
from womenscentre.i18n import N_, tr

TITLE = N_("Prepare a referral pack")
KEYWORKER_NOTE = N_(
    "Only a manager can export a pack. Save it as a draft and a manager can check it and export it."
)
NOT_SHARED_NOTE = N_("Your decision not to share has been recorded. Nothing was sent.")


def choose_folder(parent: QWidget | None) -> Path | None:
    """Ask which folder the pack goes in. Tests replace this one function."""
    chosen = QFileDialog.getExistingDirectory(parent, tr("Choose a folder for the pack"))
    return Path(chosen) if chosen else None


class ReferralWizard(ToolWindow):
    """Prepare (and, for a manager, export) one referral pack for one woman."""

    def __init__(
        self,
        vault: Any,
        tasks: TaskRunner,
        person_id: str,
        parent: QWidget | None = None,
        *,
        log_dir: Path | None = None,
        draft_id: str | None = None,
    ) -> None:
        super().__init__(vault, tasks, parent, title=tr(TITLE), log_dir=log_dir)
        self.person_id = person_id
        self.is_manager = bool(vault.user.is_manager)
        self.flow: PackFlow | None = None
        self.preview: Preview | None = None
        self.result: Any = None
        self.not_shared: Any = None
        self._without_dialog: WithoutConsentDialog | None = None
        self.pages = QStackedWidget()
        self.status = status_line(tr("{section}: message").format(section=tr(TITLE)))
        self.back_button = button(tr("&Back"))
        self.next_button = button(tr("&Next"))
        self.draft_button = button(tr("Save as a &draft"), tr("Save the pack as a draft"))
        self.export_button = button(tr("&Export the pack"), tr("Export the pack"))
        self.close_button = button(tr("&Close"), tr("Close"))
        self.pages.addWidget(self._choose_page())
        self.pages.addWidget(self._sections_page())
        self.pages.addWidget(self._preview_page())
        self.export_page = ExportPage()
        self._alias_export_widgets()
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setWidget(self.export_page)
        scroller.setAccessibleName(tr("Step 4"))
        self.pages.addWidget(scroller)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.draft_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr(TITLE)))
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
        if draft_id is not None:
            self._reopen(draft_id)
        else:
            self._run(lambda: vault.referrals.drafts(person_id), self.draft_picker.set_drafts)

    # -- pages -----------------------------------------------------------------------------
    def _choose_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(tr("Kind of service"))
        for kind, words in RECIPIENT_KIND_LABELS.items():
            self.kind_combo.addItem(words, kind.value)
        self.purpose_combo = QComboBox()
        self.purpose_combo.setAccessibleName(tr("What for"))
        for purpose, words in PURPOSE_LABELS.items():
            self.purpose_combo.addItem(words, purpose.value)
        self.organisation_edit = line_edit(tr("Organisation"))
        self.organisation_edit.setPlaceholderText(tr("Leave blank to use the one she agreed to"))
        self.role_edit = line_edit(tr("Team or role"))
        form.addRow(paragraph(tr("Who is this pack for, and what for?"), name=tr("Step 1")))
        form.addRow(tr("&Service:"), self.kind_combo)
        form.addRow(tr("What &for:"), self.purpose_combo)
        form.addRow(tr("&Organisation:"), self.organisation_edit)
        form.addRow(tr("&Team or role:"), self.role_edit)
        self.draft_picker = DraftPicker()
        self.draft_picker.continue_button.clicked.connect(self._on_continue_draft_clicked)
        form.addRow(self.draft_picker)
        return page

    def _sections_page(self) -> QWidget:
        page = QWidget()
        self.sections = PackSectionsModel(self)
        self.sections_table = sections_table(self.sections)
        self.include_button = button(
            tr("&Include or leave out"), tr("Include or leave out the section")
        )
        self.asked_button = button(tr("She agreed &today"), tr("She agreed today to this section"))
        self.without_button = button(
            tr("Share &without her agreement…"), tr("Share without agreement")
        )
        if not self.is_manager:
            self.without_button.hide()
        self.not_sharing_button = button(
            tr("Record a decision &not to share…"), tr("Record a decision not to share")
        )
        self.answers = SectionAnswers()
        row = QHBoxLayout()
        for push in (self.include_button, self.asked_button, self.without_button):
            row.addWidget(push)
        row.addStretch()
        row.addWidget(self.not_sharing_button)
        layout = QVBoxLayout(page)
        layout.addWidget(paragraph(tr("What can go, and why."), name=tr("Step 2")))
        layout.addWidget(self.sections_table, stretch=2)
        layout.addLayout(row)
        layout.addWidget(self.answers, stretch=1)
        self.sections_table.selectionModel().currentRowChanged.connect(self._on_section_changed)
        self.include_button.clicked.connect(self._on_include_button_clicked)
        self.asked_button.clicked.connect(self._on_asked_button_clicked)
        self.without_button.clicked.connect(self._on_without_button_clicked)
        self.not_sharing_button.clicked.connect(self._on_not_sharing_button_clicked)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        self.preview_text = QPlainTextEdit()
        self.preview_text.setReadOnly(True)
        self.preview_text.setAccessibleName(tr("What will be sent"))
        layout = QVBoxLayout(page)
        layout.addWidget(
            paragraph(tr("What will be sent, exactly as it will go."), name=tr("Step 3"))
        )
        layout.addWidget(self.preview_text, stretch=1)
        note = paragraph(tr(KEYWORKER_NOTE), name=tr("Only a manager exports"))
        if self.is_manager:
            note.hide()
        layout.addWidget(note)
        return page

    def _alias_export_widgets(self) -> None:
        page = self.export_page
        self.passphrase_edit = page.passphrase_edit
        self.second_name_edit = page.second_name_edit
        self.second_passphrase_edit = page.second_passphrase_edit
        self.folder_edit = page.folder_edit
        self.rationale_edit = page.rationale_edit
        self.pdf_password_edit = page.pdf_password_edit
        self.fhir_box = page.fhir_box
        self.files_note = page.files_note
        page.browse_button.clicked.connect(self._on_browse_clicked)

    # -- moving between steps ----------------------------------------------------------------
    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.back_button.setEnabled(0 < index < 3 or (index == 3 and self.result is None))
        self.next_button.setVisible(index < 2 or (index == 2 and self.is_manager))
        self.draft_button.setVisible(index in (1, 2))
        self.export_button.setVisible(index == 3 and self.is_manager)

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
            self._to_decision()

    def _start(self) -> None:
        vault, person_id = self._vault, self.person_id
        kind = RecipientKind(self.kind_combo.currentData())
        purpose = Purpose(self.purpose_combo.currentData())
        organisation = self.organisation_edit.text().strip() or None
        role = self.role_edit.text().strip() or None
        draft_id = self.flow.draft_id if self.flow is not None else None
        if draft_id is not None:
            assert self.flow is not None
            if self.flow.recipient.kind is not kind or self.flow.purpose is not purpose:
                draft_id = None  # a different pack: the saved draft stays as it is

        def job() -> PackFlow:
            if draft_id is not None:
                return vault.referrals.reopen(person_id, draft_id)
            return vault.referrals.start(
                person_id, kind, purpose, organisation=organisation, role=role
            )

        self._run(job, self._opened)

    @Slot()
    def _on_continue_draft_clicked(self) -> None:
        chosen = self.draft_picker.chosen()
        if chosen is not None:
            self._reopen(chosen)

    def _reopen(self, draft_id: str) -> None:
        """Continue a saved draft; her consent is read again, not taken from the draft."""
        vault, person_id = self._vault, self.person_id
        self._run(lambda: vault.referrals.reopen(person_id, draft_id), self._opened)

    def _opened(self, flow: PackFlow) -> None:
        self.flow = flow
        for combo, value in (
            (self.kind_combo, flow.recipient.kind.value),
            (self.purpose_combo, flow.purpose.value),
        ):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self._refresh_sections()
        self._show_page(1)
        if flow.held_since_draft:
            held = "; ".join(
                tr("{section}: {reason}").format(section=title, reason=why)
                for title, why in flow.held_since_draft
            )
            show_status(
                self.status,
                tr(
                    "Her agreement has changed since this draft was saved, so these sections "
                    "can't go now. {held}"
                ).format(held=held),
            )

    def _refresh_sections(self, select: int = 0) -> None:
        if self.flow is None:
            return
        self.sections.set_rows(self.flow.sections)
        if self.sections.rowCount():
            self.sections_table.selectRow(min(select, self.sections.rowCount() - 1))

    def _current_row(self) -> int:
        index = self.sections_table.currentIndex()
        return index.row() if index.isValid() else -1

    @property
    def answer_edits(self) -> dict[str, QPlainTextEdit]:
        return self.answers.edits

    @Slot(QModelIndex, QModelIndex)
    def _on_section_changed(self, *_args: object) -> None:
        self._keep_answers()
        row = self._current_row()
        if self.flow is None or row < 0:
            self.answers.show_section(None, {})
            return
        view = self.sections.row_at(row)
        self.asked_button.setEnabled(view.permission.state.value == "ask_her_first")
        self.answers.show_section(view, self.flow.answers.get(view.section.id, {}))

    def _keep_answers(self) -> None:
        if self.flow is not None:
            self.answers.keep(self.flow, self._say_problem)

    def _say_problem(self, exc: BaseException) -> None:
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
        self.answers.forget()
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

    def _to_decision(self) -> None:
        """Step 4, with the lawful basis for what this pack holds."""
        if self.flow is None or self.preview is None:
            return
        vault, flow = self._vault, self.flow
        categories = frozenset(s.category for s in self.preview.shown)

        def done(basis: LawfulBasis) -> None:
            self.export_page.prepare(
                without_consent=flow.without_consent is not None,
                categories=categories,
                basis=basis,
                channel=flow.template.default_channel,
            )
            self._show_page(3)

        self._run(lambda: vault.referrals.default_basis(flow), done)

    @Slot()
    def _on_not_sharing_button_clicked(self) -> None:
        if self.flow is None:
            return
        vault, flow = self._vault, self.flow
        dialog = NotSharingDialog(self, recipient_words(flow.recipient))

        def record(value: NotSharing) -> Any:
            return vault.sharing.record_not_shared(
                flow.person_id,
                flow.recipient,
                flow.purpose,
                rationale=value.rationale,
                told_her=value.told_her,
                advice_sought=value.advice_sought,
                advice_note=value.advice_note,
            )

        def done(decision: Any) -> None:
            if isValid(self):
                self.not_shared = decision
                show_status(self.status, tr(NOT_SHARED_NOTE))

        run_dialog(dialog, self._tasks, record, done, log_dir=self._log_dir)

    @Slot()
    def _on_draft_button_clicked(self) -> None:
        if self.flow is None:
            return
        self._keep_answers()
        vault, flow = self._vault, self.flow
        self._run(
            lambda: vault.referrals.save_draft(flow),
            lambda _id: show_status(self.status, tr("Saved as a draft.")),
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
        problem = self.export_page.problem()
        if problem:
            show_status(self.status, problem)
            return
        vault, flow, chosen = self._vault, self.flow, self.export_page.inputs()
        passphrase = self.passphrase_edit.text()
        second = (self.second_name_edit.text().strip(), self.second_passphrase_edit.text())
        self.export_page.clear_secrets()

        def job() -> Any:
            vault.referrals.step_up(flow, passphrase)
            if flow.without_consent is not None:
                vault.referrals.authorise_without_consent(flow, *second)
            return vault.referrals.export(
                flow,
                Path(chosen.folder),
                pdf.render,
                rationale=chosen.rationale,
                told_her=chosen.told_her,
                channel=chosen.channel,
                lawful_basis=chosen.lawful_basis,
                advice_sought=chosen.advice_sought,
                advice_note=chosen.advice_note,
                fhir=chosen.fhir,
                pdf_password=chosen.pdf_password,
            )

        def done(result: Any) -> None:
            self.result = result
            self.export_page.saved(Path(chosen.folder), list(result.files))
            self.export_button.setEnabled(False)
            self.back_button.setEnabled(False)

        self._run(job, done)
