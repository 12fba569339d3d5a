"""Process hardening at start-up (security reference T19).

A core dump of an unlocked app would put keys and decrypted notes on disk, so on
Linux core dumps are switched off and the process is marked non-dumpable, which
also stops other processes of the same user from reading its memory through
ptrace. Elsewhere this is a no-op; the admin guide says so.
"""

from __future__ import annotations

import ctypes
import sys

PR_SET_DUMPABLE = 4


def harden_process() -> bool:
    """Returns True when every step applied on this platform."""
    if not sys.platform.startswith("linux"):
        return False
    import resource

    applied = True
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        applied = False
    try:
        # The running interpreter already has the C library loaded: no library search
        # (ctypes.util would start subprocesses to find it, on every start of the app).
        libc = ctypes.CDLL(None, use_errno=True)
        applied = libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 and applied
    except OSError:
        applied = False
    return applied
