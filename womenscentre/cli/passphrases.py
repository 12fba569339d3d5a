"""Where the command line gets a passphrase: a file, the environment, or a prompt.

Never from an argument, because arguments are visible to other users of the
machine in the process list and end up in shell history.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from womenscentre.errors import InvalidInput
from womenscentre.i18n import tr

PASSPHRASE_ENV = "WOMENSCENTRE_PASSPHRASE"  # noqa: S105 - a variable name


def read_passphrase(passphrase_file: str | None, *, prompt: str, confirm: bool = False) -> str:
    if passphrase_file:
        try:
            text = Path(passphrase_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise InvalidInput(
                tr(
                    "The passphrase file couldn't be read. Please check its name and that "
                    "you can open it."
                )
            ) from exc
        return text.splitlines()[0] if text else ""
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env is not None:
        return from_env
    if not sys.stdin or not sys.stdin.isatty():
        raise InvalidInput(
            tr(
                "No passphrase was given. Please use --passphrase-file, set {variable}, or run "
                "this in a terminal to be asked."
            ).format(variable=PASSPHRASE_ENV)
        )
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass(tr("Please type it again: ")) != first:
        raise InvalidInput(tr("The two passphrases didn't match. Nothing has been changed."))
    return first


def read_secret_line(path: str | None, *, prompt: str) -> str:
    """A recovery key: from a file if given, else typed without echo."""
    if path:
        try:
            return Path(path).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise InvalidInput(tr("That file couldn't be read. Please check its name.")) from exc
    if not sys.stdin or not sys.stdin.isatty():
        raise InvalidInput(tr("Please give the recovery key with --recovery-key-file."))
    return getpass.getpass(prompt)
