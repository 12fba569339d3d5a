"""The import wizard's second step: what each column in her spreadsheets fills in.

Columns are matched from their headings the way the core matches them (ignoring case, spaces
and punctuation, against the names centres tend to use), and each gets a combo box so a
manager can correct a guess or leave a column out. Headings that differ only in case or
punctuation are one row: the core treats them as the same column in every file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QFormLayout, QFrame, QScrollArea, QVBoxLayout, QWidget

from ui.widgets import paragraph
from womenscentre.i18n import N_, tr
from womenscentre.imports import fields as f
from womenscentre.imports.fields import Field
from womenscentre.imports.readers import FileProblem, read_sheet

LEAVE_OUT = N_("Leave this column out")

#: What each field is called on screen, in the order the combo boxes list them.
FIELD_LABELS: dict[Field, str] = {
    Field.PREFERRED_NAME: N_("Her preferred name"),
    Field.FULL_NAME: N_("Full name"),
    Field.DATE_OF_BIRTH: N_("Date of birth"),
    Field.PRONOUNS: N_("Pronouns"),
    Field.LANGUAGES: N_("Languages she speaks"),
    Field.INTERPRETER: N_("Interpreter"),
    Field.ACCESS_NEEDS: N_("Access needs"),
    Field.SAFE_TIMES: N_("Safe times to contact her"),
    Field.REFERRAL_SOURCE: N_("Who referred her"),
    Field.OPENED_ON: N_("Date the case opened"),
    Field.KEYWORKER: N_("Keyworker (their user name)"),
    Field.SESSION_DATE: N_("Session date"),
    Field.NOTE: N_("Session note"),
    Field.DURATION: N_("Session length (minutes)"),
    Field.SESSION_TYPE: N_("Kind of session"),
    Field.CONTACT_MODE: N_("How you met (in person, phone…)"),
}
INTRO = N_(
    "Here is each column in your files and what it will fill in. Columns were matched from "
    "their headings; please check them, change any that look wrong, and leave out any you "
    "don't want brought in."
)
NOTHING_READ = N_("No columns could be read from these files. Press Next to see why, file by file.")


def guess_field(heading: str) -> Field | None:
    """The field the core would match this heading to without being told."""
    norm = f.normalise_heading(heading)
    return next((k for k, names in f.ALIASES.items() if norm in names), None)


@dataclass
class Heading:
    """One column heading (as first written) and the files it appears in."""

    text: str
    files: list[str] = field(default_factory=list)


def read_headings(paths: Sequence[Path]) -> list[Heading]:
    """Every distinct heading in these files, in the order met; runs on the task worker.

    A file that can't be read is skipped here: the dry run that follows says why, kindly.
    """
    found: dict[str, Heading] = {}
    for path in paths:
        try:
            headings = read_sheet(Path(path)).headings
        except (FileProblem, OSError):
            continue
        for text in headings:
            norm = f.normalise_heading(text)
            if not norm:
                continue  # a column without a heading is never imported
            item = found.setdefault(norm, Heading(text))
            if path.name not in item.files:
                item.files.append(path.name)
    return list(found.values())


class ColumnsPage(QWidget):
    """A combo box per column heading; :meth:`mapping` is what the dry run is given."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QComboBox] = {}
        self.note = paragraph(tr(INTRO), name=tr("Step 2: columns"))
        self._holder = QWidget()
        self._form = QFormLayout(self._holder)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(self._holder)
        area.setAccessibleName(tr("Columns and what they fill in"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(area, stretch=1)

    def set_headings(self, headings: Sequence[Heading]) -> None:
        """Keep any choice already made for a heading that is still there."""
        chosen = {norm: box.currentData() for norm, box in self.boxes.items()}
        while self._form.rowCount():
            self._form.removeRow(0)
        self.boxes = {}
        for item in headings:
            norm = f.normalise_heading(item.text)
            box = QComboBox()
            box.addItem(tr(LEAVE_OUT), f.IGNORE)
            for target, label in FIELD_LABELS.items():
                box.addItem(tr(label), target.value)
            guess = guess_field(item.text)
            wanted = chosen.get(norm, guess.value if guess else f.IGNORE)
            box.setCurrentIndex(max(box.findData(wanted), 0))
            where = ", ".join(item.files)
            box.setAccessibleName(tr("Column '{heading}' fills in").format(heading=item.text))
            box.setToolTip(tr("Found in {files}").format(files=where))
            self.boxes[norm] = box
            self._form.addRow(
                tr("{heading} ({files}):").format(heading=item.text, files=where), box
            )
        self.note.setText(tr(INTRO) if headings else tr(NOTHING_READ))

    def choose(self, heading: str, target: Field | None) -> None:
        """Set one column's choice, as picking it in its combo box would."""
        box = self.boxes[f.normalise_heading(heading)]
        box.setCurrentIndex(box.findData(target.value if target else f.IGNORE))

    def mapping(self) -> dict[str, str]:
        """Heading (as the core normalises it) → field value or ``ignore``, for every column."""
        return {norm: str(box.currentData()) for norm, box in self.boxes.items()}
