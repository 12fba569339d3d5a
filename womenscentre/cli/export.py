"""``womenscentre export referral``: a referral pack, headless, under the same rules as the app.

    womenscentre export referral --person ID --recipient KIND --purpose KEY --out DIR
        --rationale TEXT [--fhir] [--pdf-password-file F]
        [--organisation ORG --role ROLE] [--draft ID] [--channel CHANNEL]
        [--not-told-because TEXT | --will-be-told WHEN]
        [--advice-from SOURCE ... --advice-note TEXT]
        [--art6 KEY [--art9 KEY] [--art9-schedule1 KEY] [--art10 KEY]]
        [--without-consent REASON --share CATEGORY ... --authoriser NAME
         --authoriser-passphrase-file F]

Only a manager can export. The passphrase given for the command (``--passphrase-file``, the
environment, or the prompt) is also the step-up: it is checked again just before anything is
written. Sharing without her agreement needs a second manager, named with ``--authoriser``,
whose own passphrase is read from a file. The sections that go are the template's
data-minimised defaults (or a saved draft's choices), less anything her consent doesn't
allow; what will be sent is printed before the files are named. The lawful basis is the
centre's setting (a manager sets it in the app), for a share with or without her agreement,
unless ``--art6`` (with ``--art9``, ``--art9-schedule1`` and ``--art10`` as the pack's
contents need) gives this share's own; the core checks it fits what is being shared, as it
does for the app's.

The core can't typeset PDFs (it never imports Qt), so the caller passes a factory for the
PDF renderer: the launcher passes one that returns ``ui.pdf.render``, imported only when
this command runs, so other commands still start fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from womenscentre.domain.consent import DataCategory, Purpose, RecipientKind
from womenscentre.domain.sharing import (
    AdviceSource,
    Art6Basis,
    Art9Condition,
    Channel,
    LawfulBasis,
    Schedule1Condition,
    WithoutConsentReason,
)
from womenscentre.errors import InvalidInput
from womenscentre.i18n import tr

if TYPE_CHECKING:
    from womenscentre.exports.document import RenderPdf

RenderPdfFactory = Callable[[], "RenderPdf"]
E = TypeVar("E", bound=StrEnum)


def add_export_command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    render_pdf_factory: RenderPdfFactory | None,
) -> argparse.ArgumentParser:
    """Register ``export`` (with its one kind so far, ``referral``) on the main parser."""
    export = commands.add_parser("export", parents=[common], help=tr("export a referral pack"))
    kinds = export.add_subparsers(dest="export_kind", metavar="KIND", required=True)
    referral = kinds.add_parser(
        "referral",
        parents=[common],
        help=tr("a referral pack: PDF, JSON and optionally FHIR, under her consent"),
        description=tr(
            "Write a referral pack for one woman to one recipient for one purpose: a PDF to "
            "read, a JSON document and, with --fhir, a FHIR R4 Bundle. Only what she agreed "
            "to share goes, unless a lawful reason to share without her agreement is "
            "recorded and a second manager authorises it. The app never sends anything: "
            "please send the files by secure email."
        ),
    )
    referral.add_argument("--person", required=True, help=tr("her record id"))
    referral.add_argument(
        "--recipient", required=True, metavar="KIND", help=_options(RecipientKind)
    )
    referral.add_argument("--purpose", required=True, metavar="KEY", help=_options(Purpose))
    referral.add_argument("--out", required=True, metavar="DIR", help=tr("folder for the files"))
    referral.add_argument(
        "--rationale", help=tr("why this share is being made (keep names out of it)")
    )
    referral.add_argument("--fhir", action="store_true", help=tr("also write a FHIR R4 Bundle"))
    referral.add_argument(
        "--pdf-password-file", metavar="F", help=tr("protect the PDF with the password in F")
    )
    referral.add_argument("--organisation", help=tr("which organisation, if she named several"))
    referral.add_argument("--role", help=tr("which team or role at that organisation"))
    referral.add_argument("--draft", metavar="ID", help=tr("use a draft pack saved in the app"))
    referral.add_argument(
        "--channel", help=tr("how it will be sent: {options}").format(options=_options(Channel))
    )
    referral.add_argument(
        "--not-told-because", metavar="TEXT", help=tr("if she won't be told about it, why not")
    )
    referral.add_argument(
        "--will-be-told", metavar="WHEN", help=tr("if she hasn't been told yet but will be, when")
    )
    referral.add_argument(
        "--advice-from",
        nargs="+",
        default=[],
        metavar="SOURCE",
        help=tr("who was asked for advice: {options}").format(options=_options(AdviceSource)),
    )
    referral.add_argument("--advice-note", default="", help=tr("what they advised (no names)"))
    basis = referral.add_argument_group(
        tr("lawful basis"), tr("only if this share rests on another basis than the centre's")
    )
    basis.add_argument("--art6", metavar="KEY", help=_options(Art6Basis))
    basis.add_argument("--art9", metavar="KEY", help=_options(Art9Condition))
    basis.add_argument(
        "--art9-schedule1",
        metavar="KEY",
        help=tr("the DPA 2018 Schedule 1 condition the Article 9 one needs: {options}").format(
            options=_options(Schedule1Condition)
        ),
    )
    basis.add_argument(
        "--art10",
        metavar="KEY",
        help=tr("for justice details, a DPA 2018 Schedule 1 condition: {options}").format(
            options=_options(Schedule1Condition)
        ),
    )
    referral.add_argument(
        "--without-consent", metavar="REASON", help=tr("the reason, from a fixed list")
    )
    referral.add_argument(
        "--share",
        nargs="+",
        default=[],
        metavar="CATEGORY",
        help=tr("categories shared without it"),
    )
    referral.add_argument("--authoriser", metavar="NAME", help=tr("the second manager's user name"))
    referral.add_argument(
        "--authoriser-passphrase-file", metavar="F", help=tr("the second manager's passphrase")
    )
    referral.set_defaults(handler=lambda args: run_export_referral(args, render_pdf_factory))
    return referral


def _options(kind: type[StrEnum]) -> str:
    return ", ".join(v.value for v in kind)


def _first_line(path: str, unreadable: str) -> str:
    """The first line of ``path``; ``unreadable`` is the whole message when it can't be read."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise InvalidInput(unreadable) from exc
    return text.splitlines()[0] if text.strip() else ""


