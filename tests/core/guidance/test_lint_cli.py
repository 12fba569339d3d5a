"""``womenscentre lint``: design §3's JSON shape, exit codes, input errors and a fast start."""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from womenscentre.cli import lint
from womenscentre.errors import InvalidInput

REPO = Path(__file__).resolve().parents[3]
FIELDS = [
    "file",
    "start",
    "end",
    "line",
    "column",
    "text",
    "rule",
    "category",
    "severity",
    "message",
    "suggestions",
]


def run(files: list[str], fmt: str = "text", stdin_text: str | None = None) -> tuple[int, str]:
    out = io.StringIO()
    stdin = io.StringIO(stdin_text) if stdin_text is not None else None
    code = lint.lint_files(files, output_format=fmt, stdin=stdin, stdout=out)
    return code, out.getvalue()


def note(tmp_path: Path, text: str, name: str = "note.txt") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_json_has_exactly_the_design_fields(tmp_path: Path) -> None:
    path = note(tmp_path, "Intro line.\nShe is a junkie and was hit.\n")
    code, out = run([path], "json")
    findings = json.loads(out)
    assert code == 1
    assert [list(f) for f in findings] == [FIELDS, FIELDS]
    first = findings[0]
    assert first["file"] == path
    assert (first["start"], first["end"], first["line"], first["column"]) == (21, 27, 2, 10)
    assert first["text"] == "junkie"
    assert first["rule"] == "sub.addict"
    assert first["category"] == "stigmatising-label"
    assert first["severity"] == "warning"
    assert first["message"].endswith(".")
    assert first["suggestions"] == ["person who uses drugs", "woman with a drug dependency"]
    assert findings[1]["severity"] == "hint"


def test_offsets_are_code_points_into_the_file(tmp_path: Path) -> None:
    text = "Café ☕ notes.\nShe is a junkie."
    path = note(tmp_path, text)
    (finding,) = json.loads(run([path], "json")[1])
    assert text[finding["start"] : finding["end"]] == "junkie"


def test_hints_alone_exit_zero(tmp_path: Path) -> None:
    code, out = run([note(tmp_path, "She was hit.")])
    assert code == 0
    assert "hint:" in out


def test_nothing_found_exits_zero_with_an_empty_array(tmp_path: Path) -> None:
    code, out = run([note(tmp_path, "She came in for a cup of tea.")], "json")
    assert (code, json.loads(out)) == (0, [])


def test_standard_input_is_named_dash() -> None:
    code, out = run(["-"], "json", stdin_text="Her last sample was dirty.")
    assert code == 1
    assert json.loads(out)[0]["file"] == "-"


def test_text_format_is_one_line_per_finding(tmp_path: Path) -> None:
    path = note(tmp_path, "She is a junkie. He called her a junkie again.\nShe was hit.")
    code, out = run([path])
    lines = out.splitlines()
    assert code == 1
    assert lines[0].startswith(f"{path}:1:10: warning: “junkie”")
    assert "(2 times in this text.)" in lines[0] and lines[0].endswith("[sub.addict]")
    assert lines[1].startswith(f"{path}:2:5: hint:") and "Who did this?" in lines[1]
    assert lines[-1] == "1 warning and 1 hint."


def test_several_files(tmp_path: Path) -> None:
    first = note(tmp_path, "She is a junkie.", "a.txt")
    second = note(tmp_path, "She was hit.", "b.txt")
    findings = json.loads(run([first, second], "json")[1])
    assert [f["file"] for f in findings] == [first, second]


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda d: str(d / "missing.txt"), "Can't find"),
        (lambda d: str(d), "is a folder"),
        (
            lambda d: (d / "latin.txt").write_bytes(b"caf\xe9 junkie") and str(d / "latin.txt"),
            "UTF-8",
        ),
    ],
)
def test_input_problems_are_one_line_and_exit_two(tmp_path: Path, make: object, words: str) -> None:
    name = make(tmp_path)  # type: ignore[operator]
    with pytest.raises(InvalidInput) as caught:
        run([note(tmp_path, "She is a junkie.", "good.txt"), name])
    assert words in caught.value.message
    assert "\n" not in caught.value.message
    assert caught.value.exit_code == 2


def test_wired_into_the_main_parser(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The lines proposed for cli/main.py work with its common options."""
    from womenscentre.cli import main

    parser = main.build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    if "lint" not in commands.choices:
        lint.add_lint_command(commands, main._common_options())
    path = note(tmp_path, "She is a junkie.")
    args = parser.parse_args(["lint", "--format", "json", path, "--data-dir", str(tmp_path)])
    assert args.handler(args) == 1
    assert json.loads(capsys.readouterr().out)[0]["rule"] == "sub.addict"
    args = parser.parse_args(["lint", str(tmp_path / "nope.txt")])
    with pytest.raises(InvalidInput):
        args.handler(args)


def _python(code: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-c", code],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=60,
        check=False,
    )


HEAVY = "sorted(m for m in sys.modules if m.split('.')[0] in {'PySide6','sqlalchemy','alembic'})"


def test_importing_lint_pulls_in_no_qt_or_database() -> None:
    result = _python(f"import womenscentre.cli.lint, sys; print({HEAVY})")
    assert result.stdout.strip() == "[]", result.stderr


def test_running_lint_pulls_in_no_qt_or_database() -> None:
    code = (
        "import sys; from womenscentre.cli.lint import main; code = main(['-']); "
        f"print({HEAVY}, code, file=sys.stderr)"
    )
    result = _python(code, stdin="She is a junkie.")
    assert result.stderr.strip() == "[] 1"
    assert "sub.addict" in result.stdout


def test_standalone_entry_reports_input_errors_in_one_line(tmp_path: Path) -> None:
    missing = str(tmp_path / "x")
    result = _python(
        f"import sys; from womenscentre.cli.lint import main; sys.exit(main([{missing!r}]))"
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Can't find" in result.stderr
