"""The caseload table: the women a keyworker supports, her own preferred name first.

:class:`CaseloadModel` holds plain, already-opened rows and nothing else. They are built on
the task worker by :func:`load_caseload` from ``vault.people.visible()``, which shows a
keyworker only her own caseload and a manager everyone. The model never reaches into the
vault, so locking needs only :meth:`CaseloadModel.clear` to leave it holding nothing
decrypted.

A manager's caseload can hold ten thousand women, so the model tells the view about one batch
of rows at a time (``canFetchMore``/``fetchMore``) and lays out only what she scrolls to. That
is why sorting and the quick filter live in the model itself, over every row it holds: a
``QSortFilterProxyModel`` would only ever see the rows fetched so far, and would sort or find
within those alone. Each row carries its filter text and name key, made on the worker, so a
keystroke in the filter costs one pass over plain strings on the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from functools import lru_cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QIdentityProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ui.wording import short_date
from womenscentre.i18n import N_, lookup_generation, tr
from womenscentre.services.people import PersonSummary
from womenscentre.services.unlocked import UnlockedVault

ModelIndex = QModelIndex | QPersistentModelIndex

#: Shown when a keyworker listed on a case has since left the centre's list of users.
FORMER_COLLEAGUE = N_("a former colleague")


class Column(IntEnum):
    NAME = 0
    PRONOUNS = 1
    KEYWORKERS = 2
    SAFE_CONTACT = 3
    CASE = 4
    LAST_CONTACT = 5
    NEXT_REVIEW = 6
    FLAGS = 7


#: Marked for the catalogue; translated in ``headerData``, after the language is chosen.
HEADERS = {
    Column.NAME: N_("Preferred name"),
    Column.PRONOUNS: N_("Pronouns"),
    Column.KEYWORKERS: N_("Keyworker"),
    Column.SAFE_CONTACT: N_("Safe contact"),
    Column.CASE: N_("Case"),
    Column.LAST_CONTACT: N_("Last contact"),
    Column.NEXT_REVIEW: N_("Next review due"),
    Column.FLAGS: N_("Good to know"),
}

#: Dates sort as ISO text; a missing one sorts after every real date.
_NO_DATE = "9999"


def _last_contact(iso: str | None) -> str:
    return _readable_day(iso, lookup_generation()) if iso else tr("No sessions yet")


def _next_review(iso: str | None) -> str:
    return _readable_day(iso, lookup_generation()) if iso else tr("None set", "review date")


def _case_state(has_open_case: bool) -> str:
    return tr("Open", "state") if has_open_case else tr("Closed", "state")


@lru_cache(maxsize=4096)
def _readable_day(iso: str, generation: int) -> str:
    """Cached: ten thousand rows share a few hundred dates. ``generation`` is the language's
    (:func:`~womenscentre.i18n.lookup_generation`), so a change of language is never stale."""
    return short_date(iso)


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
    #: Every column's words, case-folded, for the quick filter; made once, on the worker.
    haystack: str = field(init=False, repr=False, compare=False)
    #: Her name as it sorts (without regard to case), the order the caseload opens in.
    name_key: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        words = (
            self.preferred_name,
            self.pronouns,
            self.keyworkers,
            self.safe_contact,
            _case_state(self.has_open_case),
            _last_contact(self.last_contact),
            _next_review(self.next_review),
            *self.flags,
        )
        object.__setattr__(self, "haystack", "\n".join(words).casefold())
        object.__setattr__(self, "name_key", self.preferred_name.casefold())

    @classmethod
    def from_summary(cls, summary: PersonSummary, usernames: dict[str, str]) -> CaseloadRow:
        former = tr(FORMER_COLLEAGUE)
        names = [usernames.get(user_id, former) for user_id in summary.keyworker_ids]
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
            return _last_contact(self.last_contact)
        if column is Column.NEXT_REVIEW:
            return _next_review(self.next_review)
        if column is Column.FLAGS:
            return "; ".join(self.flags)
        return _case_state(self.has_open_case)

    def sort_key(self, column: Column) -> Any:
        if column is Column.NAME:
            return self.name_key
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


#: Rows the view is told about at first, and per ``fetchMore`` as she scrolls.
BATCH_SIZE = 200


class CaseloadModel(QAbstractTableModel):
    """The caseload, sorted and filtered over every row, shown a batch at a time.

    Empty until loaded and again after every lock. ``_rows`` is everything loaded;
    ``_arranged`` is the filtered, sorted order of the same row objects (never copies), and
    the view knows about the first ``_shown`` of them.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseloadRow] = []
        self._arranged: list[CaseloadRow] = []
        self._shown = 0
        self._needle = ""
        self._sort_column: Column | None = None
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._announcing = False

    # -- filling and emptying ------------------------------------------------------------
    def set_rows(self, rows: list[CaseloadRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._arrange()
        self._end_reset()

    def clear(self) -> None:
        """Drop every row and the filter; called as the vault locks, so nothing stays here."""
        self.beginResetModel()
        self._rows = []
        self._arranged = []
        self._shown = 0
        self._needle = ""
        self._end_reset()

    def _end_reset(self) -> None:
        """End a reset; no rows are fetched while a change is still being announced.

        Whatever listens to ``modelReset`` (a view, Qt's model tester) may ask for more rows
        at once; inserting them before every listener has heard of the reset breaks Qt's
        rules, and the first batch is already there, so that request is simply declined.
        """
        self._announcing = True
        try:
            self.endResetModel()
        finally:
            self._announcing = False

    def row_at(self, row: int) -> CaseloadRow:
        """The row at this position as the view shows it (sorted and filtered)."""
        return self._arranged[row]

    @property
    def total(self) -> int:
        """Everyone loaded, whatever the filter, so an empty caseload reads differently."""
        return len(self._rows)

    @property
    def matching(self) -> int:
        """Everyone the filter lets through, fetched by the view or not yet."""
        return len(self._arranged)

    @property
    def quick_filter(self) -> str:
        """What the quick filter looks for (case-folded), or "" for everyone."""
        return self._needle

    def set_quick_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle == self._needle:
            return
        self.beginResetModel()
        self._needle = needle
        self._arrange()
        self._end_reset()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        self.beginResetModel()
        self._sort_column, self._sort_order = Column(column), order
        self._arrange()
        self._end_reset()

    def _arrange(self) -> None:
        """Filter and sort every row; call between begin/endResetModel."""
        needle = self._needle
        rows = [r for r in self._rows if needle in r.haystack] if needle else list(self._rows)
        column = self._sort_column
        if column is not None:
            rows.sort(
                key=lambda r: r.sort_key(column),
                reverse=self._sort_order is Qt.SortOrder.DescendingOrder,
            )
        self._arranged = rows
        self._shown = min(BATCH_SIZE, len(rows))

    # -- Qt's model interface ------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: ModelIndex) -> bool:
        if parent.isValid() or self._announcing:
            return False
        return self._shown < len(self._arranged)

    def fetchMore(self, parent: ModelIndex) -> None:
        if not self.canFetchMore(parent):
            return
        more = min(BATCH_SIZE, len(self._arranged) - self._shown)
        self._announcing = True  # see _end_reset: no second batch inside this one
        try:
            self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
            self._shown += more
            self.endInsertRows()
        finally:
            self._announcing = False

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._shown:
            return None
        if not 0 <= index.column() < len(Column):
            return None
        row = self._arranged[index.row()]
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
            return tr(HEADERS[Column(section)])
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class CaseloadFilter(QIdentityProxyModel):
    """What the caseload table is given: the model, passed through unchanged.

    Kept as the table's model so the window's wiring stays the same; Qt forwards ``sort``,
    ``canFetchMore`` and ``fetchMore`` to the source, which sorts and filters over every row
    (see the module docstring for why a sorting proxy would get it wrong).
    """

    def __init__(self, source: CaseloadModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self.setSourceModel(source)

    def set_quick_filter(self, text: str) -> None:
        self._source.set_quick_filter(text)

    @property
    def total(self) -> int:
        return self._source.total

    @property
    def matching(self) -> int:
        return self._source.matching
