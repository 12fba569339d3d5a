"""Small-number suppression for count tables, primary and secondary.

*Primary*: every published count under the threshold (5), cells and totals alike, is shown
as "fewer than 5". *Secondary*: further counts are withheld until no suppressed count can
be worked out exactly from what is published: the shown counts, the totals, and what the
labels themselves give away (a "fewer than 5" is 0-4; a "withheld" count is 5 or more).

The method is exact for tables whose published totals are row and/or column sums, using
the classic network view of such tables (as in Cox's and Fischetti-Salazar's work on
cell suppression). Put every entry, totals included, on a bipartite graph: one node per
row line and per column line, an entry joining its row and its column, with totals
sitting in an extra "total" row or column. A line whose total isn't published puts no
constraint on its node, so all such nodes merge into one free node. Two tables that agree
on everything published differ by a circulation on the suppressed entries, and any such
circulation splits into simple cycles that each move in the same direction; so a
suppressed entry can take another value exactly when a cycle through it can move every
entry on it by one without leaving what its label allows. :func:`is_protected` checks
that with a path search; :func:`protect` adds, for each entry that fails, the cheapest
cycle (least total count withheld) through it, found with Dijkstra, and repeats until
none fails. Each repeat protects one more entry and never unprotects any, so it ends.

This guards against exact recovery. It does not promise a wide range for each withheld
count (a "protection interval"); the threshold of 5 is the policy choice.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from womenscentre.i18n import N_

THRESHOLD: Final = 5
FEWER_LABEL: Final = N_("fewer than 5")
WITHHELD_LABEL: Final = N_("withheld")

Position = tuple[int, int]
_Node = tuple[str, int]
_FREE: Final[_Node] = ("free", 0)
_UNBOUNDED: Final = 10**12


class Mark(StrEnum):
    SHOWN = "shown"
    FEWER = "fewer"
    WITHHELD = "withheld"


@dataclass(frozen=True, slots=True)
class CountTable:
    """Counts with named rows and columns, and which totals will be published.

    Positions run over the published entries: ``(r, c)`` with ``r == len(rows)`` the
    column-totals row and ``c == len(columns)`` the row-totals column.
    """

    rows: tuple[str, ...]
    columns: tuple[str, ...]
    cells: tuple[tuple[int, ...], ...]
    row_totals: bool = True
    column_totals: bool = True

    def __post_init__(self) -> None:
        if len(self.cells) != len(self.rows) or any(
            len(row) != len(self.columns) for row in self.cells
        ):
            raise ValueError("cells must match the rows and columns")
        if any(v < 0 for row in self.cells for v in row):
            raise ValueError("counts can't be negative")

    def entries(self) -> dict[Position, int]:
        """Every published entry and its true value, totals included."""
        m, n = len(self.rows), len(self.columns)
        found: dict[Position, int] = {}
        for r, c in itertools.product(range(m), range(n)):
            found[(r, c)] = self.cells[r][c]
        if self.row_totals:
            for r in range(m):
                found[(r, n)] = sum(self.cells[r])
        if self.column_totals:
            for c in range(n):
                found[(m, c)] = sum(self.cells[r][c] for r in range(m))
        if self.row_totals and self.column_totals:
            found[(m, n)] = sum(map(sum, self.cells))
        return found

    def lines(self) -> list[tuple[list[Position], Position]]:
        """Each published sum: the entries it adds up, and the entry that holds the sum."""
        m, n = len(self.rows), len(self.columns)
        found: list[tuple[list[Position], Position]] = []
        if self.row_totals:
            found += [([(r, c) for c in range(n)], (r, n)) for r in range(m)]
            if self.column_totals:
                found.append(([(m, c) for c in range(n)], (m, n)))
        if self.column_totals:
            found += [([(r, c) for r in range(m)], (m, c)) for c in range(n)]
            if self.row_totals:
                found.append(([(r, n) for r in range(m)], (m, n)))
        return found


@dataclass(frozen=True, slots=True)
class ProtectedTable:
    table: CountTable
    marks: dict[Position, Mark]

    def label(self, position: Position) -> str:
        mark = self.marks[position]
        if mark is Mark.FEWER:
            return FEWER_LABEL
        if mark is Mark.WITHHELD:
            return WITHHELD_LABEL
        return str(self.table.entries()[position])

    def shown(self, position: Position) -> int | None:
        """The published count, or None if it is suppressed."""
        if self.marks[position] is not Mark.SHOWN:
            return None
        return self.table.entries()[position]

    def row_fully_shown(self, row: int) -> bool:
        return all(mark is Mark.SHOWN for (r, c), mark in self.marks.items() if r == row)


def bounds(mark: Mark, value: int, threshold: int = THRESHOLD) -> tuple[int, int]:
    """What someone reading the table knows about an entry from its label alone."""
    if mark is Mark.FEWER:
        return 0, threshold - 1
    if mark is Mark.WITHHELD:
        return threshold, _UNBOUNDED
    return value, value


class _Graph:
    """The table's entries as arcs between line nodes (see the module docstring)."""

    def __init__(self, table: CountTable) -> None:
        self.table = table
        self.values = table.entries()
        m, n = len(table.rows), len(table.columns)
        self.m, self.n = m, n

    def _row_node(self, r: int) -> _Node:
        # A row's node is constrained when that row's sum is published.
        return ("row", r) if self.table.row_totals else _FREE

    def _col_node(self, c: int) -> _Node:
        return ("col", c) if self.table.column_totals else _FREE

    def ends(self, position: Position) -> tuple[_Node, _Node, int]:
        """The entry's row node, column node and sign (totals enter their line negated)."""
        r, c = position
        sign = -1 if (r == self.m) != (c == self.n) else 1
        return self._row_node(r), self._col_node(c), sign

    def arcs(self, position: Position, mark: Mark, threshold: int) -> Iterator[tuple[_Node, _Node]]:
        """Directions in which a unit move keeps the entry within its label's bounds."""
        u, v, sign = self.ends(position)
        low, high = bounds(mark, self.values[position], threshold)
        value = self.values[position]
        if low <= value + sign <= high:
            yield u, v
        if low <= value - sign <= high:
            yield v, u


