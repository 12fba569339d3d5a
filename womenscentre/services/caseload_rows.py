"""Her caseload's rows as last listed, sealed, so an unlock lists only what changed since.

Listing a large caseload record by record opens every woman's record and every case, even
with the per-record cache (``listing_cache.py``) doing the decrypting. Most unlocks follow
a session in which a few women's records changed, or none. So each row is kept with a
digest of everything it was made from: the ids, versions and key ids of her person record
and of each of her cases and active plans, and the cases' plain status column. Every save
bumps a record's version, and a restore (which could bring back older versions) deletes
this copy. At the next unlock the same digests are read from plain columns, without
opening or even reading a sealed blob; a row whose digest matches is used as it is, and
only the women whose digest changed, or who are new, are opened (``People._row_for``).
Rows are also kept (as None) for women she can't see, because whether she can see one
depends on that woman's cases, which the digest covers.

The whole copy is dropped when who is asking, whether she sees everyone, or the language
changes. Sealed with the user's own key (``Keyring.seal_for_user``), like the other caches,
and deleted with them (``search_snapshot.discard_all``).
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import threading
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from womenscentre import i18n
from womenscentre.domain.cases import Case, CaseDetails, CaseStatus
from womenscentre.domain.plans import PlanStatus
from womenscentre.services.codec import open_json
from womenscentre.store.models import CaseRow, PersonRow, SafetyPlanRow
from womenscentre.store.snapshot import write_atomically
from womenscentre.vault.aead import SealContext, SealError
from womenscentre.vault.keyring import KeyringClosed

if TYPE_CHECKING:
    from womenscentre.services.unlocked import UnlockedVault

log = logging.getLogger(__name__)

FORMAT = 2
TABLE = "caseload_rows"
FIELD_GROUP = "rows"
#: More changed women than this and the bulk listing (with the per-record cache) is quicker.
MOST_TO_OPEN_ONE_BY_ONE = 300

#: Person id -> (digest of what her row was made from, her row as plain values or None).
Kept = dict[str, tuple[bytes, Any]]

#: One writer at a time: the window and the worker can both list the caseload.
_writing = threading.Lock()


@dataclass
class Inputs:
    """What every row is made from, as read now without opening a record."""

    context: bytes
    people: dict[str, str] = field(default_factory=dict)
    cases: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)
    plans: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    def digest_of(self, person_id: str) -> bytes:
        parts = [self.people[person_id]]
        parts += [
            f"c{case}/{status}/{mark}" for case, status, mark in self.cases.get(person_id, ())
        ]
        parts += [f"p{plan}/{mark}" for plan, mark in self.plans.get(person_id, ())]
        return hashlib.blake2b("\0".join(parts).encode(), digest_size=16).digest()


def read_inputs(vault: UnlockedVault, sees_everyone: bool) -> Inputs:
    context = f"{vault.user.id}\0{sees_everyone}\0{i18n.current_language()}".encode()
    inputs = Inputs(context)
    with vault.read() as session:
        for person_id, version, key_id in session.execute(
            select(PersonRow.id, PersonRow.version, PersonRow.key_id).where(
                PersonRow.deleted.is_(False)
            )
        ):
            inputs.people[person_id] = f"{person_id}/{version}/{key_id}"
        for case_id, person_id, status, version, key_id in session.execute(
            select(CaseRow.id, CaseRow.person_id, CaseRow.status, CaseRow.version, CaseRow.key_id)
            .where(CaseRow.deleted.is_(False))
            .order_by(CaseRow.id)
        ):
            mark = f"{version}/{key_id}"
            inputs.cases.setdefault(person_id, []).append((case_id, status, mark))
        for plan_id, person_id, version, key_id in session.execute(
            select(
                SafetyPlanRow.id,
                SafetyPlanRow.person_id,
                SafetyPlanRow.version,
                SafetyPlanRow.key_id,
            )
            .where(
                SafetyPlanRow.deleted.is_(False), SafetyPlanRow.status == PlanStatus.ACTIVE.value
            )
            .order_by(SafetyPlanRow.id)
        ):
            inputs.plans.setdefault(person_id, []).append((plan_id, f"{version}/{key_id}"))
    return inputs


def own_cases(vault: UnlockedVault, inputs: Inputs, person_id: str) -> list[Case]:
    """Her cases, opened one by one; a case that won't open is left out, as ``Cases`` does."""
    found = []
    for case_id, status, _mark in inputs.cases.get(person_id, ()):
        sealed = _sealed(vault, CaseRow, case_id)
        try:
            details = CaseDetails.from_json(open_json(vault.keyring, "cases", case_id, sealed))
        except (SealError, KeyError, ValueError, TypeError):
            vault.report_damage(case_id)
            continue
        found.append(Case(case_id, person_id, CaseStatus(status), details, 0))
    return found


def next_review(vault: UnlockedVault, inputs: Inputs, person_id: str) -> str | None:
    days = []
    for plan_id, _mark in inputs.plans.get(person_id, ()):
        sealed = _sealed(vault, SafetyPlanRow, plan_id)
        try:
            payload = open_json(vault.keyring, "safety_plans", plan_id, sealed)
            days.append(date.fromisoformat(payload["review_date"]).isoformat())
        except (SealError, KeyError, ValueError, TypeError):
            vault.report_damage(plan_id)
    return min(days, default=None)


def person_blob(vault: UnlockedVault, person_id: str) -> bytes:
    return _sealed(vault, PersonRow, person_id)


def _sealed(vault: UnlockedVault, table: Any, record_id: str) -> bytes:
    with vault.read() as session:
        sealed = session.execute(select(table.sealed).where(table.id == record_id)).scalar()
    return bytes(sealed or b"")


def _file(vault: UnlockedVault) -> Path:
    folder: Path = vault.paths.sealed_caches
    return folder / f"{vault.user.id}.rows"


def _context(vault: UnlockedVault) -> SealContext:
    return SealContext(TABLE, vault.user.id, FIELD_GROUP)


def load(vault: UnlockedVault, context: bytes) -> Kept:
    """The rows kept for this user, language and view; empty if there are none to trust."""
    try:
        sealed = _file(vault).read_bytes()
    except OSError:
        return {}
    try:
        opened = vault.keyring.open_for_user(_context(vault), sealed)
        version, user_id, kept_context, kept = marshal.loads(opened)  # noqa: S302 - her own key
    except (SealError, KeyringClosed, ValueError, TypeError, EOFError):
        log.info("caseload rows unusable; listing the caseload afresh")
        return {}
    if version != FORMAT or user_id != vault.user.id or kept_context != context:
        return {}
    return kept if isinstance(kept, dict) else {}


def save(vault: UnlockedVault, context: bytes, kept: Kept) -> bool:
    """Keep the rows for the next unlock; a failure only means a slower one."""
    with _writing:
        try:
            state: Any = (FORMAT, vault.user.id, context, kept)
            sealed = vault.keyring.seal_for_user(_context(vault), marshal.dumps(state))
            write_atomically(_file(vault), sealed)
        except (KeyringClosed, ValueError) as exc:
            log.info("caseload rows not kept (%s)", type(exc).__name__)
            return False
        except OSError as exc:
            log.warning("caseload rows not kept (%s)", type(exc).__name__)
            return False
    return True
