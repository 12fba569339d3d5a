"""Malformed template, prompt-set and directory files: a clear error, and nothing half-loads.

A manager importing a customised file gets an error naming the file, the line and the field,
worded kindly; the built-in templates keep working throughout.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from womenscentre.domain.notes import SessionType
from womenscentre.errors import NotPermitted
from womenscentre.templates import TemplateFileError, TemplateLibrary, import_file
from womenscentre.templates.safety_plans import load_safety_plan

GOOD_PLAN = """\
format = 1
kind = "safety_plan"
id = "our-own-plan"
version = 1
plan_kind = "other"
title = "Our own plan"
discreet_title = "My list"
summary = "A centre's own plan, for testing."

[[review_trigger]]
id = "something-new"
label = "Something new has happened"

[[section]]
id = "first"
title = "First things"
discreet_title = "First"

[[section.field]]
id = "good_field"
label = "A good field"
type = "text"

[[section]]
id = "second"
title = "Second things"
discreet_title = "Second"

[[section.field]]
id = "a_date"
label = "A date"
type = "date"

[[section.field]]
id = "a_choice"
label = "A choice"
type = "choice"
options = [
  { id = "one", label = "One" },
  { id = "two", label = "Two" },
]
"""

GOOD_PROMPTS = """\
format = 1
kind = "prompt_set"
id = "our-one-to-one"
version = 2
session_type = "one_to_one"
title = "Our one-to-one"
purpose = "A centre's own one-to-one."

[[section]]
use = "safety-and-consent"

[[section]]
id = "middle"
title = "The middle"
questions = [
  "What's been better?",
  "What helped?",
]

[section.guidance]
why = "It matters."
avoid = "Rushing."
tell_it_once = "Look at the last note."

[[section.field]]
id = "better"
label = "What's better"
type = "text"

[[section]]
use = "recording-check"
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def only_problem(error: pytest.ExceptionInfo[TemplateFileError]):
    [problem] = error.value.problems
    return problem


def test_the_good_examples_load(tmp_path, library):
    template = load_safety_plan(write(tmp_path, "ours.toml", GOOD_PLAN))
    assert template.id == "our-own-plan" and len(template.sections) == 2
    local = tmp_path / "local"
    library = import_file(write(tmp_path, "prompts.toml", GOOD_PROMPTS), local, library)
    assert library.prompt_set(SessionType.ONE_TO_ONE).id == "our-one-to-one"


def test_a_misspelt_field_type_names_file_line_and_field(tmp_path):
    text = GOOD_PLAN.replace('type = "date"', 'type = "dat"')
    path = write(tmp_path, "our-plan.toml", text)
    with pytest.raises(TemplateFileError) as error:
        load_safety_plan(path)
    problem = only_problem(error)
    assert problem.path == path and problem.line == line_of(text, 'type = "dat"')
    assert problem.field == 'section 2 ("second") > field 1 ("a_date") > type'
    message = error.value.message
    assert "our-plan.toml" in message and f"line {problem.line}" in message
    assert '"date"' in message and "nothing from it has been loaded" in message
    assert "built-in templates, still works" in message


def test_a_bad_option_inside_an_inline_table_points_to_its_own_line(tmp_path):
    text = GOOD_PLAN.replace('{ id = "two", label = "Two" }', '{ id = "Two Words", label = "" }')
    path = write(tmp_path, "ours.toml", text)
    with pytest.raises(TemplateFileError) as error:
        load_safety_plan(path)
    lines = {(p.line, p.field) for p in error.value.problems}
    here = line_of(text, "Two Words")
    assert (here, 'section 2 ("second") > field 2 ("a_choice") > options 2 > id') in lines
    assert (here, 'section 2 ("second") > field 2 ("a_choice") > options 2 > label') in lines


def test_a_toml_syntax_error_gives_its_line(tmp_path):
    text = GOOD_PLAN.replace('label = "A date"', 'label = "A date')
    path = write(tmp_path, "broken.toml", text)
    with pytest.raises(TemplateFileError) as error:
        load_safety_plan(path)
    problem = only_problem(error)
    assert problem.line == line_of(text, 'label = "A date')
    assert "isn't valid TOML" in problem.problem


