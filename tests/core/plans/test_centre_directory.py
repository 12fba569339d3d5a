"""The centre's own directory file: only differences written, checked, atomic, kind on error."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from womenscentre.errors import NotPermitted
from womenscentre.templates import TemplateLibrary
from womenscentre.templates.centre_directory import (
    centre_file,
    load_state,
    render,
    save_centre_entries,
)
from womenscentre.templates.directory import DirectoryEntry, EntryKind, load_directory

from .conftest import KEYWORKER, KEYWORKER_PASSPHRASE

OUR_LINE = DirectoryEntry(
    "our-duty-line",
    'Our "duty" line, Ēast side',
    EntryKind.LOCAL_SERVICE,
    date(2026, 2, 1),
    phone="0000 000 0099",
    description="Line one\nline two \\ with a backslash",
    topics=("domestic-abuse",),
)


def test_render_round_trips_awkward_text(tmp_path):
    path = tmp_path / "centre.toml"
    path.write_text(render([OUR_LINE], ["example-stalking-line"]), encoding="utf-8")
    loaded = load_directory(path)
    assert loaded.entries == (OUR_LINE,)
    assert loaded.removed == ("example-stalking-line",)


def test_adding_changing_and_removing_writes_only_the_differences(tmp_path, library):
    local = tmp_path / "local"
    built_in = list(library.directory.entries)
    tech = next(e for e in built_in if e.id == "example-tech-safety")
    wanted = [OUR_LINE, replace(tech, website="https://example.invalid/ours")]
    state = save_centre_entries(local, wanted)
    assert {e.id for e in state.directory.entries} == {"our-duty-line", "example-tech-safety"}
    text = centre_file(local).read_text(encoding="utf-8")
    assert "example-listening-line" in text  # removed, by id
    assert text.count("[[entry]]") == 2
    # The library everyone uses sees exactly the same list.
    reloaded = TemplateLibrary.load(local)
    assert reloaded.directory.entries == state.directory.entries
    assert not reloaded.directory.has_examples or reloaded.directory.get("example-tech-safety")
    # Back to the built-in list: the centre's file goes, and the examples return.
    state = save_centre_entries(local, built_in)
    assert not centre_file(local).exists()
    assert state.directory.entries == library.directory.entries


def test_a_malformed_centre_file_is_named_and_the_built_in_list_keeps_working(tmp_path, library):
    local = tmp_path / "local"
    path = centre_file(local)
    path.parent.mkdir(parents=True)
    path.write_text(
        'format = 1\nkind = "directory"\n\n[[entry]]\nid = "ours"\nname = "Our line"\n'
        'kind = "helpline"\nphone = "0000 000 0098"\nlast_verified = "last spring"\n',
        encoding="utf-8",
    )
    state = load_state(local)
    assert state.directory.entries == library.directory.entries
    [problem] = state.problems
    named = str(problem)
    assert "centre.toml" in named and "line 9" in named and "last_verified" in named
    # Saving over it keeps what was typed by hand beside it, never loaded.
    save_centre_entries(local, [OUR_LINE])
    kept = path.with_name("centre.toml.unreadable")
    assert "last spring" in kept.read_text(encoding="utf-8")
    assert [e.id for e in load_state(local).directory.entries] == ["our-duty-line"]
    assert load_state(local).problems == ()


def test_entries_not_checked_for_a_year_are_marked():
    today = date(2027, 3, 1)
    fresh = replace(OUR_LINE, last_verified=today - timedelta(days=300))
    stale = replace(OUR_LINE, last_verified=today - timedelta(days=400))
    assert not fresh.needs_checking(today)
    assert stale.needs_checking(today)


def test_only_managers_change_the_directory_and_it_is_audited(manager, reopen, keyworker):
    state = manager.plans.directory.state()
    before = manager.plans.library.directory
    manager.plans.directory.save([OUR_LINE, *state.directory.entries])
    assert manager.plans.library.directory.get("our-duty-line") == OUR_LINE
    assert before is not manager.plans.library.directory
    manager.lock()
    ash = reopen(KEYWORKER, KEYWORKER_PASSPHRASE)
    assert ash.plans.directory.state().directory.get("our-duty-line") == OUR_LINE
    with pytest.raises(NotPermitted):
        ash.plans.directory.save([])
