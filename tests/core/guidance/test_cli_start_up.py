"""The command line builds only the chosen command, so ``womenscentre lint`` starts fast.

``womenscentre --help`` must still list every command with the same line its own module
registers, and a command the quick guess misses must still run. All text is fictional.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from womenscentre.cli import main as cli

REPO = Path(__file__).resolve().parents[3]


def _commands(
    parser: argparse.ArgumentParser,
) -> argparse._SubParsersAction[argparse.ArgumentParser]:
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def _help_lines(parser: argparse.ArgumentParser) -> dict[str, str | None]:
    return {action.dest: action.help for action in _commands(parser)._choices_actions}


def test_placeholders_carry_each_commands_own_help_line() -> None:
    full = _help_lines(cli.build_parser())
    quick = _help_lines(cli.build_parser(only=""))
    assert list(full) == [name for group in cli.COMMANDS.values() for name in group]
    assert quick == full


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        cli.main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for helps in cli.COMMANDS.values():
        for name, line in helps.items():
            assert f"{name} " in out and line in out


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["lint", "a.txt"], "lint"),
        (["--data-dir", "lint", "verify"], "verify"),
        (["--data", "/somewhere", "lint"], "lint"),  # argparse's unambiguous prefixes
        (["--user=ash", "--demo", "backup", "--out", "x"], "backup"),
        (["--passphrase-file", "p.txt", "--user", "ash", "reset-passphrase"], "reset-passphrase"),
        (["--version"], None),
        ([], None),
    ],
)
def test_the_quick_guess_skips_common_options_and_their_values(
    argv: list[str], expected: str | None
) -> None:
    assert cli.chosen_command(argv) == expected


def test_only_the_chosen_group_is_built() -> None:
    parser = cli.build_parser(only="lint")
    lint_args = parser.parse_args(["lint", "--format", "json", "note.txt"])
    assert lint_args.files == ["note.txt"] and not hasattr(lint_args, "placeholder")
    backup_args, _ = parser.parse_known_args(["backup", "--out", "x"])
    assert backup_args.placeholder is True


def test_a_missed_guess_still_runs_the_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """If the guess named the wrong command, the whole parser is built and used."""
    note = tmp_path / "note.txt"
    note.write_text("She is a junkie.\n", encoding="utf-8")
    monkeypatch.setattr(cli, "chosen_command", lambda argv: "verify")
    assert cli.main(["lint", "--format", "json", str(note)]) == 1
    assert json.loads(capsys.readouterr().out)[0]["rule"] == "sub.addict"


def test_stray_arguments_are_still_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        cli.main(["lint", "--no-such-option"])
    assert done.value.code == 2
    assert "unrecognized arguments: --no-such-option" in capsys.readouterr().err


HEAVY = ("PySide6", "sqlalchemy", "alembic", "cryptography", "womenscentre.domain", "ui.app")


def _launch_lint(stdin: str) -> subprocess.CompletedProcess[str]:
    """``womenscentre lint -`` through the real entry point, reporting what it imported."""
    code = (
        "import sys, atexit\n"
        "atexit.register(lambda: print(sorted({m for m in sys.modules if m.startswith("
        f"{HEAVY!r})}}), file=sys.stderr))\n"
        "from ui.launcher import main\n"
        "sys.exit(main(['lint', '-']))\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=60,
        check=False,
    )


def test_lint_through_the_launcher_imports_no_qt_database_crypto_or_export_domain() -> None:
    first = _launch_lint("She is a junkie.")
    assert first.returncode == 1, first.stderr
    assert "sub.addict" in first.stdout
    assert first.stderr.strip().splitlines()[-1] == "[]"


def test_a_warm_start_does_not_even_read_the_pack_format() -> None:
    """With the compiled packs cached, tomllib and the pattern compiler stay unloaded."""
    _launch_lint("She is a junkie.")  # fills the cache (WOMENSCENTRE_CACHE_DIR is per test)
    code = (
        "import sys\n"
        "from ui.launcher import main\n"
        "status = main(['lint', '-'])\n"
        "loaded = [m for m in ('tomllib', 'womenscentre.guidance.packs',"
        " 'womenscentre.guidance.patterns') if m in sys.modules]\n"
        "print(loaded, status, file=sys.stderr)\n"
    )
    warm = subprocess.run(
        [sys.executable, "-c", code],
        input="She is a junkie.",
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=60,
        check=False,
    )
    assert warm.stderr.strip() == "[] 1"
    assert "sub.addict" in warm.stdout
