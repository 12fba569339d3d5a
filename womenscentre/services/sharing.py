"""Sharing decisions, the passphrase checks around them, and "who has my information?".

Every share and every decision not to share is a sealed ``SharingDecision`` row. A decision
to share is written by the referral service in the same transaction as its export record
and audit entry (:meth:`Sharing.insert_in`); a decision not to share is recorded here.

Two passphrase checks live here, both by unwrapping a key slot, never by opening a second
vault session:

- step-up: the signed-in user types her own passphrase again before an export;
- the two-person rule: sharing without her agreement needs a second, different, active
  manager, whose role signature is genuine, to authorise it with *their own* passphrase.

Wrong passphrases are audited and, after a few in one unlock, refused until the vault is
locked and opened again, so the check can't be used to guess a colleague's passphrase.

The disclosure history answers "who has my information?" for her, or for a subject access
request: every decision, newest first, and a plain copy she can be given.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from sqlalchemy import select

from womenscentre.domain.audit import AuditAction
from womenscentre.domain.consent import Purpose, Recipient
from womenscentre.domain.sharing import (
    AdviceSource,
    Basis,
    DecisionStatus,
    SharingDecision,
    ToldHer,
)
from womenscentre.domain.users import Role, UserStatus
from womenscentre.errors import InvalidInput, NotPermitted
from womenscentre.exports.her_copy import CopyLine, CopySection, HerCopy
from womenscentre.exports.wording import (
    CATEGORY_FOR_HER,
    PURPOSE_FOR_HER,
    day_words,
    recipient_words,
)
from womenscentre.i18n import tr
from womenscentre.services import keyset, records
from womenscentre.store.models import KeySlot, PersonRow, SharingDecisionRow, User
from womenscentre.vault import keys
from womenscentre.vault.aead import DamagedBlob

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from womenscentre.services.unlocked import UnlockedVault

TABLE: Final = "sharing_decisions"
#: Wrong passphrases allowed in one unlock before the checks stop answering.
MAX_PASSPHRASE_FAILURES: Final = 5


class PassphraseNotConfirmed(InvalidInput):
    def __init__(self) -> None:
        super().__init__(
            tr("That passphrase didn't match. Nothing has been shared. Please try again.")
        )


class SecondManagerNotConfirmed(InvalidInput):
    def __init__(self) -> None:
        super().__init__(
            tr(
                "That didn't confirm a second manager. It needs a different person with the "
                "manager role, typing their own name and passphrase. Nothing has been shared."
            )
        )


class Sharing:
    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault
        self._failures = 0

    # -- passphrase checks -------------------------------------------------------------
    def confirm_own_passphrase(self, passphrase: str) -> None:
        """Step-up: the signed-in user proves it is still her at the keyboard."""
        self._require_tries_left()
        me = self._vault.user
        with self._vault.read() as session:
            slot = session.get(KeySlot, me.id)
        if slot is None or not self._opens(slot, passphrase):
            self._failed("step_up")
            raise PassphraseNotConfirmed

    def confirm_second_manager(self, username: str, passphrase: str) -> str:
        """The two-person rule. Returns the second manager's user id."""
        self._require_tries_left()
        me = self._vault.user
        with self._vault.read() as session:
            row = session.scalars(select(User).where(User.username == username.strip())).first()
            genuine = row is not None and keyset.role_is_authentic(
                session, self._vault.vault_id, row
            )
            slot = None if row is None else session.get(KeySlot, row.id)
        if row is not None and row.id == me.id:
            raise InvalidInput(
                tr(
                    "The second manager must be someone else: the two-person rule needs two "
                    "different people. Nothing has been shared."
                )
            )
        eligible = (
            row is not None
            and genuine
            and row.role == Role.MANAGER.value
            and row.status == UserStatus.ACTIVE.value
        )
        if not eligible or slot is None or not self._opens(slot, passphrase):
            self._failed("second_manager")
            raise SecondManagerNotConfirmed
        assert row is not None
        return row.id

    def _opens(self, slot: KeySlot, passphrase: str) -> bool:
        try:
            private = keyset.open_passphrase_slot(
                slot,
                vault_id=self._vault.vault_id,
                passphrase=passphrase,
                policy=self._vault.policy,
            )
        except DamagedBlob:
            return False
        keys.zero(private)
        return True

    def _require_tries_left(self) -> None:
        if self._failures >= MAX_PASSPHRASE_FAILURES:
            raise NotPermitted(
                tr(
                    "There have been several passphrases that didn't match, so this check is "
                    "paused. Please lock the app and unlock it again to carry on."
                )
            )

    def _failed(self, kind: str) -> None:
        self._failures += 1
        with self._vault.write() as session:
            self._vault.log(session, AuditAction.UNLOCK_FAILED, None, {"kind": kind})

    # -- decisions ---------------------------------------------------------------------
    def record_not_shared(
        self,
        person_id: str,
        recipient: Recipient,
        purpose: Purpose,
        *,
        rationale: str,
        told_her: ToldHer,
        advice_sought: tuple[AdviceSource, ...] = (),
        advice_note: str = "",
    ) -> SharingDecision:
        """A decision not to share is recorded too (golden rule 7)."""
        self._vault.access.require(person_id)
        decision = SharingDecision(
            id=str(uuid.uuid4()),
            person_id=person_id,
            decided_at=self._vault.clock.now(),
            decided_by=self._vault.user.id,
            shared=False,
            recipient=recipient,
            purpose=purpose,
            basis=None,
            rationale=rationale.strip(),
            told_her=told_her,
            advice_sought=advice_sought,
            advice_note=advice_note,
        )
        with self._vault.write() as session:
            person = session.get(PersonRow, person_id)
            if person is None or person.deleted:
                raise records.NotFound
            self.insert_in(session, decision)
        return decision

    def insert_in(self, session: Session, decision: SharingDecision) -> SharingDecisionRow:
        """Write one decision and its audit entry inside the caller's transaction."""
        problems = decision.problems()
        if problems:
            raise InvalidInput(" ".join(problems))
        now = self._vault.now_minute()
        status = DecisionStatus.SHARED if decision.shared else DecisionStatus.NOT_SHARED
        row = SharingDecisionRow(
            id=decision.id,
            person_id=decision.person_id,
            author_id=decision.decided_by,
            authoriser_id=decision.authorised_by,
            status=status.value,
            created_at=now,
            updated_at=now,
            version=1,
            deleted=False,
        )
        records.seal_into(self._vault, row, TABLE, decision.to_json())
        session.add(row)
        session.flush()
        records.journal(self._vault, session, TABLE, row, "create")
        self._vault.log(
            session,
            AuditAction.SHARE,
            row.id,
            {
                "kind": "sharing_decision",
                "person_id": decision.person_id,
                "shared": decision.shared,
                "recipient": decision.recipient.to_json(),
                "purpose": decision.purpose.value,
                "basis": None if decision.basis is None else decision.basis.value,
                "categories": sorted(c.value for c in decision.categories),
                "authorised_by": decision.authorised_by,
                "lawful_basis": (
                    None if decision.lawful_basis is None else decision.lawful_basis.to_json()
                ),
                "channel": None if decision.channel is None else decision.channel.value,
                "told_her": decision.told_her.state.value,
                "advice_sought": [a.value for a in decision.advice_sought],
            },
        )
        return row

    # -- who has my information? -------------------------------------------------------
    def disclosures(self, person_id: str) -> list[SharingDecision]:
        """Every decision about her, shared or not, newest first. Audited."""
        self._vault.access.require(person_id)
        with self._vault.write() as session:
            rows = session.scalars(
                select(SharingDecisionRow).where(
                    SharingDecisionRow.person_id == person_id,
                    SharingDecisionRow.deleted.is_(False),
                )
            ).all()
            found = [self._open(row) for row in rows]
            self._vault.log(session, AuditAction.VIEW, person_id, {"kind": "disclosure_history"})
        found.sort(key=lambda d: d.decided_at, reverse=True)
        return found

    def disclosure_copy(self, person_id: str, *, centre_name: str = "") -> HerCopy:
        """ "Who has your information": her copy of the history, in plain words."""
        return build_disclosure_copy(self.disclosures(person_id), centre_name)

    def _open(self, row: SharingDecisionRow) -> SharingDecision:
        payload = records.open_row(self._vault, row, TABLE)
        try:
            decision = SharingDecision.from_json(row.id, row.person_id, payload)
        except (KeyError, ValueError, TypeError) as exc:
            raise records.RecordDamaged(row.id) from exc
        expected = DecisionStatus.SHARED if decision.shared else DecisionStatus.NOT_SHARED
        if row.status != expected.value or row.authoriser_id != decision.authorised_by:
            raise records.RecordDamaged(row.id)
        return replace(decision, person_id=row.person_id)