def test_every_problem_in_a_file_is_listed_first_line_first(tmp_path):
    text = (
        GOOD_PLAN.replace('title = "Our own plan"', 'titel = "Our own plan"')
        .replace('id = "good_field"', 'id = "a_date"')
        .replace('label = "A good field"', 'label = "This is low risk"')
    )
    path = write(tmp_path, "many.toml", text)
    with pytest.raises(TemplateFileError) as error:
        load_safety_plan(path)
    problems = error.value.problems
    assert [p.line for p in problems] == sorted(p.line for p in problems)
    found = {p.field: p for p in problems}
    assert found["titel"].line == line_of(text, "titel")
    assert "isn't a setting" in found["titel"].problem
    assert any('needs a "title"' in p.problem for p in problems)
    assert "low risk" in found['section 1 ("first") > field 1 ("a_date") > label'].problem
    dup = found['section 2 ("second") > field 1 ("a_date") > id']
    second = [i for i, line in enumerate(text.splitlines(), 1) if 'id = "a_date"' in line][1]
    assert "again" in dup.problem and dup.line == second


def test_a_why_question_in_a_custom_prompt_set_is_refused_at_its_line(tmp_path, library):
    text = GOOD_PROMPTS.replace('"What helped?"', '"Why did you stay?"')
    path = write(tmp_path, "prompts.toml", text)
    with pytest.raises(TemplateFileError) as error:
        import_file(path, tmp_path / "local", library)
    problem = only_problem(error)
    assert problem.line == line_of(text, "Why did you stay")
    assert problem.field == 'section 2 ("middle") > questions 2'
    assert "What helped?" in problem.problem


def test_a_prompt_set_must_open_and_close_with_the_shared_checks(tmp_path, library):
    text = GOOD_PROMPTS.replace('use = "recording-check"', 'use = "goodbye"')
    with pytest.raises(TemplateFileError) as error:
        import_file(write(tmp_path, "p.toml", text), tmp_path / "local", library)
    messages = " ".join(p.problem for p in error.value.problems)
    assert "must name a shared section" in messages
    assert 'must end with a section that says use = "recording-check"' in messages


def test_importing_a_bad_file_changes_nothing_and_built_ins_keep_working(tmp_path, library):
    """Nothing half-loads: no copy in the local folder, no half a template in the library."""
    local = tmp_path / "local"
    bad = GOOD_PLAN.replace('type = "date"', 'type = "dat"')
    with pytest.raises(TemplateFileError):
        import_file(write(tmp_path, "ours.toml", bad), local, library)
    assert not local.exists() or not any(local.rglob("*.toml"))
    reloaded = TemplateLibrary.load(local)
    assert "our-own-plan" not in reloaded.safety_plans
    assert set(reloaded.safety_plans) == set(library.safety_plans)
    fixed = import_file(write(tmp_path, "ours.toml", GOOD_PLAN), local, library)
    assert "our-own-plan" in fixed.safety_plans and "domestic-abuse" in fixed.safety_plans
    assert (local / "safety_plans" / "ours.toml").is_file()


def test_a_bad_file_left_in_the_local_folder_is_reported_and_left_out(tmp_path):
    local = tmp_path / "local"
    (local / "safety_plans").mkdir(parents=True)
    (local / "directory").mkdir()
    write(
        local / "safety_plans",
        "ours.toml",
        GOOD_PLAN.replace('[[section.field]]\nid = "a_date"', '[[section.field]]\nid = ""'),
    )
    write(
        local / "directory",
        "ours.toml",
        'format = 1\nkind = "directory"\n\n[[entry]]\nid = "x"\nname = "Our line"\n'
        'kind = "helpline"\nlast_verified = "last spring"\n',
    )
    library = TemplateLibrary.load(local)
    assert "our-own-plan" not in library.safety_plans
    assert "domestic-abuse" in library.safety_plans
    assert library.directory.has_examples, "the built-in directory is untouched"
    names = sorted(e.path.name for e in library.problems)
    assert names == ["ours.toml", "ours.toml"]
    directory_problem = next(e for e in library.problems if "directory" in str(e.path))
    messages = [str(p) for p in directory_problem.problems]
    assert any("line 4" in m and "at least one way to get in touch" in m for m in messages)
    assert any("line 8" in m and "last_verified" in m for m in messages)


