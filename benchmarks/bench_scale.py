"""Every row of the design's performance budget (design §4), each beside its peer, in one run.

Run from the repository root::

    python -m benchmarks.bench_scale            # 10,000 women, 100,000 notes
    python -m benchmarks.bench_scale --small    # 500 women, 5,000 notes: a quick look

It writes ``benchmarks/RESULTS.md``: the machine, the date, the exact command, how busy
the machine was, one summary table and the detail behind each row. All data is FICTIONAL
(``benchmarks.synthetic``). The vault is built once and cached in ``benchmarks/out/``
(``benchmarks.scale_vault``); see ``benchmarks/README.md`` for what each row measures.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from benchmarks import scale_profile, scale_rows, synthetic
from benchmarks.bench_foundation import (
    BULK_BUDGET_RATIO,
    SAVE_BUDGET_MS,
    SEALED,
    SQLCIPHER,
    UNSEALED,
    BulkNotes,
    BulkOutcome,
    CpuSnapshot,
    SaveResult,
    bench_bulk,
    bench_save_one,
    code_under_test,
    cpu_model,
    log,
    make_women,
    memory_total,
    note_payload,
    quietness,
    sealed_lengths,
)
from benchmarks.scale_report import (
    LINT_RESULTS,
    LintFigures,
    Row,
    detail_sections,
    lint_rows,
    read_lint,
    seconds,
    spread,
    table,
)
from benchmarks.scale_rows import Timings
from benchmarks.scale_startup import MARKER
from benchmarks.scale_vault import MANIFEST, CentreVault, cache_folder, cached_or_built

REPO = Path(__file__).resolve().parent.parent
PRESETS = {
    # women, notes, repeats, build repeats, start repeats, bulk repeats, saves, warm-up saves
    "full": (10_000, 100_000, 5, 3, 7, 3, 200, 10),
    "small": (500, 5_000, 3, 3, 5, 2, 50, 5),
    "tiny": (12, 60, 1, 1, 1, 1, 3, 1),
}
START_RATIO = 1.5
CASELOAD_BUDGET_S = 0.5
INDEX_BUDGET_S = 3.0
QUERY_BUDGET_S = 0.050
QUERY_RATIO = 2.0
PACK_BUDGET_S = 1.0
MEMORY_BUDGET_MB = 400.0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.bench_scale", description=__doc__.split("\n")[0]
    )
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--small", action="store_true", help="500 women, 5,000 notes")
    size.add_argument("--tiny", action="store_true", help="a dozen women: checks the suite runs")
    parser.add_argument("--women", type=int, help="women in the vault (default 10,000)")
    parser.add_argument("--notes", type=int, help="notes in the vault and the bulk write")
    parser.add_argument("--repeats", type=int, help="runs of each timed row")
    parser.add_argument("--start-repeats", type=int, help="cold starts of each kind")
    parser.add_argument("--bulk-repeats", type=int, help="repeats of each bulk variant")
    parser.add_argument("--saves", type=int, help="timed single-note saves")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--words", type=int, default=300, help="words per note")
    parser.add_argument("--cache", default="benchmarks/out", help="where the vault is cached")
    parser.add_argument("--tmpdir", default=None, help="where temporary vaults go")
    parser.add_argument("--lint-results", default=str(LINT_RESULTS))
    parser.add_argument("--out", default="benchmarks/RESULTS.md")
    parser.add_argument(
        "--profile", action="store_true", help="profile every row (not only those over budget)"
    )
    args = parser.parse_args(argv)
    preset = "tiny" if args.tiny else "small" if args.small else "full"
    women, notes, repeats, builds, starts, bulks, saves, warmup = PRESETS[preset]
    args.preset = preset
    args.women = args.women or women
    args.notes = args.notes or notes
    args.repeats = args.repeats or repeats
    args.build_repeats = min(builds, args.repeats)
    args.start_repeats = args.start_repeats or starts
    args.bulk_repeats = args.bulk_repeats or bulks
    args.saves = args.saves or saves
    args.warmup = warmup
    if min(args.women, args.notes, args.repeats, args.start_repeats, args.saves) < 1:
        parser.error("sizes and repeats must be at least 1")
    if args.women < 2:
        parser.error("--women must be at least 2 (one of them is the 200-note woman)")
    return args


def command_line() -> str:
    parts = [f"PYTHONPATH={shlex.quote(os.environ.get('PYTHONPATH', '.'))}", sys.executable]
    parts += ["-m", "benchmarks.bench_scale", *(shlex.quote(a) for a in sys.argv[1:])]
    return f"cd {shlex.quote(os.getcwd())} && " + " ".join(parts)


def child_env(cache: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["WOMENSCENTRE_CACHE_DIR"] = str((cache / "cache").resolve())
    return env


# -- subprocess rows ----------------------------------------------------------------------


def time_to_marker(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting ``command`` to its ``shown`` line; it must then exit cleanly."""
    start = time.perf_counter()
    child = subprocess.Popen(
        command, env=env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert child.stdout is not None
    elapsed = None
    for line in child.stdout:
        if line.strip() == MARKER and elapsed is None:
            elapsed = time.perf_counter() - start
    code = child.wait(timeout=120)
    if elapsed is None or code != 0:
        raise RuntimeError(f"{' '.join(command)} ended with {code} before showing a window")
    return elapsed


def cold_start(
    data_dir: Path,
    repeats: int,
    env: dict[str, str],
    warm_up: bool = True,
    watcher: tuple[str, ...] = (),
) -> tuple[Timings, Timings]:
    """The app to its unlock window and a bare window, alternating, after one warm-up each.

    ``watcher`` ``"--every-event"`` times them by the old watcher instead (informational).
    """
    app = [sys.executable, "-m", "benchmarks.scale_startup", "app", str(data_dir), *watcher]
    bare = [sys.executable, "-m", "benchmarks.scale_startup", "bare", *watcher]
    if warm_up:  # untimed: compiled files, the page cache, the lint-pack cache
        # As installed: pip writes bytecode at install, and the peer's PySide6 has its own.
        # Compiled here explicitly, because PYTHONDONTWRITEBYTECODE would otherwise make
        # every start of ours compile its source again.
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", "ui", "womenscentre", "benchmarks"],
            cwd=REPO,
            check=True,
            capture_output=True,
        )
        time_to_marker(app, env)
        time_to_marker(bare, env)
    ours, peer = Timings(), Timings()
    for repeat in range(repeats):
        pair = [(ours, app), (peer, bare)]
        for timings, command in pair if repeat % 2 == 0 else pair[::-1]:
            timings.values.append(time_to_marker(command, env))
    return ours, peer


