"""Search across her caseload and notes, from an index that lives only while unlocked.

There is no plaintext full-text table on disk (design §2): after unlock the index is
built in memory from the records this user may see, or from her sealed snapshot of it
(``search_snapshot.py``), and it is dropped on lock. It holds postings only (which words
occur in which record), never the text; the few results shown are opened again for their
snippets. Queries match every word, the last one as a prefix, so results narrow as she types.

It has to be quick at 100,000 notes, so records are numbered (doc numbers, in the order
they were indexed) and each word's postings are a compact array of those numbers, already
sorted because numbers only grow. A note saved again gets a new number and its old one is
marked superseded, so it is found by its new words only. Words are split by
``search_words.words``.
"""

from __future__ import annotations

import heapq
import operator
from array import array
from bisect import bisect_left
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import repeat
from typing import TYPE_CHECKING

from sqlalchemy import select

from womenscentre.domain.notes import NoteContent, NoteStatus
from womenscentre.services import search_snapshot
from womenscentre.services.codec import open_json
from womenscentre.services.search_snapshot import Mark
from womenscentre.services.search_words import words
from womenscentre.store.models import SessionNoteRow
from womenscentre.vault.aead import SealError

if TYPE_CHECKING:
    from womenscentre.services.unlocked import UnlockedVault

SNIPPET_CHARS = 120
NOTES_TABLE = "session_notes"
#: Notes opened per build step: a fraction of a second of work, so other jobs wait little,
#: and the sealed blobs of a large vault are never all in memory at once.
_BUILD_BATCH = 2000
#: Ids per ``IN (...)`` query, well under SQLite's limit on bound parameters.
_IDS_PER_QUERY = 500
#: Use binary search rather than a set when a posting list is this many times longer.
_BISECT_RATIO = 16


@dataclass(frozen=True, slots=True)
class SearchHit:
    person_id: str
    preferred_name: str
    note_id: str | None
    session_date: str | None
    snippet: str


@dataclass(frozen=True, slots=True)
class _Doc:
    person_id: str
    note_id: str | None
    session_date: str | None


def _day_number(session_date: str | None) -> int:
    try:
        return date.fromisoformat(session_date).toordinal() if session_date else 0
    except ValueError:
        return 0


def _within(candidates: set[int], postings: array[int]) -> set[int]:
    """The candidates that are also in ``postings`` (sorted), by whichever way is quicker."""
    if len(postings) > _BISECT_RATIO * len(candidates):
        end = len(postings)
        found = set()
        for number in candidates:
            at = bisect_left(postings, number)
            if at < end and postings[at] == number:
                found.add(number)
        return found
    return candidates.intersection(postings)


