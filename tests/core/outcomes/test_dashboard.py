"""The manager's dashboard over a small fictional centre, computed on demand."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import timedelta

import pytest

from womenscentre.domain.answers import Answer
from womenscentre.domain.consent import (
    ConsentToShare,
    DataCategory,
    Direction,
    Purpose,
    Recipient,
    RecipientKind,
)
from womenscentre.domain.outcomes import Occasion, Ons4Question
from womenscentre.domain.plans import PlanDraft
from womenscentre.domain.risk import RiskDetails
from womenscentre.domain.users import Role
from womenscentre.errors import NotPermitted

MANAGER_PASSPHRASE = "plum kettle harbour"
KEYWORKER = "ash"
KEYWORKER_PASSPHRASE = "velvet orbit lantern"
GP = Recipient(RecipientKind.GP, "Harbour Lane Surgery", "Practice nurse")


def agreement(today, *, review_in: int, expires_in: int) -> ConsentToShare:
    return ConsentToShare(
        "",
        0,
        frozenset({DataCategory.SAFE_CONTACT, DataCategory.SESSION_SUMMARY}),
        (GP,),
        frozenset({Purpose.REFERRAL}),
        Direction.WE_SEND,
        "Written",
        "Privacy notice v1",
        True,
        False,
        today - timedelta(days=1),
        today + timedelta(days=review_in),
        today + timedelta(days=expires_in),
    )


def risk_details(today, *, review_in: int | None) -> RiskDetails:
    review = None if review_in is None else today + timedelta(days=review_in)
    return RiskDetails(today, "morgan", True, True, score=4, next_review=review)


@pytest.fixture
def centre(manager, make, tmp_path):
    today = manager.clock.now().date()
    ash = manager.users.add(KEYWORKER, Role.KEYWORKER, KEYWORKER_PASSPHRASE)
    both = (ash.id, manager.user.id)
    rosa = manager.people.add(make.person("Rosa"), referral_source="self", keyworker_ids=both)
    nia = manager.people.add(make.person("Nia"), referral_source="self", keyworker_ids=(ash.id,))
    bea = manager.people.add(make.person("Bea"), referral_source="GP")
    [bea_case] = manager.cases.for_person(bea.id)
    manager.cases.close_case(bea_case.id, closing_summary="Moved away, doing well")
    manager.retention.hold_until(bea.id, today, "Agreed review date has come round")

    manager.plans.create(
        rosa.id, "domestic-abuse", PlanDraft(review_date=today + timedelta(days=3))
    )
    manager.plans.create(
        nia.id, "domestic-abuse", PlanDraft(review_date=today + timedelta(days=60))
    )

    # Risk records: Nia's is due in 4 days; Rosa's later date and Bea's closed case aren't.
    nia_risk = manager.risk.record(nia.id, risk_details(today, review_in=4))
    manager.risk.record(rosa.id, risk_details(today, review_in=90))
    manager.risk.record(rosa.id, risk_details(today, review_in=None))

    manager.consent.record(rosa.id, agreement(today, review_in=5, expires_in=10))
    manager.consent.record(nia.id, agreement(today, review_in=7, expires_in=200))
    manager.consent.record(nia.id, agreement(today, review_in=90, expires_in=200))  # not due

    flow = manager.referrals.start(rosa.id, RecipientKind.GP, Purpose.REFERRAL)
    flow.set_answer("what-she-would-like", "words", "Support with her health.")
    flow.preview()
    manager.referrals.step_up(flow, MANAGER_PASSPHRASE)
    out = tmp_path / "exports-out"
    out.mkdir()
    manager.referrals.export(
        flow, out, lambda _doc: b"%PDF-1.4 test", rationale="She asked for this referral."
    )
    manager.outcomes.record_wellbeing(
        nia.id, today, Occasion.INTAKE, {Ons4Question.WORTHWHILE: Answer.of(6)}
    )
    return {"rosa": rosa.id, "nia": nia.id, "bea": bea.id, "ash": ash.id, "nia_risk": nia_risk.id}


def test_the_dashboard_brings_together_what_needs_attention(manager, centre):
    board = manager.dashboard.build()
    today = manager.clock.now().date()
    assert board.as_of == today
    loads = {k.username: k.open_cases for k in board.caseload}
    assert loads == {"morgan": 1, "ash": 2}
    assert (board.open_cases, board.closed_cases) == (2, 1)
    assert board.open_cases_without_keyworker == 0

    assert [(d.person_id, d.review_date) for d in board.plan_reviews_due] == [
        (centre["rosa"], today + timedelta(days=3))
    ]
    assert [(d.record_id, d.review_date, d.overdue) for d in board.risk_reviews_due] == [
        (centre["nia_risk"], today + timedelta(days=4), False)
    ]
    consent = {(d.person_id, d.expiry, d.due_on) for d in board.consent_due}
    assert consent == {
        (centre["rosa"], True, today + timedelta(days=10)),
        (centre["nia"], False, today + timedelta(days=7)),
    }
    assert board.referrals_by_kind[RecipientKind.GP] == 1
    assert sum(board.referrals_by_kind.values()) == 1
    assert [(w.person_id, w.due.occasion) for w in board.wellbeing_due] == [
        (centre["rosa"], Occasion.INTAKE)
    ]
    assert board.backup is not None and board.backup.last_backup is None
    assert [d.person_id for d in board.retention_due] == [centre["bea"]]


def test_removing_a_keyworker_shows_open_cases_without_one(manager, centre):
    manager.users.remove(centre["ash"], "Moved to another centre")
    board = manager.dashboard.build()
    assert board.open_cases_without_keyworker == 1  # Nia's case had only Ash
    assert {k.username for k in board.caseload} == {"morgan"}


def test_a_withdrawn_agreement_is_no_longer_due(manager, centre):
    from womenscentre.domain.consent import Withdrawal

    today = manager.clock.now().date()
    [entry] = manager.consent.ledger(centre["rosa"])
    manager.consent.withdraw(entry.consent.id, Withdrawal(today, "By phone"))
    board = manager.dashboard.build()
    assert centre["rosa"] not in {d.person_id for d in board.consent_due}


def test_nothing_from_the_dashboard_is_stored(manager, centre):
    with closing(sqlite3.connect(manager.paths.database)) as con:
        before = {
            name: con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    manager.dashboard.build()
    with closing(sqlite3.connect(manager.paths.database)) as con:
        after = {
            name: con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in before
        }
    changed = {name for name in before if before[name] != after[name]}
    assert changed == {"audit_log"}  # one entry saying the dashboard was looked at
    assert after["audit_log"] == before["audit_log"] + 1


def test_only_managers_see_the_dashboard(manager, centre, reopen):
    manager.lock()
    ash = reopen(KEYWORKER, KEYWORKER_PASSPHRASE)
    with pytest.raises(NotPermitted):
        ash.dashboard.build()


def test_referrals_outside_the_window_are_not_counted(manager, centre):
    later = manager.clock.now().date() + timedelta(days=1)
    assert manager.dashboard.build(referrals_since=later).referrals_by_kind[RecipientKind.GP] == 0


def test_a_damaged_record_does_not_stop_the_dashboard(manager, centre, reopen):
    db = manager.paths.database
    manager.lock()
    with closing(sqlite3.connect(db)) as con:
        for table in ("outcomes", "consents"):
            [(record_id, blob)] = con.execute(
                f"SELECT id, sealed FROM {table} WHERE person_id = ? LIMIT 1", (centre["nia"],)
            ).fetchall()
            flipped = bytearray(blob)
            flipped[len(flipped) // 2] ^= 0x01
            con.execute(f"UPDATE {table} SET sealed = ? WHERE id = ?", (bytes(flipped), record_id))
        con.commit()
    vault = reopen("morgan", MANAGER_PASSPHRASE)
    board = vault.dashboard.build()
    assert {d.person_id for d in board.consent_due} == {centre["rosa"]}
    assert [w.person_id for w in board.wellbeing_due] == [centre["rosa"]]
    assert vault.outcomes.for_statistics() == []
    with closing(sqlite3.connect(db)) as con:
        actions = [a for (a,) in con.execute("SELECT action FROM audit_log")]
    assert "record_damaged" in actions
