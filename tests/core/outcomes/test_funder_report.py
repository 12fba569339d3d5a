"""The funder report: only women who said yes, no identifiers or words, small numbers hidden."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

import pytest

from womenscentre.domain.answers import Answer
from womenscentre.domain.outcomes import AreaReading, Occasion, Ons4Question
from womenscentre.exports.files import OutputFolderProblem
from womenscentre.reports.funder_csv import render_csv
from womenscentre.reports.suppression import FEWER_LABEL
from womenscentre.templates.outcome_areas import built_in_ons4

CANARY = "Zq-canary-7e41"


def canary(field: str) -> str:
    return f"{CANARY}-{field}"


def add_woman(vault, make, name: str, *, agrees: bool | None, safe: tuple[int, int]):
    """A fictional woman with two check-ins a month apart, canaries in every text field."""
    from womenscentre.domain.people import ContactMethod, SafeContact

    details = make.person(
        canary(f"name-{name}"),
        full_name=Answer.of(canary("full-name")),
        safe_contact=SafeContact(
            (ContactMethod.TEXT,), canary("times"), False, canary("phrase"), canary("else")
        ),
        asked_us_to_know=(canary("asked"),),
    )
    person = vault.people.add(details, referral_source=canary("referral"))
    today = vault.clock.now().date()
    first, last = today - timedelta(days=40), today - timedelta(days=5)
    for on, value, occasion in (
        (first, safe[0], Occasion.INTAKE),
        (last, safe[1], Occasion.REVIEW),
    ):
        vault.outcomes.record_check_in(
            person.id,
            on,
            occasion,
            [
                AreaReading(
                    "feeling-safe",
                    Answer.of(value),
                    keyworker=5,
                    helping=canary("helping"),
                    next_step=canary("next-step"),
                ),
                AreaReading("money", Answer.declined()),
            ],
        )
        vault.outcomes.record_wellbeing(
            person.id, on, occasion, {Ons4Question.LIFE_SATISFACTION: Answer.of(value * 2)}
        )
    goal = vault.outcomes.set_goal(person.id, canary("goal"), first)
    vault.outcomes.rate_goal(person.id, goal.id, last, 8)
    vault.outcomes.record_external(person.id, canary("external-source"), last, 30)
    if agrees is not None:
        vault.outcomes.record_statistics_choice(person.id, agrees, first)
    return person.id


@pytest.fixture
def centre(manager, make):
    """Six women who said yes and moved up, six who said no (or nothing) and moved down."""
    ids = {
        "yes": [add_woman(manager, make, f"y{i}", agrees=True, safe=(1, 3)) for i in range(6)],
        "no": [add_woman(manager, make, f"n{i}", agrees=False, safe=(4, 1)) for i in range(4)],
        "silent": [add_woman(manager, make, f"s{i}", agrees=None, safe=(4, 1)) for i in range(2)],
    }
    return ids


def period(vault) -> tuple[date, date]:
    today = vault.clock.now().date()
    return today - timedelta(days=60), today


def read_csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def figure(rows, section: str, row: str, column: str) -> str:
    [value] = [r[3] for r in rows if r[:3] == [section, row, column]]
    return value


def test_only_women_who_agreed_are_counted(manager, centre):
    report = manager.outcomes.funder_report(*period(manager))
    rows = read_csv(render_csv(report))
    assert figure(rows, "women moving up overall", "women", "total") == "6"
    # The counts behind the published table (before suppression): the six women who said
    # no or never chose all moved down, and none of them is there.
    areas = [a.id for a in manager.outcomes.areas()]
    assert report.distance.table.cells[areas.index("feeling-safe")] == (6, 0, 0)
    assert report.distance.table.cells[areas.index("money")] == (0, 0, 0)  # she skipped it
    assert report.wellbeing.table.cells[0] == (6, 0, 0)
    assert report.overall.table.cells == ((6, 0, 0, 0),)
    # Published, the zeros show as "fewer than 5", and the 6 beside them is withheld too,
    # because with the total of 6 it would show the zeros exactly.
    section = "distance travelled (her own readings, 1 to 5)"
    assert figure(rows, section, "Feeling safe", "moved down") == FEWER_LABEL
    assert figure(rows, section, "Feeling safe", "moved up") == "withheld"
    assert figure(rows, "average change in her reading", "Feeling safe", "") == "withheld"


def test_a_woman_who_changes_her_mind_is_no_longer_counted(manager, centre):
    person = centre["yes"][0]
    manager.outcomes.record_statistics_choice(person, False, manager.clock.now().date())
    report = manager.outcomes.funder_report(*period(manager))
    assert report.overall.table.cells == ((5, 0, 0, 0),)
    # Shown, a total of 5 beside the zeros would give the zeros away, so it is withheld.
    rows = read_csv(render_csv(report))
    assert figure(rows, "women moving up overall", "women", "total") == "withheld"
    person = centre["yes"][1]
    manager.outcomes.record_statistics_choice(person, False, manager.clock.now().date())
    rows = read_csv(render_csv(manager.outcomes.funder_report(*period(manager))))
    assert figure(rows, "women moving up overall", "women", "total") == FEWER_LABEL


def test_readings_outside_the_period_are_left_out(manager, centre):
    today = manager.clock.now().date()
    report = manager.outcomes.funder_report(today - timedelta(days=20), today)
    rows = read_csv(render_csv(report))
    # Only the second check-in falls in this period, so nobody has two readings.
    section = "distance travelled (her own readings, 1 to 5)"
    assert figure(rows, section, "Feeling safe", "total") == FEWER_LABEL


def test_no_canary_from_any_sealed_field_and_no_ids_reach_the_csv(manager, centre, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    target = out / "report.csv"
    manager.outcomes.write_funder_csv(*period(manager), target)
    data = target.read_bytes()
    text = data.decode("utf-8-sig")
    assert CANARY not in text
    for person_id in (p for group in centre.values() for p in group):
        assert person_id not in text
    assert manager.user.id not in text and manager.user.username not in text
    assert [p.name for p in out.iterdir()] == ["report.csv"]  # no partial files left


def test_the_report_cites_ons(manager, centre):
    rows = read_csv(render_csv(manager.outcomes.funder_report(*period(manager))))
    cited = figure(rows, "about", "wellbeing questions", "")
    assert "Office for National Statistics" in cited
    assert "ONS" in built_in_ons4().citation


def test_a_missing_folder_is_explained_and_nothing_is_written(manager, centre, tmp_path):
    target = tmp_path / "not-there" / "report.csv"
    with pytest.raises(OutputFolderProblem, match="doesn't exist"):
        manager.outcomes.write_funder_csv(*period(manager), target)
    assert not (tmp_path / "not-there").exists()


def test_only_a_manager_can_prepare_it(manager, centre, reopen):
    from womenscentre.domain.users import Role
    from womenscentre.errors import NotPermitted

    manager.users.add("ash", Role.KEYWORKER, "velvet orbit lantern")
    manager.lock()
    ash = reopen("ash", "velvet orbit lantern")
    with pytest.raises(NotPermitted):
        ash.outcomes.funder_report(*period(ash))


def test_a_backwards_period_is_refused_kindly(manager):
    from womenscentre.errors import InvalidInput

    today = manager.clock.now().date()
    with pytest.raises(InvalidInput, match="period"):
        manager.outcomes.funder_report(today, today - timedelta(days=1))


def _record(index: int, changes: dict[str, tuple[int, int]], agrees: bool = True):
    """A fictional woman's outcomes built directly, without a vault."""
    from womenscentre.domain.outcomes import CheckIn, OutcomesRecord, StatisticsChoice

    first, last = date(2026, 2, 1), date(2026, 4, 1)
    return OutcomesRecord(
        f"person-{index}",
        tuple(
            CheckIn(
                f"c{index}-{n}",
                on,
                Occasion.REVIEW,
                tuple(AreaReading(area, Answer.of(pair[n])) for area, pair in changes.items()),
                "worker",
                f"{on.isoformat()}T10:00Z",
            )
            for n, on in enumerate((first, last))
        ),
        statistics=(StatisticsChoice(agrees, first, "worker"),),
    )