def is_protected(
    table: CountTable,
    marks: dict[Position, Mark],
    position: Position,
    threshold: int = THRESHOLD,
) -> bool:
    """True when the suppressed entry at ``position`` could take more than one value."""
    graph = _Graph(table)
    for start, end in graph.arcs(position, marks[position], threshold):
        if start == end or _reachable(graph, marks, threshold, end, start, skip=position):
            return True
    return False


def _reachable(
    graph: _Graph,
    marks: dict[Position, Mark],
    threshold: int,
    source: _Node,
    target: _Node,
    *,
    skip: Position,
) -> bool:
    adjacency: dict[_Node, list[_Node]] = {}
    for position, mark in marks.items():
        if mark is Mark.SHOWN or position == skip:
            continue
        for a, b in graph.arcs(position, mark, threshold):
            adjacency.setdefault(a, []).append(b)
    seen = {source}
    frontier = [source]
    while frontier:
        node = frontier.pop()
        if node == target:
            return True
        for following in adjacency.get(node, []):
            if following not in seen:
                seen.add(following)
                frontier.append(following)
    return False


def _cheapest_cycle(
    graph: _Graph, marks: dict[Position, Mark], threshold: int, position: Position
) -> list[Position] | None:
    """Entries to withhold so that ``position`` lies on a movable cycle, least count first."""
    best: tuple[int, list[Position]] | None = None
    for start, end in graph.arcs(position, marks[position], threshold):
        if start == end:
            return []
        found = _dijkstra(graph, marks, threshold, end, start, skip=position)
        if found is not None and (best is None or found[0] < best[0]):
            best = found
    return None if best is None else best[1]


def _dijkstra(
    graph: _Graph,
    marks: dict[Position, Mark],
    threshold: int,
    source: _Node,
    target: _Node,
    *,
    skip: Position,
) -> tuple[int, list[Position]] | None:
    adjacency: dict[_Node, list[tuple[_Node, int, Position]]] = {}
    for position, mark in marks.items():
        if position == skip:
            continue
        # A shown entry would become "withheld": 5 or more, with no upper limit known.
        as_marked = Mark.WITHHELD if mark is Mark.SHOWN else mark
        cost = graph.values[position] + 1 if mark is Mark.SHOWN else 0
        for a, b in graph.arcs(position, as_marked, threshold):
            adjacency.setdefault(a, []).append((b, cost, position))
    distance: dict[_Node, int] = {source: 0}
    via: dict[_Node, tuple[_Node, Position]] = {}
    counter = itertools.count()
    queue: list[tuple[int, int, _Node]] = [(0, next(counter), source)]
    while queue:
        cost, _, node = heapq.heappop(queue)
        if node == target:
            path: list[Position] = []
            while node != source:
                node, position = via[node]
                path.append(position)
            return cost, path
        if cost > distance.get(node, cost):
            continue
        for following, step, position in adjacency.get(node, []):
            candidate = cost + step
            if candidate < distance.get(following, candidate + 1):
                distance[following] = candidate
                via[following] = (node, position)
                heapq.heappush(queue, (candidate, next(counter), following))
    return None


def protect(table: CountTable, threshold: int = THRESHOLD) -> ProtectedTable:
    """Primary then secondary suppression, as described in the module docstring."""
    graph = _Graph(table)
    marks = {
        position: Mark.FEWER if value < threshold else Mark.SHOWN
        for position, value in graph.values.items()
    }
    while True:
        exposed = [
            position
            for position, mark in sorted(marks.items())
            if mark is not Mark.SHOWN and not is_protected(table, marks, position, threshold)
        ]
        if not exposed:
            return ProtectedTable(table, marks)
        cycle = _cheapest_cycle(graph, marks, threshold, exposed[0])
        if cycle is None or all(marks[p] is not Mark.SHOWN for p in cycle):
            # No cycle can hide it (a degenerate table): publish none of the table's counts.
            marks = {p: Mark.WITHHELD if m is Mark.SHOWN else m for p, m in marks.items()}
            return ProtectedTable(table, marks)
        for position in cycle:
            if marks[position] is Mark.SHOWN:
                marks[position] = Mark.WITHHELD