def resident_memory(manifest: Path, env: dict[str, str]) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.scale_memory", str(manifest)],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=1800,
        check=True,
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


# -- the run ------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = datetime.now(UTC).astimezone()
    wall = time.perf_counter()
    before = CpuSnapshot.take()
    code = code_under_test()
    cache = Path(args.cache)
    env = child_env(cache)

    log(f"generating {args.notes:,} fictional notes and {args.women:,} women ({args.preset})")
    start = time.perf_counter()
    bodies = synthetic.note_bodies(args.notes, args.seed, args.words)
    contents = synthetic.note_contents(args.notes, args.seed, bodies=bodies)
    del bodies
    women = make_women(args.women, args.seed)
    generation_s = time.perf_counter() - start

    log("the vault: reusing the cache, or building it (untimed)")
    centre, reused = cached_or_built(cache, args.women, args.notes, args.seed, args.words, contents)
    manifest = cache_folder(cache, args.women, args.notes, args.seed, args.words) / MANIFEST
    with scale_rows.unlocked(centre):
        pass  # untimed: any migration the code under test brings runs here, once

    log(f"cold start: {args.start_repeats} of each, after one warm-up each")
    start_ours, start_bare = cold_start(
        centre.paths.root, args.start_repeats, env, warm_up=args.preset != "tiny"
    )
    log(f"cold start by the old watcher (informational): {args.start_repeats} of each")
    old_watcher = cold_start(
        centre.paths.root, args.start_repeats, env, args.preset != "tiny", ("--every-event",)
    )
    log("resident memory, in a fresh process")
    memory = resident_memory(manifest, env)
    log(f"unlock to caseload: {args.repeats} runs")
    caseload = scale_rows.caseload(centre, args.repeats)
    log(f"search: {args.build_repeats} index builds, {len(scale_rows.QUERIES)} queries")
    owners = synthetic.note_owners(args.notes, args.women)
    names = [
        (pid, d.preferred_name) for pid, d in zip(women.person_ids, women.details, strict=True)
    ]
    notes_text = [
        (women.person_ids[owner], str(i), content)
        for i, (owner, content) in enumerate(zip(owners, contents, strict=True))
    ]
    search = scale_rows.search(centre, args.build_repeats, args.repeats, names, notes_text)
    del names, notes_text
    log(f"referral pack: {args.repeats} packs for a woman with {centre.pack_notes} notes")
    pack = scale_rows.referral_pack(centre, args.repeats)
    log(f"timeline of the woman with {centre.timeline_notes:,} notes: {args.repeats} runs")
    timeline = scale_rows.timeline(centre, args.repeats)

    tmp = Path(tempfile.mkdtemp(prefix="wc-bench-scale-", dir=args.tmpdir))
    try:
        log(f"save one note: {args.saves} saves + peer")
        save = bench_save_one(tmp, contents, women, args.saves, args.warmup)
        log(f"bulk write of {args.notes:,} notes: {args.bulk_repeats} repeats of each variant")
        bulk_notes = BulkNotes(
            [str(uuid.uuid4()) for _ in contents], [note_payload(c) for c in contents]
        )
        bulk_notes.sealed_lengths = sealed_lengths(bulk_notes, tmp)
        bulk = bench_bulk(
            tmp, bulk_notes, women, contents, args.bulk_repeats, 1000, args.saves, args.warmup
        )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    lint = read_lint(Path(args.lint_results))
    wall_s = time.perf_counter() - wall
    after = CpuSnapshot.take()
    quiet = quietness(before, after, wall_s)
    found = (start_ours, start_bare, caseload, save, bulk, search, pack, timeline, memory)
    results = Results(*found, centre, old_watcher)
    profiles = profile_misses(results, args, centre, env)
    text = report(args, started, code, generation_s, reused, results, lint, wall_s, quiet, after)
    if profiles:
        text += "\n## Profiles of the rows over budget\n\n" + "\n".join(profiles)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    print(text)
    log(f"wrote {out}")
    return 0


