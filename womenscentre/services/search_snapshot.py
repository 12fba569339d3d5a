"""A sealed copy of each user's search index, so search is ready about a second after unlock.

Building the index opens every note she may see: about ten seconds at 100,000 notes. The
snapshot is the index's own arrays (postings and record numbers, never text in order),
sealed with a key derived from the signed-in user's own private key
(``Keyring.seal_for_user``), with associated data naming her. A colleague, who holds the
shared items key, can neither read it nor plant one for her to load, and no word of it is
on disk in the clear.

An index is only as current as the change journal says. Each index remembers the journal
entry it was read up to (its *base*); a restored one is brought up to date by opening the
notes the journal lists since then, one worker step at a time like a build, and anyone who
has joined her caseload meanwhile is indexed in full. Anything the journal can't vouch for
makes the caller fall back to a full build: a damaged or foreign file, a changed user key, a
journal that no longer holds the base entry, someone she could see before and now can't, or
an index grown too loose with superseded records. Results are still checked against the note
itself before they are shown (``Search._snippets``), so a deleted or changed note never
shows through a snapshot.

Erasure, retention purges and restores delete every snapshot (:func:`discard_all`), because
each may hold words from records that are gone. A snapshot is a cache: losing one only costs
a build.

``marshal`` is used because the payload is Python's own lists, dicts and bytes and it is the
quickest way back; it is only ever given bytes that AES-GCM has just authenticated under her
own key, so only the app, signed in as her, can have written them.

The file is sealed in parts: the index's columns, then its words a batch at a time, each
part sealed on its own with its number and the number of parts in its associated data (so
parts can't be reordered, dropped or added). Opening it holds one part's bytes at a time
beside the index being rebuilt, rather than the whole file, decrypted, beside it: at 100,000
notes the peak while opening fell from 441 MiB to 261 MiB, the size of the index itself
(``benchmarks/scale_memory.py``).
"""

from __future__ import annotations

import contextlib
import logging
import marshal
import struct
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from sqlalchemy import select

from womenscentre.domain.notes import NoteStatus
from womenscentre.store.models import ChangeJournal, SessionNoteRow
from womenscentre.store.snapshot import write_atomically_with
from womenscentre.vault.aead import SealContext, SealError
from womenscentre.vault.keyring import KeyringClosed

if TYPE_CHECKING:
    from womenscentre.services.search import SearchIndex
    from womenscentre.services.unlocked import UnlockedVault

log = logging.getLogger(__name__)

FORMAT = 2
MAGIC = b"womenscentre search snapshot 2\n"
TABLE = "search_snapshots"
FIELD_GROUP = "index"
#: Postings sealed together in one part, in bytes (a part is closed once it reaches this;
#: a common word alone can be larger). Counted in bytes, not words: a handful of common
#: words hold most of the postings.
PART_BYTES = 2 * 1024 * 1024
#: No sound part is anywhere near this long; a damaged length is refused before it is read.
LONGEST_PART = 256 * 1024 * 1024
PART_COUNT = struct.Struct(">I")
PART_LENGTH = struct.Struct(">Q")
#: Anything a damaged or foreign file can make opening it raise.
UNUSABLE = (
    SealError,
    KeyringClosed,
    ValueError,
    TypeError,
    EOFError,
    KeyError,
    IndexError,
    AttributeError,
    struct.error,
)
#: A restored index holding more superseded records than this share is rebuilt instead.
LOOSEST_SHARE = 0.2

#: (seq, table, record id, version) of a change-journal entry; :data:`FROM_THE_START` when
#: the journal was empty.
Mark = tuple[int, str, str, int]
FROM_THE_START: Mark = (0, "", "", 0)


@dataclass(frozen=True)
class Restored:
    """A snapshot opened and checked: the index and the notes to open on top of it."""

    index: SearchIndex
    to_open: list[tuple[str, str]]
    #: Whether anything was added to it (so it is worth sealing again once in use).
    caught_up: bool


