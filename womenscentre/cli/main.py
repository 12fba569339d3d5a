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
from womenscentre.i18n import N_, tr
from womenscentre.paths import DataDirError, VaultPaths, resolve_data_dir

if TYPE_CHECKING:
    from womenscentre.cli.export import RenderPdfFactory

USER_ENV = "WOMENSCENTRE_USER"
#: The language option and variable; the launcher reads them before anything is built, so
#: help and messages are in that language (``ui/launcher.py``).
LANGUAGE_OPTION = "--language"
LANGUAGE_ENV = "WOMENSCENTRE_LANGUAGE"

RECOVERY_NOTE = N_(
    """\
Your vault is ready, and {user} is its first manager.

Recovery key (shown this once, and never stored by womenscentre):

    {key}

Please print this or write it down now, and keep it somewhere safe away from this
computer, such as the centre's safe. With it, a manager can give anyone a new
passphrase and restore a backup onto a new computer. Without it, a forgotten
passphrase can't be reset.
"""
)


def _common_options() -> argparse.ArgumentParser:
    """Options accepted before or after the subcommand, as people naturally type them."""
    common = argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS)
    common.add_argument(
        "--data-dir", help=tr("folder holding the vault (default: your data folder)")
    )
    common.add_argument("--demo", action="store_true", help=tr("use the fictional training vault"))
    common.add_argument(
        "--user", help=tr("your user name (or set {variable})").format(variable=USER_ENV)
    )
    common.add_argument("--passphrase-file", help=tr("read the passphrase from its first line"))
    common.add_argument(
        LANGUAGE_OPTION,
        metavar="{en-GB,cy,pseudo}",
        help=tr("the language for messages and help (or set {variable})").format(
            variable=LANGUAGE_ENV
        ),
    )
    return common


#: Every subcommand with its one-line help, grouped by the module that builds its parser.
#: Only the chosen command's group is imported: the export group alone pulls in the consent
#: and sharing domain, which ``womenscentre lint`` has no use for and would wait on. A test
#: checks that these lines match the ones each module registers.
COMMANDS: dict[str, dict[str, str]] = {
    "lint": {"lint": N_("suggest kinder, clearer wording in plain-text files")},
    "export": {"export": N_("export a referral pack")},
    "backup": {
        "backup": N_("write one encrypted backup file of the vault"),
        "restore": N_("check a backup, then restore it into the data folder"),
        "import": N_("bring women and session notes in from CSV or XLSX"),
    },
    "subject_access": {
        "subject-access": N_("everything held about one woman, as PDF and JSON"),
        "erase": N_("erase her whole record at her request, if it applies"),
    },
    "vault": {
        "init": N_("create a vault and its first manager"),
        "verify": N_("check the file, the audit log and every record"),
        "reset-passphrase": N_("give a user a new passphrase with the recovery key"),
    },
}
_OPTIONS_WITH_VALUES = ("--data-dir", "--user", "--passphrase-file", LANGUAGE_OPTION)
_OPTIONS_WITHOUT = ("--demo", "--version", "--help")


def chosen_command(argv: Sequence[str]) -> str | None:
    """The subcommand named in ``argv``, skipping the common options and their values.

    Only a guess to decide which parsers to build: :func:`run` checks it against what
    argparse makes of the whole line, and builds every parser if the guess was wrong.
    """
    expects_value = False
    for arg in argv:
        if expects_value:
            expects_value = False
        elif arg == "--":
            return None
        elif arg.startswith("-"):
            name = arg.partition("=")[0]
            if "=" in arg or not name.startswith("--") or len(name) < 3:
                continue
            # argparse accepts any unambiguous prefix ("--data" for "--data-dir").
            matches = [o for o in (*_OPTIONS_WITH_VALUES, *_OPTIONS_WITHOUT) if o.startswith(name)]
            expects_value = len(matches) == 1 and matches[0] in _OPTIONS_WITH_VALUES
        else:
            return arg
    return None


