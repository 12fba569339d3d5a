"""Foundation benchmarks: saving one note, and bulk-writing many, each beside its peer.

Run from the repository root::

    python -m benchmarks.bench_foundation [--notes 100000] [--repeats 3] \
        [--out benchmarks/RESULTS-foundation.md]

Everything runs in one process, on fresh temporary folders, with FICTIONAL data from
``benchmarks.synthetic``. The key derivation uses the insecure test policy: these
numbers are about sealing records, not about unlocking. See ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import os
import platform
import pstats
import resource
import secrets
import shlex
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import cryptography
import sqlalchemy
from sqlalchemy import (
    Boolean,
    Column,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    insert,
)
from sqlalchemy.pool import QueuePool

from benchmarks import synthetic
from womenscentre.domain.cases import CaseDetails
from womenscentre.domain.notes import NoteContent
from womenscentre.domain.people import PersonDetails
from womenscentre.paths import VaultPaths
from womenscentre.services.codec import seal_json
from womenscentre.services.lifecycle import create_vault
from womenscentre.services.unlocked import UnlockedVault
from womenscentre.store import engine as store_engine
from womenscentre.store.models import CaseRow, PersonRow, SessionNoteRow
from womenscentre.vault.kdf import INSECURE_TEST_POLICY

USERNAME = "bench.manager"
PASSPHRASE = "plum kettle harbour"  # fictional; the vault lives in a temp folder
NOW = "2026-01-05T10:00Z"
NOTE_TABLE = "session_notes"

SAVE_BUDGET_MS = 15.0
BULK_BUDGET_RATIO = 1.5

SEALED, UNSEALED, PADDED, SQLCIPHER = "sealed", "unsealed", "size-matched", "sqlcipher"


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# -- engines ---------------------------------------------------------------------


def _apply_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """The vault's own connection set-up: the same PRAGMAS list, the same driver mode."""
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        for pragma in store_engine.PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def _apply_pragmas_sqlcipher(dbapi_connection: Any, _record: Any) -> None:
    """As above, but SQLCipher sets its page size with cipher_page_size, after the key."""
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        for pragma in store_engine.PRAGMAS:
            if "page_size" not in pragma:
                cursor.execute(pragma)
    finally:
        cursor.close()


def _begin(connection: Any) -> None:
    if connection.get_execution_options().get(store_engine.WRITE_OPTION):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN")


def pragmas_in_force(engine: Engine) -> str:
    with engine.connect() as connection:
        mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
        sync = connection.exec_driver_sql("PRAGMA synchronous").scalar()
        secure = connection.exec_driver_sql("PRAGMA secure_delete").scalar()
    names = {0: "OFF", 1: "NORMAL", 2: "FULL", 3: "EXTRA"}
    return f"journal_mode={mode}, synchronous={names.get(sync, sync)}, secure_delete={secure}"


def sqlcipher_module() -> tuple[Any | None, str]:
    """The sqlcipher3 DB-API module, or None and the exact reason it can't be used."""
    try:
        from sqlcipher3 import dbapi2
    except ImportError as exc:
        return None, (
            f"sqlcipher3 is not importable in {sys.executable} ({exc!r}); install it with "
            "`pip install sqlcipher3-binary` (or `pip install sqlcipher3` with the SQLCipher "
            "headers present)."
        )
    return dbapi2, ""


def sqlcipher_engine(module: Any, database: Path, key_hex: str) -> Engine:
    """SQLCipher keyed with a raw 256-bit key (no passphrase KDF), vault pragmas on top."""

    def connect() -> Any:
        connection = module.connect(str(database), check_same_thread=False)
        connection.execute(f"PRAGMA key = \"x'{key_hex}'\"")
        connection.execute("PRAGMA cipher_page_size = 8192")  # the vault's page size
        return connection

    engine = create_engine("sqlite://", creator=connect, module=module, poolclass=QueuePool)
    event.listen(engine, "connect", _apply_pragmas_sqlcipher)
    event.listen(engine, "begin", _begin)
    return engine


def sqlcipher_copy(module: Any, plain: Path, target: Path, key_hex: str) -> None:
    """Copy a plaintext SQLite file (schema and rows) into a new SQLCipher file."""
    connection = module.connect(str(plain))
    try:
        connection.execute(
            f"ATTACH DATABASE ? AS encrypted KEY \"x'{key_hex}'\"", (str(target),)
        ).fetchall()
        connection.execute("PRAGMA encrypted.cipher_page_size = 8192").fetchall()
        connection.execute("SELECT sqlcipher_export('encrypted')").fetchall()
        connection.execute("DETACH DATABASE encrypted")
    finally:
        connection.close()