def snapshot_file(vault: UnlockedVault) -> Path:
    folder: Path = vault.paths.sealed_caches
    return folder / f"{vault.user.id}.search"


def part_context(vault: UnlockedVault, number: int, count: int) -> SealContext:
    """Part ``number`` of ``count``, for her alone: sealed in, so parts can't be moved."""
    return SealContext(TABLE, vault.user.id, f"{FIELD_GROUP}:{number}/{count}")


def latest_mark(vault: UnlockedVault) -> Mark:
    """The newest change-journal entry, which an index read now is current up to."""
    with vault.read() as session:
        row = session.execute(
            select(
                ChangeJournal.seq,
                ChangeJournal.table_name,
                ChangeJournal.record_id,
                ChangeJournal.version,
            )
            .order_by(ChangeJournal.seq.desc())
            .limit(1)
        ).first()
    return FROM_THE_START if row is None else (row[0], row[1], row[2], row[3])


def save(vault: UnlockedVault, index: SearchIndex) -> bool:
    """Seal ``index`` to this user's snapshot file; False if there was nothing sound to save."""
    if index.base is None or vault.is_locked:
        return False
    try:
        columns, terms, postings = index.export_state()
    except RuntimeError:  # the index was forgotten mid-copy
        return False
    header: Any = (FORMAT, vault.user.id, index.base, columns)
    bounds = _part_bounds(postings)
    count = 1 + len(bounds)

    def fill(handle: BinaryIO) -> None:
        handle.write(MAGIC + PART_COUNT.pack(count))
        _write_part(handle, vault, 0, count, header)
        for number, (start, end) in enumerate(bounds, start=1):
            _write_part(handle, vault, number, count, (terms[start:end], postings[start:end]))

    try:
        write_atomically_with(snapshot_file(vault), fill)
    except KeyringClosed:  # locked meanwhile
        return False
    except OSError as exc:  # a cache only: the next unlock builds the index instead
        log.warning("search snapshot not saved (%s)", type(exc).__name__)
        return False
    return True


def _part_bounds(postings: Sequence[bytes]) -> list[tuple[int, int]]:
    """Where each part of the words starts and ends, about :data:`PART_BYTES` apiece."""
    bounds: list[tuple[int, int]] = []
    start, size = 0, 0
    for number, raw in enumerate(postings):
        size += len(raw)
        if size >= PART_BYTES:
            bounds.append((start, number + 1))
            start, size = number + 1, 0
    if start < len(postings):
        bounds.append((start, len(postings)))
    return bounds


def _write_part(
    handle: BinaryIO, vault: UnlockedVault, number: int, count: int, value: Any
) -> None:
    sealed = vault.keyring.seal_for_user(part_context(vault, number, count), marshal.dumps(value))
    handle.write(PART_LENGTH.pack(len(sealed)) + sealed)


def _read_index(handle: BinaryIO, vault: UnlockedVault) -> tuple[SearchIndex, Mark]:
    """The index and its base, part by part; raises one of :data:`UNUSABLE` if unsound."""
    from womenscentre.services.search import SearchIndex

    if handle.read(len(MAGIC)) != MAGIC:
        raise ValueError("not a search snapshot of this format")
    (count,) = PART_COUNT.unpack(_exactly(handle, PART_COUNT.size))
    if count < 1:
        raise ValueError("no parts")
    version, user_id, base, columns = _open_part(handle, vault, 0, count)
    if version != FORMAT or user_id != vault.user.id:
        raise ValueError("another format, or another user's")
    index = SearchIndex.from_columns(columns)
    del columns
    for number in range(1, count):
        terms, postings = _open_part(handle, vault, number, count)
        index.add_postings(terms, postings)
    if handle.read(1):
        raise ValueError("more than its parts")
    return index, (int(base[0]), str(base[1]), str(base[2]), int(base[3]))


