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
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from womenscentre.domain.retention import PurgeBasis
from womenscentre.domain.users import Role
from womenscentre.services import search_snapshot
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


# -- the sealed snapshot: ready at once after unlock, never wrong, never readable ------------

CANARY = "quokkasnapshotcanary"


def _ready(vault: UnlockedVault, step_notes: int = 2000) -> tuple[bool, int]:
    """Build as the app does, step by step; (started from the snapshot?, steps taken)."""
    build = vault.search.start_build(step_notes=step_notes)
    steps = 1
    while not build.step():
        steps += 1
    assert vault.search.ready
    return build.from_snapshot, steps


def _agrees_with_a_scan(vault: UnlockedVault, queries: list[str]) -> None:
    for query in queries:
        hits = vault.search.query(query, limit=1000)
        assert {(h.person_id, h.note_id) for h in hits} == _scan_vault(vault, query), query


def _women(vault: UnlockedVault, make: object, rng: random.Random, count: int = 3) -> list[str]:
    made = []
    for number in range(count):
        person = vault.people.add(make.person(f"Wren {number}"), referral_source="self")  # type: ignore[attr-defined]
        made.append(person.id)
        [case] = vault.cases.for_person(person.id)
        for day in range(1, 5):
            body = " ".join(rng.choice(VOCABULARY) for _ in range(8))
            content = replace(make.note(body), session_date=f"2026-02-{day:02d}")  # type: ignore[attr-defined]
            note = vault.notes.start(case.id, content)
            vault.notes.finalise(note.id, expected_version=note.version)
    return made


def _queries(rng: random.Random) -> list[str]:
    asked = [" ".join(rng.sample(VOCABULARY, 2))[: rng.randint(2, 12)] for _ in range(25)]
    return [*asked, "wren", "wren 1", CANARY[:9], "allot", "s"]


def test_the_next_unlock_starts_from_the_snapshot_and_finds_what_a_scan_finds(
    manager: UnlockedVault, make: object, reopen: object
) -> None:
    rng = random.Random(31)
    _women(manager, make, rng)
    assert _ready(manager) == (False, 2)
    assert manager.search.save_snapshot()
    manager.lock()
    again = reopen("morgan", "plum kettle harbour")  # type: ignore[operator]
    path = search_snapshot.snapshot_file(again)
    sealed_before = path.read_bytes()
    from_snapshot, steps = _ready(again)
    assert from_snapshot and steps == 1  # nothing changed: no note opened at all
    assert again.search.save_snapshot() is False  # nor is the same index sealed again
    assert path.read_bytes() == sealed_before
    _agrees_with_a_scan(again, _queries(rng))


def test_changes_made_since_the_snapshot_are_caught_up(
    manager: UnlockedVault, make: object, reopen: object
) -> None:
    """New, edited and deleted notes, a renamed woman and a new one, none told to the index."""
    rng = random.Random(32)
    people = _women(manager, make, rng)
    _ready(manager)
    assert manager.search.save_snapshot()
    [case] = manager.cases.for_person(people[0])
    added = manager.notes.start(case.id, make.note(f"A new {CANARY} note."))  # type: ignore[attr-defined]
    draft = manager.notes.start(case.id, make.note("First words of a draft."))  # type: ignore[attr-defined]
    manager.notes.save_draft(
        draft.id,
        replace(draft.content, body="Second thoughts about the allotment."),
        expected_version=draft.version,
    )
    gone = manager.notes.start(case.id, make.note("A note about the zebracrossing."))  # type: ignore[attr-defined]
    manager.notes.discard_draft(gone.id)
    renamed = manager.people.get(people[1])
    manager.people.update(
        people[1],
        replace(renamed.details, preferred_name="Juniper"),
        expected_version=renamed.version,
    )
    newcomer = manager.people.add(make.person("Marigold"), referral_source="self")  # type: ignore[attr-defined]
    manager.lock()
    again = reopen("morgan", "plum kettle harbour")  # type: ignore[operator]
    from_snapshot, _steps = _ready(again)
    assert from_snapshot
    assert again.search.save_snapshot()  # caught up, so worth sealing again
    assert [h.note_id for h in again.search.query(CANARY)] == [added.id]
    assert again.search.query("first words") == []
    assert [h.note_id for h in again.search.query("second thoughts")] == [draft.id]
    assert again.search.query("zebracrossing") == []
    assert [h.person_id for h in again.search.query("juniper")] == [people[1]]
    assert [h.person_id for h in again.search.query("marigold")] == [newcomer.id]
    _agrees_with_a_scan(again, [*_queries(rng), "juniper", "wren 1", "second"])


def test_no_word_of_the_index_is_on_disk_in_the_clear(manager: UnlockedVault, make: object) -> None:
    person = manager.people.add(make.person("Zinnia"), referral_source="self")  # type: ignore[attr-defined]
    [case] = manager.cases.for_person(person.id)
    manager.notes.start(case.id, make.note(f"She spoke about the {CANARY} plan."))  # type: ignore[attr-defined]
    _ready(manager)
    assert manager.search.save_snapshot()
    sealed = search_snapshot.snapshot_file(manager).read_bytes()
    for secret in (CANARY, "Zinnia", "zinnia", person.id):
        assert secret.encode() not in sealed
        assert secret.encode("utf-16-le") not in sealed
    assert len(sealed) > 64