def _choice(kind: type[E], value: str, not_one: str) -> E:
    """``value`` as one of ``kind``; ``not_one`` is the whole message (with ``{value}`` and
    ``{options}``) when it isn't, so each can be translated as a sentence."""
    try:
        return kind(value.strip().lower().replace("-", "_"))
    except ValueError:
        options = ", ".join(v.value for v in kind)
        raise InvalidInput(not_one.format(value=value, options=options)) from None


def _lawful_basis(args: argparse.Namespace) -> LawfulBasis | None:
    """This share's own lawful basis from the options, or None for the centre's setting."""
    given = (args.art6, args.art9, args.art9_schedule1, args.art10)
    if not any(given):
        return None
    if not args.art6:
        raise InvalidInput(
            tr(
                "A lawful basis of its own starts with the Article 6 basis: please add --art6, "
                "or leave the other parts out to use the centre's setting."
            )
        )
    not_one = tr('"{value}" isn\'t one of the conditions here. Please use one of: {options}.')
    schedule1 = [
        None if value is None else _choice(Schedule1Condition, value, not_one)
        for value in (args.art9_schedule1, args.art10)
    ]
    return LawfulBasis(
        _choice(Art6Basis, args.art6, not_one),
        art9=None if args.art9 is None else _choice(Art9Condition, args.art9, not_one),
        art9_schedule1=schedule1[0],
        art10=schedule1[1],
    )


def run_export_referral(args: argparse.Namespace, factory: RenderPdfFactory | None) -> int:
    from womenscentre.cli.main import _paths, _username
    from womenscentre.cli.passphrases import read_passphrase
    from womenscentre.domain.sharing import ToldHer, ToldState
    from womenscentre.services.lifecycle import unlock
    from womenscentre.services.referrals import parse_purpose, parse_recipient_kind

    if factory is None:
        raise InvalidInput(
            tr(
                "Exporting a pack needs the app's PDF typesetting. Please run it with the "
                "installed 'womenscentre' command."
            )
        )
    if not args.rationale or len(args.rationale.strip()) < 20:
        raise InvalidInput(
            tr(
                "Please say why this referral is being made with --rationale, in a sentence or "
                "two, so anyone reading the record later understands it."
            )
        )
    kind = parse_recipient_kind(args.recipient)
    purpose = parse_purpose(args.purpose)
    channel = None
    if args.channel:
        channel = _choice(
            Channel,
            args.channel,
            tr('"{value}" isn\'t a way of sending. Please use one of: {options}.'),
        )
    reason = None
    if args.without_consent:
        reason = _choice(
            WithoutConsentReason,
            args.without_consent,
            tr('"{value}" isn\'t a reason on the list. Please use one of: {options}.'),
        )
        if not args.share or not args.authoriser or not args.authoriser_passphrase_file:
            raise InvalidInput(
                tr(
                    "Sharing without her agreement needs --share with the categories, and a "
                    "second manager: --authoriser NAME and --authoriser-passphrase-file F."
                )
            )
    elif args.share or args.authoriser:
        raise InvalidInput(
            tr(
                "--share and --authoriser are only for sharing without her agreement: please "
                "add --without-consent with the reason, or leave them out."
            )
        )
    not_a_category = tr('"{value}" isn\'t a category. Please use one of: {options}.')
    categories = [_choice(DataCategory, c, not_a_category) for c in args.share]
    password = None
    if args.pdf_password_file:
        password = _first_line(
            args.pdf_password_file,
            tr("The PDF password file couldn't be read. Please check its name."),
        )
    if args.not_told_because and args.will_be_told:
        raise InvalidInput(tr("Please give either --not-told-because or --will-be-told, not both."))
    told = ToldHer.of(ToldState.TOLD_BEFORE, "She knows about this referral.")
    if args.not_told_because:
        told = ToldHer.of(ToldState.NOT_TOLD, args.not_told_because)
    elif args.will_be_told:
        told = ToldHer.of(ToldState.WILL_BE_TOLD, args.will_be_told)
    lawful_basis = _lawful_basis(args)
    not_an_adviser = tr('"{value}" isn\'t someone to ask for advice. Please use one of: {options}.')
    advice = tuple(_choice(AdviceSource, a, not_an_adviser) for a in args.advice_from)
    out = Path(args.out).expanduser()
    user = _username(args)
    passphrase = read_passphrase(args.passphrase_file, prompt=tr("Passphrase: "))
    vault = unlock(_paths(args), user, passphrase)
    try:
        vault.access.require_manager(
            message=tr("Only a manager can export a referral pack. Please ask a manager to help.")
        )
        flow = vault.referrals.start(
            args.person,
            kind,
            purpose,
            organisation=args.organisation,
            role=args.role,
            draft_id=args.draft,
        )
        if reason is not None:
            flow.share_without_consent(reason, categories)
        preview = flow.preview()
        print(preview.summary)
        for title, why in preview.held_back:
            print("  " + tr("Not included: {title}. {why}").format(title=title, why=why))
        for warning in preview.warnings:
            print("  " + tr("Please note: {warning}").format(warning=warning))
        vault.referrals.step_up(flow, passphrase)
        if reason is not None:
            second = _first_line(
                args.authoriser_passphrase_file,
                tr("The authoriser's passphrase file couldn't be read. Please check its name."),
            )
            vault.referrals.authorise_without_consent(flow, args.authoriser, second)
        result = vault.referrals.export(
            flow,
            out,
            factory(),
            rationale=args.rationale,
            told_her=told,
            channel=channel,
            advice_sought=advice,
            advice_note=args.advice_note.strip(),
            lawful_basis=lawful_basis,
            fhir=args.fhir,
            pdf_password=password,
        )
    finally:
        vault.lock()
    print(
        tr("Done. Pack {reference} is ready to send by secure email:").format(
            reference=result.reference
        )
    )
    for path in result.files.values():
        print(f"  {path}")
    if password is not None:
        print(tr("Please give the PDF password separately, for example by phone, never with it."))
    sys.stdout.flush()
    return 0
