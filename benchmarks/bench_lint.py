"""Language-guidance benchmarks: `womenscentre lint` against `npx alex`, and one keystroke.

Run from the repository root::

    python -m benchmarks.bench_lint [--words 20000] [--repeats 5] \
        [--keystrokes 2000] [--out benchmarks/RESULTS-lint.md]

1. **Whole process, 20,000 words** (budget: at least 10x faster than alex). The same
   FICTIONAL case-note text (strengths-based sentences from ``benchmarks.synthetic`` with a
   poorly worded sentence from the rule packs' own invented examples in every paragraph) is
   checked by ``python -m ui.launcher lint FILE`` and by ``npx alex FILE``, each as a fresh
   process, ``--repeats`` times, alternating which goes first, after one untimed warm-up
   run of each. Reported: median and min-max wall time, median CPU time of the child, and
   the ratio of the medians. ``node …/alex/cli.js FILE`` (alex without npx's own start-up)
   and a one-sentence file are timed too, to show how much is fixed start-up cost.
2. **One keystroke in a 2,000-word note** (budget: 5 ms). A letter is inserted at a random
   place in the note and ``Guide.check_paragraph`` re-checks that paragraph, as the editor
   does after the pause; median, p90, p99 and max over ``--keystrokes`` keystrokes. The same
   is then measured through the editor itself (``LiveGuidance.check_now`` on an offscreen
   ``QPlainTextEdit``: reading the text, checking, moving the marks, repainting the list),
   and the cost of a keystroke's own bookkeeping with and without guidance attached.

alex is installed once with ``npm install alex`` into ``benchmarks/out/node`` (ignored by
git, like everything in ``benchmarks/out``); ``--node-dir`` chooses another folder.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from benchmarks import synthetic
from womenscentre.guidance import Guide

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "benchmarks" / "out"
ALEX_SPEC = "alex@11"
RATIO_BUDGET = 10.0
KEYSTROKE_BUDGET_MS = 5.0
_ALEX_WARNING = re.compile(r"^\s*\d+:\d+(?:-\d+:\d+)?\s+warning\s", re.MULTILINE)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# -- the text ------------------------------------------------------------------------


def poor_sentences(guide: Guide) -> list[str]:
    """The packs' own invented examples that must be flagged: poor wording, on purpose."""
    return [example for rule in guide.rules for example in rule.examples_flag]


def case_notes(words: int, seed: int, poor: Sequence[str]) -> str:
    """About ``words`` words of fictional notes, one poorly worded sentence per paragraph."""
    rng = random.Random(f"lint:{seed}")
    paragraphs: list[str] = []
    count = 0
    while count < words:
        for paragraph in synthetic.note_body(rng, 300).split("\n\n"):
            sentences = paragraph.split(". ")
            sentences.insert(rng.randrange(len(sentences) + 1), rng.choice(poor).rstrip("."))
            text = ". ".join(sentences)
            text = text if text.endswith((".", "!", "?")) else text + "."
            paragraphs.append(text)
            count += len(text.split())
            if count >= words:
                break
    return "\n\n".join(paragraphs) + "\n"


# -- whole processes ------------------------------------------------------------------


@dataclass
class Runs:
    label: str
    command: list[str]
    wall: list[float]
    cpu: list[float]
    returncode: int = 0
    output: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.wall)

    def row(self, reference: Runs | None = None) -> str:
        ratio = f"{self.median / reference.median:.1f}x" if reference is not None else ""
        return (
            f"| {self.label} | {self.median * 1e3:,.0f} | {min(self.wall) * 1e3:,.0f}–"
            f"{max(self.wall) * 1e3:,.0f} | {statistics.median(self.cpu) * 1e3:,.0f} | {ratio} |"
        )


