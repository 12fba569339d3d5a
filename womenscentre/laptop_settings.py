"""This laptop's small choices that aren't secret (language, high contrast), in settings.json.

Read before anyone unlocks, by the window and by the command line alike, so the file holds
nothing personal and needs no key. A missing, unreadable or damaged file means "nothing
chosen": the app always opens, in its defaults. Writes keep every other key and are atomic.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def read(settings_file: Path) -> dict[str, Any]:
    """Everything the file holds, or nothing if it can't be read as a JSON object."""
    try:
        data = json.loads(settings_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def remember(settings_file: Path, key: str, value: Any) -> None:
    """Set ``key`` and keep the rest; raises ``OSError`` or ``DataDirError`` if unwritable."""
    from womenscentre.paths import ensure_private_dir  # not needed to read
    from womenscentre.store.snapshot import write_atomically

    data = read(settings_file)
    data[key] = value
    # Before first run the vault folder may not exist yet; it is made private, as it will be.
    ensure_private_dir(settings_file.parent)
    write_atomically(settings_file, json.dumps(data, indent=2).encode("utf-8"))