def profile_misses(
    r: Results, args: argparse.Namespace, centre: CentreVault, env: dict[str, str]
) -> list[str]:
    """cProfile (and the import tree) for each row over budget; for all with ``--profile``."""
    every = args.profile
    lines: list[str] = []
    if every or r.start_ours.median > START_RATIO * r.start_bare.median:
        log("profiling: cold start imports")
        lines += scale_profile.import_tree(centre.paths.root, env, REPO)
    if every or r.caseload.total.median > CASELOAD_BUDGET_S:
        log("profiling: unlock and caseload")
        lines += scale_profile.caseload(centre)
    if every or r.search.build.median > INDEX_BUDGET_S:
        log("profiling: search index build")
        lines += scale_profile.search_build(centre)
    query_ratio = r.search.ours.median / r.search.fts.median
    if every or r.search.ours.median > QUERY_BUDGET_S or query_ratio > QUERY_RATIO:
        log("profiling: search queries")
        lines += scale_profile.search_queries(centre)
    return lines


@dataclass
class Results:
    start_ours: Timings
    start_bare: Timings
    caseload: scale_rows.CaseloadResult
    save: SaveResult
    bulk: BulkOutcome
    search: scale_rows.SearchResult
    pack: scale_rows.PackResult
    timeline: scale_rows.TimelineResult
    memory: dict[str, float]
    centre: CentreVault
    #: Cold start (ours, bare) by the application-wide watcher used until 2026-11-22.
    start_by_old_watcher: tuple[Timings, Timings]


