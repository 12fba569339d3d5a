"""``womenscentre backup``, ``restore`` and ``import``: the data-safety commands.

    womenscentre backup --out FILE
    womenscentre restore FILE [--yes] [--recovery-key-file F]
    womenscentre import FILE... [--dry-run] [--map "Column heading=field"]...

``restore`` opens the backup with the recovery key when there is no vault here yet, or
when ``--recovery-key-file`` is given; otherwise a manager signs in to the vault here and
her keys open it. The whole file is checked before anything is replaced, and a vault
already here is replaced only with ``--yes`` or after typing ``replace`` at the prompt.

Exit codes follow design §3: 0 done; 1 a dry run found problems; 2 a usage or input
problem, with one line on stderr (an import's row-by-row list goes to stdout first).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from womenscentre.errors import InvalidInput
from womenscentre.i18n import tr, trn

if TYPE_CHECKING:
    from womenscentre.services.backup import Progress
    from womenscentre.services.restore import RestoreFlow


def add_backup_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """Register ``backup``, ``restore`` and ``import`` on the main parser."""
    backup = commands.add_parser(
        "backup", parents=[common], help=tr("write one encrypted backup file of the vault")
    )
    backup.add_argument("--out", required=True, metavar="FILE", help=tr("the backup file to write"))
    backup.set_defaults(handler=run_backup)

    restore = commands.add_parser(
        "restore", parents=[common], help=tr("check a backup, then restore it into the data folder")
    )
    restore.add_argument("file", metavar="FILE", help=tr("the backup file (.wcbackup)"))
    restore.add_argument(
        "--yes", action="store_true", help=tr("replace a vault already here without asking")
    )
    restore.add_argument(
        "--recovery-key-file", metavar="F", help=tr("read the recovery key from this file")
    )
    restore.set_defaults(handler=run_restore)

    importing = commands.add_parser(
        "import", parents=[common], help=tr("bring women and session notes in from CSV or XLSX")
    )
    importing.add_argument("files", nargs="+", metavar="FILE", help=tr("CSV or XLSX files"))
    importing.add_argument(
        "--dry-run", action="store_true", help=tr("check the files and report; change nothing")
    )
    importing.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COL=FIELD",
        help=tr("use column COL for FIELD (or 'ignore'); repeat for more columns"),
    )
    importing.set_defaults(handler=run_import)


def _progress_printer() -> Callable[[Progress], None] | None:
    if not sys.stderr.isatty():
        return None

    def show(step: Progress) -> None:
        percent = 100 * step.done // step.total if step.total else 100
        print(f"\r{step.stage}: {percent:3d}%", end="", file=sys.stderr, flush=True)
        if step.done >= step.total:
            print(file=sys.stderr)

    return show


def run_backup(args: argparse.Namespace) -> int:
    from womenscentre.cli.main import _paths, _username
    from womenscentre.cli.passphrases import read_passphrase
    from womenscentre.services.lifecycle import unlock

    out = Path(args.out).expanduser()
    user = _username(args)
    passphrase = read_passphrase(args.passphrase_file, prompt=tr("Passphrase: "))
    vault = unlock(_paths(args), user, passphrase)
    try:
        result = vault.backups.backup_to(out, progress=_progress_printer())
    finally:
        vault.lock()
    megabytes = result.size_bytes / (1024 * 1024)
    print(
        tr(
            "Backup written to {path} ({megabytes} MB). It can be restored with the "
            "recovery key, or by a manager of this vault."
        ).format(path=result.path, megabytes=f"{megabytes:.1f}")
    )
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from womenscentre.cli.main import _paths, _username
    from womenscentre.cli.passphrases import read_passphrase, read_secret_line
    from womenscentre.services.lifecycle import unlock
    from womenscentre.services.restore import CONFIRM_WORD, RestoreFlow, RestoreStage

    paths = _paths(args)
    flow = RestoreFlow(Path(args.file), paths, progress=_progress_printer())
    with flow:
        print(_made(flow.facts.vault_id, flow.facts.created_at))
        if args.recovery_key_file or flow.existing is None:
            key = read_secret_line(args.recovery_key_file, prompt=tr("Recovery key: "))
            flow.unlock_with_recovery_key(key)
            check = flow.check()
        else:
            user = _username(args)
            passphrase = read_passphrase(args.passphrase_file, prompt=tr("Passphrase: "))
            vault = unlock(paths, user, passphrase)
            try:
                flow.unlock_with_vault(vault)
                check = flow.check()
            finally:
                vault.lock()
        print(
            tr(
                "The backup checks out: all {records} records open ({people} women, "
                "{notes} session notes), and its audit log and user accounts are sound."
            ).format(records=check.records, people=check.people, notes=check.notes)
        )
        if flow.stage is RestoreStage.NEEDS_CONFIRMATION:
            flow.confirm(CONFIRM_WORD if args.yes else _ask_to_replace(paths.root, flow))
        result = flow.replace()
    print(tr("Restored into {folder}.").format(folder=result.database.parent))
    if result.sealed_copy is not None:
        print(
            tr("The vault it replaced is kept, sealed, in {path}.").format(path=result.sealed_copy)
        )
    for certificate in result.purged_again:
        print(certificate.to_text())
    if result.purged_again:
        print(
            trn(
                "%n record deleted for good after this backup was made was deleted again; "
                "its certificate is above.",
                "%n records deleted for good after this backup was made were deleted again; "
                "their certificates are above.",
                len(result.purged_again),
            )
        )
    if result.purge_list_unreadable:
        print(
            tr(
                "The replaced vault's list of deleted records couldn't be read. Please check "
                "the centre's deletion certificates against the caseload."
            )
        )
    print(tr("Everyone can now unlock with the passphrase they had when the backup was made."))
    return 0


def _made(vault_id: str, created_at: str) -> str:
    """When the backup was made, from the header's minute stamp, as one whole sentence."""
    from datetime import datetime

    from womenscentre.exports.wording import date_words

    try:
        moment = datetime.strptime(created_at, "%Y-%m-%dT%H:%MZ")
    except ValueError:
        return tr("This backup of vault {vault} was made at {stamp}.").format(
            vault=vault_id, stamp=created_at
        )
    return tr("This backup of vault {vault} was made on {date} at {time} (UTC).").format(
        vault=vault_id, date=date_words(moment.date()), time=f"{moment:%H:%M}"
    )


