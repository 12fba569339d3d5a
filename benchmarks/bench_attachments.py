"""Attachments: add and open a large file with bounded memory, beside a plain peer.

Run from the repository root::

    PYTHONPATH=. python -m benchmarks.bench_attachments [--mib 200] [--out FILE.md]

A vault is made in a temporary folder (insecure test key derivation: these numbers are
about the data, not unlocking) with one FICTIONAL woman. A file of ``--mib`` MiB of random
bytes is written beside it, untimed. Then, each under a 20 ms resident-memory sampler:

* add: ``vault.attachments.add`` (read, SHA-256, seal 1 MiB chunks, insert, commit);
* open: ``vault.attachments.check`` (fetch every chunk, authenticate, hash, compare);
* save out: ``vault.attachments.save_out`` (open as above, written atomically with fsync);
* peer: reading the file and hashing it with SHA-256, then copying it with fsync.

Memory is reported as the peak resident size during each step and its rise over the
resident size just before it: chunk streaming should keep the rise to a few MiB whatever
the file size, well under the file itself.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks.bench_backup import RssSampler
from womenscentre.clock import ManualClock
from womenscentre.domain.answers import Answer
from womenscentre.domain.people import PersonDetails
from womenscentre.paths import VaultPaths
from womenscentre.services.lifecycle import create_vault
from womenscentre.vault.kdf import INSECURE_TEST_POLICY

USERNAME = "bench.manager"
PASSPHRASE = "plum kettle harbour"  # fictional; the vault lives in a temp folder
MIB = 1 << 20


@dataclass
class Step:
    name: str
    seconds: float
    before_mib: float
    peak_mib: float

    @property
    def rise_mib(self) -> float:
        return self.peak_mib - self.before_mib


def measured(name: str, work: Callable[[], object]) -> Step:
    sampler = RssSampler()
    before = RssSampler.now_mib()
    with sampler.watch():
        start = time.perf_counter()
        work()
        seconds = time.perf_counter() - start
    return Step(name, seconds, before, sampler.peak_mib)


def write_random_file(path: Path, mib: int) -> str:
    digest = hashlib.sha256()
    with open(path, "wb") as handle:
        for _ in range(mib):
            block = os.urandom(MIB)
            digest.update(block)
            handle.write(block)
    return digest.hexdigest()


def peer_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(MIB):
            digest.update(block)
    return digest.hexdigest()


def peer_copy(source: Path, target: Path) -> None:
    with open(source, "rb") as src, open(target, "wb") as dst:
        shutil.copyfileobj(src, dst, MIB)
        dst.flush()
        os.fsync(dst.fileno())


def run(mib: int, folder: Path) -> tuple[list[Step], int]:
    paths = VaultPaths.for_dir(folder / "vault")
    made = create_vault(
        paths, USERNAME, PASSPHRASE, clock=ManualClock(), policy=INSECURE_TEST_POLICY
    )
    vault = made.vault
    try:
        person = vault.people.add(
            PersonDetails(preferred_name="Bench", full_name=Answer.of("Bench Fictional")),
            referral_source="benchmark",
        )
        source = folder / "large.bin"
        expected = write_random_file(source, mib)
        steps: list[Step] = []
        added: list[str] = []

        def add() -> None:
            added.append(vault.attachments.add(person.id, source).id)

        steps.append(measured("add (seal and store)", add))
        steps.append(
            measured("open (every chunk checked)", lambda: vault.attachments.check(added[0]))
        )
        out = folder / "saved-out.bin"
        steps.append(
            measured("save out (checked, fsync)", lambda: vault.attachments.save_out(added[0], out))
        )
        if peer_hash(out) != expected:
            raise SystemExit("the saved copy does not match the original")
        out.unlink()
        steps.append(measured("peer: read and SHA-256", lambda: peer_hash(source)))
        steps.append(measured("peer: copy with fsync", lambda: peer_copy(source, out)))
        vault_bytes = paths.database.stat().st_size
    finally:
        vault.lock()
    return steps, vault_bytes


def report(mib: int, steps: list[Step], vault_bytes: int) -> str:
    lines = [
        f"# Attachments benchmark: one {mib} MiB file",
        "",
        f"Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs. "
        f"Vault file after adding: {vault_bytes / MIB:.1f} MiB.",
        "",
        "| step | time (s) | MiB/s | RSS before (MiB) | peak RSS (MiB) | rise (MiB) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for step in steps:
        rate = mib / step.seconds if step.seconds else 0.0
        lines.append(
            f"| {step.name} | {step.seconds:.2f} | {rate:.0f} | {step.before_mib:.0f} | "
            f"{step.peak_mib:.0f} | {step.rise_mib:.0f} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mib", type=int, default=200, help="size of the file in MiB")
    parser.add_argument("--out", type=Path, help="also write the Markdown report here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="wc-bench-attach-") as temp:
        steps, vault_bytes = run(args.mib, Path(temp))
    text = report(args.mib, steps, vault_bytes)
    sys.stdout.write(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
