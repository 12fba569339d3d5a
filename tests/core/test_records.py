"""People, cases, notes and access: the case-records core behaves as a centre expects."""

from __future__ import annotations

import pytest

from womenscentre.domain.answers import Answer, AnswerStatus
from womenscentre.domain.notes import NoteStatus
from womenscentre.domain.users import Role
from womenscentre.errors import InvalidInput, NotPermitted
from womenscentre.services.access import NeedsBreakGlass
from womenscentre.services.records import EditConflict

KW_PASS = "velvet orbit lantern"


def test_added_person_opens_with_every_field_intact(manager, make):
    """What goes in comes back out, including 'chose not to answer' answers."""
    details = make.person("Rosa")
    person = manager.people.add(details, referral_source="GP surgery")
    assert manager.people.get(person.id).details == details
    assert manager.people.get(person.id).details.interpreter.status is AnswerStatus.DECLINED
    assert manager.people.get(person.id).details.access_needs.display().startswith("Not asked")


def test_safe_contact_banner_reads_plainly(manager, make):
    person = manager.people.add(make.person("Rosa"), referral_source="self")
    [summary] = manager.people.visible()
    assert summary.id == person.id
    assert summary.safe_contact == "Text only, after 6pm. No voicemail."


def test_answer_must_match_its_status():
    with pytest.raises(ValueError):
        Answer(AnswerStatus.DECLINED, "something")


def test_keyworker_sees_only_her_caseload_and_break_glass_is_audited(manager, make, reopen):
    keyworker = manager.users.add("ash", Role.KEYWORKER, KW_PASS)
    hers = manager.people.add(
        make.person("Nia"), referral_source="self", keyworker_ids=(keyworker.id,)
    )
    other = manager.people.add(make.person("Bea"), referral_source="self")
    manager.lock()
    ash = reopen("ash", KW_PASS)
    assert [s.id for s in ash.people.visible()] == [hers.id]
    assert ash.people.get(hers.id).preferred_name == "Nia"
    with pytest.raises(NeedsBreakGlass):
        ash.people.get(other.id)
    with pytest.raises(InvalidInput):
        ash.access.break_glass(other.id, "short")
    ash.access.break_glass(other.id, "Covering for Morgan on the duty line")
    assert ash.people.get(other.id).preferred_name == "Bea"
    ash.lock()
    ash_again = reopen("ash", KW_PASS)
    with pytest.raises(NeedsBreakGlass):
        ash_again.people.get(other.id)


def test_note_is_draft_until_finalised_then_only_addenda(manager, make):
    person = manager.people.add(make.person(), referral_source="self")
    [case] = manager.cases.for_person(person.id)
    note = manager.notes.start(case.id, make.note("First draft."))
    assert note.status is NoteStatus.DRAFT
    note = manager.notes.save_draft(
        note.id, make.note("Second draft."), expected_version=note.version
    )
    assert manager.notes.get(note.id).content.body == "Second draft."
    final = manager.notes.finalise(note.id, expected_version=note.version)
    assert final.status is NoteStatus.FINAL and final.finalised_at
    with pytest.raises(NotPermitted):
        manager.notes.save_draft(note.id, make.note("Rewrite"), expected_version=final.version)
    addendum = manager.notes.add_addendum(note.id, "Correction: we met for 50 minutes.")
    reread = manager.notes.get(note.id)
    assert reread.content.body == "Second draft."
    assert [a.body for a in reread.addenda] == ["Correction: we met for 50 minutes."]
    assert reread.addenda[0].id == addendum.id


def test_stale_draft_save_is_refused_not_overwritten(manager, make):
    person = manager.people.add(make.person(), referral_source="self")
    [case] = manager.cases.for_person(person.id)
    note = manager.notes.start(case.id, make.note("v1"))
    manager.notes.save_draft(note.id, make.note("v2"), expected_version=note.version)
    with pytest.raises(EditConflict):
        manager.notes.save_draft(note.id, make.note("stale"), expected_version=note.version)
    assert manager.notes.get(note.id).content.body == "v2"


def test_drafts_are_private_to_their_author(manager, make, reopen):
    keyworker = manager.users.add("ash", Role.KEYWORKER, KW_PASS)
    person = manager.people.add(
        make.person(), referral_source="self", keyworker_ids=(keyworker.id, manager.user.id)
    )
    [case] = manager.cases.for_person(person.id)
    draft = manager.notes.start(case.id, make.note("Morgan's unfinished note"))
    manager.lock()
    ash = reopen("ash", KW_PASS)
    assert ash.notes.for_person(person.id) == []
    with pytest.raises(NotPermitted):
        ash.notes.get(draft.id)


def test_closing_a_case_keeps_it_and_records_the_date(manager, make, clock):
    person = manager.people.add(make.person(), referral_source="self")
    [case] = manager.cases.for_person(person.id)
    closed = manager.cases.close_case(case.id, closing_summary="Moved to a new area, doing well")
    assert closed.status.value == "closed"
    assert closed.details.closed_on == clock.now().date().isoformat()
    with pytest.raises(InvalidInput):
        manager.cases.close_case(case.id, closing_summary="again")


def test_trainer_cannot_open_live_records(manager, make, reopen):
    manager.users.add("tutor", Role.TRAINER, "quiet paper lighthouse")
    manager.people.add(make.person(), referral_source="self")
    manager.lock()
    trainer = reopen("tutor", "quiet paper lighthouse")
    with pytest.raises(NotPermitted):
        trainer.people.visible()


