"""The search index finds exactly what reading every record would, and is gone after lock.

Each check compares the index with a brute-force scan written here from the rule search
promises (every word of the query, the last as a prefix, ignoring case and accents), with
its own word splitter, so a shortcut in the index cannot hide behind the same shortcut in
the test.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from womenscentre.services.search import SearchIndex, _Doc
from womenscentre.services.unlocked import UnlockedVault, VaultLocked

WORD = re.compile(r"\w+")
#: Fictional words, with accents, capitals and a shared prefix or two, so queries collide.
VOCABULARY = (
    "allotment", "allotments", "Allot", "crèche", "CRECHE", "Zoë", "zoe", "housing",
    "house", "hous", "library", "Library", "librarian", "bus", "busy", "pass", "café",
    "cafe", "naïve", "straße", "strasse", "she", "shed", "talked", "TALKED", "über",
)  # fmt: skip
SEPARATORS = (" ", "  ", ", ", ". ", "\n", "’", "-", " (", ") ")


def scan_words(text: str) -> set[str]:
    """The promised rule, written plainly: fold case, take accents off, split into words."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return set(WORD.findall(bare.lower()))


def scan_matches(text: str, query: str) -> bool:
    wanted = WORD.findall(
        "".join(
            ch
            for ch in unicodedata.normalize("NFKD", query.casefold())
            if not unicodedata.combining(ch)
        ).lower()
    )
    if not wanted:
        return False
    *whole, last = wanted
    found = scan_words(text)
    return set(whole) <= found and any(word.startswith(last) for word in found)


texts = st.lists(st.sampled_from(VOCABULARY), max_size=8).flatmap(
    lambda picked: st.lists(
        st.sampled_from(SEPARATORS), min_size=len(picked), max_size=len(picked)
    ).map(lambda seps: "".join(w + s for w, s in zip(picked, seps, strict=True)))
)
queries = st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=3).flatmap(
    lambda picked: st.integers(1, len(picked[-1])).map(
        lambda cut: " ".join([*picked[:-1], picked[-1][:cut]])
    )
)


@settings(max_examples=300, deadline=None)
@given(
    saves=st.lists(st.tuples(st.integers(0, 6), texts), min_size=1, max_size=25),
    query=queries,
)
def test_the_index_finds_what_a_scan_finds(saves: list[tuple[int, str]], query: str) -> None:
    """Random small corpora, some records saved again: the index agrees with a scan."""
    index = SearchIndex()
    latest: dict[str, str] = {}
    for record, text in saves:
        note_id = f"note-{record}"
        index.add(_Doc("person-1", note_id, "2026-01-05"), text)
        latest[note_id] = text
    found = {index.doc(n).note_id for n in index.matching_numbers(query)}
    expected = {note_id for note_id, text in latest.items() if scan_matches(text, query)}
    assert found == expected
    assert index.size == len(latest)


def _women_and_notes(vault: UnlockedVault, make: object, rng: random.Random) -> None:
    """A few fictional women, each with notes of random words, some drafts saved twice.

    Saves made after the build are told to the index as the app's editor tells it.
    """
    for number in range(4):
        name = rng.choice(("Zoë", "Rosa", "Priya Housing", "Café Ann")) + f" {number}"
        person = vault.people.add(make.person(name), referral_source="self")  # type: ignore[attr-defined]
        vault.search.person_saved(person.id, name)
        [case] = vault.cases.for_person(person.id)
        for day in range(1, 6):
            body = " ".join(rng.choice(VOCABULARY) for _ in range(rng.randint(3, 12)))
            content = replace(make.note(body), session_date=f"2026-01-{day:02d}")  # type: ignore[attr-defined]
            note = vault.notes.start(case.id, content)
            vault.search.note_saved(person.id, note.id, note.content)  # as the editor does
            if day % 2:
                vault.notes.finalise(note.id, expected_version=note.version)
            else:  # a draft saved again: only its newest words may be found
                again = replace(content, body=body + " " + rng.choice(VOCABULARY))
                saved = vault.notes.save_draft(note.id, again, expected_version=note.version)
                vault.search.note_saved(person.id, note.id, saved.content)


def _scan_vault(vault: UnlockedVault, query: str) -> set[tuple[str, str | None]]:
    """Open every record this user may see and test each one: the slow, sure answer."""
    expected: set[tuple[str, str | None]] = set()
    for summary in vault.people.visible():
        if scan_matches(summary.preferred_name, query):
            expected.add((summary.id, None))
        for note in vault.notes.for_person(summary.id):
            if scan_matches(note.content.searchable_text(), query):
                expected.add((summary.id, note.id))
    return expected


