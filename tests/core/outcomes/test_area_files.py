"""Life-area and ONS4 files: problems named by file, line and field; a bad centre file
never stops outcome recording."""

from __future__ import annotations

from pathlib import Path

import pytest

from womenscentre import paths
from womenscentre.templates.errors import TemplateFileError
from womenscentre.templates.outcome_areas import (
    LIFE_AREAS_FILE,
    centre_life_areas,
    load_life_areas,
    load_ons4,
)

GOOD = """format = 1
kind = "life_areas"

[points]
1 = "Hard right now"
2 = "Thinking about it"
3 = "Starting to move"
4 = "Mostly my way"
5 = "Steady, my way"

[[area]]
id = "feeling-safe"
title = "Feeling safe"

[[area]]
id = "garden"
title = "Our garden group"
prompt = "How is the garden group going?"
[area.points]
1 = "Not been yet"
2 = "Thinking of coming"
3 = "Been once or twice"
4 = "Come most weeks"
5 = "Helping to run it"
"""


def write(tmp_path: Path, text: str, name: str = "life_areas.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_centre_file_can_add_an_area_with_its_own_points(tmp_path):
    areas = load_life_areas(write(tmp_path, GOOD))
    assert [a.id for a in areas] == ["feeling-safe", "garden"]
    assert areas[0].describe(3) == "Starting to move"
    assert areas[1].describe(5) == "Helping to run it"


def test_every_problem_is_reported_with_its_line_and_field(tmp_path):
    broken = (
        GOOD.replace('4 = "Come most weeks"', "4 = 7")
        .replace('id = "garden"', 'id = "Garden Group"')
        .replace('title = "Feeling safe"', 'title = "Feeling safe"\ncolour = "blue"')
    )
    with pytest.raises(TemplateFileError) as caught:
        load_life_areas(write(tmp_path, broken))
    found = {(p.line, p.field) for p in caught.value.problems}
    lines = broken.splitlines()
    assert (lines.index('colour = "blue"') + 1, 'area 1 ("feeling-safe") > colour') in found
    assert any(line == lines.index('id = "Garden Group"') + 1 for line, _ in found)
    assert any(line == lines.index("4 = 7") + 1 and field.endswith("4") for line, field in found)
    assert "life_areas.toml" in str(caught.value)


def test_a_missing_point_description_is_refused(tmp_path):
    broken = GOOD.replace('5 = "Steady, my way"\n', "")
    with pytest.raises(TemplateFileError, match='needs a "5"'):
        load_life_areas(write(tmp_path, broken))


def test_a_broken_centre_file_falls_back_to_the_built_in_list(tmp_path):
    local = tmp_path / LIFE_AREAS_FILE
    local.parent.mkdir(parents=True)
    local.write_text('format = 1\nkind = "life_areas"\n[[area]\n', encoding="utf-8")
    loaded = centre_life_areas(tmp_path)
    assert loaded.problem is not None and loaded.problem.problems[0].line == 3
    assert len(loaded.areas) == 11 and loaded.source == paths.resource_path(LIFE_AREAS_FILE)
    local.write_text(GOOD, encoding="utf-8")
    assert [a.id for a in centre_life_areas(tmp_path).areas] == ["feeling-safe", "garden"]


def test_the_ons4_file_must_cite_ons_and_hold_all_four_questions(tmp_path):
    built_in = paths.resource_path("outcomes/ons4.toml").read_text(encoding="utf-8")
    assert len(load_ons4(write(tmp_path, built_in, "ons4.toml")).questions) == 4
    uncited = built_in.replace("Office for National Statistics (ONS)", "A survey")
    uncited = uncited.replace("acknowledgement to ONS", "thanks")
    with pytest.raises(TemplateFileError, match="Office for National Statistics"):
        load_ons4(write(tmp_path, uncited, "ons4.toml"))
    three = built_in[: built_in.rindex("[[question]]")]
    with pytest.raises(TemplateFileError, match="all four"):
        load_ons4(write(tmp_path, three, "ons4.toml"))


def test_no_licensed_instrument_wording_ships_in_the_outcome_files():
    text = "\n".join(
        p.read_text(encoding="utf-8").casefold()
        for p in paths.resource_path("outcomes").glob("*.toml")
    )
    for phrase in (
        "journey of change",
        "outcomes star",
        "stuck",
        "accepting help",
        "self-reliance",
        "wemwbs",
        "i've been feeling optimistic",
    ):
        body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
        assert phrase not in body, phrase
