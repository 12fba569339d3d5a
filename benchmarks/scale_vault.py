"""The whole synthetic centre for the scale benchmarks, built once and cached.

A vault of 10,000 fictional women and 100,000 sealed notes takes a minute or two to build,
and every row of ``bench_scale`` reads the same one, so it is kept in ``benchmarks/out/``
(ignored by git) under a name that says what it holds, with a manifest written last: a
folder without its manifest is half-built and is built again.

What is in it, all FICTIONAL (``benchmarks.synthetic``):

* women and one open case each, sealed with the real codec and bulk-inserted
  (``bench_foundation.add_women``);
* notes of about 300 words, sealed and bulk-inserted (``bench_foundation.row_maker``):
  one woman has 2,000 (a long timeline), one has 200 (the referral-pack row), the rest are
  shared round-robin;
* safety plans for about three women in ten, through ``vault.plans`` (one to three
  versions, a few free-text answers, review dates), and agreements to share for about
  three in ten through ``vault.consent`` (the 200-note woman always has one with her GP);
* audit history: every write above is audited by the services, plus three "viewed" entries
  per woman appended to the chain.
"""

from __future__ import annotations

import json
import random
import shutil
import time
import uuid
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path

from benchmarks import synthetic
from benchmarks.bench_foundation import (
    PASSPHRASE,
    SEALED,
    USERNAME,
    BulkNotes,
    Women,
    add_women,
    bulk_insert,
    log,
    make_women,
    note_payload,
    row_maker,
)
from womenscentre.domain.answers import Answer
from womenscentre.domain.audit import AuditAction
from womenscentre.domain.notes import NoteContent
from womenscentre.domain.plans import PlanDraft
from womenscentre.paths import VaultPaths
from womenscentre.services.lifecycle import create_vault
from womenscentre.services.unlocked import UnlockedVault
from womenscentre.store import engine as store_engine
from womenscentre.templates.fields import FieldType
from womenscentre.vault.kdf import INSECURE_TEST_POLICY

#: Bump when what the builder puts in the vault changes, so old caches are not reused.
BUILDER_VERSION = 1
MANIFEST = "manifest.json"
PLAN_SHARE = 0.3
CONSENT_SHARE = 0.3
VIEWS_PER_WOMAN = 3


@dataclass
class CentreVault:
    """Where the cached vault is and what it holds."""

    root: str
    username: str
    passphrase: str
    recovery_key: str
    women: int
    notes: int
    plans: int
    plan_versions: int
    consents: int
    audit_entries: int
    #: The woman with the most notes, and the one with about 200 (the referral-pack row).
    timeline_person_id: str
    timeline_notes: int
    pack_person_id: str
    pack_notes: int
    build_seconds: float
    db_bytes: int

    @property
    def paths(self) -> VaultPaths:
        return VaultPaths.for_dir(Path(self.root))


def cache_folder(out: Path, women: int, notes: int, seed: int, words: int) -> Path:
    return out / f"vault-w{women}-n{notes}-s{seed}-x{words}-v{BUILDER_VERSION}"


def cached_or_built(
    out: Path, women: int, notes: int, seed: int, words: int, contents: list[NoteContent]
) -> tuple[CentreVault, bool]:
    """The cached vault if it is complete, else a new one; and whether it was reused."""
    folder = cache_folder(out, women, notes, seed, words)
    manifest = folder / MANIFEST
    if manifest.exists():
        return CentreVault(**json.loads(manifest.read_text(encoding="utf-8"))), True
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    built = build(folder / "vault", women, seed, contents)
    manifest.write_text(json.dumps(asdict(built), indent=2), encoding="utf-8")
    return built, False


