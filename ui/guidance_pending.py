"""Which parts of the text still need checking, kept as plain numbers on the typing path.

Every edit adds the range it touched to a list of pending ranges; later edits move the
ranges along. This is the only work a keystroke does for the guidance, so it is plain
Python with no calls into Qt (see "PySide6 6.12 and Python 3.11" in
:mod:`ui.models.findings`). The ranges are document positions, ``[start, end]``.
"""

from __future__ import annotations

from ui.models.findings import Mark


def moved(position: int, at: int, removed: int, added: int) -> int:
    """Where ``position`` is after ``removed`` characters at ``at`` became ``added`` ones."""
    if position <= at:
        return position
    if position >= at + removed:
        return position + added - removed
    return at


def note_edit(
    pending: list[list[int]], position: int, removed: int, added: int, last: int
) -> list[list[int]]:
    """``pending`` moved along by one edit, with the edited range added (or merged into the
    newest range when it touches it, as typing in one place does). ``last`` is the end of
    the document now."""
    shifted = [
        [moved(a, position, removed, added), moved(b, position, removed, added)] for a, b in pending
    ]
    start, end = min(position, last), min(position + added, last)
    if shifted and shifted[-1][0] <= end and start <= shifted[-1][1]:
        shifted[-1] = [min(shifted[-1][0], start), max(shifted[-1][1], end)]
    else:
        shifted.append([start, end])
    return shifted


def in_region(mark: Mark, start: int, end: int) -> bool:
    """Whether a mark overlaps ``start..end``, or has shrunk to nothing inside it."""
    return (mark.start < end and mark.end > start) or start <= mark.start == mark.end <= end