def sqlcipher_facts(module: Any) -> str:
    connection = module.connect(":memory:")
    try:
        cipher = connection.execute("PRAGMA cipher_version").fetchone()[0]
        sqlite_version = connection.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        connection.close()
    try:
        from importlib.metadata import version

        package = version("sqlcipher3-binary")
        name = "sqlcipher3-binary"
    except Exception:
        package, name = "?", "sqlcipher3"
    return f"{name} {package}, SQLCipher {cipher}, SQLite {sqlite_version}"


# -- vault set-up ------------------------------------------------------------------


def new_vault(root: Path) -> UnlockedVault:
    paths = VaultPaths.for_dir(root / "vault")
    return create_vault(paths, USERNAME, PASSPHRASE, policy=INSECURE_TEST_POLICY).vault


@dataclass
class Women:
    """Pre-generated ids and details for the women (people + one case each)."""

    details: list[PersonDetails]
    person_ids: list[str]
    case_ids: list[str]


def make_women(n: int, seed: int) -> Women:
    details = synthetic.people(n, seed)
    return Women(
        details, [str(uuid.uuid4()) for _ in details], [str(uuid.uuid4()) for _ in details]
    )


def add_women(vault: UnlockedVault, women: Women) -> None:
    """Untimed set-up: each woman's sealed record and an open case, in one transaction."""
    keyring = vault.keyring
    me = vault.user.id
    people_rows, case_rows = [], []
    for details, person_id, case_id in zip(
        women.details, women.person_ids, women.case_ids, strict=True
    ):
        key_id, blob = seal_json(keyring, "people", person_id, details.to_json())
        people_rows.append(_record(person_id, "active", key_id, blob))
        case = CaseDetails(opened_on="2025-06-02", referral_source="self", keyworker_ids=(me,))
        key_id, blob = seal_json(keyring, "cases", case_id, case.to_json())
        case_rows.append({**_record(case_id, "open", key_id, blob), "person_id": person_id})
    with store_engine.writer(vault.engine).begin() as connection:
        connection.execute(insert(PersonRow.__table__), people_rows)
        connection.execute(insert(CaseRow.__table__), case_rows)
    vault.cases.forget()


def _record(record_id: str, status: str, key_id: str, blob: bytes) -> dict[str, Any]:
    return {
        "id": record_id,
        "status": status,
        "created_at": NOW,
        "updated_at": NOW,
        "version": 1,
        "deleted": False,
        "purge_after": None,
        "key_id": key_id,
        "sealed": blob,
    }


# -- measurements ------------------------------------------------------------------


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    position = (len(ordered) - 1) * fraction
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


@dataclass
class Series:
    """Timings in seconds."""

    values: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    def p(self, fraction: float) -> float:
        return percentile(self.values, fraction)


def note_payload(content: NoteContent) -> dict[str, Any]:
    """The payload ``Notes._payload`` seals for a draft."""
    return {"content": content.to_json(), "finalised_at": None}


