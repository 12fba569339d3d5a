"""Referral packs kept as drafts: a keyworker prepares one, a manager (or she) finishes it.

A draft holds what was chosen and written (the recipient, the purpose, the sections ticked,
the words typed, and any manager's choice to share sections without her agreement), sealed
in ``unsent_packs``. It never holds a permission: when a draft is reopened her ledger is read
again, so a consent withdrawn, expired or narrowed since the draft was saved blocks those
sections, and the flow lists them with the plain reason. Authorisation and step-up are never
kept either; they are given again on the day of export.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import select

from womenscentre.domain.audit import AuditAction
from womenscentre.domain.consent import DataCategory, Purpose, Recipient
from womenscentre.domain.sharing import WithoutConsentReason
from womenscentre.services import records
from womenscentre.store.models import ReferralDraftRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from womenscentre.exports.referral import PackFlow
    from womenscentre.services.unlocked import UnlockedVault

DRAFTS: Final = "unsent_packs"


@dataclass(frozen=True, slots=True)
class DraftSummary:
    id: str
    recipient: Recipient
    purpose: Purpose
    updated_at: str


@dataclass(frozen=True, slots=True)
class SavedDraft:
    """A draft's content, as read back for reopening."""

    recipient: Recipient
    purpose: Purpose
    answers: dict[str, dict[str, str]]
    included: list[str]
    without_consent: WithoutConsentReason | None
    without_consent_categories: frozenset[DataCategory]

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> SavedDraft:
        reason = raw.get("without_consent")
        return cls(
            Recipient.from_json(raw["recipient"]),
            Purpose(raw["purpose"]),
            {str(k): {str(f): str(t) for f, t in v.items()} for k, v in raw["answers"].items()},
            [str(s) for s in raw["included"]],
            None if reason is None else WithoutConsentReason(reason),
            frozenset(DataCategory(c) for c in raw.get("without_consent_categories", [])),
        )


def draft_payload(flow: PackFlow) -> dict[str, Any]:
    return {
        "template": flow.template.to_json(),
        "recipient": flow.recipient.to_json(),
        "purpose": flow.purpose.value,
        "answers": flow.answers,
        "included": sorted(flow.included_ids),
        "without_consent": None if flow.without_consent is None else flow.without_consent.value,
        "without_consent_categories": sorted(c.value for c in flow.without_consent_categories),
    }


class ReferralDrafts:
    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault

    def save(self, flow: PackFlow) -> str:
        """Keep the pack as it is, sealed, to finish later or for a manager to export."""
        self._vault.access.require(flow.person_id)
        payload = draft_payload(flow)
        with self._vault.write() as session:
            if flow.draft_id is None:
                now = self._vault.now_minute()
                row = ReferralDraftRow(
                    id=str(uuid.uuid4()),
                    person_id=flow.person_id,
                    author_id=self._vault.user.id,
                    status="draft",
                    created_at=now,
                    updated_at=now,
                    version=1,
                    deleted=False,
                )
                records.seal_into(self._vault, row, DRAFTS, payload)
                session.add(row)
                session.flush()
                records.journal(self._vault, session, DRAFTS, row, "create")
                self._vault.log(session, AuditAction.CREATE, row.id, {"kind": "referral_draft"})
                flow.draft_id = row.id
            else:
                row = self.row(session, flow.draft_id, flow.person_id)
                records.bump(self._vault, row, None)
                records.seal_into(self._vault, row, DRAFTS, payload)
                records.journal(self._vault, session, DRAFTS, row, "update")
                self._vault.log(session, AuditAction.EDIT, row.id, {"kind": "referral_draft"})
        return flow.draft_id

    def summaries(self, person_id: str) -> list[DraftSummary]:
        """Her packs still being prepared, newest first."""
        self._vault.access.require(person_id)
        with self._vault.read() as session:
            rows = session.scalars(
                select(ReferralDraftRow).where(
                    ReferralDraftRow.person_id == person_id,
                    ReferralDraftRow.status == "draft",
                    ReferralDraftRow.deleted.is_(False),
                )
            ).all()
            found = []
            for row in rows:
                saved = self.read(row)
                found.append(DraftSummary(row.id, saved.recipient, saved.purpose, row.updated_at))
        found.sort(key=lambda d: d.updated_at, reverse=True)
        return found

    def row(self, session: Session, draft_id: str, person_id: str) -> ReferralDraftRow:
        row = session.get(ReferralDraftRow, draft_id)
        if row is None or row.deleted or row.person_id != person_id or row.status != "draft":
            raise records.NotFound
        return row

    def open(self, session: Session, draft_id: str, person_id: str) -> SavedDraft:
        return self.read(self.row(session, draft_id, person_id))

    def read(self, row: ReferralDraftRow) -> SavedDraft:
        payload = records.open_row(self._vault, row, DRAFTS)
        try:
            return SavedDraft.from_json(payload)
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            raise records.RecordDamaged(row.id) from exc

    def mark_used(self, session: Session, draft_id: str, person_id: str) -> None:
        row = self.row(session, draft_id, person_id)
        row.status = "used"
        records.bump(self._vault, row, None)
        records.journal(self._vault, session, DRAFTS, row, "update")
