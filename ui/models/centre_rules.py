"""Every rule, by category, with a box to switch it off or on at this centre.

The manager's "Language guidance at our centre" screen shows this in a tree: a category
row, then its rules, each with the words it looks for (and the box), its id, its level and
its one-sentence reason. A category row's internal id is 0; a rule row's is its category's
row plus one, as in :mod:`ui.models.rules`, so ``parent()`` needs no table.

The model only keeps which rules are off, and which opt-in rules are on; nothing is saved
until the screen is saved. Rules a centre must switch on first (``opt_in``, for words many
forms still use, such as "the client") start unticked, and ticking one switches it on
(``CentreSettings.enabled_rules``); every other rule starts ticked, and unticking it
switches it off (``CentreSettings.disabled_rules``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ui.guide_content import GuideEntry, GuideSection
from ui.models.rules import category_label
from womenscentre.guidance import Rule, Severity
from womenscentre.i18n import N_, tr

ModelIndex = QModelIndex | QPersistentModelIndex

#: The rule id behind a rule row (None for a category row).
RULE_ID_ROLE = Qt.ItemDataRole.UserRole + 40

#: The words here are marked for the catalogue and translated where shown.
LEVEL_WORDS = {Severity.WARNING: N_("Worth changing"), Severity.HINT: N_("Worth a thought")}
ON_TIP = N_("On: untick to stop underlining these words at this centre.")
OFF_TIP = N_("Off at this centre: tick to underline these words again.")
OPT_IN_OFF_TIP = N_("Off unless your centre switches it on: tick to underline these words here.")
OPT_IN_ON_TIP = N_("Switched on at this centre: untick to stop underlining these words.")


class Column(IntEnum):
    WORDS = 0
    RULE_ID = 1
    LEVEL = 2
    REASON = 3


HEADERS = {
    Column.WORDS: N_("Words it looks for"),
    Column.RULE_ID: N_("Rule"),
    Column.LEVEL: N_("Level"),
    Column.REASON: N_("Why"),
}


class CentreRulesModel(QAbstractItemModel):
    """Categories, each with its rules and a check box per rule (ticked means on)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sections: list[GuideSection] = []
        self._off: set[str] = set()
        self._on: set[str] = set()

    def set_rules(
        self, sections: Sequence[GuideSection], off: Iterable[str], on: Iterable[str] = ()
    ) -> None:
        """Show ``sections``; the rule ids in ``off`` start switched off, and the opt-in
        rules in ``on`` start switched on."""
        self.beginResetModel()
        self._sections = list(sections)
        self._off = set(off)
        self._on = set(on) - self._off
        self.endResetModel()

    def clear(self) -> None:
        self.set_rules([], ())

    def rule_ids(self) -> set[str]:
        return {entry.rule.id for section in self._sections for entry in section.entries}

    def off(self) -> tuple[str, ...]:
        """Every rule id switched off, sorted; ids of rules not listed now (a pack taken out
        for a while) are kept, so they are still off if it comes back."""
        return tuple(sorted(self._off))

    def on(self) -> tuple[str, ...]:
        """Every opt-in rule id switched on, sorted; kept like :meth:`off` for unlisted ids."""
        return tuple(sorted(self._on))

    def switched_off(self) -> tuple[str, ...]:
        """The ids of the listed rules now switched off, sorted (opt-in rules left off, as
        they come, are not counted: nobody switched them off)."""
        return tuple(sorted(self._off & self.rule_ids()))

    def switched_on(self) -> tuple[str, ...]:
        """The ids of the listed opt-in rules now switched on, sorted."""
        return tuple(sorted(self._on & self.rule_ids()))

    def _is_on(self, rule: Rule) -> bool:
        return rule.id in self._on if rule.opt_in else rule.id not in self._off

    def set_switched_on(self, rule_id: str, on: bool) -> bool:
        """Switch one rule on or off, as ticking its box does; False if it isn't listed."""
        index = self.index_of(rule_id)
        if not index.isValid():
            return False
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        return self.setData(index, state.value, Qt.ItemDataRole.CheckStateRole)

    def index_of(self, rule_id: str, column: Column = Column.WORDS) -> QModelIndex:
        for number, section in enumerate(self._sections):
            for row, entry in enumerate(section.entries):
                if entry.rule.id == rule_id:
                    return self.createIndex(row, column, number + 1)
        return QModelIndex()

    def _entry(self, index: ModelIndex) -> GuideEntry:
        return self._sections[int(index.internalId()) - 1].entries[index.row()]

    # -- Qt's model interface ------------------------------------------------------------
    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not 0 <= column < len(Column) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row < len(self._sections):
                return self.createIndex(row, column, 0)
            return QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()
        section = parent.row()
        if section < len(self._sections) and row < len(self._sections[section].entries):
            return self.createIndex(row, column, section + 1)
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
        return len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(Column)
        ):
            return tr(HEADERS[Column(section)])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._category_data(index, role)
        entry = self._entry(index)
        rule = entry.rule
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column is Column.WORDS:
                return tr("“{words}”", "quoted words").format(words=entry.words)
            if column is Column.RULE_ID:
                return rule.id
            if column is Column.LEVEL:
                return tr(LEVEL_WORDS[rule.level])
            return rule.reason
        if role == Qt.ItemDataRole.CheckStateRole and column is Column.WORDS:
            on = self._is_on(rule)
            return (Qt.CheckState.Checked if on else Qt.CheckState.Unchecked).value
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is not Column.WORDS:
                return rule.reason
            if rule.opt_in:
                return tr(OPT_IN_ON_TIP) if self._is_on(rule) else tr(OPT_IN_OFF_TIP)
            return tr(ON_TIP) if self._is_on(rule) else tr(OFF_TIP)
        if role == RULE_ID_ROLE:
            return rule.id
        return None

    def _category_data(self, index: ModelIndex, role: int) -> Any:
        if index.column() != Column.WORDS or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        section = self._sections[index.row()]
        off = sum(1 for e in section.entries if not self._is_on(e.rule))
        return category_label(section.title, len(section.entries), off)

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or not index.isValid()
            or index.internalId() == 0
            or index.column() != Column.WORDS
        ):
            return False
        rule = self._entry(index).rule
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        checked = state == Qt.CheckState.Checked.value
        if rule.opt_in:
            self._off.discard(rule.id)
            (self._on.add if checked else self._on.discard)(rule.id)
        elif checked:
            self._off.discard(rule.id)
        else:
            self._off.add(rule.id)
        row_end = self.index(index.row(), len(Column) - 1, index.parent())
        self.dataChanged.emit(self.index(index.row(), 0, index.parent()), row_end)
        category = index.parent()
        self.dataChanged.emit(category, category)
        return True

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != 0:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
            if index.column() == Column.WORDS:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags
