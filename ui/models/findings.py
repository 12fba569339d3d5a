"""The wording suggestions beside a note: one row per rule, at its first place in the text.

The editor underlines every place a rule matched; the list beside it shows each rule once,
with how many places it matched, because seeing the same point ten times reads as nagging
(language reference, pitfall 1). Each row holds a :class:`Mark`: the finding as the engine
returned it and a ``QTextCursor`` over its words, which Qt keeps in step as she types, so a
row always knows where its words are now.

**PySide6 6.12 and Python 3.11.** With PySide6 6.12.0 on CPython 3.11, every call from Python
to a Qt method that returns nothing (``beginResetModel``, ``QTimer.start``,
``QTextCursor.setPosition``, ``setExtraSelections``…) takes one reference from ``None``
without giving it back; after a few thousand such calls the process stops with "deallocating
None". (Python 3.12 and later make ``None`` immortal, so there it is harmless, and
``pyproject.toml`` now keeps PySide6 below 6.12.) The guidance keeps such calls off the typing
path all the same, and makes them only when what is shown really changes:
:meth:`FindingsModel.set_marks` is called only then. It is cheaper, too.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QTextCursor

from womenscentre.guidance import Action, Finding, Severity
from womenscentre.i18n import N_, tr, trn

ModelIndex = QModelIndex | QPersistentModelIndex

#: The :class:`~womenscentre.guidance.Finding` behind a row.
FINDING_ROLE = Qt.ItemDataRole.UserRole + 20
#: Where the row's words start in the document now (a document position).
POSITION_ROLE = Qt.ItemDataRole.UserRole + 21
#: How many places in the note the rule matched.
COUNT_ROLE = Qt.ItemDataRole.UserRole + 22

#: Marked for the catalogue; translated where shown. (The rules' own messages come from
#: ``resources/language/`` and stay in English: they are about English wording.)
SEVERITY_LABELS = {Severity.WARNING: N_("Worth changing"), Severity.HINT: N_("Worth a thought")}


@dataclass(eq=False)
class Mark:
    """One underlined place: the finding, and a cursor that follows its words as text moves."""

    finding: Finding
    cursor: QTextCursor

    @property
    def start(self) -> int:
        return self.cursor.selectionStart()

    @property
    def end(self) -> int:
        return self.cursor.selectionEnd()

    @property
    def rule(self) -> str:
        return self.finding.rule


@dataclass(frozen=True, eq=False)
class FindingRow:
    mark: Mark
    count: int


def collapse_marks(marks: Iterable[Mark]) -> list[FindingRow]:
    """One row per rule, at its first place in the text, counting the places it matched."""
    first: dict[str, int] = {}
    counts: list[int] = []
    kept: list[Mark] = []
    for mark in sorted(marks, key=lambda m: (m.start, m.end, m.rule)):
        if mark.rule in first:
            counts[first[mark.rule]] += 1
        else:
            first[mark.rule] = len(kept)
            kept.append(mark)
            counts.append(1)
    return [FindingRow(mark, count) for mark, count in zip(kept, counts, strict=True)]


def row_text(finding: Finding, count: int = 1) -> str:
    """Two lines for the list: how strongly, the words (and how often), then why."""
    level = tr(SEVERITY_LABELS[finding.severity])
    if count > 1:
        first = trn(
            "{level}: “{words}” (and %n more)", "{level}: “{words}” (and %n more)", count - 1
        )
    else:
        first = tr("{level}: “{words}”")
    return first.format(level=level, words=finding.text) + "\n" + finding.message


def _either(choices: Sequence[str]) -> str:
    """ "“a” or “b” or “c”", each choice quoted."""
    quoted = [tr("“{words}”", "quoted words").format(words=choice) for choice in choices]
    either = quoted[0]
    for other in quoted[1:]:
        either = tr("{one} or {other}", "a list of choices").format(one=either, other=other)
    return either


def tooltip_text(finding: Finding) -> str:
    """The reason, then what she might write instead, or the question to ask herself."""
    if not finding.suggestions:
        return finding.message
    if finding.action is Action.ASK:
        return f"{finding.message}\n\n{finding.suggestions[0]}"
    if finding.action is Action.REPHRASE:
        examples = tr("For example: {examples}.").format(examples=_either(finding.suggestions))
        return f"{finding.message}\n\n{examples}"
    options = tr("You might write {options}.").format(options=_either(finding.suggestions))
    return f"{finding.message}\n\n{options}"


class FindingsModel(QAbstractListModel):
    """The findings of one text, a row per rule; emptied when the editor goes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FindingRow] = []

    def set_marks(self, marks: Iterable[Mark]) -> None:
        self.beginResetModel()
        self._rows = collapse_marks(marks)
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def row_at(self, row: int) -> FindingRow:
        return self._rows[row]

    def findings(self) -> list[Finding]:
        return [row.mark.finding for row in self._rows]

    # -- Qt's model interface ------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or index.column():
            return None
        row = self._rows[index.row()]
        finding = row.mark.finding
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row_text(finding, row.count)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_text(finding)
        if role == FINDING_ROLE:
            return finding
        if role == POSITION_ROLE:
            return row.mark.start
        if role == COUNT_ROLE:
            return row.count
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