def build(root: Path, women_count: int, seed: int, contents: list[NoteContent]) -> CentreVault:
    start = time.perf_counter()
    paths = VaultPaths.for_dir(root)
    created = create_vault(paths, USERNAME, PASSPHRASE, policy=INSECURE_TEST_POLICY)
    vault = created.vault
    try:
        women = make_women(women_count, seed)
        log(f"  {women_count:,} women and their cases")
        add_women(vault, women)
        owners = synthetic.note_owners(len(contents), women_count)
        note_women = Women(
            [],
            [women.person_ids[o] for o in owners],
            [women.case_ids[o] for o in owners],
        )
        notes = BulkNotes(
            [str(uuid.uuid4()) for _ in contents], [note_payload(c) for c in contents]
        )
        log(f"  {len(contents):,} sealed notes")
        bulk_insert(
            vault.engine, row_maker(SEALED, notes, note_women, vault.user.id, vault.keyring),
            len(notes), 1000,
        )  # fmt: skip
        rng = random.Random(f"centre:{seed}")
        log("  safety plans (through vault.plans)")
        plans, versions = add_plans(vault, women.person_ids, rng)
        log("  agreements to share (through vault.consent)")
        pack_index = 1 if women_count > 1 else 0
        consents = add_consents(vault, women.person_ids, rng, gp_for=pack_index)
        log("  audit history")
        add_views(vault, women.person_ids)
        audit_entries = count_audit(vault)
        store_engine.checkpoint(vault.engine)
    finally:
        vault.lock()
    counts = [0] * women_count
    for owner in owners:
        counts[owner] += 1
    return CentreVault(
        root=str(root),
        username=USERNAME,
        passphrase=PASSPHRASE,
        recovery_key=created.recovery_key,
        women=women_count,
        notes=len(contents),
        plans=plans,
        plan_versions=versions,
        consents=consents,
        audit_entries=audit_entries,
        timeline_person_id=women.person_ids[0],
        timeline_notes=counts[0],
        pack_person_id=women.person_ids[pack_index],
        pack_notes=counts[pack_index],
        build_seconds=time.perf_counter() - start,
        db_bytes=paths.database.stat().st_size,
    )


def add_plans(vault: UnlockedVault, person_ids: list[str], rng: random.Random) -> tuple[int, int]:
    today = date.today()
    plans = versions = 0
    for person_id in person_ids:
        if rng.random() >= PLAN_SHARE:
            continue
        template_id, count, change_note = synthetic.plan_choices(rng)
        template = vault.plans.library.safety_plan(template_id)
        text_fields = [f.id for f in template.fields() if f.type is FieldType.TEXT][:4]
        answers = {field: Answer.of(synthetic.plan_text(rng)) for field in text_fields}
        review = today + timedelta(days=rng.randint(-20, 90))
        plan = vault.plans.create(person_id, template_id, PlanDraft(answers, review_date=review))
        plans += 1
        versions += 1
        for _ in range(count - 1):
            answers = {**answers, text_fields[0]: Answer.of(synthetic.plan_text(rng))}
            draft = PlanDraft(answers, review_date=review, change_note=change_note)
            plan = vault.plans.save(plan.id, draft, expected_version=plan.record_version)
            versions += 1
    return plans, versions


def add_consents(
    vault: UnlockedVault, person_ids: list[str], rng: random.Random, gp_for: int
) -> int:
    today = date.today()
    count = 0
    for index, person_id in enumerate(person_ids):
        if index != gp_for and rng.random() >= CONSENT_SHARE:
            continue
        vault.consent.record(person_id, synthetic.consent_to_share(rng, today, gp=index == gp_for))
        count += 1
    return count


def add_views(vault: UnlockedVault, person_ids: list[str], batch: int = 5000) -> None:
    """Appended to the real audit chain, as opening her record would."""
    entries = [p for p in person_ids for _ in range(VIEWS_PER_WOMAN)]
    for lo in range(0, len(entries), batch):
        with vault.write() as session:
            for person_id in entries[lo : lo + batch]:
                vault.log(session, AuditAction.VIEW, person_id, {"kind": "person"})


def count_audit(vault: UnlockedVault) -> int:
    from sqlalchemy import func, select

    from womenscentre.store.models import AuditEntry

    with vault.read() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)
