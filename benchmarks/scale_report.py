"""``benchmarks/RESULTS.md``: one table with every row of the design budget, then the detail.

Kept apart from ``bench_scale`` so the measuring code and the wording of the report can each
be read on their own. The lint row is read from the lint benchmark's own report (it needs
Node.js and alex, and it is run on its own); the table says which report and which date.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.scale_rows import Timings

LINT_RESULTS = Path("benchmarks/RESULTS-lint.md")


@dataclass
class Row:
    """One line of the summary table. Times in seconds unless ``unit`` says otherwise."""

    what: str
    budget: str
    ours: str
    peer: str
    ratio: str
    ok: bool | None  # None: nothing to judge (no budget, or not measured)


def seconds(value: float) -> str:
    if value >= 1:
        return f"{value:.2f} s"
    if value >= 0.001:
        return f"{value * 1e3:.1f} ms"
    return f"{value * 1e6:.0f} µs"


def spread(timings: Timings) -> str:
    """Median, then min–max over the repeats, and how many there were."""
    if len(timings.values) == 1:
        return f"{seconds(timings.median)} (1 run)"
    return (
        f"{seconds(timings.median)} ({seconds(timings.low)}–{seconds(timings.high)}, "
        f"n={len(timings.values)})"
    )


def verdict(ok: bool | None) -> str:
    if ok is None:
        return "—"
    return "within budget" if ok else "**OVER BUDGET**"


def table(rows: list[Row]) -> list[str]:
    lines = [
        "| row | budget | ours: median (min–max, runs) | peer in the same run | ratio | verdict |",
        "|---|---|---|---|---:|---|",
    ]
    for row in rows:
        lines.append(
            f"| {row.what} | {row.budget} | {row.ours} | {row.peer} | {row.ratio} | "
            f"{verdict(row.ok)} |"
        )
    return lines


# -- the lint row, from its own report ------------------------------------------------------


@dataclass
class LintFigures:
    source: str
    date: str
    ours_ms: str
    alex_ms: str
    ratio: float | None
    keystroke: str
    keystroke_p90_ms: float | None


def _cell(text: str, label: str, column: int) -> str:
    for line in text.splitlines():
        if line.startswith(f"| {label} |"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            return cells[column] if len(cells) > column else ""
    return ""


def read_lint(path: Path) -> LintFigures | None:
    """The whole-process and keystroke figures from ``RESULTS-lint.md``, if it exists."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return None
    date = re.search(r"Date:\s*([^\n]+)", text) or re.search(r"\| date \| ([^|]+) \|", text)
    ratio = re.search(r"\*\*Ratio[^:]*:\s*([\d.]+)x", text)
    ours = _cell(text, "`python -m ui.launcher lint` (ours)", 1)
    alex = _cell(text, "`npx alex` (peer)", 1)
    ours_spread = _cell(text, "`python -m ui.launcher lint` (ours)", 2)
    alex_spread = _cell(text, "`npx alex` (peer)", 2)
    median = _cell(text, "`Guide.check_paragraph` after one keystroke", 2)
    p90 = _cell(text, "`Guide.check_paragraph` after one keystroke", 3)
    try:
        p90_ms: float | None = float(p90)
    except ValueError:
        p90_ms = None
    return LintFigures(
        source=str(path),
        date=date.group(1).strip() if date else "undated",
        ours_ms=f"{ours} ms ({ours_spread} ms)" if ours else "not found",
        alex_ms=f"{alex} ms ({alex_spread} ms)" if alex else "not found",
        ratio=float(ratio.group(1)) if ratio else None,
        keystroke=f"median {median} ms, p90 {p90} ms" if median else "not found",
        keystroke_p90_ms=p90_ms,
    )


def lint_rows(figures: LintFigures | None, path: Path) -> list[Row]:
    if figures is None:
        return [
            Row(
                "language lint, 20,000 words, whole process",
                "≥ 10× faster than alex",
                f"not measured: `{path}` is missing (run `python -m benchmarks.bench_lint`)",
                "`npx alex`",
                "—",
                None,
            )
        ]
    where = f"from `{figures.source}` ({figures.date})"
    return [
        Row(
            f"language lint, 20,000 words, whole process ({where})",
            "≥ 10× faster than alex",
            figures.ours_ms,
            f"`npx alex`: {figures.alex_ms}",
            f"{figures.ratio:.1f}× faster" if figures.ratio is not None else "—",
            None if figures.ratio is None else figures.ratio >= 10,
        ),
        Row(
            f"re-lint one 2,000-word note after a keystroke ({where})",
            "≤ 5 ms",
            figures.keystroke,
            "—",
            "—",
            None if figures.keystroke_p90_ms is None else figures.keystroke_p90_ms <= 5,
        ),
    ]


