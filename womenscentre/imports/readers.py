"""Reading a spreadsheet into rows: CSV (UTF-8 or UTF-16) and XLSX, nothing guessed.

A file is recognised by its first bytes, not its name, so a workbook saved as ``.csv`` is
still read as a workbook and an old ``.xls`` gets a message saying how to save it. CSV text
must be UTF-8 (Excel's "CSV UTF-8") or UTF-16 with its byte-order mark: guessing another
encoding would quietly turn "Zoë" into "ZoÃ«". XLSX is read with openpyxl in read-only
mode after its zip directory has been checked for size, and with ``data_only=False`` so a
formula cell is *seen* as a formula and refused: with ``data_only=True`` openpyxl hands
back the last value Excel cached, which hides the formula (and may be stale or missing).
A workbook without formulas reads the same either way.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from womenscentre.i18n import tr

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_UNZIPPED_BYTES = 400 * 1024 * 1024
MAX_ROWS = 200_000
MAX_COLUMNS = 200
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"


class Refused:
    """Stands in for a cell already reported (a formula or an error), so it isn't read."""

    def __repr__(self) -> str:
        return "REFUSED"


REFUSED = Refused()


class FileProblem(ValueError):
    """The whole file can't be read; the message says why and what to do."""


class RowProblem(ValueError):
    """One row (or one cell) can't be read."""

    def __init__(self, row: int, message: str, column: int | None = None) -> None:
        super().__init__(message)
        self.row = row
        self.column = column


@dataclass
class Sheet:
    """The heading row and the data rows (numbered as a spreadsheet shows them)."""

    headings: list[str]
    rows: list[tuple[int, list[object]]]
    problems: list[RowProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def read_sheet(path: Path) -> Sheet:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise FileProblem(
                tr("This file is too big to import in one go. Please split it into smaller files.")
            )
        with open(path, "rb") as handle:
            start = handle.read(4)
    except FileNotFoundError:
        raise FileProblem(
            tr("This file can't be found. Please check its name and folder.")
        ) from None
    except IsADirectoryError:
        raise FileProblem(
            tr("This is a folder, not a file. Please choose the file itself.")
        ) from None
    except OSError:
        raise FileProblem(tr("This file can't be opened. Please check you may read it.")) from None
    if start == ZIP_MAGIC:
        return _read_xlsx(path)
    if start == OLE_MAGIC:
        raise FileProblem(
            tr(
                "This is an older Excel file (.xls). Please open it in Excel and save it as "
                "'Excel Workbook (.xlsx)' or 'CSV UTF-8', then import that."
            )
        )
    return _read_csv(path.read_bytes())


def _table(rows: Iterator[tuple[int, list[object]]], sheet: Sheet) -> Sheet:
    headings: list[str] | None = None
    for number, cells in rows:
        if number > MAX_ROWS:
            raise FileProblem(
                tr(
                    "This file has more than {count:,} rows. Please split it into smaller files."
                ).format(count=MAX_ROWS)
            )
        if len(cells) > MAX_COLUMNS:
            raise FileProblem(
                tr("This file has more than {count} columns.").format(count=MAX_COLUMNS)
            )
        if headings is None:
            if all(c is None or str(c).strip() == "" for c in cells):
                continue
            headings = ["" if c is None else " ".join(str(c).split()) for c in cells]
            continue
        if any(c is not None and str(c).strip() != "" for c in cells):
            sheet.rows.append((number, cells))
    if headings is None:
        raise FileProblem(tr("This file is empty. Please check it is the right one."))
    sheet.headings = headings
    return sheet


def _decode(data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise FileProblem(
                tr("This file says it is UTF-16 text but isn't readable as it.")
            ) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise FileProblem(
            tr(
                "Line {line} of this file isn't UTF-8 text, so it can't be read "
                "without guessing (and guessing can spoil names). In Excel, please use "
                "Save As and choose 'CSV UTF-8 (Comma delimited)', then import that "
                "file."
            ).format(line=line)
        ) from None


def _read_csv(data: bytes) -> Sheet:
    text = _decode(data)
    if "\x00" in text:
        raise FileProblem(
            tr(
                "This file holds NUL characters, so it isn't a plain CSV file. If it is a "
                "spreadsheet, please save it as CSV UTF-8 or .xlsx and import that."
            )
        )
    sample = text[:4096]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    sheet = Sheet([], [])

    def rows() -> Iterator[tuple[int, list[object]]]:
        number = 0
        while True:
            number += 1
            try:
                record = next(reader)
            except StopIteration:
                return
            except csv.Error:
                raise FileProblem(
                    tr(
                        "Row {number} can't be read: a quotation mark or a very long cell "
                        "doesn't fit the CSV format. Please check that row in a spreadsheet "
                        "program."
                    ).format(number=number)
                ) from None
            yield number, list(record)

    return _table(rows(), sheet)


def _read_xlsx(path: Path) -> Sheet:
    try:
        with zipfile.ZipFile(path) as archive:
            unzipped = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise FileProblem(
            tr(
                "This file looks like a workbook but is damaged, so it can't be read. Please open "
                "it in a spreadsheet program and save it again."
            )
        ) from None
    if unzipped > MAX_UNZIPPED_BYTES:
        raise FileProblem(
            tr("This workbook is too big to import. Please split it into smaller files.")
        )
    import openpyxl  # only when a workbook is imported: it is slow to import

    sheet = Sheet([], [])
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception:  # openpyxl raises many kinds for a damaged or foreign zip
        raise FileProblem(
            tr(
                "This file can't be read as an Excel workbook (.xlsx). Please open it in a "
                "spreadsheet program and save it again as .xlsx or CSV UTF-8."
            )
        ) from None
    try:
        sheets = workbook.worksheets
        if not sheets:
            raise FileProblem(tr("This workbook has no sheets to import."))
        if len(sheets) > 1:
            sheet.notes.append(
                tr("This workbook has {count} sheets; only the first, '{title}', was read.").format(
                    count=len(sheets), title=sheets[0].title
                )
            )
        try:
            return _table(_xlsx_rows(sheets[0], sheet), sheet)
        except FileProblem:
            raise
        except Exception:
            raise FileProblem(
                tr(
                    "Part of this workbook is damaged, so it can't be read. Please open it in a "
                    "spreadsheet program and save it again."
                )
            ) from None
    finally:
        workbook.close()


def _xlsx_rows(worksheet: object, sheet: Sheet) -> Iterator[tuple[int, list[object]]]:
    for number, row in enumerate(worksheet.iter_rows(), start=1):  # type: ignore[attr-defined]
        values: list[object] = []
        for index, cell in enumerate(row, start=1):
            kind = getattr(cell, "data_type", "n")
            if kind == "f":
                sheet.problems.append(
                    RowProblem(
                        number,
                        tr(
                            "this cell holds a formula. Please replace formulas with their values "
                            "(copy, then Paste Special > Values) and import again."
                        ),
                        index,
                    )
                )
                values.append(REFUSED)
            elif kind == "e":
                sheet.problems.append(
                    RowProblem(
                        number, tr("this cell shows a spreadsheet error, such as #REF!."), index
                    )
                )
                values.append(REFUSED)
            else:
                values.append(getattr(cell, "value", None))
        while values and values[-1] is None:
            values.pop()
        yield number, values
