"""Small-number suppression, checked by brute force rather than by trusting the theory.

``Reader`` is written independently of ``womenscentre.reports.suppression``: it searches the
tables of non-negative whole numbers that agree with what a reader of the published table
sees (shown counts, published totals, "fewer than 5" meaning 0-4 and "withheld" meaning 5
or more). A suppressed entry is given away when no such table has a different value there.
``consistent_values`` enumerates them all, for the smallest tables.
"""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from womenscentre.reports.suppression import (
    FEWER_LABEL,
    WITHHELD_LABEL,
    CountTable,
    Mark,
    is_protected,
    protect,
)

Position = tuple[int, int]


def published_sums(table: CountTable) -> list[tuple[list[Position], Position]]:
    """Each total a reader can check: (the entries it adds up, where the total is)."""
    m, n = len(table.rows), len(table.columns)
    sums = []
    if table.row_totals:
        for r in range(m):
            sums.append(([(r, c) for c in range(n)], (r, n)))
    if table.column_totals:
        for c in range(n):
            sums.append(([(r, c) for r in range(m)], (m, c)))
    if table.row_totals and table.column_totals:
        sums.append(([(m, c) for c in range(n)], (m, n)))
        sums.append(([(r, n) for r in range(m)], (m, n)))
    return sums


def true_entries(table: CountTable) -> dict[Position, int]:
    m, n = len(table.rows), len(table.columns)
    values = {(r, c): table.cells[r][c] for r in range(m) for c in range(n)}
    if table.row_totals:
        values |= {(r, n): sum(table.cells[r]) for r in range(m)}
    if table.column_totals:
        values |= {(m, c): sum(row[c] for row in table.cells) for c in range(n)}
    if table.row_totals and table.column_totals:
        values[(m, n)] = sum(map(sum, table.cells))
    return values


class Reader:
    """What someone holding only the published table knows, and a search over it."""

    def __init__(self, table: CountTable, labels: dict[Position, str], spare: int = 8) -> None:
        self.truth = true_entries(table)
        cap = max(self.truth.values(), default=0) + spare
        self.hidden = sorted(p for p, label in labels.items() if not label.isdigit())
        assert all(labels[p] in (FEWER_LABEL, WITHHELD_LABEL) for p in self.hidden)
        self.ranges = {p: (0, 4) if labels[p] == FEWER_LABEL else (5, cap) for p in self.hidden}
        self.known = {p: int(label) for p, label in labels.items() if label.isdigit()}
        self.equations = published_sums(table)

    def feasible(self, assigned: dict[Position, int]) -> bool:
        """Every published sum can still be met, given the entries assigned so far."""
        for parts, total in self.equations:
            terms = [(p, 1) for p in parts] + [(total, -1)]
            fixed = sum(sign * assigned[p] for p, sign in terms if p in assigned)
            free = [(p, sign) for p, sign in terms if p not in assigned]
            low = fixed + sum(self.ranges[p][0] if s > 0 else -self.ranges[p][1] for p, s in free)
            high = fixed + sum(self.ranges[p][1] if s > 0 else -self.ranges[p][0] for p, s in free)
            if not low <= 0 <= high:
                return False
        return True

    def solutions(self, order: list[Position], assigned: dict[Position, int]):
        """Every consistent way to fill ``order``, depth first."""
        if not order:
            yield dict(assigned)
            return
        position, rest = order[0], order[1:]
        low, high = self.ranges[position]
        for value in range(low, high + 1):
            assigned[position] = value
            if self.feasible(assigned):
                yield from self.solutions(rest, assigned)
        del assigned[position]

    def groups(self) -> list[list[Position]]:
        """Entries tied together by published sums; separate groups vary independently."""
        return _groups(self.hidden, self.equations)

    def can_differ(self, position: Position) -> bool:
        """Is there a consistent table in which this entry isn't its true value?"""
        group = next(g for g in self.groups() if position in g)
        rest = [p for p in group if p != position]
        truth = self.truth[position]
        low, high = self.ranges[position]
        for value in sorted(range(low, high + 1), key=lambda v: abs(v - truth)):
            if value == truth:
                continue
            assigned = dict(self.known) | {position: value}
            if self.feasible(assigned) and next(self.solutions(rest, assigned), None):
                return True
        return False


def consistent_values(table: CountTable, labels: dict[Position, str]) -> dict[Position, set[int]]:
    """Every value each suppressed entry takes over all consistent tables (exhaustive)."""
    reader = Reader(table, labels, spare=4)
    seen: dict[Position, set[int]] = {p: set() for p in reader.hidden}
    for group in reader.groups():
        for solution in reader.solutions(group, dict(reader.known)):
            for p in group:
                seen[p].add(solution[p])
    return seen


def _groups(
    hidden: list[Position], equations: list[tuple[list[Position], Position]]
) -> list[list[Position]]:
    parent = {p: p for p in hidden}

    def root(p: Position) -> Position:
        while parent[p] != p:
            p = parent[p]
        return p

    for parts, total in equations:
        tied = [p for p in (*parts, total) if p in parent]
        for other in tied[1:]:
            parent[root(other)] = root(tied[0])
    groups: dict[Position, list[Position]] = {}
    for p in hidden:
        groups.setdefault(root(p), []).append(p)
    return list(groups.values())


