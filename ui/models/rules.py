"""The language guide's rules as a two-level tree: categories, then the rules in each.

A category row's internal id is 0; a rule row's is its category's row plus one, so
``parent()`` needs no lookup table. The rows come from :func:`ui.guide_content.sections`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ui.guide_content import GuideEntry, GuideSection
from womenscentre.guidance import Severity
from womenscentre.i18n import tr, trn

ModelIndex = QModelIndex | QPersistentModelIndex

#: The :class:`~ui.guide_content.GuideEntry` behind a rule row (None for a category).
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 30


def entry_label(entry: GuideEntry) -> str:
    """The words a rule looks for, quoted, saying whether it is only a hint and whether off."""
    hint = entry.rule.level is Severity.HINT
    if hint and not entry.on:
        label = tr("“{words}” (a hint) (off)")
    elif hint:
        label = tr("“{words}” (a hint)")
    elif not entry.on:
        label = tr("“{words}” (off)")
    else:
        label = tr("“{words}”", "quoted words")
    return label.format(words=entry.words)


def category_label(title: str, count: int, off: int = 0) -> str:
    """A category of rules: "Blame (3 rules)", or "Blame (3 rules, 1 off)"."""
    if off:
        text = trn("{title} (%n rule, {off} off)", "{title} (%n rules, {off} off)", count)
        return text.format(title=title, off=off)
    return trn("{title} (%n rule)", "{title} (%n rules)", count).format(title=title)


class RulesModel(QAbstractItemModel):
    """Categories at the top, each with its rules beneath; read-only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sections: list[GuideSection] = []

    def set_sections(self, sections: Sequence[GuideSection]) -> None:
        self.beginResetModel()
        self._sections = list(sections)
        self.endResetModel()

    def clear(self) -> None:
        self.set_sections([])

    def entries(self) -> list[GuideEntry]:
        return [entry for section in self._sections for entry in section.entries]

    # -- Qt's model interface ------------------------------------------------------------
    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row < len(self._sections):
                return self.createIndex(row, 0, 0)
            return QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()
        section = parent.row()
        if section < len(self._sections) and row < len(self._sections[section].entries):
            return self.createIndex(row, 0, section + 1)
        return QModelIndex()

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(index.internalId()) - 1, 0, 0)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._sections)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._sections[parent.row()].entries)
        return 0

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            section = self._sections[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return category_label(section.title, len(section.entries))
            return None
        entry = self._sections[int(index.internalId()) - 1].entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return entry_label(entry)
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.rule.reason
        if role == ENTRY_ROLE:
            return entry
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != 0:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags
