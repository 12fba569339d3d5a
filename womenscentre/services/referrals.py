"""Referral packs: start one, keep a draft, and export it under her consent.

This drives the core state machine (:class:`womenscentre.exports.referral.PackFlow`) with
data from the vault. Keyworkers can start a pack, fill it in, preview it and keep it as a
draft; only a manager can export, after typing her passphrase again (step-up). Sharing
without her agreement also needs a second manager's own passphrase.

An export writes everything or nothing: the PDF, the JSON document and (if asked for) the
FHIR Bundle are written under temporary names in the chosen folder; then, in one database
transaction, the ``SharingDecision``, the export record and their audit entries are added,
the ledger is checked once more (a withdrawal recorded a moment ago still wins), and the
files are renamed into place. If anything fails, the transaction rolls back and every file
is removed. The app never sends anything: the user sends the files by secure email.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import select

from womenscentre.domain.audit import AuditAction
from womenscentre.domain.consent import ConsentToShare, Purpose, Recipient, RecipientKind
from womenscentre.domain.people import PersonDetails
from womenscentre.domain.risk import RiskDetails
from womenscentre.domain.sharing import (
    AdviceSource,
    Basis,
    Channel,
    LawfulBasis,
    SharingDecision,
    ToldHer,
)
from womenscentre.errors import InvalidInput, NotPermitted
from womenscentre.exports import files
from womenscentre.exports.document import RenderPdf
from womenscentre.exports.facts import facts_from
from womenscentre.exports.fhir import Artefact, pack_bundle
from womenscentre.exports.pdf_protect import check_password, protect
from womenscentre.exports.referral import PackFlow, Step
from womenscentre.exports.referral_docs import Sender, pack_document, pack_json, reference
from womenscentre.exports.wording import PURPOSE_LABELS, RECIPIENT_KIND_LABELS, recipient_words
from womenscentre.i18n import tr
from womenscentre.services import records
from womenscentre.services.attachment_export import her_attachments, shareable, stage_originals
from womenscentre.services.referral_drafts import DraftSummary, ReferralDrafts, SavedDraft
from womenscentre.store.models import ExportRow, PersonRow, RiskRecordRow
from womenscentre.templates.referrals import ReferralTemplate, load_referral_templates

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from womenscentre.services.unlocked import UnlockedVault

EXPORTS: Final = "exports"
#: How long a step-up lasts before the passphrase must be typed again.
STEP_UP_SECONDS: Final = 600


def parse_recipient_kind(text: str) -> RecipientKind:
    try:
        return RecipientKind(text.strip().lower().replace("-", "_"))
    except ValueError:
        options = ", ".join(k.value for k in RecipientKind)
        raise InvalidInput(
            tr('"{text}" isn\'t a kind of recipient. Please use one of: {options}.').format(
                text=text, options=options
            )
        ) from None


def parse_purpose(text: str) -> Purpose:
    try:
        return Purpose(text.strip().lower().replace("-", "_"))
    except ValueError:
        options = ", ".join(p.value for p in Purpose)
        raise InvalidInput(
            tr('"{text}" isn\'t a purpose. Please use one of: {options}.').format(
                text=text, options=options
            )
        ) from None


@dataclass(frozen=True, slots=True)
class ExportResult:
    export_id: str
    decision_id: str
    files: dict[str, Path]
    #: File name -> SHA-256 (hex), as recorded in the sharing decision.
    hashes: dict[str, str]
    reference: str


class Referrals:
    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault
        self._templates: dict[RecipientKind, ReferralTemplate] | None = None
        self._drafts = ReferralDrafts(vault)

    @property
    def templates(self) -> dict[RecipientKind, ReferralTemplate]:
        if self._templates is None:
            self._templates = load_referral_templates()
        return self._templates

    def template_for(self, kind: RecipientKind) -> ReferralTemplate:
        template = self.templates.get(kind)
        if template is None:
            raise InvalidInput(
                tr("There isn't a referral template for {kind} yet.").format(
                    kind=RECIPIENT_KIND_LABELS[kind].lower()
                )
            )
        return template

    # -- step 1 ------------------------------------------------------------------------
    def start(
        self,
        person_id: str,
        kind: RecipientKind,
        purpose: Purpose,
        *,
        organisation: str | None = None,
        role: str | None = None,
        draft_id: str | None = None,
    ) -> PackFlow:
        """A new pack (or a saved draft) for her, to one recipient, for one purpose."""
        self._vault.access.require(person_id)
        template = self.template_for(kind)
        with self._vault.write() as session:
            details, risk = self._record(session, person_id)
            ledger = self._vault.consent.current_for(session, person_id)
            saved: SavedDraft | None = None
            if draft_id is not None:
                saved = self._drafts.open(session, draft_id, person_id)
                if saved.recipient.kind is not kind or saved.purpose is not purpose:
                    raise InvalidInput(tr("That draft is for a different recipient or purpose."))
                recipient = saved.recipient
            else:
                recipient = self._recipient(kind, ledger, organisation, role)
            self._log_opened(session, person_id, recipient, purpose)
        return self._flow(
            person_id, template, recipient, purpose, ledger, details, risk, saved, draft_id
        )

    def reopen(self, person_id: str, draft_id: str) -> PackFlow:
        """Continue a saved draft, with her ledger as it is now, not as it was then.

        Sections the draft had chosen that can't go any more (a consent withdrawn or ended
        since) stay out, and :attr:`PackFlow.held_since_draft` says which and why.
        """
        self._vault.access.require(person_id)
        with self._vault.write() as session:
            saved = self._drafts.open(session, draft_id, person_id)
            template = self.template_for(saved.recipient.kind)
            details, risk = self._record(session, person_id)
            ledger = self._vault.consent.current_for(session, person_id)
            self._log_opened(session, person_id, saved.recipient, saved.purpose)
        return self._flow(
            person_id,
            template,
            saved.recipient,
            saved.purpose,
            ledger,
            details,
            risk,
            saved,
            draft_id,
        )

    def _log_opened(
        self, session: Session, person_id: str, recipient: Recipient, purpose: Purpose
    ) -> None:
        self._vault.log(
            session,
            AuditAction.VIEW,
            person_id,
            {"kind": "referral_pack", "recipient": recipient.to_json(), "purpose": purpose},
        )

    def _flow(
        self,
        person_id: str,
        template: ReferralTemplate,
        recipient: Recipient,
        purpose: Purpose,
        ledger: list[ConsentToShare],
        details: PersonDetails,
        risk: RiskDetails | None,
        saved: SavedDraft | None,
        draft_id: str | None,
    ) -> PackFlow:
        flow = PackFlow(
            person_id=person_id,
            template=template,
            recipient=recipient,
            purpose=purpose,
            ledger=ledger,
            facts=facts_from(details, risk),
            today=self._vault.clock.now().date(),
            answers=None if saved is None else saved.answers,
            included=None if saved is None else saved.included,
            draft_id=draft_id,
        )
        if saved is not None:
            flow.restore_draft(
                saved.included, saved.without_consent, saved.without_consent_categories
            )
        return flow

    def _recipient(
        self,
        kind: RecipientKind,
        ledger: list[ConsentToShare],
        organisation: str | None,
        role: str | None,
    ) -> Recipient:
        if organisation and role:
            return Recipient(kind, organisation.strip(), role.strip())
        named: list[Recipient] = []
        for consent in ledger:
            for candidate in consent.recipients:
                if candidate.kind is kind and not any(candidate.matches(r) for r in named):
                    if (
                        organisation
                        and candidate.organisation.casefold() != organisation.casefold()
                    ):
                        continue
                    named.append(candidate)
        label = RECIPIENT_KIND_LABELS[kind].lower()
        if not named:
            raise InvalidInput(
                tr(
                    "She hasn't named a {label} in her consent records, so there's no one "
                    "to send this to under her agreement. Please record her agreement "
                    "first, or name the organisation and team to record a decision to "
                    "share without it."
                ).format(label=label)
            )
        if len(named) > 1:
            shown = "; ".join(recipient_words(r) for r in named)
            raise InvalidInput(
                tr(
                    "She has agreed to more than one {label} ({shown}). Please choose "
                    "which one by naming the organisation and team."
                ).format(label=label, shown=shown)
            )
        return named[0]

    def _record(self, session: Session, person_id: str) -> tuple[PersonDetails, RiskDetails | None]:
        row = session.get(PersonRow, person_id)
        if row is None or row.deleted:
            raise records.NotFound
        try:
            details = PersonDetails.from_json(records.open_row(self._vault, row, "people"))
        except (KeyError, ValueError, TypeError) as exc:
            raise records.RecordDamaged(row.id) from exc
        risks = session.scalars(
            select(RiskRecordRow).where(
                RiskRecordRow.person_id == person_id, RiskRecordRow.deleted.is_(False)
            )
        ).all()
        latest: RiskDetails | None = None
        for risk_row in risks:
            try:
                found = RiskDetails.from_json(
                    records.open_row(self._vault, risk_row, "risk_records")
                )
            except (KeyError, ValueError, TypeError) as exc:
                raise records.RecordDamaged(risk_row.id) from exc
            if latest is None or found.completed_on > latest.completed_on:
                latest = found
        return details, latest

    # -- drafts (keyworkers may prepare) --------------------------------------------------
    def save_draft(self, flow: PackFlow) -> str:
        """Keep the pack as it is, sealed, to finish later or for a manager to export."""
        return self._drafts.save(flow)

    def drafts(self, person_id: str) -> list[DraftSummary]:
        return self._drafts.summaries(person_id)

    def default_basis(self, flow: PackFlow) -> LawfulBasis:
        """The centre's lawful basis for this pack: for a share she agreed to, or the
        starting point a manager adjusts when sharing without her agreement."""
        settings = self._vault.settings.get()
        if flow.without_consent is not None:
            return settings.basis_without_consent
        return settings.basis_with_consent

    # -- steps 4 and the two-person rule ------------------------------------------------
    def step_up(self, flow: PackFlow, passphrase: str) -> None:
        """Step 4: the manager types her passphrase again before anything is exported."""
        self._vault.access.require_manager(
            message=tr("Only a manager can export a referral pack. Please ask a manager to help.")
        )
        if flow.step is not Step.PREVIEW and flow.step is not Step.READY:
            raise InvalidInput(
                tr("Please look at the preview first, then confirm your passphrase.")
            )
        self._vault.sharing.confirm_own_passphrase(passphrase)
        flow.stepped_up(self._vault.user.id, self._vault.clock.monotonic())

    def authorise_without_consent(self, flow: PackFlow, username: str, passphrase: str) -> None:
        """A second, different manager authorises sharing without her agreement."""
        self._vault.access.require_manager(
            message=tr(
                "Only a manager can share information without her agreement. Please ask a "
                "manager to help."
            )
        )
        if flow.without_consent is None:
            raise InvalidInput(tr("This pack rests on her agreement, so it needs no authorising."))
        manager_id = self._vault.sharing.confirm_second_manager(username, passphrase)
        flow.authorised(manager_id)
        with self._vault.write() as session:
            self._vault.log(
                session,
                AuditAction.EDIT,
                flow.person_id,
                {"kind": "share_without_consent_authorised", "authorised_by": manager_id},
            )

    # -- steps 5 to 7 ------------------------------------------------------------------
    def export(
        self,
        flow: PackFlow,
        folder: Path,
        render_pdf: RenderPdf,
        *,
        rationale: str,
        told_her: ToldHer | None = None,
        channel: Channel | None = None,
        lawful_basis: LawfulBasis | None = None,
        fhir: bool = False,
        pdf_password: str | None = None,
        advice_sought: tuple[AdviceSource, ...] = (),
        advice_note: str = "",
        recipient_reference: str = "",
        contact: str | None = None,
    ) -> ExportResult:
        """Write the pack's files, its sharing decision, audit entry and export record."""
        me = self._vault.user
        self._vault.access.require_manager(
            message=tr("Only a manager can export a referral pack. Please ask a manager to help.")
        )
        self._vault.access.require(flow.person_id)
        fresh = self._vault.clock.monotonic() - flow.stepped_up_at <= STEP_UP_SECONDS
        if flow.step is not Step.READY or flow.stepped_up_by != me.id or not fresh:
            raise NotPermitted(
                tr(
                    "Please confirm your passphrase again just before exporting. Nothing has been "
                    "shared."
                )
            )
        if pdf_password is not None:
            check_password(pdf_password)
        if not folder.is_dir():
            raise files.explain(
                NotADirectoryError() if folder.exists() else FileNotFoundError(), folder
            )
        export_id, decision_id = str(uuid.uuid4()), str(uuid.uuid4())
        centre = self._vault.settings.get()
        sender = Sender(centre.organisation_name, me.username if contact is None else contact)
        staging: files.StagedFiles | None = None
        placed: dict[str, Path] = {}
        try:
            with self._vault.write() as session:
                pack = flow.pack(
                    self._vault.consent.current_for(session, flow.person_id),
                    self._vault.clock.now().date(),
                )
                overridden = pack.without_consent_reason is not None
                decision = SharingDecision(
                    id=decision_id,
                    person_id=flow.person_id,
                    decided_at=self._vault.clock.now(),
                    decided_by=me.id,
                    shared=True,
                    recipient=pack.recipient,
                    purpose=pack.purpose,
                    basis=Basis.WITHOUT_CONSENT if overridden else Basis.WITH_CONSENT,
                    rationale=rationale.strip(),
                    told_her=told_her or ToldHer(True, "She knows about this referral."),
                    categories=pack.categories,
                    consent_ids=tuple(c.id for c in pack.consents),
                    without_consent_reason=pack.without_consent_reason,
                    without_consent_categories=pack.without_consent_categories,
                    authorised_by=flow.authorised_by if overridden else None,
                    lawful_basis=(
                        lawful_basis
                        or (
                            centre.basis_without_consent
                            if overridden
                            else centre.basis_with_consent
                        )
                    ).for_categories(pack.categories),
                    advice_sought=advice_sought,
                    advice_note=advice_note,
                    channel=channel or pack.template.default_channel,
                    recipient_reference=recipient_reference,
                    identities_protected=pack.protected,
                    export_id=export_id,
                )
                problems = decision.problems()
                if problems:
                    raise InvalidInput(" ".join((*problems, tr("Nothing has been shared."))))
                created = self._vault.clock.now()
                stem = (
                    f"referral-{pack.template.id}-{pack.prepared_on}-{reference(export_id).lower()}"
                )
                pdf = render_pdf(pack_document(pack, decision, sender, export_id))
                if pdf_password is not None:
                    pdf = protect(pdf, pdf_password)
                document = pack_json(pack, decision, sender, export_id, created)
                payloads = {f"{stem}.pdf": pdf, f"{stem}.json": _json_bytes(document)}
                if fhir:
                    artefacts = [
                        Artefact(f"{stem}.pdf", "application/pdf", pdf),
                        Artefact(f"{stem}.json", "application/json", payloads[f"{stem}.json"]),
                    ]
                    bundle = pack_bundle(pack, decision, sender, export_id, created, artefacts)
                    payloads[f"{stem}.fhir.json"] = _json_bytes(bundle)
                hashes = {name: hashlib.sha256(data).hexdigest() for name, data in payloads.items()}
                with files.staged(folder, payloads) as staging:
                    # Her documents go only where her consent, today, permits their category
                    # for this recipient and purpose, and only in a category this pack shares.
                    permitted = shareable(
                        her_attachments(self._vault, session, flow.person_id),
                        self._vault.consent.current_for(session, flow.person_id),
                        recipient=pack.recipient,
                        purpose=pack.purpose,
                        today=self._vault.clock.now().date(),
                    )
                    sent = [a for a in permitted if a.category in pack.categories]
                    hashes |= stage_originals(self._vault, session, staging, sent)
                    decision = replace(decision, artefact_hashes=hashes)
                    self._vault.sharing.insert_in(session, decision)
                    self._add_export(session, decision, export_id, hashes, pdf_password is not None)
                    if flow.draft_id is not None:
                        self._drafts.mark_used(session, flow.draft_id, flow.person_id)
                    session.flush()
                    placed = staging.place_all()
        except BaseException:
            if staging is not None:
                staging.discard()
            raise
        flow.done()
        return ExportResult(export_id, decision_id, placed, hashes, reference(export_id))

    def _add_export(
        self,
        session: Session,
        decision: SharingDecision,
        export_id: str,
        hashes: dict[str, str],
        protected: bool,
    ) -> None:
        now = self._vault.now_minute()
        row = ExportRow(
            id=export_id,
            person_id=decision.person_id,
            author_id=decision.decided_by,
            decision_id=decision.id,
            status="exported",
            created_at=now,
            updated_at=now,
            version=1,
            deleted=False,
        )
        payload = {
            "kind": "referral_pack",
            "recipient": decision.recipient.to_json(),
            "purpose": decision.purpose.value,
            "files": hashes,
            "pdf_password": protected,
        }
        records.seal_into(self._vault, row, EXPORTS, payload)
        session.add(row)
        session.flush()
        records.journal(self._vault, session, EXPORTS, row, "create")
        self._vault.log(
            session,
            AuditAction.EXPORT,
            row.id,
            {
                "kind": "referral_pack",
                "person_id": decision.person_id,
                "decision_id": decision.id,
                "recipient": decision.recipient.to_json(),
                "purpose": PURPOSE_LABELS[decision.purpose],
                "files": hashes,
                "pdf_password": protected,
            },
        )


def _json_bytes(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
