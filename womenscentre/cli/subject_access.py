"""``womenscentre subject-access`` and ``erase``: her rights over her record, headless.

    womenscentre subject-access --person REF --out FOLDER
    womenscentre erase --person REF --reason TEXT [--grounds GROUND] [--yes]

Both are for managers, under the same rules as the app. REF is her record reference (the
first characters of her record id, as the app shows it) or the whole id. ``subject-access``
writes a PDF and a JSON file into FOLDER together, or nothing. ``erase`` first says whether
erasure applies; if it does, it asks for the word "erase" to be typed (or takes ``--yes``),
deletes her whole record for good and prints the deletion certificate.

Exit codes follow design §3: 0 done; 1 erasure doesn't apply to this record (the reasons are
printed); 2 a usage or input problem, with one kind line on stderr.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Final

from womenscentre.errors import InvalidInput
from womenscentre.i18n import tr, trn

if TYPE_CHECKING:
    from womenscentre.exports.document import RenderPdf
    from womenscentre.services.unlocked import UnlockedVault

RenderPdfFactory = Callable[[], "RenderPdf"]
CONFIRM_WORD: Final = "erase"


def add_subject_access_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    render_pdf_factory: RenderPdfFactory | None,
) -> None:
    """Register ``subject-access`` and ``erase`` on the main parser."""
    from womenscentre.domain.erasure import ErasureGround

    access = commands.add_parser(
        "subject-access",
        parents=[common],
        help=tr("everything held about one woman, as PDF and JSON"),
        description=tr(
            "Write everything the centre holds about one woman (her details, notes, plans, "
            "consents, sharing decisions and who opened her record) as a PDF and a JSON file. "
            "Details about other people are marked for checking before release."
        ),
    )
    access.add_argument("--person", required=True, metavar="REF", help="her record reference")
    access.add_argument("--out", required=True, metavar="FOLDER", help=tr("folder for the files"))
    access.set_defaults(handler=lambda args: run_subject_access(args, render_pdf_factory))

    erase = commands.add_parser(
        "erase",
        parents=[common],
        help=tr("erase her whole record at her request, if it applies"),
    )
    erase.add_argument("--person", required=True, metavar="REF", help="her record reference")
    erase.add_argument(
        "--reason", required=True, help=tr("why, in a sentence (please keep her name out of it)")
    )
    erase.add_argument(
        "--grounds",
        metavar="GROUND",
        help=tr("the grounds for erasure: {options}").format(
            options=", ".join(g.value for g in ErasureGround)
        ),
    )
    erase.add_argument("--yes", action="store_true", help=tr("erase without asking to confirm"))
    erase.set_defaults(handler=run_erase)


def resolve_person(vault: UnlockedVault, reference: str) -> str:
    """Her record id from a reference or a whole id; a kind message when none matches."""
    from womenscentre.store.models import PersonRow

    text = reference.strip()
    with vault.read() as session:
        if text and session.get(PersonRow, text) is not None:
            return text
    found = vault.people.resolve_reference(text)
    if found is None:
        raise InvalidInput(
            tr(
                'No record has the reference "{reference}". Please check it: it is the first '
                "eight characters of her record id, as shown in the app."
            ).format(reference=reference)
        )
    return found


def run_subject_access(args: argparse.Namespace, factory: RenderPdfFactory | None) -> int:
    from womenscentre.cli.main import _paths, _username
    from womenscentre.cli.passphrases import read_passphrase
    from womenscentre.services.lifecycle import unlock

    if factory is None:
        raise InvalidInput(
            tr(
                "Making a subject access pack needs the app's PDF typesetting. Please run it "
                "with the installed 'womenscentre' command."
            )
        )
    out = Path(args.out).expanduser()
    user = _username(args)
    passphrase = read_passphrase(args.passphrase_file, prompt=tr("Passphrase: "))
    vault = unlock(_paths(args), user, passphrase)
    try:
        vault.access.require_manager(
            message=tr(
                "Only a manager can make a subject access pack. Please ask a manager to help."
            )
        )
        person_id = resolve_person(vault, args.person)
        result = vault.subject_access.write(person_id, out, factory())
    finally:
        vault.lock()
    print(
        tr("Done. The subject access pack for record {reference} is ready:").format(
            reference=result.reference
        )
    )
    for path in result.files.values():
        print(f"  {path}")
    if result.items_to_check:
        print(
            trn(
                '%n item holds details about other people and is marked "check before '
                'release". Please review it before the pack is given to her.',
                '%n items hold details about other people and are marked "check before '
                'release". Please review them before the pack is given to her.',
                result.items_to_check,
            )
        )
    return 0


def run_erase(args: argparse.Namespace) -> int:
    from womenscentre.cli.main import _paths, _username
    from womenscentre.cli.passphrases import read_passphrase
    from womenscentre.services.erasure import ErasureDoesNotApply, parse_ground
    from womenscentre.services.lifecycle import unlock

    reason = args.reason.strip()
    ground = parse_ground(args.grounds) if args.grounds else None
    if ground is None and (args.yes or not _interactive()):
        raise InvalidInput(
            tr(
                "Please give the grounds for erasure with --grounds, for example "
                "--grounds consent_withdrawn."
            )
        )
    user = _username(args)
    passphrase = read_passphrase(args.passphrase_file, prompt=tr("Passphrase: "))
    vault = unlock(_paths(args), user, passphrase)
    try:
        vault.access.require_manager(
            message=tr("Only a manager can erase a record. Please ask a manager to help.")
        )
        person_id = resolve_person(vault, args.person)
        reasons = vault.erasure.reasons_to_keep(person_id)
        if reasons:
            raise ErasureDoesNotApply(reasons)
        if ground is None:
            ground = parse_ground(input(tr("Grounds for erasure: ")))
        if not args.yes:
            _confirm(person_id)
        certificate = vault.erasure.erase(person_id, ground, reason)
    finally:
        vault.lock()
    print(certificate.to_text(), end="")
    return 0


def _interactive() -> bool:
    return bool(sys.stdin) and sys.stdin.isatty()


def _confirm(person_id: str) -> None:
    if not _interactive():
        raise InvalidInput(
            tr(
                "Erasing a record can't be undone, so it needs a confirmation. Nothing has been "
                "changed. To go ahead without being asked, run the command again with --yes."
            )
        )
    print(
        tr(
            "This deletes record {record} for good: her details, notes, plans and every other "
            "record of hers. It can't be undone. If she asked for a copy, make a subject access "
            "pack first."
        ).format(record=person_id)
    )
    # The word itself stays as it is: it is what is checked below.
    typed = input(tr('To erase it, type "{word}": ').format(word=CONFIRM_WORD))
    if typed.strip().casefold() != CONFIRM_WORD:
        raise InvalidInput(tr("Nothing has been erased: the confirmation word didn't match."))
