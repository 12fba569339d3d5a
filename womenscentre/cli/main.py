"""Entry point for the command-line tools.

Each subcommand is a small function that returns an exit code: 0 success, 1 the
check found problems, 2 a usage or input problem explained in one line on
stderr. Anything unexpected is logged by type and location only (no message,
since messages can carry data) and reported kindly, never as a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from womenscentre import __version__
from womenscentre.errors import InvalidInput, UserFacingError
from womenscentre.paths import DataDirError, VaultPaths, resolve_data_dir

if TYPE_CHECKING:
    from womenscentre.cli.export import RenderPdfFactory

USER_ENV = "WOMENSCENTRE_USER"

RECOVERY_NOTE = """\
Your vault is ready, and {user} is its first manager.

Recovery key (shown this once, and never stored by womenscentre):

    {key}

Please print this or write it down now, and keep it somewhere safe away from this
computer, such as the centre's safe. With it, a manager can give anyone a new
passphrase and restore a backup onto a new computer. Without it, a forgotten
passphrase can't be reset.
"""


def _common_options() -> argparse.ArgumentParser:
    """Options accepted before or after the subcommand, as people naturally type them."""
    common = argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS)
    common.add_argument("--data-dir", help="folder holding the vault (default: your data folder)")
    common.add_argument("--demo", action="store_true", help="use the fictional training vault")
    common.add_argument("--user", help=f"your user name (or set {USER_ENV})")
    common.add_argument("--passphrase-file", help="read the passphrase from its first line")
    return common


def build_parser(render_pdf: RenderPdfFactory | None = None) -> argparse.ArgumentParser:
    common = _common_options()
    parser = argparse.ArgumentParser(
        prog="womenscentre",
        description="Case recording for women's centres: encrypted, offline, strengths-based.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"womenscentre {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    from womenscentre.cli.lint import add_lint_command  # stdlib-only at import: starts fast

    add_lint_command(commands, common)
    from womenscentre.cli.export import add_export_command  # no Qt or database imports

    add_export_command(commands, common, render_pdf)
    from womenscentre.cli.backup import add_backup_commands  # stdlib-only at import

    add_backup_commands(commands, common)

    init = commands.add_parser(
        "init", parents=[common], help="create a vault and its first manager"
    )
    init.set_defaults(handler=_cmd_init)

    verify = commands.add_parser(
        "verify", parents=[common], help="check the file, the audit log and every record"
    )
    verify.add_argument("--anchor", help="an audit anchor file copied somewhere safe earlier")
    verify.set_defaults(handler=_cmd_verify)

    reset = commands.add_parser(
        "reset-passphrase",
        parents=[common],
        help="give a user a new passphrase with the recovery key",
    )
    reset.add_argument("--recovery-key-file", help="read the recovery key from this file")
    reset.set_defaults(handler=_cmd_reset)
    return parser


def _paths(args: argparse.Namespace) -> VaultPaths:
    return VaultPaths.for_dir(resolve_data_dir(args.data_dir, demo=args.demo))


def _username(args: argparse.Namespace) -> str:
    name = args.user or os.environ.get(USER_ENV)
    if not name:
        raise InvalidInput(f"Please say who you are with --user NAME or {USER_ENV}.")
    return str(name)


def _cmd_init(args: argparse.Namespace) -> int:
    from womenscentre.cli.passphrases import read_passphrase
    from womenscentre.services.lifecycle import create_vault

    user = _username(args)
    paths = _paths(args)
    passphrase = read_passphrase(args.passphrase_file, prompt="Choose a passphrase: ", confirm=True)
    created = create_vault(paths, user, passphrase, training=args.demo)
    created.vault.lock()
    print(RECOVERY_NOTE.format(user=user, key=created.recovery_key))
    return 0


def _cmd_verify(args: argparse.Namespace) -> int:
    from womenscentre.cli.passphrases import read_passphrase
    from womenscentre.services import audit
    from womenscentre.services.lifecycle import unlock
    from womenscentre.services.verify import verify_vault

    user = _username(args)
    paths = _paths(args)
    passphrase = read_passphrase(args.passphrase_file, prompt="Passphrase: ")
    vault = unlock(paths, user, passphrase)
    try:
        report = verify_vault(vault)
        if args.anchor:
            anchor = audit.Anchor.read(Path(args.anchor))
            if anchor is None:
                raise InvalidInput("The anchor file couldn't be found. Please check its name.")
            with vault.read() as session:
                report.audit += audit.verify_chain(session, vault.keyring, anchor)
    finally:
        vault.lock()
    for line in report.lines():
        print(line)
    print("All checks passed." if report.ok else "Some checks failed; see above.")
    return 0 if report.ok else 1


def _cmd_reset(args: argparse.Namespace) -> int:
    from womenscentre.cli.passphrases import read_passphrase, read_secret_line
    from womenscentre.services.lifecycle import reset_with_recovery

    user = _username(args)
    paths = _paths(args)
    recovery = read_secret_line(args.recovery_key_file, prompt="Recovery key: ")
    passphrase = read_passphrase(
        args.passphrase_file, prompt=f"New passphrase for {user}: ", confirm=True
    )
    reset_with_recovery(paths, recovery, user, passphrase)
    print(
        f"Done. {user} can now unlock with the new passphrase, and will be asked to choose "
        "her own the next time she does."
    )
    return 0


def run(
    argv: Sequence[str] | None,
    open_app: Callable[[VaultPaths, bool], int] | None,
    render_pdf: RenderPdfFactory | None = None,
) -> int:
    """Run a subcommand, or hand over to the desktop app when there is none."""
    parser = build_parser(render_pdf)
    args = parser.parse_args(argv)
    # Common options may come before or after the subcommand; fill in the ones not given.
    # (Defaults can't be set on the shared actions: argparse would let a subcommand's
    # default overwrite a value given before it.)
    for name, default in (
        ("data_dir", None),
        ("demo", False),
        ("user", None),
        ("passphrase_file", None),
    ):
        if not hasattr(args, name):
            setattr(args, name, default)
    try:
        from womenscentre.hardening import harden_process
        from womenscentre.paths import set_process_umask

        set_process_umask()
        harden_process()
        if args.command is None:
            if open_app is None:
                parser.print_help()
                return 2
            return open_app(_paths(args), bool(args.demo))
        code: int = args.handler(args)
        return code
    except UserFacingError as exc:
        print(exc.message, file=sys.stderr)
        return exc.exit_code
    except DataDirError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Stopped. Nothing half-done has been saved.", file=sys.stderr)
        return 2
    except Exception as exc:  # the last guard: no traceback reaches a person
        from womenscentre.diagnostics import log_unexpected

        try:
            log_dir: Path | None = _paths(args).logs
        except Exception:
            log_dir = None
        where = log_unexpected(exc, log_dir)
        print(
            "Something unexpected went wrong, and the command stopped. Anything already "
            f"saved is safe. A note for support (with no personal details) is in {where}.",
            file=sys.stderr,
        )
        return 2


def main(argv: Sequence[str] | None = None) -> int:
    """The command line without the desktop app (used by tests and headless machines)."""
    return run(argv, None)