class SearchIndex:
    """Which words occur in which record, by doc number; never the words in order."""

    def __init__(self) -> None:
        self._person_ids: list[str] = []
        self._note_ids: list[str | None] = []
        self._dates: list[str | None] = []
        self._days: array[int] = array("i")
        #: The live doc number of each record (a note id, or a person id for her name).
        self._current: dict[str, int] = {}
        self._superseded: set[int] = set()
        self._postings: dict[str, array[int]] = {}
        #: Each word's ``array.append``, so a note's postings are added in one C-level pass.
        self._appenders: dict[str, Callable[[int], None]] = {}
        self._sorted_terms: list[str] | None = None
        self._names: dict[str, str] = {}
        #: The change-journal entry this index was read up to; None until a build sets it.
        self.base: Mark | None = None

    # -- building --------------------------------------------------------------
    def add(self, doc: _Doc, text: str) -> None:
        number = len(self._person_ids)
        record = doc.note_id if doc.note_id is not None else doc.person_id
        previous = self._current.get(record)
        if previous is not None:
            self._superseded.add(previous)
        self._current[record] = number
        self._person_ids.append(doc.person_id)
        self._note_ids.append(doc.note_id)
        self._dates.append(doc.session_date)
        self._days.append(_day_number(doc.session_date))
        terms = set(words(text))
        new_terms = terms.difference(self._appenders)
        if new_terms:
            self._sorted_terms = None
            for term in new_terms:
                postings = self._postings[term] = array("I")
                self._appenders[term] = postings.append
        # postings[term].append(number) for every term, without a Python-level loop
        calls = map(operator.call, map(self._appenders.__getitem__, terms), repeat(number))
        deque(calls, maxlen=0)

    def add_person(self, person_id: str, names: Iterable[str]) -> None:
        names = list(names)
        self._names[person_id] = names[0]
        self.add(_Doc(person_id, None, None), " ".join(names))

    def add_note(self, person_id: str, note_id: str, content: NoteContent) -> None:
        self.add(_Doc(person_id, note_id, content.session_date), content.searchable_text())

    def forget(self) -> None:
        self._person_ids.clear()
        self._note_ids.clear()
        self._dates.clear()
        self._days = array("i")
        self._current.clear()
        self._superseded.clear()
        self._postings.clear()
        self._appenders.clear()
        self._names.clear()
        self._sorted_terms = None
        self.base = None

    # -- sealed snapshots (services/search_snapshot.py) ------------------------
    def export_state(self) -> tuple[tuple[object, ...], list[str], list[bytes]]:
        """The index as plain lists and bytes: its columns, its words, and each word's
        postings. Copied, so later saves can't change it while it is being sealed."""
        terms = list(self._postings)
        columns = (
            list(self._person_ids),
            list(self._note_ids),
            list(self._dates),
            self._days.tobytes(),
            sorted(self._superseded),
            dict(self._names),
        )
        return columns, terms, [self._postings[term].tobytes() for term in terms]

    @classmethod
    def from_columns(cls, columns: object) -> SearchIndex:
        """An index with :meth:`export_state`'s columns and no words yet; ValueError if the
        columns disagree. Words follow, a batch at a time, through :meth:`add_postings`."""
        if not isinstance(columns, tuple) or len(columns) != 6:
            raise ValueError("not an index")
        person_ids, note_ids, dates, days, superseded, names = columns
        index = cls()
        index._person_ids = list(person_ids)
        index._note_ids = list(note_ids)
        index._dates = list(dates)
        index._days.frombytes(days)
        count = len(index._person_ids)
        if not len(index._note_ids) == len(index._dates) == len(index._days) == count:
            raise ValueError("index columns differ in length")
        index._superseded = set(superseded)
        index._names = dict(names)
        for number, (person_id, note_id) in enumerate(zip(person_ids, note_ids, strict=True)):
            index._current[note_id if note_id is not None else person_id] = number
        return index

    def add_postings(self, terms: list[str], postings: list[bytes]) -> None:
        """Take in a batch of words and their postings, consuming both lists as it goes, so
        each word's bytes are freed once it is an array; ValueError if they don't fit."""
        if len(terms) != len(postings):
            raise ValueError("terms and postings differ in number")
        count = len(self._person_ids)
        while postings:
            raw, term = postings.pop(), terms.pop()
            numbers = array("I")
            numbers.frombytes(raw)
            if (numbers and numbers[-1] >= count) or term in self._postings:
                raise ValueError("posting beyond the records, or a word twice")
            self._postings[term] = numbers
            self._appenders[term] = numbers.append
        self._sorted_terms = None

    def person_ids(self) -> set[str]:
        """Everyone whose name is in the index."""
        return set(self._names)

    def too_loose(self, share: float) -> bool:
        """Whether superseded records make up more than ``share`` of it (a rebuild is due)."""
        return len(self._superseded) > max(1000, share * len(self._person_ids))

    @property
    def size(self) -> int:
        """Records findable now (a note saved twice counts once)."""
        return len(self._current)

    # -- querying --------------------------------------------------------------
    def _terms_with_prefix(self, prefix: str) -> Iterator[str]:
        if self._sorted_terms is None:
            self._sorted_terms = sorted(self._postings)
        terms = self._sorted_terms
        at = bisect_left(terms, prefix)
        while at < len(terms) and terms[at].startswith(prefix):
            yield terms[at]
            at += 1

    def matching_numbers(self, query: str) -> set[int]:
        """Doc numbers of live records holding every word, the last as a prefix."""
        query_words = words(query)
        if not query_words:
            return set()
        *whole, last = query_words
        result: set[int] | None = None
        for term in sorted(set(whole), key=lambda t: len(self._postings.get(t, ()))):
            postings = self._postings.get(term)
            if postings is None:
                return set()
            result = set(postings) if result is None else _within(result, postings)
            if not result:
                return set()
        prefixed: set[int] = set()
        for term in self._terms_with_prefix(last):
            postings = self._postings[term]
            prefixed.update(postings if result is None else _within(result, postings))
        return prefixed - self._superseded if self._superseded else prefixed

    def matching(self, query: str) -> list[_Doc]:
        """The live records that match, in the order they were indexed."""
        return [self.doc(number) for number in sorted(self.matching_numbers(query))]

    def doc(self, number: int) -> _Doc:
        return _Doc(self._person_ids[number], self._note_ids[number], self._dates[number])

    def is_note(self, number: int) -> bool:
        return self._note_ids[number] is not None

    def newest_first(self, numbers: Iterable[int], count: int) -> list[int]:
        """Up to ``count`` doc numbers by session date, newest first (ties: indexed last)."""
        days = self._days
        return heapq.nlargest(count, numbers, key=lambda n: (days[n], n))

    def name_of(self, person_id: str) -> str:
        return self._names.get(person_id, "")


