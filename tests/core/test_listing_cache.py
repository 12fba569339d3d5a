"""The sealed caseload cache: the same rows as opening every record, and nothing readable.

Each check compares the caseload listed through the cache with one listed by opening every
record (the cache file deleted first), after the kinds of change a cache could miss.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from womenscentre import i18n
from womenscentre.domain.answers import Answer
from womenscentre.domain.retention import PurgeBasis
from womenscentre.domain.users import Role
from womenscentre.services import caseload_rows
from womenscentre.services.people import PersonSummary
from womenscentre.services.unlocked import UnlockedVault

MANAGER, PASSPHRASE = "morgan", "plum kettle harbour"


@pytest.fixture(autouse=True)
def record_by_record(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every listing here goes through the per-record cache (the bulk path), however few
    women changed; ``test_caseload_rows.py`` covers the rows kept whole."""
    monkeypatch.setattr(caseload_rows, "MOST_TO_OPEN_ONE_BY_ONE", -1)


def _cache_file(vault: UnlockedVault):  # type: ignore[no-untyped-def]
    return vault.paths.sealed_caches / f"{vault.user.id}.listing"


def _rows_file(vault: UnlockedVault):  # type: ignore[no-untyped-def]
    return vault.paths.sealed_caches / f"{vault.user.id}.rows"


def _without_kept_rows(vault: UnlockedVault) -> UnlockedVault:
    """Drop the finished rows, so a listing goes record by record (the cache tested here)."""
    _rows_file(vault).unlink(missing_ok=True)
    return vault


def _listed_by_opening_everything(reopen: object, who: tuple[str, str]) -> list[PersonSummary]:
    """The slow, sure answer: no cache file, a fresh session."""
    vault = _without_kept_rows(reopen(*who))  # type: ignore[operator]
    cache = _cache_file(vault)
    cache.unlink(missing_ok=True)
    rows = vault.people.visible()
    assert vault.listing_cache.opened_afresh["people"] == len(rows)
    vault.lock()
    cache.unlink(missing_ok=True)
    return rows


def _women(vault: UnlockedVault, make: object, count: int = 4) -> list[str]:
    return [
        vault.people.add(make.person(f"Wren {n}"), referral_source="self").id  # type: ignore[attr-defined]
        for n in range(count)
    ]


def test_the_next_unlock_lists_the_caseload_without_opening_a_record(
    manager: UnlockedVault, make: object, reopen: object
) -> None:
    _women(manager, make)
    first = manager.people.visible()
    assert _cache_file(manager).exists()
    manager.lock()
    again = _without_kept_rows(reopen(MANAGER, PASSPHRASE))  # type: ignore[operator]
    assert again.people.visible() == first
    assert sum(again.listing_cache.opened_afresh.values()) == 0


def test_changes_since_are_opened_again_and_match_a_fresh_listing(
    manager: UnlockedVault, make: object, reopen: object
) -> None:
    ash = manager.users.add("ash", Role.KEYWORKER, "velvet orbit lantern")
    people = _women(manager, make)
    manager.people.visible()
    manager.lock()
    boss = _without_kept_rows(reopen(MANAGER, PASSPHRASE))  # type: ignore[operator]
    renamed = boss.people.get(people[0])
    boss.people.update(
        people[0],
        replace(renamed.details, preferred_name="Juniper", pronouns=Answer.of("they/them")),
        expected_version=renamed.version,
    )
    [case] = boss.cases.for_person(people[1])
    boss.cases.assign(case.id, (ash.id,))
    [closing] = boss.cases.for_person(people[2])
    boss.cases.close_case(closing.id, closing_summary="Moved away.", closed_on=date(2026, 1, 5))
    boss.people.delete(people[3], "Added twice by mistake; the other record is kept.")
    boss.people.add(make.person("Marigold"), referral_source="self")  # type: ignore[attr-defined]
    boss.lock()
    for who in ((MANAGER, PASSPHRASE), ("ash", "velvet orbit lantern")):
        through_cache = _without_kept_rows(reopen(*who))  # type: ignore[operator]
        cached_rows = through_cache.people.visible()
        through_cache.lock()
        assert cached_rows == _listed_by_opening_everything(reopen, who), who
    keyworker = _without_kept_rows(reopen("ash", "velvet orbit lantern"))  # type: ignore[operator]
    keyworker.people.visible()
    assert (
        keyworker.listing_cache.opened_afresh["people"] == 1
    )  # her first listing fills her own cache
    keyworker.lock()
    keyworker = _without_kept_rows(reopen("ash", "velvet orbit lantern"))  # type: ignore[operator]
    assert [row.id for row in keyworker.people.visible()] == [people[1]]
    assert sum(keyworker.listing_cache.opened_afresh.values()) == 0


