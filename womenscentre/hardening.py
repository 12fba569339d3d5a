"""Process hardening at start-up (security reference T19).

A core dump of an unlocked app would put keys and decrypted notes on disk, so on
Linux core dumps are switched off and the process is marked non-dumpable, which
also stops other processes of the same user from reading its memory through
ptrace. Elsewhere this is a no-op; the admin guide says so.
"""

from __future__ import annotations

import ctypes
import ctypes.util
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
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        applied = libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 and applied
    except OSError:
        applied = False
    return applied
