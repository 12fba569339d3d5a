"""Her outcomes: readings kept side by side, skips, goals, ONS4 timing, external measures."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, timedelta

import pytest

from womenscentre.domain.answers import Answer, AnswerStatus
from womenscentre.domain.outcomes import AreaReading, Occasion, Ons4Question
from womenscentre.domain.users import Role
from womenscentre.errors import InvalidInput, NotPermitted
from womenscentre.services.access import NeedsBreakGlass

KEYWORKER = "ash"
KEYWORKER_PASSPHRASE = "velvet orbit lantern"
DAY = 24 * 3600


@pytest.fixture
def woman(manager, make):
    return manager.people.add(make.person("Rosa"), referral_source="self").id


def today(vault) -> date:
    return vault.clock.now().date()


def test_the_eleven_areas_load_with_our_own_point_descriptions(manager):
    areas = manager.outcomes.areas()
    assert [a.title for a in areas][:3] == ["Feeling safe", "A place to live", "Body and health"]
    assert len(areas) == 11
    assert all(len(a.points) == 5 and all(a.points) for a in areas)
    assert areas[0].describe(5) == "This is steady and I'm managing it my way."


def test_the_ons4_questions_come_with_their_ons_citation(manager):
    wording = manager.outcomes.wellbeing_questions()
    assert "Office for National Statistics" in wording.citation
    assert [q.question for q in wording.questions] == list(Ons4Question)
    assert [q.lower_is_better for q in wording.questions] == [False, False, False, True]


def test_a_disagreement_is_kept_and_never_overwritten(manager, woman):
    check_in = manager.outcomes.record_check_in(
        woman,
        today(manager),
        Occasion.INTAKE,
        [
            AreaReading("feeling-safe", Answer.of(2), keyworker=4),
            AreaReading("money", Answer.of(3)),
        ],
    )
    record = manager.outcomes.get(woman)
    [kept] = record.check_ins
    safe = kept.reading_for("feeling-safe")
    assert (safe.hers.value, safe.keyworker, safe.disagreement) == (2, 4, True)

    # The keyworker's view can be added where there was none, beside hers...
    manager.outcomes.add_keyworker_reading(woman, check_in.id, "money", 1)
    money = manager.outcomes.get(woman).check_ins[0].reading_for("money")
    assert (money.hers.value, money.keyworker, money.disagreement) == (3, 1, True)
    # ...but never written over, hers or the keyworker's.
    with pytest.raises(InvalidInput, match="never changed"):
        manager.outcomes.add_keyworker_reading(woman, check_in.id, "feeling-safe", 2)
    after = manager.outcomes.get(woman).check_ins[0].reading_for("feeling-safe")
    assert (after.hers.value, after.keyworker) == (2, 4)

    journey = manager.outcomes.journey(woman)
    safe_series = next(a for a in journey.areas if a.area_id == "feeling-safe")
    [point] = safe_series.points
    assert (point.hers, point.keyworker, point.disagreement) == (2, 4, True)


def test_any_area_can_be_skipped_and_then_no_one_scores_it(manager, woman):
    manager.outcomes.record_check_in(
        woman,
        today(manager),
        Occasion.INTAKE,
        [AreaReading("drink-and-drugs", Answer.declined())],
    )
    reading = manager.outcomes.get(woman).check_ins[0].readings[0]
    assert reading.skipped and reading.hers.status is AnswerStatus.DECLINED
    series = next(
        a for a in manager.outcomes.journey(woman).areas if a.area_id == "drink-and-drugs"
    )
    assert [(p.hers, p.skipped) for p in series.points] == [(None, True)]
    with pytest.raises(InvalidInput, match="chose to skip"):
        manager.outcomes.record_check_in(
            woman,
            today(manager),
            Occasion.REVIEW,
            [AreaReading("drink-and-drugs", Answer.declined(), keyworker=2)],
        )


@pytest.mark.parametrize(
    "reading",
    [
        AreaReading("feeling-safe", Answer.of(6)),
        AreaReading("feeling-safe", Answer.of(0)),
        AreaReading("feeling-safe", Answer.of(3), keyworker=9),
        AreaReading("feeling-safe", Answer()),
        AreaReading("not-an-area", Answer.of(3)),
    ],
)
def test_readings_outside_the_scale_or_list_are_refused_and_nothing_is_saved(
    manager, woman, reading
):
    with pytest.raises(InvalidInput):
        manager.outcomes.record_check_in(woman, today(manager), Occasion.INTAKE, [reading])
    assert manager.outcomes.get(woman).check_ins == ()


def test_up_to_three_goals_in_her_words_rated_at_any_session(manager, woman, clock):
    first = manager.outcomes.set_goal(woman, "Get my own front door key", today(manager))
    manager.outcomes.set_goal(woman, "Walk the dog every day", today(manager))
    manager.outcomes.set_goal(woman, "Phone my sister", today(manager))
    with pytest.raises(InvalidInput, match="3 goals"):
        manager.outcomes.set_goal(woman, "A fourth goal", today(manager))
    manager.outcomes.rate_goal(woman, first.id, today(manager), 2)
    clock.advance(14 * DAY)
    manager.outcomes.rate_goal(woman, first.id, today(manager), 6)
    with pytest.raises(InvalidInput, match="0 to 10"):
        manager.outcomes.rate_goal(woman, first.id, today(manager), 11)
    finished = manager.outcomes.finish_goal(woman, first.id, today(manager))
    assert not finished.active and [r.score for r in finished.ratings] == [2, 6]
    manager.outcomes.set_goal(woman, "Start the cooking course", today(manager))
    with pytest.raises(InvalidInput, match="finished"):
        manager.outcomes.rate_goal(woman, first.id, today(manager), 7)
    goals = manager.outcomes.journey(woman).goals
    assert [p.score for p in goals[0].points] == [2, 6]
    assert len(goals) == 4 and sum(g.active for g in goals) == 3


def test_ons4_is_due_at_intake_about_every_twelve_weeks_and_at_exit(manager, woman, clock):
    due = manager.outcomes.ons4_due(woman)
    assert due is not None and due.occasion is Occasion.INTAKE
    answers = {q: Answer.of(5) for q in Ons4Question}
    answers[Ons4Question.ANXIOUS_YESTERDAY] = Answer.declined()
    manager.outcomes.record_wellbeing(woman, today(manager), Occasion.INTAKE, answers)
    start = today(manager)
    assert manager.outcomes.ons4_due(woman) is None
    clock.advance(10 * 7 * DAY)
    assert manager.outcomes.ons4_due(woman) is None
    clock.advance(11 * DAY)  # eleven weeks and four days: "about" twelve weeks
    due = manager.outcomes.ons4_due(woman)
    assert due is not None and due.occasion is Occasion.REVIEW
    assert due.due_on == start + timedelta(weeks=12) and not due.overdue
    clock.advance(10 * DAY)
    assert manager.outcomes.ons4_due(woman).overdue
    exit_due = manager.outcomes.ons4_due(woman, closing=True)
    assert exit_due is not None and exit_due.occasion is Occasion.EXIT
    manager.outcomes.record_wellbeing(woman, today(manager), Occasion.EXIT, answers)
    assert manager.outcomes.ons4_due(woman, closing=True) is None
    [case] = manager.cases.for_person(woman)
    manager.cases.close_case(case.id, closing_summary="Moved to a new town, doing well")
    clock.advance(200 * DAY)
    assert manager.outcomes.ons4_due(woman) is None

    wellbeing = manager.outcomes.journey(woman).wellbeing
    anxious = next(w for w in wellbeing if w.question is Ons4Question.ANXIOUS_YESTERDAY)
    assert [p.score for p in anxious.points] == [None, None]


def test_ons4_answers_must_be_0_to_10(manager, woman):
    with pytest.raises(InvalidInput, match="0 to 10"):
        manager.outcomes.record_wellbeing(
            woman, today(manager), Occasion.INTAKE, {Ons4Question.WORTHWHILE: Answer.of(11)}
        )


def test_external_measures_keep_source_date_and_score_only(manager, woman):
    measure = manager.outcomes.record_external(
        woman, "Licensed star chart, via the licence holder's system", today(manager), 42
    )
    [kept] = manager.outcomes.get(woman).external
    assert kept == measure and kept.score == 42.0
    assert set(kept.to_json()) == {"id", "source", "on", "score", "recorded_by"}
    with pytest.raises(InvalidInput, match="number"):
        manager.outcomes.record_external(woman, "Licensed measure", today(manager), float("nan"))


def test_dates_in_the_future_are_refused(manager, woman):
    with pytest.raises(InvalidInput, match="future"):
        manager.outcomes.set_goal(woman, "Later", today(manager) + timedelta(days=1))


def test_statistics_choice_latest_counts(manager, woman, clock):
    assert not manager.outcomes.get(woman).agrees_to_statistics()
    manager.outcomes.record_statistics_choice(woman, True, today(manager))
    assert manager.outcomes.get(woman).agrees_to_statistics()
    clock.advance(3 * DAY)
    manager.outcomes.record_statistics_choice(woman, False, today(manager))
    record = manager.outcomes.get(woman)
    assert not record.agrees_to_statistics() and len(record.statistics) == 2
    manager.outcomes.record_statistics_choice(woman, True, today(manager))  # same day
    assert manager.outcomes.get(woman).agrees_to_statistics()
    manager.outcomes.record_statistics_choice(woman, False, today(manager))
    assert not manager.outcomes.get(woman).agrees_to_statistics()


def test_everything_she_said_is_sealed_on_disk(manager, woman):
    canary = "Canary-outcome-3f9a1c77"
    manager.outcomes.record_check_in(
        woman,
        today(manager),
        Occasion.INTAKE,
        [AreaReading("feeling-safe", Answer.of(2), 3, f"{canary} helping", f"{canary} step")],
    )
    manager.outcomes.set_goal(woman, f"{canary} goal", today(manager))
    manager.outcomes.record_external(woman, f"{canary} source", today(manager), 7)
    db = manager.paths.database
    manager.lock()
    for path in db.parent.iterdir():
        if path.is_file():
            assert canary.encode() not in path.read_bytes(), path.name
    with closing(sqlite3.connect(db)) as con:
        [(status, person_id)] = con.execute("SELECT status, person_id FROM outcomes").fetchall()
    assert (status, person_id) == ("active", woman)


def test_a_keyworker_sees_only_women_on_her_caseload(manager, woman, reopen, make):
    manager.users.add(KEYWORKER, Role.KEYWORKER, KEYWORKER_PASSPHRASE)
    manager.lock()
    ash = reopen(KEYWORKER, KEYWORKER_PASSPHRASE)
    with pytest.raises(NeedsBreakGlass):
        ash.outcomes.get(woman)
    with pytest.raises(NeedsBreakGlass):
        ash.outcomes.set_goal(woman, "Not on her caseload", today(ash))
    with pytest.raises(NotPermitted):
        ash.outcomes.for_statistics()


def test_her_outcomes_go_when_her_record_is_erased(manager, woman):
    from womenscentre.domain.erasure import ErasureGround
    from womenscentre.services.retention import her_rows
    from womenscentre.store.models import OutcomesRow

    manager.outcomes.set_goal(woman, "Get my own front door key", today(manager))
    with manager.read() as session:
        assert "outcomes" in her_rows(session, woman)
    [case] = manager.cases.for_person(woman)
    manager.cases.close_case(case.id, closing_summary="Support finished, doing well")
    manager.erasure.erase(
        woman, ErasureGround.CONSENT_WITHDRAWN, "She asked in writing; checked with the lead."
    )
    with manager.read() as session:
        assert session.query(OutcomesRow).count() == 0
