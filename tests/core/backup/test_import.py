"""Import from CSV and XLSX: dry run, row-and-column problems, duplicates, all or nothing."""

from __future__ import annotations

import codecs
from datetime import date, datetime

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from womenscentre.domain.answers import Answer
from womenscentre.domain.notes import ContactMode, SessionType
from womenscentre.domain.users import Role
from womenscentre.errors import InvalidInput, NotPermitted, UserFacingError
from womenscentre.imports.plan import ImportRefused
from womenscentre.services import records

PEOPLE = (
    "Known as,Full name,DOB,Pronouns,Languages,Referred by,Keyworker\n"
    "Zoë,Zoë Example-Fictional,21/03/1990,she/her,English; Polish,GP,morgan\n"
    "Amira,,1985-07-02,,Arabic,self,\n"
)
NOTES = (
    "Name,Date of birth,Session date,Notes,Duration,Type,Mode\n"
    "Zoë,21/03/1990,01/02/2024,We talked about her housing plans.,45,one to one,phone\n"
    "Zoë,21/03/1990,3 Feb 2024,She felt more settled this week.,30,crisis,in person\n"
    "Precious,,2024-02-05,First meeting at the centre.,60,first meeting,\n"
)


def problems(plan) -> list[tuple[int | None, str | None]]:
    return [(p.row, p.column) for p in plan.problems]


def test_people_and_notes_come_in_marked_as_imported(manager, tmp_path, kit):
    """A people sheet and a notes sheet together: women once each, notes on their records."""
    people = tmp_path / "people.csv"
    people.write_text(PEOPLE, encoding="utf-8")
    notes = tmp_path / "sessions.csv"
    notes.write_text(NOTES, encoding="utf-8-sig")  # Excel's "CSV UTF-8" has a BOM
    before = kit.table_hashes(manager.paths.database)
    plan = manager.imports.plan([people, notes])
    assert plan.ok, plan.lines()
    assert plan.women_to_add == 3 and len(plan.notes) == 3
    assert kit.table_hashes(manager.paths.database) == before, "a dry run writes nothing"
    result = manager.imports.apply(plan)
    assert (result.women_added, result.notes_added) == (3, 3)
    by_name = {p.preferred_name: p for p in manager.people.visible()}
    assert set(by_name) == {"Zoë", "Amira", "Precious"}
    zoe = manager.people.get(by_name["Zoë"].id)
    assert zoe.details.languages == ("English", "Polish")
    assert zoe.details.date_of_birth.value == "1990-03-21"
    timeline = manager.notes.for_person(zoe.id)
    assert [n.content.session_date for n in timeline] == ["2024-02-03", "2024-02-01"]
    assert {n.imported_from for n in timeline} == {"sessions.csv"}
    assert timeline[1].content.session_type is SessionType.ONE_TO_ONE
    assert timeline[1].content.contact_mode is ContactMode.PHONE
    assert timeline[0].status.value == "final"
    assert by_name["Zoë"].last_contact == "2024-02-03"
    assert manager.search.query("settled")[0].person_id == zoe.id


def test_duplicates_in_the_file_and_in_the_vault_are_found(manager, tmp_path, make):
    """Same preferred name and date of birth: added once; already in the vault: not again."""
    manager.people.add(
        make.person("Amira", date_of_birth=Answer.of("1985-07-02")), referral_source="self"
    )
    sheet = tmp_path / "people.csv"
    sheet.write_text(PEOPLE + "zoë ,,21/03/1990\n", encoding="utf-8")
    plan = manager.imports.plan([sheet])
    assert plan.ok and plan.women_to_add == 1
    assert plan.in_vault == ["people.csv row 3"] and plan.repeated == ["people.csv row 4"]
    text = "\n".join(plan.lines())
    assert "Already in the vault" in text and "added once" in text
    manager.imports.apply(plan)
    assert sorted(p.preferred_name for p in manager.people.visible()) == ["Amira", "Zoë"]


