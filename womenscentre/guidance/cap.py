"""A per-note cap on hints, so guidance never floods a note.

Alert fatigue is what ends tools like this (reference, pitfall 1): Mapbox switched
retext-equality off, and people stop reading a panel that lists every debatable word. So the
shown findings of one note are trimmed the way Vale's ``limit`` trims a rule's messages:

- every **warning** is always shown: each is a clear, well-sourced swap, few in a note, and
  holding one back could hide the wording that most needs changing;
- at most :data:`HINT_CAP` **hints** are shown, the first ones in the note; the rest are
  held back and counted, so the person is told there are more and can ask to see them.

Why three. Hints depend on context or on her preference, so each asks the keyworker to stop
and weigh something; three is as many as can be weighed at once without the note starting
to read as a list of corrections (a 300-word note with three underlines already has one
every hundred words). Fewer would hide the agentless-passive "Who did this?" questions
behind identity hints in many notes; more is where the ignoring starts. Repeats of one rule
were already collapsed into one finding (:func:`~womenscentre.guidance.engine.collapse`),
so the cap counts distinct points, not matches. Holding back the *later* hints keeps what is
shown stable while the note is written from the top, and as one hint is acted on the next
one comes into view.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from womenscentre.guidance.model import Finding, Severity

#: Hints shown per note (warnings are never capped).
HINT_CAP: Final = 3


@dataclass(frozen=True, slots=True)
class Shown:
    """What to show for one note, and what was held back so as not to crowd it."""

    #: Every warning and the first ``cap`` hints, in the order they were given.
    findings: tuple[Finding, ...]
    #: The hints not shown, in order, for a "show N more" control.
    held_back: tuple[Finding, ...] = ()

    @property
    def held_back_count(self) -> int:
        return len(self.held_back)


def limit_hints(findings: Iterable[Finding], cap: int | None = HINT_CAP) -> Shown:
    """Keep every warning and the first ``cap`` hints of one note's findings.

    Pass findings already collapsed and in text order (as :meth:`Guide.check` returns them,
    or :func:`collapse` over the editor's paragraphs). ``cap=None`` shows everything.
    """
    ordered = tuple(findings)
    if cap is None:
        return Shown(ordered)
    if cap < 0:
        raise ValueError("the hint cap can't be negative")
    shown: list[Finding] = []
    held: list[Finding] = []
    hints = 0
    for finding in ordered:
        if finding.severity is Severity.HINT:
            if hints >= cap:
                held.append(finding)
                continue
            hints += 1
        shown.append(finding)
    return Shown(tuple(shown), tuple(held))
