"""Step 4 of the referral wizard, for a manager: the decision, who confirms it, where it goes.

Everything the ``SharingDecision`` records is asked for here: why it is being shared, the
lawful basis, advice sought, how it will be sent and whether she was told. For a share she
agreed to, the lawful basis is the centre's policy and is shown, not chosen; when any of
the pack goes without her agreement the manager chooses it, starting from the centre's
setting, and a second manager's name and passphrase are asked for too.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QWidget,
)

from ui.referral_wizard_forms import AdviceBox, LawfulBasisBox, TellingHerBox, needs_for
from ui.widgets import button, line_edit, paragraph
from womenscentre.domain.consent import DataCategory
from womenscentre.domain.sharing import AdviceSource, Channel, LawfulBasis, ToldHer
from womenscentre.exports.referral_wording import CHANNEL_CHOICES
from womenscentre.i18n import N_, tr

POLICY_NOTE = N_(
    "She agreed to this, so the centre's lawful basis applies. A manager can change it in "
    "the centre's sharing settings."
)
CHOOSE_NOTE = N_(
    "Some of this goes without her agreement. Please choose the lawful basis that applies; "
    "it starts from the centre's usual basis for this."
)


@dataclass(frozen=True, slots=True)
class DecisionInputs:
    """What step 4 hands to the export, beside the passphrases."""

    rationale: str
    folder: str
    lawful_basis: LawfulBasis | None
    advice_sought: tuple[AdviceSource, ...]
    advice_note: str
    channel: Channel
    told_her: ToldHer
    pdf_password: str | None
    fhir: bool


class ExportPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase_edit = line_edit(tr("Your passphrase"), secret=True)
        self.second_name_edit = line_edit(tr("Second manager's name"))
        self.second_passphrase_edit = line_edit(tr("Second manager's passphrase"), secret=True)
        self.folder_edit = line_edit(tr("Folder for the pack"))
        self.browse_button = button(tr("Choose…"), tr("Choose the folder"))
        folder_row = QHBoxLayout()
        folder_row.setContentsMargins(0, 0, 0, 0)
        folder_row.addWidget(self.folder_edit, stretch=1)
        folder_row.addWidget(self.browse_button)
        folder = QWidget()
        folder.setLayout(folder_row)
        self.pdf_password_edit = line_edit(tr("PDF password (optional)"), secret=True)
        self.fhir_box = QCheckBox(tr("Also save a FHIR bundle for NHS systems"))
        self.fhir_box.setAccessibleName(self.fhir_box.text())
        self.rationale_edit = QPlainTextEdit()
        self.rationale_edit.setAccessibleName(tr("Why this is being shared"))
        self.rationale_edit.setTabChangesFocus(True)
        self.rationale_edit.setMaximumHeight(self.rationale_edit.fontMetrics().lineSpacing() * 4)
        self.basis_note = paragraph(tr(POLICY_NOTE), name=tr("About the lawful basis"))
        self.basis_box = LawfulBasisBox()
        self.advice_box = AdviceBox()
        self.channel_combo = QComboBox()
        self.channel_combo.setAccessibleName(tr("How it will be sent"))
        for channel, words in CHANNEL_CHOICES.items():
            self.channel_combo.addItem(words, channel.value)
        self.telling_box = TellingHerBox()
        self.files_note = paragraph("", name=tr("Where the pack was saved"))
        self.second_rows: list[QWidget] = [self.second_name_edit, self.second_passphrase_edit]
        self.without_consent = False
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(
            paragraph(tr("Record the decision, confirm it's you, then save."), name=tr("Step 4"))
        )
        form.addRow(tr("&Why it is being shared:"), self.rationale_edit)
        form.addRow(self.basis_note)
        form.addRow(self.basis_box)
        form.addRow(tr("&Advice sought:"), self.advice_box)
        form.addRow(tr("How it will be &sent:"), self.channel_combo)
        form.addRow(tr("Does she &know:"), self.telling_box)
        form.addRow(tr("Your &passphrase:"), self.passphrase_edit)
        form.addRow(tr("Second &manager:"), self.second_name_edit)
        form.addRow(tr("Their pass&phrase:"), self.second_passphrase_edit)
        form.addRow(tr("&Folder:"), folder)
        form.addRow(tr("PDF pass&word:"), self.pdf_password_edit)
        form.addRow("", self.fhir_box)
        form.addRow(self.files_note)

    def prepare(
        self,
        *,
        without_consent: bool,
        categories: frozenset[DataCategory],
        basis: LawfulBasis,
        channel: Channel,
    ) -> None:
        """Show the basis for this pack: the centre's, or a manager's choice from it."""
        self.without_consent = without_consent
        special, offence = needs_for(categories)
        self.basis_box.set_needs(special=special, offence=offence)
        self.basis_box.set_basis(basis)
        self.basis_box.set_editable(without_consent)
        self.basis_note.setText(tr(CHOOSE_NOTE) if without_consent else tr(POLICY_NOTE))
        self.channel_combo.setCurrentIndex(max(self.channel_combo.findData(channel.value), 0))
        for widget in self.second_rows:
            widget.setEnabled(without_consent)

    def problem(self) -> str | None:
        if not self.folder_edit.text().strip():
            return tr("Please choose a folder for the pack.")
        if not self.rationale_edit.toPlainText().strip():
            return tr("Please say why this is being shared.")
        return self.telling_box.problem()

    def inputs(self) -> DecisionInputs:
        advice, note = self.advice_box.value()
        return DecisionInputs(
            rationale=self.rationale_edit.toPlainText().strip(),
            folder=self.folder_edit.text().strip(),
            lawful_basis=self.basis_box.basis() if self.without_consent else None,
            advice_sought=advice,
            advice_note=note,
            channel=Channel(self.channel_combo.currentData()),
            told_her=self.telling_box.value(),
            pdf_password=self.pdf_password_edit.text() or None,
            fhir=self.fhir_box.isChecked(),
        )

    def clear_secrets(self) -> None:
        for edit in (self.passphrase_edit, self.second_passphrase_edit, self.pdf_password_edit):
            edit.clear()

    def saved(self, folder: Path, names: list[str]) -> None:
        listed = "\n".join(sorted(names))
        self.files_note.setText(
            tr("Saved in {folder}:\n{files}\nPlease send it through your secure email.").format(
                folder=folder, files=listed
            )
        )