def run_once(
    command: Sequence[str], cwd: Path, env: dict[str, str]
) -> tuple[float, float, int, str]:
    """Wall and CPU seconds of one child process, its exit code and everything it printed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done.returncode, done.stdout + done.stderr


def time_alternating(
    contenders: Sequence[Runs], repeats: int, cwd: dict[str, Path], env: dict[str, str]
) -> None:
    """One warm-up run each, then ``repeats`` rounds, rotating who goes first."""
    for runs in contenders:
        _, _, runs.returncode, runs.output = run_once(runs.command, cwd[runs.label], env)
    for repeat in range(repeats):
        order = list(contenders[repeat % len(contenders) :]) + list(
            contenders[: repeat % len(contenders)]
        )
        for runs in order:
            wall, cpu, _, _ = run_once(runs.command, cwd[runs.label], env)
            runs.wall.append(wall)
            runs.cpu.append(cpu)
        log(f"  round {repeat + 1}/{repeats}: " + ", ".join(
            f"{r.label} {r.wall[-1] * 1e3:,.0f} ms" for r in contenders
        ))  # fmt: skip


def ensure_alex(node_dir: Path) -> Path:
    """alex's ``cli.js`` in ``node_dir``, installed with npm the first time."""
    cli = node_dir / "node_modules" / "alex" / "cli.js"
    if not cli.exists():
        if shutil.which("npm") is None:
            raise SystemExit("npm is needed to install alex (the peer); please install Node.js.")
        node_dir.mkdir(parents=True, exist_ok=True)
        log(f"Installing {ALEX_SPEC} into {node_dir} …")
        subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund", "--prefix", str(node_dir), ALEX_SPEC],
            check=True,
        )
    return cli


def package_version(node_dir: Path, name: str) -> str:
    try:
        data = json.loads((node_dir / "node_modules" / name / "package.json").read_text())
        return str(data["version"])
    except (OSError, ValueError, KeyError):
        return "unknown"


def count_ours(env: dict[str, str], path: Path) -> tuple[int, int]:
    done = subprocess.run(
        [sys.executable, "-m", "ui.launcher", "lint", "--format", "json", str(path)],
        cwd=REPO, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    findings = json.loads(done.stdout)
    warnings = sum(1 for f in findings if f["severity"] == "warning")
    return warnings, len(findings) - warnings


_BREAKDOWN = """
import json, sys, time
t0 = time.perf_counter()
import womenscentre.cli.main
t1 = time.perf_counter()
from womenscentre.guidance import Guide
from womenscentre.paths import cache_dir
t2 = time.perf_counter()
guide = Guide.load(cache_dir=cache_dir())
t3 = time.perf_counter()
text = open(sys.argv[1], encoding="utf-8").read()
guide.check(text)
t4 = time.perf_counter()
Guide.load()
t5 = time.perf_counter()
print(json.dumps([t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4]))
"""


def breakdown(env: dict[str, str], path: Path, repeats: int) -> list[float]:
    """Median seconds, in a fresh process each time, of the parts of ``lint``: importing the
    command line, importing the engine, loading the rule packs (from the compiled cache, as
    ``lint`` does), checking the text; then, for comparison, compiling the packs afresh."""
    runs = []
    for _ in range(repeats):
        done = subprocess.run(
            [sys.executable, "-c", _BREAKDOWN, str(path)],
            cwd=REPO, env=env, capture_output=True, text=True, check=True,
        )  # fmt: skip
        runs.append(json.loads(done.stdout))
    return [statistics.median(part) for part in zip(*runs, strict=True)]


def cold_runs(runs: Runs, repeats: int, env: dict[str, str]) -> None:
    """``runs.command`` with an empty compiled-pack cache each time: a first-ever start."""
    import tempfile

    for _ in range(repeats):
        with tempfile.TemporaryDirectory(prefix="wc-bench-cache-") as empty:
            wall, cpu, runs.returncode, _ = run_once(
                runs.command, REPO, {**env, "WOMENSCENTRE_CACHE_DIR": empty}
            )
        runs.wall.append(wall)
        runs.cpu.append(cpu)


def bare_python(env: dict[str, str], repeats: int) -> float:
    """Median wall seconds of ``python -c pass``: the interpreter's own start-up."""
    return statistics.median(
        run_once([sys.executable, "-c", "pass"], REPO, env)[0] for _ in range(repeats)
    )


# -- one keystroke ----------------------------------------------------------------------


@dataclass
class Spread:
    label: str
    samples_ms: list[float]

    def pct(self, fraction: float) -> float:
        ordered = sorted(self.samples_ms)
        return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]

    def row(self, budget_ms: float | None = None) -> str:
        verdict = ""
        if budget_ms is not None:
            verdict = "within budget" if self.pct(0.9) <= budget_ms else "OVER BUDGET"
        return (
            f"| {self.label} | {len(self.samples_ms):,} | {statistics.median(self.samples_ms):.3f} "
            f"| {self.pct(0.9):.3f} | {self.pct(0.99):.3f} | {max(self.samples_ms):.3f} | "
            f"{verdict} |"
        )


