"""The HMAC-chained audit log, and the check that names the first bad entry.

Details (reasons, recipients) are sealed to the audit *reader* public key, whose
private half only managers and the recovery key hold: every user can write an
entry, but a keyworker cannot read what colleagues' entries say.

Each entry's MAC covers its sequence number, time, actor, action, record id, the
sealed details and the previous entry's MAC, so an edit, deletion or reordering
in the middle breaks the chain at that point. Cutting entries off the end leaves
a valid chain, so the head is also written to an anchor file on every lock and
can be copied somewhere else; ``verify`` compares against it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from womenscentre.domain.audit import AuditAction
from womenscentre.store.models import AuditEntry
from womenscentre.store.snapshot import write_atomically
from womenscentre.vault.aead import SealError, encode_parts, pad, unpad
from womenscentre.vault.keyring import Keyring
from womenscentre.vault.keys import mac, open_grant, seal_to_holder

GENESIS_MAC = bytes(32)
#: A vault's very first anchor is written at set-up, within its first few entries. A
#: longer chain without an anchor file means the anchor was removed: don't replace it.
FIRST_ANCHOR_SEQ_LIMIT = 8
TABLE = "audit_log"


class DetailsHidden(SealError):
    """This user does not hold the key that opens audit details."""


def _details_aad(seq: int, key_id: str) -> bytes:
    return encode_parts(b"wc-audit-details", "1", str(seq), key_id)


def _entry_mac(key: bytearray, entry: AuditEntry) -> bytes:
    message = encode_parts(
        b"wc-audit",
        str(entry.seq),
        entry.ts,
        entry.actor_id or "",
        entry.action,
        entry.record_id or "",
        entry.key_id,
        entry.details,
        entry.prev_mac,
    )
    return mac(key, message)


def append(
    session: Session,
    keyring: Keyring,
    *,
    ts: str,
    actor_id: str | None,
    action: AuditAction,
    record_id: str | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEntry:
    """Add one entry inside the caller's transaction, so action and log commit together."""
    last = session.execute(
        select(AuditEntry.seq, AuditEntry.mac).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    seq = 1 if last is None else last.seq + 1
    prev_mac = GENESIS_MAC if last is None else last.mac
    raw = json.dumps(details or {}, ensure_ascii=False, separators=(",", ":")).encode()
    key_id, public = keyring.audit_reader_public
    sealed = seal_to_holder(public, bytearray(pad(raw)), _details_aad(seq, key_id))
    entry = AuditEntry(
        seq=seq,
        ts=ts,
        actor_id=actor_id,
        action=action.value,
        record_id=record_id,
        key_id=key_id,
        details=sealed,
        prev_mac=prev_mac,
        mac=b"",
    )
    entry.mac = _entry_mac(keyring.audit_mac_key(), entry)
    session.add(entry)
    session.flush()
    return entry


def open_details(keyring: Keyring, entry: AuditEntry) -> dict[str, Any]:
    reader = keyring.audit_reader(entry.key_id)
    if reader is None:
        raise DetailsHidden(entry.key_id)
    raw = open_grant(reader, entry.details, _details_aad(entry.seq, entry.key_id))
    opened = json.loads(unpad(bytes(raw)))
    return opened if isinstance(opened, dict) else {}


@dataclass(frozen=True, slots=True)
class Anchor:
    seq: int
    mac_hex: str

    def to_json(self) -> str:
        return json.dumps({"seq": self.seq, "mac": self.mac_hex})

    @classmethod
    def read(cls, path: Path) -> Anchor | None:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            return cls(int(raw["seq"]), str(raw["mac"]))
        except FileNotFoundError:
            return None
        except (ValueError, KeyError, TypeError):
            return cls(-1, "")


def head(session: Session) -> Anchor | None:
    last = session.execute(
        select(AuditEntry.seq, AuditEntry.mac).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    return None if last is None else Anchor(last.seq, last.mac.hex())


def write_anchor(path: Path, anchor: Anchor) -> None:
    write_atomically(path, anchor.to_json().encode())


def advance_anchor(session: Session, path: Path) -> bool:
    """Move the anchor to the current head, but only if the chain still contains it.

    An anchor that no longer matches (entries cut off, an older file restored, the
    anchor deleted) is left exactly as it is, so ``verify`` can still report it.
    """
    current = head(session)
    if current is None:
        return False
    previous = Anchor.read(path)
    if previous is not None:
        if previous.seq < 0:
            return False
        row = session.get(AuditEntry, previous.seq)
        if row is None or row.mac.hex() != previous.mac_hex:
            return False
    elif current.seq > FIRST_ANCHOR_SEQ_LIMIT:
        return False
    write_anchor(path, current)
    return True


def verify_chain(session: Session, keyring: Keyring, anchor: Anchor | None) -> list[str]:
    """Problems in plain words, first bad entry first; empty when the chain is whole."""
    key = keyring.audit_mac_key()
    problems: list[str] = []
    expected_seq, prev_mac = 1, GENESIS_MAC
    macs: dict[int, bytes] = {}
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)):
        if entry.seq != expected_seq or entry.prev_mac != prev_mac:
            problems.append(f"audit chain broken at entry {entry.seq}")
            break
        if _entry_mac(key, entry) != entry.mac:
            problems.append(f"audit entry {entry.seq} has been altered")
            break
        try:
            open_details(keyring, entry)
        except DetailsHidden:
            pass  # a keyworker's check covers the chain; a manager's also opens details
        except (SealError, ValueError):
            problems.append(f"audit entry {entry.seq} has damaged details")
            break
        macs[entry.seq] = entry.mac
        expected_seq, prev_mac = entry.seq + 1, entry.mac
    if problems:
        return problems
    if anchor is None:
        if macs:
            # The anchor is written when the vault is made, so a chain without one
            # means the file was removed.
            problems.append(
                "the audit anchor file is missing, so removed entries can't be ruled out"
            )
        return problems
    if anchor.seq < 0:
        return ["the audit anchor file is unreadable"]
    last_seq = session.scalar(select(func.max(AuditEntry.seq))) or 0
    if anchor.seq > last_seq:
        problems.append(
            f"audit log ends at entry {last_seq} but the anchor says {anchor.seq}: "
            "entries have been removed or an older copy restored"
        )
    elif macs.get(anchor.seq, b"").hex() != anchor.mac_hex:
        problems.append(f"audit entry {anchor.seq} does not match the anchor")
    return problems