def summary_rows(
    r: Results, args: argparse.Namespace, lint_path: Path, lint: LintFigures | None
) -> list[Row]:
    bulk_med = {v: Timings([run.seconds for run in runs]) for v, runs in r.bulk.runs.items()}
    sealed, unsealed = bulk_med[SEALED], bulk_med[UNSEALED]
    cipher = bulk_med.get(SQLCIPHER)
    start_ratio = r.start_ours.median / r.start_bare.median
    old_ours, old_bare = r.start_by_old_watcher
    query_ratio = r.search.ours.median / r.search.fts.median
    save_s, plain_s = Timings(r.save.sealed.values), Timings(r.save.plain.values)
    resident = r.memory["after one search (unlocked and indexed)"]
    peak = r.memory["peak (VmHWM)"]
    cipher_text = (
        f"; SQLCipher {spread(cipher)}" if cipher else f"; SQLCipher: {r.bulk.sqlcipher_reason}"
    )
    bulk_ratio = sealed.median / unsealed.median
    bulk_ratios = f"{bulk_ratio:.2f}× unsealed"
    if cipher:
        bulk_ratios += f"; {sealed.median / cipher.median:.2f}× SQLCipher"
    save_text = (
        f"{seconds(save_s.median)} (p10 {seconds(save_s.p(0.1))}, "
        f"p90 {seconds(save_s.p(0.9))}, n={len(save_s.values)})"
    )
    fts_fill = (
        f"(informational) filling the FTS5 table: {seconds(r.search.fts_build_s)}; "
        f"our full build with no snapshot: {spread(r.search.full_build)}, then sealing it "
        f"{spread(r.search.seal)}; from the snapshot with {r.search.changed} notes saved "
        f"since: {spread(r.search.catch_up)}"
    )
    query_budget = f"≤ {QUERY_BUDGET_S * 1e3:.0f} ms median and ≤ {QUERY_RATIO}× FTS5"
    resident_mb = resident * 2**20 / 1e6
    return [
        Row(
            "cold start to the unlock window",
            f"≤ {START_RATIO}× a bare PySide6 window",
            spread(r.start_ours),
            f"bare PySide6 window: {spread(r.start_bare)}; (informational) by the old "
            f"application-wide watcher: ours {spread(old_ours)}, bare {spread(old_bare)}, "
            f"{old_ours.median / old_bare.median:.2f}×",
            f"{start_ratio:.2f}×",
            start_ratio <= START_RATIO,
        ),
        Row(
            f"unlock to caseload, after the KDF ({r.caseload.rows:,} women)",
            f"≤ {CASELOAD_BUDGET_S} s",
            spread(r.caseload.total),
            f"(informational) with no caseload cache: {spread(r.caseload.uncached)}; "
            f"with one woman's record saved since: {spread(r.caseload.one_changed)}",
            "—",
            r.caseload.total.median <= CASELOAD_BUDGET_S,
        ),
        Row(
            "save one note (seal, commit, fsync)",
            f"≤ {SAVE_BUDGET_MS:.0f} ms median",
            save_text,
            f"plain SQLAlchemy insert, unsealed: {seconds(plain_s.median)}",
            f"{save_s.median / plain_s.median:.2f}×",
            save_s.median * 1e3 <= SAVE_BUDGET_MS,
        ),
        Row(
            f"bulk write of {args.notes:,} notes",
            f"≤ {BULK_BUDGET_RATIO}× the same inserts unsealed",
            spread(sealed),
            f"unsealed {spread(unsealed)}{cipher_text}",
            bulk_ratios,
            bulk_ratio <= BULK_BUDGET_RATIO,
        ),
        Row(
            f"search index ready after unlock ({args.notes:,} notes, from the sealed snapshot)",
            f"≤ {INDEX_BUDGET_S:.0f} s",
            spread(r.search.build),
            fts_fill,
            "—",
            r.search.build.median <= INDEX_BUDGET_S,
        ),
        Row(
            f"search {args.notes:,} notes, per query",
            query_budget,
            spread(r.search.ours),
            f"SQLite FTS5, same text and queries: {spread(r.search.fts)}",
            f"{query_ratio:.2f}×",
            r.search.ours.median <= QUERY_BUDGET_S and query_ratio <= QUERY_RATIO,
        ),
        *lint_rows(lint, lint_path),
        Row(
            f"referral pack for a woman with {r.centre.pack_notes} notes (PDF and JSON)",
            f"≤ {PACK_BUDGET_S:.0f} s",
            spread(r.pack.total),
            "—",
            "—",
            r.pack.total.median <= PACK_BUDGET_S,
        ),
        Row(
            f"(informational) open the timeline of a woman with {r.timeline.notes:,} notes",
            "none in the table; the issue asks for instant",
            spread(r.timeline.total),
            "—",
            "—",
            None,
        ),
        Row(
            f"resident memory, {args.notes:,}-note vault unlocked and indexed",
            f"≤ {MEMORY_BUDGET_MB:.0f} MB",
            f"{resident:.0f} MiB = {resident_mb:.0f} MB (peak {peak:.0f} MiB)",
            "—",
            "—",
            resident_mb <= MEMORY_BUDGET_MB,
        ),
    ]


