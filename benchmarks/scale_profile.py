"""Where the time goes, for the rows of ``bench_scale`` that missed their budget.

Added to the report for every row over budget (or for all of them with ``--profile``), so a
missed budget arrives with its cause: cProfile tables sorted by what matters for that row,
and for cold start the import tree (``python -X importtime``), because start-up is mostly
importing. Profiled runs are slower than the timed ones; read the shares, not the seconds.
"""

from __future__ import annotations

import cProfile
import io
import pstats
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from benchmarks.scale_rows import QUERIES, unlocked
from benchmarks.scale_vault import CentreVault

_IMPORT_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")


def _table(profile: cProfile.Profile, sort: str, top: int = 20) -> str:
    out = io.StringIO()
    pstats.Stats(profile, stream=out).strip_dirs().sort_stats(sort).print_stats(top)
    lines = [line for line in out.getvalue().splitlines() if line.strip()]
    return "```text\n" + "\n".join(lines) + "\n```"


def _profiled(title: str, sort: str, job: Callable[[], object]) -> list[str]:
    profile = cProfile.Profile()
    profile.enable()
    try:
        job()
    finally:
        profile.disable()
    return [f"### {title}", "", _table(profile, sort), ""]


def import_tree(data_dir: Path, env: dict[str, str], cwd: Path, top: int = 15) -> list[str]:
    """The app's start-up imports: what ``ui.app`` pulls in, biggest subtrees first."""
    done = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            "-m",
            "benchmarks.scale_startup",
            "app",
            str(data_dir),
        ],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )
    rows = []
    for line in done.stderr.splitlines():
        match = _IMPORT_LINE.match(line)
        if match:
            rows.append((int(match.group(2)), len(match.group(3)) // 2, match.group(4)))
    lines = [
        "### Cold start: imports (`python -X importtime`, one start)",
        "",
        "Each module's import time, including everything it imported first. A module "
        "imported by several is charged to the first.",
        "",
    ]
    for parent in ("ui.app", "ui.main_window"):
        at = next((i for i, row in enumerate(rows) if row[2] == parent), None)
        if at is None:
            continue
        depth, children = rows[at][1], []
        i = at - 1
        while i >= 0 and rows[i][1] > depth:
            if rows[i][1] == depth + 1:
                children.append(rows[i])
            i -= 1
        lines.append(f"- `{parent}`: {rows[at][0] / 1e6:.2f} s in all; the largest imports in it:")
        for total, _, name in sorted(children, reverse=True)[:top]:
            lines.append(f"  - `{name}` {total / 1e3:,.0f} ms")
    return [*lines, ""]


def caseload(centre: CentreVault) -> list[str]:
    from ui.models.caseload import load_caseload
    from womenscentre.services.lifecycle import unlock
    from womenscentre.services.unlocked import UnlockedVault
    from womenscentre.vault.kdf import INSECURE_TEST_POLICY

    opened: list[UnlockedVault] = []

    def open_vault() -> None:
        opened.append(
            unlock(centre.paths, centre.username, centre.passphrase, policy=INSECURE_TEST_POLICY)
        )

    lines = _profiled("Unlock (after the KDF), by cumulative time", "cumulative", open_vault)
    vault = opened[0]
    try:
        lines += _profiled(
            "load_caseload, by cumulative time", "cumulative", lambda: load_caseload(vault)
        )
    finally:
        vault.lock()
    return lines


def search_build(centre: CentreVault) -> list[str]:
    with unlocked(centre) as vault:
        return _profiled("Search index build, by own time", "tottime", vault.search.build)


def search_queries(centre: CentreVault) -> list[str]:
    with unlocked(centre) as vault:
        vault.search.build()

        def run() -> None:
            for query in QUERIES:
                vault.search.query(query)

        return _profiled(f"{len(QUERIES)} search queries, by own time", "tottime", run)