class IndexBuild:
    """One build of the index, made a step at a time on the task worker.

    The app has one worker, so a build done in one go would make every job queued behind it
    (opening her record, saving a note) wait for all of it. A step opens at most
    ``step_notes`` notes (a fraction of a second), and the next step is queued only when
    this one returns, so other jobs run in between. Saves made meanwhile go into the index
    being built as well as the one in use (see :meth:`Search.note_saved`).
    """

    def __init__(
        self, search: Search, vault: UnlockedVault, step_notes: int, use_snapshot: bool = True
    ) -> None:
        self._search = search
        self._vault = vault
        self._step_notes = step_notes
        self._use_snapshot = use_snapshot
        self.index = SearchIndex()
        #: Whether this build started from the user's sealed snapshot.
        self.from_snapshot = False
        #: Whether the index it makes differs from the sealed snapshot (worth sealing).
        self.snapshot_due = True
        #: (person id, note id) still to open, last first; None until the first step.
        self._waiting: list[tuple[str, str]] | None = None
        self.done = 0
        self.total = 0

    def step(self) -> bool:
        """Do the next piece of the build; True once the index is in use (or dropped)."""
        if self._waiting is None:
            self._waiting = self._notes_to_open()
            self.total = len(self._waiting)
            if self._waiting or not self.from_snapshot:
                return False
        else:
            chunk = self._waiting[-self._step_notes :]
            del self._waiting[-self._step_notes :]
            self._open(chunk)
            self.done += len(chunk)
            if self._waiting:
                return False
        if self._vault.is_locked or self._search._building is not self:
            self.index.forget()  # locked, or a newer build has taken over
        else:
            self._search._install(self)
        return True

    def _notes_to_open(self) -> list[tuple[str, str]]:
        """Her names go in at once; the notes she may see are listed, newest saved first.

        From a sound snapshot, only the notes changed since it was taken are listed.
        """
        everyone = self._vault.people.visible()
        if self._use_snapshot:
            restored = search_snapshot.restore(self._vault, everyone)
            if restored is not None:
                self.index, self.from_snapshot = restored.index, True
                self.snapshot_due = restored.caught_up
                return restored.to_open
        people = [p for p in everyone if not p.damaged]
        self.index.base = search_snapshot.latest_mark(self._vault)
        for person in people:
            self.index.add_person(person.id, [person.preferred_name])
        visible = {p.id for p in people}
        me = self._vault.user.id
        final = NoteStatus.FINAL.value
        columns = select(
            SessionNoteRow.id,
            SessionNoteRow.person_id,
            SessionNoteRow.status,
            SessionNoteRow.author_id,
        ).where(SessionNoteRow.deleted.is_(False))
        with self._vault.read() as session:
            rows = session.execute(columns).all()
        return [
            (person_id, note_id)
            for note_id, person_id, status, author_id in rows
            if person_id in visible and (status == final or author_id == me)
        ]

    def _open(self, chunk: list[tuple[str, str]]) -> None:
        person_of = {note_id: person_id for person_id, note_id in chunk}
        ids = list(person_of)
        with self._vault.read() as session:
            for start in range(0, len(ids), _IDS_PER_QUERY):
                rows = session.execute(
                    select(SessionNoteRow.id, SessionNoteRow.sealed).where(
                        SessionNoteRow.id.in_(ids[start : start + _IDS_PER_QUERY]),
                        SessionNoteRow.deleted.is_(False),
                    )
                ).all()
                for note_id, sealed in rows:
                    content = self._search._open_note(note_id, sealed)
                    if content is not None:
                        self.index.add_note(person_of[note_id], note_id, content)


