"""Backup, verified restore and import benchmarks, each beside a plain peer.

Run from the repository root::

    python -m benchmarks.bench_backup [--notes 100000] [--women 10000] [--repeats 3] \
        [--import-rows 10000] [--out benchmarks/RESULTS-backup.md]

The vault is built the way ``bench_foundation`` builds it (FICTIONAL data from
``benchmarks.synthetic``, sealed with the real ``seal_json``, bulk-inserted), untimed. Then:

* backup: ``vault.backups.backup_to`` while the vault is unlocked (snapshot, chunked
  sealing, atomic write with fsync); peer: copying the database file with fsync.
* verified restore: ``RestoreFlow`` with the recovery key onto an empty folder: every chunk
  authenticated, SQLite ``integrity_check``, audit chain, every record opened, then the
  rename into place; peer: SQLite's own ``PRAGMA integrity_check`` on the plain file.
* import: ``vault.imports.plan`` (the dry run) and ``apply`` of a CSV and an XLSX of
  ``--import-rows`` rows (women with session notes), into the restored 100,000-note vault.

The key derivation uses the insecure test policy: these numbers are about the data, not
about unlocking. Budgets (issue 7): backup and verified restore under 10 s each.
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import cryptography

from benchmarks import synthetic
from benchmarks.bench_foundation import (
    SEALED,
    BulkNotes,
    CpuSnapshot,
    add_women,
    bulk_insert,
    code_under_test,
    cpu_model,
    log,
    make_women,
    memory_total,
    note_payload,
    quietness,
    row_maker,
)
from womenscentre.imports.plan import ImportPlan
from womenscentre.paths import VaultPaths
from womenscentre.services.lifecycle import create_vault, unlock
from womenscentre.services.restore import RestoreFlow
from womenscentre.store import engine as store_engine
from womenscentre.vault.kdf import INSECURE_TEST_POLICY

USERNAME = "bench.manager"
PASSPHRASE = "plum kettle harbour"  # fictional; every vault lives in a temp folder
BUDGET_S = 10.0


class RssSampler:
    """Peak resident memory of this process while a block runs (sampled every 20 ms)."""

    def __init__(self) -> None:
        self.peak_mib = 0.0
        self._stop = threading.Event()

    @staticmethod
    def now_mib() -> float:
        try:
            for line in Path("/proc/self/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        except OSError:
            pass
        return 0.0

    @contextmanager
    def watch(self) -> Iterator[RssSampler]:
        self.peak_mib = self.now_mib()
        self._stop.clear()

        def sample() -> None:
            while not self._stop.wait(0.02):
                self.peak_mib = max(self.peak_mib, self.now_mib())

        thread = threading.Thread(target=sample, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self._stop.set()
            thread.join()
            self.peak_mib = max(self.peak_mib, self.now_mib())


@dataclass
class Run:
    seconds: float
    cpu: float
    stages: dict[str, float] = field(default_factory=dict)
    peak_mib: float = 0.0
    start_mib: float = 0.0


def timed(job: Callable[[Callable[[object], None]], None]) -> Run:
    """Time ``job``; it gets a progress callback that records when each stage ends."""
    marks: dict[str, float] = {}
    sampler = RssSampler()
    start_mib = sampler.now_mib()
    cpu, start = time.process_time(), time.perf_counter()

    def progress(step: object) -> None:
        marks[getattr(step, "stage", "?")] = time.perf_counter() - start

    with sampler.watch():
        job(progress)
    run = Run(time.perf_counter() - start, time.process_time() - cpu, {}, sampler.peak_mib)
    run.start_mib = start_mib
    previous = 0.0
    for stage, end in marks.items():
        run.stages[stage] = end - previous
        previous = end
    if marks:
        run.stages["after the last stage (fsync, rename, audit entry)"] = run.seconds - previous
    return run


def build_vault(root: Path, args: argparse.Namespace) -> tuple[VaultPaths, str, float]:
    """The synthetic vault (untimed): 10,000 women, 100,000 sealed notes. Returns its key."""
    start = time.perf_counter()
    paths = VaultPaths.for_dir(root / "vault")
    created = create_vault(paths, USERNAME, PASSPHRASE, policy=INSECURE_TEST_POLICY)
    vault = created.vault
    bodies = synthetic.note_bodies(args.notes, args.seed, args.words)
    contents = synthetic.note_contents(args.notes, args.seed, bodies=bodies)
    notes = BulkNotes([str(uuid.uuid4()) for _ in contents], [note_payload(c) for c in contents])
    women = make_women(args.women, args.seed)
    add_women(vault, women)
    rows = row_maker(SEALED, notes, women, vault.user.id, vault.keyring)
    bulk_insert(vault.engine, rows, len(notes), 1000)
    store_engine.checkpoint(vault.engine)
    vault.lock()
    return paths, created.recovery_key, time.perf_counter() - start


def import_files(folder: Path, rows: int, seed: int) -> tuple[Path, Path]:
    """A CSV and an XLSX of ``rows`` rows: new women, five session notes each."""
    import openpyxl

    people = synthetic.people(max(1, rows // 5), seed + 7)
    bodies = synthetic.note_bodies(rows, seed + 7, 120)
    header = ["Known as", "Full name", "DOB", "Session date", "Notes", "Duration", "Type"]
    table = []
    for i in range(rows):
        woman = people[i % len(people)]
        table.append(
            [
                f"{woman.preferred_name} {i % len(people)}",
                woman.full_name.value or "",
                "21/03/1990",
                f"{1 + i % 28:02d}/{1 + i % 12:02d}/2024",
                bodies[i],
                "45",
                "one to one",
            ]
        )
    csv_path = folder / "import.csv"
    with open(csv_path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(table)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(header)
    for row in table:
        sheet.append(row)
    xlsx_path = folder / "import.xlsx"
    book.save(xlsx_path)
    return csv_path, xlsx_path


def copy_with_fsync(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    with open(target, "rb") as handle:
        os.fsync(handle.fileno())


def plain_integrity(database: Path) -> None:
    connection = sqlite3.connect(database)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        connection.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_backup")
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--women", type=int, default=10_000)
    parser.add_argument("--words", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--import-rows", type=int, default=10_000)
    parser.add_argument("--tmpdir", default=None)
    parser.add_argument("--out", default="benchmarks/RESULTS-backup.md")
    args = parser.parse_args(argv)
    started, wall = datetime.now(UTC).astimezone(), time.perf_counter()
    before = CpuSnapshot.take()
    code = code_under_test()
    tmp = Path(tempfile.mkdtemp(prefix="wc-bench-backup-", dir=args.tmpdir))
    try:
        log(f"building a vault of {args.notes:,} notes and {args.women:,} women (untimed)")
        paths, recovery_key, build_s = build_vault(tmp, args)
        db_bytes = paths.database.stat().st_size
        results: dict[str, list[Run]] = {}
        sizes: list[int] = []
        for repeat in range(args.repeats):
            log(f"repeat {repeat + 1} of {args.repeats}")
            vault = unlock(paths, USERNAME, PASSPHRASE, policy=INSECURE_TEST_POLICY)
            target = tmp / f"backup-{repeat}.wcbackup"
            results.setdefault("backup", []).append(
                timed(lambda p, t=target, v=vault: v.backups.backup_to(t, progress=p))
            )
            vault.lock()
            sizes.append(target.stat().st_size)
            peer = tmp / f"copy-{repeat}.sqlite3"
            results.setdefault("copy", []).append(
                timed(lambda _p, t=peer: copy_with_fsync(paths.database, t))
            )
            results.setdefault("integrity", []).append(timed(lambda _p, t=peer: plain_integrity(t)))
            peer.unlink()
            fresh = VaultPaths.for_dir(tmp / f"restored-{repeat}")

            def restore(
                progress: Callable[[object], None], t: Path = target, to: VaultPaths = fresh
            ) -> None:
                flow = RestoreFlow(t, to, progress=progress)
                flow.unlock_with_recovery_key(recovery_key)
                flow.check()
                flow.replace()

            results.setdefault("restore", []).append(timed(restore))
            target.unlink()
            if repeat < args.repeats - 1:
                shutil.rmtree(fresh.root)
        log(f"import of {args.import_rows:,} rows (CSV, then XLSX)")
        csv_path, xlsx_path = import_files(tmp, args.import_rows, args.seed)
        restored = VaultPaths.for_dir(tmp / f"restored-{args.repeats - 1}")
        imports: dict[str, tuple[Run, Run, int, int]] = {}
        for label, source in (("CSV", csv_path), ("XLSX", xlsx_path)):
            copy = VaultPaths.for_dir(tmp / f"import-{label}")
            shutil.copytree(restored.root, copy.root)
            vault = unlock(copy, USERNAME, PASSPHRASE, policy=INSECURE_TEST_POLICY)
            plans: list[ImportPlan] = []
            plan_run = timed(
                lambda _p, s=source, v=vault, out=plans: out.append(v.imports.plan([s]))
            )
            assert plans[0].ok, plans[0].lines()[:5]
            apply_run = timed(lambda _p, v=vault, plan=plans[0]: v.imports.apply(plan))
            imports[label] = (plan_run, apply_run, plans[0].women_to_add, len(plans[0].notes))
            vault.lock()
            shutil.rmtree(copy.root)
        quiet = quietness(before, CpuSnapshot.take(), time.perf_counter() - wall)
        text = report(args, started, code, build_s, db_bytes, sizes, results, imports, quiet)
        text += f"\nTotal wall time: {time.perf_counter() - wall:.0f} s.\n"
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    Path(args.out).write_text(text, encoding="utf-8")
    print(text)
    return 0


def _median(runs: list[Run], attr: str = "seconds") -> float:
    return statistics.median(getattr(r, attr) for r in runs)


def report(
    args: argparse.Namespace,
    started: datetime,
    code: str,
    build_s: float,
    db_bytes: int,
    sizes: list[int],
    results: dict[str, list[Run]],
    imports: dict[str, tuple[Run, Run, int, int]],
    quiet: tuple[str, bool],
) -> str:
    mib = 1024 * 1024
    command = " ".join([f"PYTHONPATH={os.environ.get('PYTHONPATH', '.')}", sys.executable])
    command += " -m benchmarks.bench_backup " + " ".join(sys.argv[1:])
    lines = [
        "# Backup, restore and import benchmark results",
        "",
        "Generated by `benchmarks/bench_backup.py`; all data is fictional "
        "(`benchmarks/synthetic.py`). Budgets from issue 7: backup and verified restore of "
        "the 100,000-note vault under 10 s each.",
        "",
        "## Machine and run",
        "",
        "| | |",
        "|---|---|",
        f"| date | {started.isoformat(timespec='seconds')} |",
        f"| code under test | {code} (read at start) |",
        f"| command | `cd {os.getcwd()} && {command.strip()}` |",
        f"| CPU | {cpu_model()}; {os.cpu_count()} cores |",
        f"| memory | {memory_total()} |",
        f"| OS | {platform.platform()} |",
        f"| Python / SQLite / cryptography | {platform.python_version()} / "
        f"{sqlite3.sqlite_version} / {cryptography.__version__} |",
        f"| temp folder | `{args.tmpdir or tempfile.gettempdir()}` |",
        f"| vault | {args.notes:,} sealed notes of about {args.words} words, {args.women:,} "
        f"women (one case each); database file {db_bytes / mib:.0f} MiB; built in "
        f"{build_s:.1f} s, untimed |",
        f"| peak RSS of the whole benchmark process | "
        f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB |",
        f"| machine quiet? | {'yes' if quiet[1] else '**NO**, timings are noisy'}: {quiet[0]} |",
        "",
        "## Backup and verified restore",
        "",
        f"{args.repeats} repeat(s); each backup is a new file, each restore a new empty folder.",
        "",
        "| what | median s | min–max s | CPU s (median) | peak RSS MiB (start) | budget "
        "| verdict |",
        "|---|---:|---:|---:|---:|---|---|",
    ]
    labels = {
        "backup": "backup: `vault.backups.backup_to` with the vault unlocked (serialise, "
        "seal in 1 MiB chunks, atomic write, fsync)",
        "copy": "peer: copy the database file, then fsync (no snapshot, no encryption)",
        "restore": "verified restore: `RestoreFlow` with the recovery key onto an empty "
        "folder (authenticate and write every chunk, integrity check, audit chain, every "
        "record opened, rename into place)",
        "integrity": "peer: `PRAGMA integrity_check` alone on the plain database copy",
    }
    for key in ("backup", "copy", "restore", "integrity"):
        runs = results[key]
        times = [r.seconds for r in runs]
        budgeted = key in ("backup", "restore")
        ok = _median(runs) < BUDGET_S
        lines.append(
            f"| {labels[key]} | {_median(runs):.2f} | {min(times):.2f}–{max(times):.2f} | "
            f"{_median(runs, 'cpu'):.2f} | {max(r.peak_mib for r in runs):.0f} "
            f"({min(r.start_mib for r in runs):.0f}) | "
            f"{'< 10 s' if budgeted else '—'} | "
            f"{('within budget' if ok else 'OVER BUDGET') if budgeted else '—'} |"
        )
    lines += [
        "",
        f"Backup file: {statistics.median(sizes) / mib:.1f} MiB for a {db_bytes / mib:.1f} MiB "
        f"database ({statistics.median(sizes) - db_bytes:+,} bytes: header, chunk framing, "
        "tags and end marker, against a file that may have grown a little since).",
        "",
        "Where the time goes (medians of the stage durations reported by the progress callbacks):",
        "",
        "| job | stage | median s |",
        "|---|---|---:|",
    ]
    for key in ("backup", "restore"):
        stages = results[key][0].stages.keys()
        for stage in stages:
            value = statistics.median(r.stages.get(stage, 0.0) for r in results[key])
            lines.append(f"| {key} | {stage} | {value:.2f} |")
    lines += [
        "",
        f"## Import of {args.import_rows:,} rows",
        "",
        "Rows of women with a session note each (five notes per woman), into a copy of the "
        f"restored {args.notes:,}-note vault, so the duplicate check reads all {args.women:,} "
        "women already there. The dry run reads and checks every row; the import writes "
        "everything in one transaction.",
        "",
        "| file | dry run s | import s | total s | women added | notes added |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for label, (plan_run, apply_run, women, notes) in imports.items():
        lines.append(
            f"| {label} | {plan_run.seconds:.2f} | {apply_run.seconds:.2f} | "
            f"{plan_run.seconds + apply_run.seconds:.2f} | {women:,} | {notes:,} |"
        )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