def test_a_damaged_snapshot_means_a_full_build_not_a_wrong_answer(
    manager: UnlockedVault, make: object, reopen: object
) -> None:
    rng = random.Random(33)
    _women(manager, make, rng)
    _ready(manager)
    assert manager.search.save_snapshot()
    path = search_snapshot.snapshot_file(manager)
    manager.lock()
    for damage in ("flip", "truncate", "empty", "garbage"):
        raw = bytearray(path.read_bytes())
        if damage == "flip":
            raw[len(raw) // 2] ^= 0x40
        elif damage == "truncate":
            raw = raw[: len(raw) // 3]
        elif damage == "empty":
            raw = bytearray()
        else:
            raw = bytearray(b"not a snapshot at all" * 50)
        good = path.read_bytes()
        path.write_bytes(bytes(raw))
        again = reopen("morgan", "plum kettle harbour")  # type: ignore[operator]
        assert _ready(again)[0] is False, damage
        _agrees_with_a_scan(again, _queries(rng)[:10])
        again.lock()
        path.write_bytes(good)


def test_one_users_snapshot_cannot_stand_in_for_anothers(
    manager: UnlockedVault, make: object, reopen: object
) -> None:
    """Copied over a keyworker's file, the manager's index (everyone) is refused."""
    ash = manager.users.add("ash", Role.KEYWORKER, "velvet orbit lantern")
    hers = manager.people.add(
        make.person("Nia"), referral_source="self", keyworker_ids=(ash.id, manager.user.id)
    )  # type: ignore[attr-defined]
    other = manager.people.add(make.person("Nina"), referral_source="self")  # type: ignore[attr-defined]
    for person in (hers, other):
        [case] = manager.cases.for_person(person.id)
        note = manager.notes.start(case.id, make.note("Talked about the college course."))  # type: ignore[attr-defined]
        manager.notes.finalise(note.id, expected_version=note.version)
    _ready(manager)
    assert manager.search.save_snapshot()
    managers_file = search_snapshot.snapshot_file(manager)
    manager.lock()
    keyworker = reopen("ash", "velvet orbit lantern")  # type: ignore[operator]
    search_snapshot.snapshot_file(keyworker).write_bytes(managers_file.read_bytes())
    assert _ready(keyworker)[0] is False
    assert {h.person_id for h in keyworker.search.query("college")} == {hers.id}


def test_leaving_her_caseload_means_a_full_build(
    manager: UnlockedVault, make: object, reopen: object
) -> None:
    ash = manager.users.add("ash", Role.KEYWORKER, "velvet orbit lantern")
    nia = manager.people.add(make.person("Nia"), referral_source="self", keyworker_ids=(ash.id,))  # type: ignore[attr-defined]
    [case] = manager.cases.for_person(nia.id)
    note = manager.notes.start(case.id, make.note("Talked about the college course."))  # type: ignore[attr-defined]
    manager.notes.finalise(note.id, expected_version=note.version)
    manager.lock()
    keyworker = reopen("ash", "velvet orbit lantern")  # type: ignore[operator]
    _ready(keyworker)
    assert keyworker.search.save_snapshot()
    keyworker.lock()
    boss = reopen("morgan", "plum kettle harbour")  # type: ignore[operator]
    boss.cases.assign(case.id, (boss.user.id,))
    boss.lock()
    keyworker = reopen("ash", "velvet orbit lantern")  # type: ignore[operator]
    assert _ready(keyworker)[0] is False
    assert keyworker.search.query("college") == []
    assert keyworker.search.query("nia") == []


def test_joining_a_caseload_indexes_all_of_her_notes(
    manager: UnlockedVault, make: object, reopen: object
) -> None:
    ash = manager.users.add("ash", Role.KEYWORKER, "velvet orbit lantern")
    nia = manager.people.add(make.person("Nia"), referral_source="self")  # type: ignore[attr-defined]
    [case] = manager.cases.for_person(nia.id)
    note = manager.notes.start(case.id, make.note(f"An older {CANARY} note."))  # type: ignore[attr-defined]
    manager.notes.finalise(note.id, expected_version=note.version)
    manager.lock()
    keyworker = reopen("ash", "velvet orbit lantern")  # type: ignore[operator]
    _ready(keyworker)
    assert keyworker.search.query(CANARY) == []
    assert keyworker.search.save_snapshot()
    keyworker.lock()
    boss = reopen("morgan", "plum kettle harbour")  # type: ignore[operator]
    boss.cases.assign(case.id, (ash.id,))
    boss.lock()
    keyworker = reopen("ash", "velvet orbit lantern")  # type: ignore[operator]
    assert _ready(keyworker)[0] is True
    assert [h.note_id for h in keyworker.search.query(CANARY)] == [note.id]


def test_deleting_her_record_for_good_deletes_every_snapshot(
    manager: UnlockedVault, make: object, clock: object
) -> None:
    person = manager.people.add(make.person("Zinnia"), referral_source="self")  # type: ignore[attr-defined]
    [case] = manager.cases.for_person(person.id)
    note = manager.notes.start(case.id, make.note(f"About the {CANARY}."))  # type: ignore[attr-defined]
    manager.notes.finalise(note.id, expected_version=note.version)
    _ready(manager)
    assert manager.search.save_snapshot()
    folder = manager.paths.sealed_caches
    (folder / "someone-else.search").write_bytes(b"another user's sealed index")
    manager.cases.close_case(case.id, closing_summary="Moved away.", closed_on=date(2026, 1, 5))
    manager.retention.purge(
        person.id,
        "Her request under data protection law, recorded in the file.",
        basis=PurgeBasis.ERASURE,
    )
    assert list(folder.iterdir()) == []
    _ready(manager)
    assert manager.search.query(CANARY) == []


def test_a_locked_vault_saves_no_snapshot(manager: UnlockedVault, make: object) -> None:
    manager.people.add(make.person("Rosa"), referral_source="self")  # type: ignore[attr-defined]
    _ready(manager)
    path = search_snapshot.snapshot_file(manager)
    manager.lock()
    assert manager.search.save_snapshot() is False
    assert not path.exists()


def _parts(raw: bytes) -> list[bytes]:
    """The sealed parts of a snapshot file, as its format lays them out."""
    at = len(search_snapshot.MAGIC)
    assert raw[:at] == search_snapshot.MAGIC
    (count,) = search_snapshot.PART_COUNT.unpack_from(raw, at)
    at += search_snapshot.PART_COUNT.size
    parts = []
    for _ in range(count):
        (length,) = search_snapshot.PART_LENGTH.unpack_from(raw, at)
        at += search_snapshot.PART_LENGTH.size
        parts.append(raw[at : at + length])
        at += length
    assert at == len(raw)
    return parts


def _framed(parts: list[bytes], count: int | None = None) -> bytes:
    header = search_snapshot.MAGIC + search_snapshot.PART_COUNT.pack(
        len(parts) if count is None else count
    )
    return header + b"".join(search_snapshot.PART_LENGTH.pack(len(p)) + p for p in parts)


def test_a_snapshot_sealed_with_the_shared_items_key_is_not_believed(
    manager: UnlockedVault, make: object, reopen: object
) -> None:
    """Sealed with the items key every keyworker holds, a snapshot is refused: only her own
    key opens hers, so no colleague can plant an index (or marshal data) for her to load."""
    _women(manager, make, rng=random.Random(34))
    _ready(manager)
    assert manager.search.save_snapshot()
    path = search_snapshot.snapshot_file(manager)
    parts = _parts(path.read_bytes())
    forged = []
    for number, part in enumerate(parts):
        context = search_snapshot.part_context(manager, number, len(parts))
        opened = manager.keyring.open_for_user(context, part)
        forged.append(manager.keyring.seal(context, opened)[1])
    manager.lock()
    path.write_bytes(_framed(forged))
    again = reopen("morgan", "plum kettle harbour")  # type: ignore[operator]
    assert _ready(again)[0] is False


def test_a_snapshot_in_many_parts_opens_whole_and_only_in_order(
    manager: UnlockedVault, make: object, reopen: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each part is sealed with its number and the count: reordered, dropped, repeated or
    recounted parts all mean a full build, never an index missing words."""
    monkeypatch.setattr(search_snapshot, "PART_BYTES", 64)
    rng = random.Random(35)
    _women(manager, make, rng)
    _ready(manager)
    assert manager.search.save_snapshot()
    path = search_snapshot.snapshot_file(manager)
    good = path.read_bytes()
    parts = _parts(good)
    assert len(parts) > 3  # the columns, then several batches of words
    manager.lock()
    again = reopen("morgan", "plum kettle harbour")  # type: ignore[operator]
    assert _ready(again)[0] is True
    _agrees_with_a_scan(again, _queries(rng)[:10])
    again.lock()
    spoiled = {
        "two batches swapped": _framed([parts[0], parts[2], parts[1], *parts[3:]]),
        "the last batch dropped": _framed(parts[:-1], count=len(parts)),
        "the last batch dropped and the count lowered": _framed(parts[:-1]),
        "a batch repeated": _framed([*parts, parts[-1]], count=len(parts)),
        "a batch repeated and the count raised": _framed([*parts, parts[-1]]),
        "something after the last part": good + b"\x00",
    }
    for damage, raw in spoiled.items():
        path.write_bytes(raw)
        again = reopen("morgan", "plum kettle harbour")  # type: ignore[operator]
        assert _ready(again)[0] is False, damage
        _agrees_with_a_scan(again, _queries(rng)[:5])
        again.lock()
