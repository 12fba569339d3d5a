"""Logging that is safe on a shared machine.

Only the exception's type and the code locations are written: exception
messages can quote SQL parameters, file names or typed text, any of which
might be personal data.
"""

from __future__ import annotations

import traceback
from datetime import UTC, datetime
from pathlib import Path

from womenscentre.paths import ensure_private_dir, private_umask, resolve_data_dir


def safe_trace(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    lines = [f"  {Path(frame.filename).name}:{frame.lineno} in {frame.name}" for frame in frames]
    return f"{type(exc).__module__}.{type(exc).__qualname__}\n" + "\n".join(lines)


def log_unexpected(exc: BaseException, log_dir: Path | None = None) -> Path:
    try:
        folder = log_dir or resolve_data_dir() / "logs"
        ensure_private_dir(folder)
        target = folder / "womenscentre.log"
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        with private_umask(), open(target, "a", encoding="utf-8") as handle:
            handle.write(f"{stamp} unexpected error\n{safe_trace(exc)}\n")
        return target
    except Exception:
        return Path("(the log could not be written)")
