"""The rows of ``bench_scale`` that run inside the benchmark process, on the cached vault.

Each function unlocks the vault itself, measures, and locks it again, so no row sees
another's caches. Unlocking uses the insecure test KDF, as every benchmark here does: the
design budget for "unlock to caseload" starts *after* the key derivation.
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.scale_vault import CentreVault
from womenscentre.domain.consent import Purpose, RecipientKind
from womenscentre.domain.notes import NoteContent
from womenscentre.services.lifecycle import unlock
from womenscentre.services.unlocked import UnlockedVault
from womenscentre.vault.kdf import INSECURE_TEST_POLICY

#: The same queries for our search and for FTS5: common and rare words, two-word queries,
#: a prefix (the last word is matched as a prefix, as she types), a name and a miss.
QUERIES = (
    "housing",
    "college course",
    "allotment",
    "her sister",
    "swim",
    "confident hear",
    "rent arrears",
    "breathing exercises anxious",
    "Amina",
    "zebra",
)
RATIONALE = "She asked for this referral to get support with her health."


@dataclass
class Timings:
    """Seconds, with the median, spread and percentiles the report needs."""

    values: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def low(self) -> float:
        return min(self.values)

    @property
    def high(self) -> float:
        return max(self.values)

    def p(self, fraction: float) -> float:
        ordered = sorted(self.values)
        return ordered[min(len(ordered) - 1, round((len(ordered) - 1) * fraction))]


@contextmanager
def unlocked(centre: CentreVault) -> Iterator[UnlockedVault]:
    vault = unlock(centre.paths, centre.username, centre.passphrase, policy=INSECURE_TEST_POLICY)
    try:
        yield vault
    finally:
        vault.lock()


# -- unlock to caseload -----------------------------------------------------------------


@dataclass
class CaseloadResult:
    total: Timings
    unlock: Timings
    load: Timings
    model: Timings
    rows: int
    #: The same, with no sealed caseload cache (the first unlock, or after erasure/restore).
    uncached: Timings
    #: The same, after one woman's record was saved since the last listing (the kept rows
    #: can't be used; the per-record cache can, for all but her).
    one_changed: Timings


def caseload(centre: CentreVault, repeats: int) -> CaseloadResult:
    """Unlock (after the KDF), open every caseload row as the app's loader does, fill the model.

    The manager sees everyone, so this is the largest caseload the vault has.
    """
    from ui.models.caseload import CaseloadModel, load_caseload

    result = CaseloadResult(Timings(), Timings(), Timings(), Timings(), 0, Timings(), Timings())
    for run in range(repeats + 1):
        if run == 0:  # the first, with no cache: it also fills the cache the others use
            from womenscentre.services.search_snapshot import discard_all

            discard_all(centre.paths.sealed_caches)
        model = CaseloadModel()
        start = time.perf_counter()
        vault = unlock(
            centre.paths, centre.username, centre.passphrase, policy=INSECURE_TEST_POLICY
        )
        opened = time.perf_counter()
        try:
            rows = load_caseload(vault)
            loaded = time.perf_counter()
            model.set_rows(rows)
            shown = time.perf_counter()
        finally:
            vault.lock()
        result.rows = len(rows)
        model.clear()
        if run == 0:
            result.uncached.values.append(shown - start)
            continue
        result.unlock.values.append(opened - start)
        result.load.values.append(loaded - opened)
        result.model.values.append(shown - loaded)
        result.total.values.append(shown - start)
    for _ in range(repeats):
        _save_one_woman_again(centre)
        start = time.perf_counter()
        vault = unlock(
            centre.paths, centre.username, centre.passphrase, policy=INSECURE_TEST_POLICY
        )
        try:
            CaseloadModel().set_rows(load_caseload(vault))
        finally:
            vault.lock()
        result.one_changed.values.append(time.perf_counter() - start)
    return result


def _save_one_woman_again(centre: CentreVault) -> None:
    """Save the first woman's record unchanged: a new seal, so her row must be listed again."""
    with unlocked(centre) as vault:
        first = vault.people.visible()[0]
        person = vault.people.get(first.id)
        vault.people.update(first.id, person.details, expected_version=person.version)


# -- search -------------------------------------------------------------------------------