def build_disclosure_copy(decisions: list[SharingDecision], centre_name: str = "") -> HerCopy:
    """Her copy of who has been told what, and when; decisions not to share are included.

    Shares she wasn't told about (because it wasn't safe) are left off her copy and listed
    for the worker instead, who must check with a manager whether an exemption applies
    before giving her the full history (DPA 2018 Sch. 2 and 3).
    """
    sections: list[CopySection] = []
    held: list[str] = []
    for decision in decisions:
        when = day_words(decision.decided_at.date())
        who = recipient_words(decision.recipient)
        if decision.shared and not decision.told_her.told:
            held.append(
                tr(
                    "A share with {who} on {when} isn't on this copy because she wasn't "
                    "told about it. Please check with a manager before giving her the full "
                    "history."
                ).format(who=who, when=when)
            )
            continue
        if decision.shared:
            what = sorted(CATEGORY_FOR_HER[c] for c in decision.categories)
            lines = [
                CopyLine(tr("Who"), who),
                CopyLine(tr("What they were told about"), "", tuple(what)),
                CopyLine(tr("What for"), PURPOSE_FOR_HER[decision.purpose]),
            ]
            if decision.basis is Basis.WITHOUT_CONSENT:
                lines.append(
                    CopyLine(
                        tr("Why we shared without asking you"),
                        tr("We believed it was needed to keep you or someone else safe."),
                    )
                )
            sections.append(CopySection(tr("Shared on {when}").format(when=when), "", tuple(lines)))
        else:
            sections.append(
                CopySection(
                    tr("Not shared, {when}").format(when=when),
                    "",
                    (CopyLine(tr("We decided not to share your information with"), who),),
                )
            )
    if not sections:
        sections.append(
            CopySection(
                tr("Nothing shared"), tr("We haven't shared your information with anyone."), ()
            )
        )
    return HerCopy(
        title=tr("Who has your information"),
        subtitle=tr("From {centre}.").format(centre=centre_name) if centre_name else "",
        branding=centre_name,
        sections=tuple(sections),
        discreet=False,
        large_print=False,
        point_size=12,
        notes_for_worker=tuple(held),
    )
