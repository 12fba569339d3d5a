"""The language guide: every rule by category, a practice pad, and a PDF handout.

Open from Help → Language guide, by anyone, signed in or not: it holds the rules and their
invented examples, nothing about any woman. It is a window of its own (not modal), so a
trainer can keep it beside the training vault. Whatever is typed in its practice pad is
wiped whenever it closes, and the main window closes it as the app locks, like any dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, QStandardPaths, Qt, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui import messages
from ui.clipboard import ClipboardGuard
from ui.guidance_session import load_guide
from ui.guide_content import entry_document, sections
from ui.guide_handout import write_handout
from ui.models.rules import ENTRY_ROLE, RulesModel
from ui.pdf import to_html
from ui.practice_pad import PracticePad
from ui.widgets import button, paragraph, show_status, status_line
from womenscentre.guidance import Guide
from womenscentre.i18n import N_, tr

WINDOW_TITLE = N_("Language guide")
RULES_INTRO = N_(
    "Every rule the note editor uses, by kind. Choose one to see why it matters, what to "
    "write instead, and examples it underlines or leaves alone."
)
CHOOSE_A_RULE = N_("Choose a rule on the left to read about it.")
PACK_PROBLEMS = N_(
    "Some of your centre's own rules couldn't be used, so they are left out until they are "
    "fixed; every other rule works as usual."
)
HANDOUT_FILE_NAME = "language-guide.pdf"
HANDOUT_SAVED = N_("The handout is saved as {}.")  # one placeholder: tests format it by position
HANDOUT_NOT_SAVED = N_(
    "The handout couldn't be saved there ({reason}). Please choose another folder, such as "
    "your Documents folder."
)


def ask_handout_path(parent: QWidget | None) -> Path | None:
    """Ask where to save the handout; None if she changed her mind. Tests replace this."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        tr("Save the language guide as a PDF"),
        str(Path(folder) / HANDOUT_FILE_NAME),
        tr("PDF files (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


class LanguageGuideWindow(QDialog):
    """The rules, the practice pad and the handout button, in one window."""

    def __init__(
        self,
        guide: Guide | None = None,
        *,
        clipboard: ClipboardGuard | None = None,
        pad_debounce_ms: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(WINDOW_TITLE))
        self.setAccessibleName(tr(WINDOW_TITLE))
        self.setModal(False)
        self.guide = guide or load_guide()
        self.rules_model = RulesModel(self)
        self.rules_model.set_sections(sections(self.guide))
        self.tree = QTreeView()
        self.tree.setAccessibleName(tr("Rules by kind"))
        self.tree.setModel(self.rules_model)
        self.tree.setHeaderHidden(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setWordWrap(True)
        self.details = QTextBrowser()
        self.details.setAccessibleName(tr("About this rule"))
        self.details.setOpenLinks(False)
        self.details.setPlainText(tr(CHOOSE_A_RULE))
        self.pad = PracticePad(self.guide, clipboard=clipboard, debounce_ms=pad_debounce_ms)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Language guide sections"))
        self.tabs.addTab(self._rules_page(), tr("&Rules"))
        self.tabs.addTab(self.pad, tr("&Practice pad"))
        self.handout_button = button(tr("Save as PDF &handout…"), tr("Save as PDF handout"))
        self.close_button = button(tr("&Close", "window"))
        self.status = status_line(tr("Handout"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, stretch=1)
        buttons.addWidget(self.handout_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, stretch=1)
        layout.addLayout(buttons)
        self.tree.selectionModel().selectionChanged.connect(self._on_tree_selection_changed)
        self.handout_button.clicked.connect(self.save_handout)
        self.close_button.clicked.connect(self.reject)
        self.resize(960, 680)

    def _rules_page(self) -> QWidget:
        page = QWidget()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(self.tree)
        split.addWidget(self.details)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(page)
        layout.addWidget(paragraph(tr(RULES_INTRO)))
        if self.guide.problems:  # for whoever looks after the centre's own rule pack
            problems = [tr(PACK_PROBLEMS), *(str(p) for p in self.guide.problems)]
            self.problems = paragraph("\n".join(problems), name=tr("Rule pack problems"))
            layout.addWidget(self.problems)
        layout.addWidget(split, stretch=1)
        return page

    def rule_count(self) -> int:
        return len(self.rules_model.entries())

    def show_rule(self, rule_id: str) -> None:
        """Select the rule with this id in the tree, which shows its details."""
        model = self.rules_model
        for section in range(model.rowCount()):
            parent = model.index(section, 0)
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                if index.data(ENTRY_ROLE).rule.id == rule_id:
                    self.tree.expand(parent)
                    self.tree.setCurrentIndex(index)
                    return
        raise KeyError(rule_id)

    @Slot(QItemSelection, QItemSelection)
    def _on_tree_selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        entry = indexes[0].data(ENTRY_ROLE) if indexes else None
        if entry is None:
            self.details.setPlainText(tr(CHOOSE_A_RULE))
        else:
            self.details.setHtml(to_html(entry_document(entry)))

    @Slot()
    def save_handout(self) -> None:
        path = ask_handout_path(self)
        if path is None:
            return
        try:
            write_handout(self.guide, path)
        except OSError as exc:
            reason = exc.strerror or tr("the folder can't be written to")
            messages.warning(self, tr(HANDOUT_NOT_SAVED).format(reason=reason.lower()))
            return
        show_status(self.status, tr(HANDOUT_SAVED).format(path))

    # -- closing wipes the pad -------------------------------------------------------------
    def done(self, result: int) -> None:
        self.pad.clear()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.pad.clear()
        super().closeEvent(event)