def test_notes_for_a_woman_already_in_the_vault_join_her_record(manager, tmp_path, make):
    """A notes sheet matching a woman already here adds to her latest case."""
    rosa = manager.people.add(make.person("Rosa"), referral_source="self")
    sheet = tmp_path / "notes.csv"
    sheet.write_text("Name,DOB,Date,Note\nRosa,01/04/1990,02/01/2026,Phoned to check in.\n")
    plan = manager.imports.plan([sheet])
    assert plan.ok and plan.women_to_add == 0 and len(plan.notes) == 1
    manager.imports.apply(plan)
    [note] = manager.notes.for_person(rosa.id)
    assert (
        note.imported_from == "notes.csv"
        and note.case_id == manager.cases.for_person(rosa.id)[0].id
    )


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("Name,DOB\nA,31/02/1990\n", [(2, "'DOB' (B)")]),
        ("Name,DOB\nA,21/03/90\n", [(2, "'DOB' (B)")]),
        ("Name,DOB\nA,2999-01-01\n", [(2, "'DOB' (B)")]),
        ("Name,DOB\nA,13/13/1990\n", [(2, "'DOB' (B)")]),
        ("Name,DOB\n,01/01/1990\n", [(2, "'Name' (A)")]),
        ("Name,Date,Note\nA,01/01/2024,\n", [(2, "'Note' (C)")]),
        ("Name,Date,Note,Type\nA,01/01/2024,Hi,tea\n", [(2, "'Type' (D)")]),
        ("Name,Date,Note,Duration\nA,01/01/2024,Hi,forever\n", [(2, "'Duration' (D)")]),
        ("Name,Keyworker\nA,nobody\n", [(2, "'Keyworker' (B)")]),
        ("DOB,Pronouns\n01/01/1990,she\n", [(None, None)]),
        ("Name,Note\nA,Hi\n", [(None, None)]),
        ("Name,Name\nA,B\n", [(1, "'Name' (B)")]),
    ],
)
def test_problems_are_named_by_row_and_column(manager, tmp_path, kit, content, expected):
    """Impossible dates, two-digit years, missing cells and columns: row and column named."""
    sheet = tmp_path / "bad.csv"
    sheet.write_text(content, encoding="utf-8")
    before = kit.table_hashes(manager.paths.database)
    plan = manager.imports.plan([sheet])
    assert problems(plan) == expected, plan.lines()
    with pytest.raises(ImportRefused) as raised:
        manager.imports.apply(plan)
    assert "Nothing has been imported" in raised.value.message
    assert kit.table_hashes(manager.paths.database) == before


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ("Name\nZoë\n".encode("latin-1"), "UTF-8"),
        (b"Name\nA\x00B\n", "NUL"),
        (b"\xd0\xcf\x11\xe0" + bytes(60), ".xls"),
        (b"PK\x03\x04not really a zip", "damaged"),
        (b"", "empty"),
        (b'Name\n"unclosed\n', "quotation mark"),
    ],
)
def test_broken_files_get_a_kind_message(manager, tmp_path, data, words):
    """Broken encodings, NUL bytes, old .xls, a broken zip, empty, bad quoting: one problem."""
    sheet = tmp_path / "broken.csv"
    sheet.write_bytes(data)
    plan = manager.imports.plan([sheet])
    assert len(plan.problems) == 1 and plan.problems[0].row is None
    assert words in plan.problems[0].message


def test_utf16_and_semicolons_are_read(manager, tmp_path):
    """Excel's "Unicode text" (UTF-16 with a BOM, tabs) and semicolon CSV both work."""
    wide = tmp_path / "wide.txt"
    wide.write_bytes(codecs.BOM_UTF16_LE + "Name\tDOB\nZoë\t21/03/1990\n".encode("utf-16-le"))
    semi = tmp_path / "semi.csv"
    semi.write_text("Name;DOB\nAmira;02/07/1985\n", encoding="utf-8")
    plan = manager.imports.plan([wide, semi])
    assert plan.ok and plan.women_to_add == 2, plan.lines()


def test_column_mapping_overrides_the_headings(manager, tmp_path):
    """--map picks a column the defaults wouldn't, or ignores one; bad maps are explained."""
    sheet = tmp_path / "odd.csv"
    sheet.write_text("Who,Born,Name\nZoë,21/03/1990,ignored-surname\n", encoding="utf-8")
    plan = manager.imports.plan([sheet], {"Who": "preferred_name", "Name": "ignore"})
    assert problems(plan) == []
    assert plan.women["zoë", ""].details.preferred_name == "Zoë"  # "Born" wasn't used
    with pytest.raises(InvalidInput, match="isn't something an import can fill in"):
        manager.imports.plan([sheet], {"Born": "shoe size"})
    mapping = {"Who": "preferred name", "Born": "DOB", "Name": "ignore"}
    plan = manager.imports.plan([sheet], mapping)
    assert plan.ok and plan.women_to_add == 1 and ("zoë", "1990-03-21") in plan.women
    plan = manager.imports.plan([sheet], {**mapping, "Missing column": "pronouns"})
    assert [p.file for p in plan.problems] == ["--map"]


def _workbook(tmp_path, rows, name="people.xlsx", extra_sheet=False):
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    if extra_sheet:
        book.create_sheet("Notes").append(["x"])
    path = tmp_path / name
    book.save(path)
    return path


