"""The command line speaks the chosen language, and English stays free of Qt.

Each run is a real ``womenscentre`` process through ``ui.launcher``, so the choice is made
the way people make it: ``--language``, ``WOMENSCENTRE_LANGUAGE``, or the data folder's
``settings.json``. What scripts read (``lint --format json``, exit codes) never changes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ui.i18n import PSEUDO_OPEN, pseudo

REPO = Path(__file__).resolve().parents[2]
NO_VAULT_CY = "Does dim cronfa ddiogel yma eto."
NO_VAULT_EN = "There is no vault here yet."
REPORT_QT = (
    "import atexit, sys\n"
    "atexit.register(lambda: print('qt-loaded:', 'PySide6' in sys.modules, file=sys.stderr))\n"
)


def womenscentre(
    *args: str, language: str | None = None, stdin: str = "", qt_report: bool = False
) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != "WOMENSCENTRE_LANGUAGE"}
    env["PYTHONPATH"] = str(REPO)
    env["COLUMNS"] = "400"  # argparse wraps help to the terminal; keep each line whole
    if language is not None:
        env["WOMENSCENTRE_LANGUAGE"] = language
    code = (REPORT_QT if qt_report else "import sys\n") + (
        "from ui.launcher import main\nsys.exit(main(sys.argv[1:]))\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        env=env,
        timeout=120,
        check=False,
    )


def test_help_is_pseudo_localised() -> None:
    done = womenscentre("--help", language="pseudo")
    assert done.returncode == 0, done.stderr
    assert pseudo("export a referral pack") in done.stdout
    assert pseudo("use the fictional training vault") in done.stdout
    # The commands themselves are typed, so they stay as they are.
    assert "subject-access" in done.stdout and "reset-passphrase" in done.stdout


def test_a_subcommands_help_and_its_error_messages_are_pseudo_localised(tmp_path: Path) -> None:
    helped = womenscentre("lint", "--help", language="pseudo")
    assert helped.returncode == 0
    assert pseudo("text for people (the default), json for scripts") in helped.stdout

    missing = tmp_path / "no-such-note.txt"
    done = womenscentre("lint", str(missing), language="pseudo")
    assert done.returncode == 2
    expected = pseudo("Can't find {file}. Please check the file name.").format(file=missing)
    assert done.stderr.strip() == expected
    assert "Traceback" not in done.stderr


def test_json_output_stays_as_it_was_while_the_summary_is_translated() -> None:
    note = "She is a junkie.\n"
    english = womenscentre("lint", "--format", "json", "-", stdin=note)
    pseudo_run = womenscentre("lint", "--format", "json", "-", language="pseudo", stdin=note)
    assert english.returncode == pseudo_run.returncode == 1
    assert pseudo_run.stdout == english.stdout
    assert PSEUDO_OPEN not in pseudo_run.stdout
    assert json.loads(pseudo_run.stdout)[0]["rule"] == "sub.addict"

    text = womenscentre("lint", "-", language="pseudo", stdin=note)
    assert text.returncode == 1
    assert text.stdout.splitlines()[-1].startswith(PSEUDO_OPEN)


def test_welsh_from_the_environment_shows_welsh(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    done = womenscentre(
        "verify",
        "--data-dir",
        str(empty),
        "--user",
        "sam",
        "--passphrase-file",
        __file__,
        language="cy",
    )
    assert done.returncode == 2
    assert NO_VAULT_CY in done.stderr and NO_VAULT_EN not in done.stderr


def test_welsh_saved_in_the_data_folder_is_followed_and_the_option_comes_first(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "vault"
    folder.mkdir()
    (folder / "settings.json").write_text(json.dumps({"language": "cy"}), encoding="utf-8")
    args = ("verify", "--user", "sam", "--passphrase-file", __file__)
    saved = womenscentre(*args, f"--data-dir={folder}")
    assert NO_VAULT_CY in saved.stderr

    option = womenscentre("--language", "en-GB", *args, "--data-dir", str(folder), language="cy")
    assert NO_VAULT_EN in option.stderr and NO_VAULT_CY not in option.stderr


@pytest.mark.parametrize("saved", [None, "en-GB"])
def test_english_imports_no_qt(tmp_path: Path, saved: str | None) -> None:
    folder = tmp_path / "vault"
    folder.mkdir()
    if saved is not None:
        (folder / "settings.json").write_text(json.dumps({"language": saved}), encoding="utf-8")
    done = womenscentre(
        "lint", "--data-dir", str(folder), "-", stdin="We met today.\n", qt_report=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Nothing to suggest."
    assert done.stderr.strip().splitlines()[-1] == "qt-loaded: False"


def test_english_chosen_over_a_saved_welsh_imports_no_qt(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    folder.mkdir()
    (folder / "settings.json").write_text(json.dumps({"language": "cy"}), encoding="utf-8")
    done = womenscentre(
        "lint",
        "--data-dir",
        str(folder),
        "-",
        stdin="We met today.\n",
        language="en",
        qt_report=True,
    )
    assert done.stdout.strip() == "Nothing to suggest."
    assert done.stderr.strip().splitlines()[-1] == "qt-loaded: False"


def test_the_command_lines_own_words_are_in_welsh() -> None:
    helped = womenscentre("--help", language="cy")
    assert helped.returncode == 0
    assert "allforio pecyn atgyfeirio" in helped.stdout  # "export a referral pack"
    checked = womenscentre("lint", "-", language="cy", stdin="We met today.\n")
    assert checked.stdout.strip() == "Dim i'w awgrymu."  # "Nothing to suggest."