class Search:
    """The vault's search: builds its index on demand and forgets it on lock."""

    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault
        self._index: SearchIndex | None = None
        self._building: IndexBuild | None = None
        self._snapshot_due = False
        vault.on_lock(self.forget)

    def forget(self) -> None:
        if self._index is not None:
            self._index.forget()
        if self._building is not None:
            self._building.index.forget()
        self._index = None
        self._building = None

    @property
    def ready(self) -> bool:
        return self._index is not None

    def start_build(self, step_notes: int = _BUILD_BATCH, use_snapshot: bool = True) -> IndexBuild:
        """A build to run with :meth:`IndexBuild.step`, one worker job per step.

        It starts from the user's sealed snapshot when that is sound (see
        ``services/search_snapshot.py``), else from nothing.
        """
        self._vault.access.require_record_access()
        build = IndexBuild(self, self._vault, step_notes, use_snapshot)
        self._building = build
        return build

    def build(self, progress: Callable[[int, int], None] | None = None) -> None:
        """Index what this user may see, all in one go. Safe to run on a worker thread."""
        build = self.start_build()
        while not build.step():
            if progress is not None:
                progress(build.done, build.total)

    def save_snapshot(self) -> bool:
        """Seal the index in use for the next unlock (a worker job after the build).

        Skipped when the index is the snapshot as it was opened: resealing an unchanged
        index would cost every unlock most of a second and a large write.
        """
        index = self._index
        if index is None or not self._snapshot_due:
            return False
        saved = search_snapshot.save(self._vault, index)
        self._snapshot_due = not saved
        return saved

    def _install(self, build: IndexBuild) -> None:
        if self._index is not None:
            self._index.forget()
        self._index = build.index
        self._building = None
        self._snapshot_due = build.snapshot_due

    def _open_note(self, note_id: str, sealed: bytes) -> NoteContent | None:
        try:
            payload = open_json(self._vault.keyring, NOTES_TABLE, note_id, sealed)
            return NoteContent.from_json(payload["content"])
        except (SealError, KeyError, ValueError, TypeError):
            self._vault.report_damage(note_id)
            return None

    def _live_indexes(self) -> list[SearchIndex]:
        building = [self._building.index] if self._building is not None else []
        return ([self._index] if self._index is not None else []) + building

    def person_saved(self, person_id: str, preferred_name: str) -> None:
        """Make someone added or renamed findable at once, without a rebuild."""
        for index in self._live_indexes():
            index.add_person(person_id, [preferred_name])
        self._snapshot_due = True

    def note_saved(self, person_id: str, note_id: str, content: NoteContent) -> None:
        """Keep the index current after a save, without a rebuild (one being built too)."""
        for index in self._live_indexes():
            index.add_note(person_id, note_id, content)
        self._snapshot_due = True

    def query(self, text: str, limit: int = 50) -> list[SearchHit]:
        """Her name first, then notes newest first; at most ``limit`` results."""
        if self._index is None:
            self.build()
        assert self._index is not None
        index = self._index
        matched = index.matching_numbers(text)
        names = sorted(n for n in matched if not index.is_note(n))[:limit]
        hits = [
            SearchHit(doc.person_id, index.name_of(doc.person_id), None, None, "")
            for doc in map(index.doc, names)
        ]
        notes = [n for n in matched if index.is_note(n)]
        room = limit - len(hits)
        found: list[SearchHit] = []
        asked = 0
        # Usually one round: a note deleted or changed elsewhere since it was indexed drops
        # out, and the next newest are asked for.
        while len(found) < room and asked < len(notes):
            ranked = index.newest_first(notes, min(len(notes), max(2 * asked, room + 8)))
            fresh = [index.doc(n) for n in ranked[asked:]]
            asked = len(ranked)
            snippets = self._snippets([doc.note_id for doc in fresh if doc.note_id], text)
            for doc in fresh:
                snippet = snippets.get(doc.note_id or "")
                if snippet is not None and len(found) < room:
                    name = index.name_of(doc.person_id)
                    found.append(
                        SearchHit(doc.person_id, name, doc.note_id, doc.session_date, snippet)
                    )
        return hits + found

    def _snippets(self, note_ids: list[str], query: str) -> dict[str, str]:
        """An extract of each note around the first match, read in one go.

        A note that no longer matches, or was deleted or is damaged, gets none.
        """
        found: dict[str, str] = {}
        if not note_ids:
            return found
        with self._vault.read() as session:
            rows = session.execute(
                select(SessionNoteRow.id, SessionNoteRow.sealed).where(
                    SessionNoteRow.id.in_(note_ids), SessionNoteRow.deleted.is_(False)
                )
            ).all()
        for note_id, sealed in rows:
            content = self._open_note(note_id, sealed)
            if content is not None:
                snippet = _snippet(content.searchable_text(), query)
                if snippet is not None:
                    found[note_id] = snippet
        return found


def _snippet(body: str, query: str) -> str | None:
    """A short extract around the first match, or None if the text does not match."""
    *whole, last = words(query)
    body_words = set(words(body))
    if not set(whole) <= body_words or not any(w.startswith(last) for w in body_words):
        return None
    at = max(body.casefold().find(query.split()[0].casefold()), 0)
    start = max(at - SNIPPET_CHARS // 3, 0)
    extract = " ".join(body[start : start + SNIPPET_CHARS].split())
    return ("…" if start else "") + extract + ("…" if start + SNIPPET_CHARS < len(body) else "")