def plain_json(payload: dict[str, Any]) -> bytes:
    """The bytes ``seal_json`` would encrypt, left as they are."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


PLAIN_METADATA = MetaData()
PLAIN_NOTES = Table(
    "plain_notes",
    PLAIN_METADATA,
    Column("id", String(36), primary_key=True),
    Column("case_id", String(36), index=True),
    Column("person_id", String(36), index=True),
    Column("author_id", String(36)),
    Column("status", String(16)),
    Column("created_at", String(20)),
    Column("updated_at", String(20)),
    Column("version", Integer),
    Column("deleted", Boolean),
    Column("content", Text),
)


@dataclass
class SaveResult:
    sealed: Series
    plain: Series
    sealed_pragmas: str
    plain_pragmas: str


def time_saves(
    vault: UnlockedVault,
    case_id: str,
    contents: list[NoteContent],
    saves: int,
    warmup: int,
    plain: Engine | None = None,
) -> tuple[Series, Series]:
    """Alternate one real ``save_draft`` with one plain insert, so drift hits both alike."""
    note = vault.notes.start(case_id, contents[0])
    sealed, peer = Series(), Series()
    plain_writer = store_engine.writer(plain) if plain is not None else None
    person_id, author_id = note.person_id, vault.user.id
    for i in range(warmup + saves):
        content = contents[(i + 1) % len(contents)]
        start = time.perf_counter()
        note = vault.notes.save_draft(note.id, content, expected_version=note.version)
        elapsed = time.perf_counter() - start
        if i >= warmup:
            sealed.values.append(elapsed)
        if plain_writer is None:
            continue
        row = {
            "id": str(uuid.uuid4()),
            "case_id": case_id,
            "person_id": person_id,
            "author_id": author_id,
            "status": "draft",
            "created_at": NOW,
            "updated_at": NOW,
            "version": 1,
            "deleted": False,
            "content": json.dumps(note_payload(content), ensure_ascii=False),
        }
        start = time.perf_counter()
        with plain_writer.begin() as connection:
            connection.execute(insert(PLAIN_NOTES), row)
        elapsed = time.perf_counter() - start
        if i >= warmup:
            peer.values.append(elapsed)
    return sealed, peer


def bench_save_one(
    tmp: Path, contents: list[NoteContent], women: Women, saves: int, warmup: int
) -> SaveResult:
    root = Path(tempfile.mkdtemp(prefix="save-", dir=tmp))
    try:
        vault = new_vault(root / "sealed")
        add_women(vault, women)
        plain = store_engine.make_engine(root / "plain.db")
        PLAIN_METADATA.create_all(plain)
        try:
            sealed, peer = time_saves(
                vault, women.case_ids[0], contents, saves, warmup, plain=plain
            )
            result = SaveResult(
                sealed, peer, pragmas_in_force(vault.engine), pragmas_in_force(plain)
            )
        finally:
            plain.dispose()
            vault.lock()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return result


@dataclass
class BulkNotes:
    """Everything the bulk runs insert, generated before any timing."""

    ids: list[str]
    payloads: list[dict[str, Any]]
    sealed_lengths: list[int] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.ids)


def sealed_lengths(notes: BulkNotes, tmp: Path) -> list[int]:
    """How long each note's sealed blob is, for the size-matched plaintext variant."""
    root = Path(tempfile.mkdtemp(prefix="lengths-", dir=tmp))
    try:
        vault = new_vault(root)
        keyring = vault.keyring
        lengths = [
            len(seal_json(keyring, NOTE_TABLE, note_id, payload)[1])
            for note_id, payload in zip(notes.ids, notes.payloads, strict=True)
        ]
        vault.lock()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return lengths


RowMaker = Callable[[int, int], list[dict[str, Any]]]


def row_maker(
    variant: str, notes: BulkNotes, women: Women, author_id: str, keyring: Any
) -> RowMaker:
    """Rows in the ``session_notes`` shape; only the ``sealed`` column differs by variant."""
    person_ids, case_ids, count = women.person_ids, women.case_ids, len(women.person_ids)
    ids, payloads, sealed_lengths = notes.ids, notes.payloads, notes.sealed_lengths

    def rows(lo: int, hi: int) -> list[dict[str, Any]]:
        out = []
        for i in range(lo, hi):
            note_id = ids[i]
            if variant == SEALED:
                key_id, blob = seal_json(keyring, NOTE_TABLE, note_id, payloads[i])
            elif variant == PADDED:
                raw, size = plain_json(payloads[i]), sealed_lengths[i]
                key_id, blob = "none", raw[:size] + bytes(max(0, size - len(raw)))
            else:
                key_id, blob = "none", plain_json(payloads[i])
            out.append(
                {
                    "id": note_id,
                    "case_id": case_ids[i % count],
                    "person_id": person_ids[i % count],
                    "author_id": author_id,
                    "status": "final",
                    "created_at": NOW,
                    "updated_at": NOW,
                    "version": 1,
                    "deleted": False,
                    "purge_after": None,
                    "key_id": key_id,
                    "sealed": blob,
                }
            )
        return out

    return rows


def bulk_insert(engine: Engine, rows: RowMaker, n: int, batch: int) -> tuple[float, float]:
    """One transaction; executemany in batches; the timing includes commit and fsync.

    Returns wall seconds and this process's CPU seconds (the rest is waiting, mostly on disk).
    """
    statement = insert(SessionNoteRow.__table__)
    cpu = time.process_time()
    start = time.perf_counter()
    with store_engine.writer(engine).begin() as connection:
        for lo in range(0, n, batch):
            connection.execute(statement, rows(lo, min(lo + batch, n)))
    return time.perf_counter() - start, time.process_time() - cpu


