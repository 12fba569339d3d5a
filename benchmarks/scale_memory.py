"""Resident memory of a process holding the vault unlocked, its caseload loaded and indexed.

Run by ``bench_scale`` in a fresh process, so nothing the benchmark itself holds (the
generated notes, the bulk-write rows) counts::

    python -m benchmarks.scale_memory MANIFEST_JSON   (the passphrase is in the manifest)

It loads what the app loads (``ui.app``, so PySide6 and the widgets), makes the
``QApplication`` (offscreen), unlocks with the test KDF, loads the caseload into the
caseload model as the app does, builds the search index and runs one query. After each
step it reads the current resident set (``VmRSS`` from ``/proc/self/status``); at the end
the peak (``VmHWM`` and ``ru_maxrss``). One JSON line goes to standard output.
"""

from __future__ import annotations

import gc
import json
import resource
import sys
from pathlib import Path


def _status(field: str) -> float:
    """A ``/proc/self/status`` memory figure in MiB (0 where there is no /proc)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def measure(manifest: Path) -> dict[str, float]:
    steps: dict[str, float] = {"python and the benchmark's imports": _status("VmRSS")}
    import ui.app  # noqa: F401  (what the app has loaded before anyone unlocks)
    from ui.app import make_application

    make_application()
    steps["Qt, the app's modules and the QApplication"] = _status("VmRSS")

    from benchmarks.scale_vault import CentreVault
    from ui.models.caseload import CaseloadModel, load_caseload
    from womenscentre.services.lifecycle import unlock
    from womenscentre.vault.kdf import INSECURE_TEST_POLICY

    centre = CentreVault(**json.loads(manifest.read_text(encoding="utf-8")))
    vault = unlock(centre.paths, centre.username, centre.passphrase, policy=INSECURE_TEST_POLICY)
    try:
        steps["unlocked"] = _status("VmRSS")
        model = CaseloadModel()
        model.set_rows(load_caseload(vault))
        gc.collect()
        steps["caseload loaded into its model"] = _status("VmRSS")
        vault.search.build()
        gc.collect()
        steps["search index built"] = _status("VmRSS")
        vault.search.query("housing")
        gc.collect()
        steps["after one search (unlocked and indexed)"] = _status("VmRSS")
        steps["peak (VmHWM)"] = _status("VmHWM")
        steps["peak (ru_maxrss)"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    finally:
        vault.lock()
    return steps


if __name__ == "__main__":
    print(json.dumps(measure(Path(sys.argv[1]))), flush=True)
