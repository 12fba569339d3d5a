"""T19: no core dumps, and not dumpable, once the app has started."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux-only hardening")
def test_process_is_hardened_in_a_fresh_process():
    """Run in a child so the test runner itself keeps its core-dump settings."""
    code = (
        "import ctypes, resource\n"
        "from womenscentre.hardening import harden_process\n"
        "assert harden_process()\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE))\n"
        "print(ctypes.CDLL(None).prctl(3, 0, 0, 0, 0))\n"
    )
    import womenscentre

    root = __import__("pathlib").Path(womenscentre.__file__).resolve().parent.parent
    env = {**__import__("os").environ, "PYTHONPATH": str(root)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    ).stdout.split("\n")
    assert out[0] == "(0, 0)"
    assert out[1] == "0"