@dataclass
class BulkRun:
    seconds: float
    cpu_seconds: float
    db_bytes: int
    pragmas: str


@dataclass
class BulkOutcome:
    runs: dict[str, list[BulkRun]]
    sqlcipher_reason: str
    in_vault_saves: Series | None = None


def _file_size(path: Path) -> int:
    return path.stat().st_size if path.exists() else 0


def run_bulk_variant(
    variant: str,
    tmp: Path,
    notes: BulkNotes,
    women: Women,
    batch: int,
    cipher: Any | None,
    after_sealed: Callable[[UnlockedVault], None] | None = None,
) -> BulkRun:
    root = Path(tempfile.mkdtemp(prefix=f"bulk-{variant}-", dir=tmp))
    try:
        vault = new_vault(root)
        add_women(vault, women)
        author_id = vault.user.id
        if variant in (SEALED, UNSEALED, PADDED):
            rows = row_maker(variant, notes, women, author_id, vault.keyring)
            pragmas = pragmas_in_force(vault.engine)
            gc.collect()
            seconds, cpu = bulk_insert(vault.engine, rows, len(notes), batch)
            if after_sealed is not None:
                after_sealed(vault)
            database = vault.paths.database
            vault.lock()  # checkpoints the WAL into the file, untimed
            return BulkRun(seconds, cpu, _file_size(database), pragmas)
        # SQLCipher: the same schema and set-up rows, copied into an encrypted file.
        database = vault.paths.database
        vault.lock()
        assert cipher is not None
        key_hex = secrets.token_hex(32)
        target = root / "sqlcipher.db"
        sqlcipher_copy(cipher, database, target, key_hex)
        engine = sqlcipher_engine(cipher, target, key_hex)
        try:
            pragmas = pragmas_in_force(engine)
            rows = row_maker(UNSEALED, notes, women, author_id, None)
            gc.collect()
            seconds, cpu = bulk_insert(engine, rows, len(notes), batch)
            store_engine.checkpoint(engine)
        finally:
            engine.dispose()
        return BulkRun(seconds, cpu, _file_size(target), pragmas)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def bench_bulk(
    tmp: Path,
    notes: BulkNotes,
    women: Women,
    contents: list[NoteContent],
    repeats: int,
    batch: int,
    saves: int,
    warmup: int,
) -> BulkOutcome:
    cipher, reason = sqlcipher_module()
    variants = [UNSEALED, SEALED, PADDED] + ([SQLCIPHER] if cipher is not None else [])
    runs: dict[str, list[BulkRun]] = {v: [] for v in variants}
    outcome = BulkOutcome(runs, reason)

    def saves_in_full_vault(vault: UnlockedVault) -> None:
        log(f"  {saves} saves in the vault holding {len(notes):,} sealed notes")
        sealed, _ = time_saves(vault, women.case_ids[-1], contents, saves, warmup)
        outcome.in_vault_saves = sealed

    warm = BulkNotes(notes.ids[:2000], notes.payloads[:2000], notes.sealed_lengths[:2000])
    for variant in variants:
        log(f"warm-up: {variant}, {len(warm):,} notes, untimed")
        run_bulk_variant(variant, tmp, warm, women, batch, cipher)

    for repeat in range(repeats):
        order = variants[repeat % len(variants) :] + variants[: repeat % len(variants)]
        for variant in order:
            log(f"bulk {variant}: repeat {repeat + 1}/{repeats}, {len(notes):,} notes")
            hook = saves_in_full_vault if variant == SEALED and repeat == repeats - 1 else None
            run = run_bulk_variant(variant, tmp, notes, women, batch, cipher, hook)
            log(f"  {run.seconds:.2f} s ({len(notes) / run.seconds:,.0f} notes/s)")
            runs[variant].append(run)
    return outcome


@dataclass
class Breakdown:
    json_us: float
    seal_us: float
    blob_bytes: float
    json_bytes: float


