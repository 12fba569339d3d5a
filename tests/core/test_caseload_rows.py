"""The caseload rows kept whole: an unlock opens only the women whose records changed.

Each check compares what is listed through the kept rows with a listing made the long way
(every record opened, through ``People._listed_afresh``), after each kind of change.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from womenscentre.domain.users import Role
from womenscentre.services import caseload_rows
from womenscentre.services.people import PersonSummary
from womenscentre.services.unlocked import UnlockedVault

MANAGER, PASSPHRASE = "morgan", "plum kettle harbour"


def _rows_file(vault: UnlockedVault):  # type: ignore[no-untyped-def]
    return vault.paths.sealed_caches / f"{vault.user.id}.rows"


def _women(vault: UnlockedVault, make: object, count: int = 4) -> list[str]:
    return [
        vault.people.add(make.person(f"Wren {n}"), referral_source="self").id  # type: ignore[attr-defined]
        for n in range(count)
    ]


def _listed_by_opening_everything(
    reopen: object, who: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> list[PersonSummary]:
    """The slow, sure answer: no caches, every record opened through the bulk path."""
    vault = reopen(*who)  # type: ignore[operator]
    folder = vault.paths.sealed_caches
    for path in folder.glob(f"{vault.user.id}.*"):
        path.unlink()
    with monkeypatch.context() as patched:
        patched.setattr(caseload_rows, "MOST_TO_OPEN_ONE_BY_ONE", -1)
        rows = vault.people.visible()
    vault.lock()
    for path in folder.glob("*"):
        path.unlink()
    return rows


def test_an_unlock_with_nothing_changed_lists_the_kept_rows_without_opening_a_case(
    manager: UnlockedVault, make: object, reopen: object
) -> None:
    _women(manager, make, 3)
    first = manager.people.visible()
    manager.lock()
    again = reopen(MANAGER, PASSPHRASE)  # type: ignore[operator]
    assert again.people.visible() == first
    assert again.cases._cache is None  # not one case was opened
    assert sum(again.listing_cache.opened_afresh.values()) == 0


def test_every_kind_of_change_lists_the_caseload_afresh_and_right(
    manager: UnlockedVault, make: object, reopen: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After each change the kept rows are passed over, and what is listed instead is
    exactly what opening every record gives."""
    from womenscentre.domain.plans import PlanDraft

    ash = manager.users.add("ash", Role.KEYWORKER, "velvet orbit lantern")
    people = _women(manager, make, 4)
    plan = manager.plans.create(people[0], "domestic-abuse", PlanDraft())
    manager.people.visible()
    manager.lock()

    def rename(vault: UnlockedVault) -> None:
        person = vault.people.get(people[0])
        vault.people.update(
            people[0],
            replace(person.details, preferred_name="Juniper"),
            expected_version=person.version,
        )

    def close(vault: UnlockedVault) -> None:
        [case] = vault.cases.for_person(people[1])
        vault.cases.close_case(case.id, closing_summary="Moved away.", closed_on=date(2026, 1, 5))

    def assign(vault: UnlockedVault) -> None:
        [case] = vault.cases.for_person(people[2])
        vault.cases.assign(case.id, (ash.id,))

    def review(vault: UnlockedVault) -> None:
        current = vault.plans.get(plan.id)
        vault.plans.save(
            plan.id,
            PlanDraft(review_date=date(2026, 6, 30)),
            expected_version=current.record_version,
        )

    def delete(vault: UnlockedVault) -> None:
        vault.people.delete(people[3], "Added twice by mistake; the other record is kept.")

    def add(vault: UnlockedVault) -> None:
        vault.people.add(make.person("Marigold"), referral_source="self")  # type: ignore[attr-defined]

    for change in (rename, close, assign, review, delete, add):
        boss = reopen(MANAGER, PASSPHRASE)  # type: ignore[operator]
        change(boss)
        boss.lock()
        listed = reopen(MANAGER, PASSPHRASE)  # type: ignore[operator]
        rows = listed.people.visible()
        assert listed.cases._cache is None, change.__name__  # only her records were opened
        listed.lock()
        assert rows == _listed_by_opening_everything(reopen, (MANAGER, PASSPHRASE), monkeypatch)
        boss = reopen(MANAGER, PASSPHRASE)  # type: ignore[operator]
        boss.people.visible()  # keep rows again for the next change
        boss.lock()
    keyworker = reopen("ash", "velvet orbit lantern")  # type: ignore[operator]
    assert [row.id for row in keyworker.people.visible()] == [people[2]]


def test_kept_rows_that_are_damaged_or_planted_are_not_believed(
    manager: UnlockedVault, make: object, reopen: object
) -> None:
    import marshal

    from womenscentre.services import caseload_rows
    from womenscentre.vault.aead import SealContext

    _women(manager, make, 2)
    real = manager.people.visible()
    rows_file = _rows_file(manager)
    good = rows_file.read_bytes()
    inputs = caseload_rows.read_inputs(manager, True)
    victim = real[0].id
    planted = {
        victim: (
            inputs.digest_of(victim),
            (victim, "Planted Name", "", "", [], True, False, None, None, []),
        )
    }
    context = SealContext(caseload_rows.TABLE, manager.user.id, caseload_rows.FIELD_GROUP)
    payload = marshal.dumps((caseload_rows.FORMAT, manager.user.id, inputs.context, planted))
    _key_id, forged = manager.keyring.seal(context, payload)  # the items key a colleague holds
    manager.lock()
    for bad in (forged, good[:-1] + bytes([good[-1] ^ 1]), good[: len(good) // 2], b""):
        rows_file.write_bytes(bad)
        again = reopen(MANAGER, PASSPHRASE)  # type: ignore[operator]
        assert again.people.visible() == real
        again.lock()