# -- the detail behind each row -------------------------------------------------------------


def _runs(timings: Timings) -> str:
    return ", ".join(seconds(v) for v in timings.values)


def detail_sections(r: Any, args: Any) -> list[str]:
    """Everything the summary table rests on, row by row."""
    lines = [
        "## Cold start to the unlock window",
        "",
        "Each start is a new process (`QT_QPA_PLATFORM=offscreen`), timed from starting it to "
        "the end of its main window's first paint: a filter on that one native window sees "
        "its first `Expose` event, which Qt answers by painting the window, and queues the "
        "marker behind that paint (`benchmarks/scale_startup.py`). Until 2026-11-22 this "
        "printed on the first turn of the event loop after the window's `Show` event, through "
        "an event filter on the whole application; that filter cost the measured program "
        "about 28 ms per start for a window with a text field (every new kind of event "
        "becomes a Python object on its way through it), and it stopped before the first "
        "paint. Ours: `ui.launcher.main` on the cached vault's folder, so the unlock page. "
        "Peer: a `QApplication` and an empty `QMainWindow`. One untimed warm-up each, then "
        "alternating.",
        "",
        f"- ours: {_runs(r.start_ours)}",
        f"- bare PySide6: {_runs(r.start_bare)}",
        "",
        "The same starts timed by the old watcher (`scale_startup.py ... --every-event`), "
        "for comparison only:",
        "",
        f"- ours: {_runs(r.start_by_old_watcher[0])}",
        f"- bare PySide6: {_runs(r.start_by_old_watcher[1])}",
        "",
        "## Unlock to caseload",
        "",
        "`unlock()` with the test KDF (so the time is what follows the key derivation), then "
        "`ui.models.caseload.load_caseload` (the loader the app runs on its worker) and "
        "`CaseloadModel.set_rows`, as the manager, who sees every woman. With nothing "
        "changed since the last listing, the rows come from her sealed copy of them "
        "(`services/caseload_rows.py`); otherwise each record whose blob is unchanged comes "
        "from her sealed per-record cache (`services/listing_cache.py`). One extra first "
        "run, with both deleted (as after an erasure or a restore; it fills them): "
        f"{_runs(r.caseload.uncached)}. With one woman's record saved again before each "
        f"unlock (the per-record path): {_runs(r.caseload.one_changed)}.",
        "",
        "| part | median | min–max |",
        "|---|---:|---|",
    ]
    c = r.caseload
    for label, timings in (
        ("unlock (open, keys, grants, audit entry)", c.unlock),
        ("load_caseload (open every person and case, plans due)", c.load),
        ("fill the model", c.model),
        ("total", c.total),
    ):
        lines.append(
            f"| {label} | {seconds(timings.median)} | "
            f"{seconds(timings.low)}–{seconds(timings.high)} |"
        )
    s = r.save
    lines += [
        "",
        "## Save one note",
        "",
        "`bench_foundation.bench_save_one`: `vault.notes.save_draft` on a fresh vault holding "
        "the same women, alternating with a plain SQLAlchemy Core insert of the same JSON into "
        "a file with the same pragmas.",
        "",
        "| what | median | p10 | p90 | max |",
        "|---|---:|---:|---:|---:|",
        f"| sealed `save_draft` | {seconds(s.sealed.median)} | {seconds(s.sealed.p(0.1))} | "
        f"{seconds(s.sealed.p(0.9))} | {seconds(max(s.sealed.values))} |",
        f"| peer: plain insert | {seconds(s.plain.median)} | {seconds(s.plain.p(0.1))} | "
        f"{seconds(s.plain.p(0.9))} | {seconds(max(s.plain.values))} |",
    ]
    if r.bulk.in_vault_saves is not None:
        v = r.bulk.in_vault_saves
        lines.append(
            f"| sealed, in the vault after the bulk write | {seconds(v.median)} | "
            f"{seconds(v.p(0.1))} | {seconds(v.p(0.9))} | {seconds(max(v.values))} |"
        )
    lines += [
        "",
        "## Bulk write",
        "",
        f"`bench_foundation.bench_bulk`: {args.notes:,} notes in one transaction into a fresh "
        "vault with the women already in it, executemany in batches of 1,000, timed to the "
        "commit and fsync; the variants rotate order each repeat. Size-matched stores "
        "plaintext padded to each sealed blob's length (no crypto): it separates the cost of "
        "the bytes from the cost of sealing.",
        "",
        "| variant | median | min–max | notes/s | × unsealed | CPU s | runs |",
        "|---|---:|---|---:|---:|---:|---|",
    ]
    unsealed = statistics.median(run.seconds for run in r.bulk.runs["unsealed"])
    for variant, runs in r.bulk.runs.items():
        t = Timings([run.seconds for run in runs])
        cpu = statistics.median(run.cpu_seconds for run in runs)
        lines.append(
            f"| {variant} | {seconds(t.median)} | {seconds(t.low)}–{seconds(t.high)} | "
            f"{args.notes / t.median:,.0f} | {t.median / unsealed:.2f}× | {cpu:.2f} | {_runs(t)} |"
        )
    runs = r.bulk.runs
    paired = [s.seconds / u.seconds for s, u in zip(runs["sealed"], runs["unsealed"], strict=True)]
    lines += [
        "",
        "Sealed ÷ unsealed in each repeat (run next to each other): "
        + ", ".join(f"{ratio:.2f}×" for ratio in paired)
        + ".",
    ]
    if "size-matched" in runs:
        padded = statistics.median(run.seconds for run in runs["size-matched"])
        sealed = statistics.median(run.seconds for run in runs["sealed"])
        lines.append("")
        lines.append(
            f"Sealed ÷ size-matched (the cost of sealing alone, medians): {sealed / padded:.2f}×; "
            f"size-matched ÷ unsealed (the cost of storing the bigger sealed rows): "
            f"{padded / unsealed:.2f}×."
        )
    q = r.search
    lines += [
        "",
        "## Search",
        "",
        "Index ready: right after unlock, `search.start_build()` stepped to the end as the "
        "app's worker does (in the app it runs after the caseload, so she can work "
        "meanwhile), starting from this user's sealed snapshot "
        "(`services/search_snapshot.py`). Runs: "
        f"{_runs(q.build)}.",
        "",
        "Full build with no snapshot (first unlock, or after an erasure or restore): "
        f"{_runs(q.full_build)}; sealing the snapshot afterwards (a worker job once search "
        f"is ready): {_runs(q.seal)}; from the snapshot with {q.changed} notes saved since "
        f"it was taken: {_runs(q.catch_up)}.",
        "",
        "Queries: `vault.search.query(text)` (at most 50 results: her name first, then notes "
        "newest first, each with a snippet opened from its sealed note) against SQLite FTS5 "
        "in memory over the same plaintext (her preferred name and each note's searchable "
        "text; `unicode61 remove_diacritics 2`; every word, the last as a prefix; the same "
        "order, `LIMIT 50`, `snippet()`), alternating which goes first.",
        "",
        "| query | ours median | FTS5 median | ratio | results (ours / FTS5) |",
        "|---|---:|---:|---:|---|",
    ]
    for text, (ours, fts, ours_hits, fts_hits) in q.per_query.items():
        lines.append(
            f"| `{text}` | {seconds(ours.median)} | {seconds(fts.median)} | "
            f"{ours.median / fts.median:.1f}× | {ours_hits} / {fts_hits} |"
        )
    p = r.pack
    sizes = ", ".join(f"{kind.upper()} {size / 1024:.0f} KiB" for kind, size in p.sizes.items())
    lines += [
        "",
        "## Referral pack",
        "",
        f"A GP referral for the woman with {r.centre.pack_notes} notes, through the services "
        "as the wizard drives them: `vault.referrals.start`, two answers, `preview`, `step_up` "
        "(the passphrase again, test KDF), then `export` writing the PDF (`ui.pdf.render`, "
        f"after one warm-up render for Qt's fonts) and the JSON. Files: {sizes}.",
        "",
        f"- open, answer, preview, confirm passphrase: {spread(p.prepare)}",
        f"- export (PDF, JSON, decision, audit): {spread(p.export)}",
        "",
        "## Her timeline (informational)",
        "",
        f"The woman with {r.timeline.notes:,} notes: `vault.notes.for_person` (every note "
        "opened, newest first), then `timeline_rows` and `TimelineModel.set_rows` (the model "
        "shows rows in batches as the view scrolls).",
        "",
        f"- total: {spread(r.timeline.total)}",
        f"- rows and model alone: {spread(r.timeline.model)}",
        "",
        "## Resident memory",
        "",
        "A fresh process (`benchmarks/scale_memory.py`) loads what the app loads, makes the "
        "`QApplication`, unlocks, loads the caseload into its model, builds the index and "
        "runs one search; `VmRSS` after each step, then the peaks.",
        "",
        "| after | MiB |",
        "|---|---:|",
    ]
    for step, mib in r.memory.items():
        lines.append(f"| {step} | {mib:.0f} |")
    return [*lines, ""]