def bench_breakdown(tmp: Path, notes: BulkNotes, count: int = 5000) -> Breakdown:
    """Per-note cost of serialising, and of serialising + sealing, outside SQLite."""
    root = Path(tempfile.mkdtemp(prefix="breakdown-", dir=tmp))
    try:
        vault = new_vault(root)
        keyring = vault.keyring
        count = min(count, len(notes))
        ids, payloads = notes.ids[:count], notes.payloads[:count]
        json_times, seal_times = [], []
        blob_total = json_total = 0
        for _ in range(5):
            start = time.perf_counter()
            for payload in payloads:
                json_total += len(plain_json(payload))
            json_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            for note_id, payload in zip(ids, payloads, strict=True):
                blob_total += len(seal_json(keyring, NOTE_TABLE, note_id, payload)[1])
            seal_times.append(time.perf_counter() - start)
        vault.lock()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return Breakdown(
        json_us=statistics.median(json_times) / count * 1e6,
        seal_us=statistics.median(seal_times) / count * 1e6,
        blob_bytes=blob_total / (5 * count),
        json_bytes=json_total / (5 * count),
    )


# -- profiling ---------------------------------------------------------------------


@contextmanager
def profiled(sink: list[str], title: str, top: int = 25) -> Iterator[None]:
    profile = cProfile.Profile()
    profile.enable()
    try:
        yield
    finally:
        profile.disable()
        out = io.StringIO()
        stats = pstats.Stats(profile, stream=out)
        stats.strip_dirs().sort_stats("tottime").print_stats(top)
        sink.append(f"#### {title}\n\n```text\n{out.getvalue().strip()}\n```\n")


def profile_paths(
    tmp: Path, notes: BulkNotes, women: Women, contents: list[NoteContent], batch: int
) -> list[str]:
    sink: list[str] = []
    count = min(len(notes), 20_000)
    subset = BulkNotes(notes.ids[:count], notes.payloads[:count])
    root = Path(tempfile.mkdtemp(prefix="profile-", dir=tmp))
    try:
        vault = new_vault(root / "bulk")
        add_women(vault, women)
        rows = row_maker(SEALED, subset, women, vault.user.id, vault.keyring)
        with profiled(sink, f"sealed bulk write, {count:,} notes (sorted by own time)"):
            bulk_insert(vault.engine, rows, count, batch)
        vault.lock()
        vault = new_vault(root / "save")
        add_women(vault, Women(women.details[:10], women.person_ids[:10], women.case_ids[:10]))
        with profiled(sink, "save one note, 200 x save_draft (sorted by own time)"):
            time_saves(vault, women.case_ids[0], contents, 200, 0)
        vault.lock()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return sink


# -- report ------------------------------------------------------------------------