def data_folder_options(argv: Sequence[str]) -> tuple[str | None, bool]:
    """``--data-dir`` and ``--demo`` as given anywhere in ``argv``, before the parser is built.

    The launcher needs the data folder (its ``settings.json`` may name a language) before
    any help text is made. Like :func:`chosen_command` this is a quick reading of the line,
    not the parse: argparse still checks everything afterwards.
    """
    data_dir: str | None = None
    demo = False
    words = list(argv)
    for index, arg in enumerate(words):
        if arg == "--":
            break
        if not arg.startswith("--") or len(arg) < 3:
            continue
        name, equals, value = arg.partition("=")
        matches = [o for o in (*_OPTIONS_WITH_VALUES, *_OPTIONS_WITHOUT) if o.startswith(name)]
        if len(matches) != 1:
            continue
        if matches[0] == "--demo" and not equals:
            demo = True
        elif matches[0] == "--data-dir":
            if equals:
                data_dir = value
            elif index + 1 < len(words):
                data_dir = words[index + 1]
    return data_dir, demo


def build_parser(
    render_pdf: RenderPdfFactory | None = None, *, only: str | None = None
) -> argparse.ArgumentParser:
    """The whole command line; with ``only``, just that command's group is built in full.

    The other commands get a placeholder that carries their help line (so ``--help`` still
    lists every command) and marks the result so :func:`run` knows to build them for real.
    """
    common = _common_options()
    parser = argparse.ArgumentParser(
        prog="womenscentre",
        description=tr("Case recording for women's centres: encrypted, offline, strengths-based."),
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"womenscentre {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group, helps in COMMANDS.items():
        if only is None or only in helps:
            _add_group(group, commands, common, render_pdf)
        else:
            for name, help_line in helps.items():
                placeholder = commands.add_parser(name, help=tr(help_line), add_help=False)
                placeholder.set_defaults(handler=None, placeholder=True)
    return parser


def _add_group(
    group: str,
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    render_pdf: RenderPdfFactory | None,
) -> None:
    if group == "lint":
        from womenscentre.cli.lint import add_lint_command  # stdlib-only at import

        add_lint_command(commands, common)
    elif group == "export":
        from womenscentre.cli.export import add_export_command  # no Qt or database imports

        add_export_command(commands, common, render_pdf)
    elif group == "backup":
        from womenscentre.cli.backup import add_backup_commands  # stdlib-only at import

        add_backup_commands(commands, common)
    elif group == "subject_access":
        from womenscentre.cli.subject_access import add_subject_access_commands  # no Qt or db

        add_subject_access_commands(commands, common, render_pdf)
    else:
        _add_vault_commands(commands, common)


def _add_vault_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    helps = COMMANDS["vault"]
    init = commands.add_parser("init", parents=[common], help=tr(helps["init"]))
    init.set_defaults(handler=_cmd_init)

    verify = commands.add_parser("verify", parents=[common], help=tr(helps["verify"]))
    verify.add_argument("--anchor", help=tr("an audit anchor file copied somewhere safe earlier"))
    verify.set_defaults(handler=_cmd_verify)

    reset = commands.add_parser(
        "reset-passphrase", parents=[common], help=tr(helps["reset-passphrase"])
    )
    reset.add_argument("--recovery-key-file", help=tr("read the recovery key from this file"))
    reset.set_defaults(handler=_cmd_reset)


def _paths(args: argparse.Namespace) -> VaultPaths:
    return VaultPaths.for_dir(resolve_data_dir(args.data_dir, demo=args.demo))


def _username(args: argparse.Namespace) -> str:
    name = args.user or os.environ.get(USER_ENV)
    if not name:
        raise InvalidInput(
            tr("Please say who you are with --user NAME or {variable}.").format(variable=USER_ENV)
        )
    return str(name)


def _cmd_init(args: argparse.Namespace) -> int:
    from womenscentre.cli.passphrases import read_passphrase
    from womenscentre.services.lifecycle import create_vault

    user = _username(args)
    paths = _paths(args)
    passphrase = read_passphrase(
        args.passphrase_file, prompt=tr("Choose a passphrase: "), confirm=True
    )
    created = create_vault(paths, user, passphrase, training=args.demo)
    created.vault.lock()
    print(tr(RECOVERY_NOTE).format(user=user, key=created.recovery_key))
    return 0


def _cmd_verify(args: argparse.Namespace) -> int:
    from womenscentre.cli.passphrases import read_passphrase
    from womenscentre.services import audit
    from womenscentre.services.lifecycle import unlock
    from womenscentre.services.verify import verify_vault

    user = _username(args)
    paths = _paths(args)
    passphrase = read_passphrase(args.passphrase_file, prompt=tr("Passphrase: "))
    vault = unlock(paths, user, passphrase)
    try:
        report = verify_vault(vault)
        if args.anchor:
            anchor = audit.Anchor.read(Path(args.anchor))
            if anchor is None:
                raise InvalidInput(tr("The anchor file couldn't be found. Please check its name."))
            with vault.read() as session:
                report.audit += audit.verify_chain(session, vault.keyring, anchor)
    finally:
        vault.lock()
    for line in report.lines():
        print(line)
    print(tr("All checks passed.") if report.ok else tr("Some checks failed; see above."))
    return 0 if report.ok else 1


def _cmd_reset(args: argparse.Namespace) -> int:
    from womenscentre.cli.passphrases import read_passphrase, read_secret_line
    from womenscentre.services.lifecycle import reset_with_recovery

    user = _username(args)
    paths = _paths(args)
    recovery = read_secret_line(args.recovery_key_file, prompt=tr("Recovery key: "))
    passphrase = read_passphrase(
        args.passphrase_file,
        prompt=tr("New passphrase for {user}: ").format(user=user),
        confirm=True,
    )
    reset_with_recovery(paths, recovery, user, passphrase)
    print(
        tr(
            "Done. {user} can now unlock with the new passphrase, and will be asked to choose "
            "her own the next time she does."
        ).format(user=user)
    )
    return 0


def run(
    argv: Sequence[str] | None,
    open_app: Callable[[VaultPaths, bool], int] | None,
    render_pdf: RenderPdfFactory | None = None,
) -> int:
    """Run a subcommand, or hand over to the desktop app when there is none."""
    words = list(sys.argv[1:] if argv is None else argv)
    # With no command named ("--help", or opening the app) every command is a placeholder.
    parser = build_parser(render_pdf, only=chosen_command(words) or "")
    args, extras = parser.parse_known_args(words)
    if getattr(args, "placeholder", False):  # the guess missed: build every command
        parser = build_parser(render_pdf)
        args = parser.parse_args(words)
    elif extras:
        args = parser.parse_args(words)  # argparse names what it didn't expect; exits 2
    # Common options may come before or after the subcommand; fill in the ones not given.
    # (Defaults can't be set on the shared actions: argparse would let a subcommand's
    # default overwrite a value given before it.)
    for name, default in (
        ("data_dir", None),
        ("demo", False),
        ("user", None),
        ("passphrase_file", None),
        ("language", None),
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
        print(tr("Stopped. Nothing half-done has been saved."), file=sys.stderr)
        return 2
    except Exception as exc:  # the last guard: no traceback reaches a person
        from womenscentre.diagnostics import log_unexpected

        try:
            log_dir: Path | None = _paths(args).logs
        except Exception:
            log_dir = None
        where = log_unexpected(exc, log_dir)
        print(
            tr(
                "Something unexpected went wrong, and the command stopped. Anything already "
                "saved is safe. A note for support (with no personal details) is in {where}."
            ).format(where=where),
            file=sys.stderr,
        )
        return 2


def main(argv: Sequence[str] | None = None) -> int:
    """The command line without the desktop app (used by tests and headless machines)."""
    return run(argv, None)