def _open_part(handle: BinaryIO, vault: UnlockedVault, number: int, count: int) -> Any:
    (length,) = PART_LENGTH.unpack(_exactly(handle, PART_LENGTH.size))
    if length > LONGEST_PART:
        raise ValueError("a part longer than any sound one")
    opened = vault.keyring.open_for_user(
        part_context(vault, number, count), _exactly(handle, length)
    )
    return marshal.loads(opened)  # noqa: S302 - authenticated under her own key just above


def _exactly(handle: BinaryIO, size: int) -> bytes:
    data = handle.read(size)
    if len(data) != size:
        raise EOFError("the snapshot is cut short")
    return data


def restore(vault: UnlockedVault, people: Sequence[Any]) -> Restored | None:
    """This user's snapshot brought up to date, or None when a full build is needed.

    ``people`` are the summaries of everyone she may see now (their names go straight in).
    """
    try:
        with snapshot_file(vault).open("rb") as handle:
            index, base = _read_index(handle, vault)
    except OSError:
        return None
    except UNUSABLE:
        log.info("search snapshot unusable; building the index afresh")
        return None
    if not _base_still_in_journal(vault, base) or index.too_loose(LOOSEST_SHARE):
        return None
    visible = {p.id: p for p in people if not p.damaged}
    if not index.person_ids() <= visible.keys():
        return None  # someone she could see before she can't now
    new_people = visible.keys() - index.person_ids()
    index.base = latest_mark(vault)
    changed_people, changed_notes = _changed_since(vault, base)
    renamed_or_new = new_people | (changed_people & visible.keys())
    for person_id in renamed_or_new:
        index.add_person(person_id, [visible[person_id].preferred_name])
    to_open = _notes_to_open(vault, visible.keys(), new_people, changed_notes)
    return Restored(index, to_open, caught_up=bool(renamed_or_new or to_open))


def discard_all(sealed_caches: Path) -> None:
    """Delete every user's sealed caches: records have gone that any may hold words of."""
    if not sealed_caches.is_dir():
        return
    for path in sealed_caches.iterdir():
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _base_still_in_journal(vault: UnlockedVault, base: Mark) -> bool:
    if base == FROM_THE_START:
        return True
    seq, table, record_id, version = base
    with vault.read() as session:
        row = session.execute(
            select(ChangeJournal.table_name, ChangeJournal.record_id, ChangeJournal.version).where(
                ChangeJournal.seq == seq
            )
        ).first()
    return row is not None and (row[0], row[1], row[2]) == (table, record_id, version)


def _changed_since(vault: UnlockedVault, base: Mark) -> tuple[set[str], set[str]]:
    """Ids of people and of notes the journal lists after ``base``."""
    after = base[0]
    with vault.read() as session:
        rows = session.execute(
            select(ChangeJournal.table_name, ChangeJournal.record_id).where(
                ChangeJournal.seq > after,
                ChangeJournal.table_name.in_(("people", "session_notes")),
            )
        ).all()
    people = {record_id for table, record_id in rows if table == "people"}
    notes = {record_id for table, record_id in rows if table == "session_notes"}
    return people, notes


def _notes_to_open(
    vault: UnlockedVault,
    visible: Iterable[str],
    new_people: set[str],
    changed_notes: set[str],
) -> list[tuple[str, str]]:
    """Notes changed since the base, and every note of anyone new to her caseload."""
    if not new_people and not changed_notes:
        return []
    visible_ids = set(visible)
    me = vault.user.id
    final = NoteStatus.FINAL.value
    columns = select(
        SessionNoteRow.id, SessionNoteRow.person_id, SessionNoteRow.status, SessionNoteRow.author_id
    ).where(SessionNoteRow.deleted.is_(False))
    with vault.read() as session:
        rows = session.execute(columns).all()
    return [
        (person_id, note_id)
        for note_id, person_id, status, author_id in rows
        if person_id in visible_ids
        and (note_id in changed_notes or person_id in new_people)
        and (status == final or author_id == me)
    ]
