"""Import progress: it counts every record sealed, and says 100% only once it is saved."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from womenscentre.services.progress import Progress

ROWS = 250


def _sheet(tmp_path, rows: int = ROWS):
    lines = "".join(f"Woman {n},01/01/1990,01/02/2024,Note {n}\n" for n in range(rows))
    sheet = tmp_path / "many.csv"
    sheet.write_text("Name,DOB,Date,Note\n" + lines, encoding="utf-8")
    return sheet


def _people(database) -> int:
    uri = database.absolute().as_uri() + "?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as connection:
        return int(connection.execute("SELECT count(*) FROM people").fetchone()[0])


def test_progress_counts_every_record_and_reaches_the_end_only_after_saving(manager, tmp_path):
    plan = manager.imports.plan([_sheet(tmp_path)])
    assert plan.ok and plan.women_to_add == ROWS and len(plan.notes) == ROWS
    database = manager.paths.database
    before = _people(database)
    steps: list[Progress] = []
    saved_at: dict[int, int] = {}

    def progress(step: Progress) -> None:
        steps.append(step)
        if step.stage == "save":
            saved_at[step.done] = _people(database)  # what another connection can see

    result = manager.imports.apply(plan, progress=progress)
    assert result.women_added == ROWS
    total = ROWS * 2
    sealing = [s for s in steps if s.stage == "import"]
    assert sealing[0] == Progress("import", 0, total) and sealing[-1] == Progress(
        "import", total, total
    )
    assert [s.done for s in sealing] == sorted(s.done for s in sealing), "never goes backwards"
    assert len(sealing) <= 102, "about a hundred steps, however many rows"
    assert steps[-2:] == [Progress("save", 0, 1), Progress("save", 1, 1)]
    assert saved_at == {0: before, 1: before + ROWS}, "100% means committed, not before"


def test_an_import_stopped_half_way_leaves_the_vault_exactly_as_it_was(manager, tmp_path, kit):
    """The progress callback raising (the window going away, say) rolls everything back."""
    plan = manager.imports.plan([_sheet(tmp_path, 40)])
    before = kit.table_hashes(manager.paths.database)

    def stop_half_way(step: Progress) -> None:
        if step.stage == "import" and step.done * 2 >= step.total > 0:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        manager.imports.apply(plan, progress=stop_half_way)
    assert kit.table_hashes(manager.paths.database) == before
    assert manager.people.visible() == []

    def stop_while_saving(step: Progress) -> None:
        if step == Progress("save", 0, 1):
            raise OSError("the disk went away")

    with pytest.raises(OSError):
        manager.imports.apply(plan, progress=stop_while_saving)
    assert kit.table_hashes(manager.paths.database) == before
    assert manager.imports.apply(plan).women_added == 40, "and the same plan still goes in"