def test_xlsx_dates_numbers_formulas_and_errors(manager, tmp_path):
    """Date cells read as dates; a formula or error cell is refused, naming row and column."""
    good = _workbook(
        tmp_path,
        [
            ["Name", "DOB", "Session date", "Notes", "Duration"],
            ["Zoë", datetime(1990, 3, 21), date(2024, 2, 1), "Talked about her plans.", 45.0],
        ],
        extra_sheet=True,
    )
    plan = manager.imports.plan([good])
    assert plan.ok and plan.women_to_add == 1 and plan.notes[0].content.duration_minutes == 45
    assert any("only the first" in line for line in plan.lines())
    bad = _workbook(
        tmp_path,
        [["Name", "DOB"], ['=HYPERLINK("x")', "01/01/1990"], ["Amira", 32874], ["Nia", "#REF!"]],
        name="bad.xlsx",
    )
    found = problems(manager.imports.plan([bad]))
    assert (2, "'Name' (A)") in found and (3, "'DOB' (B)") in found
    assert (4, "'DOB' (B)") in found and len(found) == 3, found  # one problem per cell


def test_all_or_nothing_when_a_write_fails_half_way(manager, tmp_path, kit, monkeypatch):
    """A failure while writing the 5th record rolls back the whole import."""
    rows = "".join(f"Woman {n},01/01/1990,01/02/2024,Note {n}\n" for n in range(10))
    sheet = tmp_path / "many.csv"
    sheet.write_text("Name,DOB,Date,Note\n" + rows, encoding="utf-8")
    plan = manager.imports.plan([sheet])
    assert plan.ok
    before = kit.table_hashes(manager.paths.database)
    real = records.seal_into
    calls = []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 5:
            raise OSError("disk went away")
        return real(*args, **kwargs)

    monkeypatch.setattr(records, "seal_into", failing)
    with pytest.raises(OSError, match="disk went away"):
        manager.imports.apply(plan)
    monkeypatch.setattr(records, "seal_into", real)
    assert kit.table_hashes(manager.paths.database) == before
    sheet.write_text("Name,DOB\nChanged,01/01/1990\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="has changed since it was checked"):
        manager.imports.apply(plan)
    assert kit.table_hashes(manager.paths.database) == before


def test_only_managers_import(manager, tmp_path, reopen, kit):
    """Keyworkers may not import (a bulk change to everyone's records)."""
    manager.users.add(kit.KEYWORKER, Role.KEYWORKER, kit.KEYWORKER_PASSPHRASE)
    manager.lock()
    ash = reopen(kit.KEYWORKER, kit.KEYWORKER_PASSPHRASE)
    sheet = tmp_path / "p.csv"
    sheet.write_text("Name\nZoë\n", encoding="utf-8")
    with pytest.raises(NotPermitted):
        ash.imports.plan([sheet])


# -- fuzzing ----------------------------------------------------------------------------

CELL = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["01/02/2024", "31/02/1990", "2024-13-01", "21/03/90", "=1+1", '"', "\n"]),
)
FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _attempt(manager, kit, path) -> None:
    """Plan and apply; any failure must be kind (UserFacingError) and change nothing."""
    before = kit.table_hashes(manager.paths.database)
    try:
        manager.imports.apply(manager.imports.plan([path]))
    except UserFacingError:
        assert kit.table_hashes(manager.paths.database) == before


@FUZZ
@given(data=st.binary(max_size=300))
def test_fuzzed_bytes_never_half_import(manager, tmp_path, kit, data):
    """Random bytes as a CSV: a kind refusal or a clean import, never a traceback."""
    path = tmp_path / "fuzz.csv"
    path.write_bytes(b"Name,DOB,Date,Note\n" + data)
    _attempt(manager, kit, path)


@FUZZ
@given(rows=st.lists(st.lists(CELL, min_size=1, max_size=5), max_size=6))
def test_fuzzed_csv_cells_never_half_import(manager, tmp_path, kit, rows):
    """Random cells (quotes, newlines, odd dates) in a CSV: refusal or import, never half."""
    import csv
    import io

    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(["Name", "DOB", "Session date", "Note", "Type"])
    writer.writerows(rows)
    path = tmp_path / "fuzz.csv"
    path.write_text(text.getvalue(), encoding="utf-8", errors="surrogatepass")
    _attempt(manager, kit, path)


XLSX_CELL = st.one_of(
    st.none(),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=10),
    st.integers(-5, 50_000),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.dates(min_value=date(1890, 1, 1), max_value=date(2100, 1, 1)),
    st.sampled_from(["=1+1", "=NOW()", True]),
)


@settings(FUZZ, max_examples=15)
@given(rows=st.lists(st.lists(XLSX_CELL, min_size=1, max_size=4), max_size=4))
def test_fuzzed_workbooks_never_half_import(manager, tmp_path, kit, rows):
    """Random cell types (dates, numbers, formulas, booleans) in XLSX: never half, never a trace."""
    path = _workbook(tmp_path, [["Name", "DOB", "Session date", "Note"], *rows], name="f.xlsx")
    _attempt(manager, kit, path)
