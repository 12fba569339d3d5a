"""A growing pause after failed unlocks, kept in the vault file so a restart
doesn't reset it. It counts attempts on this vault, not per name, so it says
nothing about which names exist."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy.orm import Session

from womenscentre.services.keyset import meta_get, meta_set

FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 300


def delay_after(failures: int) -> int:
    if failures < FREE_ATTEMPTS:
        return 0
    return int(min(2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_SECONDS))


def seconds_to_wait(session: Session, now: datetime) -> int:
    failures = int(meta_get(session, "failed_unlocks") or 0)
    last = meta_get(session, "failed_unlock_last")
    if not failures or last is None:
        return 0
    elapsed = (now - datetime.fromisoformat(last)).total_seconds()
    return max(0, int(delay_after(failures) - elapsed + 0.999))


def record_failure(session: Session, now: datetime) -> int:
    """Count a failed try; returns the seconds the next try must wait."""
    failures = int(meta_get(session, "failed_unlocks") or 0) + 1
    meta_set(session, "failed_unlocks", str(failures))
    meta_set(session, "failed_unlock_last", now.isoformat())
    pending = json.loads(meta_get(session, "failed_unlock_pending") or "[]")
    pending.append(now.replace(microsecond=0).isoformat())
    meta_set(session, "failed_unlock_pending", json.dumps(pending[-500:]))
    return delay_after(failures)


def take_pending_failures(session: Session) -> list[str]:
    """Failures recorded while locked, to be written to the audit log after unlock."""
    pending: list[str] = json.loads(meta_get(session, "failed_unlock_pending") or "[]")
    meta_set(session, "failed_unlocks", "0")
    meta_set(session, "failed_unlock_pending", "[]")
    return pending