def report(
    args: argparse.Namespace,
    started: datetime,
    code: str,
    generation_s: float,
    reused: bool,
    r: Results,
    lint: LintFigures | None,
    wall_s: float,
    quiet: tuple[str, bool],
    after: CpuSnapshot,
) -> str:
    c = r.centre
    load_before = quiet[0].rsplit("load average at start ", 1)[-1]
    built = (
        f"reused from `{Path(c.root).parent}` (built in {c.build_seconds:.0f} s)"
        if reused
        else f"built in {c.build_seconds:.0f} s for this run, cached in `{Path(c.root).parent}`"
    )
    lines = [
        "# Scale benchmark results",
        "",
        "Generated by `benchmarks/bench_scale.py`: every row of the performance budget in "
        "`shared/design.md` §4, each beside its peer measured in the same run. All data is "
        "fictional (`benchmarks/synthetic.py`).",
        "",
        "## Machine and run",
        "",
        "| | |",
        "|---|---|",
        f"| date | {started.isoformat(timespec='seconds')} |",
        f"| command | `{command_line()}` |",
        f"| size | {args.preset}: {args.women:,} women, {args.notes:,} notes "
        f"of about {args.words} words |",
        f"| code under test | {code} (read at start) |",
        f"| CPU | {cpu_model()}; {os.cpu_count()} cores (usable: {len(os.sched_getaffinity(0))}) |",
        f"| memory | {memory_total()} |",
        f"| OS / Python | {platform.platform()} / {platform.python_version()} |",
        f"| load average | at start {load_before}; at the end {after.load} |",
        f"| machine quiet? | {'yes' if quiet[1] else '**NO**, timings are noisy'}: {quiet[0]} |",
        f"| vault | {c.women:,} women, {c.notes:,} sealed notes (one woman with "
        f"{c.timeline_notes:,}, one with {c.pack_notes}), {c.plans:,} safety plans "
        f"({c.plan_versions:,} versions), {c.consents:,} agreements to share, "
        f"{c.audit_entries:,} audit entries; {c.db_bytes / 2**20:.0f} MiB; {built} |",
        f"| generating the notes | {generation_s:.1f} s, before any timing |",
        f"| total wall time | {wall_s:.0f} s; peak RSS of this process "
        f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB |",
        "",
        "## Summary",
        "",
        *table(summary_rows(r, args, Path(args.lint_results), lint)),
        "",
    ]
    lines += detail_sections(r, args)
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