def test_only_managers_add_users(manager, reopen):
    manager.users.add("ash", Role.KEYWORKER, KW_PASS)
    manager.lock()
    ash = reopen("ash", KW_PASS)
    with pytest.raises(NotPermitted):
        ash.users.add("kit", Role.KEYWORKER, "another long passphrase")


def test_forged_training_flag_does_not_open_live_records_to_trainers(manager, make, reopen):
    """Setting meta.training=1 by editing the file must not widen a trainer's access."""
    import sqlite3

    manager.users.add("tutor", Role.TRAINER, "quiet paper lighthouse")
    manager.people.add(make.person(), referral_source="self")
    paths = manager.paths
    manager.lock()
    with sqlite3.connect(paths.database) as db:
        db.execute("UPDATE meta SET value='1' WHERE key='training'")
    trainer = reopen("tutor", "quiet paper lighthouse")
    assert not trainer.is_training_vault
    with pytest.raises(NotPermitted):
        trainer.people.visible()


def test_trainer_sees_the_fictional_people_of_a_training_vault(tmp_path, clock, make):
    from womenscentre.paths import VaultPaths
    from womenscentre.services.lifecycle import create_vault, unlock
    from womenscentre.vault.kdf import INSECURE_TEST_POLICY

    paths = VaultPaths.for_dir(tmp_path / "training")
    created = create_vault(
        paths, "lead", "amber candle river", clock=clock, policy=INSECURE_TEST_POLICY, training=True
    )
    created.vault.users.add("tutor", Role.TRAINER, "quiet paper lighthouse")
    created.vault.people.add(make.person("Fictional Fern"), referral_source="self")
    created.vault.lock()
    trainer = unlock(
        paths, "tutor", "quiet paper lighthouse", clock=clock, policy=INSECURE_TEST_POLICY
    )
    try:
        assert trainer.is_training_vault
        assert [p.preferred_name for p in trainer.people.visible()] == ["Fictional Fern"]
    finally:
        trainer.lock()


def test_a_reference_finds_one_record_without_opening_it(manager, make):
    person = manager.people.add(make.person(), referral_source="self")
    reference = person.id.replace("-", "")[:8].upper()
    assert manager.people.resolve_reference(reference) == person.id
    assert manager.people.resolve_reference("abc") is None
    assert manager.people.resolve_reference("ffffffffffff") in (None, person.id)


def test_caseload_shows_last_contact_next_review_and_flags(manager, make):
    from datetime import date

    from womenscentre.domain.answers import Answer

    person = manager.people.add(
        make.person("Rosa", interpreter=Answer.of("Portuguese")), referral_source="self"
    )
    [case] = manager.cases.for_person(person.id)
    for day in ("2026-01-05", "2026-02-10", "2026-01-20"):
        note = manager.notes.start(case.id, make.note("We met."))
        note = manager.notes.save_draft(
            note.id,
            type(note.content)(day, 30, note.content.session_type, note.content.contact_mode,
                               "We met."),
            expected_version=note.version,
        )  # fmt: skip
        manager.notes.finalise(note.id, expected_version=note.version)
    [summary] = manager.people.visible()
    assert summary.last_contact == "2026-02-10"
    assert "Interpreter: Portuguese" in summary.flags and "No voicemail" in summary.flags
    from womenscentre.domain.plans import PlanDraft

    manager.plans.create(person.id, "tech-and-stalking", PlanDraft(review_date=date(2026, 3, 1)))
    manager.plans.create(person.id, "drugs-and-alcohol", PlanDraft(review_date=date(2026, 2, 1)))
    [summary] = manager.people.visible()
    assert summary.next_review == "2026-02-01"


def test_an_addendum_draft_survives_a_lock_and_becomes_the_addendum(manager, make, reopen):
    """Typed addendum text is sealed as a draft, hidden from the note, then finalised."""
    person = manager.people.add(make.person(), referral_source="self")
    [case] = manager.cases.for_person(person.id)
    note = manager.notes.start(case.id, make.note("We met at the library."))
    note = manager.notes.finalise(note.id, expected_version=note.version)
    draft_id = manager.notes.save_addendum_draft(note.id, "Correction: we met at")
    draft_id = manager.notes.save_addendum_draft(
        note.id, "Correction: we met at the café.", draft_id=draft_id
    )
    assert manager.notes.get(note.id).addenda == ()
    manager.lock()
    vault = reopen("morgan", "plum kettle harbour")
    assert vault.notes.my_addendum_drafts() == [
        (draft_id, note.id, "Correction: we met at the café.")
    ]
    vault.notes.add_addendum(note.id, "Correction: we met at the café.", draft_id=draft_id)
    assert [a.body for a in vault.notes.get(note.id).addenda] == ["Correction: we met at the café."]
    assert vault.notes.my_addendum_drafts() == []


def test_her_preferred_terms_are_kept_with_her_record(manager, make):
    details = make.person("Rosa", preferred_terms=("survivor",))
    person = manager.people.add(details, referral_source="self")
    assert manager.people.get(person.id).details.preferred_terms == ("survivor",)


def test_an_interpreter_answer_of_no_is_not_flagged(make):
    from womenscentre.domain.answers import Answer
    from womenscentre.services.people import flags_for

    assert "Interpreter: Polish" in flags_for(make.person(interpreter=Answer.of("Polish")))
    for answer in ("No, thank you", "not needed", "None"):
        flags = flags_for(make.person(interpreter=Answer.of(answer)))
        assert not any(f.startswith("Interpreter") for f in flags), answer
