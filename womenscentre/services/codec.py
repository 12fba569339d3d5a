"""Turning domain objects into sealed blobs and back.

JSON is the inner format because it is stable, inspectable in tests after
opening, and carries no code. Each blob is bound to its table, record id and
field group, so the same JSON in another row will not open.
"""

from __future__ import annotations

import json
from typing import Any

from womenscentre.vault.aead import SealContext
from womenscentre.vault.keyring import Keyring

RECORD_GROUP = "record"


def seal_json(
    keyring: Keyring, table: str, record_id: str, payload: dict[str, Any], group: str = RECORD_GROUP
) -> tuple[str, bytes]:
    raw = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return keyring.seal(SealContext(table, record_id, group), raw)


def open_json(
    keyring: Keyring, table: str, record_id: str, blob: bytes, group: str = RECORD_GROUP
) -> dict[str, Any]:
    opened = json.loads(keyring.open(SealContext(table, record_id, group), blob))
    if not isinstance(opened, dict):
        raise ValueError("sealed payload is not an object")
    return opened
