"""Search across her caseload and notes, from an index that lives only while unlocked.

There is no full-text table on disk (design §2): after unlock the index is built
in memory from the records this user may see, and it is dropped on lock. It
holds postings only (which words occur in which record), never the text; the
few results shown are opened again for their snippets. Queries match every word,
the last one as a prefix, so results narrow as she types.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from womenscentre.domain.notes import NoteContent, NoteStatus
from womenscentre.services import records
from womenscentre.store.models import SessionNoteRow

if TYPE_CHECKING:
    from womenscentre.services.unlocked import UnlockedVault

_WORD = re.compile(r"\w+", re.UNICODE)
SNIPPET_CHARS = 120


def words(text: str) -> list[str]:
    """Lower-cased, accent-folded words, so "Zoë" is found by "zoe"."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return _WORD.findall(plain)


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


class SearchIndex:
    def __init__(self) -> None:
        self._docs: list[_Doc] = []
        self._postings: dict[str, array[int]] = {}
        self._sorted_terms: list[str] | None = None
        self._names: dict[str, str] = {}

    # -- building --------------------------------------------------------------
    def add(self, doc: _Doc, text: str) -> None:
        number = len(self._docs)
        self._docs.append(doc)
        for term in set(words(text)):
            postings = self._postings.get(term)
            if postings is None:
                self._postings[term] = array("I", (number,))
            else:
                postings.append(number)
        self._sorted_terms = None

    def add_person(self, person_id: str, names: Iterable[str]) -> None:
        names = list(names)
        self._names[person_id] = names[0]
        self.add(_Doc(person_id, None, None), " ".join(names))

    def add_note(self, person_id: str, note_id: str, content: NoteContent) -> None:
        self.add(_Doc(person_id, note_id, content.session_date), content.body)

    def forget(self) -> None:
        self._docs.clear()
        self._postings.clear()
        self._names.clear()
        self._sorted_terms = None

    @property
    def size(self) -> int:
        return len(self._docs)

    # -- querying --------------------------------------------------------------
    def _prefix_postings(self, prefix: str) -> set[int]:
        if self._sorted_terms is None:
            self._sorted_terms = sorted(self._postings)
        terms, found = self._sorted_terms, set[int]()
        at = bisect_left(terms, prefix)
        while at < len(terms) and terms[at].startswith(prefix):
            found.update(self._postings[terms[at]])
            at += 1
        return found

    def matching(self, query: str) -> list[_Doc]:
        query_words = words(query)
        if not query_words:
            return []
        *whole, last = query_words
        result: set[int] | None = None
        for term in sorted(whole, key=lambda t: len(self._postings.get(t, ()))):
            postings = set(self._postings.get(term, ()))
            result = postings if result is None else result & postings
            if not result:
                return []
        prefixed = self._prefix_postings(last)
        result = prefixed if result is None else result & prefixed
        return [self._docs[number] for number in sorted(result)]

    def name_of(self, person_id: str) -> str:
        return self._names.get(person_id, "")


class Search:
    """The vault's search: builds its index on demand and forgets it on lock."""

    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault
        self._index: SearchIndex | None = None
        vault.on_lock(self.forget)

    def forget(self) -> None:
        if self._index is not None:
            self._index.forget()
        self._index = None

    @property
    def ready(self) -> bool:
        return self._index is not None

    def build(self, progress: Callable[[int, int], None] | None = None) -> None:
        """Index what this user may see. Safe to run on a worker thread."""
        index = SearchIndex()
        people = [p for p in self._vault.people.visible() if not p.damaged]
        visible = {p.id for p in people}
        for person in people:
            index.add_person(person.id, [person.preferred_name])
        me = self._vault.user.id
        with self._vault.read() as session:
            rows = session.scalars(
                select(SessionNoteRow).where(SessionNoteRow.deleted.is_(False))
            ).all()
            total = len(rows)
            for done, row in enumerate(rows, 1):
                if row.person_id in visible and (
                    row.status == NoteStatus.FINAL.value or row.author_id == me
                ):
                    try:
                        payload = records.open_row(self._vault, row, "session_notes")
                        content = NoteContent.from_json(payload["content"])
                    except (records.RecordDamaged, KeyError, ValueError, TypeError):
                        self._vault.report_damage(row.id)
                        continue
                    index.add_note(row.person_id, row.id, content)
                if progress is not None and done % 500 == 0:
                    progress(done, total)
        if self._vault.is_locked:
            index.forget()
            return
        self._index = index

    def person_saved(self, person_id: str, preferred_name: str) -> None:
        """Make someone added or renamed findable at once, without a rebuild."""
        if self._index is not None:
            self._index.add_person(person_id, [preferred_name])

    def note_saved(self, person_id: str, note_id: str, content: NoteContent) -> None:
        """Keep a built index current after a save, without a rebuild."""
        if self._index is not None:
            self._index.add_note(person_id, note_id, content)

    def query(self, text: str, limit: int = 50) -> list[SearchHit]:
        """Her name first, then notes newest first; at most ``limit`` results."""
        if self._index is None:
            self.build()
        assert self._index is not None
        index = self._index
        people: list[SearchHit] = []
        notes: dict[str, _Doc] = {}
        for doc in index.matching(text):
            if doc.note_id is None:
                people.append(
                    SearchHit(doc.person_id, index.name_of(doc.person_id), None, None, "")
                )
            else:
                notes[doc.note_id] = doc  # a re-saved draft is indexed again: keep the newest
        newest_first = sorted(notes.values(), key=lambda d: d.session_date or "", reverse=True)
        hits = people[:limit]
        for doc in newest_first:
            if len(hits) >= limit:
                break
            assert doc.note_id is not None
            snippet = self._snippet(doc.note_id, text)
            if snippet is not None:
                name = index.name_of(doc.person_id)
                hits.append(SearchHit(doc.person_id, name, doc.note_id, doc.session_date, snippet))
        return hits

    def _snippet(self, note_id: str, query: str) -> str | None:
        """A short extract around the first match, or None if the note no longer matches."""
        with self._vault.read() as session:
            row = session.get(SessionNoteRow, note_id)
            if row is None or row.deleted:
                return None
            payload = records.open_row(self._vault, row, "session_notes")
        body = NoteContent.from_json(payload["content"]).body
        *whole, last = words(query)
        body_words = set(words(body))
        if not set(whole) <= body_words or not any(w.startswith(last) for w in body_words):
            return None
        at = max(body.casefold().find(query.split()[0].casefold()), 0)
        start = max(at - SNIPPET_CHARS // 3, 0)
        extract = " ".join(body[start : start + SNIPPET_CHARS].split())
        return ("…" if start else "") + extract + ("…" if start + SNIPPET_CHARS < len(body) else "")