def test_a_local_copy_must_raise_the_version_of_a_built_in(tmp_path, library):
    text = (resource_text("safety_plans/very-hard-times.toml")).replace(
        'title = "Staying safe when things are very hard"', 'title = "Our version"'
    )
    path = write(tmp_path, "very-hard-times.toml", text)
    with pytest.raises(TemplateFileError) as error:
        import_file(path, tmp_path / "local", library)
    problem = only_problem(error)
    assert problem.field == "version" and problem.line == line_of(text, "version = 1")
    newer = import_file(
        write(tmp_path, "very-hard-times.toml", text.replace("version = 1", "version = 2")),
        tmp_path / "local",
        library,
    )
    assert newer.safety_plan("very-hard-times").title == "Our version"


def test_a_file_that_is_not_utf8_or_not_a_known_kind(tmp_path, library):
    odd = tmp_path / "latin.toml"
    odd.write_bytes('title = "caf\xe9"\n'.encode("latin-1"))
    with pytest.raises(TemplateFileError) as error:
        import_file(odd, tmp_path / "local", library)
    assert "UTF-8" in only_problem(error).problem
    with pytest.raises(TemplateFileError) as error:
        import_file(write(tmp_path, "k.toml", 'format = 1\nkind = "recipe"\n'), tmp_path, library)
    assert only_problem(error).line == 2 and only_problem(error).field == "kind"


def test_a_generated_checklist_must_name_real_fields(tmp_path):
    text = GOOD_PLAN + (
        '\n[generated_checklist]\nfield = "good_field"\n\n'
        '[[generated_checklist.rule]]\nid = "r"\ntask = "Ring {nobody}"\n'
        'when = { field = "a_choice", is = "three" }\n'
    )
    with pytest.raises(TemplateFileError) as error:
        load_safety_plan(write(tmp_path, "gen.toml", text))
    found = {p.field: p for p in error.value.problems}
    assert found["generated_checklist > field"].line == line_of(text, 'field = "good_field"')
    assert "{nobody}" in found['generated_checklist > rule 1 ("r") > task'].problem
    assert found['generated_checklist > rule 1 ("r") > when > is'].line == line_of(text, "three")


def test_only_a_manager_can_import_through_the_vault(manager, reopen, tmp_path):
    path = write(tmp_path, "ours.toml", GOOD_PLAN)
    from womenscentre.domain.users import Role

    manager.users.add("ash", Role.KEYWORKER, "velvet orbit lantern")
    library = manager.plans.import_template(path)
    assert "our-own-plan" in library.safety_plans
    assert (manager.plans.local_templates_dir / "safety_plans" / "ours.toml").is_file()
    manager.lock()
    ash = reopen("ash", "velvet orbit lantern")
    with pytest.raises(NotPermitted):
        ash.plans.import_template(path)
    assert "our-own-plan" in ash.plans.library.safety_plans, "imported files load for everyone"


def resource_text(relative: str) -> str:
    from womenscentre.paths import read_resource_text

    return read_resource_text(relative)


def test_a_field_id_used_twice_in_a_prompt_set_is_named_where_it_repeats(tmp_path, library):
    text = GOOD_PROMPTS.replace('id = "better"', 'id = "safe_to_talk"')
    with pytest.raises(TemplateFileError) as error:
        import_file(write(tmp_path, "p.toml", text), tmp_path / "local", library)
    problem = only_problem(error)
    assert problem.line == line_of(text, 'id = "safe_to_talk"')
    assert problem.field == 'section 2 ("middle") > field 1 ("safe_to_talk") > id'
