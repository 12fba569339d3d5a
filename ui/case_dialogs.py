"""Small dialogs about her case and her record: break-glass, closing and opening a case,
and opening a colleague's record by its reference.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from ui.dialogs import FormDialog
from ui.widgets import line_edit
from womenscentre.domain.users import StaffUser
from womenscentre.i18n import N_, tr
from womenscentre.services.access import MIN_REASON_CHARS

BREAK_GLASS_INTRO = N_(
    "This record isn't on your caseload. That's fine when there's a good reason, such as "
    "covering for a colleague or responding to a call. Please say briefly why you need it. "
    "Your reason is kept in the centre's audit log with your name, so the centre can see why "
    "it was opened."
)
CLOSE_INTRO = N_(
    "Closing her case keeps everything as it is; her record stays, and a new case can be "
    "opened whenever she comes back. Please write a short summary of her time with us."
)
#: Shown when her wellbeing readings "as support ends" haven't been taken yet.
EXIT_WELLBEING = N_(
    "If she'd like to, the wellbeing questions as support ends can be asked first (Her "
    "outcomes, Ctrl+Shift+O): they help her see how far she has come. It's her choice."
)
OPEN_INTRO = N_("Open a new case when she comes back to us, so her new sessions have a home.")
REFERENCE_INTRO = N_(
    "To open a record that isn't on your caseload, type its reference: eight letters and "
    "numbers, shown at the top of her record. A colleague or manager can tell you it."
)


def _text_box(name: str, lines: int = 4) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines)
    return box


class BreakGlassDialog(FormDialog):
    """Asks kindly why a record not on her caseload is needed; the reason is audited."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(
            parent,
            title=tr("Opening a record not on your caseload"),
            intro=tr(BREAK_GLASS_INTRO),
            ok_text=tr("&Open her record"),
        )
        self.reason_edit = _text_box(tr("Why you need this record"), lines=3)
        self.form.addRow(tr("&Why you need it"), self.reason_edit)
        self.reason_edit.setFocus()

    def problem(self) -> str | None:
        if len(self.reason_edit.toPlainText().strip()) < MIN_REASON_CHARS:
            return tr(
                "Please say a little more about why you need it, so the centre understands "
                "later (a sentence is plenty)."
            )
        return None

    def value(self) -> str:
        return self.reason_edit.toPlainText().strip()


class CloseCaseDialog(FormDialog):
    def __init__(self, parent: QWidget | None, *, exit_wellbeing_due: bool = False) -> None:
        intro = tr(CLOSE_INTRO) + (" " + tr(EXIT_WELLBEING) if exit_wellbeing_due else "")
        super().__init__(
            parent, title=tr("Close her case"), intro=intro, ok_text=tr("&Close the case")
        )
        self.exit_wellbeing_due = exit_wellbeing_due
        self.summary_edit = _text_box(tr("Closing summary"))
        self.form.addRow(tr("&Summary"), self.summary_edit)
        self.summary_edit.setFocus()

    def problem(self) -> str | None:
        if not self.summary_edit.toPlainText().strip():
            return tr("Please write a line or two about her time with us before closing.")
        return None

    def value(self) -> str:
        return self.summary_edit.toPlainText().strip()


@dataclass(frozen=True)
class NewCase:
    referral_source: str
    keyworker_ids: tuple[str, ...]


class OpenCaseDialog(FormDialog):
    def __init__(self, parent: QWidget | None, me: StaffUser, keyworkers: list[StaffUser]) -> None:
        super().__init__(
            parent, title=tr("Open a new case"), intro=tr(OPEN_INTRO), ok_text=tr("&Open it")
        )
        self.referral_edit = line_edit(tr("How she came back to us"))
        self.referral_edit.setPlaceholderText(tr("for example self-referral, GP, housing"))
        self.keyworker_box = QComboBox()
        self.keyworker_box.setAccessibleName(tr("Her keyworker"))
        for user in keyworkers or [me]:
            self.keyworker_box.addItem(user.username, user.id)
        self.keyworker_box.setCurrentIndex(max(0, self.keyworker_box.findData(me.id)))
        self.form.addRow(tr("How she &came back to us"), self.referral_edit)
        if self.keyworker_box.count() > 1:
            self.form.addRow(tr("Her &keyworker"), self.keyworker_box)
        self.referral_edit.setFocus()

    def value(self) -> NewCase:
        return NewCase(
            self.referral_edit.text().strip() or "not recorded",
            (str(self.keyworker_box.currentData()),),
        )


class ReferenceDialog(FormDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(
            parent,
            title=tr("Open another record"),
            intro=tr(REFERENCE_INTRO),
            ok_text=tr("&Find it"),
        )
        self.reference_edit = line_edit(tr("Record reference"))
        self.reference_edit.setPlaceholderText(tr("for example 3F2A9C1B"))
        self.form.addRow(tr("&Reference"), self.reference_edit)
        self.reference_edit.returnPressed.connect(self.ok_button.click)
        self.reference_edit.setFocus()

    def problem(self) -> str | None:
        if not self.reference_edit.text().strip():
            return tr("Please type the record's reference.")
        return None

    def value(self) -> str:
        return self.reference_edit.text().strip()
