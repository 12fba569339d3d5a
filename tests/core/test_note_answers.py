"""A note's prompt-set answers: sealed with it, kept when finalised, read back, told once."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from sqlalchemy import select

from womenscentre.domain.answers import Answer, AnswerStatus
from womenscentre.domain.notes import NoteContent, NoteStatus, PromptSetRef, SessionType
from womenscentre.errors import InvalidInput
from womenscentre.services import records
from womenscentre.store.models import SessionNoteRow
from womenscentre.templates.session_answers import (
    known_before,
    recorded_summary,
    recorded_text,
)

GOAL_CANARY = "CANARY-goal-a-flat-of-her-own"


def one_to_one(manager, make, body="We talked about the flat.", **answers):
    prompt_set = manager.plans.library.prompt_set(SessionType.ONE_TO_ONE)
    return replace(
        make.note(body),
        prompt_set=PromptSetRef(prompt_set.id, prompt_set.version),
        answers=answers,
    )


@pytest.fixture
def case_id(manager, make):
    person = manager.people.add(make.person(), referral_source="self")
    [case] = manager.cases.for_person(person.id)
    return case.id


def test_answers_are_sealed_with_the_note_and_kept_when_finalised(manager, make, case_id):
    content = one_to_one(
        manager,
        make,
        goal_focus=Answer.of(GOAL_CANARY),
        where_now=Answer.of(6),
        pause_signal=Answer.declined(),
        plan_changes=Answer.not_asked(),
    )
    draft = manager.notes.start(case_id, content)
    assert manager.notes.get(draft.id).content == content
    final = manager.notes.finalise(draft.id, expected_version=draft.version)
    reread = manager.notes.get(final.id)
    assert reread.status is NoteStatus.FINAL
    assert reread.content.prompt_set == PromptSetRef("one-to-one", 1)
    assert reread.content.answers["goal_focus"] == Answer.of(GOAL_CANARY)
    assert reread.content.answers["pause_signal"].status is AnswerStatus.DECLINED
    assert reread.content.answers["plan_changes"].status is AnswerStatus.NOT_ASKED
    database = manager.paths.database
    stored = b"".join(
        p.read_bytes() for p in database.parent.glob(database.name + "*") if p.is_file()
    )
    assert stored and GOAL_CANARY.encode() not in stored


def test_a_note_sealed_before_prompt_sets_still_opens(manager, make, case_id):
    """The old shape had no prompt set and no answers; it opens, and is written the same."""
    old_shape = {
        "session_date": "2026-01-05",
        "duration_minutes": 45,
        "session_type": "one_to_one",
        "contact_mode": "in_person",
        "body": "Written last year.",
    }
    content = NoteContent.from_json(old_shape)
    assert content.prompt_set is None and dict(content.answers) == {}
    assert content.to_json() == old_shape
    note = manager.notes.start(case_id, make.note("placeholder"))
    with manager.write() as session:  # seal the old shape exactly as an old version did
        row = session.get(SessionNoteRow, note.id)
        records.seal_into(
            manager, row, "session_notes", {"content": old_shape, "finalised_at": None}
        )
    reopened = manager.notes.get(note.id)
    assert reopened.content.body == "Written last year." and not reopened.content.answers


def test_guidance_and_example_questions_are_never_saved(manager, make, case_id):
    prompt_set = manager.plans.library.prompt_set(SessionType.ONE_TO_ONE)
    content = one_to_one(manager, make, goal_focus=Answer.of("Back to college"))
    note = manager.notes.start(case_id, content)
    with manager.read() as session:
        row = session.scalars(select(SessionNoteRow).where(SessionNoteRow.id == note.id)).one()
        sealed = json.dumps(records.open_row(manager, row, "session_notes"))
    for section in prompt_set.sections:
        for words in (section.guidance.why, section.guidance.avoid, *section.questions):
            assert words not in sealed
    assert set(json.loads(sealed)["content"]) == {
        "session_date",
        "duration_minutes",
        "session_type",
        "contact_mode",
        "body",
        "prompt_set",
        "answers",
    }


def test_an_answer_that_does_not_fit_is_refused_and_nothing_changes(manager, make, case_id):
    note = manager.notes.start(case_id, one_to_one(manager, make, where_now=Answer.of(4)))
    with pytest.raises(InvalidInput, match="from 0 to 10"):
        manager.notes.save_draft(
            note.id,
            one_to_one(manager, make, where_now=Answer.of(99)),
            expected_version=note.version,
        )
    assert manager.notes.get(note.id).content.answers["where_now"] == Answer.of(4)


def test_nothing_recorded_is_not_stored_and_answers_need_their_set(make):
    with pytest.raises(ValueError):
        replace(make.note(), prompt_set=PromptSetRef("one-to-one", 1), answers={"x": Answer()})
    with pytest.raises(ValueError):
        replace(make.note(), answers={"goal_focus": Answer.of("x")})


def test_answers_alone_can_be_finalised_but_an_empty_note_cannot(manager, make, case_id):
    answered = manager.notes.start(
        case_id, one_to_one(manager, make, body="", small_step=Answer.of("Ring the college"))
    )
    final = manager.notes.finalise(answered.id, expected_version=answered.version)
    assert final.status is NoteStatus.FINAL
    empty = manager.notes.start(case_id, one_to_one(manager, make, body="  "))
    with pytest.raises(InvalidInput, match="empty"):
        manager.notes.finalise(empty.id, expected_version=empty.version)


def test_what_is_already_known_comes_from_earlier_finalised_notes_only(manager, make, case_id):
    library = manager.plans.library
    first = library.prompt_set(SessionType.FIRST_MEETING)
    older = replace(
        make.note("First meeting."),
        session_date="2026-03-03",
        session_type=SessionType.FIRST_MEETING,
        prompt_set=PromptSetRef(first.id, first.version),
        answers={
            "her_priorities": Answer.of(["A flat of my own", "Seeing my sister"]),
            "never_contact": Answer.declined(),
            "safe_to_talk": Answer.of("yes"),
        },
    )
    note = manager.notes.start(case_id, older)
    manager.notes.finalise(note.id, expected_version=note.version)
    newer = one_to_one(manager, make, goal_focus=Answer.of("College in September"))
    newer = replace(newer, session_date="2026-03-10")
    note = manager.notes.start(case_id, newer)
    manager.notes.finalise(note.id, expected_version=note.version)
    draft = manager.notes.start(
        case_id, one_to_one(manager, make, goal_focus=Answer.of("Only in a draft"))
    )
    person_id = draft.person_id

    known = known_before(
        library.prompt_sets.values(), manager.notes.for_person(person_id), exclude=draft.id
    )
    assert known["her_priorities"].text == "A flat of my own; Seeing my sister"
    assert known["her_priorities"].when == "3 March 2026"
    assert known["never_contact"].text == "She chose not to answer"
    assert known["goal_focus"].text == "College in September"  # the draft never counts
    assert "safe_to_talk" not in known, "asked afresh every session, never carried"


def test_answers_read_back_by_section_and_are_searchable(manager, make, case_id):
    content = one_to_one(
        manager,
        make,
        body="Short session.",
        where_now=Answer.of(7),
        plan_reviewed=Answer.of("unsure"),
        pause_signal=Answer.not_asked(),
        actions=Answer.of([{"task": "Call the housing office", "who": "Ash"}]),
    )
    note = manager.notes.start(case_id, content)
    text = recorded_text(manager.plans.library.prompt_sets.values(), content)
    assert "Her signal for a pause: Not asked: not safe or right to ask now" in text
    assert "Where she puts it today, from 0 to 10: 7 out of 10" in text
    assert "Safety plan looked at today: Not sure yet" in text
    assert "What: Call the housing office, Who: Ash" in text
    assert text.index("Is now a good time?") < text.index("Who is doing what")
    assert recorded_summary(content) == "3 answered, 1 not asked"
    assert recorded_summary(make.note()) == "None"
    manager.search.build()
    hits = manager.search.query("housing office")
    assert [h.note_id for h in hits] == [note.id]
