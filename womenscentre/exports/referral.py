"""The referral pack builder: a state machine in the core; a wizard only draws its steps.

Steps (issue 6):

1. choose her, the recipient and the purpose (``Referrals.start`` in the services makes a
   :class:`PackFlow` for them, or says plainly why it can't);
2. :attr:`PackFlow.sections` shows every section of the template as permitted, needing
   review, expired, withdrawn, excluded, ask-her-first or not permitted, each with the plain
   reason from the one rule, ``womenscentre.domain.consent.permission``;
3. :meth:`PackFlow.preview` gives the redaction preview and a plain "what will be sent";
4. the service checks the passphrase again and calls :meth:`PackFlow.stepped_up`;
5-7. the service writes the artefacts, the ``SharingDecision``, the audit entry and the
   export record together (``womenscentre.services.referrals``).

Nothing here touches the database, so the whole flow can be tested with plain data. Any
change after the preview sends the flow back to step 2: what is exported is always exactly
what was last previewed and confirmed.

A section can go only if the rule permits it (or says it needs review), or she asked to be
asked each time and agreed today, or a manager records sharing it without her agreement,
which a second manager must then authorise.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Final

from womenscentre.domain.consent import (
    ConsentToShare,
    DataCategory,
    Permission,
    PermissionState,
    Purpose,
    Recipient,
    permission,
)
from womenscentre.domain.sharing import WITHOUT_CONSENT_WORDS, WithoutConsentReason
from womenscentre.errors import InvalidInput
from womenscentre.exports.facts import Identity, RecordFacts
from womenscentre.exports.wording import CATEGORY_LABELS, PURPOSE_LABELS, joined, recipient_words
from womenscentre.i18n import tr
from womenscentre.templates.referrals import PackSection, ReferralTemplate

MAX_ANSWER_CHARS: Final = 4000


class Step(StrEnum):
    SECTIONS = "sections"
    PREVIEW = "preview"
    READY = "ready"
    DONE = "done"


class SectionBasis(StrEnum):
    CONSENT = "consent"
    ASKED_TODAY = "asked_today"
    WITHOUT_CONSENT = "without_consent"


class FlowOutOfOrder(InvalidInput):
    """A step was tried before the one it depends on; the message says what comes first."""


class ConsentChanged(InvalidInput):
    def __init__(self, titles: list[str]) -> None:
        super().__init__(
            tr(
                "Her agreement has changed since this pack was previewed, so nothing "
                "has been sent. These sections can't go now: {sections}. Please look at "
                "the pack again."
            ).format(sections=joined(titles))
        )


@dataclass(frozen=True, slots=True)
class SectionView:
    """One section as step 2 shows it."""

    section: PackSection
    permission: Permission
    basis: SectionBasis | None
    included: bool

    @property
    def state(self) -> str:
        if self.basis is SectionBasis.ASKED_TODAY or self.basis is SectionBasis.WITHOUT_CONSENT:
            return self.basis.value
        return self.permission.state.value

    @property
    def reason(self) -> str:
        if self.basis is SectionBasis.ASKED_TODAY:
            return tr("She was asked today and agreed to this being shared.")
        if self.basis is SectionBasis.WITHOUT_CONSENT:
            return tr("Shared without her agreement; a second manager must authorise it.")
        return self.permission.reason

    @property
    def can_include(self) -> bool:
        return self.basis is not None


@dataclass(frozen=True, slots=True)
class SectionContent:
    id: str
    title: str
    category: DataCategory
    intro: str
    tell_it_once: bool
    basis: SectionBasis
    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Preview:
    shown: tuple[SectionContent, ...]
    #: (section title, plain reason) for everything that won't go.
    held_back: tuple[tuple[str, str], ...]
    summary: str
    warnings: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Pack:
    """Exactly what was previewed and confirmed; every artefact is built from this."""

    person_id: str
    template: ReferralTemplate
    recipient: Recipient
    purpose: Purpose
    identity: Identity
    sections: tuple[SectionContent, ...]
    not_included: tuple[str, ...]
    consents: tuple[ConsentToShare, ...]
    without_consent_reason: WithoutConsentReason | None
    asked_today: tuple[str, ...]
    prepared_on: date
    #: Sections held back because she asked for them never to go to this recipient.
    protected: tuple[str, ...] = ()

    @property
    def categories(self) -> frozenset[DataCategory]:
        return frozenset(s.category for s in self.sections)

    @property
    def without_consent_categories(self) -> frozenset[DataCategory]:
        return frozenset(
            s.category for s in self.sections if s.basis is SectionBasis.WITHOUT_CONSENT
        )

    @property
    def safe_contact(self) -> SectionContent | None:
        for section in self.sections:
            if section.category is DataCategory.SAFE_CONTACT:
                return section
        return None


class PackFlow:
    def __init__(
        self,
        *,
        person_id: str,
        template: ReferralTemplate,
        recipient: Recipient,
        purpose: Purpose,
        ledger: Iterable[ConsentToShare],
        facts: RecordFacts,
        today: date,
        answers: dict[str, dict[str, str]] | None = None,
        included: Iterable[str] | None = None,
        draft_id: str | None = None,
    ) -> None:
        if recipient.kind is not template.recipient_kind:
            raise InvalidInput(tr("This template is for a different kind of recipient."))
        if purpose not in template.purposes:
            shown = joined([PURPOSE_LABELS[p] for p in template.purposes])
            raise InvalidInput(
                tr("A {kind} can be for: {shown}.").format(kind=template.title.lower(), shown=shown)
            )
        self.person_id = person_id
        self.template = template
        self.recipient = recipient
        self.purpose = purpose
        self.facts = facts
        self.draft_id = draft_id
        self.answers: dict[str, dict[str, str]] = {k: dict(v) for k, v in (answers or {}).items()}
        self.asked_today: dict[str, str] = {}
        self.without_consent: WithoutConsentReason | None = None
        self.without_consent_categories: frozenset[DataCategory] = frozenset()
        self.authorised_by: str | None = None
        self.stepped_up_by: str | None = None
        self.stepped_up_at = 0.0
        self.step = Step.SECTIONS
        #: (section title, plain reason) for sections a reopened draft had chosen that
        #: can't go now: her agreement was withdrawn, ended or narrowed since it was saved.
        self.held_since_draft: tuple[tuple[str, str], ...] = ()
        self._ledger = tuple(ledger)
        self._today = today
        self._permissions = self._assess(self._ledger, today)
        wanted = set(included) if included is not None else None
        self._included = {
            s.id
            for s in template.sections
            if (s.default if wanted is None else s.id in wanted) and self._basis(s) is not None
        }

    # -- step 2 ----------------------------------------------------------------------
    @property
    def sections(self) -> list[SectionView]:
        return [
            SectionView(s, self._permissions[s.id], self._basis(s), s.id in self._included)
            for s in self.template.sections
        ]

    @property
    def included_ids(self) -> frozenset[str]:
        return frozenset(self._included)

    def include(self, section_id: str, wanted: bool = True) -> None:
        section = self._section(section_id)
        if wanted and self._basis(section) is None:
            raise InvalidInput(
                tr('"{title}" can\'t be included: {reason}').format(
                    title=section.title, reason=self._permissions[section_id].reason
                )
            )
        (self._included.add if wanted else self._included.discard)(section_id)
        self._changed()

    def set_answer(self, section_id: str, field_id: str, text: str) -> None:
        section = self._section(section_id)
        if field_id not in {f.id for f in section.fields}:
            raise InvalidInput(tr("That isn't one of this section's questions."))
        if len(text) > MAX_ANSWER_CHARS:
            raise InvalidInput(
                tr("Please keep each answer under {count} characters.").format(
                    count=MAX_ANSWER_CHARS
                )
            )
        self.answers.setdefault(section_id, {})[field_id] = text
        self._changed()

    def confirm_asked_today(self, section_id: str) -> None:
        """She asked to be asked each time, and today she agreed to this section going."""
        state = self._permissions[self._section(section_id).id].state
        if state is not PermissionState.ASK_HER_FIRST:
            raise InvalidInput(tr("This section doesn't need asking each time."))
        self.asked_today[section_id] = self._today.isoformat()
        self._included.add(section_id)
        self._changed()

    def share_without_consent(
        self, reason: WithoutConsentReason, categories: Iterable[DataCategory]
    ) -> None:
        """A manager's decision to share sections she hasn't agreed to; needs authorising."""
        chosen = frozenset(categories)
        known = {s.category for s in self.template.sections}
        if not chosen or not chosen <= known:
            raise InvalidInput(tr("Please choose which of this pack's sections are to be shared."))
        self.without_consent = reason
        self.without_consent_categories = chosen
        self._included |= {s.id for s in self.template.sections if s.category in chosen}
        self._changed()

    def restore_draft(
        self,
        wanted: Iterable[str],
        reason: WithoutConsentReason | None,
        categories: Iterable[DataCategory],
    ) -> None:
        """Bring back a saved draft's choices, checked against her ledger as it is today.

        A manager's earlier choice to share without her agreement comes back as a choice
        only: it still needs previewing, her passphrase and a second manager's.
        """
        chosen = set(wanted)
        known = {s.category for s in self.template.sections}
        overridden = frozenset(categories) & known
        if reason is not None and overridden:
            self.without_consent = reason
            self.without_consent_categories = overridden
        sections = [s for s in self.template.sections if s.id in chosen]
        self._included = {s.id for s in sections if self._basis(s) is not None}
        self.held_since_draft = tuple(
            (s.title, self._permissions[s.id].reason) for s in sections if self._basis(s) is None
        )
        self._changed()

    # -- step 3 ----------------------------------------------------------------------
    def preview(self) -> Preview:
        shown = self._content()
        if not shown:
            raise InvalidInput(
                tr(
                    "There's nothing that can be sent: she hasn't agreed to any of these sections "
                    "going to them for this purpose, or nothing has been written in them yet. You "
                    "can record a decision not to share instead."
                )
            )
        shown_ids = {s.id for s in shown}
        held = tuple(
            (view.section.title, _held_reason(view))
            for view in self.sections
            if view.section.id not in shown_ids
        )
        warnings = [
            f'"{view.section.title}": {view.reason}'
            for view in self.sections
            if view.included and view.permission.state is PermissionState.NEEDS_REVIEW
        ]
        if self.without_consent is not None:
            warnings.append(
                tr(
                    "This pack includes information she hasn't agreed to share. A second manager "
                    "must authorise it with their own passphrase before it can be saved."
                )
            )
        self.step = Step.PREVIEW
        return Preview(shown, held, self._summary(shown), tuple(warnings))

    # -- step 4 ----------------------------------------------------------------------
    def stepped_up(self, user_id: str, at: float) -> None:
        """The service has checked the passphrase of ``user_id`` (monotonic time ``at``)."""
        if self.step is not Step.PREVIEW and self.step is not Step.READY:
            raise FlowOutOfOrder(
                tr("Please look at the preview before confirming your passphrase.")
            )
        self.step = Step.READY
        self.stepped_up_by = user_id
        self.stepped_up_at = at

    def authorised(self, manager_id: str) -> None:
        if self.step is not Step.PREVIEW and self.step is not Step.READY:
            raise FlowOutOfOrder(tr("The second manager authorises after looking at the preview."))
        self.authorised_by = manager_id

    # -- step 5 ----------------------------------------------------------------------
    def pack(self, ledger: Iterable[ConsentToShare], today: date) -> Pack:
        """The confirmed pack, re-checked against her ledger as it is right now."""
        if self.step is not Step.READY:
            raise FlowOutOfOrder(tr("Please preview the pack and confirm your passphrase first."))
        current = tuple(ledger)
        now = self._assess(current, today)
        shown = self._content()
        lost = [s.title for s in shown if not self._still_allowed(s, now[s.id], today)]
        if lost:
            self.step = Step.SECTIONS
            raise ConsentChanged(lost)
        if any(s.basis is SectionBasis.WITHOUT_CONSENT for s in shown) and not self.authorised_by:
            raise FlowOutOfOrder(
                tr("Sharing without her agreement needs a second manager to authorise it first.")
            )
        used = {now[s.id].consent_id for s in shown if s.basis is not SectionBasis.WITHOUT_CONSENT}
        shown_ids = {s.id for s in shown}
        overridden = any(s.basis is SectionBasis.WITHOUT_CONSENT for s in shown)
        return Pack(
            person_id=self.person_id,
            template=self.template,
            recipient=self.recipient,
            purpose=self.purpose,
            identity=self.facts.identity,
            sections=shown,
            not_included=tuple(s.title for s in self.template.sections if s.id not in shown_ids),
            consents=tuple(c for c in current if c.id in used),
            without_consent_reason=self.without_consent if overridden else None,
            asked_today=tuple(s.id for s in shown if s.basis is SectionBasis.ASKED_TODAY),
            prepared_on=today,
            protected=tuple(
                s.title
                for s in self.template.sections
                if s.id not in shown_ids and now[s.id].state is PermissionState.EXCLUDED
            ),
        )

    def done(self) -> None:
        self.step = Step.DONE

    # -- helpers ---------------------------------------------------------------------
    def _assess(self, ledger: tuple[ConsentToShare, ...], today: date) -> dict[str, Permission]:
        return {
            s.id: permission(
                ledger,
                recipient=self.recipient,
                purpose=self.purpose,
                category=s.category,
                today=today,
            )
            for s in self.template.sections
        }

    def _still_allowed(self, content: SectionContent, now: Permission, today: date) -> bool:
        if content.basis is SectionBasis.WITHOUT_CONSENT or now.may_share:
            return True
        return (
            content.basis is SectionBasis.ASKED_TODAY
            and now.state is PermissionState.ASK_HER_FIRST
            and self.asked_today.get(content.id) == today.isoformat()
        )

    def _basis(self, section: PackSection) -> SectionBasis | None:
        found = self._permissions[section.id]
        if found.may_share:
            return SectionBasis.CONSENT
        if found.state is PermissionState.ASK_HER_FIRST and section.id in self.asked_today:
            return SectionBasis.ASKED_TODAY
        overridden = self.without_consent_categories
        if self.without_consent is not None and section.category in overridden:
            return SectionBasis.WITHOUT_CONSENT
        return None

    def _section(self, section_id: str) -> PackSection:
        try:
            return self.template.section(section_id)
        except KeyError:
            raise InvalidInput(tr("That section isn't part of this pack.")) from None

    def _changed(self) -> None:
        if self.step is not Step.SECTIONS:
            self.step = Step.SECTIONS
            self.authorised_by = None
            self.stepped_up_by = None

    def _content(self) -> tuple[SectionContent, ...]:
        out: list[SectionContent] = []
        for section in self.template.sections:
            basis = self._basis(section)
            if section.id not in self._included or basis is None:
                continue
            typed = self.answers.get(section.id, {})
            rows = []
            for spec in section.fields:
                value = typed.get(spec.id, "").strip() or self.facts.sourced.get(spec.source, "")
                if value:
                    rows.append((spec.label, value))
            if rows:
                out.append(
                    SectionContent(
                        section.id,
                        section.title,
                        section.category,
                        section.intro,
                        section.tell_it_once,
                        basis,
                        tuple(rows),
                    )
                )
        return tuple(out)

    def _summary(self, shown: tuple[SectionContent, ...]) -> str:
        who = recipient_words(self.recipient)
        what = joined(list(dict.fromkeys(CATEGORY_LABELS[s.category].lower() for s in shown)))
        lines = [
            tr("This will go to {who}, for: {purpose}.").format(
                who=who, purpose=PURPOSE_LABELS[self.purpose].lower()
            ),
            tr("It says who she is (her name and date of birth) and covers: {what}.").format(
                what=what
            ),
        ]
        if self.without_consent is not None:
            lines.append(
                tr("Some of it is shared without her agreement because: {reason}.").format(
                    reason=WITHOUT_CONSENT_WORDS[self.without_consent].lower()
                )
            )
        lines.append(
            tr(
                "You will get a PDF to read and a JSON file for their system; the app doesn't "
                "send anything. Please send them by secure email, such as NHSmail or CJSM."
            )
        )
        return " ".join(lines)


def _held_reason(view: SectionView) -> str:
    if not view.can_include:
        return view.reason
    if view.included:
        return tr("Nothing has been written in it yet.")
    return tr("Not chosen for this pack.")