def test_no_word_of_the_cache_is_on_disk_in_the_clear(manager: UnlockedVault, make: object) -> None:
    person = manager.people.add(make.person("Zinniacanary"), referral_source="self")  # type: ignore[attr-defined]
    manager.people.visible()
    sealed = _cache_file(manager).read_bytes()
    for secret in ("Zinniacanary", "she/her", person.id):
        assert secret.encode() not in sealed
        assert secret.encode("utf-16-le") not in sealed


def test_a_damaged_or_borrowed_cache_is_ignored_not_believed(
    manager: UnlockedVault, make: object, reopen: object
) -> None:
    ash = manager.users.add("ash", Role.KEYWORKER, "velvet orbit lantern")
    nia = manager.people.add(make.person("Nia"), referral_source="self", keyworker_ids=(ash.id,))  # type: ignore[attr-defined]
    _women(manager, make, 2)
    expected = manager.people.visible()
    cache = _cache_file(manager)
    good = cache.read_bytes()
    manager.lock()
    for damage in (
        bytes([good[0] ^ 1]) + good[1:],
        good[: len(good) // 2],
        good[:-1] + bytes([good[-1] ^ 0x80]),
        b"",
    ):
        cache.write_bytes(damage)
        again = _without_kept_rows(reopen(MANAGER, PASSPHRASE))  # type: ignore[operator]
        assert again.people.visible() == expected
        assert again.listing_cache.opened_afresh["people"] == len(expected)
        again.lock()
    keyworker = _without_kept_rows(reopen("ash", "velvet orbit lantern"))  # type: ignore[operator]
    _cache_file(keyworker).write_bytes(good)  # the manager's cache, under her name
    assert [row.id for row in keyworker.people.visible()] == [nia.id]
    assert keyworker.listing_cache.opened_afresh["people"] == 1


def test_a_cache_filled_in_another_language_is_not_used(
    manager: UnlockedVault, make: object, reopen: object
) -> None:
    _women(manager, make, 2)
    manager.people.visible()
    manager.lock()
    previous = i18n.install(lambda text, _dis, _n: f"[cy] {text}", language="cy")
    try:
        again = _without_kept_rows(reopen(MANAGER, PASSPHRASE))  # type: ignore[operator]
        rows = again.people.visible()
        assert again.listing_cache.opened_afresh["people"] == len(rows) == 2
        assert any(row.flags for row in rows)
        assert all(flag.startswith("[cy]") for row in rows for flag in row.flags)
    finally:
        i18n.install(previous)


def test_deleting_her_record_for_good_deletes_the_cache(
    manager: UnlockedVault, make: object
) -> None:
    person = manager.people.add(make.person("Zinnia"), referral_source="self")  # type: ignore[attr-defined]
    manager.people.visible()
    assert _cache_file(manager).exists()
    [case] = manager.cases.for_person(person.id)
    manager.cases.close_case(case.id, closing_summary="Moved away.", closed_on=date(2026, 1, 5))
    manager.retention.purge(
        person.id,
        "Her request under data protection law, recorded in the file.",
        basis=PurgeBasis.ERASURE,
    )
    assert not _cache_file(manager).exists()
    assert manager.people.visible() == []


def test_listing_from_two_threads_at_once_gives_both_the_same_rows(
    manager: UnlockedVault, make: object
) -> None:
    """The window and the worker can both list the caseload; neither may break the other."""
    from concurrent.futures import ThreadPoolExecutor

    _women(manager, make, 6)
    cache = _cache_file(manager)
    for _round in range(15):  # each round starts cold, so every thread opens and saves
        manager.listing_cache.forget()
        cache.unlink(missing_ok=True)
        _without_kept_rows(manager)
        with ThreadPoolExecutor(max_workers=4) as pool:
            results = list(pool.map(lambda _n: manager.people.visible(), range(4)))
        assert all(rows == results[0] for rows in results)
        assert len(results[0]) == 6
        assert cache.exists()


def test_a_cache_sealed_with_the_shared_items_key_is_not_believed(
    manager: UnlockedVault, make: object, reopen: object
) -> None:
    """A colleague holds the items key but not her user key: what she plants is ignored."""
    import marshal

    from womenscentre.services.listing_cache import FIELD_GROUP, FORMAT, TABLE
    from womenscentre.vault.aead import SealContext

    _women(manager, make, 2)
    real = manager.people.visible()
    cache = _cache_file(manager)
    planted = ("planted-id", "Planted Name", "", "", [])
    forged = marshal.dumps(
        (
            FORMAT,
            manager.user.id,
            i18n.current_language(),
            {"people": {real[0].id: (b"x", planted)}},
        )
    )
    _key_id, sealed = manager.keyring.seal(SealContext(TABLE, manager.user.id, FIELD_GROUP), forged)
    manager.lock()
    cache.write_bytes(sealed)
    again = _without_kept_rows(reopen(MANAGER, PASSPHRASE))  # type: ignore[operator]
    assert again.people.visible() == real
    assert again.listing_cache.opened_afresh["people"] == 2