def keystroke_positions(text: str, count: int, seed: int) -> list[int]:
    """Places inside paragraphs (not in the blank lines between them), at random."""
    rng = random.Random(f"keys:{seed}")
    places = [i for i, ch in enumerate(text) if ch != "\n"]
    return [rng.choice(places) for _ in range(count)]


def bench_check_paragraph(guide: Guide, note: str, positions: Sequence[int]) -> Spread:
    samples = []
    for at in positions:
        typed = note[:at] + "e" + note[at:]
        started = time.perf_counter()
        guide.check_paragraph(typed, at + 1)
        samples.append((time.perf_counter() - started) * 1e3)
    return Spread("`Guide.check_paragraph` after one keystroke", samples)


def bench_full_check(guide: Guide, note: str, runs: int = 50) -> Spread:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        guide.check(note)
        samples.append((time.perf_counter() - started) * 1e3)
    return Spread("`Guide.check` of the whole note (what is NOT done per keystroke)", samples)


def bench_editor(guide: Guide, note: str, positions: Sequence[int]) -> list[Spread]:
    """The editor's own path on an offscreen QPlainTextEdit, and a keystroke's bookkeeping.

    Keys are sent as real key events. The harness avoids Qt calls that return nothing where
    it can (see "PySide6 6.12 and Python 3.11" in ``ui/models/findings.py``), so that the
    measuring doesn't wear down ``None``'s reference count itself.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent, QTextCursor
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from ui.guidance_highlighter import LiveGuidance

    app = QApplication.instance() or QApplication([])
    press = QEvent.Type.KeyPress
    plain = Qt.KeyboardModifier.NoModifier

    def editor_with(text: str) -> QPlainTextEdit:
        editor = QPlainTextEdit()
        editor.resize(900, 700)
        editor.setPlainText(text)
        editor.show()
        app.processEvents()
        return editor

    def typing(
        editor: QPlainTextEdit, after: Callable[[], None] | None
    ) -> tuple[list[float], list[float]]:
        keys, checks = [], []
        for at in positions:
            cursor = editor.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.Start)
            cursor.movePosition(QTextCursor.MoveOperation.NextCharacter, n=at)
            editor.setTextCursor(cursor)
            key = QKeyEvent(press, Qt.Key.Key_E, plain, "e")
            started = time.perf_counter()
            QApplication.sendEvent(editor, key)
            keys.append((time.perf_counter() - started) * 1e3)
            if after is not None:
                started = time.perf_counter()
                after()
                checks.append((time.perf_counter() - started) * 1e3)
            # Take the letter out again, so the note stays the same; its check isn't timed.
            QApplication.sendEvent(editor, QKeyEvent(press, Qt.Key.Key_Backspace, plain))
            if after is not None:
                after()
        return keys, checks

    bare = editor_with(note)
    bare_keys, _ = typing(bare, None)
    guided = editor_with(note)
    guidance = LiveGuidance(guided, guide)
    guidance.check_now()
    keys, checks = typing(guided, guidance.check_now)
    marks = len(guidance.marks)
    for editor in (bare, guided):
        editor.close()
        editor.deleteLater()
    app.processEvents()
    return [
        Spread(
            f"editor: re-check after the pause (`LiveGuidance.check_now`, {marks} marks)", checks
        ),
        Spread("editor: one key press, guidance attached (its check waits for the pause)", keys),
        Spread("editor: one key press, no guidance (baseline)", bare_keys),
    ]


# -- the report -----------------------------------------------------------------------


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def memory_total() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def busy_cpu_seconds() -> float:
    """System-wide busy CPU seconds so far (for saying whether the machine was quiet)."""
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
        return (sum(fields[:8]) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def own_cpu_seconds() -> float:
    mine = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return mine.ru_utime + mine.ru_stime + children.ru_utime + children.ru_stime


def git_state() -> str:
    try:
        head = subprocess.run(
            ["git", "-C", str(REPO), "log", "-1", "--format=%h %s"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()  # fmt: skip
        dirty = subprocess.run(
            ["git", "-C", str(REPO), "status", "--porcelain", "--",
             "womenscentre/guidance", "womenscentre/cli", "resources/language", "ui"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()  # fmt: skip
    except (OSError, subprocess.CalledProcessError):
        return "unknown (not a git checkout)"
    state = "with uncommitted changes under the code measured" if dirty else "clean"
    return f"`{head}` ({state})"


def tool_version(command: Sequence[str]) -> str:
    try:
        return subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def shown_path(path: Path) -> str:
    return str(path.relative_to(REPO)) if path.is_relative_to(REPO) else str(path)


def command_line() -> str:
    parts = []
    if os.environ.get("PYTHONPATH"):
        parts.append(f"PYTHONPATH={shlex.quote(os.environ['PYTHONPATH'])}")
    parts += [sys.executable, "-m", "benchmarks.bench_lint", *map(shlex.quote, sys.argv[1:])]
    return f"cd {shlex.quote(os.getcwd())} && " + " ".join(parts)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.bench_lint", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--words", type=int, default=20_000, help="words in the lint text")
    parser.add_argument("--note-words", type=int, default=2_000, help="words in the note")
    parser.add_argument("--repeats", type=int, default=5, help="timed runs of each process")
    parser.add_argument("--keystrokes", type=int, default=2_000, help="timed keystrokes")
    parser.add_argument("--editor-keystrokes", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--node-dir", type=Path, default=OUT / "node")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "RESULTS-lint.md")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started_at = datetime.now(UTC)
    busy_before, own_before, wall_started = busy_cpu_seconds(), own_cpu_seconds(), time.time()
    load = (
        " ".join(Path("/proc/loadavg").read_text().split()[:3])
        if Path("/proc/loadavg").exists()
        else "unknown"
    )
    guide = Guide.load()
    poor = poor_sentences(guide)
    OUT.mkdir(parents=True, exist_ok=True)
    text = case_notes(args.words, args.seed, poor)
    big = OUT / f"lint-{args.words}.txt"
    big.write_text(text, encoding="utf-8")
    tiny = OUT / "lint-one-sentence.txt"
    tiny.write_text("Police were called to a domestic dispute at the flat.\n", encoding="utf-8")
    log(f"Text: {len(text.split()):,} words, {len(text):,} characters → {big}")

    cli = ensure_alex(args.node_dir)
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "NO_COLOR": "1",
        "FORCE_COLOR": "0",
        # The compiled-pack cache `lint` keeps between runs; here, not in the user's own.
        "WOMENSCENTRE_CACHE_DIR": str(OUT / "cache"),
    }
    npx = shutil.which("npx") or "npx"
    node = shutil.which("node") or "node"
    ours_big = Runs(
        "`python -m ui.launcher lint` (ours)",
        [sys.executable, "-m", "ui.launcher", "lint", str(big)],
        [],
        [],
    )
    alex_big = Runs("`npx alex` (peer)", [npx, "--no-install", "alex", str(big)], [], [])
    node_big = Runs("`node alex/cli.js` (alex without npx)", [node, str(cli), str(big)], [], [])
    cwd = {ours_big.label: REPO, alex_big.label: args.node_dir, node_big.label: args.node_dir}
    log(f"Whole processes on {args.words:,} words, {args.repeats} rounds:")
    time_alternating([ours_big, alex_big, node_big], args.repeats, cwd, env)
    ours_tiny = Runs(ours_big.label, [*ours_big.command[:-1], str(tiny)], [], [])
    alex_tiny = Runs(alex_big.label, [*alex_big.command[:-1], str(tiny)], [], [])
    log("Whole processes on one sentence:")
    time_alternating([ours_tiny, alex_tiny], args.repeats, cwd, env)
    ours_cold = Runs(
        "`python -m ui.launcher lint` (ours), first run: no compiled-pack cache yet",
        ours_big.command,
        [],
        [],
    )
    log("Ours with an empty cache each time:")
    cold_runs(ours_cold, args.repeats, env)
    cold_ratio = alex_big.median / ours_cold.median
    our_warnings, our_hints = count_ours(env, big)
    parts = breakdown(env, big, args.repeats)
    interpreter = bare_python(env, args.repeats)
    alex_warnings = len(_ALEX_WARNING.findall(alex_big.output))

    log("One keystroke in a note:")
    note = case_notes(args.note_words, args.seed + 1, poor).rstrip("\n")
    positions = keystroke_positions(note, args.keystrokes, args.seed)
    for at in positions[:200]:  # warm the guide's caches, as a session in use would have
        guide.check_paragraph(note, at)
    paragraph = bench_check_paragraph(guide, note, positions)
    full = bench_full_check(guide, note)
    editor = bench_editor(guide, note, positions[: args.editor_keystrokes])
    paragraph_words = [len(p.split()) for p in note.split("\n\n")]

    wall = time.time() - wall_started
    load_after = (
        " ".join(Path("/proc/loadavg").read_text().split()[:3])
        if Path("/proc/loadavg").exists()
        else "unknown"
    )
    other = max(0.0, busy_cpu_seconds() - busy_before - (own_cpu_seconds() - own_before))
    quiet = other / wall < 0.2 if wall else True
    ratio = alex_big.median / ours_big.median
    strict = node_big.median / ours_big.median
    cpu_ratio = statistics.median(alex_big.cpu) / statistics.median(ours_big.cpu)
    lines = [
        "# Language guidance benchmark results",
        "",
        "Generated by `benchmarks/bench_lint.py`; all text is fictional (`benchmarks/synthetic.py`"
        " sentences plus the rule packs' own invented examples). Budgets: `shared/design.md` §4.",
        "",
        "## Machine and run",
        "",
        f"- Date: {started_at:%Y-%m-%d %H:%M} UTC",
        f"- Command: `{command_line()}`",
        f"- Code measured: {git_state()}",
        f"- CPU: {cpu_model()}, {os.cpu_count()} cores; memory {memory_total()}",
        f"- OS: {platform.platform()}",
        f"- Python {platform.python_version()}; Node {tool_version([node, '--version'])}; "
        f"npm {tool_version(['npm', '--version'])}; alex {package_version(args.node_dir, 'alex')} "
        f"(retext-equality {package_version(args.node_dir, 'retext-equality')}, "
        f"retext-profanities {package_version(args.node_dir, 'retext-profanities')}), "
        f"installed in `{shown_path(args.node_dir)}`",
        f"- Rules loaded: {len(guide.rules)}",
        f"- Machine quiet? {'yes' if quiet else 'NO'}: other processes used {other:.1f} CPU-s "
        f"({other / wall:.0%} of one core) over the {wall:.0f} s run; load average at start "
        f"{load}, at the end {load_after}",
        "",
        f"## `womenscentre lint` against `npx alex`, {len(text.split()):,} words, whole processes",
        "",
        f"Text: `{big.relative_to(REPO)}` ({len(text):,} characters, "
        f"{text.count(chr(10) * 2) + 1} paragraphs). One untimed warm-up run each, then "
        f"{args.repeats} timed rounds, rotating which goes first. CPU is the child's "
        "user+system time.",
        "",
        "| process | median wall (ms) | min–max (ms) | median CPU (ms) | alex ÷ this |",
        "|---|---:|---:|---:|---:|",
        ours_big.row(),
        alex_big.row(),
        node_big.row(),
        ours_cold.row(),
        "",
        f"**Ratio (`npx alex` ÷ `womenscentre lint`, medians): {ratio:.1f}x** — budget ≥ "
        f"{RATIO_BUDGET:.0f}x: {'within budget' if ratio >= RATIO_BUDGET else 'OVER BUDGET'}. "
        f"Without npx's own start-up (`node alex/cli.js`): {strict:.1f}x. By CPU time (less "
        f"moved by other work on the machine; alex uses more than one core): {cpu_ratio:.1f}x.",
        "",
        "`lint` keeps the rule packs it has read and compiled in a per-user cache "
        "(`womenscentre/guidance/cache.py`; here `benchmarks/out/cache`), so the warm-up run "
        "fills it and the timed runs read it, as every run after a person's first does. The "
        f"last row is a first-ever run, with an empty cache each time, timed on its own after "
        f"the rounds above rather than between alex runs: {cold_ratio:.1f}x.",
        "",
        "Per-round wall times (ms): "
        + "; ".join(
            f"{r.label}: " + ", ".join(f"{w * 1e3:,.0f}" for w in r.wall)
            for r in (ours_big, alex_big, node_big)
        ),
        "",
        f"What each found: ours {our_warnings:,} warnings and {our_hints:,} hints (exit code "
        f"{ours_big.returncode}); alex {alex_warnings:,} warnings (exit code "
        f"{alex_big.returncode}), most of them for everyday words such as *her*, *she* and "
        "*women*, with its default settings (language reference, Appendix 1).",
        "",
        "Where our time goes (medians, each part timed inside a fresh process): "
        f"Python itself {interpreter * 1e3:.0f} ms; importing the command line "
        f"(`womenscentre.cli.main`) {parts[0] * 1e3:.0f} ms; importing the engine "
        f"{parts[1] * 1e3:.0f} ms; loading the compiled rule packs from the cache "
        f"{parts[2] * 1e3:.0f} ms; checking the {len(text.split()):,} words "
        f"{parts[3] * 1e3:.0f} ms. (Reading and compiling the packs without the cache: "
        f"{parts[4] * 1e3:.0f} ms.)",
        "",
        "Fixed start-up cost, the same commands on a one-sentence file:",
        "",
        "| process | median wall (ms) | min–max (ms) | median CPU (ms) | |",
        "|---|---:|---:|---:|---:|",
        ours_tiny.row(),
        alex_tiny.row(),
        "",
        f"## One keystroke in a {len(note.split()):,}-word note",
        "",
        f"{len(paragraph_words)} paragraphs of {min(paragraph_words)}–{max(paragraph_words)} "
        f"words (median {statistics.median(paragraph_words):.0f}). Each keystroke inserts one "
        "letter at a random place in a paragraph; the paragraph is then re-checked. Times in "
        "milliseconds.",
        "",
        "| what | runs | median | p90 | p99 | max | budget (5 ms, at p90) |",
        "|---|---:|---:|---:|---:|---:|---|",
        paragraph.row(KEYSTROKE_BUDGET_MS),
        editor[0].row(KEYSTROKE_BUDGET_MS),
        editor[1].row(),
        editor[2].row(),
        full.row(),
        "",
        "The editor re-checks only after a 300 ms pause in typing, and only the paragraphs the "
        "edit touched; a keystroke itself only records where the text changed (compare the two "
        "keystroke rows). The whole-note check is shown for scale: the editor runs it when a note "
        'opens or a "her words" marker comes or goes, not on keystrokes.',
        "",
    ]
    report = "\n".join(lines)
    args.out.write_text(report, encoding="utf-8")
    print(report)
    log(f"Written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
