"""Her consent ledger: versions never overwritten, withdrawal at once, read back to her."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import timedelta

import pytest

from womenscentre.domain.consent import (
    ConsentStatus,
    DataCategory,
    Exclusion,
    PermissionState,
    Purpose,
    Recipient,
    RecipientKind,
    Withdrawal,
    permission,
)
from womenscentre.errors import InvalidInput
from womenscentre.services.access import NeedsBreakGlass
from womenscentre.services.records import EditConflict, RecordDamaged


def test_recording_and_revising_keeps_every_version(centre, kit):
    """An edit is a new version that supersedes the old one; both stay readable."""
    ledger = centre.vault.consent
    first = ledger.record(
        centre.person_id, kit.consent(kit.GP, categories={DataCategory.PHYSICAL_HEALTH})
    )
    assert first.number == 1 and first.consent.supersedes is None
    wider = kit.consent(
        kit.GP, categories={DataCategory.PHYSICAL_HEALTH, DataCategory.MENTAL_HEALTH}
    )
    second = ledger.revise(first.consent.id, wider)
    assert second.number == 2 and second.consent.supersedes == first.consent.id
    assert second.chain_id == first.chain_id
    [current] = ledger.ledger(centre.person_id)
    assert current.consent.id == second.consent.id
    history = ledger.history(first.consent.id)
    assert [e.consent.status for e in history] == [ConsentStatus.SUPERSEDED, ConsentStatus.ACTIVE]
    assert history[0].consent.categories == frozenset({DataCategory.PHYSICAL_HEALTH})
    with pytest.raises(EditConflict):
        ledger.revise(first.consent.id, wider)  # only the latest version can be changed


def test_withdrawal_takes_effect_at_once(centre, kit):
    ledger = centre.vault.consent
    entry = ledger.record(
        centre.person_id, kit.consent(kit.MH, categories={DataCategory.MENTAL_HEALTH})
    )

    def state():
        return permission(
            [e.consent for e in ledger.ledger(centre.person_id)],
            recipient=kit.MH,
            purpose=Purpose.REFERRAL,
            category=DataCategory.MENTAL_HEALTH,
            today=kit.TODAY,
        ).state

    assert state() is PermissionState.PERMITTED
    withdrawn = ledger.withdraw(
        entry.consent.id,
        Withdrawal(kit.TODAY, "Told her keyworker in person", ("Community mental health team",)),
        cannot_be_undone="A letter sent last month can't be taken back.",
    )
    assert withdrawn.consent.status is ConsentStatus.WITHDRAWN
    assert state() is PermissionState.WITHDRAWN
    with pytest.raises(InvalidInput, match="already been withdrawn"):
        ledger.withdraw(withdrawn.consent.id, Withdrawal(kit.TODAY, "again"))


def test_a_withdrawal_cannot_be_dated_in_the_future_or_left_unexplained(centre, kit):
    ledger = centre.vault.consent
    entry = ledger.record(centre.person_id, kit.consent(kit.GP, categories={DataCategory.ADDRESS}))
    with pytest.raises(InvalidInput, match="future"):
        ledger.withdraw(entry.consent.id, Withdrawal(kit.TODAY + timedelta(days=3), "by phone"))
    with pytest.raises(InvalidInput, match="how she told us"):
        ledger.withdraw(entry.consent.id, Withdrawal(kit.TODAY, "  "))


def test_all_agencies_is_never_a_recipient(centre, kit):
    broad = Recipient(RecipientKind.GP, "All agencies", "Anyone")
    with pytest.raises(InvalidInput, match="name each organisation"):
        centre.vault.consent.record(
            centre.person_id, kit.consent(broad, categories={DataCategory.ADDRESS})
        )


def test_the_ledger_is_sealed_and_a_changed_status_is_refused(centre, kit):
    """Recipients and categories are never in the clear; editing the status column fails."""
    ledger = centre.vault.consent
    entry = ledger.record(
        centre.person_id, kit.consent(kit.GP, categories={DataCategory.MENTAL_HEALTH})
    )
    ledger.withdraw(entry.consent.id, Withdrawal(kit.TODAY, "by phone"))
    db = centre.vault.paths.database
    raw = db.read_bytes()
    assert b"Harbour Lane" not in raw and b"mental_health" not in raw
    with closing(sqlite3.connect(db)) as con:
        con.execute("UPDATE consents SET status = 'active' WHERE status = 'withdrawn'")
        con.commit()
    with pytest.raises(RecordDamaged):
        ledger.ledger(centre.person_id)


def test_a_keyworker_sees_only_her_own_womens_ledgers(centre, kit, reopen, make):
    other = centre.vault.people.add(make.person("Mae"), referral_source="self")
    centre.vault.lock()
    ash = reopen(kit.KEYWORKER, kit.KEYWORKER_PASSPHRASE)
    ash.consent.record(centre.person_id, kit.consent(kit.GP, categories={DataCategory.ADDRESS}))
    with pytest.raises(NeedsBreakGlass):
        ash.consent.ledger(other.id)


def test_read_back_speaks_to_her_plainly(centre, kit):
    """ "What you agreed" names who, what, what for, what never, and how to change her mind."""
    ledger = centre.vault.consent
    ledger.record(
        centre.person_id,
        kit.consent(
            kit.GP,
            categories={DataCategory.PHYSICAL_HEALTH, DataCategory.SAFE_CONTACT},
            exclusions=(Exclusion(DataCategory.ADDRESS, None, "new address"),),
            ask_each_time=True,
            extra={"her_words": "Only the nurse, please.", "conditions": "Text me first."},
        ),
    )
    gone = ledger.record(
        centre.person_id, kit.consent(kit.PROBATION, categories={DataCategory.JUSTICE_STATUS})
    )
    ledger.withdraw(gone.consent.id, Withdrawal(kit.TODAY, "by phone", ("Probation",)))
    copy = ledger.read_back(centre.person_id, centre_name="Fictional Women's Centre")
    text = copy.plain_text()
    for expected in (
        "What you agreed about sharing your information",
        "Practice nurse, Harbour Lane Surgery",
        "your physical health",
        "the safe ways to contact you",
        "to refer you for support",
        "Your address: never shared with anyone",
        "We'll ask you first, every time.",
        "Only the nurse, please.",
        "Text me first.",
        "Where you changed your mind",
        "Nothing more is shared under it.",
        "You can change your mind about any of this at any time",
    ):
        assert expected in text, expected
    assert "she" not in text.lower().split()  # it speaks to her, not about her


def test_read_back_with_nothing_agreed(centre):
    text = centre.vault.consent.read_back(centre.person_id).plain_text()
    assert "You haven't agreed to us sharing your information with anyone." in text


def test_the_read_back_can_be_printed_as_a_document(centre, kit):
    from womenscentre.exports.document import from_her_copy

    centre.vault.consent.record(
        centre.person_id, kit.consent(kit.GP, categories={DataCategory.SAFE_CONTACT})
    )
    copy = centre.vault.consent.read_back(centre.person_id, centre_name="Fictional Centre")
    document = from_her_copy(copy)
    text = kit.pdf_text(kit.text_pdf(document))
    assert "What you agreed about sharing your information" in text
    assert "Fictional Centre" in text
    assert "the safe ways to contact you" in text
