"""Her rights over her record, from her record: a subject access pack, and erasure.

Both are for managers (the record's actions are hidden from everyone else, and the services
check again). The work runs through :mod:`ui.tasks`, so the window never freezes while a
long record is opened or typeset:

- :class:`SubjectAccessDialog` asks for a folder and writes the PDF (through the one
  typesetter, :func:`ui.pdf.render`) and the JSON file there together, or nothing;
- :class:`ErasureDialog` first checks whether erasure applies and says kindly why not when
  it doesn't; otherwise it asks for the grounds, a reason and the word "erase" typed out,
  and shows the deletion certificate afterwards (the one retention uses).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QWidget
from shiboken6 import isValid

from ui import messages, pdf
from ui.dialogs import FormDialog, run_dialog
from ui.retention_view import CertificateDialog
from ui.tasks import TaskRunner
from ui.widgets import button, line_edit, show_status
from womenscentre.domain.erasure import GROUND_LABELS, ErasureGround
from womenscentre.domain.retention import DeletionCertificate
from womenscentre.i18n import N_, tr, trn
from womenscentre.services.erasure import MIN_REASON_CHARS

if TYPE_CHECKING:
    from womenscentre.services.subject_access import SubjectAccessResult

ACCESS_TITLE = N_("Subject access pack")
ACCESS_INTRO = N_(
    "This makes a PDF and a JSON file holding everything the centre keeps about her: her "
    "details, notes, plans, consents, sharing decisions and who opened her record. Details "
    "about other people are marked \u201ccheck before release\u201d: please read those "
    "before the pack is given to her."
)
CHOOSE_FOLDER = N_("Choose where to save the pack")
ERASE_TITLE = N_("Erase her record")
ERASE_INTRO = N_(
    "At her request, and where it applies, this deletes her whole record for good: her "
    "details, notes, plans and every other record of hers. It can't be undone. If she asked "
    "for a copy, please make her subject access pack first."
)
CHECKING = N_("Checking whether erasure applies to her record…")
#: The word typed to confirm erasure: compared as typed, so it is not translated.
CONFIRM_WORD = "erase"


def choose_folder(parent: QWidget | None, start: str) -> Path | None:
    """Ask for a folder. Tests replace this one function."""
    chosen = QFileDialog.getExistingDirectory(parent, tr(CHOOSE_FOLDER), start)
    return Path(chosen) if chosen else None


class SubjectAccessDialog(FormDialog):
    """Where to save her pack."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(
            parent,
            title=tr(ACCESS_TITLE),
            intro=tr(ACCESS_INTRO),
            ok_text=tr("&Make the pack"),
            cancel_text=tr("&Close", "window"),
        )
        self.folder_edit = line_edit(tr("Folder for the pack"))
        self.folder_edit.setPlaceholderText(tr("For example, a folder in your Documents"))
        self.choose_button = button(tr("C&hoose…"), tr("Choose a folder"))
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.folder_edit, stretch=1)
        layout.addWidget(self.choose_button)
        self.form.addRow(tr("&Folder:"), row)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.made: SubjectAccessResult | None = None

    def inputs(self) -> list[QWidget]:
        return [self.folder_edit, self.choose_button]

    def problem(self) -> str | None:
        if not self.folder_edit.text().strip():
            return tr("Please choose a folder for the pack.")
        return None

    def value(self) -> Path:
        return Path(self.folder_edit.text().strip()).expanduser()

    @Slot()
    def _on_choose_button_clicked(self) -> None:
        chosen = choose_folder(self, self.folder_edit.text().strip())
        if chosen is not None:
            self.folder_edit.setText(str(chosen))

    def saved(self, result: SubjectAccessResult) -> None:
        self.made = result
        names = ", ".join(path.name for path in result.files.values())
        words = tr("Saved: {names}.").format(names=names)
        if result.items_to_check:
            check = trn(
                "%n item holds details about other people; please check it before the pack "
                "is given to her.",
                "%n items hold details about other people; please check them before the pack "
                "is given to her.",
                result.items_to_check,
            )
            words = f"{words} {check}"
        show_status(self.status, words)


