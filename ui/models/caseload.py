"""The caseload table: the women a keyworker supports, her own preferred name first.

:class:`CaseloadModel` holds plain, already-opened rows and nothing else. They are built on
the task worker by :func:`load_caseload` from ``vault.people.visible()``, which shows a
keyworker only her own caseload and a manager everyone. The model never reaches into the
vault, so locking needs only :meth:`CaseloadModel.clear` to leave it holding nothing
decrypted. Sorting and the quick filter live in :class:`CaseloadFilter`, a
``QSortFilterProxyModel``, so the rows themselves are never reordered or copied.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from womenscentre.services.people import PersonSummary
from womenscentre.services.unlocked import UnlockedVault

ModelIndex = QModelIndex | QPersistentModelIndex

#: Shown when a keyworker listed on a case has since left the centre's list of users.
FORMER_COLLEAGUE = "a former colleague"


class Column(IntEnum):
    NAME = 0
    PRONOUNS = 1
    KEYWORKERS = 2
    SAFE_CONTACT = 3
    CASE = 4
    LAST_CONTACT = 5
    NEXT_REVIEW = 6
    FLAGS = 7


HEADERS = {
    Column.NAME: "Preferred name",
    Column.PRONOUNS: "Pronouns",
    Column.KEYWORKERS: "Keyworker",
    Column.SAFE_CONTACT: "Safe contact",
    Column.CASE: "Case",
    Column.LAST_CONTACT: "Last contact",
    Column.NEXT_REVIEW: "Next review due",
    Column.FLAGS: "Good to know",
}

#: Dates sort as ISO text; a missing one sorts after every real date.
_NO_DATE = "9999"


def _day(iso: str | None, missing: str) -> str:
    if not iso:
        return missing
    return date.fromisoformat(iso).strftime("%-d %b %Y")


#: Sort key per cell: names sort without regard to case, open cases before closed ones.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: The person's id, for opening her record later; never shown.
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True, slots=True)
class CaseloadRow:
    person_id: str
    preferred_name: str
    pronouns: str
    keyworkers: str
    safe_contact: str
    has_open_case: bool
    last_contact: str | None = None
    next_review: str | None = None
    flags: tuple[str, ...] = ()

    @classmethod
    def from_summary(cls, summary: PersonSummary, usernames: dict[str, str]) -> CaseloadRow:
        names = [usernames.get(user_id, FORMER_COLLEAGUE) for user_id in summary.keyworker_ids]
        return cls(
            person_id=summary.id,
            preferred_name=summary.preferred_name,
            pronouns=summary.pronouns,
            keyworkers=", ".join(dict.fromkeys(names)),
            safe_contact=summary.safe_contact,
            has_open_case=summary.has_open_case,
            last_contact=summary.last_contact,
            next_review=summary.next_review,
            flags=summary.flags,
        )

    def display(self, column: Column) -> str:
        if column is Column.NAME:
            return self.preferred_name
        if column is Column.PRONOUNS:
            return self.pronouns
        if column is Column.KEYWORKERS:
            return self.keyworkers
        if column is Column.SAFE_CONTACT:
            return self.safe_contact
        if column is Column.LAST_CONTACT:
            return _day(self.last_contact, "No sessions yet")
        if column is Column.NEXT_REVIEW:
            return _day(self.next_review, "None set")
        if column is Column.FLAGS:
            return "; ".join(self.flags)
        return "Open" if self.has_open_case else "Closed"

    def sort_key(self, column: Column) -> Any:
        if column is Column.CASE:
            return 0 if self.has_open_case else 1
        if column is Column.LAST_CONTACT:
            return self.last_contact or ""
        if column is Column.NEXT_REVIEW:
            return self.next_review or _NO_DATE
        return self.display(column).casefold()


def load_caseload(vault: UnlockedVault) -> list[CaseloadRow]:
    """Open the rows a caseload shows. Runs on the task worker, never on the GUI thread."""
    usernames = {user.id: user.username for user in vault.users.active()}
    return [CaseloadRow.from_summary(summary, usernames) for summary in vault.people.visible()]


class CaseloadModel(QAbstractTableModel):
    """Read-only rows of the caseload; empty until loaded and again after every lock."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseloadRow] = []

    # -- filling and emptying ------------------------------------------------------------
    def set_rows(self, rows: list[CaseloadRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        """Drop every row; called as the vault locks, so nothing decrypted stays here."""
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def row_at(self, row: int) -> CaseloadRow:
        return self._rows[row]

    # -- Qt's model interface ------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.display(column)
        if role == SORT_ROLE:
            return row.sort_key(column)
        if role == PERSON_ID_ROLE:
            return row.person_id
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation is Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(Column)
        ):
            return HEADERS[Column(section)]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class CaseloadFilter(QSortFilterProxyModel):
    """Sorts by :data:`SORT_ROLE` and keeps rows where any column contains the filter text."""

    def __init__(self, source: CaseloadModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_quick_filter(self, text: str) -> None:
        self.setFilterFixedString(text.strip())