def test_search_in_a_vault_finds_what_a_scan_finds(manager: UnlockedVault, make: object) -> None:
    """Through the real vault: built index, saves after the build, and a fresh rebuild."""
    rng = random.Random(20260105)
    manager.search.build()
    _women_and_notes(manager, make, rng)
    asked = [
        " ".join(rng.sample(VOCABULARY, rng.randint(1, 2)))[: rng.randint(2, 14)] for _ in range(60)
    ]
    asked += ["zoe", "ZOË 1", "cafe ann", "housing", "a", "s"]
    for rebuilt in (False, True):
        if rebuilt:
            manager.search.build()
        for query in asked:
            hits = manager.search.query(query, limit=1000)
            assert {(h.person_id, h.note_id) for h in hits} == _scan_vault(manager, query), query
            dates = [h.session_date for h in hits if h.note_id]
            assert dates == sorted(dates, reverse=True)


def test_nothing_of_the_index_is_left_after_lock(manager: UnlockedVault, make: object) -> None:
    """Lock empties the index itself, not only the vault's reference to it."""
    canary = "quokkazanzibarcanary"
    person = manager.people.add(make.person("Rosa"), referral_source="self")  # type: ignore[attr-defined]
    [case] = manager.cases.for_person(person.id)
    manager.notes.start(case.id, make.note(f"She talked about the {canary} project."))  # type: ignore[attr-defined]
    manager.search.build()
    index = manager.search._index
    assert index is not None
    assert canary in index._postings
    assert [h.note_id is not None for h in manager.search.query(canary)] == [True]
    manager.lock()
    assert not manager.search.ready
    assert manager.search._index is None
    assert index.size == 0
    assert index._postings == {}
    assert index._names == {}
    assert index._person_ids == [] and index._note_ids == [] and index._dates == []
    assert len(index._days) == 0
    with pytest.raises(VaultLocked):
        manager.search.query(canary)


def test_a_larger_random_corpus_agrees_with_a_scan() -> None:
    """Hundreds of records, so long posting lists meet short ones (the binary-search path)."""
    rng = random.Random(7)
    index = SearchIndex()
    latest: dict[str, str] = {}
    for _ in range(3000):
        note_id = f"note-{rng.randrange(2500)}"
        text = " ".join(rng.choice(VOCABULARY) for _ in range(rng.randint(0, 10)))
        if rng.random() < 0.004:
            text += " rarewordfortest"
        index.add(_Doc("person-1", note_id, "2026-01-05"), text)
        latest[note_id] = text
    asked = ["rarewordfortest allot", "allotment rarewordfortest", "she s", "zoe cafe", "hous"]
    asked += [" ".join(rng.sample(VOCABULARY, 2))[: rng.randint(3, 12)] for _ in range(200)]
    for query in asked:
        found = {index.doc(n).note_id for n in index.matching_numbers(query)}
        assert found == {i for i, text in latest.items() if scan_matches(text, query)}, query


def test_a_build_in_steps_keeps_saves_made_between_them(
    manager: UnlockedVault, make: object
) -> None:
    """Work done between two steps of a build (a save) is in the index that results."""
    rng = random.Random(11)
    _women_and_notes(manager, make, rng)
    build = manager.search.start_build(step_notes=3)
    assert not build.step()  # names listed, notes waiting
    assert not manager.search.ready
    person = manager.people.visible()[0]
    [case] = manager.cases.for_person(person.id)
    note = manager.notes.start(case.id, make.note("Her new quokkaplanted allotment."))  # type: ignore[attr-defined]
    manager.search.note_saved(person.id, note.id, note.content)
    steps = 1
    while not build.step():
        steps += 1
    assert steps > 3
    assert manager.search.ready
    assert [h.note_id for h in manager.search.query("quokkaplanted")] == [note.id]
    for query in ("allot", "zoe", "cafe", "she talked", "s"):
        hits = manager.search.query(query, limit=1000)
        assert {(h.person_id, h.note_id) for h in hits} == _scan_vault(manager, query), query


def test_an_older_build_never_replaces_a_newer_one(manager: UnlockedVault, make: object) -> None:
    """Two builds in flight (the caseload reloaded meanwhile): only the newest is used."""
    manager.people.add(make.person("Wren"), referral_source="self")  # type: ignore[attr-defined]
    older = manager.search.start_build()
    newer = manager.search.start_build()
    while not newer.step():
        pass
    current = manager.search._index
    while not older.step():
        pass
    assert manager.search._index is current
    assert older.index.size == 0
    assert [h.preferred_name for h in manager.search.query("wren")] == ["Wren"]