def test_a_larger_report_shows_real_figures_and_hides_nothing_recoverable(manager):
    from womenscentre.reports.funder import build_funder_report

    from .test_suppression import labels_of, recoverable

    areas = manager.outcomes.areas()
    safe_moves = [(1, 3)] * 8 + [(2, 2)] * 6 + [(4, 2)] * 7
    money_moves = [(1, 4)] * 10 + [(3, 3)] * 2 + [(3, 1)] * 9
    records = [
        _record(i, {"feeling-safe": safe, "money": money})
        for i, (safe, money) in enumerate(zip(safe_moves, money_moves, strict=True))
    ]
    records.append(_record(99, {"feeling-safe": (5, 1)}, agrees=False))
    report = build_funder_report(records, areas, date(2026, 1, 1), date(2026, 6, 30))
    rows = read_csv(render_csv(report))
    section = "distance travelled (her own readings, 1 to 5)"
    assert [
        figure(rows, section, "Feeling safe", c)
        for c in ("moved up", "stayed the same", "moved down", "total")
    ] == ["8", "6", "7", "21"]
    assert figure(rows, "share of women moving up", "Feeling safe", "") == "38%"
    assert figure(rows, "average change in her reading", "Feeling safe", "") == "+0.10"
    assert figure(rows, section, "Money", "stayed the same") == FEWER_LABEL
    assert figure(rows, "average change in her reading", "Money", "") == "withheld"
    for table in (report.distance, report.overall, report.wellbeing):
        assert recoverable(table.table, labels_of(table)) == []
