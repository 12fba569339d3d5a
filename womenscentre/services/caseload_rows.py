"""The caseload exactly as last listed, sealed, for an unlock where nothing it shows changed.

Most unlocks follow a lock with nothing new in between, or with only notes saved (which the
caseload doesn't show). Then even the per-record cache (``listing_cache.py``) does more than
it needs to: it rebuilds every case and every row. This keeps the finished rows, with a
digest of everything they were made from: the first bytes of every person, case and active
plan blob (each seal draws a fresh nonce, so any change shows), their ids and plain status
columns, who is asking, whether she sees everyone, and the language. The rows are used only
when the digest taken now is the same; anything else lists the caseload the long way and
keeps the new rows.

Sealed with the user's own key (``Keyring.seal_for_user``), like the other caches, and
deleted with them (``search_snapshot.discard_all``).
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from womenscentre import i18n
from womenscentre.domain.plans import PlanStatus
from womenscentre.services.listing_cache import fingerprint_of
from womenscentre.store.models import CaseRow, PersonRow, SafetyPlanRow
from womenscentre.store.snapshot import write_atomically
from womenscentre.vault.aead import SealContext, SealError
from womenscentre.vault.keyring import KeyringClosed

if TYPE_CHECKING:
    from womenscentre.services.unlocked import UnlockedVault

log = logging.getLogger(__name__)

FORMAT = 1
TABLE = "caseload_rows"
FIELD_GROUP = "rows"

#: One writer at a time: the window and the worker can both list the caseload.
_writing = threading.Lock()


def _file(vault: UnlockedVault) -> Path:
    folder: Path = vault.paths.sealed_caches
    return folder / f"{vault.user.id}.rows"


def _context(vault: UnlockedVault) -> SealContext:
    return SealContext(TABLE, vault.user.id, FIELD_GROUP)


def digest(vault: UnlockedVault, sees_everyone: bool) -> bytes:
    """What the rows depend on, as one hash; read before the rows are made."""
    hashed = hashlib.sha256()
    hashed.update(f"{vault.user.id}\0{sees_everyone}\0{i18n.current_language()}\0".encode())
    queries = (
        select(PersonRow.id, fingerprint_of(PersonRow.sealed))
        .where(PersonRow.deleted.is_(False))
        .order_by(PersonRow.id),
        select(CaseRow.id, CaseRow.person_id, CaseRow.status, fingerprint_of(CaseRow.sealed))
        .where(CaseRow.deleted.is_(False))
        .order_by(CaseRow.id),
        select(SafetyPlanRow.id, SafetyPlanRow.person_id, fingerprint_of(SafetyPlanRow.sealed))
        .where(SafetyPlanRow.deleted.is_(False), SafetyPlanRow.status == PlanStatus.ACTIVE.value)
        .order_by(SafetyPlanRow.id),
    )
    with vault.read() as session:
        for query in queries:
            hashed.update(b"\1")
            for row in session.execute(query):
                for part in row:
                    hashed.update(part if isinstance(part, bytes) else str(part).encode())
                    hashed.update(b"\0")
    return hashed.digest()


def load(vault: UnlockedVault, expected: bytes) -> list[Any] | None:
    """The rows kept with ``expected`` as their digest, or None (list them afresh)."""
    try:
        sealed = _file(vault).read_bytes()
    except OSError:
        return None
    try:
        opened = vault.keyring.open_for_user(_context(vault), sealed)
        version, user_id, kept_digest, rows = marshal.loads(opened)  # noqa: S302 - her own key
    except (SealError, KeyringClosed, ValueError, TypeError, EOFError):
        log.info("caseload rows unusable; listing the caseload afresh")
        return None
    if version != FORMAT or user_id != vault.user.id or kept_digest != expected:
        return None
    return rows if isinstance(rows, list) else None


def save(vault: UnlockedVault, made_from: bytes, rows: list[Any]) -> bool:
    """Keep ``rows`` for the next unlock; a failure only means a slower one."""
    with _writing:
        try:
            state: Any = (FORMAT, vault.user.id, made_from, rows)
            sealed = vault.keyring.seal_for_user(_context(vault), marshal.dumps(state))
            write_atomically(_file(vault), sealed)
        except (KeyringClosed, ValueError) as exc:
            log.info("caseload rows not kept (%s)", type(exc).__name__)
            return False
        except OSError as exc:
            log.warning("caseload rows not kept (%s)", type(exc).__name__)
            return False
    return True