@dataclass
class SearchResult:
    #: Unlock to index ready, from the user's sealed snapshot (the app's usual path).
    build: Timings
    #: A full build with no snapshot (first unlock, or after erasure/restore), and sealing it.
    full_build: Timings
    seal: Timings
    #: Ready from a snapshot with ``changed`` notes saved since it was taken.
    catch_up: Timings
    changed: int
    ours: Timings
    fts: Timings
    fts_build_s: float
    per_query: dict[str, tuple[Timings, Timings, int, int]]


def fts5_peer(
    names: list[tuple[str, str]], notes: list[tuple[str, str, NoteContent]]
) -> sqlite3.Connection:
    """SQLite FTS5 over the same plaintext the index sees: her name, and each note's text."""
    connection = sqlite3.connect(":memory:")
    connection.execute(
        "CREATE VIRTUAL TABLE docs USING fts5(body, person_id UNINDEXED, note_id UNINDEXED, "
        "session_date UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')"
    )
    connection.executemany(
        "INSERT INTO docs VALUES (?, ?, NULL, NULL)", [(name, pid) for pid, name in names]
    )
    connection.executemany(
        "INSERT INTO docs VALUES (?, ?, ?, ?)",
        (
            (content.searchable_text(), person_id, note_id, content.session_date)
            for person_id, note_id, content in notes
        ),
    )
    connection.commit()
    return connection


def fts5_query(connection: sqlite3.Connection, text: str, limit: int = 50) -> list[tuple[Any, ...]]:
    """The app's rules in FTS5: every word, the last as a prefix; names first, newest notes
    next; at most ``limit``, each note with a snippet."""
    from womenscentre.services.search_words import words

    terms = words(text)
    if not terms:
        return []
    match = " ".join(f'"{t}"' for t in terms[:-1]) + f' "{terms[-1]}"*'
    return connection.execute(
        "SELECT person_id, note_id, session_date, snippet(docs, 0, '', '', '…', 20) "
        "FROM docs WHERE docs MATCH ? "
        "ORDER BY note_id IS NOT NULL, session_date DESC LIMIT ?",
        (match.strip(), limit),
    ).fetchall()


def search(
    centre: CentreVault,
    build_repeats: int,
    query_repeats: int,
    names: list[tuple[str, str]],
    notes: list[tuple[str, str, NoteContent]],
) -> SearchResult:
    build, full_build, seal, catch_up = Timings(), Timings(), Timings(), Timings()
    for _ in range(build_repeats):
        with unlocked(centre) as vault:
            start = time.perf_counter()
            _index_ready(vault, use_snapshot=False)
            full_build.values.append(time.perf_counter() - start)
            start = time.perf_counter()
            assert vault.search.save_snapshot()
            seal.values.append(time.perf_counter() - start)
        with unlocked(centre) as vault:
            start = time.perf_counter()
            assert _index_ready(vault, use_snapshot=True), "the snapshot was not used"
            build.values.append(time.perf_counter() - start)
    saved = _resave_notes(centre, CHANGED_SINCE_SNAPSHOT)
    try:
        for _ in range(build_repeats):
            with unlocked(centre) as vault:
                start = time.perf_counter()
                assert _index_ready(vault, use_snapshot=True), "the snapshot was not used"
                catch_up.values.append(time.perf_counter() - start)
    finally:
        _discard(centre, saved)
    changed = len(saved)
    start = time.perf_counter()
    peer = fts5_peer(names, notes)
    fts_build_s = time.perf_counter() - start
    ours, fts = Timings(), Timings()
    per_query: dict[str, tuple[Timings, Timings, int, int]] = {}
    try:
        with unlocked(centre) as vault:
            vault.search.build()
            for query in QUERIES:
                mine, theirs = Timings(), Timings()
                ours_hits = fts_hits = 0

                def ours_once(text: str = query) -> int:
                    return len(vault.search.query(text))

                def fts_once(text: str = query) -> int:
                    return len(fts5_query(peer, text))

                jobs: list[tuple[Timings, Callable[[], int]]] = [
                    (mine, ours_once),
                    (theirs, fts_once),
                ]
                for repeat in range(query_repeats):
                    for timings, job in jobs if repeat % 2 == 0 else jobs[::-1]:
                        start = time.perf_counter()
                        found = job()
                        timings.values.append(time.perf_counter() - start)
                        if timings is mine:
                            ours_hits = found
                        else:
                            fts_hits = found
                per_query[query] = (mine, theirs, ours_hits, fts_hits)
                ours.values += mine.values
                fts.values += theirs.values
    finally:
        peer.close()
    return SearchResult(
        build, full_build, seal, catch_up, changed, ours, fts, fts_build_s, per_query
    )


