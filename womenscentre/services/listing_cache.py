"""A sealed, per-user cache of what the caseload shows, so it opens at once after unlock.

Listing a large caseload opens every woman's record and every case (about 20,000 blobs at a
big centre): most of a second, on every unlock, for rows that rarely change. This keeps what
those rows need (her row's own words, each case as opened, each plan's review date) in one
blob sealed with a key derived from the signed-in user's own private key
(``Keyring.seal_for_user``): a colleague, who holds the shared items key, can neither read
it nor plant one for her to load, which is also why ``marshal`` is safe to use on it.

A record is taken from the cache only while its sealed blob in the vault begins with the
same bytes as when the cache was filled: every seal draws a fresh random nonce, so the first
:data:`FINGERPRINT_BYTES` of the blob (its header, key id and nonce) tell a changed record
apart without opening it.
Nothing has to be reasoned out of the change journal, and a cache that doesn't match simply
costs the opening it was meant to save.

The row words are translated (pronouns, the safe-contact summary), so the cache also names
the language it was filled in. Erasure, retention purges and restores delete it with the
search snapshots (``search_snapshot.discard_all``).
"""

from __future__ import annotations

import logging
import marshal
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import LargeBinary, func, select

from womenscentre import i18n
from womenscentre.store.snapshot import write_atomically
from womenscentre.vault.aead import NONCE_BYTES, SealContext, SealError
from womenscentre.vault.keyring import KeyringClosed

if TYPE_CHECKING:
    from womenscentre.services.unlocked import UnlockedVault
    from womenscentre.store.models import SealedRecord

log = logging.getLogger(__name__)

FORMAT = 1
TABLE = "listing_cache"
FIELD_GROUP = "caseload"
#: Header (3 bytes), a key id (well under 32 bytes) and the 12-byte nonce.
FINGERPRINT_BYTES = 3 + 32 + NONCE_BYTES

#: Ids per ``IN (...)`` query, well under SQLite's limit on bound parameters.
_IDS_PER_QUERY = 500

T = TypeVar("T")


def fingerprint_of(sealed: Any) -> Any:
    """The SQL for a sealed column's first bytes: enough to tell a re-sealed blob apart."""
    return func.substr(sealed, 1, FINGERPRINT_BYTES, type_=LargeBinary)


class ListingCache:
    """One unlocked session's view of the cache: read once, written back when it changed.

    Each kind ("people", "cases") maps a record id to ``(fingerprint, entry)``; ``entry`` is
    whatever plain lists, strings and numbers the owning service keeps. Only entries used in
    this session are written back, so deleted records drop out.
    """

    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault
        self._stored: dict[str, dict[str, tuple[bytes, Any]]] | None = None
        self._used: dict[str, dict[str, tuple[bytes, Any]]] = {}
        self._changed = False
        #: The worker and the window can both list the caseload; one at a time here.
        self._lock = threading.RLock()
        #: Records opened because the cache had no match this session, by kind (for tests
        #: and tuning).
        self.opened_afresh: Counter[str] = Counter()
        vault.on_lock(self.forget)

    def forget(self) -> None:
        self._stored = None
        self._used = {}
        self._changed = False

    def _file(self) -> Path:
        folder: Path = self._vault.paths.sealed_caches
        return folder / f"{self._vault.user.id}.listing"

    def _context(self) -> SealContext:
        return SealContext(TABLE, self._vault.user.id, FIELD_GROUP)

    def _load(self) -> dict[str, dict[str, tuple[bytes, Any]]]:
        if self._stored is None:
            self._stored = self._read() or {}
        return self._stored

    def _read(self) -> dict[str, dict[str, tuple[bytes, Any]]] | None:
        try:
            sealed = self._file().read_bytes()
        except OSError:
            return None
        try:
            opened = self._vault.keyring.open_for_user(self._context(), sealed)
            version, user_id, language, kinds = marshal.loads(opened)  # noqa: S302 - authenticated
        except (SealError, KeyringClosed, ValueError, TypeError, EOFError):
            log.info("caseload cache unusable; opening records instead")
            return None
        if version != FORMAT or user_id != self._vault.user.id:
            return None
        if language != i18n.current_language() or not isinstance(kinds, dict):
            return None
        return kinds

    def entries(
        self,
        kind: str,
        fingerprints: Sequence[tuple[str, bytes]],
        table: type[SealedRecord],
        make: Callable[[str, bytes], T | None],
    ) -> dict[str, T | None]:
        """Each record's entry: from the cache where its blob is unchanged, else opened.

        ``fingerprints`` pairs record ids with :func:`fingerprint_of` their ``sealed``
        column; the blobs of records the cache can't vouch for are read from ``table`` in
        batches and given to ``make`` (which returns None for one that won't open).
        """
        with self._lock:
            stored = self._load().get(kind, {})
            used = self._used.setdefault(kind, {})
            found: dict[str, T | None] = {}
            missing: dict[str, bytes] = {}
            for record_id, fingerprint in fingerprints:
                known = used.get(record_id) or stored.get(record_id)
                if known is not None and known[0] == fingerprint:
                    used[record_id] = known
                    found[record_id] = known[1]
                else:
                    missing[record_id] = fingerprint
            if not missing:
                return found
            ids = list(missing)
            with self._vault.read() as session:
                for start in range(0, len(ids), _IDS_PER_QUERY):
                    batch = ids[start : start + _IDS_PER_QUERY]
                    for record_id, sealed in session.execute(
                        select(table.id, table.sealed).where(table.id.in_(batch))
                    ).all():
                        made = make(record_id, sealed)
                        self.opened_afresh[kind] += 1
                        found[record_id] = made
                        if made is not None:
                            used[record_id] = (bytes(sealed[:FINGERPRINT_BYTES]), made)
                            self._changed = True
            return found

    def save(self) -> bool:
        """Write back what this session used, if anything was opened afresh or dropped.

        A cache that can't be written (a full disk, say) is only a slower next unlock, so
        the failure goes to the private log and the caseload carries on.
        """
        with self._lock:
            try:
                return self._save()
            except OSError as exc:
                log.warning("caseload cache not saved (%s)", type(exc).__name__)
                return False

    def _save(self) -> bool:
        stored = self._load()
        dropped = any(set(stored.get(k, {})) - set(self._used.get(k, {})) for k in stored)
        if not (self._changed or dropped) or self._vault.is_locked:
            return False
        try:
            state: Any = (FORMAT, self._vault.user.id, i18n.current_language(), self._used)
            sealed = self._vault.keyring.seal_for_user(self._context(), marshal.dumps(state))
        except (KeyringClosed, RuntimeError, ValueError):
            return False
        write_atomically(self._file(), sealed)
        self._stored = {kind: dict(entries) for kind, entries in self._used.items()}
        self._changed = False
        return True