def labels_of(protected) -> dict[Position, str]:
    return {p: protected.label(p) for p in protected.marks}


def recoverable(table: CountTable, labels: dict[Position, str]) -> list[Position]:
    """Suppressed entries a reader could work out exactly."""
    reader = Reader(table, labels)
    return [p for p in reader.hidden if not reader.can_differ(p)]


def table_of(cells, *, row_totals=True, column_totals=True) -> CountTable:
    return CountTable(
        tuple(f"r{i}" for i in range(len(cells))),
        tuple(f"c{j}" for j in range(len(cells[0]))),
        tuple(tuple(row) for row in cells),
        row_totals=row_totals,
        column_totals=column_totals,
    )


def test_primary_suppression_alone_gives_a_small_count_away():
    """The control: without secondary suppression a total reveals the hidden cell."""
    table = table_of([[2, 7], [6, 8]])
    labels = {p: FEWER_LABEL if v < 5 else str(v) for p, v in true_entries(table).items()}
    assert recoverable(table, labels) == [(0, 0)]


def test_secondary_suppression_hides_the_same_cell():
    table = table_of([[2, 7], [6, 8]])
    protected = protect(table)
    labels = labels_of(protected)
    assert labels[(0, 0)] == FEWER_LABEL
    assert WITHHELD_LABEL in labels.values()
    assert recoverable(table, labels) == []


def test_report_shaped_table_is_protected_and_keeps_large_counts():
    """Eleven areas by three movements, with a sprinkling of small counts."""
    cells = [
        [12, 8, 3],
        [9, 10, 6],
        [15, 2, 7],
        [11, 9, 8],
        [0, 14, 9],
        [6, 6, 6],
        [20, 5, 1],
        [7, 13, 10],
        [8, 8, 8],
        [10, 4, 12],
        [9, 9, 9],
    ]
    protected = protect(table_of(cells))
    labels = labels_of(protected)
    small = {p for p, v in true_entries(protected.table).items() if v < 5}
    assert {p for p, label in labels.items() if label == FEWER_LABEL} == small
    withheld = [p for p, label in labels.items() if label == WITHHELD_LABEL]
    # Secondary suppression withholds something, but far from everything.
    assert 0 < len(withheld) < 12
    assert protected.marks[(10, 0)] is Mark.SHOWN and labels[(10, 0)] == "9"
    assert recoverable(protected.table, labels) == []


@st.composite
def small_tables(draw, most_rows: int = 3, most_columns: int = 3) -> CountTable:
    rows = draw(st.integers(1, most_rows))
    columns = draw(st.integers(1, most_columns))
    value = st.one_of(st.integers(0, 4), st.integers(5, 12))
    cells = [[draw(value) for _ in range(columns)] for _ in range(rows)]
    return table_of(cells, row_totals=draw(st.booleans()), column_totals=draw(st.booleans()))


@settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(small_tables())
def test_no_suppressed_count_can_be_recovered_by_brute_force(table):
    protected = protect(table)
    labels = labels_of(protected)
    truth = true_entries(table)
    for position, value in truth.items():
        if value < 5:
            assert labels[position] == FEWER_LABEL
        elif labels[position] not in (WITHHELD_LABEL,):
            assert labels[position] == str(value)
    assert recoverable(table, labels) == [], labels


@settings(
    max_examples=100,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(small_tables(most_rows=2, most_columns=2), st.data())
def test_the_protection_check_agrees_with_brute_force_on_any_pattern(table, data):
    """``is_protected`` says exactly what exhaustive enumeration says, for any marks."""
    truth = true_entries(table)
    positions = sorted(truth)
    chosen = data.draw(st.sets(st.sampled_from(positions), max_size=len(positions)))
    marks = {
        p: (Mark.FEWER if truth[p] < 5 else Mark.WITHHELD) if p in chosen else Mark.SHOWN
        for p in positions
    }
    marks |= {p: Mark.FEWER for p in positions if truth[p] < 5}
    labels = {
        p: FEWER_LABEL
        if m is Mark.FEWER
        else WITHHELD_LABEL
        if m is Mark.WITHHELD
        else str(truth[p])
        for p, m in marks.items()
    }
    found = consistent_values(table, labels)
    for position, values in found.items():
        assert truth[position] in values
        assert is_protected(table, marks, position) == (len(values) > 1), (position, values)


def test_zero_counts_are_suppressed_too():
    protected = protect(table_of([[0, 9], [8, 9]]))
    assert protected.label((0, 0)) == FEWER_LABEL


def test_a_single_count_with_no_totals_only_needs_its_own_label():
    protected = protect(table_of([[3]], row_totals=False, column_totals=False))
    assert labels_of(protected) == {(0, 0): FEWER_LABEL}
    assert list(itertools.chain(protected.marks)) == [(0, 0)]