#: Notes saved between sealing the snapshot and the next unlock, for the catch-up row.
CHANGED_SINCE_SNAPSHOT = 500


def _index_ready(vault: Any, *, use_snapshot: bool) -> bool:
    """Build as the app's worker does, step by step; whether the snapshot was used."""
    build = vault.search.start_build(use_snapshot=use_snapshot)
    while not build.step():
        pass
    return bool(build.from_snapshot)


def _resave_notes(centre: CentreVault, count: int) -> list[str]:
    """Save ``count`` new fictional drafts after the snapshot, as a busy day would."""
    from benchmarks.synthetic import note_contents

    with unlocked(centre) as vault:
        people = vault.people.visible()[:count]
        saved = []
        for person, content in zip(people, note_contents(len(people), seed=99), strict=True):
            [case, *_] = vault.cases.for_person(person.id)
            saved.append(vault.notes.start(case.id, content).id)
    return saved


def _discard(centre: CentreVault, note_ids: list[str]) -> None:
    """Throw the catch-up drafts away again, so the cached vault stays as it was built."""
    with unlocked(centre) as vault:
        for note_id in note_ids:
            vault.notes.discard_draft(note_id)


# -- referral pack --------------------------------------------------------------------------


@dataclass
class PackResult:
    total: Timings
    prepare: Timings
    export: Timings
    sizes: dict[str, int]


def referral_pack(centre: CentreVault, repeats: int) -> PackResult:
    """A GP referral for the woman with about 200 notes: open, answer, preview, confirm the
    passphrase (test KDF), export the PDF (ui/pdf.py, the app's renderer) and the JSON."""
    from ui.pdf import render

    result = PackResult(Timings(), Timings(), Timings(), {})
    with unlocked(centre) as vault, tempfile.TemporaryDirectory(prefix="wc-pack-") as tmp:
        render(_warm_up_document())  # Qt's fonts load once per process, as in the app
        for repeat in range(repeats):
            folder = Path(tmp) / f"pack-{repeat}"
            folder.mkdir()
            start = time.perf_counter()
            flow = vault.referrals.start(centre.pack_person_id, RecipientKind.GP, Purpose.REFERRAL)
            flow.set_answer("what-she-would-like", "words", "Help with sleep, in her words.")
            flow.set_answer("contact", "phone", "07700 900123")
            flow.preview()
            vault.referrals.step_up(flow, centre.passphrase)
            prepared = time.perf_counter()
            exported = vault.referrals.export(flow, folder, render, rationale=RATIONALE)
            end = time.perf_counter()
            result.prepare.values.append(prepared - start)
            result.export.values.append(end - prepared)
            result.total.values.append(end - start)
            result.sizes = {p.suffix.lstrip("."): p.stat().st_size for p in exported.files.values()}
    return result


def _warm_up_document() -> Any:
    from womenscentre.exports.document import Document, Paragraph

    return Document(title="Warm-up", blocks=(Paragraph("Fonts load once per process."),))


# -- her timeline (informational: the issue asks for "instant", the table has no row) -------


@dataclass
class TimelineResult:
    total: Timings
    model: Timings
    notes: int


def timeline(centre: CentreVault, repeats: int) -> TimelineResult:
    """Open the timeline of the woman with the most notes: ``vault.notes.for_person`` on the
    worker, then the rows and the (lazy) timeline model on the GUI thread."""
    from ui.models.timeline import TimelineModel, timeline_rows

    result = TimelineResult(Timings(), Timings(), 0)
    with unlocked(centre) as vault:
        usernames = {user.id: user.username for user in vault.users.active()}
        for _ in range(repeats):
            model = TimelineModel()
            start = time.perf_counter()
            notes = vault.notes.for_person(centre.timeline_person_id)
            opened = time.perf_counter()
            model.set_rows(timeline_rows(notes, usernames))
            end = time.perf_counter()
            result.total.values.append(end - start)
            result.model.values.append(end - opened)
            result.notes = len(notes)
            model.clear()
    return result
