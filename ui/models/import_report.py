"""The import wizard's dry-run report: every problem, by file, row and column.

The rows are the core's :class:`~womenscentre.imports.plan.ImportProblem` values, which name
where a cell is but never repeat what it holds, so the table is safe to show on a screen
others can see and to copy into a support request.
"""

from __future__ import annotations

from enum import IntEnum

from ui.models.base import RowsModel
from womenscentre.i18n import N_, tr
from womenscentre.imports.plan import ImportProblem

WHOLE_FILE = N_("Whole file")
#: A dash, not a word: the problem is not in one column.
ANY_COLUMN = "—"


class Column(IntEnum):
    FILE = 0
    ROW = 1
    COLUMN = 2
    MESSAGE = 3


class ImportReportModel(RowsModel[ImportProblem]):
    """One line per thing to put right before an import can go ahead."""

    headers = (N_("File"), N_("Row"), N_("Column"), N_("What to change"))

    def cell(self, row: ImportProblem, column: int) -> str:
        if column == Column.FILE:
            return row.file
        if column == Column.ROW:
            return str(row.row) if row.row else tr(WHOLE_FILE)
        if column == Column.COLUMN:
            return row.column or ANY_COLUMN
        return _sentence(row.message)

    def row_id(self, row: ImportProblem) -> str:
        return f"{row.file}:{row.row or ''}:{row.column or ''}"


def _sentence(message: str) -> str:
    """The core writes problems to follow "row 3:", so they start in lower case."""
    return message[:1].upper() + message[1:] if message else message
