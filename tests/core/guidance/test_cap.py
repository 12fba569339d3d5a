"""The per-note cap: every warning shown, the first few hints shown, the rest counted.

All text is fictional.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from womenscentre.cli import lint
from womenscentre.guidance import HINT_CAP, Guide, Severity, limit_hints

#: Five different hints (each a different rule) and two warnings, in this order.
CROWDED = (
    "She is a care leaver aged 19. Police logged a domestic incident at the address. "
    "She is a junkie, her neighbours say. She left an abusive relationship in 2019. "
    "She went back to him in March. The children witnessed domestic abuse. "
    "Her last sample was dirty."
)


def _rules(findings: object) -> list[str]:
    return [f.rule for f in findings]  # type: ignore[attr-defined]


def test_the_crowded_note_has_what_the_tests_below_assume(guide: Guide) -> None:
    found = guide.check(CROWDED)
    hints = [f for f in found if f.severity is Severity.HINT]
    warnings = [f for f in found if f.severity is Severity.WARNING]
    assert len(hints) == 5 and len(warnings) == 2
    assert HINT_CAP == 3


def test_every_warning_is_shown_and_only_the_first_hints(guide: Guide) -> None:
    found = guide.check(CROWDED)
    shown = guide.check_shown(CROWDED)
    hints = [f for f in found if f.severity is Severity.HINT]
    assert [f for f in shown.findings if f.severity is Severity.WARNING] == [
        f for f in found if f.severity is Severity.WARNING
    ]
    assert [f for f in shown.findings if f.severity is Severity.HINT] == hints[:HINT_CAP]
    assert shown.held_back == tuple(hints[HINT_CAP:])
    assert shown.held_back_count == 2
    # Shown findings keep the order of the text.
    assert list(shown.findings) == [f for f in found if f in shown.findings]


def test_warnings_are_never_held_back_however_many(guide: Guide) -> None:
    warning_rules = [r for r in guide.rules if r.level is Severity.WARNING]
    text = "\n\n".join(rule.examples_flag[0] for rule in warning_rules[:20])
    found = guide.check(text)
    shown = guide.check_shown(text, hint_cap=0)
    warnings = [f for f in found if f.severity is Severity.WARNING]
    assert len(warnings) >= 15
    assert [f for f in shown.findings if f.severity is Severity.WARNING] == warnings
    assert all(f.severity is Severity.HINT for f in shown.held_back)


def test_repeats_count_once_towards_the_cap(guide: Guide) -> None:
    text = "She was hit. She was hit again. She was kicked. He had an argument with her."
    shown = guide.check_shown(text)
    assert shown.held_back_count == 0
    passive = next(f for f in shown.findings if f.rule == "pv.agentless-abuse-verb")
    assert passive.count == 3


def test_no_cap_shows_everything_and_a_short_note_is_untouched(guide: Guide) -> None:
    assert guide.check_shown(CROWDED, hint_cap=None).findings == tuple(guide.check(CROWDED))
    short = "She was hit."
    assert guide.check_shown(short).findings == tuple(guide.check(short))
    assert guide.check_shown(short).held_back == ()


def test_a_negative_cap_is_a_mistake(guide: Guide) -> None:
    with pytest.raises(ValueError, match="negative"):
        limit_hints(guide.check(CROWDED), -1)


def _note(tmp_path: Path, text: str) -> str:
    path = tmp_path / "note.txt"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_lint_text_says_how_many_hints_were_held_back(tmp_path: Path) -> None:
    path = _note(tmp_path, CROWDED)
    out = io.StringIO()
    code = lint.lint_files([path], stdout=out)
    lines = out.getvalue().splitlines()
    assert code == 1
    assert sum(": hint: " in line for line in lines) == HINT_CAP
    assert sum(": warning: " in line for line in lines) == 2
    assert lines[-2] == (
        f"{path}: 2 more hints held back, so the note isn't crowded; --all shows every hint."
    )
    assert lines[-1] == "2 warnings and 3 hints, and 2 more hints held back."


def test_lint_all_shows_every_hint(tmp_path: Path) -> None:
    out = io.StringIO()
    lint.lint_files([_note(tmp_path, CROWDED)], stdout=out, all_hints=True)
    lines = out.getvalue().splitlines()
    assert sum(": hint: " in line for line in lines) == 5
    assert lines[-1] == "2 warnings and 5 hints."


def test_lint_json_stays_the_design_array_and_says_it_on_stderr(tmp_path: Path) -> None:
    path = _note(tmp_path, CROWDED)
    out, err = io.StringIO(), io.StringIO()
    code = lint.lint_files([path], output_format="json", stdout=out, stderr=err)
    findings = json.loads(out.getvalue())
    assert code == 1
    assert isinstance(findings, list) and len(findings) == 2 + HINT_CAP
    assert all(set(f) == set(findings[0]) and "held_back" not in f for f in findings)
    assert err.getvalue() == (
        f"{path}: 2 more hints held back, so the note isn't crowded; --all shows every hint.\n"
    )
    every = io.StringIO()
    lint.lint_files([path], output_format="json", stdout=every, all_hints=True)
    assert len(json.loads(every.getvalue())) == 7


def test_lint_all_is_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from womenscentre.cli import main

    assert main.main(["lint", "--all", "--format", "json", _note(tmp_path, CROWDED)]) == 1
    assert len(json.loads(capsys.readouterr().out)) == 7