def _ask_to_replace(root: Path, flow: RestoreFlow) -> str:
    from womenscentre.services.restore import CONFIRM_WORD

    if not sys.stdin or not sys.stdin.isatty():
        raise InvalidInput(
            tr(
                "There is already a vault in {folder}, so nothing has been replaced. To replace "
                "it with this backup, run the command again with --yes."
            ).format(folder=root)
        )
    if flow.existing and flow.existing.same_vault:
        print(
            tr("There is already a vault in {folder}. A sealed copy of it will be kept.").format(
                folder=root
            )
        )
    else:
        print(
            tr(
                "There is already a vault in {folder} (a different vault). A sealed copy of it "
                "will be kept."
            ).format(folder=root)
        )
    # The word itself stays as it is: it is what the restore checks for.
    return input(tr('To replace it with this backup, type "{word}": ').format(word=CONFIRM_WORD))


def _mapping(pairs: list[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for pair in pairs:
        heading, equals, target = pair.partition("=")
        if not equals or not heading.strip():
            raise InvalidInput(
                tr(
                    "'{pair}' isn't a column mapping. Please write it as "
                    "--map 'Column heading=field'."
                ).format(pair=pair)
            )
        mapping[heading.strip()] = target.strip()
    return mapping


def run_import(args: argparse.Namespace) -> int:
    from womenscentre.cli.main import _paths, _username
    from womenscentre.cli.passphrases import read_passphrase
    from womenscentre.imports.plan import ImportRefused
    from womenscentre.services.lifecycle import unlock

    for name in args.files:
        if "=" in name and not Path(name).exists():
            raise InvalidInput(
                tr(
                    "'{name}' looks like a column mapping. Please put --map in front of each one."
                ).format(name=name)
            )
    mapping = _mapping(args.map)
    user = _username(args)
    passphrase = read_passphrase(args.passphrase_file, prompt=tr("Passphrase: "))
    vault = unlock(_paths(args), user, passphrase)
    try:
        plan = vault.imports.plan([Path(name).expanduser() for name in args.files], mapping)
        if args.dry_run:
            print("\n".join(plan.lines()))
            print(tr("This was a dry run: nothing has been changed."))
            return 0 if plan.ok else 1
        try:
            vault.imports.apply(plan)
        except ImportRefused:
            print("\n".join(plan.lines()))
            raise
    finally:
        vault.lock()
    print("\n".join(plan.lines(done=True)))
    return 0