def code_under_test() -> str:
    """The commit measured, and whether the core had uncommitted changes."""
    root = Path(__file__).resolve().parent.parent
    try:
        head = subprocess.run(
            ["git", "-C", str(root), "log", "-1", "--format=%h %s"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(root), "status", "--porcelain", "--", "womenscentre"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown (not a git checkout)"
    state = "with uncommitted changes under womenscentre/" if dirty else "womenscentre/ clean"
    return f"`{head}` ({state})"


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
                kib = int(line.split()[1])
                return f"{kib / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def command_line() -> str:
    parts = []
    if os.environ.get("PYTHONPATH"):
        parts.append(f"PYTHONPATH={shlex.quote(os.environ['PYTHONPATH'])}")
    parts += [sys.executable, "-m", "benchmarks.bench_foundation"]
    parts += [shlex.quote(arg) for arg in sys.argv[1:]]
    return f"cd {shlex.quote(os.getcwd())} && " + " ".join(parts)


def ms(seconds: float) -> str:
    return f"{seconds * 1e3:.2f}"


def verdict(ok: bool) -> str:
    return "within budget" if ok else "OVER BUDGET"


def report(
    args: argparse.Namespace,
    started: datetime,
    generation_s: float,
    body_words: float,
    save: SaveResult,
    bulk: BulkOutcome,
    breakdown: Breakdown,
    profiles: list[str],
    wall_s: float,
    quiet: tuple[str, bool],
) -> str:
    cipher, _ = sqlcipher_module()
    lines = [
        "# Foundation benchmark results",
        "",
        "Generated by `benchmarks/bench_foundation.py`; all data is fictional "
        "(`benchmarks/synthetic.py`). Design budgets: `shared/design.md` §4.",
        "",
        "## Machine and run",
        "",
        "| | |",
        "|---|---|",
        f"| date | {started.isoformat(timespec='seconds')} |",
        f"| code under test | {args.code} (read at start) |",
        f"| command | `{command_line()}` |",
        f"| CPU | {cpu_model()} |",
        f"| cores | {os.cpu_count()} (usable: {len(os.sched_getaffinity(0))}) |",
        f"| memory | {memory_total()} |",
        f"| OS | {platform.platform()} |",
        f"| Python | {platform.python_version()} ({platform.python_implementation()}) |",
        f"| SQLite (stdlib sqlite3) | {sqlite3.sqlite_version} |",
        f"| SQLAlchemy | {sqlalchemy.__version__} |",
        f"| cryptography | {cryptography.__version__} |",
        f"| SQLCipher | {sqlcipher_facts(cipher) if cipher else bulk.sqlcipher_reason} |",
        f"| temp folder | `{args.tmpdir or tempfile.gettempdir()}` |",
        f"| data | {args.notes:,} notes, about {body_words:.0f} words each; "
        f"{args.women:,} women (one case each); seed {args.seed}; "
        f"generated in {generation_s:.1f} s, before any timing |",
        f"| peak RSS of the benchmark process | {peak_rss_mib():.0f} MiB |",
        f"| total wall time | {wall_s:.0f} s |",
        f"| machine quiet? | {'yes' if quiet[1] else '**NO**, timings are noisy'}: {quiet[0]} |",
        "",
        "## Save one note",
        "",
        f"{args.saves} saves after {args.warmup} warm-up saves; each sealed save is followed "
        "by one peer insert, so drift affects both alike.",
        "",
        "| what | median ms | p10 ms | p90 ms | max ms | budget | verdict |",
        "|---|---:|---:|---:|---:|---|---|",
    ]
    s, p = save.sealed, save.plain
    save_ok = s.median * 1e3 <= SAVE_BUDGET_MS
    lines.append(
        "| save one note: `vault.notes.save_draft` (seal, commit, fsync), fresh vault | "
        f"{ms(s.median)} | {ms(s.p(0.1))} | {ms(s.p(0.9))} | {ms(max(s.values))} | "
        f"≤ {SAVE_BUDGET_MS:.0f} ms median | {verdict(save_ok)} |"
    )
    lines.append(
        "| peer: plain SQLAlchemy Core insert of the same note JSON, no encryption, "
        "one transaction each | "
        f"{ms(p.median)} | {ms(p.p(0.1))} | {ms(p.p(0.9))} | {ms(max(p.values))} | — | — |"
    )
    lines.append(
        f"| ratio sealed save / plain insert (medians) | {s.median / p.median:.2f}× | | | | — | — |"
    )
    if bulk.in_vault_saves is not None:
        v = bulk.in_vault_saves
        ok = v.median * 1e3 <= SAVE_BUDGET_MS
        lines.append(
            f"| save one note in the vault holding {args.notes:,} sealed notes "
            f"and {args.women:,} women (same code path) | "
            f"{ms(v.median)} | {ms(v.p(0.1))} | {ms(v.p(0.9))} | {ms(max(v.values))} | "
            f"≤ {SAVE_BUDGET_MS:.0f} ms median | {verdict(ok)} |"
        )
    lines += [
        "",
        f"Pragmas read back — vault: {save.sealed_pragmas}; peer file: {save.plain_pragmas}.",
        "",
        "## Bulk write",
        "",
        f"{args.notes:,} notes in one transaction, SQLAlchemy Core `insert()` executemany in "
        f"batches of {args.batch:,}, into the `session_notes` schema; wall time includes "
        "building the rows (JSON, and sealing for the sealed row), commit and fsync. "
        f"{args.repeats} repeat(s), each on a fresh vault, the order rotated per repeat, "
        "after one small untimed warm-up write of each variant.",
        "",
        "| variant | median s | min–max s | notes/s (median) | × unsealed | CPU s (median) "
        "| file MB | runs (s) |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    labels = {
        SEALED: "sealed: the real `seal_json` with the vault's keyring, into the vault engine",
        UNSEALED: "unsealed: plaintext JSON bytes, same schema, same engine set-up",
        PADDED: "(informational) size-matched: plaintext JSON cut or zero-padded to each "
        "sealed blob's exact length, no crypto",
        SQLCIPHER: "SQLCipher (`sqlcipher3`), raw 256-bit key, plaintext JSON, vault pragmas",
    }
    medians = {
        variant: statistics.median(r.seconds for r in runs) for variant, runs in bulk.runs.items()
    }
    order = [v for v in (UNSEALED, SEALED, SQLCIPHER, PADDED) if v in bulk.runs]
    for variant in order:
        runs = bulk.runs[variant]
        times = [r.seconds for r in runs]
        med = medians[variant]
        size = statistics.median(r.db_bytes for r in runs) / 1e6
        cpu = statistics.median(r.cpu_seconds for r in runs)
        lines.append(
            f"| {labels[variant]} | {med:.2f} | {min(times):.2f}–{max(times):.2f} | "
            f"{args.notes / med:,.0f} | {med / medians[UNSEALED]:.2f}× | {cpu:.2f} | {size:.0f} | "
            f"{', '.join(f'{t:.2f}' for t in times)} |"
        )
    sealed_ratio = medians[SEALED] / medians[UNSEALED]
    lines += [
        "",
        "| ratio (medians) | value | budget | verdict |",
        "|---|---:|---|---|",
        f"| sealed / unsealed | {sealed_ratio:.2f}× | ≤ {BULK_BUDGET_RATIO}× | "
        f"{verdict(sealed_ratio <= BULK_BUDGET_RATIO)} |",
    ]
    paired = [
        s.seconds / u.seconds for s, u in zip(bulk.runs[SEALED], bulk.runs[UNSEALED], strict=True)
    ]
    lines.append(
        f"| sealed / unsealed, per repeat (same repeat, adjacent in time) | "
        f"{', '.join(f'{r:.2f}×' for r in paired)} | — | — |"
    )
    if SQLCIPHER in medians:
        lines.append(
            f"| sealed / SQLCipher | {medians[SEALED] / medians[SQLCIPHER]:.2f}× | — | — |"
        )
        lines.append(
            f"| SQLCipher / unsealed | {medians[SQLCIPHER] / medians[UNSEALED]:.2f}× | — | — |"
        )
    else:
        lines.append(f"| sealed / SQLCipher | not measured: {bulk.sqlcipher_reason} | — | — |")
    if PADDED in medians:
        storage = medians[PADDED] - medians[UNSEALED]
        crypto = medians[SEALED] - medians[PADDED]
        lines += [
            "",
            "Where the sealed row's time goes (differences of medians): the size-matched row "
            "stores exactly as many bytes per note as the sealed row, without any sealing, so "
            f"size-matched − unsealed = **{storage:+.2f} s** is the effect of the sealed rows' "
            "size (pages to write, WAL, checkpoint, fsync; negative when sealed rows are "
            f"smaller), and sealed − size-matched = **{crypto:+.2f} s** is the CPU cost of "
            f"sealing (≈ {crypto / args.notes * 1e6:.1f} µs per note).",
        ]
    pragma_lines = [f"{variant}: {bulk.runs[variant][0].pragmas}" for variant in order]
    sealing_s = (breakdown.seal_us - breakdown.json_us) * args.notes / 1e6
    lines += [
        "",
        "Pragmas read back — " + "; ".join(pragma_lines) + ".",
        "",
        "## Per-note cost outside SQLite",
        "",
        "Median of 5 passes over 5,000 of the same payloads.",
        "",
        "| step | µs per note | bytes per note |",
        "|---|---:|---:|",
        f"| JSON encode (what the unsealed rows store) | {breakdown.json_us:.1f} | "
        f"{breakdown.json_bytes:,.0f} |",
        f"| `seal_json` (the real codec: JSON, then everything inside the seal) | "
        f"{breakdown.seal_us:.1f} | "
        f"{breakdown.blob_bytes:,.0f} |",
        f"| sealing alone (difference) | {breakdown.seal_us - breakdown.json_us:.1f} | |",
        f"| × {args.notes:,} notes | {sealing_s:.2f} s of sealing | |",
        "",
    ]
    if profiles:
        lines += ["## Profiles", "", *profiles]
    return "\n".join(lines).rstrip() + "\n"


@dataclass
class CpuSnapshot:
    """System-wide busy and steal CPU seconds, and this process's own CPU seconds."""

    busy: float
    steal: float
    own: float
    load: str

    @classmethod
    def take(cls) -> CpuSnapshot:
        busy = steal = 0.0
        load = "unknown"
        try:
            fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
            tick = os.sysconf("SC_CLK_TCK")
            # user nice system idle iowait irq softirq steal
            busy = (sum(fields[:8]) - fields[3] - fields[4] - fields[7]) / tick
            steal = fields[7] / tick if len(fields) > 7 else 0.0
            load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
        except (OSError, ValueError, IndexError):
            pass
        times = os.times()
        return cls(busy, steal, times.user + times.system, load)


def quietness(before: CpuSnapshot, after: CpuSnapshot, wall_s: float) -> tuple[str, bool]:
    other = max(0.0, (after.busy - before.busy) - (after.own - before.own))
    steal = after.steal - before.steal
    share = other / wall_s if wall_s else 0.0
    text = (
        f"other processes (including kernel I/O threads) used {other:.1f} CPU-s "
        f"({share:.0%} of one core) during the run; "
        f"hypervisor steal {steal:.1f} s; load average at start {before.load}"
    )
    return text, share < 0.2 and steal < 0.05 * wall_s


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- main --------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.bench_foundation", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--notes", type=int, default=100_000, help="notes in the bulk write")
    parser.add_argument("--repeats", type=int, default=3, help="repeats of each bulk variant")
    parser.add_argument("--saves", type=int, default=200, help="timed single-note saves")
    parser.add_argument("--warmup", type=int, default=10, help="untimed saves first")
    parser.add_argument("--women", type=int, default=10_000, help="women the notes belong to")
    parser.add_argument("--batch", type=int, default=1_000, help="rows per executemany")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--words", type=int, default=300, help="words per note body")
    parser.add_argument("--tmpdir", default=None, help="where the temporary vaults go")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="always add cProfile output (it is added anyway when a budget is missed)",
    )
    parser.add_argument("--out", default="benchmarks/RESULTS-foundation.md")
    args = parser.parse_args(argv)
    if args.notes < 1 or args.repeats < 1 or args.saves < 1 or args.women < 1:
        parser.error("--notes, --repeats, --saves and --women must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = datetime.now(UTC).astimezone()
    wall = time.perf_counter()
    before = CpuSnapshot.take()
    args.code = code_under_test()
    if before.load.split()[0] not in ("unknown",) and float(before.load.split()[0]) > 0.5:
        log(f"warning: load average is {before.load}; other work will make timings noisy")
    tmp = Path(tempfile.mkdtemp(prefix="wc-bench-", dir=args.tmpdir))
    try:
        log(f"generating {args.notes:,} fictional notes and {args.women:,} women")
        start = time.perf_counter()
        bodies = synthetic.note_bodies(args.notes, args.seed, args.words)
        contents = synthetic.note_contents(args.notes, args.seed, bodies=bodies)
        del bodies
        notes = BulkNotes(
            [str(uuid.uuid4()) for _ in contents], [note_payload(c) for c in contents]
        )
        notes.sealed_lengths = sealed_lengths(notes, tmp)
        women = make_women(args.women, args.seed)
        generation_s = time.perf_counter() - start
        body_words = statistics.mean(
            c.body.count(" ") + c.body.count("\n\n") + 1 for c in contents[:1000]
        )
        log(f"  done in {generation_s:.1f} s")

        log(f"save one note: {args.saves} saves + peer")
        save = bench_save_one(tmp, contents, women, args.saves, args.warmup)
        log(f"  sealed median {ms(save.sealed.median)} ms, plain {ms(save.plain.median)} ms")

        bulk = bench_bulk(
            tmp, notes, women, contents, args.repeats, args.batch, args.saves, args.warmup
        )
        if bulk.sqlcipher_reason:
            log(f"SQLCipher skipped: {bulk.sqlcipher_reason}")

        log("per-note breakdown")
        breakdown = bench_breakdown(tmp, notes)

        sealed_ratio = statistics.median(r.seconds for r in bulk.runs[SEALED]) / statistics.median(
            r.seconds for r in bulk.runs[UNSEALED]
        )
        over = save.sealed.median * 1e3 > SAVE_BUDGET_MS or sealed_ratio > BULK_BUDGET_RATIO
        profiles: list[str] = []
        if args.profile or over:
            log("profiling the sealed paths")
            profiles = profile_paths(tmp, notes, women, contents, args.batch)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    wall_s = time.perf_counter() - wall
    quiet = quietness(before, CpuSnapshot.take(), wall_s)
    if not quiet[1]:
        log(f"warning: the machine was busy: {quiet[0]}")
    text = report(
        args,
        started,
        generation_s,
        body_words,
        save,
        bulk,
        breakdown,
        profiles,
        wall_s,
        quiet,
    )
    print(text)
    if args.out:
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
        log(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