class ErasureDialog(FormDialog):
    """Grounds, a reason and the word typed out; only once erasure is known to apply."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(
            parent, title=tr(ERASE_TITLE), intro=tr(ERASE_INTRO), ok_text=tr("&Erase for good")
        )
        self.grounds_combo = QComboBox()
        self.grounds_combo.setAccessibleName(tr("Grounds for erasure"))
        for ground in ErasureGround:
            label = tr(GROUND_LABELS[ground])
            self.grounds_combo.addItem(label[:1].upper() + label[1:], ground.value)
        self.reason_edit = line_edit(tr("Why she is asking, in a sentence"))
        self.reason_edit.setPlaceholderText(tr("For example: she asked in writing on 3 March"))
        self.confirm_edit = line_edit(tr("Type {word} to confirm").format(word=CONFIRM_WORD))
        self.form.addRow(tr("&Grounds:"), self.grounds_combo)
        self.form.addRow(tr("&Why:"), self.reason_edit)
        self.form.addRow(
            tr("&Type {word} to confirm:").format(word=CONFIRM_WORD), self.confirm_edit
        )
        self.applies = False
        self.set_checking(True)

    def set_checking(self, checking: bool) -> None:
        self.ok_button.setEnabled(not checking and self.applies)
        for widget in self.inputs():
            widget.setEnabled(not checking and self.applies)
        self.busy.setVisible(checking)
        show_status(self.status, tr(CHECKING) if checking else "")

    def checked(self, reasons: list[str]) -> None:
        """Show why erasure doesn't apply, or open the form when it does."""
        self.applies = not reasons
        self.set_checking(False)
        if reasons:
            show_status(
                self.status,
                tr(
                    "Erasure doesn't apply to her record yet, so nothing will change: {reasons}"
                ).format(reasons=" ".join(reasons)),
            )

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        if not busy and not self.applies:
            self.ok_button.setEnabled(False)

    def problem(self) -> str | None:
        if not self.applies:
            return tr("Erasure doesn't apply to her record yet.")
        if len(self.reason_edit.text().strip()) < MIN_REASON_CHARS:
            return tr("Please give the reason in a sentence, without her name.")
        if self.confirm_edit.text().strip().casefold() != CONFIRM_WORD:
            return tr("Please type the word {word} to confirm.").format(word=CONFIRM_WORD)
        return None

    def value(self) -> tuple[ErasureGround, str]:
        ground = ErasureGround(self.grounds_combo.currentData())
        return ground, self.reason_edit.text().strip()


def open_subject_access(
    parent: QWidget | None,
    vault: Any,
    tasks: TaskRunner,
    person_id: str,
    *,
    log_dir: Path | None = None,
) -> SubjectAccessDialog:
    dialog = SubjectAccessDialog(parent)

    def job(folder: Path) -> SubjectAccessResult:
        result: SubjectAccessResult = vault.subject_access.write(person_id, folder, pdf.render)
        return result

    def done(result: SubjectAccessResult) -> None:
        if isValid(dialog):
            dialog.saved(result)

    run_dialog(dialog, tasks, job, done, log_dir=log_dir, close_on_success=False)
    return dialog


def open_erasure(
    parent: QWidget | None,
    vault: Any,
    tasks: TaskRunner,
    person_id: str,
    *,
    log_dir: Path | None = None,
    on_erased: Callable[[DeletionCertificate], None] | None = None,
) -> ErasureDialog:
    dialog = ErasureDialog(parent)

    def erase(value: tuple[ErasureGround, str]) -> DeletionCertificate:
        certificate: DeletionCertificate = vault.erasure.erase(person_id, *value)
        return certificate

    def erased(certificate: DeletionCertificate) -> None:
        # Her record's view is dropped next, so the certificate belongs to the window.
        owner = parent.window() if parent is not None and isValid(parent) else None
        CertificateDialog(owner, tasks, [certificate], log_dir=log_dir).open()
        if on_erased is not None:
            on_erased(certificate)

    def checked(reasons: list[str]) -> None:
        if isValid(dialog):
            dialog.checked(reasons)

    def not_checked(exc: BaseException) -> None:
        if isValid(dialog):
            dialog.set_checking(False)
            show_status(dialog.status, messages.describe(exc, log_dir))

    run_dialog(dialog, tasks, erase, erased, log_dir=log_dir)
    tasks.run(lambda: vault.erasure.reasons_to_keep(person_id), checked, not_checked)
    return dialog
