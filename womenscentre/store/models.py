"""Table definitions.

Every column here is either on the plaintext budget (ids, foreign keys, kind and
status enums, coarse timestamps, key ids, versions, retention dates, user ids and
roles, the audit chain's own fields) or a sealed blob. ``tests/core`` holds a
schema guard that fails if a column outside that list appears.

Ids are random UUIDs, every record has a version counter and an updated-at, and
deletion is a tombstone, so a future multi-laptop sync can merge without clashes.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Meta(Base):
    """Vault-wide facts: id, format version, public keys, throttle counters."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String)


class User(Base):
    __tablename__ = "users"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    role_signature: Mapped[bytes] = mapped_column(LargeBinary)
    must_change_passphrase: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[str] = mapped_column(String(20))
    updated_at: Mapped[str] = mapped_column(String(20))
    version: Mapped[int] = mapped_column(Integer, default=1)


class KeySlot(Base):
    """One holder's wrapped private key. ``kdf_params`` is empty for the recovery slot."""

    __tablename__ = "key_slots"
    holder_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kdf_params: Mapped[str] = mapped_column(String)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    sealed_private: Mapped[bytes] = mapped_column(LargeBinary)
    updated_at: Mapped[str] = mapped_column(String(20))
    version: Mapped[int] = mapped_column(Integer, default=1)


class KeyGrant(Base):
    """A vault key sealed to one holder's public key."""

    __tablename__ = "key_grants"
    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    holder_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[str] = mapped_column(String(20))


class SealedRecord:
    """Columns every sealed record shares; everything sensitive is in ``sealed``."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    status: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[str] = mapped_column(String(20))
    updated_at: Mapped[str] = mapped_column(String(20))
    version: Mapped[int] = mapped_column(Integer, default=1)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    purge_after: Mapped[str | None] = mapped_column(String(10), nullable=True)
    key_id: Mapped[str] = mapped_column(String(16))
    sealed: Mapped[bytes] = mapped_column(LargeBinary)


class PersonRow(SealedRecord, Base):
    __tablename__ = "people"


class CaseRow(SealedRecord, Base):
    __tablename__ = "cases"
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)


class SessionNoteRow(SealedRecord, Base):
    __tablename__ = "session_notes"
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    author_id: Mapped[str] = mapped_column(ForeignKey("users.id"))


class AddendumRow(SealedRecord, Base):
    __tablename__ = "note_addenda"
    note_id: Mapped[str] = mapped_column(ForeignKey("session_notes.id"), index=True)
    author_id: Mapped[str] = mapped_column(ForeignKey("users.id"))


class SafetyPlanRow(SealedRecord, Base):
    """A plan's header: a summary for lists and the caseload, re-sealed on each save."""

    __tablename__ = "safety_plans"
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)


class SafetyPlanVersionRow(SealedRecord, Base):
    """One saved version of a plan, never changed after it is written."""

    __tablename__ = "safety_plan_versions"
    __table_args__ = (UniqueConstraint("plan_id", "number"),)
    plan_id: Mapped[str] = mapped_column(ForeignKey("safety_plans.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"))
    author_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    number: Mapped[int] = mapped_column(Integer)


class SupportListRow(SealedRecord, Base):
    """Her one list of people she trusts and services, shared by all her plans."""

    __tablename__ = "support_lists"
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), unique=True)


class RiskRecordRow(SealedRecord, Base):
    """A risk identification record: that a checklist was done, never its questions."""

    __tablename__ = "risk_records"
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    author_id: Mapped[str] = mapped_column(ForeignKey("users.id"))


class ConsentRow(SealedRecord, Base):
    """One version of one consent-to-share entry; a change adds a version, never overwrites.

    ``chain_id`` groups the versions of one entry and ``number`` orders them. The status
    column mirrors the sealed status for listing; the sealed one is what counts.
    """

    __tablename__ = "consents"
    __table_args__ = (UniqueConstraint("chain_id", "number"),)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    chain_id: Mapped[str] = mapped_column(String(36), index=True)
    number: Mapped[int] = mapped_column(Integer)
    author_id: Mapped[str] = mapped_column(ForeignKey("users.id"))


class ReferralDraftRow(SealedRecord, Base):
    """A referral pack being prepared (a keyworker may prepare one; a manager exports it)."""

    __tablename__ = "unsent_packs"
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    author_id: Mapped[str] = mapped_column(ForeignKey("users.id"))


class SharingDecisionRow(SealedRecord, Base):
    """One decision to share or not to share: recipient, basis and rationale are sealed."""

    __tablename__ = "sharing_decisions"
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    author_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    authoriser_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class ExportRow(SealedRecord, Base):
    """An export record: what was written, where, and its hashes, beside its decision."""

    __tablename__ = "exports"
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    author_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    decision_id: Mapped[str] = mapped_column(ForeignKey("sharing_decisions.id"), unique=True)


class AuditEntry(Base):
    """One link of the HMAC chain. ``details`` is sealed like any record."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    ts: Mapped[str] = mapped_column(String(20))
    actor_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    action: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    key_id: Mapped[str] = mapped_column(String(16))
    details: Mapped[bytes] = mapped_column(LargeBinary)
    prev_mac: Mapped[bytes] = mapped_column(LargeBinary)
    mac: Mapped[bytes] = mapped_column(LargeBinary)


class ChangeJournal(Base):
    """Append-only list of what changed, for a future sync to replay. No content."""

    __tablename__ = "change_journal"
    __table_args__ = (UniqueConstraint("table_name", "record_id", "version"),)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36))
    version: Mapped[int] = mapped_column(Integer)
    op: Mapped[str] = mapped_column(String(16))
    at: Mapped[str] = mapped_column(String(20))


#: Tables whose rows are sealed records, with the field group their blob uses.
SEALED_TABLES: dict[str, type[SealedRecord]] = {
    "people": PersonRow,
    "cases": CaseRow,
    "session_notes": SessionNoteRow,
    "note_addenda": AddendumRow,
    "safety_plans": SafetyPlanRow,
    "safety_plan_versions": SafetyPlanVersionRow,
    "support_lists": SupportListRow,
    "risk_records": RiskRecordRow,
    "consents": ConsentRow,
    "unsent_packs": ReferralDraftRow,
    "sharing_decisions": SharingDecisionRow,
    "exports": ExportRow,
}


class OutcomesRow(SealedRecord, Base):
    """Her outcomes record: readings, goals, ONS4, external measures and her statistics
    choice, all sealed; one row per woman, extended (never edited in place) on each save."""

    __tablename__ = "outcomes"
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), unique=True)


SEALED_TABLES["outcomes"] = OutcomesRow


class AttachmentRow(SealedRecord, Base):
    """A file kept with her record: its name, type, size, hash and note are in ``sealed``.

    Which of her records it hangs off is sealed too; only the chunk count is in the clear,
    so a reader can fetch chunks one at a time (and the count is checked against the
    sealed one before anything is shown).
    """

    __tablename__ = "attachments"
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    chunk_count: Mapped[int] = mapped_column(Integer, default=0)


class AttachmentChunkRow(Base):
    """One sealed chunk of an attachment's content (see ``services/attachment_chunks.py``).

    No ``id`` column on purpose: chunks are reached only through their attachment, and a
    purge removes them by following the foreign key.
    """

    __tablename__ = "attachment_chunks"
    attachment_id: Mapped[str] = mapped_column(ForeignKey("attachments.id"), primary_key=True)
    idx: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    key_id: Mapped[str] = mapped_column(String(16))
    sealed: Mapped[bytes] = mapped_column(LargeBinary)


SEALED_TABLES["attachments"] = AttachmentRow
